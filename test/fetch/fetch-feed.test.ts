import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCEPT, fetchFeed } from '../../src/fetch/index.js';
import type { FetchOptions, FetchOutcome, Validators } from '../../src/fetch/index.js';
import { redirect, respond, serveFile, startFeedServer } from '../helpers/feed-server.js';
import type { FeedServer } from '../helpers/feed-server.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const RSS = readFileSync(fixture('rss.xml'));

const NO_VALIDATORS: Validators = { etag: null, lastModified: null };
// The server lives on loopback, so the tests opt in through the seam; the guard itself is tested in address-guard.test.ts.
const OPTS: FetchOptions = {
  timeoutMs: 2000,
  maxBytes: 1024 * 1024,
  allowPrivate: false,
  userAgent: 'Troika/0.1 (+https://troika.example/bot; feed fetcher)',
  isAddressAllowed: (ip) => ip === '127.0.0.1',
};

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

function expectOk(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'ok' }> {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome;
}
function expectFailed(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'failed' }>['error'] {
  if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
  return outcome.error;
}

describe('fetchFeed: plain responses', () => {
  it('returns the body, content type and validators of a 200', async () => {
    server.route('/feed.xml', serveFile(fixture('rss.xml')));
    server.route('/etagged', respond(RSS, { headers: { 'Content-Type': 'application/rss+xml', ETag: '"v1"', 'Last-Modified': 'Tue, 14 May 2024 09:30:00 GMT' } }));

    const plain = expectOk(await fetchFeed(server.url('/feed.xml'), NO_VALIDATORS, OPTS));
    expect(plain.status).toBe(200);
    expect(plain.body.equals(RSS)).toBe(true);
    expect(plain.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(plain.finalUrl).toBe(server.url('/feed.xml'));
    expect(plain.movedPermanentlyTo).toBeNull();
    expect(plain.etag).toBeNull();

    const tagged = expectOk(await fetchFeed(server.url('/etagged'), NO_VALIDATORS, OPTS));
    expect(tagged.etag).toBe('"v1"');
    expect(tagged.lastModified).toBe('Tue, 14 May 2024 09:30:00 GMT');
  });

  it('sends a descriptive User-Agent, feed-first Accept and Accept-Encoding, and no validators when it has none', async () => {
    server.route('/feed.xml', serveFile(fixture('atom.xml'), 'application/atom+xml'));
    expectOk(await fetchFeed(server.url('/feed.xml'), NO_VALIDATORS, OPTS));
    const [req] = server.requestsTo('/feed.xml');
    expect(req?.headers['user-agent']).toBe(OPTS.userAgent);
    expect(req?.headers.accept).toBe(ACCEPT);
    expect(ACCEPT.startsWith('application/rss+xml')).toBe(true);
    expect(ACCEPT.endsWith('*/*;q=0.9')).toBe(true);
    expect(req?.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(req?.headers['if-none-match']).toBeUndefined();
    expect(req?.headers['if-modified-since']).toBeUndefined();
  });

  it.each([
    ['gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['x-gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['deflate', (b: Buffer) => zlib.deflateSync(b)],
    ['deflate (raw, as some servers send it)', (b: Buffer) => zlib.deflateRawSync(b)],
    ['br', (b: Buffer) => zlib.brotliCompressSync(b)],
  ])('decompresses a %s body', async (name, compress) => {
    const encoding = name.split(' ')[0] ?? name;
    server.route('/z', respond(compress(RSS), { headers: { 'Content-Type': 'application/rss+xml', 'Content-Encoding': encoding } }));
    const ok = expectOk(await fetchFeed(server.url('/z'), NO_VALIDATORS, OPTS));
    expect(ok.body.equals(RSS)).toBe(true);
  });

  it('reports a corrupt compressed body as a network error', async () => {
    server.route('/bad-gzip', respond(Buffer.from('this is not gzip at all, not even close'), { headers: { 'Content-Encoding': 'gzip' } }));
    const error = expectFailed(await fetchFeed(server.url('/bad-gzip'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/corrupt compressed body/);
  });

  it('refuses an unknown Content-Encoding rather than handing garbage to the parser', async () => {
    server.route('/compress', respond(RSS, { headers: { 'Content-Encoding': 'compress' } }));
    const error = expectFailed(await fetchFeed(server.url('/compress'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/unsupported Content-Encoding "compress"/);
  });
});

describe('fetchFeed: conditional GET', () => {
  it('sends If-None-Match and If-Modified-Since and maps 304 to not-modified', async () => {
    server.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"') res.writeHead(304).end();
      else res.writeHead(200).end(RSS);
    });
    const validators = { etag: '"abc"', lastModified: 'Wed, 15 May 2024 08:00:00 GMT' };
    const outcome = await fetchFeed(server.url('/feed.xml'), validators, OPTS);
    expect(outcome).toEqual({ kind: 'not-modified', finalUrl: server.url('/feed.xml'), movedPermanentlyTo: null });
    const [req] = server.requestsTo('/feed.xml');
    expect(req?.headers['if-none-match']).toBe('"abc"');
    expect(req?.headers['if-modified-since']).toBe('Wed, 15 May 2024 08:00:00 GMT');
  });

  it('drops a stored validator that is not a legal header value instead of crashing', async () => {
    server.route('/feed.xml', respond(RSS));
    const ok = expectOk(await fetchFeed(server.url('/feed.xml'), { etag: '"a"\r\nX-Evil: 1', lastModified: null }, OPTS));
    expect(ok.status).toBe(200);
    expect(server.requestsTo('/feed.xml')[0]?.headers['x-evil']).toBeUndefined();
  });

  it('reports movedPermanentlyTo on a 304 reached through a permanent redirect', async () => {
    server.route('/old', redirect(301, '/new'));
    server.route('/new', respond('', { status: 304 }));
    const outcome = await fetchFeed(server.url('/old'), { etag: '"x"', lastModified: null }, OPTS);
    expect(outcome).toEqual({ kind: 'not-modified', finalUrl: server.url('/new'), movedPermanentlyTo: server.url('/new') });
  });
});

describe('fetchFeed: redirects', () => {
  it('follows a chain of absolute redirects and reports the final URL', async () => {
    server.route('/a', redirect(302, server.url('/b')));
    server.route('/b', redirect(307, server.url('/c')));
    server.route('/c', respond(RSS));
    const ok = expectOk(await fetchFeed(server.url('/a'), NO_VALIDATORS, OPTS));
    expect(ok.finalUrl).toBe(server.url('/c'));
    expect(ok.movedPermanentlyTo).toBeNull();
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b', '/c']);
  });

  it('resolves relative Location headers against the current URL', async () => {
    server.route('/dir/feed', redirect(302, '../other/feed.xml?x=1'));
    server.route('/other/feed.xml', respond(RSS));
    const ok = expectOk(await fetchFeed(server.url('/dir/feed'), NO_VALIDATORS, OPTS));
    expect(ok.finalUrl).toBe(server.url('/other/feed.xml?x=1'));
  });

  it('sets movedPermanentlyTo when every hop is 301/308', async () => {
    server.route('/v1', redirect(301, '/v2'));
    server.route('/v2', redirect(308, '/v3'));
    server.route('/v3', respond(RSS));
    const ok = expectOk(await fetchFeed(server.url('/v1'), NO_VALIDATORS, OPTS));
    expect(ok.movedPermanentlyTo).toBe(server.url('/v3'));
  });

  it('does not set movedPermanentlyTo when a 302 is anywhere in the chain', async () => {
    server.route('/v1', redirect(301, '/v2'));
    server.route('/v2', redirect(302, '/v3'));
    server.route('/v3', redirect(301, '/v4'));
    server.route('/v4', respond(RSS));
    const ok = expectOk(await fetchFeed(server.url('/v1'), NO_VALIDATORS, OPTS));
    expect(ok.finalUrl).toBe(server.url('/v4'));
    expect(ok.movedPermanentlyTo).toBeNull();
  });

  it('stops a redirect loop with too-many-redirects after maxRedirects hops', async () => {
    server.route('/ping', redirect(302, '/pong'));
    server.route('/pong', redirect(302, '/ping'));
    const error = expectFailed(await fetchFeed(server.url('/ping'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('too-many-redirects');
    expect(error.message).toMatch(/too many redirects \(more than 5\)/);
    expect(server.requests).toHaveLength(6); // the original request plus 5 followed hops
  });

  it('honours a custom maxRedirects, including 0', async () => {
    server.route('/a', redirect(301, '/b'));
    server.route('/b', respond(RSS));
    const error = expectFailed(await fetchFeed(server.url('/a'), NO_VALIDATORS, { ...OPTS, maxRedirects: 0 }));
    expect(error.kind).toBe('too-many-redirects');
    expect(server.requestsTo('/b')).toHaveLength(0);
    expectOk(await fetchFeed(server.url('/a'), NO_VALIDATORS, { ...OPTS, maxRedirects: 1 }));
  });

  it.each([
    ['file:///etc/passwd', 'only http and https'],
    ['ftp://127.0.0.1/feed', 'only http and https'],
    ['http://user:pass@127.0.0.1/feed', 'credentials'],
  ])('refuses a redirect to %s without following it', async (location, why) => {
    server.route('/r', redirect(302, location));
    const error = expectFailed(await fetchFeed(server.url('/r'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('invalid-url');
    expect(error.message).toContain(why);
    expect(server.requests).toHaveLength(1);
  });

  it('treats a 3xx without Location as an http-status error', async () => {
    server.route('/r', respond('', { status: 302 }));
    const error = expectFailed(await fetchFeed(server.url('/r'), NO_VALIDATORS, OPTS));
    expect(error).toMatchObject({ kind: 'http-status', status: 302 });
  });
});

describe('fetchFeed: error statuses', () => {
  it('maps 429 with Retry-After in seconds to rate-limited', async () => {
    server.route('/feed', respond('slow down', { status: 429, headers: { 'Retry-After': '120' } }));
    const error = expectFailed(await fetchFeed(server.url('/feed'), NO_VALIDATORS, OPTS));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 120_000 });
    expect(error.message).toMatch(/HTTP 429.*retry after 2 min/);
  });

  it('maps 429 with Retry-After as an HTTP date to rate-limited', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    server.route('/feed', respond('slow down', { status: 429, headers: { 'Retry-After': at } }));
    const error = expectFailed(await fetchFeed(server.url('/feed'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('rate-limited');
    // HTTP dates have one-second resolution.
    expect(error.retryAfterMs).toBeGreaterThan(85_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it('maps 503 to rate-limited, with and without Retry-After', async () => {
    server.route('/a', respond('maintenance', { status: 503, headers: { 'Retry-After': '30' } }));
    server.route('/b', respond('maintenance', { status: 503 }));
    expect(expectFailed(await fetchFeed(server.url('/a'), NO_VALIDATORS, OPTS))).toMatchObject({ kind: 'rate-limited', status: 503, retryAfterMs: 30_000 });
    const bare = expectFailed(await fetchFeed(server.url('/b'), NO_VALIDATORS, OPTS));
    expect(bare).toMatchObject({ kind: 'rate-limited', status: 503 });
    expect(bare.retryAfterMs).toBeUndefined();
  });

  it.each([404, 410, 500, 403])('maps %i to http-status with the status in the message', async (status) => {
    server.route('/feed', respond('nope', { status }));
    const error = expectFailed(await fetchFeed(server.url('/feed'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('http-status');
    expect(error.status).toBe(status);
    expect(error.message).toMatch(new RegExp(`^HTTP ${status} .* from 127\\.0\\.0\\.1:\\d+$`));
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/feed');
    await closed.close();
    const error = expectFailed(await fetchFeed(url, NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/connection refused \(ECONNREFUSED\)/);
  });

  it('returns invalid-url for a bad URL without any request', async () => {
    const error = expectFailed(await fetchFeed('javascript:alert(1)', NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('invalid-url');
    expect(server.connectionCount).toBe(0);
  });
});

describe('fetchFeed: body sanity check', () => {
  it.each([
    ['an empty body', '', 'empty-body'],
    ['a whitespace-only body', '  \n\t ', 'empty-body'],
    ['a tiny non-feed body', 'OK', 'not-a-feed'],
    ['an HTML page', '<!DOCTYPE html><html><head><title>Login</title></head><body>Please sign in to continue</body></html>', 'not-a-feed'],
    ['an HTML page without doctype', '<html lang="en"><body>This domain is for sale! Contact us today.</body></html>', 'not-a-feed'],
  ])('rejects %s', async (_name, body, kind) => {
    server.route('/feed', respond(body, { headers: { 'Content-Type': 'text/html' } }));
    const error = expectFailed(await fetchFeed(server.url('/feed'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(200);
  });

  it('rejects a 204 No Content as an empty body', async () => {
    server.route('/feed', respond('', { status: 204 }));
    expect(expectFailed(await fetchFeed(server.url('/feed'), NO_VALIDATORS, OPTS)).kind).toBe('empty-body');
  });

  it('accepts a feed with a BOM and leading whitespace', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n  '), RSS]);
    server.route('/feed', respond(body));
    expect(expectOk(await fetchFeed(server.url('/feed'), NO_VALIDATORS, OPTS)).body.equals(body)).toBe(true);
  });
});
