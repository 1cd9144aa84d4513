import { describe, expect, it } from 'vitest';
import { checkFeedBody, parseRetryAfter } from '../../src/fetch/index.js';
import { toFetchError } from '../../src/fetch/fetch-feed.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-14T10:00:00Z');
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 5 ', 5000],
    ['Tue, 14 May 2024 10:01:30 GMT', 90_000],
    ['Tue, 14 May 2024 09:00:00 GMT', 0], // in the past: retry now
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('checkFeedBody', () => {
  const b = (s: string) => Buffer.from(s, 'latin1');
  it.each([
    ['', 'empty-body'],
    ['\r\n \t', 'empty-body'],
    ['OK', 'not-a-feed'],
    ['{"error":"nope"}', 'not-a-feed'],
    ['   <rss/>        ', 'not-a-feed'],
    ['<!DOCTYPE html><html><body>Sign in</body></html>', 'not-a-feed'],
    ['\n<HTML><HEAD><TITLE>Moved</TITLE></HEAD></HTML>', 'not-a-feed'],
    ['<rss version="2.0"/>', null],
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', null],
    ['\u00ef\u00bb\u00bf<feed xmlns="http://www.w3.org/2005/Atom"></feed>', null],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', null],
    ['<!DOCTYPE html><html><body>weird page wrapping <rss version="2.0"></rss></body></html>', null], // left to the parser
    ['{"version":"https://jsonfeed.org/version/1.1","items":[]}', null], // non-XML bodies of real size pass; the parser decides
  ])('%j → %s', (body, kind) => {
    expect(checkFeedBody(b(body), 'news.example')?.kind ?? null).toBe(kind);
  });

  it('names the host in its messages', () => {
    expect(checkFeedBody(b(''), 'news.example')?.message).toBe('news.example returned an empty body');
    expect(checkFeedBody(b('<html><body>parked domain for sale</body></html>'), 'news.example')?.message).toBe(
      'news.example returned an HTML page, not a feed',
    );
  });
});

describe('toFetchError (mapping of low-level failures)', () => {
  const opts = { timeoutMs: 20_000, maxBytes: 1024, allowPrivate: false, userAgent: 'x' };
  const sysErr = (code: string, message = code) => Object.assign(new Error(message), { code });
  it.each([
    [sysErr('ENOTFOUND'), false, 'dns', 'could not resolve feeds.example (ENOTFOUND)'],
    [sysErr('EAI_AGAIN'), false, 'dns', 'could not resolve feeds.example (EAI_AGAIN)'],
    [sysErr('ECONNREFUSED'), false, 'network', 'could not fetch from feeds.example:8080: connection refused (ECONNREFUSED)'],
    [sysErr('ECONNRESET'), false, 'network', 'could not fetch from feeds.example:8080: connection reset (ECONNRESET)'],
    [sysErr('CERT_HAS_EXPIRED', 'certificate has expired'), false, 'network', 'could not fetch from feeds.example:8080: certificate has expired'],
    [sysErr('Z_DATA_ERROR'), false, 'network', 'feeds.example:8080 sent a corrupt compressed body'],
    [sysErr('ECONNRESET'), true, 'timeout', 'timed out after 20 s fetching from feeds.example:8080'],
  ])('%s (deadline passed: %s) → %s', (err, timedOut, kind, message) => {
    expect(toFetchError(err, 'feeds.example:8080', opts, timedOut)).toEqual({ kind, message });
  });
});
