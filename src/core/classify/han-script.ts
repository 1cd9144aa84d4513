/**
 * Traditional → simplified Chinese, character by character, so one simplified lexicon reads Hong Kong,
 * Taiwan and overseas outlets too (美國→美国, 華為→华为, 俄羅斯→俄罗斯). Built once from OpenCC's tables:
 * regional variants (Taiwan, Hong Kong) → OpenCC traditional → simplified. Phrase-level differences
 * (晶片 for 芯片, 普丁 for 普京) are vocabulary and live in the zh lexicon.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';

/** OpenCC dictionary text ("from to [alt]|..."), first candidate only, single BMP characters only. */
function charPairs(dict: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    // One UTF-16 unit on both sides keeps offsets identical between the original and the converted text.
    if (from && to && from.length === 1 && to.length === 1 && from !== to) out.set(from, to);
  }
  return out;
}

/** A converter from traditional to simplified characters, leaving every character of `keep` as it is. */
export function createSimplifier(keep: ReadonlySet<string>): (run: string) => string {
  const ts = charPairs(TS_CHARACTERS);
  const variants = new Map([...charPairs(TW_VARIANTS_REV), ...charPairs(HK_VARIANTS_REV)]);
  const table = new Map<string, string>();
  const consider = (c: string): void => {
    // A character the lexicons use as simplified is never rewritten (著, 乾 and 後 are also simplified text).
    if (keep.has(c) || table.has(c)) return;
    const v = variants.get(c) ?? c;
    const s = ts.get(v) ?? ts.get(c) ?? v;
    if (s !== c) table.set(c, s);
  };
  for (const c of ts.keys()) consider(c);
  for (const c of variants.keys()) consider(c);
  if (table.size === 0) return (run) => run;
  const any = new RegExp(`[${[...table.keys()].map((c) => c.replace(/[\\\]^-]/, '\\$&')).join('')}]`, 'g');
  return (run) => {
    any.lastIndex = 0;
    return any.test(run) ? run.replace(any, (c) => table.get(c)!) : run;
  };
}

let scriptSets: { traditional: Set<string>; simplified: Set<string> } | null = null;

/**
 * Which Chinese script a text is written in: 'hant' when it has more traditional-only characters (國, 華)
 * than simplified-only ones (国, 华), 'hans' for the reverse, null without either. Used by the evaluation
 * to report traditional and simplified items apart.
 */
export function chineseScriptOf(text: string): 'hant' | 'hans' | null {
  if (!scriptSets) {
    const pairs = charPairs(TS_CHARACTERS);
    const simplified = new Set<string>();
    for (const s of pairs.values()) if (!pairs.has(s)) simplified.add(s);
    scriptSets = { traditional: new Set(pairs.keys()), simplified };
  }
  let hant = 0;
  let hans = 0;
  for (const c of text) {
    if (scriptSets.traditional.has(c)) hant++;
    else if (scriptSets.simplified.has(c)) hans++;
  }
  if (hant === hans) return null;
  return hant > hans ? 'hant' : 'hans';
}
