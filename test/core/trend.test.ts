import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeTrend, foldTrend, parseTrendWeeks, trendSpec, trendWeeks, weekStartOf, type TrendRow } from '../../src/core/trend.js';
import { defaultTranslations } from '../../src/i18n/translations.js';

const translations = defaultTranslations();
const t = translations.translator;

const now = new Date('2026-11-30T10:00:00Z'); // a Monday
const [w1, w2] = trendWeeks(now, 2) as [number, number];

describe('weeks', () => {
  it.each([
    ['2026-11-30T00:00:00Z', '2026-11-30'],
    ['2026-12-06T23:59:59Z', '2026-11-30'],
    ['2026-11-29T23:59:59Z', '2026-11-23'],
    ['1970-01-01T00:00:00Z', '1969-12-29'],
  ])('%s is in the week starting %s (Monday, UTC)', (instant, monday) => {
    expect(new Date(weekStartOf(new Date(instant))).toISOString().slice(0, 10)).toBe(monday);
  });

  it('lists the weeks oldest first', () => {
    expect(trendWeeks(now, 3).map((w) => new Date(w).toISOString().slice(0, 10))).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });

  it.each([
    ['', { ok: true, weeks: 12 }],
    ['26', { ok: true, weeks: 26 }],
    ['52', { ok: true, weeks: 52 }],
    ['53', { ok: false }],
    ['0', { ok: false }],
    ['-3', { ok: false }],
    ['ten', { ok: false }],
  ])('/trend %s', (arg, expected) => {
    expect(parseTrendWeeks(arg)).toEqual(expected);
  });
});

const rows: TrendRow[] = [
  { weekStart: w1, countries: 'CN,US', stance: 'competition', count: 9 },
  { weekStart: w2, countries: 'CN,US', stance: 'competition', count: 14 },
  { weekStart: w2, countries: 'CN,RU', stance: 'cooperation', count: 3 },
  { weekStart: w1, countries: 'CN,RU,US', stance: 'mixed', count: 2 },
  { weekStart: w2, countries: 'US', stance: 'competition', count: 5 }, // not a pair: left out
];

describe('foldTrend and the caption', () => {
  it('counts by pair and stance per week', () => {
    const [a, b] = foldTrend(rows, [w1, w2]);
    expect(a).toMatchObject({ total: 11, byPair: { 'US-CN': 9, 'US-RU': 0, 'CN-RU': 0, ALL: 2 }, byStance: { competition: 9, cooperation: 0, mixed: 2 } });
    expect(b).toMatchObject({ total: 17, byPair: { 'US-CN': 14, 'CN-RU': 3 } });
  });

  it('states the week’s change in words, biggest first, in every language', () => {
    const weeks = foldTrend(rows, [w1, w2]);
    expect(describeTrend(weeks, t('en'))).toBe('Week of 2026-11-30: 17 stories. Competition stories US–China: 14, up from 9; Cooperation stories China–Russia: 3, up from 0; Mixed stories All three: 0, down from 2.');
    expect(describeTrend(weeks, t('zh'))).toBe('2026-11-30当周：共17条新闻。 美中竞争新闻：14，上周为9；中俄合作新闻：3，上周为0；三国混合新闻：0，上周为2。');
    expect(describeTrend(weeks, t('ru'))).toMatch(/^Неделя с 2026-11-30: сюжетов — 17\. Соперничество, США–Китай: 14, было 9/);
    expect(describeTrend(weeks, t('id'))).toMatch(/^Minggu 2026-11-30: 17 berita\. Berita persaingan AS–Tiongkok: 14, naik dari 9/);
    expect(describeTrend(foldTrend([], [w1, w2]), t('en'))).toBe('No stories in the last 2 weeks yet.');
  });

  it('builds a two-panel Vega-Lite spec in the shipped font, every week on the axis', () => {
    const spec = trendSpec(foldTrend(rows, [w1, w2]), t('en')) as { config: { font: string }; datasets: Record<string, unknown[]>; vconcat: Array<{ data: { name: string } }> };
    expect(spec.config.font).toBe('Noto Sans CJK SC');
    expect(spec.vconcat).toHaveLength(2);
    // The numbers live in named datasets, so the renderer can reuse the parsed chart shape.
    expect(spec.vconcat.map((v) => v.data.name)).toEqual(['pairs', 'stances']);
    expect(spec.datasets.pairs).toHaveLength(2 * 4);
    expect(spec.datasets.stances).toHaveLength(2 * 3);
  });

  it('the shipped font covers every character of the chart in all four languages', () => {
    const covered = new Set([...readFileSync(new URL('../../assets/fonts/troika-chart.chars.txt', import.meta.url), 'utf8')]);
    const weeks = foldTrend(rows, [w1, w2]);
    const missing = new Set<string>();
    for (const locale of ['en', 'id', 'ru', 'zh'] as const) {
      // The spec, and every trend-* message of the locale with its plural forms.
      const trendKeys = translations.keys(locale).filter((k) => k.startsWith('trend-') && k !== 'trend-bad-weeks'); // a chat reply, not drawn
      const words = [1, 2, 5, 12].flatMap((n) => trendKeys.map((k) => t(locale)(k, { weeks: n, total: n, now: n, before: n, max: n, date: '2026-11-30', pair: '', what: '', a: '', b: '', c: '', head: '', changes: '' })));
      const text = JSON.stringify(trendSpec(weeks, t(locale))) + words.join('');
      for (const ch of text) if (ch.codePointAt(0)! > 0x7e && !covered.has(ch)) missing.add(ch);
    }
    expect([...missing]).toEqual([]);
  });
});
