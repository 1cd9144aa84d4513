/**
 * What an item says about its event, as language-independent keys: the entities it names (from the
 * canonical table), the kind of event (concepts), amounts and percentages, model and chip codes;
 * plus a SimHash of its text's character shingles for near-duplicates within a language. Pure.
 */
import { entityWeight, findEntityMentions } from '../entities.js';
import { createSimplifier } from '../classify/han-script.js';
import { compileTerms } from '../term-matcher.js';
import { actDirection, type ActDirection } from './acts.js';
import { CONCEPTS } from './concepts.js';
import { nameKeys } from './names.js';

export interface StoryFeatures {
  /** Keys from the headline and the lead: `e:` entity, `c:` concept, `n:` amount, `p:` percentage, `k:` count of firms or products, `d:` day of a month, `y:` years of a prison term, `x:` code, `l:` a name the tables do not know (names.ts). */
  keys: string[];
  /** The subset of `keys` found in the headline (they say more about the event). */
  titleKeys: string[];
  /** 64-bit SimHash of the text's character shingles, as 16 hex digits. */
  simhash: string;
  /**
   * Which way the headline's act points on a restriction (acts.ts), when it names one. Absent in
   * features stored before it was read: unknown, like a headline that names no act.
   */
  act?: ActDirection;
  /**
   * Whether `titleKeys` come from the lead's first sentence, the headline saying nothing the tables
   * read (see vagueHeadline): they weigh like a headline's, but a lead's figures are not the
   * headline's ("11 other companies" of a list of 12), so they decide no disagreement.
   */
  leadTitle?: boolean;
}

/** A name the tables do not know (names.ts): as telling as a known firm, once shared. */
export const NAME_WEIGHT = 1;

/** How much of an item's body is read for keys: the lead, where the event is stated. */
export const LEAD_CHARS = 700;

const conceptMatcher = compileTerms(CONCEPTS);
const conceptWeight = new Map(CONCEPTS.map((c) => [c.key, c.weight]));

/** The weight of one key: how much sharing it says about being one event. */
export function keyWeight(key: string): number {
  const kind = key.slice(0, 2);
  const name = key.slice(2);
  switch (kind) {
    case 'e:':
      return entityWeight(name);
    case 'c:':
      return conceptWeight.get(name) ?? 0.5;
    case 'n:':
      return 1.2;
    case 'p:':
      return 1;
    case 'k:':
      return 1;
    case 'd:':
      return 0.6;
    case 'y:':
      return 1.2;
    case 'x:':
      return 1.2;
    case 'l:':
      return NAME_WEIGHT;
    default:
      return 0.5;
  }
}

const SCALES: Array<[RegExp, number]> = [
  [/^(?:trillion|tn|triliun|трлн|триллион\p{L}*|万亿|萬億)$/u, 1e12],
  [/^(?:billion|bn|b|miliar|milyar|млрд|миллиард\p{L}*)$/u, 1e9],
  [/^(?:亿|億)$/u, 1e8],
  [/^(?:million|mn|m|juta|млн|миллион\p{L}*)$/u, 1e6],
  [/^(?:万|萬)$/u, 1e4],
];

