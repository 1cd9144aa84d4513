import type { Db } from './client.js';
import type { TrendRow } from '../core/trend.js';
import type { Stance } from '../core/types.js';

const WEEK_MS = 7 * 86_400_000;
const MONDAY_OFFSET_MS = 4 * 86_400_000;

/** Weekly story counts for /trend, from the stories table (one story = one event, however many items). */
export function createTrendStore(db: Db) {
  const sqlite = db.$client;
  // Read from the covering index stories_trend (first_at, countries, stance) alone: the table is never touched.
  const weekly = sqlite.prepare<[number, number], { week_start: number; countries: string; stance: string | null; n: number }>(
    `select ((first_at - ${MONDAY_OFFSET_MS}) / ${WEEK_MS}) * ${WEEK_MS} + ${MONDAY_OFFSET_MS} as week_start, countries, stance, count(*) as n
       from stories indexed by stories_trend
      where first_at >= ? and first_at < ?
      group by week_start, countries, stance`,
  );
  // Two statements: SQLite answers a lone max() from the end of an index (or the rowid), not two at once.
  const lastId = sqlite.prepare<[], number | null>('select max(id) from stories').pluck();
  const lastSeen = sqlite.prepare<[], number | null>('select max(last_seen_at) from stories').pluck();
  return {
    /** Stories dated in [start, end), counted by week, countries and stance. */
    weeklyCounts(start: Date, end: Date): TrendRow[] {
      return weekly.all(start.getTime(), end.getTime()).map((r) => ({ weekStart: r.week_start, countries: r.countries, stance: r.stance as Stance | null, count: r.n }));
    },
    /** Changes whenever a story is added or grows: part of the chart cache key. */
    dataVersion(): string {
      return `${lastId.get() ?? 0}:${lastSeen.get() ?? 0}`;
    },
  };
}

export type TrendStore = ReturnType<typeof createTrendStore>;
