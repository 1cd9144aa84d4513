/**
 * Cut a feed document down to its first items before it is decoded and parsed. The parser builds an
 * object tree for the whole document and every item becomes an article, so a 10 MB feed of 11,000
 * items would cost hundreds of MB to read when only the first few hundred items are kept anyway.
 */

export interface CappedFeed<T> {
  doc: T;
  /** Item elements left out of `doc` (0 when nothing was cut). */
  cut: number;
}

// Item ends (RSS `</item>`, Atom `</entry>`), and the constructs whose text is content, not markup.
const SCAN = /<!\[CDATA\[|<!--|<\/(?:item|entry)[ \t\r\n]*>/g;

interface Cut {
  /** End of the last item kept. */
  keptEnd: number;
  /** End of the document's last item: what follows is its tail. */
  lastEnd: number;
  cut: number;
}

/** Where to cut `text` to keep its first `keep` items, or null when it has no more than that. */
function findCut(text: string, keep: number): Cut | null {
  let seen = 0;
  let keptEnd = -1;
  let lastEnd = -1;
  SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCAN.exec(text)) !== null) {
    const token = m[0];
    if (token === '<![CDATA[' || token === '<!--') {
      const close = text.indexOf(token === '<!--' ? '-->' : ']]>', SCAN.lastIndex);
      if (close < 0) break; // unterminated: the rest is content
      SCAN.lastIndex = close + 3;
      continue;
    }
    seen++;
    lastEnd = SCAN.lastIndex;
    if (seen === keep) keptEnd = lastEnd;
  }
  return seen > keep && keptEnd >= 0 ? { keptEnd, lastEnd, cut: seen - keep } : null;
}

/**
 * Keep the document's head, its first `keep` items and its tail (what follows the last item: the
 * closing tags, sometimes channel elements), dropping the items in between. Item ends inside CDATA
 * sections and comments do not count. A document with `keep` items or fewer is returned unchanged.
 */
export function capFeedItems(xml: string, keep: number): CappedFeed<string> {
  const at = findCut(xml, keep);
  return at ? { doc: xml.slice(0, at.keptEnd) + xml.slice(at.lastEnd), cut: at.cut } : { doc: xml, cut: 0 };
}

// The same tokens as bytes, searched natively in the undecoded document.
const BYTE_TOKENS = ['</item', '</entry', '<![CDATA[', '<!--'].map((t) => Buffer.from(t, 'latin1'));
const BYTE_CLOSERS: Record<number, Buffer> = { 2: Buffer.from(']]>', 'latin1'), 3: Buffer.from('-->', 'latin1') };
const ITEM_END_TOKENS = 2;
const GT = 0x3e;

function isXmlSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * findCut over bytes, without a string copy of the document (10 MB of a 10 MB feed): each kind of
 * token is searched for on its own, the nearest taken first, as the pattern above would find them.
 */
function findCutInBytes(buf: Buffer, keep: number): Cut | null {
  let seen = 0;
  let keptEnd = -1;
  let lastEnd = -1;
  const next = BYTE_TOKENS.map((token) => buf.indexOf(token, 0));
  for (;;) {
    let kind = -1;
    for (let k = 0; k < next.length; k++) if (next[k]! >= 0 && (kind < 0 || next[k]! < next[kind]!)) kind = k;
    if (kind < 0) break;
    const after = next[kind]! + BYTE_TOKENS[kind]!.length;
    let pos: number;
    if (kind >= ITEM_END_TOKENS) {
      const close = buf.indexOf(BYTE_CLOSERS[kind]!, after);
      if (close < 0) break; // unterminated: the rest is content
      pos = close + 3;
    } else {
      let end = after;
      while (isXmlSpace(buf[end])) end++;
      if (buf[end] === GT) {
        pos = end + 1;
        seen++;
        lastEnd = pos;
        if (seen === keep) keptEnd = pos;
      } else {
        pos = after; // `</items>`, `</entryx>`: not an item end
      }
    }
    for (let k = 0; k < next.length; k++) if (next[k]! >= 0 && next[k]! < pos) next[k] = buf.indexOf(BYTE_TOKENS[k]!, pos);
  }
  return seen > keep && keptEnd >= 0 ? { keptEnd, lastEnd, cut: seen - keep } : null;
}

/**
 * The same on undecoded bytes, so a large document is never decoded whole. Markup is ASCII in every
 * encoding a feed uses except UTF-16/32: those (a BOM or zero bytes up front) are left to capFeedItems.
 */
export function capFeedItemBytes(bytes: Uint8Array, keep: number): CappedFeed<Uint8Array> {
  const head = bytes.subarray(0, 64);
  if (head.includes(0) || (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe)) return { doc: bytes, cut: 0 };
  const at = findCutInBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), keep);
  if (!at) return { doc: bytes, cut: 0 };
  const out = new Uint8Array(at.keptEnd + (bytes.byteLength - at.lastEnd));
  out.set(bytes.subarray(0, at.keptEnd), 0);
  out.set(bytes.subarray(at.lastEnd), at.keptEnd);
  return { doc: out, cut: at.cut };
}