function parseNumber(raw: string): number | null {
  let s = raw;
  // 9.600 or 9,600 (thousands) versus 5.5 or 5,5 (decimals).
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Round to one significant digit: $589bn and 近6000亿 are the same order of money. */
function roughAmount(value: number): string {
  const exp = Math.floor(Math.log10(value));
  let mantissa = Math.round(value / 10 ** exp);
  let e = exp;
  if (mantissa === 10) {
    mantissa = 1;
    e++;
  }
  return `${mantissa}e${e}`;
}

const AMOUNT = /(\d+(?:[.,]\d+)*)\s?(trillion|tn|triliun|трлн|триллион\p{L}*|万亿|萬億|billion|bn|b|miliar|milyar|млрд|миллиард\p{L}*|亿|億|million|mn|m|juta|млн|миллион\p{L}*|万|萬)(?![\p{Script=Latin}\p{Script=Cyrillic}])/giu;
const PERCENT = /(\d+(?:[.,]\d+)?)\s?(?:%|％|процент\p{L}*|persen|per cent|percent)/giu;
const CODE = /(?<![\p{L}\p{N}])(?:[a-z]{1,4}\d{1,4}[a-z]{0,3}|\d{2,4}[a-z]{1,2})(?![\p{L}\p{N}])/giu;

function numberKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const n = parseNumber(m[1]!);
    const unit = m[2]!.toLowerCase();
    const scale = SCALES.find(([re]) => re.test(unit))?.[1];
    if (n === null || n === 0 || !scale) continue;
    // "5 m" or "3 b" alone are too often something else; only money-sized amounts count.
    if ((unit === 'm' || unit === 'b') && !/[$€£¥₽]\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    keys.push(`n:${roughAmount(n * scale)}`);
  }
  for (const m of text.matchAll(PERCENT)) {
    const n = parseNumber(m[1]!);
    if (n !== null && n > 0 && n <= 10_000) keys.push(`p:${Math.round(n)}`);
  }
  if (HAN_DIGITS_OR_UNITS.test(text)) {
    // 五百亿美元, 一万亿, 百分之十五: amounts and percentages in Chinese numerals, like digits.
    for (const m of text.matchAll(HAN_AMOUNT)) {
      const n = hanNumber(m[1]!);
      const scale = SCALES.find(([re]) => re.test(m[2]!))?.[1];
      if (n !== null && scale && !/^[百千]+$/.test(m[1]!)) keys.push(`n:${roughAmount(n * scale)}`);
    }
    for (const m of text.matchAll(HAN_PERCENT)) {
      const n = /^\d/.test(m[1]!) ? parseNumber(m[1]!) : hanNumber(m[1]!);
      if (n !== null && n > 0 && n <= 10_000) keys.push(`p:${Math.round(n)}`);
    }
  }
  return keys;
}

