/**
 * The locale files are complete and well-formed, and the features take their words from them.
 * A key missing in a locale would fall back to English at run time; here it fails the build, with
 * the list of what each locale lacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { escapeHtml, parseTelegramHtml } from '../../src/core/telegram-html.js';
import { findLocalesDir, loadTranslations } from '../../src/i18n/translations.js';

const translations = loadTranslations();
const dir = findLocalesDir();
const source = (locale: Locale) => readFileSync(join(dir, `${locale}.ftl`), 'utf8');

/** Each message's source text (value and variants), by key. */
function messages(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of source(locale).split('\n')) {
    const m = /^([a-zA-Z][\w-]*)\s*=(.*)$/.exec(line);
    if (m) {
      key = m[1]!;
      out.set(key, m[2]!);
    } else if (key && /^\s+\S/.test(line)) {
      out.set(key, `${out.get(key)}\n${line}`);
    } else if (!/^\s*$/.test(line)) {
      key = null;
    }
  }
  return out;
}
const variables = (text: string) => new Set([...text.matchAll(/\{\s*\$([\w-]+)/g)].map((m) => m[1]!));

describe('locale files', () => {
  const en = translations.keys('en');

  it('exist for every locale, English with a few hundred keys', () => {
    expect(translations.locales).toEqual(LOCALES);
    expect(en.length).toBeGreaterThan(100);
  });

  it('have every English key in every locale (missing keys listed per locale)', () => {
    const missing = Object.fromEntries(LOCALES.map((l) => [l, en.filter((k) => !translations.has(l, k))]));
    expect(missing).toEqual({ en: [], id: [], ru: [], zh: [] });
  });

  it('have no keys that English lacks (stale or misspelt)', () => {
    const extra = Object.fromEntries(LOCALES.map((l) => [l, translations.keys(l).filter((k) => !en.includes(k))]));
    expect(extra).toEqual({ en: [], id: [], ru: [], zh: [] });
  });

  it('use only the variables the English message gets', () => {
    const english = messages('en');
    const wrong: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, text] of messages(locale)) {
        const allowed = variables(english.get(key) ?? '');
        for (const v of variables(text)) if (!allowed.has(v)) wrong.push(`${locale}:${key}:$${v}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('render as valid Telegram HTML in every locale, plural forms included', () => {
    const english = messages('en');
    const bad: string[] = [];
    for (const locale of LOCALES) {
      for (const key of en) {
        for (const n of [1, 2, 5, 21]) {
          const args = Object.fromEntries([...variables(english.get(key) ?? '')].map((v) => [v, n]));
          const text = translations.t(locale, key, args);
          // Plain-text names (topic labels) are escaped by the code that inserts them.
          const parsed = parseTelegramHtml(key.startsWith('topic-label-') ? escapeHtml(text) : text);
          if (!parsed.ok || text.includes('{') || text.trim() === '') bad.push(`${locale}:${key}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('fall back to English for a key a locale lacks', () => {
    const partial = new Map<Locale, string>([['en', 'a = A { $n }\nb = B'], ['ru', 'a = А { $n }']]);
    const t = (loaded: ReturnType<typeof loadTranslations>) => [loaded.t('ru', 'a', { n: 3 }), loaded.t('ru', 'b')];
    return import('../../src/i18n/translations.js').then(({ buildTranslations }) => expect(t(buildTranslations(partial))).toEqual(['А 3', 'B']));
  });
});

/** Files whose strings a reader sees: the features, the composer, the gist. */
const SCANNED = [
  ...readdirSync(new URL('../../src/telegram/features/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => `src/telegram/features/${f}`),
  'src/core/compose.ts',
  // The /trend chart's and caption's words (issue 11), and the weekly recap's (the digest service).
  'src/core/trend.ts',
  'src/services/digests.ts',
  'src/core/gist.ts',
];

/** String literals with words in them, outside comments, log lines and lines marked `i18n-exempt` (data, not shown). */
export function hardCodedText(code: string): string[] {
  const found = new Set<string>();
  /** A template literal's own text: interpolations (with nested braces) removed. */
  const own = (text: string) => {
    let out = '';
    for (let i = 0, depth = 0; i < text.length; i++) {
      if (depth === 0 && text.startsWith('${', i)) {
        depth = 1;
        i++;
        out += ' ';
      } else if (depth > 0) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
      } else out += text[i];
    }
    return out.replace(/<[^>]+>/g, ' ');
  };
  const lines = code.replace(/\/\*[\s\S]*?\*\//g, '').split('\n');
  for (const raw of lines) {
    if (raw.includes('i18n-exempt')) continue;
    const line = raw.replace(/\/\/.*$/, '');
    if (/logger\.|\.debug\(|\.warn\(|\.info\(|\.error\(|new Error\(|import |export \{/.test(line)) continue;
    // Any literal with letters handed straight to the reader (a reply, a button, a notice).
    for (const m of line.matchAll(/(?:replyHtml\(ctx,\s*\[?|replyLines\(ctx,\s*\[|\.reply\(|editMessageText\(|\btext:\s*|\.text\()\s*(['"`])((?:(?!\1).)*)\1/gu)) {
      const text = own(m[2]!);
      if (/\p{L}/u.test(text)) found.add(text.trim());
    }
    for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      const text = own(m[1] ?? m[2] ?? m[3] ?? '');
      // Two words of letters in a row is prose; keys (latest-heading), commands and payloads are not.
      if (/\p{L}{2,}[,.:;!?]? +\p{L}{2,}/u.test(text)) found.add(text.trim());
    }
  }
  return [...found];
}

describe('features take their words from the locale files', () => {
  it.each(SCANNED)('%s has no hard-coded prose', (file) => {
    expect(hardCodedText(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))).toEqual([]);
  });

  it('the scan catches prose', () => {
    expect(hardCodedText("return replyHtml(ctx, 'No feeds yet. Add one.');")).toEqual(['No feeds yet. Add one.']);
    expect(hardCodedText("await ctx.answerCallbackQuery({ text: `Set to ${x} now` });")).toEqual(['Set to   now']);
    expect(hardCodedText("ctx.t('latest-heading', { count: 3 }); app.logger.info({}, 'chat language set');")).toEqual([]);
    expect(hardCodedText("composer.on('message:text', f); kb.text(label, 'st:ask:time');")).toEqual([]);
    expect(hardCodedText("new InlineKeyboard().text('Subscribe', 'sub:on'); ctx.answerCallbackQuery({ text: 'Subscribed' });")).toEqual(['Subscribe', 'Subscribed']);
  });
});

describe('share of user-visible strings that come from the locale files', () => {
  it('is all of them in the features, the composer and the gist; every locale has every key', () => {
    const files = SCANNED.map((file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    // A message by key: t('key' …), ctx.t(`key-${x}` …), translations.t(locale, 'key' …).
    const fromLocaleFiles = files.reduce((n, code) => n + [...code.matchAll(/\bt\(\s*(?:[\w.]+,\s*)?['"`][a-z][\w-]*/g)].length, 0);
    const hardCoded = files.flatMap((code) => hardCodedText(code));
    const keysPerLocale = Object.fromEntries(LOCALES.map((l) => [l, translations.keys(l).length]));
    const share = fromLocaleFiles / (fromLocaleFiles + hardCoded.length);
    console.info(
      `user-visible strings in ${SCANNED.length} files: ${fromLocaleFiles} from the locale files, ${hardCoded.length} hard-coded → ${(share * 100).toFixed(1)}% from locale files; keys per locale: ${LOCALES.map((l) => `${l} ${keysPerLocale[l]}`).join(', ')}`,
    );
    expect(fromLocaleFiles).toBeGreaterThan(100);
    expect(hardCoded).toEqual([]);
    expect(new Set(Object.values(keysPerLocale)).size).toBe(1);
  });
});
