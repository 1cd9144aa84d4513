import { describe, expect, it } from 'vitest';
import { buildSearchQuery, indexAliases, searchAliasGroups, searchRoots, searchText, tokenizeQuery } from '../../../src/core/search/index.js';
import { stemEnglish, stemIndonesian, stemRussian } from '../../../src/core/search/stem.js';

const aliases = indexAliases(searchAliasGroups());

describe('search text', () => {
  it('spells Han runs as bigrams, folds traditional to simplified and ё to е, stems words in place', () => {
    expect(searchText('俄羅斯與華為')).toContain('俄罗 罗斯 斯与 与华 华为 为');
    expect(searchText('Ещё нейросетей, chips!')).toBe('еще нейросет, chip!');
    expect(searchText('AI芯片').split(/\s+/).filter(Boolean)).toEqual(['ai', '芯片', '片']);
  });

  it('keeps Indonesian roots in the roots columns only for Indonesian stories', () => {
    expect(searchRoots('Pengembangan kecerdasan buatan', 'id').split(' ')).toEqual(expect.arrayContaining(['kembang', 'cerdas']));
    expect(searchRoots('Pengembangan kecerdasan buatan', 'en')).toBe('');
  });
});

describe('stemmers', () => {
  it.each([
    ['нейросети', 'нейросет'], ['нейросетей', 'нейросет'], ['нейросетями', 'нейросет'], ['России', 'росс'], ['Россия', 'росс'], ['ИИ', 'ии'],
  ])('Russian %s → %s', (word, stem) => expect(stemRussian(word)).toBe(stem));

  it.each([
    ['pengembangan', 'kembang'], ['mengembangkan', 'kembang'], ['berkembang', 'kembang'], ['dikembangkan', 'kembang'],
    ['memperkuat', 'kuat'], ['kerjasama', 'kerjasama'], ['menyerang', 'serang'], ['pemerintahnya', 'perintah'],
  ])('Indonesian %s has the root %s', (word, root) => expect(stemIndonesian(word)).toContain(root));

  it.each([['sanctions', 'sanction'], ['chips', 'chip'], ['companies', 'company'], ['us', 'us'], ['training', 'train']])('English %s → %s', (w, s) => expect(stemEnglish(w)).toBe(s));
});

describe('buildSearchQuery', () => {
  it('quotes every term, so operators and syntax in the input are plain words', () => {
    for (const input of ['"NEAR(', 'a OR b', 'title:foo', '(x) AND NOT y', 'chip*', '^start', '{body stems}: x', "it's \"quoted\""]) {
      const query = buildSearchQuery(input, aliases)!;
      // Outside the quoted strings only our own operators and column names remain.
      const outside = query.match.replace(/"(?:[^"]|"")*"/g, '');
      expect(outside).toMatch(/^(?:\s|\(|\)|\*|AND|OR|\{title body\} :|\{title_roots body_roots\} :)*$/);
    }
  });

  it('returns null when nothing searchable is left', () => {
    expect(buildSearchQuery('* " ( ) :', aliases)).toBeNull();
    expect(buildSearchQuery('- + : ,', aliases)).toBeNull();
    expect(buildSearchQuery('', aliases)).toBeNull();
  });

  it('expands country names across languages and scripts', () => {
    const match = buildSearchQuery('Russia', aliases)!.match;
    for (const form of ['"russia"', '"rusia"', '"росс"', '"российск"', '"俄罗 罗斯"', '"中俄"']) expect(match).toContain(form);
    expect(match).not.toContain('*');
    // Typed in another language or form, the same group.
    expect(buildSearchQuery('России', aliases)!.match).toBe(match);
    expect(buildSearchQuery('俄羅斯', aliases)!.match).toBe(match);
  });

  it('reads multi-word names as one term and cuts Chinese runs at known names', () => {
    expect(buildSearchQuery('United States chips', aliases)!.terms).toEqual(['united states', 'chips']);
    expect(buildSearchQuery('华为芯片', aliases)!.terms).toEqual(['华为', '芯片']);
    expect(buildSearchQuery('华为芯片', aliases)!.match).toContain('"huawei"');
  });

  it('looks up titles only in the title query', () => {
    const query = buildSearchQuery('pengembangan', aliases)!;
    expect(query.titleMatch).toContain('title : "pengembangan" OR title_roots : ');
    expect(query.titleMatch).toContain('title_roots : "kembang"');
    expect(query.titleMatch).not.toMatch(/body/);
  });

  it('splits words the way the index does', () => {
    expect(tokenizeQuery('Nvidia\'s H20, 芯片!')).toEqual(['nvidia', 's', 'h20', '芯片']);
  });
});
