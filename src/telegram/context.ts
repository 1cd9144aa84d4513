import type { Context } from 'grammy';
import type { Locale, Translate } from '../core/locale.js';

/** What the locale middleware adds to every update: the chat's locale and `t` bound to it. */
export interface LocaleFlavor {
  /** The chat's locale for this update (changed in place by /language). */
  locale: Locale;
  /** A message from locales/<locale>.ftl; a key missing there falls back to English. */
  t: Translate;
}

/** The context every feature sees. */
export type BotContext = Context & LocaleFlavor;
