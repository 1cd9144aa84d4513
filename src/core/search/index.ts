export { COUNTRY_ALIASES, searchAliasGroups, type AliasGroup } from './aliases.js';
export { buildSearchQuery, indexAliases, tokenizeQuery, type SearchQuery } from './query.js';
export { searchRoots, searchText, stemWord } from './text.js';
export { rankSearchHits, type SearchHit } from './rank.js';
