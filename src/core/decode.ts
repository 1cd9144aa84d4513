import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import type Jschardet from 'jschardet';

// The legacy-encoding decoder and the detector are loaded on the first document that needs them:
// most feeds are UTF-8, and each pipeline worker would otherwise hold both (several MB apiece).
const requireLazily = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
let jschardetModule: typeof Jschardet | undefined;
const iconv = (): typeof Iconv => (iconvModule ??= requireLazily('iconv-lite') as typeof Iconv);
const jschardet = (): typeof Jschardet => (jschardetModule ??= requireLazily('jschardet') as typeof Jschardet);

/** Result of turning feed bytes into text: the text and how it was read. */
export interface DecodedText {
  text: string;
  /** Canonical name of the encoding used (e.g. "utf-8", "windows-1251", "gb18030"). */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'utf8-valid' | 'prolog' | 'content-type' | 'detected' | 'default';
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// Labels that TextDecoder does not know or reads too narrowly, mapped to the superset real feeds mean.
const LABEL_ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'cp-936': 'gb18030',
  'windows-936': 'gb18030',
  // Every WHATWG label of windows-1252: feeds that say Latin-1 mean it (smart quotes in 0x91–0x97).
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso88591: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'iso_8859-1:1987': 'windows-1252',
  'iso-ir-100': 'windows-1252',
  csisolatin1: 'windows-1252',
  ibm819: 'windows-1252',
  cp819: 'windows-1252',
  l1: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1251: 'windows-1251',
  'win-1251': 'windows-1251',
  cp1252: 'windows-1252',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'x-euc-kr': 'euc-kr',
  utf8: 'utf-8',
};

function normalizeLabel(label: string): string {
  const lower = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  return LABEL_ALIASES[lower] ?? lower;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The encoding named in `<?xml ... encoding="..."?>`, read from the first bytes as ASCII. */
export function prologEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return prolog?.[1] ? normalizeLabel(prolog[1]) : null;
}

/** The charset parameter of a Content-Type header. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(contentType);
  return m?.[1] ? normalizeLabel(m[1]) : null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string | null {
  // iconv-lite first: Node 20's TextDecoder reads windows-1252 as plain Latin-1 (no curly quotes).
  if (iconv().encodingExists(encoding)) return iconv().decode(Buffer.from(bytes), encoding, { stripBOM: false });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decode feed bytes: BOM first, then valid UTF-8 (which wins over a wrong label), then the XML
 * prolog, then the Content-Type charset, then statistical detection for undeclared legacy bytes.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) {
      const text = decodeWith(bytes.subarray(bom.length), encoding) ?? '';
      return { text, encoding, source: 'bom' };
    }
  }
  // A UTF-16 label over bytes whose markup reads as single bytes ("<?xml" without zero bytes
  // between) is wrong, a common WordPress misconfiguration: without a BOM, believe the bytes.
  const singleByteMarkup = /^\s*</.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1')) && !bytes.subarray(0, 64).includes(0);
  const credible = (label: string | null) => (label && singleByteMarkup && /^utf-?16/.test(label) ? null : label);
  const declared = credible(prologEncoding(bytes));
  const headerCharset = credible(contentTypeCharset(contentType));
  const label = declared ?? headerCharset;

  if (!hasNonAscii(bytes)) {
    // Pure ASCII reads the same in every ASCII-compatible encoding.
    return { text: Buffer.from(bytes).toString('latin1'), encoding: label ?? 'utf-8', source: label ? (declared ? 'prolog' : 'content-type') : 'default' };
  }
  const asUtf8 = decodeUtf8Strict(bytes);
  if (asUtf8 !== null && !(label && /^utf-16/.test(label))) {
    return { text: repairMojibake(asUtf8), encoding: 'utf-8', source: 'utf8-valid' };
  }
  for (const [candidate, source] of [
    [declared, 'prolog'],
    [headerCharset, 'content-type'],
  ] as const) {
    if (!candidate || candidate === 'utf-8') continue;
    const text = decodeWith(bytes, candidate);
    if (text !== null) return { text, encoding: candidate, source };
  }
  const guess = detectEncoding(bytes);
  if (guess) {
    const text = decodeWith(bytes, guess);
    if (text !== null) return { text, encoding: guess, source: 'detected' };
  }
  // Last resort: UTF-8 with replacement characters rather than losing the feed.
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'default' };
}

function detectEncoding(bytes: Uint8Array): string | null {
  // jschardet works on a binary string; a sample is enough and keeps it fast.
  const sample = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  const result = jschardet().detect(sample);
  if (!result?.encoding || result.confidence < 0.2) return null;
  return normalizeLabel(result.encoding);
}

// Characters that UTF-8 bytes turn into when read as windows-1252: the raw material of mojibake.
const CP1252_SPECIALS: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const MOJIBAKE_RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}/g;
const MOJIBAKE_HINT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

/**
 * Undo UTF-8 that was once read as windows-1252 and saved again ("ÐœÐ¾ÑÐºÐ²Ð°" → "Москва").
 * A run is replaced only when its bytes form valid UTF-8, so genuine Latin-1 text is left alone.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text;
  return text.replace(MOJIBAKE_RUN, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const code = ch.charCodeAt(0);
      const byte = code < 0x100 ? code : CP1252_SPECIALS[ch];
      if (byte === undefined) return run;
      bytes.push(byte);
    }
    return decodeUtf8Strict(Uint8Array.from(bytes)) ?? run;
  });
}
