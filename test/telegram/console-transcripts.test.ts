/**
 * `troika console --lang <locale>` as docs/transcripts/<locale>.txt records it: /start, /help,
 * /subscribe, /settings and /digest answered in the locale. The files themselves are rewritten by
 * `npm run transcripts` (`-- --check` says whether they are current); they are not compared here,
 * so a change of wording or classification elsewhere does not fail this test.
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
  it.each(LOCALES)('%s: the bot answers in the locale, and docs/transcripts has that session', async (locale) => {
    const text = await consoleTranscript(locale);
    const t = (key: string) => plain(translations.t(locale, key));
    expect(text).toContain(t('start-intro').split('\n')[0]!);
    expect(text).toContain(t('help-heading'));
    expect(text).toContain(t('settings-title'));
    expect(text).toContain(plain(translations.t(locale, 'digest-title', { date: '' })).trim().slice(0, 6));
    const committed = readFileSync(transcriptPath(locale), 'utf8');
    for (const line of ['you> /start', 'you> /help', 'you> /settings', 'you> /digest', t('help-heading'), t('settings-title')]) expect(committed).toContain(line);
  }, 60_000);
});
