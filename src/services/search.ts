import { buildSearchQuery, indexAliases, searchAliasGroups, type AliasGroup } from '../core/search/index.js';
import type { ItemStore, Story } from '../db/item-store.js';
import type { SearchRunner } from '../workers/search-runner.js';

export interface SearchResult {
  /** What was searched for, as read (words and names). */
  terms: string[];
  stories: Story[];
  /** Stories that matched, counted up to the ranking window. */
  matched: number;
}

/** `/search`: the reader's words → an FTS query across languages and word forms → ranked stories. */
export function createSearchService(deps: { runner: SearchRunner; items: Pick<ItemStore, 'getMany'>; now: () => Date; aliases?: readonly AliasGroup[] }) {
  // Indexed on the first search, not at start-up.
  let aliases: ReturnType<typeof indexAliases> | null = null;
  return {
    /** Null when the text holds no searchable word (only punctuation or operators' symbols). */
    async search(text: string, limit: number): Promise<SearchResult | null> {
      aliases ??= indexAliases(deps.aliases ?? searchAliasGroups());
      const query = buildSearchQuery(text, aliases);
      if (!query) return null;
      const found = await deps.runner.find(query, limit, deps.now().getTime());
      const stories = deps.items.getMany(found.ids);
      return { terms: query.terms, stories, matched: found.matched };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
