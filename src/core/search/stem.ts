/**
 * Light stemmers for search. They need not be linguistically right, only consistent: the index and
 * the query run the same function, so "pengembangan" and "berkembang" meet at "kembang", and
 * "нейросети" and "нейросетей" at "нейросет".
 */

// Longest first, so "ями" is tried before "и".
const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'иях', 'ием', 'ией', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'ей', 'ой', 'ий', 'ый', 'ая', 'яя',
  'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ом', 'ем', 'им', 'ым', 'их', 'ых', 'ию', 'ия', 'ии', 'ья', 'ье', 'ью', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
].sort((a, b) => b.length - a.length);
const RU_MIN_STEM = 4;

/** A Russian word's stem: the word with its inflectional ending removed (at least four letters kept). */
export function stemRussian(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const ending of RU_ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= RU_MIN_STEM) return w.slice(0, -ending.length);
  }
  return w;
}

const ID_PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const ID_POSSESSIVES = ['nya', 'ku', 'mu'];
const ID_SUFFIXES = ['kan', 'an', 'i'];
const ID_MIN_STEM = 4;
const VOWEL = /^[aiueo]/;

function stripSuffixes(word: string): string[] {
  let w = word;
  for (const p of ID_PARTICLES) if (w.endsWith(p) && w.length - p.length >= ID_MIN_STEM) { w = w.slice(0, -p.length); break; }
  for (const p of ID_POSSESSIVES) if (w.endsWith(p) && w.length - p.length >= ID_MIN_STEM) { w = w.slice(0, -p.length); break; }
  const forms = [w];
  for (const s of ID_SUFFIXES) if (w.endsWith(s) && w.length - s.length >= ID_MIN_STEM) { forms.push(w.slice(0, -s.length)); break; }
  return forms;
}

/** Prefix forms: meN-/peN- assimilate the root's first consonant, so both readings are kept (meng+embang → embang, kembang). */
function stripPrefix(word: string): string[] {
  const out: string[] = [];
  const keep = (s: string) => { if (s.length >= ID_MIN_STEM) out.push(s); };
  // per-/ter-/ber- before a consonant (perkuat, terbuka); before a vowel the r is the root's (perintah).
  const pter = /^(per|ter|ber)([^aiueo].*)$/.exec(word);
  if (pter) {
    keep(pter[2]!);
    return out;
  }
  const m = /^(me|pe)(ng|ny|n|m)?(.*)$/.exec(word);
  if (m && (m[2] || /^[lrwy]/.test(m[3]!))) {
    const [, , nasal, rest] = m as unknown as [string, string, string | undefined, string];
    if (!nasal) keep(rest);
    else if (VOWEL.test(rest)) {
      keep(rest);
      keep((nasal === 'ng' ? 'k' : nasal === 'ny' ? 's' : nasal === 'n' ? 't' : 'p') + rest);
      if (nasal === 'ng' && rest.startsWith('e')) keep(rest.slice(1)); // menge- before one-syllable roots (mengebom)
    } else keep(rest);
    return out;
  }
  for (const p of ['ber', 'be', 'per', 'ter', 'di', 'ke', 'se']) {
    if (word.startsWith(p) && word.length - p.length >= ID_MIN_STEM) {
      keep(word.slice(p.length));
      if (p === 'ber' || p === 'per' || p === 'ter') break;
    }
  }
  return out;
}

/** Candidate Indonesian roots of a word (the word itself included), affixes stripped both ways where they are ambiguous. */
export function stemIndonesian(word: string): string[] {
  const w = word.toLowerCase();
  const stems = new Set<string>([w]);
  for (const base of stripSuffixes(w)) {
    stems.add(base);
    for (const root of stripPrefix(base)) {
      stems.add(root);
      // Nested prefixes: memper-, diper-, keber-.
      for (const inner of stripPrefix(root)) stems.add(inner);
    }
  }
  return [...stems];
}

/** An English search word reduced for a prefix query: plurals and -ing/-ed removed ("sanctions" → "sanction"). */
export function stemEnglish(word: string): string {
  const w = word.toLowerCase();
  const rules: Array<[RegExp, string]> = [[/ies$/, 'y'], [/(ss|us|is)$/, '$1'], [/(ch|sh|x)es$/, '$1'], [/s$/, ''], [/ing$/, ''], [/ed$/, '']];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(w)) {
      const stem = w.replace(pattern, replacement);
      return stem.length >= 4 ? stem : w;
    }
  }
  return w;
}