// "140 entities", "140 компаний", "140家": how many firms a list names, products a catalogue holds,
// universities or banks a programme covers ("15 universities", "15 вузов", "15所高校"), countries
// that sign ("27 countries", "27国") or people a scheme names ("1500 students", "1500名"); from three
// also in words ("nine Chinese optical-component makers", "sembilan produsen", "девять компаний").
const COUNT_NOUN = '(?:companies|firms|entities|organi[sz]ations|institutions|products|models|makers|manufacturers|suppliers|producers|vendors|developers|start-?ups|perusahaan|entitas|organisasi|lembaga|produk|produsen|pemasok|pengembang|компани\\p{L}*|организаци\\p{L}*|фирм\\p{L}*|предприяти\\p{L}*|продукт\\p{L}*|модел\\p{L}*|производител\\p{L}*|поставщик\\p{L}*|разработчик\\p{L}*|universit\\p{L}*|kampus|университет\\p{L}*|вуз\\p{L}*|banks|bank|банк(?:а|ов)|家|个实体|個實體|款|所|countries|nations|states|negara|стран(?:а|ы)?|государств\\p{L}*|国|國|个国家|個國家|students|scientists|researchers|engineers|mahasiswa|pelajar|ilmuwan|peneliti|студент\\p{L}*|учен\\p{L}*|учён\\p{L}*|исследовател\\p{L}*|инженер\\p{L}*|名)';
/** Counts written out, from three (two is too common to tell events apart): en, id, ru. */
const NUMBER_WORDS: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, 'dua belas': 12, 'lima belas': 15, 'dua puluh': 20,
  три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
  одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12, пятнадцать: 15, пятнадцати: 15, двадцать: 20, двадцати: 20,
};
const COUNT = new RegExp(
  `(?<![\\d.,\\p{Script=Latin}\\p{Script=Cyrillic}])(\\d{1,3}(?:[.,]\\d{3})+|\\d{1,5}|${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])\\s?(?:[\\p{Script=Latin}\\p{Script=Cyrillic}-]+\\s){0,2}${COUNT_NOUN}`,
  'giu',
);
const MONTHS: Array<[RegExp, number]> = [
  [/^(?:jan(?:uary|uari)?|январ\p{L}*)$/iu, 1], [/^(?:feb(?:ruary|ruari)?|феврал\p{L}*)$/iu, 2], [/^(?:mar(?:ch|et)?|март\p{L}*)$/iu, 3],
  [/^(?:apr(?:il)?|апрел\p{L}*)$/iu, 4], [/^(?:mei|ма[йяе])$/iu, 5], [/^(?:jun[ei]?|июн\p{L}*)$/iu, 6], [/^(?:jul[iy]?|июл\p{L}*)$/iu, 7],
  [/^(?:aug(?:ust)?|agustus|август\p{L}*)$/iu, 8], [/^(?:sep(?:t(?:ember)?)?|сентябр\p{L}*)$/iu, 9], [/^(?:o[ck]t(?:ober)?|октябр\p{L}*)$/iu, 10],
  [/^(?:nov(?:ember)?|ноябр\p{L}*)$/iu, 11], [/^(?:de[cs](?:ember)?|декабр\p{L}*)$/iu, 12],
];
const MONTH_WORD = '(jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|mei|jun[ei]?|jul[iy]?|aug(?:ust)?|agustus|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cs](?:ember)?|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)';
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s${MONTH_WORD}(?![\\p{L}])|(?<![\\p{L}])${MONTH_WORD}\\.?\\s(\\d{1,2})(?![\\d])|(\\d{1,2})月(\\d{1,2})[日号號]`, 'giu');

/** Chinese numerals, 三 to 九千九百九十九: 十二家, 六年, 两百名 (simplified and traditional forms). */
const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HAN_NUMERAL = '[〇零一二两兩三四五六七八九十百千]+';
/** 五百亿, 三万亿 (not 千万, "by all means": a numeral of 百 or 千 alone is no amount). */
const HAN_AMOUNT = new RegExp(`(?<![\\d〇零一二两兩三四五六七八九十百千])(${HAN_NUMERAL})(万亿|萬億|亿|億|万|萬)`, 'gu');
const HAN_PERCENT = new RegExp(`百分之(\\d+(?:[.,]\\d+)?|${HAN_NUMERAL})`, 'gu');

/** The value of a Chinese numeral (十二 = 12, 二十 = 20, 三百零五 = 305), or null when it is not one. */
export function hanNumber(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in HAN_DIGITS) {
      if (digit !== null && digit !== 0) return null; // 六六: not a numeral
      digit = HAN_DIGITS[ch]!;
    } else if (ch in HAN_UNITS) {
      total += (digit ?? (total === 0 ? 1 : NaN)) * HAN_UNITS[ch]!;
      digit = null;
    } else return null;
  }
  total += digit ?? 0;
  return Number.isFinite(total) && total > 0 ? total : null;
}

// 十二家实体, 九家企业, 五所高校, 三名工程师: a count in Chinese numerals, from three (not after 第, an
// ordinal, nor after 数 or 几, "several").
const HAN_COUNT = new RegExp(`(?<![第数數几幾\\p{N}])(${HAN_NUMERAL})(?:家|个实体|個實體|款|所|个国家|個國家|国|國|名)`, 'gu');

/**
 * The years of a prison term a text states, in any of the four languages: "sentenced to six years",
 * "six years in prison", "divonis enam tahun", "hukuman 6 tahun penjara", "к шести годам колонии",
 * "判刑六年", "六年徒刑". One sentence has one term, the same in every report of it.
 */
const TERM_WORDS: Record<string, number> = {
  one: 1, two: 2, thirty: 30,
  satu: 1, dua: 2,
  один: 1, одному: 1, два: 2, двух: 2, двум: 2, трем: 3, трём: 3, четырем: 4, четырём: 4,
};
const TERM_NUMBER = `\\d{1,2}|${[...Object.keys(NUMBER_WORDS), ...Object.keys(TERM_WORDS)].sort((a, b) => b.length - a.length).join('|')}`;
const TERM_PATTERNS: RegExp[] = [
  // en
  new RegExp(`(?<![\\p{L}\\d])(?:(?:sentenc\\p{L}*|jail\\p{L}*|imprison\\p{L}*)(?:\\s[\\p{L}'’-]+){0,4}?\\s(?:to|for)|gets?|got|given|serves?|serving)\\s(?:up to\\s)?(${TERM_NUMBER})[\\s-]years?\\b`, 'giu'),
  new RegExp(`(?<![\\p{L}\\d])(${TERM_NUMBER})[\\s-]years?\\s(?:in\\s(?:prison|jail|federal prison)|behind bars|(?:prison|jail)\\s(?:term|sentence))`, 'giu'),
  // id
  new RegExp(`(?<![\\p{L}\\d])(?:divonis|dihukum|hukuman|vonis|dipenjara|penjara selama)\\s(?:penjara\\s)?(?:selama\\s)?(${TERM_NUMBER})\\stahun`, 'giu'),
  new RegExp(`(?<![\\p{L}\\d])(${TERM_NUMBER})\\stahun\\s(?:penjara|kurungan)`, 'giu'),
  // ru
  new RegExp(`(?<![\\p{L}\\d])(?:к|на)\\s(${TERM_NUMBER})\\s(?:годам|годами|года|лет)\\s(?:лишения свободы|колони\\p{L}*|тюрьм\\p{L}*|тюремн\\p{L}*|заключени\\p{L}*)`, 'giu'),
  new RegExp(`приговор\\p{L}*[^.!?]{0,80}?\\sк\\s(${TERM_NUMBER})\\s(?:годам|годами|года|лет)`, 'giu'),
  // zh
  new RegExp(`(?:判刑|判处|判處|判监|判監|入狱|入獄|监禁|監禁|刑期)[^，。,；;]{0,20}?(?<![\\d〇零一二两兩三四五六七八九十百千])(\\d{1,2}|${HAN_NUMERAL})年`, 'gu'),
  new RegExp(`(?<![\\d〇零一二两兩三四五六七八九十百千])(\\d{1,2}|${HAN_NUMERAL})年(?:有期)?(?:徒刑|刑期|监禁|監禁)`, 'gu'),
];
/** A text that speaks of a court or a prison at all: only there is "gets six years" a term. */
const PRISON_CONTEXT = /prison|jail|sentenc|convict|judge|court|penjara|vonis|hakim|pengadilan|приговор|суд|колони|заключени|свободы|判|刑|狱|獄|监禁|監禁|法院|法官/iu;

/** Prison terms a text states, when its item speaks of a court or a prison (`court`, see PRISON_CONTEXT). */
function termKeys(text: string, court: boolean): string[] {
  const keys: string[] = [];
  if (!court) return keys;
  for (const re of TERM_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const raw = m[1]!.toLowerCase();
      const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? TERM_WORDS[raw] ?? hanNumber(raw));
      if (n && n > 0 && n <= 99) keys.push(`y:${n}`);
    }
  }
  return keys;
}

