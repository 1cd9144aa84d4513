import type { AliasGroup } from './aliases.js';
import { stemIndonesian } from './stem.js';
import { cjkBigrams, foldText, HAS_CJK, stemWord } from './text.js';

/**
 * A reader's search words turned into an FTS5 query. Every term is tokenised here and quoted, so
 * quotes, `*`, NEAR(, OR, parentheses and column filters in what the reader typed are plain text:
 * they can neither break the query nor change its meaning. All words must match; each word matches
 * its word forms (the index holds stems: Russian and English endings removed, Indonesian roots in
 * columns of their own), Chinese as a substring, and a name of a country or entity matches its
 * names in the other languages. Only exact terms are looked up (no prefix scans), so a query reads
 * the newest matches and stops: its cost does not grow with the number of stored stories.
 */

export interface SearchQuery {
  /** The FTS5 MATCH expression over titles and texts. */
  match: string;
  /** The same, over titles only: a story naming it in its headline ranks higher. */
  titleMatch: string;
  /** What was searched for, word by word, for the reply. */
  terms: string[];
}

/** Words as typed (folded); a run of Chinese characters stays one token (it is matched as a substring). */
export function tokenizeQuery(input: string): string[] {
  const folded = foldText(input.normalize('NFKC')).toLowerCase();
  return folded.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu) ?? [];
}

// Column sets are written as markers and filled in at the end, once for the whole story and once for titles.
const TEXT = '\u0001';
const ROOTS = '\u0002';
const COLUMNS = {
  all: { text: '{title body}', roots: '{title_roots body_roots}' },
  title: { text: 'title', roots: 'title_roots' },
};

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** A phrase looked up in the (stemmed) title and text; `open` makes its last token a prefix. */
const inText = (s: string, open = false) => `${TEXT} : ${quote(s)}${open ? '*' : ''}`;

/**
 * The FTS5 expression for one word: its stem in the text, and for a word the reader typed its
 * Indonesian roots in the roots columns (names in the alias tables need no roots: fewer terms to merge).
 */
function wordExpression(word: string, roots = false): string {
  if (HAS_CJK.test(word)) {
    const grams = cjkBigrams(word);
    // A single character is a prefix of the bigrams it starts; a longer run is the phrase of its bigrams.
    return grams.length === 1 ? inText(grams[0]!, true) : inText(grams.slice(0, -1).join(' '));
  }
  const alternatives = [inText(stemWord(word))];
  if (roots && /^[a-z]+$/.test(word) && word.length >= 5) {
    for (const root of stemIndonesian(word)) if (root !== word) alternatives.push(`${ROOTS} : ${quote(root)}`);
  }
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
}

/** A name of several words ("united states"): the phrase of their stems. */
function phraseExpression(words: string[]): string {
  if (words.length === 1) return wordExpression(words[0]!);
  if (words.some((w) => HAS_CJK.test(w))) return `(${words.map((w) => wordExpression(w)).join(' AND ')})`;
  return inText(words.map(stemWord).join(' '));
}

/** The key a form or a typed word is compared on: folded, and for Cyrillic its stem (России = Россия). */
function aliasKey(words: string[]): string {
  return words.map(stemWord).join(' ');
}

interface AliasIndex {
  /** key of a form or trigger (its words joined) → the group's expressions. */
  byKey: Map<string, string[]>;
  maxWords: number;
  /** Longest Chinese name, in characters. */
  maxCjk: number;
}

/** Index alias groups by each of their names, so a query word finds its group in one look-up. */
export function indexAliases(groups: readonly AliasGroup[]): AliasIndex {
  const byKey = new Map<string, string[]>();
  let maxWords = 1;
  let maxCjk = 0;
  for (const group of groups) {
    const expressions = [...new Set(group.forms.map((f) => phraseExpression(tokenizeQuery(f))))];
    for (const name of [...group.forms, ...(group.triggers ?? [])]) {
      const words = tokenizeQuery(name);
      if (words.length === 0) continue;
      maxWords = Math.max(maxWords, words.length);
      if (words.length === 1 && HAS_CJK.test(words[0]!)) maxCjk = Math.max(maxCjk, Array.from(words[0]!).length);
      const key = aliasKey(words);
      byKey.set(key, [...new Set([...(byKey.get(key) ?? []), ...expressions])]);
    }
  }
  return { byKey, maxWords, maxCjk };
}

/**
 * Chinese is typed without spaces: cut a run where a known name starts (华为芯片 → 华为 + 芯片), so
 * the name is matched in all its languages and the rest as a substring of its own.
 */
function splitChineseRun(run: string, aliases: AliasIndex): string[] {
  const chars = Array.from(run);
  const pieces: string[] = [];
  let pending = '';
  for (let i = 0; i < chars.length; ) {
    let found = 0;
    for (let n = Math.min(aliases.maxCjk, chars.length - i); n >= 2 && !found; n--) {
      if (aliases.byKey.has(chars.slice(i, i + n).join(''))) found = n;
    }
    if (found) {
      if (pending) pieces.push(pending);
      pending = '';
      pieces.push(chars.slice(i, i + found).join(''));
      i += found;
    } else {
      pending += chars[i];
      i++;
    }
  }
  if (pending) pieces.push(pending);
  return pieces;
}

/** Build the FTS5 query for what a reader typed; null when it holds no searchable word. */
export function buildSearchQuery(input: string, aliases: AliasIndex): SearchQuery | null {
  const words = tokenizeQuery(input).flatMap((w) => (HAS_CJK.test(w) ? splitChineseRun(w, aliases) : [w]));
  if (words.length === 0) return null;
  const parts: string[] = [];
  const terms: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    // Longest alias first: "united states" before "united".
    for (let n = Math.min(aliases.maxWords, words.length - i); n >= 1 && !matched; n--) {
      const slice = words.slice(i, i + n);
      const expressions = aliases.byKey.get(aliasKey(slice));
      if (!expressions) continue;
      const own = phraseExpression(slice);
      const all = [...new Set([...expressions, own])];
      parts.push(all.length === 1 ? all[0]! : `(${all.join(' OR ')})`);
      terms.push(slice.join(' '));
      i += n;
      matched = true;
    }
    if (matched) continue;
    parts.push(wordExpression(words[i]!, true));
    terms.push(words[i]!);
    i++;
  }
  const expression = parts.join(' AND ');
  const fill = (cols: { text: string; roots: string }) => expression.replaceAll(TEXT, cols.text).replaceAll(ROOTS, cols.roots);
  return { match: fill(COLUMNS.all), titleMatch: fill(COLUMNS.title), terms };
}
