import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.js';
import type { FetchOptions, FetchOutcome, Validators } from '../../src/fetch/index.js';
import { hang, respond, startFeedServer, streamBytes, trickle } from '../helpers/feed-server.js';
import type { FeedServer, StreamStats } from '../helpers/feed-server.js';

const NO_VALIDATORS: Validators = { etag: null, lastModified: null };
const MiB = 1024 * 1024;
const OPTS: FetchOptions = {
  timeoutMs: 2000,
  maxBytes: MiB,
  allowPrivate: false,
  userAgent: 'Troika-test/0.1',
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

function errorOf(outcome: FetchOutcome) {
  if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
  return outcome.error;
}

/** Heap plus Buffer memory, after a GC when the runner exposes one. */
function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

describe('overall timeout', () => {
  it('gives up on a server that sends one byte every 200 ms, and closes the socket', async () => {
    server.route('/slow', trickle(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, 200));
    const started = Date.now();
    const error = errorOf(await fetchFeed(server.url('/slow'), NO_VALIDATORS, { ...OPTS, timeoutMs: 300 }));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`timed out after 300 ms fetching from 127.0.0.1:${server.port}`);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(600);
    await server.waitForNoConnections(500); // the socket was destroyed, not left to linger
  });

  it('gives up on a slow gzip body too (the deadline covers the decompressor)', async () => {
    const gz = zlib.gzipSync(Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`));
    server.route('/slow-gz', trickle(gz, 100, { 'Content-Encoding': 'gzip' }));
    const started = Date.now();
    const error = errorOf(await fetchFeed(server.url('/slow-gz'), NO_VALIDATORS, { ...OPTS, timeoutMs: 250 }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(550);
    await server.waitForNoConnections(500);
  });

  it('gives up on a server that never answers', async () => {
    server.route('/hang', hang());
    const started = Date.now();
    const error = errorOf(await fetchFeed(server.url('/hang'), NO_VALIDATORS, { ...OPTS, timeoutMs: 200 }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(500);
    await server.waitForNoConnections(500);
  });

  it('counts the deadline across redirect hops, not per hop', async () => {
    // Each hop takes 120 ms; three of them exceed a 300 ms budget even though no single hop does.
    const slowRedirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
      setTimeout(() => res.writeHead(302, { Location: to }).end(), 120);
    };
    server.route('/h1', slowRedirect('/h2'));
    server.route('/h2', slowRedirect('/h3'));
    server.route('/h3', slowRedirect('/h4'));
    server.route('/h4', respond('<rss version="2.0"><channel></channel></rss>'));
    const error = errorOf(await fetchFeed(server.url('/h1'), NO_VALIDATORS, { ...OPTS, timeoutMs: 300 }));
    expect(error.kind).toBe('timeout');
    expect(server.requestsTo('/h4')).toHaveLength(0);
    await server.waitForNoConnections(500);
  });
});

describe('body size cap', () => {
  it('aborts a 50 MB streamed body early, without buffering it', async () => {
    const stats: StreamStats = { bytesWritten: 0, aborted: false };
    server.route('/huge', streamBytes(50 * MiB, stats, { prefix: '<?xml version="1.0"?><rss version="2.0">' }));
    const before = memory();
    const started = Date.now();
    const error = errorOf(await fetchFeed(server.url('/huge'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('feed is larger than the 1 MiB limit; stopped reading');
    expect(Date.now() - started).toBeLessThan(1000);
    await server.waitForNoConnections(1000);
    expect(stats.aborted).toBe(true);
    // The server could only push what fit in socket buffers before the client hung up.
    expect(stats.bytesWritten).toBeLessThan(12 * MiB);
    expect(memory() - before).toBeLessThan(16 * MiB);
  });

  it('refuses up front when Content-Length already exceeds the cap', async () => {
    const stats: StreamStats = { bytesWritten: 0, aborted: false };
    server.route('/declared', streamBytes(8 * MiB, stats, { headers: { 'Content-Length': 8 * MiB } }));
    const error = errorOf(await fetchFeed(server.url('/declared'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('too-large');
  });

  it('accepts a body exactly at the cap and refuses one byte more', async () => {
    const open = '<rss version="2.0"><channel>';
    const close = '</channel></rss>';
    const body = Buffer.from(open + ' '.repeat(1024 - open.length - close.length) + close);
    expect(body.length).toBe(1024);
    server.route('/exact', respond(body));
    const outcome = await fetchFeed(server.url('/exact'), NO_VALIDATORS, { ...OPTS, maxBytes: 1024 });
    expect(outcome.kind).toBe('ok');
    const over = await fetchFeed(server.url('/exact'), NO_VALIDATORS, { ...OPTS, maxBytes: 1023 });
    expect(errorOf(over).kind).toBe('too-large');
  });

  it.each([
    ['gzip', 'gzip', (b: Buffer) => zlib.gzipSync(b, { level: 9 })],
    ['deflate', 'deflate', (b: Buffer) => zlib.deflateSync(b, { level: 9 })],
    ['brotli', 'br', (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })],
  ])('stops a %s bomb after maxBytes of DECOMPRESSED output', async (_name, encoding, compress) => {
    // 1 MiB of zeros compresses to ~1 KiB; 64 gzip members back to back inflate to 64 MiB.
    // (For deflate and brotli one 64 MiB stream is used: they have no multi-member form.)
    const bomb =
      encoding === 'gzip'
        ? Buffer.concat(Array.from({ length: 64 }, () => compress(Buffer.alloc(MiB))))
        : compress(Buffer.alloc(64 * MiB));
    expect(bomb.length).toBeLessThan(256 * 1024);
    server.route('/bomb', respond(bomb, { headers: { 'Content-Encoding': encoding, 'Content-Type': 'application/rss+xml' } }));
    const before = memory();
    const started = Date.now();
    const error = errorOf(await fetchFeed(server.url('/bomb'), NO_VALIDATORS, OPTS));
    expect(error.kind).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(memory() - before).toBeLessThan(16 * MiB);
    await server.waitForNoConnections(1000);
  });

  it('decompresses a gzip body that is under the cap even when many members are concatenated', async () => {
    const part = zlib.gzipSync(Buffer.from('<rss version="2.0"><channel>'));
    const rest = zlib.gzipSync(Buffer.from('</channel></rss>'));
    server.route('/multi', respond(Buffer.concat([part, rest]), { headers: { 'Content-Encoding': 'gzip' } }));
    const outcome = await fetchFeed(server.url('/multi'), NO_VALIDATORS, OPTS);
    expect(outcome.kind === 'ok' && outcome.body.toString()).toBe('<rss version="2.0"><channel></channel></rss>');
  });
});

describe('one large body at a time (keepLargeBodyTurn)', () => {
  const LARGE = `<?xml version="1.0"?><rss version="2.0"><channel><title>Large</title>${'<!-- padding -->'.repeat(90_000)}</channel></rss>`; // ~1.4 MiB
  const SMALL = `<?xml version="1.0"?><rss version="2.0"><channel><title>Small</title></channel></rss>`;
  const KEEP: FetchOptions = { ...OPTS, maxBytes: 4 * MiB, keepLargeBodyTurn: true };

  function okOf(outcome: FetchOutcome) {
    if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
    return outcome;
  }

  it('keeps a large body\'s turn until it is released: the next large body waits, without its deadline running', async () => {
    server.route('/a', respond(LARGE));
    server.route('/b', respond(LARGE));
    server.route('/small', respond(SMALL));
    const first = okOf(await fetchFeed(server.url('/a'), NO_VALIDATORS, KEEP));
    expect(first.body.length).toBe(Buffer.byteLength(LARGE));
    let secondDone = false;
    const second = fetchFeed(server.url('/b'), NO_VALIDATORS, { ...KEEP, timeoutMs: 300 }).then((o) => {
      secondDone = true;
      return o;
    });
    // A small body never waits for the turn.
    const small = okOf(await fetchFeed(server.url('/small'), NO_VALIDATORS, KEEP));
    small.release?.(); // a no-op for a small body
    await new Promise((resolve) => setTimeout(resolve, 600)); // twice the second fetch's deadline
    expect(secondDone).toBe(false);
    first.release!();
    first.release!(); // idempotent: must not end the second body's turn
    const next = okOf(await second);
    expect(next.body.length).toBe(Buffer.byteLength(LARGE));
    let thirdDone = false;
    const third = fetchFeed(server.url('/a'), NO_VALIDATORS, KEEP).then((o) => {
      thirdDone = true;
      return o;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(thirdDone).toBe(false); // the second still holds the turn after the first's second release
    next.release!();
    okOf(await third).release!();
  });

  it('without keepLargeBodyTurn a large body\'s turn ends with its reading', async () => {
    server.route('/a', respond(LARGE));
    const opts = { ...OPTS, maxBytes: 4 * MiB };
    const [a, b] = await Promise.all([fetchFeed(server.url('/a'), NO_VALIDATORS, opts), fetchFeed(server.url('/a'), NO_VALIDATORS, opts)]);
    expect(okOf(a).release).toBeUndefined();
    expect(okOf(b).body.length).toBe(Buffer.byteLength(LARGE));
  });

  it('ends the turn of a large body refused as not a feed', async () => {
    server.route('/page', respond(`<!doctype html><html><body>${'x'.repeat(1.5 * MiB)}</body></html>`, { headers: { 'Content-Type': 'text/html' } }));
    server.route('/a', respond(LARGE));
    expect(errorOf(await fetchFeed(server.url('/page'), NO_VALIDATORS, KEEP)).kind).toBe('not-a-feed');
    okOf(await fetchFeed(server.url('/a'), NO_VALIDATORS, { ...KEEP, timeoutMs: 1000 })).release!();
  });
});