const DIGIT = /[0-9]/;
const HAN_DIGITS_OR_UNITS = /[〇零一二两兩三四五六七八九十百千]/;

/** Counts of firms or products, and days of a month ("December 2", "2 декабря", "12月2日" → d:12-2). */
function countAndDateKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(COUNT)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]!.replace(/[.,]/g, ''));
    if (n > 1) keys.push(`k:${n}`);
  }
  for (const m of HAN_DIGITS_OR_UNITS.test(text) ? text.matchAll(HAN_COUNT) : []) {
    const n = hanNumber(m[1]!);
    if (n !== null && n >= 3) keys.push(`k:${n}`);
  }
  // Every form of a date has a digit: most leads have none, and this pattern is slow to rule out.
  for (const m of DIGIT.test(text) ? text.matchAll(DAY_MONTH) : []) {
    const [day, monthWord] = m[1] ? [m[1], m[2]!] : m[4] ? [m[4], m[3]!] : [m[6]!, m[5]!];
    const month = /^\d+$/.test(monthWord) ? Number(monthWord) : MONTHS.find(([re]) => re.test(monthWord))?.[1];
    const d = Number(day);
    if (month && month >= 1 && month <= 12 && d >= 1 && d <= 31) keys.push(`d:${month}-${d}`);
  }
  return keys;
}

