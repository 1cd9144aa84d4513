/** Compact rows from the workers: what the main thread rebuilds is exactly what the worker analysed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFeed, type FeedAnalysis } from '../../src/core/pipeline.js';
import { fromWire, toWire } from '../../src/workers/analysis-wire.js';

const now = new Date('2026-11-26T06:00:00Z');
const roundTrip = (a: FeedAnalysis) => fromWire(structuredClone(toWire(a)));

describe('analysis wire rows', () => {
  it('round-trips every corpus feed exactly (same keys, dates as Dates, prepared only where it was)', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'corpus');
    let items = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
      const analysis = await analyzeFeed(readFileSync(join(dir, file)), { now, maxItems: 500 });
      const back = roundTrip(analysis);
      expect(back, file).toStrictEqual(analysis);
      back.labelled.forEach((l, i) => expect(Object.keys(l.article)).toEqual(Object.keys(analysis.labelled[i]!.article)));
      items += analysis.labelled.length;
    }
    expect(items).toBeGreaterThan(50);
  });

  it('keeps nulls, missing dates, an empty feed and strings JSON finds awkward', () => {
    const analysis: FeedAnalysis = {
      title: null, link: null, language: null, known: 3, readableItems: 4, dropped: 1, newest: null,
      labelled: [{
        article: { itemKey: 'g:"quoted"\\', dedupeKey: 'd', link: null, url: null, title: 'lone \ud800 surrogate \u2028 line', text: '', lang: 'zh', publishedAt: null, author: null, source: null },
        classification: { relevant: false, score: 0.1234567890123, countries: [], stance: null, topics: [], evidence: { ai: [], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: [] } },
        summary: '',
      }],
    };
    expect(roundTrip(analysis)).toStrictEqual(analysis);
    expect(roundTrip({ ...analysis, labelled: [], newest: new Date(0) })).toStrictEqual({ ...analysis, labelled: [], newest: new Date(0) });
  });

  it('is one string of rows, not an object per item', async () => {
    const analysis = await analyzeFeed(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'en-wire.xml')), { now, maxItems: 500 });
    const wire = toWire(analysis);
    expect(typeof wire.rows).toBe('string');
    expect(Object.values(wire).filter((v) => typeof v === 'object' && v !== null)).toEqual([]);
  });
});
