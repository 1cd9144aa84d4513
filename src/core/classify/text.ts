/** Text preparation for the classifier: folding, sentence split, tokens. Pure and allocation-light. */

export interface Token {
  /** As written (for case-sensitive terms such as "US" or Indonesian "AS"). */
  orig: string;
  /** Lower-cased, diacritics removed (Latin), ё→е (Cyrillic). */
  fold: string;
  /** Folded hyphenated compound this token is the first part of ("us-china"), else null. */
  compound: string | null;
  /** Number of parts in that compound (tokens to consume when the whole compound matches). */
  parts: number;
}

export interface Sentence {
  isTitle: boolean;
  tokens: Token[];
  /** Runs of Han characters, matched by dictionary longest-match. */
  han: string[];
}

const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII_LATIN = /[\u00c0-\u024f]/;

/** Lower-case and strip Latin diacritics; Cyrillic keeps й but folds ё to е. */
export function foldWord(w: string): string {
  let s = w.toLowerCase();
  if (NON_ASCII_LATIN.test(s)) s = s.normalize('NFD').replace(LATIN_DIACRITICS, '');
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  return s;
}

// Dotted abbreviations would otherwise split sentences and tokens.
const ABBREV = /\bU\.S\.A?\.?(?=[\s,;:)'’-]|$)|\bU\.K\.(?=\s|$)/g;

/** Normalise Unicode forms, quotes and dotted abbreviations. */
export function prepareText(s: string): string {
  let t = s.normalize('NFKC');
  t = t.replace(ABBREV, (m) => (m.startsWith('U.S') ? 'US ' : 'UK ')).replace(/[\u2010-\u2013]/g, '-');
  return t;
}

// Sentence ends: Latin/Cyrillic punctuation followed by space, or CJK punctuation anywhere, or line breaks.
const SENTENCE_SPLIT = /(?<=[.!?;])\s+(?=[^a-z])|(?<=[。！？；])|\n+/u;
const WORD = /\p{Script=Han}+|[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}$]+(?:[-'’.][\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+)*/gu;
const HAN = /^\p{Script=Han}/u;

const same = (run: string): string => run;

/**
 * Split a title and a body into tokenised sentences (title first). `hanScript` rewrites each Han run
 * before matching (traditional → simplified), keeping its length.
 */
export function toSentences(title: string, text: string, hanScript: (run: string) => string = same): Sentence[] {
  const out: Sentence[] = [];
  const t = prepareText(title).trim();
  if (t) out.push(tokenize(t, true, hanScript));
  const body = prepareText(text);
  for (const part of body.split(SENTENCE_SPLIT)) {
    if (part && part.trim()) out.push(tokenize(part, false, hanScript));
  }
  return out;
}

function tokenize(s: string, isTitle: boolean, hanScript: (run: string) => string): Sentence {
  const tokens: Token[] = [];
  const han: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s)) !== null) {
    const w = m[0];
    if (HAN.test(w)) {
      han.push(hanScript(w));
      continue;
    }
    // Apostrophes: keep the stem ("China's" → "China"); dots inside tokens only for a.i.-like forms.
    let word = w;
    const ap = word.search(/['’]/);
    if (ap > 0) word = word.slice(0, ap);
    if (word.includes('.') && !/^\p{L}(\.\p{L})+$/u.test(word)) {
      for (const p of word.split('.')) if (p) pushWord(tokens, p);
      continue;
    }
    pushWord(tokens, word);
  }
  return { isTitle, tokens, han };
}

function pushWord(tokens: Token[], word: string): void {
  if (word.includes('-')) {
    const parts = word.split('-').filter((p) => p.length > 0);
    const compound = foldWord(parts.join('-'));
    parts.forEach((p, i) => tokens.push({ orig: p, fold: foldWord(p), compound: i === 0 ? compound : null, parts: i === 0 ? parts.length : 0 }));
    return;
  }
  tokens.push({ orig: word, fold: foldWord(word), compound: null, parts: 0 });
}
