import { Composer, GrammyError, InlineKeyboard } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Subscriber } from '../../db/subscriber-store.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';

/** `/subscribe @channel`, `/settings -1001234567890 …`: a public username or a channel id. */
const CHANNEL_REF = /^(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{5,15})$/;
/** Buttons of a channel's settings, shown in its admin's private chat: `ch:<channel id>|<the button's own data>`. */
const SCOPED = /^ch:(-100\d{5,15})\|(.+)$/s;

/** What the feature keeps of a channel from getChat. */
type ChannelChat = { id: number; type: 'channel'; title?: string; username?: string };
/** Why a channel cannot be managed from here: a locale key (each takes $channel). */
type Refusal = 'channel-not-found' | 'channel-not-a-channel' | 'channel-bot-not-admin' | 'channel-bot-cannot-post' | 'channel-user-not-admin' | 'channel-check-failed';
type Checked = { ok: true; chat: ChannelChat } | { ok: false; refusal: Refusal; name: string };

/** How the reader names the channel in a command: its @username, else its id. */
const handleOf = (chat: { id: number; username?: string }) => (chat.username ? `@${chat.username}` : String(chat.id));
/** How a message shows the channel: its title, else its handle. */
const nameOf = (chat: { id: number; title?: string; username?: string }) => chat.title || handleOf(chat);

/**
 * Can the person in this private chat manage the channel, and can the bot post there? Telegram is
 * asked each time (rights change): getChat, then getChatMember for the bot (an administrator with
 * the right to post) and for the person (the creator or an administrator).
 */
export async function checkChannel(ctx: BotContext, ref: string | number, options: { botMustPost?: boolean } = {}): Promise<Checked> {
  const shown = String(ref);
  let chat: Awaited<ReturnType<BotContext['api']['getChat']>>;
  try {
    chat = await ctx.api.getChat(ref);
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 400) return { ok: false, refusal: 'channel-not-found', name: shown };
    // A private channel the bot is not in answers 403.
    if (error instanceof GrammyError && error.error_code === 403) return { ok: false, refusal: 'channel-bot-not-admin', name: shown };
    return { ok: false, refusal: 'channel-check-failed', name: shown };
  }
  if (chat.type !== 'channel') return { ok: false, refusal: 'channel-not-a-channel', name: shown };
  const channel: ChannelChat = { id: chat.id, type: 'channel', title: chat.title, ...(chat.username ? { username: chat.username } : {}) };
  const name = nameOf(channel);
  try {
    const bot = await ctx.api.getChatMember(chat.id, ctx.me.id);
    if (bot.status !== 'administrator') return { ok: false, refusal: 'channel-bot-not-admin', name };
    if (options.botMustPost !== false && bot.can_post_messages === false) return { ok: false, refusal: 'channel-bot-cannot-post', name };
    const user = await ctx.api.getChatMember(chat.id, ctx.from!.id);
    if (user.status !== 'creator' && user.status !== 'administrator') return { ok: false, refusal: 'channel-user-not-admin', name };
  } catch (error) {
    // Telegram answers 403 to a bot that is not a member (in a channel: not an administrator).
    if (error instanceof GrammyError && (error.error_code === 403 || error.error_code === 400)) return { ok: false, refusal: 'channel-bot-not-admin', name };
    return { ok: false, refusal: 'channel-check-failed', name };
  }
  return { ok: true, chat: channel };
}

/** Every callback button of a keyboard scoped to the channel (the payload stays under Telegram's 64 bytes). */
function scopeKeyboard(markup: InlineKeyboardMarkup, channelId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: markup.inline_keyboard.map((row) =>
      row.map((button) => ('callback_data' in button && typeof button.callback_data === 'string' ? { ...button, callback_data: `ch:${channelId}|${button.callback_data}` } : button)),
    ),
  };
}

/**
 * From here on in this update, the settings and filter features act on the channel: their
 * subscriber lookups read ctx.managedChat, and every keyboard they send or edit is scoped to it.
 */
function manage(ctx: BotContext, channelId: number): void {
  ctx.managedChat = channelId;
  ctx.api.config.use((prev, method, payload, signal) => {
    const markup = (payload as { reply_markup?: unknown }).reply_markup as InlineKeyboardMarkup | undefined;
    if (markup && Array.isArray(markup.inline_keyboard)) return prev(method, { ...payload, reply_markup: scopeKeyboard(markup, channelId) } as typeof payload, signal);
    return prev(method, payload, signal);
  });
}

/**
 * Channels: an administrator of a channel where the bot is an administrator subscribes it from the
 * private chat with the bot (`/subscribe @channel`, or by forwarding one of its posts) and manages
 * it there (`/settings @channel`, `/channels`, `/unsubscribe @channel`). Briefings are posted in the
 * channel, with no buttons (a channel's readers cannot use them).
 */