function codeKeys(text: string, covered: (start: number, end: number) => boolean): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(CODE)) {
    const code = m[0].toLowerCase();
    // Years, units and ordinals are not product codes.
    if (/^(?:\d+(?:st|nd|rd|th|s|x|g|k|m|b|bn|nm|gb|tb|mw|gw|kg|km|h|am|pm|q)|q\d|g\d|v\d|\d+[a-z]?д|gpt\d*)$/.test(code)) continue;
    if (covered(m.index, m.index + m[0].length)) continue;
    keys.push(`x:${code}`);
  }
  return keys;
}

let simplify: ((run: string) => string) | null = null;
const HAN = /\p{Script=Han}/u;

/**
 * The text with traditional Chinese characters made simplified (one character for one, so offsets
 * stay), so a simplified form in the tables also finds 輝達晶片 or 華為; the original is matched too,
 * for the traditional-only vocabulary the tables list (晶片, 川普).
 */
function simplified(text: string): string | null {
  if (!HAN.test(text)) return null;
  simplify ??= createSimplifier(new Set());
  const s = simplify(text);
  return s === text ? null : s;
}

/** The keys of one text, and which spans the tables read (so the same words are not also taken for names). */
function keysOf(text: string, court = false): { keys: string[]; covered: (start: number, end: number) => boolean } {
  const alt = simplified(text);
  const entityHits = alt ? [...findEntityMentions(text), ...findEntityMentions(alt)] : findEntityMentions(text);
  const covered = (start: number, end: number) => entityHits.some((h) => h.start <= start && end <= h.end);
  // A concept inside a name is not the event: 银行 in 俄罗斯联邦储蓄银行 (Sberbank) is no payment story.
  const conceptHits = (alt ? [...conceptMatcher.match(text), ...conceptMatcher.match(alt)] : conceptMatcher.match(text)).filter((h) => !covered(h.start, h.end));
  const keys = [
    ...entityHits.map((h) => `e:${h.key}`),
    ...conceptHits.map((h) => `c:${h.key}`),
    ...numberKeys(text),
    ...countAndDateKeys(text),
    ...termKeys(text, court),
    ...codeKeys(text, covered),
  ];
  const read = (start: number, end: number) => covered(start, end) || conceptHits.some((h) => h.start <= start && end <= h.end);
  return { keys: [...new Set(keys)], covered: read };
}

/**
 * SimHash over character shingles (works for Chinese, which has no spaces): 16 hex digits. Each
 * shingle is hashed with FNV-1a, 64-bit as two 32-bit halves (no BigInt in the hot loop); a bit of the
 * result is set when more than half of the shingles' hashes have it set.
 */
export function simhash(text: string, shingle = 4): string {
  const s = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (s.length === 0) return '0'.repeat(16);
  const n = Math.max(1, s.length - shingle + 1);
  // How many shingle hashes have each bit set, counted eight bits at a time: lane k of h1 holds bits
  // k, 8+k, 16+k and 24+k of every hash so far as four byte-wide counters, emptied into `ones`
  // before a byte can overflow (255 hashes). A quarter of the work of counting bit by bit.
  const ones = new Float64Array(64);
  const lanes = new Int32Array(16);
  let pending = 0;
  const empty = () => {
    for (let k = 0; k < 8; k++) {
      const a = lanes[k]!;
      const b = lanes[k + 8]!;
      for (let byte = 0; byte < 4; byte++) {
        ones[byte * 8 + k]! += (a >>> (8 * byte)) & 0xff;
        ones[32 + byte * 8 + k]! += (b >>> (8 * byte)) & 0xff;
      }
    }
    lanes.fill(0);
    pending = 0;
  };
  for (let i = 0; i < n; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0xcbf29ce4;
    const end = Math.min(i + shingle, s.length);
    for (let j = i; j < end; j++) {
      const c = s.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x0100019d) >>> 0;
      h2 = (h2 ^ (h1 >>> 13)) >>> 0;
    }
    for (let k = 0; k < 8; k++) {
      lanes[k]! += (h1 >>> k) & 0x01010101;
      lanes[k + 8]! += (h2 >>> k) & 0x01010101;
    }
    if (++pending === 255) empty();
  }
  empty();
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit]! > n) lo |= 1 << bit;
    if (2 * ones[bit + 32]! > n) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Bits in which two SimHashes differ (0 = identical shingle profile). */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

