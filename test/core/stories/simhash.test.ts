/**
 * simhash counts bits eight at a time; it must give exactly what counting bit by bit gave (stored
 * story_features and near-duplicate matching depend on every bit).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFeed } from '../../../src/core/pipeline.js';
import { simhash } from '../../../src/core/stories/features.js';

/** The previous implementation, bit by bit, as the reference. */
function referenceSimhash(text: string, shingle = 4): string {
  const hash64 = (str: string): [number, number] => {
    let h1 = 0x811c9dc5;
    let h2 = 0xcbf29ce4;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x0100019d) >>> 0;
      h2 = (h2 ^ (h1 >>> 13)) >>> 0;
    }
    return [h1, h2];
  };
  const s = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const counts = new Array<number>(64).fill(0);
  if (s.length === 0) return '0'.repeat(16);
  const n = Math.max(1, s.length - shingle + 1);
  for (let i = 0; i < n; i++) {
    const [a, b] = hash64(s.slice(i, i + shingle));
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (a >>> bit) & 1 ? 1 : -1;
      counts[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) lo |= 1 << bit;
    if (counts[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

describe('simhash', () => {
  it('matches the bit-by-bit reference on edge cases', () => {
    const cases = ['', ' ', '!!!', 'a', 'ab', 'abc', 'abcd', 'abcde', '中国', '华为发布新一代昇腾芯片', 'Ünïcödé ß straße', '😀 emoji 😀 pairs', 'x'.repeat(254), 'x'.repeat(258), 'xy'.repeat(600)];
    // Lengths around the 255-hash boundary where the byte counters are emptied, on varied text.
    const varied = Array.from({ length: 1200 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join('');
    for (const len of [250, 255, 256, 257, 258, 259, 509, 510, 511, 512, 513, 1200]) cases.push(varied.slice(0, len));
    for (const text of cases) expect(simhash(text), JSON.stringify(text.slice(0, 20))).toBe(referenceSimhash(text));
    expect(simhash('abcdefgh', 2)).toBe(referenceSimhash('abcdefgh', 2));
  });

  it('matches the reference on every fixture corpus item (headline and lead, as storyFeatures hashes them)', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
    let compared = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
      const analysis = await analyzeFeed(readFileSync(join(dir, file)), { now: new Date('2026-11-26T06:00:00Z'), maxItems: 500 });
      for (const { article } of analysis.labelled) {
        const text = `${article.title}\n${article.text.slice(0, 700)}`;
        expect(simhash(text), article.title).toBe(referenceSimhash(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
