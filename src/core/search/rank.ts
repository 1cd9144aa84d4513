/** A match from the index: whether its headline matched, and its date. */
export interface SearchHit {
  id: number;
  inTitle: boolean;
  sortAt: number;
}

const RECENCY_HALF_LIFE_DAYS = 30;

/**
 * Order matches by relevance and recency: a story naming every searched word in its headline
 * counts as a full match and one naming them only in its text as a partial one, blended half and
 * half with an exponential decay on age (half-life 30 days). A headline match from a month ago
 * ranks with a text match from today; among equals the newest comes first.
 */
export function rankSearchHits(hits: readonly SearchHit[], nowMs: number): SearchHit[] {
  const value = (h: SearchHit) => {
    const ageDays = Math.max(0, (nowMs - h.sortAt) / 86_400_000);
    return 0.5 * (h.inTitle ? 1 : 0.5) + 0.5 * Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
  };
  return hits
    .map((h) => ({ h, v: value(h) }))
    .sort((a, b) => b.v - a.v || b.h.sortAt - a.h.sortAt || b.h.id - a.h.id)
    .map(({ h }) => h);
}
