import type { Context } from 'grammy';
import type { Locale, Translate } from '../core/locale.js';

/** What the locale middleware adds to every update: the chat's locale and `t` bound to it. */
export interface LocaleFlavor {
  /** The chat's locale for this update (changed in place by /language). */
  locale: Locale;
  /** A message from locales/<locale>.ftl; a key missing there falls back to English. */
  t: Translate;
}

/** Set when an update acts on another chat than its own: a channel managed from its administrator's private chat. */
export interface ManagedChatFlavor {
  /** The channel's id, once the channels feature has checked the presser's rights for this update. */
  managedChat?: number;
}

/** The context every feature sees. */
export type BotContext = Context & LocaleFlavor & ManagedChatFlavor;

/** The chat whose subscription an update's settings act on: a managed channel, else the update's own chat. */
export const settingsChatId = (ctx: BotContext): number | undefined => ctx.managedChat ?? ctx.chat?.id;
