/** Story grouping against the dev corpus's stories.json (skips where ../shared is absent). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/core/canonical-url.js';
import { labelArticles, readFeedArticles } from '../../../src/core/pipeline.js';
import { evaluateStories, groupArticles } from '../../../src/core/stories/index.js';

const corpus = new URL('../../../../shared/corpus/dev/', import.meta.url).pathname;
const NOW = new Date('2026-11-26T00:00:00Z');
const key = (link: string) => canonicalUrl(link) ?? link;

if (!existsSync(`${corpus}stories.json`)) console.warn(`skipping dev-corpus story tests: ${corpus}stories.json not found`);

describe.skipIf(!existsSync(`${corpus}stories.json`))('dev corpus stories', () => {
  it('groups the same events across languages without merging different ones', async () => {
    const labelled = [];
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.xml')).sort()) {
      const { articles } = await readFeedArticles(readFileSync(`${corpus}${file}`), { now: NOW });
      labelled.push(...labelArticles(articles));
    }
    const grouped = groupArticles(labelled, NOW);
    const predicted = new Map(labelled.map((l, i) => [key(l.article.link ?? ''), grouped[i]!.story]));
    const gold = JSON.parse(readFileSync(`${corpus}stories.json`, 'utf8')) as { stories: Array<{ id: string; items: string[] }> };
    const labels = JSON.parse(readFileSync(`${corpus}labels.json`, 'utf8')) as { items: Array<{ link: string; lang: string }> };
    const storyOf = new Map(gold.stories.flatMap((s) => s.items.map((l) => [key(l), s.id] as const)));
    const { metrics } = evaluateStories(predicted, { storyOf, langOf: new Map(labels.items.map((l) => [key(l.link), l.lang])) });
    // Reached when this test was written: F1 0.980, 66/71 pairs found, 66/68 formed correct.
    expect(metrics.b3F1).toBeGreaterThanOrEqual(0.95);
    expect(metrics.pairRecall).toBeGreaterThanOrEqual(0.75);
    expect(metrics.pairPrecision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.crossLanguagePairsFound).toBeGreaterThanOrEqual(50);
  });
});
