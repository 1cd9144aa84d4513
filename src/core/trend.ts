/**
 * The picture of the week, as pure functions: weekly story counts by country pair and stance →
 * a Vega-Lite spec (two panels: stories per week by pair, and the share of cooperation /
 * competition / mixed) and a caption that states the latest week's change in words.
 * Rendering the spec to PNG is the charts adapter's job (src/charts/).
 */
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

/** Every word the chart and its caption use, per locale. */
export interface TrendLabels {
  title: (weeks: number) => string;
  storiesAxis: string;
  shareAxis: string;
  weekAxis: string;
  pairLegend: string;
  stanceLegend: string;
  pair: Record<Pair, string>;
  stance: Record<Stance, string>;
  /** What a change is about: "Competition stories US–China". */
  what: (stance: string, pair: string) => string;
  /** "14, up from 9" and its siblings. */
  change: (what: string, now: number, before: number) => string;
  weekOf: (date: string, total: number) => string;
  quiet: string;
  noData: (weeks: number) => string;
}

const arrow = (now: number, before: number) => (now > before ? 'up' : now < before ? 'down' : 'same');

/** The chart's words. The CJK characters here must be in the shipped font subset (scripts/subset-chart-font.py). */
export const TREND_LABELS: Record<TrendLocale, TrendLabels> = {
  en: {
    title: (w) => `AI between the US, China and Russia: stories per week, last ${w} weeks`,
    storiesAxis: 'Stories', shareAxis: 'Share of stories', weekAxis: 'Week', pairLegend: 'Countries', stanceLegend: 'Stance',
    pair: { 'US-CN': 'US–China', 'US-RU': 'US–Russia', 'CN-RU': 'China–Russia', ALL: 'All three' },
    stance: { cooperation: 'Cooperation', competition: 'Competition', mixed: 'Mixed' },
    what: (stance, pair) => `${stance} stories ${pair}`,
    change: (what, now, before) => ({ up: `${what}: ${now}, up from ${before}`, down: `${what}: ${now}, down from ${before}`, same: `${what}: ${now}, as the week before` })[arrow(now, before)],
    weekOf: (date, total) => `Week of ${date}: ${total} ${total === 1 ? 'story' : 'stories'}.`,
    quiet: 'No change from the week before.',
    noData: (w) => `No stories in the last ${w} weeks yet.`,
  },
  id: {
    title: (w) => `AI antara AS, Tiongkok, dan Rusia: berita per minggu, ${w} minggu terakhir`,
    storiesAxis: 'Berita', shareAxis: 'Porsi berita', weekAxis: 'Minggu', pairLegend: 'Negara', stanceLegend: 'Sikap',
    pair: { 'US-CN': 'AS–Tiongkok', 'US-RU': 'AS–Rusia', 'CN-RU': 'Tiongkok–Rusia', ALL: 'Ketiganya' },
    stance: { cooperation: 'Kerja sama', competition: 'Persaingan', mixed: 'Campuran' },
    what: (stance, pair) => `Berita ${stance.toLowerCase()} ${pair}`,
    change: (what, now, before) => ({ up: `${what}: ${now}, naik dari ${before}`, down: `${what}: ${now}, turun dari ${before}`, same: `${what}: ${now}, sama seperti minggu sebelumnya` })[arrow(now, before)],
    weekOf: (date, total) => `Minggu ${date}: ${total} berita.`,
    quiet: 'Tidak ada perubahan dari minggu sebelumnya.',
    noData: (w) => `Belum ada berita dalam ${w} minggu terakhir.`,
  },
  ru: {
    title: (w) => `ИИ между США, Китаем и Россией: сюжеты по неделям, последние ${w} нед.`,
    storiesAxis: 'Сюжеты', shareAxis: 'Доля сюжетов', weekAxis: 'Неделя', pairLegend: 'Страны', stanceLegend: 'Характер',
    pair: { 'US-CN': 'США–Китай', 'US-RU': 'США–Россия', 'CN-RU': 'Китай–Россия', ALL: 'Все три' },
    stance: { cooperation: 'Сотрудничество', competition: 'Соперничество', mixed: 'Смешанное' },
    what: (stance, pair) => `${stance}, ${pair}`,
    change: (what, now, before) => ({ up: `${what}: ${now}, было ${before}`, down: `${what}: ${now}, было ${before}`, same: `${what}: ${now}, как неделей раньше` })[arrow(now, before)],
    weekOf: (date, total) => `Неделя с ${date}: сюжетов — ${total}.`,
    quiet: 'Без изменений по сравнению с прошлой неделей.',
    noData: (w) => `За последние ${w} нед. сюжетов пока нет.`,
  },
  zh: {
    title: (w) => `美中俄人工智能：每周新闻数，最近${w}周`,
    storiesAxis: '新闻数', shareAxis: '新闻占比', weekAxis: '周', pairLegend: '国家', stanceLegend: '态势',
    pair: { 'US-CN': '美中', 'US-RU': '美俄', 'CN-RU': '中俄', ALL: '三国' },
    stance: { cooperation: '合作', competition: '竞争', mixed: '混合' },
    what: (stance, pair) => `${pair}${stance}新闻`,
    change: (what, now, before) => ({ up: `${what}：${now}，上周为${before}`, down: `${what}：${now}，上周为${before}`, same: `${what}：${now}，与上周持平` })[arrow(now, before)],
    weekOf: (date, total) => `${date}当周：共${total}条新闻。`,
    quiet: '与上周相比没有变化。',
    noData: (w) => `最近${w}周还没有新闻。`,
  },
};

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The caption: the latest week's total, then the largest changes from the week before by pair and
 * stance ("Competition stories US–China: 14, up from 9"), at most three, biggest first.
 */
