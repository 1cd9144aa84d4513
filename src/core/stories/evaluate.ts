/** Scores a story grouping against labelled stories: B-cubed and pairwise figures. Pure. */

export interface StoryLabels {
  /** Gold story id per relevant item link. */
  storyOf: Map<string, string>;
  /** Language per link, to count cross-language pairs. */
  langOf: Map<string, string>;
}

export interface StoryMetrics {
  /** Gold-relevant items scored. */
  items: number;
  goldStories: number;
  predictedStories: number;
  b3Precision: number;
  b3Recall: number;
  b3F1: number;
  /** Same-story pairs in the labels, and how many the grouping formed. */
  goldPairs: number;
  pairsFound: number;
  /** Pairs the grouping formed, and how many of them are right. */
  predictedPairs: number;
  pairsCorrect: number;
  pairPrecision: number;
  pairRecall: number;
  crossLanguageGoldPairs: number;
  crossLanguagePairsFound: number;
  /** Predicted stories that merge items of two or more gold stories. */
  mergedStories: number;
}

export interface StoryError {
  kind: 'merged' | 'split';
  /** Links of the items involved, with their gold and predicted story. */
  items: Array<{ link: string; gold: string; predicted: string | null }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Compare predicted stories (a story string per link; null or missing = alone) with the labels,
 * over the gold-relevant items.
 */
export function evaluateStories(predicted: ReadonlyMap<string, string | null>, labels: StoryLabels): { metrics: StoryMetrics; errors: StoryError[] } {
  const links = [...labels.storyOf.keys()];
  const pred = new Map<string, string>();
  for (const link of links) pred.set(link, predicted.get(link) ?? `alone:${link}`);
  const goldGroups = new Map<string, string[]>();
  const predGroups = new Map<string, string[]>();
  for (const link of links) {
    const g = labels.storyOf.get(link)!;
    goldGroups.set(g, [...(goldGroups.get(g) ?? []), link]);
    const p = pred.get(link)!;
    predGroups.set(p, [...(predGroups.get(p) ?? []), link]);
  }
  let p = 0;
  let r = 0;
  for (const link of links) {
    const gold = goldGroups.get(labels.storyOf.get(link)!)!;
    const mine = predGroups.get(pred.get(link)!)!;
    const both = mine.filter((x) => labels.storyOf.get(x) === labels.storyOf.get(link)).length;
    p += both / mine.length;
    r += both / gold.length;
  }
  const n = links.length;
  const b3Precision = n ? p / n : 1;
  const b3Recall = n ? r / n : 1;
  let goldPairs = 0;
  let pairsFound = 0;
  let predictedPairs = 0;
  let pairsCorrect = 0;
  let crossGold = 0;
  let crossFound = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = links[i]!;
      const b = links[j]!;
      const sameGold = labels.storyOf.get(a) === labels.storyOf.get(b);
      const samePred = pred.get(a) === pred.get(b);
      const cross = labels.langOf.get(a) !== labels.langOf.get(b);
      if (sameGold) {
        goldPairs++;
        if (cross) crossGold++;
        if (samePred) {
          pairsFound++;
          if (cross) crossFound++;
        }
      }
      if (samePred) {
        predictedPairs++;
        if (sameGold) pairsCorrect++;
      }
    }
  }
  const errors: StoryError[] = [];
  let mergedStories = 0;
  for (const members of predGroups.values()) {
    const golds = new Set(members.map((m) => labels.storyOf.get(m)));
    if (golds.size > 1) {
      mergedStories++;
      errors.push({ kind: 'merged', items: members.map((m) => ({ link: m, gold: labels.storyOf.get(m)!, predicted: predicted.get(m) ?? null })) });
    }
  }
  for (const [gold, members] of goldGroups) {
    const preds = new Set(members.map((m) => pred.get(m)));
    if (preds.size > 1) errors.push({ kind: 'split', items: members.map((m) => ({ link: m, gold, predicted: predicted.get(m) ?? null })) });
  }
  return {
    metrics: {
      items: n,
      goldStories: goldGroups.size,
      predictedStories: predGroups.size,
      b3Precision,
      b3Recall,
      b3F1: b3Precision + b3Recall === 0 ? 0 : (2 * b3Precision * b3Recall) / (b3Precision + b3Recall),
      goldPairs,
      pairsFound,
      predictedPairs,
      pairsCorrect,
      pairPrecision: ratio(pairsCorrect, predictedPairs),
      pairRecall: ratio(pairsFound, goldPairs),
      crossLanguageGoldPairs: crossGold,
      crossLanguagePairsFound: crossFound,
      mergedStories,
    },
    errors,
  };
}

/** Story figures as a few readable lines (beside the relevance table of `troika eval`). */
export function formatStoryReport(m: StoryMetrics): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `stories: ${m.items} relevant items, ${m.goldStories} labelled stories, ${m.predictedStories} predicted`,
    `B-cubed precision ${f(m.b3Precision)}  recall ${f(m.b3Recall)}  F1 ${f(m.b3F1)}`,
    `pairs: ${m.pairsFound}/${m.goldPairs} found (recall ${f(m.pairRecall)}), ${m.pairsCorrect}/${m.predictedPairs} formed correct (precision ${f(m.pairPrecision)})`,
    `cross-language pairs found: ${m.crossLanguagePairsFound}/${m.crossLanguageGoldPairs}; predicted stories merging different events: ${m.mergedStories}`,
  ].join('\n');
}
