import type { Translate } from '../core/locale.js';
import { describeTrend, foldTrend, trendSpec, trendWeeks, weekStartOf, type TrendLocale, type TrendWeek } from '../core/trend.js';
import type { TrendStore } from '../db/trend-store.js';

export interface TrendChart {
  png: Buffer;
  caption: string;
  weeks: TrendWeek[];
  /** Served from the cache. */
  cached: boolean;
}

export interface TrendDeps {
  store: TrendStore;
  now: () => Date;
  /** The chart's and caption's words in a locale (locales/*.ftl). */
  translator: (locale: TrendLocale) => Translate;
  /** Vega-Lite spec → PNG (the charts adapter). */
  render: (spec: Record<string, unknown>) => Promise<Buffer>;
  /** Charts kept (default 32). */
  cacheSize?: number;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * /trend and `troika trend`: weekly counts → chart + caption, cached per (week, locale, weeks)
 * and the data's version, so a chart is rendered once until a story is added or grows.
 */
export function createTrendService(deps: TrendDeps) {
  const cache = new Map<string, Promise<{ png: Buffer; caption: string; weeks: TrendWeek[] }>>();
  const limit = deps.cacheSize ?? 32;

  /** Weekly numbers for the `weeks` weeks ending with the one holding `until` (default now). */
  function data(weeks: number, until: Date = deps.now()): TrendWeek[] {
    const starts = trendWeeks(until, weeks);
    const rows = deps.store.weeklyCounts(new Date(starts[0]!), new Date(starts.at(-1)! + WEEK_MS));
    return foldTrend(rows, starts);
  }

  return {
    data,

    async chart(weeks: number, locale: TrendLocale, until: Date = deps.now()): Promise<TrendChart> {
      const key = `${weekStartOf(until)}|${locale}|${weeks}|${deps.store.dataVersion()}`;
      const hit = cache.get(key);
      if (hit) {
        // Least recently used goes first: re-insert on use.
        cache.delete(key);
        cache.set(key, hit);
        return { ...(await hit), cached: true };
      }
      const made = (async () => {
        const folded = data(weeks, until);
        const t = deps.translator(locale);
        return { png: await deps.render(trendSpec(folded, t)), caption: describeTrend(folded, t), weeks: folded };
      })();
      cache.set(key, made);
      made.catch(() => cache.delete(key));
      while (cache.size > limit) cache.delete(cache.keys().next().value!);
      return { ...(await made), cached: false };
    },
  };
}

export type TrendService = ReturnType<typeof createTrendService>;
