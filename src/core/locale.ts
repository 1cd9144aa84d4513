/**
 * The reader's language, as pure data and Intl formatting (no files, no clock).
 * Translation files live in locales/*.ftl and are loaded by src/i18n/; the core only sees a
 * `Translate` function, so every composer can be tested in every locale.
 */
import { LANGS } from './types.js';

/** Languages the bot speaks (and reads): English, Indonesian, Russian, Simplified Chinese. */
export const LOCALES = LANGS;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Arguments a message can take: strings are inserted as they are, numbers are formatted for the locale. */
export type TranslateArgs = Record<string, string | number>;
/** A message by key in one locale; a key missing there falls back to English. */
export type Translate = (key: string, args?: TranslateArgs) => string;

/** Whether a string names one of our locales exactly (`ru`, not `ru-RU`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Our locale for a Telegram `language_code` (IETF tag as the client sends it): the primary tag decides,
 * so `en-gb` is English and both `zh-hans` and `zh-hant` get Chinese; `in` is the old code for
 * Indonesian; anything else (or nothing) is English.
 */
export function localeFromLanguageCode(code: string | null | undefined): Locale {
  const primary = (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'in') return 'id';
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The locale's BCP 47 tag for Intl: Chinese is written in simplified characters. */
export function intlTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-Hans' : locale;
}

/** "26 Nov 2026, 14:05 UTC" in the locale: a short date and time of an instant in a zone. */
export function formatInstantIn(instant: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const tag = locale === 'en' ? 'en-GB' : intlTag(locale);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone, hourCycle: 'h23' }).format(instant) + (timeZone === 'UTC' ? ' UTC' : '');
}

/**
 * The zone's name as readers of the locale know it ("Western Indonesia Time", "Москва",
 * "莫斯科标准时间"); null when Intl has only an offset such as "GMT+03:00" to offer.
 */
export function timeZoneLabel(timeZone: string, locale: Locale, at: Date): string | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  try {
    const part = new Intl.DateTimeFormat(intlTag(locale), { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    if (!part || /^(GMT|UTC)([+-−]|$)/.test(part.value)) return null;
    return part.value;
  } catch {
    return null;
  }
}

/** A number written for the locale (1,234 · 1 234 · 1.234). */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}
