import { decodeHTML } from 'entities';

/**
 * Make real-world feed text acceptable to a strict XML parser without losing content:
 * drop what precedes the root, characters XML forbids, DOCTYPEs (no entity expansion, no
 * external fetches), turn HTML named entities into characters, escape bare `&`, and close
 * elements left open by a truncated document.
 */
export function repairXml(input: string): string {
  let xml = input.replace(/^\uFEFF/, '');
  const firstTag = xml.indexOf('<');
  if (firstTag > 0) xml = xml.slice(firstTag);
  xml = stripIllegalXmlChars(xml);
  xml = stripDoctype(xml);
  xml = repairEntities(xml);
  // Only a document that does not end with its root's end tag needs the (linear but costly) scan.
  if (!/<\/[\w:.-]+\s*>\s*$/.test(xml) || !endsWithRootClose(xml)) xml = closeOpenElements(xml);
  return xml;
}

function endsWithRootClose(xml: string): boolean {
  const root = /^(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->)*\s*<([\w:.-]+)/.exec(xml)?.[1];
  return root !== undefined && new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>\\s*$`).test(xml);
}

// XML 1.0 Char production: no C0 controls except tab/newline/CR, no U+FFFE/U+FFFF, no lone surrogates.
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML_CHARS, '');
}

/**
 * Remove DOCTYPE declarations, internal subsets included, so entities are never expanded. Text
 * inside CDATA sections and comments is content, not markup: a description whose CDATA starts
 * with "<!DOCTYPE html>" keeps it (cutting there used to swallow the rest of the document).
 */
function stripDoctype(xml: string): string {
  if (!/<!DOCTYPE/i.test(xml)) return xml;
  const construct = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<!DOCTYPE/gi;
  let out = '';
  let last = 0;
  for (let m = construct.exec(xml); m; m = construct.exec(xml)) {
    if (m[0].length !== 9 || m[0][1] !== '!' || !/^<!DOCTYPE$/i.test(m[0])) continue;
    let i = m.index + 9;
    let depth = 0;
    for (; i < xml.length; i++) {
      const c = xml[i];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) break;
    }
    out += xml.slice(last, m.index);
    last = i + 1;
    construct.lastIndex = last;
  }
  return out + xml.slice(last);
}

const XML_ENTITIES = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);

// windows-1252 meanings of C1 code points, which feeds often mean when they write &#146; etc.
const CP1252_C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function escapeXmlChar(ch: string): string {
  if (ch === '&') return '&amp;';
  if (ch === '<') return '&lt;';
  if (ch === '>') return '&gt;';
  return ch;
}

function isLegalCodePoint(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Escape bare `&`, resolve HTML-only named entities, fix numeric references XML would reject. CDATA sections and
 * comments are left as they are: their `&` is a character already ("?utm_source=rss&utm_medium=feed" in a CDATA link
 * would otherwise read back as "&amp;utm_medium").
 */
function repairEntities(xml: string): string {
  if (!xml.includes('<![CDATA[') && !xml.includes('<!--')) return repairEntitiesIn(xml);
  const verbatim = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)/g;
  let out = '';
  let last = 0;
  for (let m = verbatim.exec(xml); m; m = verbatim.exec(xml)) {
    out += repairEntitiesIn(xml.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
    if (m[0].length === 0) verbatim.lastIndex++;
  }
  return out + repairEntitiesIn(xml.slice(last));
}

function repairEntitiesIn(xml: string): string {
  return xml.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]{0,31})?(;?)/g, (whole, ref: string | undefined, semi: string) => {
    if (!ref || !semi) {
      // A bare `&` (or an HTML entity written without `;`, which strict XML cannot take).
      return '&amp;' + whole.slice(1);
    }
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const mapped = CP1252_C1[cp] ?? cp;
      if (!isLegalCodePoint(mapped)) return '';
      return mapped === cp ? whole : `&#${mapped};`;
    }
    if (XML_ENTITIES.has(ref)) return whole;
    const decoded = decodeHTML(whole);
    if (decoded !== whole) return [...decoded].map(escapeXmlChar).join('');
    return '&amp;' + whole.slice(1);
  });
}

/** Append end tags for elements a truncated document left open, dropping a half-written tag. */
function closeOpenElements(xml: string): string {
  let body = xml.trimEnd();
  // A document cut inside a tag, comment or CDATA: drop the unfinished construct.
  const lastOpen = body.lastIndexOf('<');
  const lastClose = body.lastIndexOf('>');
  if (lastOpen > lastClose) {
    const fragment = body.slice(lastOpen);
    const endTag = /^<\/([\w:.-]+)\s*$/.exec(fragment);
    body = endTag ? body + '>' : body.slice(0, lastOpen);
  }
  const stack: string[] = [];
  const tagPattern = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let unterminatedConstruct = -1;
  for (let m = tagPattern.exec(body); m; m = tagPattern.exec(body)) {
    const [, slash, name, , selfClosing] = m;
    if (!name) continue;
    if (slash) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  // An unterminated CDATA section or comment at the end swallows the rest: cut it off.
  const cdata = body.lastIndexOf('<![CDATA[');
  if (cdata >= 0 && body.indexOf(']]>', cdata) < 0) unterminatedConstruct = cdata;
  const comment = body.lastIndexOf('<!--');
  if (comment >= 0 && body.indexOf('-->', comment) < 0) unterminatedConstruct = Math.max(unterminatedConstruct, comment);
  if (unterminatedConstruct >= 0) return closeOpenElements(body.slice(0, unterminatedConstruct));
  if (stack.length === 0) return body;
  return body + stack.reverse().map((name) => `</${name}>`).join('');
}
