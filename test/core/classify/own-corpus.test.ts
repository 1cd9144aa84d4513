import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/core/canonical-url.js';
import { classifyArticle } from '../../../src/core/classify/index.js';
import { evaluate, formatErrors, formatReport, pairLabels } from '../../../src/core/classify/evaluate.js';
import type { EvalReport, LabelItem, Prediction } from '../../../src/core/classify/evaluate.js';
import { readFeedArticles } from '../../../src/core/pipeline.js';

// The repository's own labelled corpus (test/fixtures/corpus, built by build.ts), evaluated the way
// `troika eval` does it: feed bytes → pipeline → classifier → evaluate. CI guards the classifier with it.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const DIR = path.join(FIXTURES, 'corpus');

// Floors: the targets for held-out text (issue 10), raised to what this corpus reaches (rounded down).
const TARGET = { f1: 0.95, f1PerLang: 0.9, countries: 0.92, stance: 0.82 };
const FLOOR = {
  f1: Math.max(TARGET.f1, 0.99),
  f1PerLang: { en: 0.99, id: 0.99, ru: 0.99, zh: 0.99 } as Record<string, number>,
  countries: Math.max(TARGET.countries, 0.99),
  stance: Math.max(TARGET.stance, 0.98),
};

const linkKey = (link: string): string => canonicalUrl(link) ?? link.trim();

async function runCorpus(dir = DIR, now = new Date('2026-07-01T00:00:00Z')): Promise<EvalReport> {
  const labels = (JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as { items: Array<LabelItem & { feed: string }> }).items;
  const predictions: Prediction[] = [];
  for (const feed of [...new Set(labels.map((l) => l.feed))]) {
    const { articles } = await readFeedArticles(readFileSync(path.join(dir, feed)), { now });
    // Paired as `troika eval` pairs them.
    for (const [label, a] of pairLabels(labels.filter((l) => l.feed === feed), articles, linkKey)) {
      const c = classifyArticle({ title: a.title, text: a.text, lang: a.lang });
      predictions.push({ link: label.link, lang: a.lang, relevant: c.relevant, countries: c.countries, stance: c.stance, evidence: c.evidence, title: a.title });
    }
  }
  return evaluate(predictions, labels);
}

describe('own labelled corpus (test/fixtures/corpus)', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runCorpus();
  });
  const explain = (): string => `${formatReport(report)}\n\n${formatErrors(report)}`;

  it('pairs every label with a feed item, in all four languages', () => {
    expect(report.missing).toEqual([]);
    expect(report.overall.items).toBeGreaterThanOrEqual(100);
    expect(Object.keys(report.byLang)).toEqual(['en', 'id', 'ru', 'zh']);
  });

  it('relevance F1 overall', () => {
    expect(report.overall.f1, explain()).toBeGreaterThanOrEqual(FLOOR.f1);
  });

  it.each(['en', 'id', 'ru', 'zh'])('relevance F1 in %s', (lang) => {
    expect(report.byLang[lang]!.f1, explain()).toBeGreaterThanOrEqual(Math.max(TARGET.f1PerLang, FLOOR.f1PerLang[lang]!));
  });

  it('exact country sets of relevant items', () => {
    expect(report.overall.countriesAccuracy, explain()).toBeGreaterThanOrEqual(FLOOR.countries);
  });

  it('stance of relevant items', () => {
    expect(report.overall.stanceAccuracy, explain()).toBeGreaterThanOrEqual(FLOOR.stance);
  });
});

// The blind rounds (test/fixtures/blind, see its README): each written apart from the code from the labelling rules
// alone, scored once before any tuning, then used as tuning material. Pooled, they guard against losing what was
// learnt from them; the floors sit a little under what they reach (rounded down), not at the held-out targets.
// Rounds 15-20 (real-news style, harder) joined on 2026-12-01: pooled stance went from 0.92 to 0.90 with them, so its
// floor was 0.89 (the figure it guards is what the pool reaches, not the easier pool before them). Rounds 21-26 joined
// the same day; the pool of 24 rounds reaches F1 0.980, precision 0.981, countries 0.964, stance 0.910, so the stance
// floor is now 0.90.
const ROUNDS = readdirSync(path.join(FIXTURES, 'blind')).filter((d) => d.startsWith('round')).sort();
const POOLED_FLOOR = { f1: 0.975, precision: 0.98, countries: 0.96, stance: 0.91 };

describe('blind rounds, pooled (test/fixtures/blind)', () => {
  let reports: Array<[string, EvalReport]>;
  beforeAll(async () => {
    reports = [];
    for (const round of ROUNDS) reports.push([round, await runCorpus(path.join(FIXTURES, 'blind', round), new Date('2026-12-01T00:00:00Z'))]);
  });
  const sum = (key: 'tp' | 'fp' | 'fn' | 'labelledRelevant' | 'countriesCorrect' | 'stanceCorrect'): number => reports.reduce((n, [, r]) => n + r.overall[key], 0);
  const explain = (): string => reports.map(([round, r]) => `${round}\n${formatReport(r)}\n${formatErrors(r)}`).join('\n\n');

  it('pairs every label with a feed item in every round', () => {
    expect(ROUNDS.length).toBeGreaterThanOrEqual(10);
    for (const [round, r] of reports) expect(r.missing, round).toEqual([]);
  });

  it('relevance: F1 and precision', () => {
    const precision = sum('tp') / (sum('tp') + sum('fp'));
    const recall = sum('tp') / (sum('tp') + sum('fn'));
    expect((2 * precision * recall) / (precision + recall), explain()).toBeGreaterThanOrEqual(POOLED_FLOOR.f1);
    expect(precision, explain()).toBeGreaterThanOrEqual(POOLED_FLOOR.precision);
  });

  it('country sets and stance of labelled-relevant items', () => {
    expect(sum('countriesCorrect') / sum('labelledRelevant'), explain()).toBeGreaterThanOrEqual(POOLED_FLOOR.countries);
    expect(sum('stanceCorrect') / sum('labelledRelevant'), explain()).toBeGreaterThanOrEqual(POOLED_FLOOR.stance);
  });
});
