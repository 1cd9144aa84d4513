import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeFeed } from '../../src/core/pipeline.js';
import { createLogger } from '../../src/logger.js';
import { createLoopShare } from '../../src/loop-share.js';
import { createPipelinePool, type PipelinePool } from '../../src/workers/pipeline-pool.js';

const fixture = readFileSync(new URL('../fixtures/feeds/ai-relations.rss.xml', import.meta.url));
const opts = { now: new Date('2026-11-26T00:00:00Z'), maxItems: 500 };

describe('pipeline worker pool', () => {
  let pool: PipelinePool | undefined;
  afterEach(async () => {
    await pool?.close();
  });

  it('gives the same analysis as the main thread, for many documents at once', async () => {
    pool = createPipelinePool(2, createLogger('silent'));
    const expected = await analyzeFeed(fixture, opts);
    const results = await Promise.all(Array.from({ length: 6 }, () => pool!.analyze(fixture, opts)));
    for (const result of results) expect(result).toEqual(expected);
    // The caller's buffer is not detached by the transfer.
    expect(fixture.byteLength).toBeGreaterThan(0);
  });

  it('with no workers, analyses on this thread with turns of the event loop between items, and the same result', async () => {
    const corpus = readFileSync(new URL('../fixtures/corpus/en-wire.xml', import.meta.url));
    const expected = await analyzeFeed(corpus, opts);
    expect(expected.labelled.length).toBeGreaterThan(5);
    // A turn after every item (slice 0): a reader's command waits for one item, not the feed.
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = await analyzeFeed(corpus, { ...opts, pause: createLoopShare({ backgroundSliceMs: 0 }).pause });
    running = false;
    expect(sliced).toEqual(expected);
    expect(turns).toBeGreaterThanOrEqual(expected.labelled.length - 1);
    pool = createPipelinePool(0, createLogger('silent'));
    expect(await pool.analyze(corpus, opts)).toEqual(expected);
  });

  it("reports a document's own failure as that document's error", async () => {
    pool = createPipelinePool(1, createLogger('silent'));
    await expect(pool.analyze(Buffer.from('<!doctype html><html><body>no</body></html>'), opts)).rejects.toThrow(/HTML page/);
    // The pool still works afterwards.
    expect((await pool.analyze(fixture, opts)).labelled).toHaveLength(3);
  });

  it('takes over bytes handed over instead of copying them, with the same result', async () => {
    pool = createPipelinePool(1, createLogger('silent'));
    const expected = await analyzeFeed(fixture, opts);
    await pool.analyze(fixture, opts); // a worker is online: handing over is safe from now on
    const own = new Uint8Array(fixture.byteLength);
    own.set(fixture);
    expect(await pool.analyze(own, { ...opts, handOver: true })).toEqual(expected);
    expect(own.byteLength).toBe(0); // moved to the worker, not held twice
  });

  it('takes over the very first document too: it waits for a worker to be online instead of sending a copy', async () => {
    pool = createPipelinePool(1, createLogger('silent'));
    const expected = await analyzeFeed(fixture, opts);
    const own = new Uint8Array(fixture.byteLength);
    own.set(fixture);
    expect(await pool.analyze(own, { ...opts, handOver: true })).toEqual(expected);
    expect(own.byteLength).toBe(0);
  });

  it('reads only the first items of a huge feed, counting the rest, on a worker as on the main thread', async () => {
    pool = createPipelinePool(2, createLogger('silent'));
    const items = Array.from({ length: 5000 }, (_, i) => `<item><title>Report ${i} on the weather</title><link>https://example.com/${i}</link><description>Mild and dry.</description></item>`).join('');
    const big = Buffer.from(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`);
    const small = { ...opts, maxItems: 50 };
    const [a, b, inThread] = await Promise.all([pool.analyze(big, small), pool.analyze(big, small), analyzeFeed(big, small)]);
    expect(inThread.readableItems).toBe(5000);
    expect(inThread.labelled.map((l) => l.article.title)).toEqual(Array.from({ length: 50 }, (_, i) => `Report ${i} on the weather`));
    expect(a).toEqual(inThread);
    expect(b).toEqual(inThread);
  });
});
