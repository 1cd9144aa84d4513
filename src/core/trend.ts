/**
 * The picture of the week, as pure functions: weekly story counts by country pair and stance →
 * a Vega-Lite spec (two panels: stories per week by pair, and the share of cooperation /
 * competition / mixed) and a caption that states the latest week's change in words, both worded
 * by a `Translate` over locales/*.ftl (trend-* keys).
 * Rendering the spec to PNG is the charts adapter's job (src/charts/).
 */
import type { Translate } from './locale.js';
import { STANCES, type Stance } from './types.js';

export const DEFAULT_TREND_WEEKS = 12;
export const MAX_TREND_WEEKS = 52;
const WEEK_MS = 7 * 86_400_000;
/** 1970-01-05 was a Monday: weeks start on Monday 00:00 UTC. */
const MONDAY_OFFSET_MS = 4 * 86_400_000;

export const PAIRS = ['US-CN', 'US-RU', 'CN-RU', 'ALL'] as const;
export type Pair = (typeof PAIRS)[number];

export type TrendLocale = 'en' | 'id' | 'ru' | 'zh';

/** One aggregated row: stories first seen (dated) in a week, by their countries and stance. */
export interface TrendRow {
  /** Start of the week (Monday 00:00 UTC) in epoch ms. */
  weekStart: number;
  /** Sorted, comma-separated country codes as stored ("CN,US"). */
  countries: string;
  stance: Stance | null;
  count: number;
}

export interface TrendWeek {
  weekStart: number;
  total: number;
  byPair: Record<Pair, number>;
  byStance: Record<Stance, number>;
  byPairStance: Record<Pair, Record<Stance, number>>;
}

/** Monday 00:00 UTC of the week holding `instant`. */
export function weekStartOf(instant: Date | number): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((t - MONDAY_OFFSET_MS) / WEEK_MS) * WEEK_MS + MONDAY_OFFSET_MS;
}

/** The `weeks` week starts ending with the one holding `now`, oldest first. */
export function trendWeeks(now: Date, weeks: number): number[] {
  const last = weekStartOf(now);
  return Array.from({ length: weeks }, (_, i) => last - (weeks - 1 - i) * WEEK_MS);
}

/** `/trend [weeks]` and `--weeks`: 1–52, default 12. */
export function parseTrendWeeks(input: string | undefined): { ok: true; weeks: number } | { ok: false } {
  const s = (input ?? '').trim();
  if (s === '') return { ok: true, weeks: DEFAULT_TREND_WEEKS };
  if (!/^\d{1,3}$/.test(s) || Number(s) < 1 || Number(s) > MAX_TREND_WEEKS) return { ok: false };
  return { ok: true, weeks: Number(s) };
}

function pairOf(countries: string): Pair | null {
  const set = new Set(countries.split(',').filter(Boolean));
  if (set.has('US') && set.has('CN') && set.has('RU')) return 'ALL';
  if (set.has('US') && set.has('CN')) return 'US-CN';
  if (set.has('US') && set.has('RU')) return 'US-RU';
  if (set.has('CN') && set.has('RU')) return 'CN-RU';
  return null;
}

const zeroStances = (): Record<Stance, number> => ({ cooperation: 0, competition: 0, mixed: 0 });

