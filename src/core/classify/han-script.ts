/**
 * Traditional → simplified Chinese, character by character, so one simplified lexicon reads Hong Kong,
 * Taiwan and overseas outlets too (美國→美国, 華為→华为, 俄羅斯→俄罗斯). Built once from OpenCC's tables:
 * regional variants (Taiwan, Hong Kong) → OpenCC traditional → simplified. Taiwan and Hong Kong also differ
 * by WORD (神經網路 for 神经网络, 演算法 for 算法, 資料 for 数据): `createRegionalVocabulary` reads those as
 * the mainland word. Names the tables do not cover (普丁 for 普京) live in the zh lexicon.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import TW_PHRASES_REV from 'opencc-js/dict/TWPhrasesRev';
import HK_PHRASES_REV from 'opencc-js/dict/HKPhrasesRev';

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

/**
 * Mainland characters whose arrival a regional rewrite must not cause: the tables transcribe Oklahoma and Oregon
 * as 俄克拉何马/俄勒冈 on the mainland, and 俄 there would read as Russia.
 */
const COUNTRY_CHARS = /[俄美中华]/;

/**
 * Taiwan and Hong Kong vocabulary → mainland vocabulary (神经网路→神经网络, 人工智慧→人工智能, 演算法→算法,
 * 伺服器→服务器, 资料→数据, 软体→软件, 辉达→英伟达), on text already simplified by `simplify`: the OpenCC tables
 * are simplified the same way, so both sides meet in one spelling. Longest word first; a rewrite may change the
 * run's length (the classifier reports the lexicon's pattern, not offsets). Apply it to runs written in
 * traditional characters only: mainland text uses 智慧 and 资料 in their own senses (wisdom, documents).
 */
export function createRegionalVocabulary(simplify: (run: string) => string): (run: string) => string {
  const words = new Map<string, Map<string, string>>();
  for (const dict of [TW_PHRASES_REV, HK_PHRASES_REV]) {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ');
      if (!from || !to) continue;
      const f = simplify(from);
      const t = simplify(to);
      if (f === t || (COUNTRY_CHARS.test(t) && !COUNTRY_CHARS.test(f))) continue;
      const byFirst = words.get(f[0]!) ?? new Map<string, string>();
      if (!byFirst.has(f)) byFirst.set(f, t);
      words.set(f[0]!, byFirst);
    }
  }
  // Longest first at each position, so 智慧财产权 is read before 智慧.
  const lists = new Map<string, Array<[string, string]>>();
  for (const [c, m] of words) lists.set(c, [...m].sort((a, b) => b[0].length - a[0].length));
  return (run) => {
    let out = '';
    let copied = 0;
    let i = 0;
    while (i < run.length) {
      const hit = lists.get(run[i]!)?.find(([f]) => run.startsWith(f, i));
      if (hit) {
        out += run.slice(copied, i) + hit[1];
        i += hit[0].length;
        copied = i;
      } else i++;
    }
    return copied === 0 ? run : out + run.slice(copied);
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
