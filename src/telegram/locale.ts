import type { Context, MiddlewareFn } from 'grammy';
import { DEFAULT_LOCALE, localeFromLanguageCode, type Locale } from '../core/locale.js';
import type { App } from '../app.js';
import type { BotContext } from './context.js';

/**
 * The chat's locale for an update:
 * - a chat that chose (or was given) one keeps it;
 * - a private chat from before languages takes the user's Telegram language now, once, and keeps it;
 * - a group from before languages stays English (its briefings were) until its admins choose;
 * - a chat the bot does not know yet follows the speaker's Telegram language until it subscribes,
 *   which records that language for the chat.
 */
export function resolveChatLocale(app: App, ctx: Context): Locale {
  const chat = ctx.chat;
  const fromUser = localeFromLanguageCode(ctx.from?.language_code);
  if (!chat) return fromUser;
  const stored = app.stores.subscribers.get(chat.id);
  if (!stored) return fromUser;
  if (stored.locale) return stored.locale;
  if (chat.type !== 'private') return DEFAULT_LOCALE;
  if (ctx.from?.language_code) app.stores.subscribers.updateSettings(chat.id, { locale: fromUser }, app.now());
  return fromUser;
}

/** Sets `ctx.locale` and `ctx.t` for every update; features never pick a language themselves. */
export function localeMiddleware(app: App): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.locale = resolveChatLocale(app, ctx);
    // Reads ctx.locale at call time, so a /language change applies to the rest of the update.
    ctx.t = (key, args) => app.translations.t(ctx.locale, key, args);
    return next();
  };
}
