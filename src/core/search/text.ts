import * as OpenCC from 'opencc-js/t2cn';
import { stemEnglish, stemIndonesian, stemRussian } from './stem.js';

/**
 * What the full-text index stores for a story, and how a query word is read the same way. The
 * SQLite tokenizer (unicode61, diacritics removed) splits on spaces and punctuation and folds
 * case; this module does what it cannot: Chinese has no spaces (so runs of Han characters become
 * overlapping bigrams), traditional and simplified forms are one (俄羅斯 = 俄罗斯), and ё = е.
 */

/** Longest text indexed per story: titles and leads carry what readers search for. */
export const MAX_INDEXED_CHARS = 6000;

// Built on first use: the converter's dictionary takes a moment, and start-up should not pay for it.
let converter: ((text: string) => string) | null = null;
const toSimplified = (text: string) => (converter ??= OpenCC.Converter({ from: 'twp', to: 'cn' }))(text);
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Overlapping bigrams of a run of Han characters, plus its last character alone, so any substring is a phrase or prefix query. */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  grams.push(chars[chars.length - 1]!);
  return grams;
}

/** Fold what the SQLite tokenizer does not: traditional Chinese to simplified, ё to е. */
export function foldText(text: string): string {
  let folded = text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (HAS_CJK.test(folded)) folded = toSimplified(folded);
  return folded;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The indexed form of a word (lower case): Cyrillic and Latin words by their stem, others as they are. */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  if (CYRILLIC.test(w)) return stemRussian(w);
  if (LATIN.test(w)) return stemEnglish(w);
  return w;
}

/**
 * A title or a story's text as indexed: folded, at most MAX_INDEXED_CHARS, every word replaced by
 * its stem in place (so phrases still match), Han runs spelled as bigrams.
 */
export function searchText(text: string): string {
  const folded = foldText(text.slice(0, MAX_INDEXED_CHARS));
  return folded.replace(/[\p{L}\p{N}]+/gu, (token) => {
    if (!HAS_CJK.test(token)) return stemWord(token);
    // A token can mix scripts (AI芯片): stem the rest, spell the Han runs as bigrams.
    return token.replace(CJK_RUN, (run) => ` ${cjkBigrams(run).join(' ')} `).replace(/[^\s]+/g, (part) => (HAS_CJK.test(part) ? part : stemWord(part)));
  });
}

/** Words of a text (letters and digits), lower-cased; Han runs are left out. */
export function latinCyrillicWords(text: string): string[] {
  return foldText(text).toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => !HAS_CJK.test(w)) ?? [];
}

/** The indexed roots columns: Indonesian roots of every word of an Indonesian title or text (empty for other languages). */
export function searchRoots(text: string, lang: string): string {
  if (lang !== 'id') return '';
  const stems = new Set<string>();
  for (const word of latinCyrillicWords(text.slice(0, MAX_INDEXED_CHARS))) {
    if (/^[a-z]+$/.test(word) && word.length >= 5) for (const s of stemIndonesian(word)) stems.add(s);
  }
  return [...stems].join(' ');
}

export { HAS_CJK, CJK_RUN };