/** Fold aggregated rows into one record per week (weeks without stories count zero). */
export function foldTrend(rows: readonly TrendRow[], weekStarts: readonly number[]): TrendWeek[] {
  const weeks = new Map<number, TrendWeek>();
  for (const weekStart of weekStarts) {
    weeks.set(weekStart, {
      weekStart, total: 0,
      byPair: { 'US-CN': 0, 'US-RU': 0, 'CN-RU': 0, ALL: 0 },
      byStance: zeroStances(),
      byPairStance: { 'US-CN': zeroStances(), 'US-RU': zeroStances(), 'CN-RU': zeroStances(), ALL: zeroStances() },
    });
  }
  for (const row of rows) {
    const week = weeks.get(row.weekStart);
    const pair = pairOf(row.countries);
    if (!week || !pair) continue;
    week.total += row.count;
    week.byPair[pair] += row.count;
    if (row.stance) {
      week.byStance[row.stance] += row.count;
      week.byPairStance[pair][row.stance] += row.count;
    }
  }
  return weekStarts.map((w) => weeks.get(w)!);
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Locale keys of the pairs' names ("US–China"). */
const PAIR_KEY: Record<Pair, string> = { 'US-CN': 'trend-pair-us-cn', 'US-RU': 'trend-pair-us-ru', 'CN-RU': 'trend-pair-cn-ru', ALL: 'trend-pair-all' };

/**
 * The caption: the latest week's total, then the largest changes from the week before by pair and
 * stance ("Competition stories US–China: 14, up from 9"), at most three, biggest first. Every word
 * comes from the locale files (trend-*).
 */
export function describeTrend(weeks: readonly TrendWeek[], t: Translate): string {
  const last = weeks.at(-1);
  if (!last || weeks.every((w) => w.total === 0)) return t('trend-no-data', { weeks: weeks.length });
  const head = t('trend-week-of', { date: isoDate(last.weekStart), total: last.total });
  const before = weeks.at(-2);
  if (!before) return head;
  const changes: Array<{ delta: number; text: string }> = [];
  for (const pair of PAIRS) {
    for (const stance of STANCES) {
      const now = last.byPairStance[pair][stance];
      const was = before.byPairStance[pair][stance];
      if (now === was) continue;
      const what = t(`trend-what-${stance}`, { pair: t(PAIR_KEY[pair]) });
      changes.push({ delta: Math.abs(now - was), text: t(now > was ? 'trend-change-up' : 'trend-change-down', { what, now, before: was }) });
    }
  }
  if (changes.length === 0) return t('trend-caption', { head, changes: t('trend-quiet') });
  changes.sort((a, b) => b.delta - a.delta);
  const [a, b, c] = changes.slice(0, 3).map((x) => x.text);
  const listed = c !== undefined ? t('trend-changes-3', { a: a!, b: b!, c }) : b !== undefined ? t('trend-changes-2', { a: a!, b }) : t('trend-changes-1', { a: a! });
  return t('trend-caption', { head, changes: listed });
}

const PAIR_COLOR: Record<Pair, string> = { 'US-CN': '#d62728', 'US-RU': '#1f77b4', 'CN-RU': '#9467bd', ALL: '#7f7f7f' };
const STANCE_COLOR: Record<Stance, string> = { cooperation: '#2ca02c', competition: '#d62728', mixed: '#ff9f1c' };

/** The font family the spec names; the renderer loads only the shipped font of that family. */
export const CHART_FONT_FAMILY = 'Noto Sans CJK SC'; // i18n-exempt: a font family name

/**
 * A Vega-Lite spec for the weeks: stacked bars by pair above, stance shares below. The numbers sit in
 * top-level `datasets`; everything else depends only on the locale and the number of weeks, so the
 * renderer compiles and parses that shape once and feeds each chart's numbers into it.
 */
export function trendSpec(weeks: readonly TrendWeek[], t: Translate): Record<string, unknown> {
  const pairName = Object.fromEntries(PAIRS.map((p) => [p, t(PAIR_KEY[p])])) as Record<Pair, string>;
  const stanceName = Object.fromEntries(STANCES.map((s) => [s, t(`trend-stance-${s}`)])) as Record<Stance, string>;
  const pairs = weeks.flatMap((w) => PAIRS.map((p) => ({ week: isoDate(w.weekStart), order: PAIRS.indexOf(p), pair: pairName[p], count: w.byPair[p] })));
  const stances = weeks.flatMap((w) => STANCES.map((s) => ({ week: isoDate(w.weekStart), order: STANCES.indexOf(s), stance: stanceName[s], count: w.byStance[s] })));
  const width = Math.max(420, Math.min(1100, weeks.length * 34));
  // ISO dates sort in time order; the axis shows them as MM-DD.
  const x = { field: 'week', type: 'ordinal', sort: 'ascending', title: t('trend-axis-week'), axis: { labelAngle: weeks.length > 16 ? -60 : 0, labelOverlap: true, labelExpr: 'slice(datum.label, 5)' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: t('trend-chart-title', { weeks: weeks.length }), fontSize: 16, anchor: 'start' },
    background: 'white',
    padding: 16,
    // aria: false leaves out the per-bar accessibility attributes a PNG never uses (a third of the SVG).
    config: { font: CHART_FONT_FAMILY, aria: false, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 12, titleFontSize: 12 } },
    resolve: { scale: { color: 'independent' } },
    datasets: { pairs, stances },
    vconcat: [
      {
        width, height: 220,
        data: { name: 'pairs' },
        mark: { type: 'bar' },
        encoding: {
          x,
          y: { field: 'count', type: 'quantitative', stack: 'zero', title: t('trend-axis-stories'), axis: { tickMinStep: 1 } },
          color: { field: 'pair', type: 'nominal', title: t('trend-legend-countries'), sort: PAIRS.map((p) => pairName[p]), scale: { domain: PAIRS.map((p) => pairName[p]), range: PAIRS.map((p) => PAIR_COLOR[p]) } },
          order: { field: 'order' },
        },
      },
      {
        width, height: 140,
        data: { name: 'stances' },
        mark: { type: 'bar' },
        encoding: {
          x,
          y: { field: 'count', type: 'quantitative', stack: 'normalize', title: t('trend-axis-share'), axis: { format: '%' } },
          color: { field: 'stance', type: 'nominal', title: t('trend-legend-stance'), sort: STANCES.map((s) => stanceName[s]), scale: { domain: STANCES.map((s) => stanceName[s]), range: STANCES.map((s) => STANCE_COLOR[s]) } },
          order: { field: 'order' },
        },
      },
    ],
  };
}
