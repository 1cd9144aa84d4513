import { describe, expect, it } from 'vitest';
import { evaluateStories } from '../../../src/core/stories/evaluate.js';

const labels = {
  storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1'], ['d', 's2'], ['e', 's3']]),
  langOf: new Map([['a', 'en'], ['b', 'ru'], ['c', 'en'], ['d', 'en'], ['e', 'zh']]),
};

describe('evaluateStories', () => {
  it('a perfect grouping scores 1 everywhere', () => {
    const { metrics } = evaluateStories(new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y'], ['e', 'z']]), labels);
    expect(metrics).toMatchObject({ b3Precision: 1, b3Recall: 1, b3F1: 1, goldPairs: 3, pairsFound: 3, pairPrecision: 1, crossLanguageGoldPairs: 2, crossLanguagePairsFound: 2, mergedStories: 0 });
  });

  it('every item alone: precision 1, pairwise recall 0; null and missing count as alone', () => {
    const { metrics } = evaluateStories(new Map([['a', null]]), labels);
    expect(metrics.b3Precision).toBe(1);
    expect(metrics.b3Recall).toBeCloseTo((1 / 3 + 1 / 3 + 1 / 3 + 1 + 1) / 5);
    expect(metrics.pairsFound).toBe(0);
    expect(metrics.pairRecall).toBe(0);
  });

  it('a merge of two events is counted and listed', () => {
    const { metrics, errors } = evaluateStories(new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'x'], ['e', 'z']]), labels);
    expect(metrics.mergedStories).toBe(1);
    expect(metrics.predictedPairs).toBe(6);
    expect(metrics.pairsCorrect).toBe(3);
    expect(errors.find((e) => e.kind === 'merged')?.items.map((i) => i.link).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
