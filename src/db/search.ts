import type Database from 'better-sqlite3';
import { rankSearchHits, searchRoots, searchText, type SearchHit } from '../core/search/index.js';

/**
 * The functions the search index's triggers call (migration 0013_search_index). Every connection that writes
 * items must have them, so openDatabase registers them before migrating.
 */
export function registerSearchFunctions(sqlite: Database.Database): void {
  const text = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
  sqlite.function('troika_search_text', { deterministic: true }, (value: unknown) => {
    const s = text(value);
    return precomputedText.get(s) ?? searchText(s);
  });
  sqlite.function('troika_search_roots', { deterministic: true }, (value: unknown, lang: unknown) => {
    const s = text(value);
    const l = text(lang);
    return precomputedRoots.get(l)?.get(s) ?? searchRoots(s, l);
  });
}

// Index texts a pipeline worker computed for rows about to be inserted (the same pure functions on the
// same strings), so the trigger does not compute them again on the main thread. Held for one call only.
const precomputedText = new Map<string, string>();
const precomputedRoots = new Map<string, Map<string, string>>();

/** Run `fn` (which inserts the rows) with the index texts of `rows` known ahead; forgotten afterwards. */
export function withPrecomputedSearchTexts<T>(rows: ReadonlyArray<{ title: string; text: string; lang: string; search: { title: string; text: string; titleRoots: string; textRoots: string } }>, fn: () => T): T {
  for (const r of rows) {
    precomputedText.set(r.title, r.search.title);
    precomputedText.set(r.text, r.search.text);
    let roots = precomputedRoots.get(r.lang);
    if (!roots) precomputedRoots.set(r.lang, (roots = new Map()));
    roots.set(r.title, r.search.titleRoots);
    roots.set(r.text, r.search.textRoots);
  }
  try {
    return fn();
  } finally {
    precomputedText.clear();
    precomputedRoots.clear();
  }
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
