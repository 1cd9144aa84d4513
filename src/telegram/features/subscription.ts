import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';
import { SUBSCRIBE_BUTTON } from './start.js';

/** /subscribe, /unsubscribe and the Subscribe button: private chats for themselves, groups by their admins. */
export function subscriptionFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();

  function subscribe(ctx: BotContext): string {
    const chat = ctx.chat!;
    const existing = app.stores.subscribers.get(chat.id);
    const title = 'title' in chat ? chat.title : null;
    // The chat keeps the language it is spoken to in now (the subscriber's, or the admin's in a group).
    const sub = app.stores.subscribers.subscribe({
      chatId: chat.id, chatType: chat.type, title: title ?? null,
      digestTime: app.config.DIGEST_TIME, timezone: app.config.DEFAULT_TIMEZONE, now: app.now(), locale: ctx.locale,
    });
    // In a forum, the topic where /subscribe was sent (or its button pressed) gets the briefing;
    // the General topic (no thread id) means the whole chat.
    const message = ctx.callbackQuery?.message ?? ctx.message;
    const threadId = chat.type === 'supergroup' && message?.is_topic_message ? (message.message_thread_id ?? null) : null;
    app.stores.subscribers.setThread(chat.id, threadId, app.now());
    if (chat.type !== 'private') app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.subscribe', detail: `${chat.id}${threadId ? ` topic ${threadId}` : ''}`, at: app.now() });
    app.logger.info({ chat_id: chat.id, chat_type: chat.type, locale: sub.locale, thread_id: threadId }, 'subscribed');
    const text = ctx.t(existing?.active ? 'already-subscribed' : 'subscribed', { time: sub.digestTime, zone: escapeHtml(sub.timezone) });
    return threadId ? `${text} ${ctx.t('subscribed-topic')}` : text;
  }

  composer.command('subscribe', async (ctx) => {
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admins-only'));
    return replyHtml(ctx, subscribe(ctx));
  });

  composer.callbackQuery(SUBSCRIBE_BUTTON, async (ctx) => {
    if (!ctx.chat || !(await canManageChat(ctx))) {
      await ctx.answerCallbackQuery({ text: ctx.t('group-admins-only') });
      return;
    }
    await ctx.answerCallbackQuery({ text: ctx.t('subscribed-notice') });
    await replyHtml(ctx, subscribe(ctx));
  });

  composer.command('unsubscribe', async (ctx) => {
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admins-only'));
    const chat = ctx.chat;
    const sub = app.stores.subscribers.get(chat.id);
    if (!sub?.active) return replyHtml(ctx, ctx.t('not-subscribed'));
    app.stores.subscribers.deactivate(chat.id, 'unsubscribed', app.now());
    if (chat.type !== 'private') app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.unsubscribe', detail: String(chat.id), at: app.now() });
    app.logger.info({ chat_id: chat.id }, 'unsubscribed');
    return replyHtml(ctx, ctx.t('unsubscribed'));
  });

  return composer;
}
