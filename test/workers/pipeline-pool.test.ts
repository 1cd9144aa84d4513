import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeFeed } from '../../src/core/pipeline.js';
import { createLogger } from '../../src/logger.js';
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

  it("reports a document's own failure as that document's error", async () => {
    pool = createPipelinePool(1, createLogger('silent'));
    await expect(pool.analyze(Buffer.from('<!doctype html><html><body>no</body></html>'), opts)).rejects.toThrow(/HTML page/);
    // The pool still works afterwards.
    expect((await pool.analyze(fixture, opts)).labelled).toHaveLength(3);
  });
});
