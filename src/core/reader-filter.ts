/**
 * A reader's own filters, as pure functions: the topics they follow (all, or only some) and words
 * they never want to see. Muted words match in any language, ignoring case and diacritics
 * (Café = cafe, Ёж = еж, ＡＩ = ai); in scripts written with spaces a word matches whole words only
 * (mute "ai" and "said" stays), in Chinese, Japanese, Korean and Thai it matches anywhere.
 */
import { TOPICS, type Topic } from './types.js';

export const MAX_MUTED_WORDS = 20;
export const MAX_MUTED_WORD_LENGTH = 40;

export interface ReaderFilter {
  /** Topics followed; empty means all. */
  topics: readonly Topic[];
  mutedWords: readonly string[];
}

/** What the filter looks at in a story. */
export interface FilterableStory {
  title: string;
  summary: string;
  topics: readonly Topic[];
}

/** Case, width and diacritics folded away, for matching only (never shown). */
export function foldForMatch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').normalize('NFC');
}

/** Scripts written without spaces between words: a muted word matches inside longer text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `needle` (folded) occurs in `haystack` (folded) as a word, or anywhere for unspaced scripts. */
function containsWord(haystack: string, needle: string): boolean {
  const openStart = UNSPACED.test(needle[0]!);
  const openEnd = UNSPACED.test(needle[needle.length - 1]!);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startOk = openStart || before === undefined || !WORD_CHAR.test(before);
    const endOk = openEnd || after === undefined || !WORD_CHAR.test(after);
    if (startOk && endOk) return true;
  }
  return false;
}

/** Compile a filter once; the returned predicate says whether a story is shown. */
export function compileReaderFilter(filter: ReaderFilter): (story: FilterableStory) => boolean {
  const topics = new Set(filter.topics);
  const muted = filter.mutedWords.map(foldForMatch).filter((w) => w !== '');
  if (topics.size === 0 && muted.length === 0) return () => true;
  return (story) => {
    if (topics.size > 0 && !story.topics.some((t) => topics.has(t))) return false;
    if (muted.length === 0) return true;
    const text = foldForMatch(`${story.title}\n${story.summary}`);
    return !muted.some((w) => containsWord(text, w));
  };
}

/** Whether a filter hides anything at all. */
export function isFiltering(filter: ReaderFilter): boolean {
  return filter.topics.length > 0 || filter.mutedWords.length > 0;
}

/** Split stories into those shown and the number hidden by the filter. */
export function applyReaderFilter<T extends FilterableStory>(stories: readonly T[], filter: ReaderFilter): { shown: T[]; hidden: number } {
  const keep = compileReaderFilter(filter);
  const shown = stories.filter(keep);
  return { shown, hidden: stories.length - shown.length };
}

export type MutedWordCheck = { ok: true; word: string } | { ok: false; reason: 'empty' | 'too-long' | 'no-letters' | 'duplicate' | 'full' };

/** Validate one word or phrase to mute against the list the reader already has. */
export function checkMutedWord(input: string, current: readonly string[]): MutedWordCheck {
  // Spaces collapse; control characters and angle brackets never reach a message.
  const word = input.replace(/[\u0000-\u001f\u007f<>]/g, ' ').replace(/\s+/g, ' ').trim();
  if (word === '') return { ok: false, reason: 'empty' };
  if ([...word].length > MAX_MUTED_WORD_LENGTH) return { ok: false, reason: 'too-long' };
  if (!/[\p{L}\p{N}]/u.test(word)) return { ok: false, reason: 'no-letters' };
  if (current.some((w) => foldForMatch(w) === foldForMatch(word))) return { ok: false, reason: 'duplicate' };
  if (current.length >= MAX_MUTED_WORDS) return { ok: false, reason: 'full' };
  return { ok: true, word };
}

/** Parse a topic list as typed ("chips, military" or "all"); unknown names are reported. */
export function parseTopics(input: string): { ok: true; topics: Topic[] } | { ok: false; unknown: string[] } {
  const names = input.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (names.length === 0 || (names.length === 1 && names[0] === 'all')) return { ok: true, topics: [] };
  const out = new Set<Topic>();
  const unknown: string[] = [];
  for (const name of names) {
    const topic = TOPICS.find((t) => t === name || t.split('-')[0] === name);
    if (topic) out.add(topic);
    else unknown.push(name);
  }
  return unknown.length ? { ok: false, unknown } : { ok: true, topics: TOPICS.filter((t) => out.has(t)) };
}
