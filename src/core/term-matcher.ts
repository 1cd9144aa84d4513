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
  return t.replace(/ё/g, 'е');
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ orig: m[0], fold: foldTerm(m[0]), start: m.index, end: m.index + m[0].length });
  }
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

  const partMatches = (part: { text: string; prefix: boolean }, word: Word, caseSensitive: boolean): boolean => {
    const w = caseSensitive ? word.orig : word.fold;
    return part.prefix ? w.startsWith(part.text) : w === part.text;
  };

  return {
    match(input: string): TermHit[] {
      const text = input.normalize('NFKC');
      const hits: TermHit[] = [];
      const ws = words(text);
      for (let i = 0; i < ws.length; i++) {
        const word = ws[i]!;
        const candidates = [...(byFirst.get(word.fold) ?? []), ...(word.fold.length >= PREFIX_INDEX ? byPrefix.get(word.fold.slice(0, PREFIX_INDEX)) ?? [] : [])];
        for (const p of candidates) {
          if (i + p.parts.length > ws.length) continue;
          let ok = true;
          for (let j = 0; j < p.parts.length && ok; j++) ok = partMatches(p.parts[j]!, ws[i + j]!, p.caseSensitive);
          if (!ok) continue;
          const last = ws[i + p.parts.length - 1]!;
          hits.push({ key: p.key, surface: text.slice(word.start, last.end), start: word.start, end: last.end });
        }
      }
      if (HAN.test(text)) {
        for (const { key, form } of han) {
          for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
            hits.push({ key, surface: form, start: at, end: at + form.length });
          }
        }
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