export function describeTrend(weeks: readonly TrendWeek[], locale: TrendLocale): string {
  const l = TREND_LABELS[locale];
  const last = weeks.at(-1);
  if (!last || weeks.every((w) => w.total === 0)) return l.noData(weeks.length);
  const head = l.weekOf(isoDate(last.weekStart), last.total);
  const before = weeks.at(-2);
  if (!before) return head;
  const changes: Array<{ delta: number; text: string }> = [];
  for (const pair of PAIRS) {
    for (const stance of STANCES) {
      const now = last.byPairStance[pair][stance];
      const was = before.byPairStance[pair][stance];
      if (now !== was) changes.push({ delta: Math.abs(now - was), text: l.change(l.what(l.stance[stance], l.pair[pair]), now, was) });
    }
  }
  if (changes.length === 0) return `${head} ${l.quiet}`;
  changes.sort((a, b) => b.delta - a.delta);
  const sep = locale === 'zh' ? '；' : '; ';
  return `${head} ${changes.slice(0, 3).map((c) => c.text).join(sep)}${locale === 'zh' ? '。' : '.'}`;
}

const PAIR_COLOR: Record<Pair, string> = { 'US-CN': '#d62728', 'US-RU': '#1f77b4', 'CN-RU': '#9467bd', ALL: '#7f7f7f' };
const STANCE_COLOR: Record<Stance, string> = { cooperation: '#2ca02c', competition: '#d62728', mixed: '#ff9f1c' };

/** The font family the spec names; the renderer loads only the shipped font of that family. */
export const CHART_FONT_FAMILY = 'Noto Sans CJK SC';

/**
 * A Vega-Lite spec for the weeks: stacked bars by pair above, stance shares below. The numbers sit in
 * top-level `datasets`; everything else depends only on the locale and the number of weeks, so the
 * renderer compiles and parses that shape once and feeds each chart's numbers into it.
 */
export function trendSpec(weeks: readonly TrendWeek[], locale: TrendLocale): Record<string, unknown> {
  const l = TREND_LABELS[locale];
  const pairs = weeks.flatMap((w) => PAIRS.map((p) => ({ week: isoDate(w.weekStart), order: PAIRS.indexOf(p), pair: l.pair[p], count: w.byPair[p] })));
  const stances = weeks.flatMap((w) => STANCES.map((s) => ({ week: isoDate(w.weekStart), order: STANCES.indexOf(s), stance: l.stance[s], count: w.byStance[s] })));
  const width = Math.max(420, Math.min(1100, weeks.length * 34));
  // ISO dates sort in time order; the axis shows them as MM-DD.
  const x = { field: 'week', type: 'ordinal', sort: 'ascending', title: l.weekAxis, axis: { labelAngle: weeks.length > 16 ? -60 : 0, labelOverlap: true, labelExpr: 'slice(datum.label, 5)' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: l.title(weeks.length), fontSize: 16, anchor: 'start' },
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
          y: { field: 'count', type: 'quantitative', stack: 'zero', title: l.storiesAxis, axis: { tickMinStep: 1 } },
          color: { field: 'pair', type: 'nominal', title: l.pairLegend, sort: PAIRS.map((p) => l.pair[p]), scale: { domain: PAIRS.map((p) => l.pair[p]), range: PAIRS.map((p) => PAIR_COLOR[p]) } },
          order: { field: 'order' },
        },
      },
      {
        width, height: 140,
        data: { name: 'stances' },
        mark: { type: 'bar' },
        encoding: {
          x,
          y: { field: 'count', type: 'quantitative', stack: 'normalize', title: l.shareAxis, axis: { format: '%' } },
          color: { field: 'stance', type: 'nominal', title: l.stanceLegend, sort: STANCES.map((s) => l.stance[s]), scale: { domain: STANCES.map((s) => l.stance[s]), range: STANCES.map((s) => STANCE_COLOR[s]) } },
          order: { field: 'order' },
        },
      },
    ],
  };
}
