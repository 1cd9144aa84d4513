import { describe, expect, it } from 'vitest';
import { composeDigest, type StoryView } from '../../src/core/compose.js';
import { localDate, localDayRange } from '../../src/core/local-time.js';
import { parseTelegramHtml } from '../../src/core/telegram-html.js';
import { loadTranslations } from '../../src/i18n/translations.js';

const en = loadTranslations().translator('en');

const story = (i: number): StoryView => ({
  id: i, title: `Story <${i}> & "friends"`, url: `https://x.example/${i}?a=1&b=2`, source: 'Wire <b>',
  summary: 'Summary with <tags> & ampersands. '.repeat(8), stance: i % 2 ? 'cooperation' : 'competition', countries: ['CN', 'US'],
});

describe('composeDigest', () => {
  it('escapes feed text and splits at story boundaries within Telegram limits', () => {
    const parts = composeDigest({ dateLabel: 'Thursday, 26 November 2026', stories: Array.from({ length: 40 }, (_, i) => story(i + 1)), t: en });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const parsed = parseTelegramHtml(part);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.text.length).toBeLessThanOrEqual(3800);
      expect(parsed.entities.length).toBeLessThanOrEqual(50);
    }
    const all = parts.join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toContain(`Story &lt;${i}&gt;`);
    expect(parts[0]).toMatch(/40 stories · 🤝 20 cooperation · ⚔️ 20 competition · CN–US 40/);
  });

  it('says so on a day with no stories', () => {
    expect(composeDigest({ dateLabel: 'Today', stories: [], t: en })[0]).toMatch(/No new stories/);
  });
});

describe('local time', () => {
  it.each([
    ['2026-11-26T20:00:00Z', 'Asia/Jakarta', '2026-11-27'],
    ['2026-11-26T20:00:00Z', 'America/New_York', '2026-11-26'],
  ])('%s in %s is %s', (instant, tz, date) => expect(localDate(new Date(instant), tz)).toBe(date));

  it('finds a local day across a DST change', () => {
    const { start, end } = localDayRange('2026-03-08', 'America/New_York');
    expect(start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });
});
