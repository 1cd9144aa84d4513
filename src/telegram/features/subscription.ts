import { Composer } from 'grammy';
import type { Context } from 'grammy';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, replyHtml } from '../reply.js';
import { SUBSCRIBE_BUTTON } from './start.js';

export const GROUP_ADMINS_ONLY = "Only this group's admins can change its subscription or settings.";

/** /subscribe, /unsubscribe and the Subscribe button: private chats for themselves, groups by their admins. */
export function subscriptionFeature(deps: FeatureDeps): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();

  function subscribe(ctx: Context): string {
    const chat = ctx.chat!;
    const existing = app.stores.subscribers.get(chat.id);
    const title = 'title' in chat ? chat.title : null;
    const sub = app.stores.subscribers.subscribe({
      chatId: chat.id, chatType: chat.type, title: title ?? null,
      digestTime: app.config.DIGEST_TIME, timezone: app.config.DEFAULT_TIMEZONE, now: app.now(),
    });
    if (chat.type !== 'private') app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.subscribe', detail: String(chat.id), at: app.now() });
    app.logger.info({ chat_id: chat.id, chat_type: chat.type }, 'subscribed');
    const again = existing?.active ? 'Already subscribed' : 'Subscribed';
    return `${again}: the briefing comes every day at <b>${sub.digestTime}</b> (${sub.timezone}). Change it with /settings; try /digest for today's now.`;
  }

  composer.command('subscribe', async (ctx) => {
    if (!(await canManageChat(ctx))) return replyHtml(ctx, GROUP_ADMINS_ONLY);
    return replyHtml(ctx, subscribe(ctx));
  });

  composer.callbackQuery(SUBSCRIBE_BUTTON, async (ctx) => {
    if (!ctx.chat || !(await canManageChat(ctx))) {
      await ctx.answerCallbackQuery({ text: GROUP_ADMINS_ONLY });
      return;
    }
    await ctx.answerCallbackQuery({ text: 'Subscribed' });
    await replyHtml(ctx, subscribe(ctx));
  });

  composer.command('unsubscribe', async (ctx) => {
    if (!(await canManageChat(ctx))) return replyHtml(ctx, GROUP_ADMINS_ONLY);
    const chat = ctx.chat;
    const sub = app.stores.subscribers.get(chat.id);
    if (!sub?.active) return replyHtml(ctx, 'This chat is not subscribed. /subscribe to get the daily briefing.');
    app.stores.subscribers.deactivate(chat.id, 'unsubscribed', app.now());
    if (chat.type !== 'private') app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.unsubscribe', detail: String(chat.id), at: app.now() });
    app.logger.info({ chat_id: chat.id }, 'unsubscribed');
    return replyHtml(ctx, 'Unsubscribed: no more daily briefings here. /subscribe brings them back with the same settings.');
  });

  return composer;
}
