import type Database from 'better-sqlite3';
import { rankSearchHits, searchRoots, searchText, type SearchHit } from '../core/search/index.js';

/**
 * The functions the search index's triggers call (migration 0013_search_index). Every connection that writes
 * items must have them, so openDatabase registers them before migrating.
 */
export function registerSearchFunctions(sqlite: Database.Database): void {
  const text = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
  sqlite.function('troika_search_text', { deterministic: true }, (value: unknown) => searchText(text(value)));
  sqlite.function('troika_search_roots', { deterministic: true }, (value: unknown, lang: unknown) => searchRoots(text(value), text(lang)));
}

/** Matches considered for ranking: the newest this many (a broad word like "China" matches most stories). */
export const SEARCH_WINDOW = 300;

export interface SearchMatches {
  /** Story ids, best first. */
  ids: number[];
  /** How many stories matched, counted up to the window. */
  matched: number;
}

/**
 * Run FTS5 queries against the index. Both queries read matches newest first and stop at the
 * window, so they cost the same on a thousand stories or a million (bm25 would read every match
 * of every term to weigh it, which is why relevance here is "named in the headline" instead).
 */
export function createSearchIndex(sqlite: Database.Database) {
  const newest = sqlite.prepare<[string, number], { id: number }>('select rowid as id from items_fts where items_fts match ? order by rowid desc limit ?');
  // Headline matches among those only: the lower rowid bound keeps this query inside the window.
  // (Bound as a BigInt: FTS5 uses a rowid constraint to seek only when it is an integer, and
  // better-sqlite3 binds a JS number as a real.)
  const newestFrom = sqlite.prepare<[string, bigint], { id: number }>('select rowid as id from items_fts where items_fts match ? and rowid >= ? order by rowid desc');
  const dates = sqlite.prepare<[string], { id: number; sortAt: number }>('select id, sort_at as sortAt from items where id in (select value from json_each(?))');
  return {
    find(query: { match: string; titleMatch: string }, limit: number, nowMs: number, window = SEARCH_WINDOW): SearchMatches {
      const ids = newest.all(query.match, window).map((r) => r.id);
      if (ids.length === 0) return { ids: [], matched: 0 };
      const inTitle = new Set(newestFrom.all(query.titleMatch, BigInt(ids[ids.length - 1]!)).map((r) => r.id));
      const hits = dates.all(JSON.stringify(ids)).map((r) => ({ id: r.id, sortAt: r.sortAt, inTitle: inTitle.has(r.id) }));
      return { ids: rankSearchHits(hits, nowMs).slice(0, limit).map((h) => h.id), matched: ids.length };
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
