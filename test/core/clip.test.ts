import { describe, expect, it } from 'vitest';
import { clipText, graphemeBoundaryBefore, hasLoneSurrogate, truncateText } from '../../src/core/clip.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (s: string) => [...segmenter.segment(s)].map((x) => x.segment);

const SAMPLES = [
  'AI 🤖 talks 🇨🇳🇺🇸🇷🇺 resume',
  '👨‍👩‍👧‍👦 family, 👍🏽 thumbs, é (e + U+0301)',
  '中美人工智能合作与竞争：芯片出口管制🇨🇳继续',
  '𠀀𠀁𠀂 astral CJK and 한국어 조합',
  'Россия 🇷🇺 и Китай 🇨🇳 — ИИ',
];

describe('grapheme-safe clipping', () => {
  for (const sample of SAMPLES) {
    it(`never splits a character: ${sample.slice(0, 12)}`, () => {
      const parts = clusters(sample);
      for (let max = 0; max <= sample.length + 1; max++) {
        const truncated = truncateText(sample, max);
        expect(truncated.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(truncated)).toBe(false);
        // A whole number of leading clusters, and the longest that fits.
        const kept = clusters(truncated);
        expect(kept).toEqual(parts.slice(0, kept.length));
        if (kept.length < parts.length) expect(truncated.length + parts[kept.length]!.length).toBeGreaterThan(max);

        const clipped = clipText(sample, max);
        expect(clipped.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(clipped)).toBe(false);
        if (max >= sample.length) expect(clipped).toBe(sample);
        else if (max > 1) {
          expect(clipped.endsWith('…')).toBe(true);
          expect(sample.startsWith(clipped.slice(0, -1))).toBe(true);
        }
        expect(graphemeBoundaryBefore(sample, max)).toBe(Math.min(sample.length, truncated.length));
      }
    });
  }

  it('the old UTF-16 cut would have split these (the test can fail)', () => {
    const flag = '🇨🇳';
    expect(hasLoneSurrogate(flag.slice(0, 1))).toBe(true);
    expect(truncateText(`ab${flag}`, 3)).toBe('ab');
    expect(truncateText(`ab${flag}`, 5)).toBe('ab'); // half a flag (one regional indicator) is not kept
  });

  it('cuts at a word when asked, and long clusters fall back to code points', () => {
    expect(clipText('the quick brown fox jumps', 20, { atWord: true })).toBe('the quick brown fox…');
    const zalgo = 'a' + '\u0301'.repeat(200);
    const cut = truncateText(zalgo, 150);
    expect(cut.length).toBeLessThanOrEqual(150);
    expect(hasLoneSurrogate(cut)).toBe(false);
  });
});

describe('every cut in the pipeline and in replies is grapheme-safe', () => {
  it('normalize, summarize and compose keep emoji and flags whole at their limits', async () => {
    const { normalizeItem } = await import('../../src/core/normalize.js');
    const { summarizeArticle } = await import('../../src/core/summarize.js');
    const { composeStory } = await import('../../src/core/compose.js');
    for (let pad = 0; pad < 4; pad++) {
      const title = 'a'.repeat(497 + pad) + '🇨🇳🇺🇸'.repeat(5);
      const text = 'b'.repeat(19_997 + pad) + '👨‍👩‍👧‍👦'.repeat(5);
      const article = normalizeItem({ guid: 'x', link: null, title, content: text, summary: null, date: null, author: null, categories: [], source: null }, { now: new Date(0) });
      expect(hasLoneSurrogate(article.title) || hasLoneSurrogate(article.text)).toBe(false);
      const summary = summarizeArticle({ title: 't', text: 'c'.repeat(277 + pad) + '🤖🤖🤖 more words here.', lang: 'en' });
      expect(hasLoneSurrogate(summary)).toBe(false);
      const story = composeStory({ title: 'd'.repeat(297 + pad) + '🇷🇺🇷🇺', url: null, source: 'e'.repeat(77 + pad) + '🇺🇸🇺🇸', summary: 'f'.repeat(317 + pad) + '🤖🤖', stance: null, countries: [] }, (key) => key);
      expect(hasLoneSurrogate(story)).toBe(false);
    }
  });
});
