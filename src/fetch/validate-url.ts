import type { FetchError } from './types.js';

export const MAX_URL_LENGTH = 2048;

// C0 controls, space and DEL: the WHATWG parser silently strips tabs/newlines inside a URL,
// which would let "http://exa\nmple.com" through as something the admin did not type.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

function invalid(message: string): { ok: false; error: FetchError } {
  return { ok: false, error: { kind: 'invalid-url', message } };
}

/** Checks a feed URL typed by an admin or found in a Location header: http(s) only, no credentials, ≤ 2048 chars, host present. */
export function validateFeedUrl(input: string): { ok: true; url: URL } | { ok: false; error: FetchError } {
  const text = input.trim();
  if (text === '') return invalid('invalid feed URL: empty');
  if (text.length > MAX_URL_LENGTH) return invalid(`invalid feed URL: longer than ${MAX_URL_LENGTH} characters`);
  if (CONTROL_OR_SPACE.test(text)) return invalid('invalid feed URL: contains spaces or control characters');

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid(`invalid feed URL: cannot parse "${preview(text)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return invalid(`invalid feed URL: only http and https are supported (got ${preview(url.protocol)})`);
  }
  if (url.username !== '' || url.password !== '') {
    return invalid('invalid feed URL: credentials in the URL are not allowed');
  }
  if (url.hostname === '') return invalid('invalid feed URL: no host');
  if (url.port === '0') return invalid('invalid feed URL: port 0');
  if (url.href.length > MAX_URL_LENGTH) return invalid(`invalid feed URL: longer than ${MAX_URL_LENGTH} characters`);
  return { ok: true, url };
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
