/**
 * docs/transcripts/<locale>.txt are what `troika console --lang <locale>` shows for /start, /help,
 * /subscribe, /settings and /digest: regenerated here and compared, so the committed transcripts stay
 * true (run `npx tsx scripts/console-transcripts.ts` after changing what the bot says).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleTranscript, transcriptPath } from '../../scripts/console-transcripts.js';
import { LOCALES } from '../../src/core/locale.js';
import { parseTelegramHtml } from '../../src/core/telegram-html.js';
import { loadTranslations } from '../../src/i18n/translations.js';

const translations = loadTranslations();
const plain = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};

describe('console transcripts in the four locales', () => {
  it.each(LOCALES)('%s: the bot answers in the locale, and docs/transcripts matches', async (locale) => {
    const text = await consoleTranscript(locale);
    const t = (key: string) => plain(translations.t(locale, key));
    expect(text).toContain(t('start-intro').split('\n')[0]!);
    expect(text).toContain(t('help-heading'));
    expect(text).toContain(t('settings-title'));
    expect(text).toContain(plain(translations.t(locale, 'digest-title', { date: '' })).trim().slice(0, 6));
    expect(text, `docs/transcripts/${locale}.txt is out of date: run npx tsx scripts/console-transcripts.ts`).toBe(readFileSync(transcriptPath(locale), 'utf8'));
  }, 60_000);
});