// A headline's event is stated before these: "R1 lands on AWS, even as US agencies rush to ban it"
// is about the launch, not the ban.
const BACKGROUND_CLAUSE = /(?:,?\s(?:even as|even though|despite|amid|meski(?:pun)?|di tengah|несмотря на|на фоне)\s|[，,]?\s?(?:尽管|儘管))/iu;

/** The headline without a trailing background clause (at least 12 characters are kept). */
export function mainClause(title: string): string {
  const m = BACKGROUND_CLAUSE.exec(title.slice(12));
  return m ? title.slice(0, 12 + m.index) : title;
}

/** The three parties: a headline naming only them says who, not what happened. */
const PARTIES = new Set(['e:us', 'e:cn', 'e:ru']);

// A lead's first sentence ends at a full stop, question or exclamation mark before a space and a
// capital, digit or quote ("U.S. officials" goes on), or at a Chinese one.
const SENTENCE_END = /[.!?…](?=\s+["'“«\p{Lu}\p{N}])|[。！？]/u;
const SENTENCE_MAX = 320;

/** The lead's first sentence (at most SENTENCE_MAX characters). */
export function firstSentence(lead: string): string {
  const m = SENTENCE_END.exec(lead);
  return (m ? lead.slice(0, m.index + 1) : lead).slice(0, SENTENCE_MAX);
}

/**
 * Whether a headline says nothing the tables read beyond the parties (no entity, kind of event,
 * figure, name or act): a feature headline ("New paperwork for memory makers", "Полигон для
 * нейросетей") names the event in its lead, whose first sentence then stands for it.
 */
function vagueHeadline(headline: string, keys: string[], names: string[]): boolean {
  return names.length === 0 && keys.every((k) => PARTIES.has(k)) && actDirection(headline) === null;
}

/** The keys and fingerprint of one item, from its headline and the lead of its text. */
export function storyFeatures(input: { title: string; text: string }): StoryFeatures {
  const lead = input.text.slice(0, LEAD_CHARS);
  const main = mainClause(input.title);
  const court = PRISON_CONTEXT.test(input.title) || PRISON_CONTEXT.test(lead);
  const whole = keysOf(input.title, court);
  let mainKeys = main === input.title ? whole : keysOf(main, court);
  const leadKeys = keysOf(lead, court);
  let names = nameKeys(main, lead, mainKeys.covered, leadKeys.covered);
  const leadTitle = vagueHeadline(main, mainKeys.keys, names.titleKeys);
  if (leadTitle) {
    const sentence = firstSentence(lead);
    const sentenceKeys = keysOf(sentence, court);
    const sentenceNames = nameKeys(sentence, lead, sentenceKeys.covered, leadKeys.covered);
    mainKeys = { keys: [...new Set([...mainKeys.keys, ...sentenceKeys.keys])], covered: sentenceKeys.covered };
    names = { keys: [...new Set([...names.keys, ...sentenceNames.keys])], titleKeys: sentenceNames.titleKeys };
  }
  const titleKeys = [...mainKeys.keys, ...names.titleKeys];
  const keys = [...new Set([...titleKeys, ...whole.keys, ...leadKeys.keys, ...names.keys])];
  const act = actDirection(main);
  return { keys, titleKeys, simhash: simhash(`${input.title}\n${lead}`), ...(act ? { act } : {}), ...(leadTitle ? { leadTitle } : {}) };
}
