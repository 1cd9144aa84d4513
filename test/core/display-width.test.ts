import { describe, expect, it } from 'vitest';
import { clipToWidth, displayWidth, padToWidth } from '../../src/core/display-width.js';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'Reuters Tech', 12],
    ['Cyrillic and Latin with accents are narrow', 'Ведомости Café', 14],
    ['CJK ideographs are wide', '新华网科技', 10],
    ['traditional Chinese, kana and Hangul are wide', '輝達かなカナ한국', 16],
    ['fullwidth forms are wide', 'ＡＩ１２', 8],
    ['halfwidth katakana is narrow', 'ｶﾀｶﾅ', 4],
    ['a combining mark takes no column', 'e\u0301te\u0301', 3],
    ['zero-width space, ZWJ and soft hyphen take none', 'a\u200Bb\u200Dc\u00AD', 3],
    ['emoji take two', '🔴🟢', 4],
    ['an emoji with a skin tone is one wide character', '👍🏽', 2],
    ['a ZWJ family is one wide character', '👨‍👩‍👧', 2],
    ['a flag is one wide character', '🇨🇳🇷🇺', 4],
    ['a text-style symbol made emoji by VS16 is wide', '❤️', 2],
    ['the same symbol without VS16 is narrow', '❤', 1],
    ['a keycap is wide', '1️⃣', 2],
    ['control characters take none', 'a\u0007b', 2],
    ['the empty string', '', 0],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('padToWidth and clipToWidth', () => {
  it('pads by columns, not by UTF-16 units', () => {
    expect(padToWidth('新华', 6)).toBe('新华  ');
    expect(padToWidth('ab', 6)).toBe('ab    ');
    expect(padToWidth('too wide', 3)).toBe('too wide');
  });

  it('clips to at most the given columns, between characters, with an ellipsis', () => {
    expect(clipToWidth('新华网科技新闻', 7)).toBe('新华网…');
    expect(displayWidth(clipToWidth('新华网科技新闻', 7))).toBeLessThanOrEqual(7);
    expect(clipToWidth('short', 10)).toBe('short');
    expect(clipToWidth('🇨🇳🇷🇺🇺🇸', 5)).toBe('🇨🇳🇷🇺…');
    expect(clipToWidth('abcdef', 4)).toBe('abc…');
    expect(clipToWidth('abc', 0)).toBe('');
    // Never a lone surrogate or a mark without its letter.
    for (let max = 1; max <= 12; max++) {
      const clipped = clipToWidth('a👍🏽b新e\u0301🇨🇳xyz', max);
      expect(clipped, 'no lone surrogate').not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(displayWidth(clipped)).toBeLessThanOrEqual(max);
    }
  });
});
