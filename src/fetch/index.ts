/** HTTP feed fetcher: limits, redirects, private-address guard, conditional GET. */
export type { FetchError, FetchErrorKind, FetchOptions, FetchOutcome, Validators } from './types.js';
export { fetchFeed, ACCEPT, DEFAULT_MAX_REDIRECTS } from './fetch-feed.js';
export { validateFeedUrl, MAX_URL_LENGTH } from './validate-url.js';
export { classifyAddress, isPublicAddress } from './address-policy.js';
export { parseRetryAfter } from './retry-after.js';
export { checkFeedBody, MIN_FEED_BYTES } from './sniff.js';
