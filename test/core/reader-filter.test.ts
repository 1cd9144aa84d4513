import { describe, expect, it } from 'vitest';
import { applyReaderFilter, checkMutedWord, compileReaderFilter, foldForMatch, MAX_MUTED_WORDS, parseTopics } from '../../src/core/reader-filter.js';
import type { Topic } from '../../src/core/types.js';

const story = (title: string, summary = '', topics: Topic[] = ['business']) => ({ title, summary, topics });

describe('foldForMatch', () => {
  it.each([
    ['Café', 'cafe'],
    ['ÉLYSÉE', 'elysee'],
    ['Ёлка', 'елка'],
    ['ＡＩ Ｃｈｉｐｓ', 'ai chips'],
    ['İstanbul', 'istanbul'],
    ['芯片', '芯片'],
  ])('%s → %s', (input, folded) => {
    expect(foldForMatch(input)).toBe(folded);
  });
});

describe('muted words', () => {
  it.each([
    ['crypto', 'Crypto miners buy Nvidia chips', false],
    ['crypto', 'Cryptography export rules', true], // whole words only in spaced scripts
    ['ai', 'Beijing said the talks went well', true],
    ['AI', 'China and US hold AI talks', false],
    ['huawei', 'HUAWEI unveils Ascend chip', false],
    ['sberbank', 'Сбербанк и Sberbank: GigaChat', false],
    ['сбербанк', 'СБЕРБАНК открыл лабораторию', false],
    ['ёж', 'Проект «Еж» в Сколково', false],
    ['café', 'Cafe owners use AI', false],
    ['比特币', '美国对比特币矿机加征关税', false], // Chinese: inside longer text
    ['export controls', 'New export   controls on chips', true], // a phrase matches as written (single spaces)
    ['export controls', 'US tightens export controls on chips', false],
    ['Nvidia', 'Microsoft results', true],
  ])('mute %s in “%s” → shown %s', (word, title, shown) => {
    expect(compileReaderFilter({ topics: [], mutedWords: [word] })(story(title))).toBe(shown);
  });

  it('looks at the summary too', () => {
    expect(compileReaderFilter({ topics: [], mutedWords: ['tariffs'] })(story('Chips news', 'New tariffs announced'))).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(41), 'too-long'],
    ['!!!', 'no-letters'],
    ['CRYPTO', 'duplicate'],
    ['Crypto', 'duplicate'],
  ])('refuses “%s” (%s)', (input, reason) => {
    expect(checkMutedWord(input, ['crypto'])).toEqual({ ok: false, reason });
  });

  it('accepts up to 20 words, and cleans spaces and markup characters', () => {
    expect(checkMutedWord('  big   <b>tech</b> ', [])).toEqual({ ok: true, word: 'big b tech /b' });
    const full = Array.from({ length: MAX_MUTED_WORDS }, (_, i) => `w${i}`);
    expect(checkMutedWord('another', full)).toEqual({ ok: false, reason: 'full' });
    expect(checkMutedWord('另一个', full.slice(1))).toEqual({ ok: true, word: '另一个' });
  });
});

describe('topics', () => {
  it('keeps only stories on the followed topics; all when none chosen', () => {
    const stories = [story('a', '', ['military']), story('b', '', ['business', 'research']), story('c', '', [])];
    expect(applyReaderFilter(stories, { topics: ['military', 'research'], mutedWords: [] })).toEqual({ shown: [stories[0], stories[1]], hidden: 1 });
    expect(applyReaderFilter(stories, { topics: [], mutedWords: [] })).toEqual({ shown: stories, hidden: 0 });
  });

  it.each([
    ['all', { ok: true, topics: [] }],
    ['chips, military', { ok: true, topics: ['chips-export-controls', 'military'] }],
    ['MILITARY research', { ok: true, topics: ['military', 'research'] }],
    ['governance-safety', { ok: true, topics: ['governance-safety'] }],
    ['chips, weather', { ok: false, unknown: ['weather'] }],
  ])('parses “%s”', (input, expected) => {
    expect(parseTopics(input)).toEqual(expected);
  });
});
