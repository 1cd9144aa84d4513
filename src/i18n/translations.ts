/**
 * Translations: the Fluent files in locales/ (one per locale), loaded once through @grammyjs/i18n.
 *
 *   loadTranslations(options?: { dir?: string; logger?: Logger }): Translations
 *   translations.t(locale, key, args?)      a message; a key missing in the locale falls back to English
 *   translations.translator(locale)         the same bound to a locale: the core's `Translate`
 *
 * Bundles are built without Unicode isolation marks (Telegram shows text as it is), so `{ $name }`
 * inserts the value exactly. Numbers passed as numbers are formatted for the locale by Fluent
 * (Intl.NumberFormat) and pick the locale's plural form; pass ids and clock times as strings.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { I18n as I18nClass } from '@grammyjs/i18n';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, type Translate, type TranslateArgs } from '../core/locale.js';
import type { Logger } from '../logger.js';

export interface Translations {
  locales: readonly Locale[];
  t(locale: Locale, key: string, args?: TranslateArgs): string;
  translator(locale: Locale): Translate;
  /** Whether the locale's own file declares the key and Fluent could read it (no fallback). */
  has(locale: Locale, key: string): boolean;
  /** Message keys defined in the locale's own file. */
  keys(locale: Locale): string[];
}

/**
 * The locales/ folder: found by walking up from this module, so it is the same folder whether the
 * code runs from src/ (tsx, vitest) or from dist/src/ (npm start).
 */
export function findLocalesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'locales');
    if (existsSync(join(candidate, `${DEFAULT_LOCALE}.ftl`))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`locales/${DEFAULT_LOCALE}.ftl not found above ${from}: the translation files ship with the code`);
}

/** Message ids declared in a Fluent source (terms, starting with '-', are not messages). */
export function declaredKeys(source: string): string[] {
  return [...source.matchAll(/^([a-zA-Z][\w-]*)[ \t]*=/gm)].map((m) => m[1]!);
}

/** Read every locales/<locale>.ftl once and build the bundles. */
export function loadTranslations(options: { dir?: string; logger?: Logger } = {}): Translations {
  const dir = options.dir ?? findLocalesDir();
  const sources = new Map<Locale, string>();
  for (const file of readdirSync(dir)) {
    const locale = file.replace(/\.ftl$/, '');
    if (file.endsWith('.ftl') && isLocale(locale)) sources.set(locale, readFileSync(join(dir, file), 'utf8'));
  }
  if (!sources.has(DEFAULT_LOCALE)) throw new Error(`${join(dir, `${DEFAULT_LOCALE}.ftl`)} is missing`);
  return buildTranslations(sources, options.logger);
}

let shared: Translations | undefined;
/** The locale files of this installation, read once per process (for callers not handed a `Translations`). */
export function defaultTranslations(): Translations {
  shared ??= loadTranslations();
  return shared;
}

/** Bundles from sources already in memory (tests pass their own). */
export function buildTranslations(sources: ReadonlyMap<Locale, string>, logger?: Logger): Translations {
  const warned = new Set<string>();
  /** Set while `has` asks one bundle for a key: a missing-message warning from it means "no". */
  let probe: { locale: Locale; missing: boolean } | null = null;
  // Loaded here, not with this module: commands that never write a message (`ingest`) do not pay for
  // Fluent and the plugin (about 3 MB of heap).
  const { I18n } = createRequire(import.meta.url)('@grammyjs/i18n') as { I18n: typeof I18nClass };
  const i18n = new I18n({
    defaultLocale: DEFAULT_LOCALE,
    fluentBundleOptions: { useIsolating: false },
    fluentOptions: {
      // A missing key is logged once per key and locale; the reader gets the English text.
      warningHandler: (warning) => {
        if (probe) {
          if ('bundle' in warning && warning.bundle.locales.includes(probe.locale)) probe.missing = true;
          return;
        }
        const where = 'messageId' in warning ? `${warning.messageId}@${warning.bundle.locales.join(',')}` : warning.path;
        if (warned.has(where)) return;
        warned.add(where);
        logger?.warn({ key: where }, 'translation missing; English used');
      },
    },
  });
  const keys = new Map<Locale, Set<string>>();
  for (const locale of LOCALES) {
    const source = sources.get(locale);
    if (source === undefined) continue;
    i18n.loadLocaleSync(locale, { source, bundleOptions: { useIsolating: false } });
    keys.set(locale, new Set(declaredKeys(source)));
  }
  const t = (locale: Locale, key: string, args?: TranslateArgs) => i18n.t(locale, key, args);
  const parsed = (locale: Locale, key: string) => {
    probe = { locale, missing: false };
    try {
      try {
        i18n.t(locale, key);
      } catch {
        // Formatting without the message's variables throws: the message exists.
      }
      return !probe.missing;
    } finally {
      probe = null;
    }
  };
  return {
    locales: [...keys.keys()],
    t,
    translator: (locale) => (key, args) => t(locale, key, args),
    has: (locale, key) => (keys.get(locale)?.has(key) ?? false) && parsed(locale, key),
    keys: (locale) => [...(keys.get(locale) ?? [])],
  };
}
