import { describe, expect, it } from 'vitest';
import { evaluate, formatErrors, formatReport, pairLabels } from '../../../src/core/classify/evaluate.js';
import type { LabelItem, Prediction } from '../../../src/core/classify/evaluate.js';
import { chineseScriptOf } from '../../../src/core/classify/han-script.js';

const L = (link: string, lang: string, relevant: boolean, countries: string[] = [], stance: string | null = null): LabelItem =>
  ({ link, lang, relevant, countries, stance });
const P = (link: string, lang: string, relevant: boolean, countries: string[] = [], stance: string | null = null): Prediction =>
  ({ link, lang, relevant, countries, stance, title: `title ${link}` });

const labels: LabelItem[] = [
  L('a', 'en', true, ['CN', 'US'], 'competition'), // tp, countries ok, stance ok
  L('b', 'en', true, ['CN', 'RU'], 'cooperation'), // tp, countries wrong, stance wrong
  L('c', 'en', true, ['RU', 'US'], 'competition'), // fn
  L('d', 'en', false), // fp
  L('e', 'ru', false), // tn
  L('f', 'ru', true, ['CN', 'RU'], 'mixed'), // tp, all ok
  L('g', 'zh', false), // no prediction
];
const predictions: Prediction[] = [
  P('a', 'en', true, ['US', 'CN'], 'competition'),
  P('b', 'en', true, ['CN', 'RU', 'US'], 'mixed'),
  P('c', 'en', false),
  P('d', 'en', true, ['CN', 'US'], 'competition'),
  P('e', 'ru', false),
  P('f', 'ru', true, ['CN', 'RU'], 'mixed'),
];

describe('evaluate', () => {
  const r = evaluate(predictions, labels);

  it.each([
    ['tp', 3], ['fp', 1], ['fn', 1], ['tn', 1], ['items', 6], ['labelledRelevant', 4], ['countriesCorrect', 2], ['stanceCorrect', 2],
  ] as const)('overall %s = %d', (key, value) => {
    expect(r.overall[key]).toBe(value);
  });

  it('computes precision, recall, F1 and accuracies', () => {
    expect(r.overall.precision).toBeCloseTo(0.75);
    expect(r.overall.recall).toBeCloseTo(0.75);
    expect(r.overall.f1).toBeCloseTo(0.75);
    expect(r.overall.countriesAccuracy).toBeCloseTo(0.5);
    expect(r.overall.stanceAccuracy).toBeCloseTo(0.5);
  });

  it.each([
    ['en', 2, 1, 1, 2 / 3],
    ['ru', 1, 0, 0, 1],
  ])('per language %s: tp %d fp %d fn %d f1 %f', (lang, tp, fp, fn, f1) => {
    const m = r.byLang[lang]!;
    expect([m.tp, m.fp, m.fn]).toEqual([tp, fp, fn]);
    expect(m.f1).toBeCloseTo(f1);
  });

  it('lists wrong items with their kinds and reports missing labels', () => {
    expect(r.wrong.map((w) => [w.link, w.kinds])).toEqual([
      ['b', ['countries', 'stance']],
      ['c', ['false-negative']],
      ['d', ['false-positive']],
    ]);
    expect(r.missing).toEqual(['g']);
  });

  it('formats a table and an error report', () => {
    const table = formatReport(r);
    expect(table).toMatch(/^lang\s+items/);
    expect(table).toMatch(/\nall\s+6\s+3\s+1\s+1\s+0\.750\s+0\.750\s+0\.750\s+4\s+0\.500\s+0\.500/);
    const errors = formatErrors(r);
    expect(errors).toContain('expected: relevant [CN,RU] cooperation');
    expect(errors).toContain('got:      relevant [CN,RU,US] mixed');
    expect(errors).toContain('? no item found for label g');
  });

  it('treats an empty language as perfect rather than dividing by zero', () => {
    const e = evaluate([P('x', 'id', false)], [L('x', 'id', false)]);
    expect(e.byLang.id).toMatchObject({ f1: 1, countriesAccuracy: 1, stanceAccuracy: 1 });
  });

  it('reports Chinese items by script, each also counted under zh', () => {
    const zhLabels = [L('s1', 'zh', true, ['CN', 'US'], 'competition'), L('t1', 'zh', true, ['CN', 'US'], 'competition'), L('t2', 'zh', false)];
    const zhPredictions: Prediction[] = [
      { ...P('s1', 'zh', true, ['CN', 'US'], 'competition'), script: 'hans' },
      { ...P('t1', 'zh', false), script: 'hant' },
      { ...P('t2', 'zh', true, ['CN', 'US'], 'competition'), script: 'hant' },
    ];
    const e = evaluate(zhPredictions, zhLabels);
    expect(Object.keys(e.byScript)).toEqual(['zh-Hans', 'zh-Hant']);
    expect(e.byScript['zh-Hans']).toMatchObject({ items: 1, tp: 1, f1: 1 });
    expect(e.byScript['zh-Hant']).toMatchObject({ items: 2, tp: 0, fp: 1, fn: 1 });
    expect(e.byLang.zh).toMatchObject({ items: 3, tp: 1, fp: 1, fn: 1 });
    expect(formatReport(e)).toMatch(/\nzh\s+3[^\n]*\n zh-Hans\s+1[^\n]*\n zh-Hant\s+2/);
  });
});

describe('chineseScriptOf', () => {
  it.each([
    ['美國與中國的晶片出口管制', 'hant'],
    ['美国与中国的芯片出口管制', 'hans'],
    ['Nvidia H20', null],
    ['中美人工智能', null],
  ] as const)('%s → %s', (text, script) => {
    expect(chineseScriptOf(text)).toBe(script);
  });
});

describe('pairLabels', () => {
  const key = (link: string): string => link.replace(/\?.*$/, '').toLowerCase();

  it('pairs by canonical link, each article once', () => {
    const labels = [{ link: 'https://a.example/1?utm_source=rss' }, { link: 'https://a.example/2' }];
    const articles = [{ url: 'https://A.example/2', n: 2 }, { url: 'https://a.example/1', n: 1 }];
    expect(pairLabels(labels, articles, key).map(([l, a]) => [l.link, a.n])).toEqual([['https://a.example/1?utm_source=rss', 1], ['https://a.example/2', 2]]);
  });

  it('pairs links the pipeline rewrote in feed order when the counts of the rest agree', () => {
    const labels = [{ link: 'https://a.example/1' }, { link: 'https://news.example/redirect?x=2' }, { link: 'https://news.example/redirect?x=3' }];
    const articles = [{ url: 'https://a.example/1', n: 1 }, { url: 'https://b.example/two', n: 2 }, { url: null, n: 3 }];
    expect(pairLabels(labels, articles, key).map(([, a]) => a.n)).toEqual([1, 2, 3]);
  });

  it('leaves the rest unpaired when the counts differ', () => {
    const labels = [{ link: 'https://x.example/1' }, { link: 'https://x.example/2' }];
    const articles = [{ url: 'https://y.example/1' }];
    expect(pairLabels(labels, articles, key)).toEqual([]);
  });
});
