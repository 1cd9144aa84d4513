import type { FetchError } from './types.js';

/** Below this many non-whitespace bytes nothing is a usable feed (`<rss version="2.0"/>` alone is 20). */
export const MIN_FEED_BYTES = 20;
const SNIFF_WINDOW = 4096;

/**
 * A cheap sanity check on a 200 body, deliberately simple; decoding and parsing happen later:
 * - empty-body: no bytes, or only whitespace;
 * - not-a-feed: fewer than MIN_FEED_BYTES bytes once surrounding whitespace is trimmed, or an HTML page (starts with
 *   `<!doctype html` or `<html`) with no `<rss`, `<feed` or `<rdf:RDF` in its first 4 KiB
 *   (login walls, parked domains, "this feed moved" pages).
 * Anything else passes, including non-UTF-8 and UTF-16 bodies.
 */
export function checkFeedBody(body: Buffer, host: string): FetchError | null {
  const window = body.subarray(0, SNIFF_WINDOW).toString('latin1');
  // Strip a UTF-8 BOM (read as latin1) and leading whitespace.
  const head = window.replace(/^(\u00ef\u00bb\u00bf)?\s*/, '');
  if (head === '' && body.toString('latin1').trim() === '') {
    return { kind: 'empty-body', message: `${host} returned an empty body` };
  }
  if (trimmedLength(body) < MIN_FEED_BYTES) {
    return { kind: 'not-a-feed', message: `${host} returned ${body.length} bytes, too short to be a feed` };
  }
  const lower = head.toLowerCase();
  if ((lower.startsWith('<!doctype html') || lower.startsWith('<html')) && !/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) {
    return { kind: 'not-a-feed', message: `${host} returned an HTML page, not a feed` };
  }
  return null;
}

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

function trimmedLength(body: Buffer): number {
  let start = 0;
  let end = body.length;
  while (start < end && isSpace(body[start])) start++;
  while (end > start && isSpace(body[end - 1])) end--;
  return end - start;
}
