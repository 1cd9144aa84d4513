/**
 * A small multilingual term matcher shared by the entity table and the story concepts: whole-word
 * sequences for Latin and Cyrillic (with `*` endings and `=` case-sensitive forms), substrings for
 * Han. A match inside a longer match is dropped ("Shanghai" inside "Shanghai Consensus", 商务部
 * inside 美国商务部), so the most specific term wins. Pure; compiled once per table.
 */

export interface TermRow {
  key: string;
  forms: string[];
}

export interface TermHit {
  key: string;
  /** The text as written where it matched. */
  surface: string;
  /** Character offset of the match in the text. */
  start: number;
  end: number;
}

interface WordPattern {
  key: string;
  parts: Array<{ text: string; prefix: boolean }>;
  caseSensitive: boolean;
}

interface Word {
  orig: string;
  fold: string;
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
// Letters and digits outside Han, so "H20" is a word inside 美国收紧H20出口.
const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const PREFIX_INDEX = 3;

/** Lower-case, ё→е, Latin diacritics removed: how words are compared. */
export function foldTerm(s: string): string {
  let t = s.toLowerCase();
  if (/[\u00c0-\u024f]/.test(t)) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return t.includes('ё') ? t.replace(/ё/g, 'е') : t;
}

// The entity table and the story concepts read the same texts one after the other: the last text's
// words are kept (read only by the matchers) so the second matcher does not split and fold them again.
let lastText: string | null = null;
let lastWords: readonly Word[] = [];

function words(text: string): readonly Word[] {
  if (text === lastText) return lastWords;
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ orig: m[0], fold: foldTerm(m[0]), start: m.index, end: m.index + m[0].length });
  }
  lastText = text;
  lastWords = out;
  return out;
}

export interface TermMatcher {
  /** Every term found in the text, in text order, the longest match winning where they overlap. */
  match(text: string): TermHit[];
}

/** Compile a table of terms into a matcher. */
export function compileTerms(rows: readonly TermRow[]): TermMatcher {
  const han: Array<{ key: string; form: string }> = [];
  const byFirst = new Map<string, WordPattern[]>();
  const byPrefix = new Map<string, WordPattern[]>();
  for (const row of rows) {
    for (const raw of row.forms) {
      const form = raw.normalize('NFKC').trim();
      if (!form) continue;
      if (HAN.test(form)) {
        han.push({ key: row.key, form });
        continue;
      }
      const caseSensitive = form.startsWith('=');
      const body = caseSensitive ? form.slice(1) : form;
      const parts = [...body.matchAll(/[\p{L}\p{N}]+\*?/gu)].map((m) => {
        const prefix = m[0].endsWith('*');
        const text = prefix ? m[0].slice(0, -1) : m[0];
        return { text: caseSensitive ? text : foldTerm(text), prefix };
      });
      if (parts.length === 0) continue;
      const pattern: WordPattern = { key: row.key, parts, caseSensitive };
      const first = parts[0]!;
      const firstFold = foldTerm(first.text);
      if (first.prefix && firstFold.length >= PREFIX_INDEX) {
        const k = firstFold.slice(0, PREFIX_INDEX);
        byPrefix.set(k, [...(byPrefix.get(k) ?? []), pattern]);
      } else if (!first.prefix) {
        byFirst.set(firstFold, [...(byFirst.get(firstFold) ?? []), pattern]);
      }
    }
  }
  // Longest forms first, so containment is decided by length.
  han.sort((a, b) => b.form.length - a.form.length);
  // The Han forms by their first code unit, each list in the order above, so a text is read once
  // rather than searched once per form (thousands of forms).
  const hanByFirst = new Map<number, Array<{ key: string; form: string; index: number }>>();
  han.forEach(({ key, form }, index) => {
    const first = form.charCodeAt(0);
    const list = hanByFirst.get(first);
    if (list) list.push({ key, form, index });
    else hanByFirst.set(first, [{ key, form, index }]);
  });

  const partMatches = (part: { text: string; prefix: boolean }, word: Word, caseSensitive: boolean): boolean => {
    const w = caseSensitive ? word.orig : word.fold;
    return part.prefix ? w.startsWith(part.text) : w === part.text;
  };

  /** The patterns of `candidates` that match the words from `i` on, as hits (in the candidates' order). */
  const wordHits = (candidates: readonly WordPattern[], ws: readonly Word[], i: number, text: string, hits: TermHit[]): void => {
    const word = ws[i]!;
    for (const p of candidates) {
      if (i + p.parts.length > ws.length) continue;
      let ok = true;
      for (let j = 0; j < p.parts.length && ok; j++) ok = partMatches(p.parts[j]!, ws[i + j]!, p.caseSensitive);
      if (!ok) continue;
      const last = ws[i + p.parts.length - 1]!;
      hits.push({ key: p.key, surface: text.slice(word.start, last.end), start: word.start, end: last.end });
    }
  };

  return {
    match(input: string): TermHit[] {
      const text = input.normalize('NFKC');
      const hits: TermHit[] = [];
      const ws = words(text);
      for (let i = 0; i < ws.length; i++) {
        const word = ws[i]!;
        const exact = byFirst.get(word.fold);
        const prefixed = word.fold.length >= PREFIX_INDEX ? byPrefix.get(word.fold.slice(0, PREFIX_INDEX)) : undefined;
        if (exact) wordHits(exact, ws, i, text, hits);
        if (prefixed) wordHits(prefixed, ws, i, text, hits);
      }
      if (hanByFirst.size > 0 && HAN.test(text)) {
        // Each form's occurrences left to right without overlapping one another (as indexOf from the
        // end of the last one finds them), pushed in the forms' order: hits of the same span and length
        // keep that order through the stable sort below.
        const hanHits: Array<{ hit: TermHit; index: number }> = [];
        const nextFrom = new Map<number, number>();
        for (let at = 0; at < text.length; at++) {
          const forms = hanByFirst.get(text.charCodeAt(at));
          if (!forms) continue;
          for (const { key, form, index } of forms) {
            if (!text.startsWith(form, at) || at < (nextFrom.get(index) ?? 0)) continue;
            nextFrom.set(index, at + form.length);
            hanHits.push({ hit: { key, surface: form, start: at, end: at + form.length }, index });
          }
        }
        hanHits.sort((a, b) => a.index - b.index || a.hit.start - b.hit.start);
        for (const { hit } of hanHits) hits.push(hit);
      }
      // Longest first; a hit inside an accepted one is dropped.
      hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const accepted: TermHit[] = [];
      for (const h of hits) {
        const inside = (a: TermHit) => a.start <= h.start && h.end <= a.end;
        const sameSpanOtherKey = (a: TermHit) => a.start === h.start && a.end === h.end && a.key !== h.key;
        if (accepted.some((a) => inside(a) && !sameSpanOtherKey(a))) continue;
        accepted.push(h);
      }
      return accepted.sort((a, b) => a.start - b.start);
    },
  };
}