export function channelsFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();

  // Nothing is answered inside a channel: commands there would be posted to every reader.
  composer.on(['channel_post', 'edited_channel_post'], () => undefined);

  const refuse = (ctx: BotContext, checked: Extract<Checked, { ok: false }>) => replyHtml(ctx, ctx.t(checked.refusal, { channel: escapeHtml(checked.name) }));

  function subscribe(ctx: BotContext, chat: ChannelChat): Promise<void> {
    const existing = app.stores.subscribers.get(chat.id);
    const sub = app.stores.subscribers.subscribe({
      chatId: chat.id, chatType: 'channel', title: nameOf(chat), digestTime: app.config.DIGEST_TIME, timezone: app.config.DEFAULT_TIMEZONE, now: app.now(), locale: ctx.locale,
    });
    app.stores.subscribers.setManager(chat.id, ctx.from!.id, app.now());
    app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'channel.subscribe', detail: String(chat.id), at: app.now() });
    app.logger.info({ chat_id: chat.id, user_id: ctx.from!.id, locale: sub.locale }, 'channel subscribed');
    const args = { channel: escapeHtml(nameOf(chat)), handle: handleOf(chat), time: sub.digestTime, zone: escapeHtml(sub.timezone) };
    return replyHtml(ctx, ctx.t(existing?.active ? 'channel-already-subscribed' : 'channel-subscribed', args));
  }

  const priv = composer.chatType('private');

  // `/subscribe @channel` (or /unsubscribe, /settings) typed in a group would act on the group itself:
  // answer where channels are managed instead, and leave the group's own subscription alone.
  composer.chatType(['group', 'supergroup']).command(['subscribe', 'unsubscribe', 'settings'], async (ctx, next) => {
    const ref = ctx.match.trim().split(/\s+/)[0] ?? '';
    if (!CHANNEL_REF.test(ref)) return next();
    const command = ctx.message.text.slice(1, ctx.message.entities?.[0]?.length ?? 1).split('@')[0];
    return replyHtml(ctx, ctx.t('channel-in-group', { bot: ctx.me.username, command: command ?? 'subscribe', channel: escapeHtml(ref) }));
  });

  priv.command('subscribe', async (ctx, next) => {
    const ref = ctx.match.trim();
    if (!ref) return next();
    if (!CHANNEL_REF.test(ref)) return replyHtml(ctx, ctx.t('channel-usage'));
    const checked = await checkChannel(ctx, ref);
    return checked.ok ? subscribe(ctx, checked.chat) : refuse(ctx, checked);
  });

  // A post forwarded from a channel: subscribe that channel (a forwarded file is left to the OPML import).
  priv.on('message', async (ctx, next) => {
    const origin = ctx.message.forward_origin;
    if (origin?.type !== 'channel' || ctx.message.document) return next();
    const checked = await checkChannel(ctx, origin.chat.id);
    return checked.ok ? subscribe(ctx, checked.chat) : refuse(ctx, checked);
  });

  priv.command('unsubscribe', async (ctx, next) => {
    const ref = ctx.match.trim();
    if (!ref) return next();
    if (!CHANNEL_REF.test(ref)) return replyHtml(ctx, ctx.t('channel-usage'));
    // Stopping needs no posting right: an administrator may stop a briefing the bot can no longer post.
    const checked = await checkChannel(ctx, ref, { botMustPost: false });
    if (!checked.ok) return refuse(ctx, checked);
    const args = { channel: escapeHtml(nameOf(checked.chat)), handle: handleOf(checked.chat) };
    if (!app.stores.subscribers.get(checked.chat.id)?.active) return replyHtml(ctx, ctx.t('channel-not-subscribed', args));
    app.stores.subscribers.deactivate(checked.chat.id, 'unsubscribed', app.now());
    app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'channel.unsubscribe', detail: String(checked.chat.id), at: app.now() });
    app.logger.info({ chat_id: checked.chat.id, user_id: ctx.from.id }, 'channel unsubscribed');
    return replyHtml(ctx, ctx.t('channel-unsubscribed', args));
  });

  // `/settings @channel [time 07:30 | weekly | mute word …]`: checked here, then the settings features act on the channel.
  priv.command('settings', async (ctx, next) => {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(ctx.match.trim());
    if (!m || !CHANNEL_REF.test(m[1]!)) return next();
    const checked = await checkChannel(ctx, m[1]!, { botMustPost: false });
    if (!checked.ok) return refuse(ctx, checked);
    const sub = app.stores.subscribers.get(checked.chat.id);
    if (!sub?.active) return replyHtml(ctx, ctx.t('channel-not-subscribed', { channel: escapeHtml(nameOf(checked.chat)), handle: handleOf(checked.chat) }));
    manage(ctx, checked.chat.id);
    // The rest of the command reads as if typed for the private chat: `/settings weekly`.
    const command = ctx.message.text.slice(0, ctx.message.entities?.[0]?.length ?? '/settings'.length);
    ctx.message.text = m[2] ? `${command} ${m[2]}` : command;
    return next();
  });

  // The chooser: every active channel this person subscribed, one button each for its settings.
  priv.command('channels', async (ctx) => {
    const channels = app.stores.subscribers.listManagedBy(ctx.from.id);
    if (channels.length === 0) return replyHtml(ctx, ctx.t('channels-none'));
    const kb = new InlineKeyboard();
    for (const sub of channels) kb.text(`📢 ${channelLabel(sub)}`, `ch:${sub.chatId}|rf:v:main`).row();
    return replyHtml(ctx, ctx.t('channels-list'), kb);
  });

  // A button under a channel's settings: check the presser's rights again, then hand it on unscoped.
  composer.callbackQuery(SCOPED, async (ctx, next) => {
    const channelId = Number(ctx.match[1]);
    if (ctx.chat?.type !== 'private') {
      await ctx.answerCallbackQuery({ text: ctx.t('settings-button-expired') });
      return;
    }
    const checked = await checkChannel(ctx, channelId, { botMustPost: false });
    if (!checked.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t('channel-button-refused'), show_alert: true });
      return;
    }
    manage(ctx, channelId);
    ctx.callbackQuery.data = ctx.match[2]!;
    return next();
  });

  return composer;
}

/** A channel in the chooser: its stored title (the code never shows HTML in a button). */
function channelLabel(sub: Subscriber): string {
  return sub.title ?? String(sub.chatId);
}
