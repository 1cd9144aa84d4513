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
const SCAN = /<!\[CDATA\[|<!--|<\/(?:item|entry)\s*>/g;

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

/**
 * The same on undecoded bytes, so a large document is never decoded whole. Markup is ASCII in every
 * encoding a feed uses except UTF-16/32: those (a BOM or zero bytes up front) are left to capFeedItems.
 */
export function capFeedItemBytes(bytes: Uint8Array, keep: number): CappedFeed<Uint8Array> {
  const head = bytes.subarray(0, 64);
  if (head.includes(0) || (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe)) return { doc: bytes, cut: 0 };
  // Latin-1 maps each byte to one character, so string offsets are byte offsets.
  const at = findCut(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), keep);
  if (!at) return { doc: bytes, cut: 0 };
  const out = new Uint8Array(at.keptEnd + (bytes.byteLength - at.lastEnd));
  out.set(bytes.subarray(0, at.keptEnd), 0);
  out.set(bytes.subarray(at.lastEnd), at.keptEnd);
  return { doc: out, cut: at.cut };
}
