/** Compiles lexicon data once into lookup tables and finds terms in tokenised sentences. */
import type { Country, Topic } from '../types.js';
import type { LexiconData } from './lexicon/types.js';
import type { Sentence, Token } from './text.js';
import { editDistance, fuzzBudget, squeeze } from './fuzzy.js';
import { foldWord } from './text.js';

export type Cat = 'ai' | 'aiWeak' | 'country' | 'coop' | 'trade' | 'comp' | 'aside' | 'ignore' | 'guard' | 'topic' | 'conj' | 'refusal' | 'block' | 'background' | 'anaphor' | 'setting' | 'lift' | 'instrument' | 'illicit' | 'earlier' | 'formerly' | 'hosting' | 'discussion' | 'stalemate' | 'frame';

export interface Effect {
  cat: Cat;
  countries?: Country[];
  /** Country term that is a firm/lab rather than the state itself. */
  entity?: boolean;
  /** A bare "AI" abbreviation: void when a guard (avian influenza, Iverson...) is present. */
  abbr?: boolean;
  topic?: Topic;
  /** country: an "our own" word (отечественный), never enough to join a relation by itself. */
  domestic?: boolean;
  /** aiWeak: a chip or chipmaking term (AI-enabling when the item is about export controls). */
  hardware?: boolean;
  /** country: an AI product standing for its maker's country (ChatGPT → US). */
  product?: boolean;
  /** comp: an export-control cue. */
  control?: boolean;
  /** coop: permitted trade in controlled goods (a licence granted, a sale approved). */
  licence?: boolean;
}

interface Word {
  text: string;
  prefix: boolean;
  cs: boolean;
}

export interface Entry {
  pattern: string;
  words: Word[];
  effects: Effect[];
  /** Only active when the item's effective language is this one. */
  onlyLang: string | null;
  /** Total pattern length, to prefer the longest match. */
  weight: number;
}

export interface Match {
  entry: Entry;
  /** The text as found. */
  found: string;
  /** Set when read through a spelling error. */
  fuzzyOf?: string;
}

export interface Matcher {
  exact: Map<string, Entry[]>;
  cased: Map<string, Entry[]>;
  prefix: Map<string, Entry[]>;
  compound: Map<string, Entry[]>;
  compoundPrefix: Entry[];
  han: Map<string, Entry[]>;
  /** Whether any relation cue is compiled in (the topic matcher has none: no Indonesian root reading). */
  hasCues: boolean;
  /** Single-word names eligible for fuzzy reading, by first letter. */
  fuzzy: Map<string, Entry[]>;
}

const HAN = /\p{Script=Han}/u;

function parseWords(pattern: string): Word[] {
  return pattern.split(/\s+/).map((w) => {
    const cs = w.startsWith('=');
    let text = cs ? w.slice(1) : w;
    // Cut at an apostrophe as the tokeniser does ("People's" is read as "People").
    const ap = text.search(/['’]/);
    if (ap > 0) text = text.slice(0, ap) + (text.endsWith('*') ? '*' : '');
    const prefix = text.endsWith('*') && text.length > 1;
    if (prefix) text = text.slice(0, -1);
    return { text: cs ? text : foldWord(text), prefix, cs };
  });
}

function add(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Build the lookup tables for a set of (pattern, effect, fuzzy?) triples. */
export function compileMatcher(items: Array<{ pattern: string; effect: Effect; lang: string; fuzzy?: boolean }>): Matcher {
  const byKey = new Map<string, Entry>();
  const fuzzyNames = new Set<string>();
  for (const it of items) {
    let p = it.pattern.trim();
    let onlyLang: string | null = null;
    if (p.startsWith('!')) {
      onlyLang = it.lang;
      p = p.slice(1);
    }
    const key = `${onlyLang ?? ''}|${HAN.test(p) ? p : p.split(/\s+/).map((w) => (w.startsWith('=') ? w : foldWord(w))).join(' ')}`;
    let e = byKey.get(key);
    if (!e) {
      const words = HAN.test(p) ? [{ text: p, prefix: false, cs: true }] : parseWords(p);
      e = { pattern: p, words, effects: [], onlyLang, weight: words.reduce((n, w) => n + w.text.length + 1, 0) };
      byKey.set(key, e);
    }
    const same = e.effects.find((f) => f.cat === it.effect.cat && f.topic === it.effect.topic);
    if (!same) e.effects.push({ ...it.effect });
    else if (it.effect.hardware || it.effect.control || it.effect.licence) {
      // A pattern in a general list and in a refining one (competition + exportControls) gets both readings.
      if (it.effect.hardware) same.hardware = true;
      if (it.effect.control) same.control = true;
      if (it.effect.licence) same.licence = true;
    } else if (same.countries && it.effect.countries) {
      // One pattern listed for two countries (a pair term) stands for both.
      same.countries = [...new Set([...same.countries, ...it.effect.countries])].sort() as Country[];
      if (!it.effect.entity) delete same.entity;
    }
    if (it.fuzzy && e.words.length === 1 && !e.words[0]!.cs) fuzzyNames.add(key);
  }
  const m: Matcher = {
    exact: new Map(), cased: new Map(), prefix: new Map(), compound: new Map(), compoundPrefix: [], han: new Map(), fuzzy: new Map(), hasCues: false,
  };
  for (const [key, e] of byKey) {
    if (e.effects.some((f) => CUE_CATS.has(f.cat))) m.hasCues = true;
    // An ignore entry shadows everything else on the same pattern.
    if (e.effects.some((f) => f.cat === 'ignore')) e.effects = e.effects.filter((f) => f.cat === 'ignore' || f.cat === 'guard');
    const w0 = e.words[0]!;
    if (HAN.test(e.pattern)) {
      add(m.han, w0.text[0]!, e);
      continue;
    }
    if (e.words.length === 1 && w0.text.includes('-')) {
      if (w0.prefix) m.compoundPrefix.push(e);
      else add(m.compound, w0.text, e);
      continue;
    }
    if (w0.cs) add(m.cased, w0.text, e);
    else if (w0.prefix) add(m.prefix, w0.text.slice(0, 2), e);
    else add(m.exact, w0.text, e);
    if (fuzzyNames.has(key) && w0.text.length >= 5) add(m.fuzzy, w0.text[0]!, e);
  }
  for (const list of m.han.values()) list.sort((a, b) => b.pattern.length - a.pattern.length);
  return m;
}

function wordMatches(w: Word, t: Token): boolean {
  if (w.cs) return t.orig === w.text;
  return w.prefix ? t.fold.startsWith(w.text) : t.fold === w.text;
}

function active(e: Entry, lang: string): boolean {
  return e.onlyLang === null || e.onlyLang === lang;
}

const FUZZY_TOKEN = /^\p{Lu}[\p{L}]{4,}$/u;

/**
 * The hyphen of a two-part compound that is not itself a term ("Rusia-China", "US-China"): it joins its parts as a
 * conjunction does, so two countries written that way read as one pair ("the Russia-China border").
 */
const HYPHEN: Entry = { pattern: '-', words: [], effects: [{ cat: 'conj' }], onlyLang: null, weight: 0 };

/** All lexicon matches in one sentence, longest match first at each position. */
export function matchSentence(m: Matcher, s: Sentence, lang: string, out: Match[]): void {
  const toks = s.tokens;
  let i = 0;
  let hyphenBefore = -1;
  while (i < toks.length) {
    const t = toks[i]!;
    if (i === hyphenBefore) out.push({ entry: HYPHEN, found: '-' });
    // A hyphenated compound that is itself a term (Китай-город, US-listed, self-driving) wins over its parts.
    if (t.compound) {
      let best: Entry | null = null;
      for (const e of m.compound.get(t.compound) ?? []) if (active(e, lang)) best = e;
      if (!best) for (const e of m.compoundPrefix) if (active(e, lang) && t.compound.startsWith(e.words[0]!.text)) best = e;
      if (best) {
        out.push({ entry: best, found: toks.slice(i, i + t.parts).map((x) => x.orig).join('-') });
        i += t.parts;
        continue;
      }
      if (t.parts === 2 && m.hasCues) hyphenBefore = i + 1;
    }
    const pick: Pick = { best: null, len: 0 };
    consider(pick, m.exact.get(t.fold), toks, i, lang);
    consider(pick, m.cased.get(t.orig), toks, i, lang);
    consider(pick, m.prefix.get(t.fold.slice(0, 2)), toks, i, lang);
    if (pick.best !== null) {
      out.push({ entry: pick.best, found: toks.slice(i, i + pick.len).map((x) => x.orig).join(' ') });
      i += pick.len;
      continue;
    }
    // Indonesian affixes (menuduh, disanksi, persaingan): read a relation cue through its root.
    if (lang === 'id' && m.hasCues && t.fold.length >= 6) {
      const r = idRootLookup(m, t.fold);
      if (r) {
        out.push({ entry: r, found: t.orig });
        i++;
        continue;
      }
    }
    // Spelling tolerance only for capitalised words long enough not to collide.
    if (m.fuzzy.size > 0 && t.fold.length >= 5 && FUZZY_TOKEN.test(t.orig)) {
      const f = fuzzyLookup(m, t.fold);
      if (f) out.push({ entry: f, found: t.orig, fuzzyOf: f.pattern });
    }
    i++;
  }
  for (const run of s.han) matchHan(m, run, lang, out);
}

interface Pick {
  best: Entry | null;
  len: number;
}

/** Keep the longest (then heaviest) entry of `list` that matches at token i. */
function consider(pick: Pick, list: Entry[] | undefined, toks: Token[], i: number, lang: string): void {
  if (!list) return;
  for (const e of list) {
    if (!active(e, lang)) continue;
    const n = e.words.length;
    if (i + n > toks.length || n < pick.len) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (!wordMatches(e.words[k]!, toks[i + k]!)) {
        ok = false;
        break;
      }
    }
    if (ok && (n > pick.len || (pick.best !== null && e.weight > pick.best.weight))) {
      pick.best = e;
      pick.len = n;
    }
  }
}

const CUE_CATS = new Set<Cat>(['coop', 'comp', 'trade', 'refusal', 'block']);
const ID_PREFIXES: Array<[string, string[]]> = [
  ['memper', ['']], ['diper', ['']], ['meng', ['', 'k']], ['meny', ['s']], ['mem', ['', 'p']], ['men', ['', 't']], ['me', ['']],
  ['peng', ['', 'k']], ['peny', ['s']], ['pem', ['', 'p']], ['pen', ['', 't']], ['per', ['']], ['pe', ['']],
  ['ber', ['']], ['ter', ['']], ['di', ['']], ['ke', ['']], ['se', ['']],
];
const ID_SUFFIXES = ['kannya', 'annya', 'nya', 'kan', 'an', 'i', ''];
const ID_ROOT_CACHE = new WeakMap<Matcher, Map<string, Entry | null>>();

/** Candidate roots of an Indonesian word: suffix and/or prefix removed, nasal-assimilated initials restored. */
function idRoots(w: string): string[] {
  const out: string[] = [];
  for (const suf of ID_SUFFIXES) {
    if (suf && !w.endsWith(suf)) continue;
    const stem = w.slice(0, w.length - suf.length);
    if (suf && stem.length >= 4) out.push(stem);
    for (const [pre, restore] of ID_PREFIXES) {
      if (!stem.startsWith(pre)) continue;
      for (const r of restore) {
        const root = r + stem.slice(pre.length);
        if (root.length >= 4) out.push(root);
      }
    }
  }
  return out;
}

/** A single-word relation cue reached through Indonesian affixes, or null. */
function idRootLookup(m: Matcher, fold: string): Entry | null {
  let cache = ID_ROOT_CACHE.get(m);
  if (!cache) ID_ROOT_CACHE.set(m, (cache = new Map()));
  const hit = cache.get(fold);
  if (hit !== undefined) return hit;
  let found: Entry | null = null;
  for (const root of idRoots(fold)) {
    for (const e of m.exact.get(root) ?? []) {
      if (e.onlyLang !== null && e.onlyLang !== 'id') continue;
      if (e.words.length === 1 && e.effects.every((f) => CUE_CATS.has(f.cat))) {
        found = e;
        break;
      }
    }
    if (found) break;
    // A stem cue ("ancam*", "larang*") reached through an affix: mengancam, dilarang, persaingan.
    for (const e of m.prefix.get(root.slice(0, 2)) ?? []) {
      if (e.onlyLang !== null && e.onlyLang !== 'id') continue;
      const w = e.words[0]!;
      if (e.words.length === 1 && w.prefix && w.text.length >= 4 && root.startsWith(w.text) && e.effects.every((f) => CUE_CATS.has(f.cat))) {
        found = e;
        break;
      }
    }
    if (found) break;
  }
  if (cache.size >= FUZZY_CACHE_MAX) cache.clear();
  cache.set(fold, found);
  return found;
}

// Fuzzy reads are deterministic per (matcher, word); memoise them, bounded so memory stays flat.
const FUZZY_CACHE = new WeakMap<Matcher, Map<string, Entry | null>>();
const FUZZY_CACHE_MAX = 20_000;

function fuzzyLookup(m: Matcher, fold: string): Entry | null {
  let cache = FUZZY_CACHE.get(m);
  if (!cache) FUZZY_CACHE.set(m, (cache = new Map()));
  const hit = cache.get(fold);
  if (hit !== undefined) return hit;
  const found = fuzzyScan(m, fold);
  if (cache.size >= FUZZY_CACHE_MAX) cache.clear();
  cache.set(fold, found);
  return found;
}

function fuzzyScan(m: Matcher, fold: string): Entry | null {
  const list = m.fuzzy.get(fold[0]!);
  if (!list) return null;
  const sq = squeeze(fold);
  for (const e of list) {
    const name = e.words[0]!.text;
    const budget = fuzzBudget(name.length);
    if (e.words[0]!.prefix) {
      // A stem ("russian*"): the word's head, one letter shorter to one longer than the stem, one edit at most
      // ("Rusians", "Росийских"); two would let first names and common nouns through ("Дмитрий" ~ "дмитриев*").
      if (budget === 0 || fold.length < name.length - 1) continue;
      for (let len = name.length - 1; len <= name.length + 1; len++) {
        if (len > fold.length) break;
        if (editDistance(fold.slice(0, len), name, 1) <= 1) return e;
      }
      continue;
    }
    // A five-letter name with one letter added inside ("Chaina", "Putina" is not: the last letter must stay).
    if (name.length === 5 && fold.length === 6 && fold.startsWith(name.slice(0, 2)) && fold.endsWith(name[4]!) && editDistance(fold, name, 1) <= 1) return e;
    if (Math.abs(name.length - fold.length) > Math.max(budget, 1)) continue;
    // Short names only through doubled letters (Puttin → Putin); longer ones through edit distance.
    if (squeeze(name) === sq) return e;
    if (budget > 0 && Math.abs(name.length - fold.length) <= budget && editDistance(fold, name, budget) <= budget) return e;
  }
  return null;
}

// Word boundaries for Chinese: short (1-2 character) terms such as 中美 or 美国 only count when they start
// a word, so 其中美国 reads 其中|美国 and not 中美. Longer terms are specific enough to match anywhere.
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

function matchHan(m: Matcher, run: string, lang: string, out: Match[]): void {
  let i = 0;
  let segments: Intl.Segments | null = null;
  while (i < run.length) {
    const list = m.han.get(run[i]!);
    let hit: Entry | null = null;
    if (list) {
      for (const e of list) {
        if (!active(e, lang) || !run.startsWith(e.pattern, i)) continue;
        if (e.pattern.length <= 2 && i > 0) {
          segments ??= SEGMENTER.segment(run);
          if (segments.containing(i)?.index !== i) continue;
        }
        hit = e;
        break;
      }
    }
    if (hit) {
      out.push({ entry: hit, found: hit.pattern });
      i += hit.pattern.length;
    } else i++;
  }
}
