/**
 * Bound the element tree the parser will build. The parser turns every element into objects (about
 * 400 bytes a level), so 0.7 MB of `<x><x><x>…` nested 100,000 deep costs 40 MB to read, and a
 * document of tiny empty elements costs far more than its size suggests. Real feeds nest a few dozen
 * levels at most (XHTML content) and carry some thousands of elements, so the bounds below only ever
 * meet hostile or broken documents. The scan looks at tags only; text, CDATA sections and comments
 * are skipped whole.
 */

export interface ElementLimits {
  /** Levels of elements inside one item (or above the items) before it is not read. */
  maxDepth: number;
  /** Elements in the whole document; items past this are left unread. */
  maxElements: number;
}

export const ELEMENT_LIMITS: ElementLimits = { maxDepth: 64, maxElements: 100_000 };

export interface BoundedDoc {
  doc: string;
  /** Items removed because they nest deeper than maxDepth (unreadable, as an invalid item is). */
  dropped: number;
  /** Items removed because the document had passed maxElements before they ended (unread, as cut items are). */
  cut: number;
  /** The document nests deeper than maxDepth outside any item, or never closes an item that does: not readable. */
  tooDeep: boolean;
}

const ITEM_NAME = /(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s/>])/y;

function isItemStart(xml: string, nameAt: number): boolean {
  ITEM_NAME.lastIndex = nameAt;
  return ITEM_NAME.test(xml);
}

/** Whether the character after `<` starts markup: `/`, `!`, `?` or an element name. */
function isMarkupStart(code: number): boolean {
  return code === 0x2f || code === 0x21 || code === 0x3f || code === 0x5f || code === 0x3a || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f;
}

/** End (one past) of the construct starting with `<` at `at`, or -1 when it never ends. */
function constructEnd(xml: string, at: number): number {
  const next = xml.charCodeAt(at + 1);
  let close = '>';
  let from = at + 1;
  if (next === 0x21 /* ! */) {
    if (xml.startsWith('<!--', at)) [close, from] = ['-->', at + 4];
    else if (xml.startsWith('<![CDATA[', at)) [close, from] = [']]>', at + 9];
  } else if (next === 0x3f /* ? */) [close, from] = ['?>', at + 2];
  const end = xml.indexOf(close, from);
  return end < 0 ? -1 : end + close.length;
}

/**
 * Remove the items that nest deeper than `limits.maxDepth`, and the items that end after the document's
 * first `limits.maxElements` elements; a document returned with `tooDeep` must not be parsed at all.
 * A document within the limits is returned unchanged (the same string).
 */
export function boundElements(xml: string, limits: ElementLimits = ELEMENT_LIMITS): BoundedDoc {
  const kept: string[] = [];
  let from = 0;
  let dropped = 0;
  let cut = 0;
  let depth = 0;
  let elements = 0;
  // The item being read: where it starts, the depth outside it, and whether it is removed.
  let itemStart = -1;
  let itemDepth = 0;
  let itemTooDeep = false;
  let elementsBeforeItem = 0;
  for (let at = xml.indexOf('<'); at >= 0; ) {
    const next = xml.charCodeAt(at + 1);
    if (!isMarkupStart(next)) {
      at = xml.indexOf('<', at + 1); // a stray `<` in text (`a < b`), left to the repair step
      continue;
    }
    const end = constructEnd(xml, at);
    if (end < 0) break; // an unterminated construct: the parser reports it
    if (next === 0x2f /* / */) {
      depth--;
      if (itemStart >= 0 && depth <= itemDepth) {
        const removeAs = itemTooDeep ? 'dropped' : elements > limits.maxElements ? 'cut' : null;
        if (removeAs) {
          kept.push(xml.slice(from, itemStart));
          from = end;
          if (removeAs === 'dropped') {
            dropped++;
            elements = elementsBeforeItem; // a removed item's elements are not built: they take no budget
          } else cut++;
        }
        itemStart = -1;
        itemTooDeep = false;
      }
    } else if (next !== 0x21 && next !== 0x3f) {
      elements++;
      if (xml.charCodeAt(end - 2) !== 0x2f /* not self-closing */) {
        if (itemStart < 0 && isItemStart(xml, at + 1)) {
          itemStart = at;
          itemDepth = depth;
          elementsBeforeItem = elements - 1;
        }
        depth++;
        if (itemStart >= 0) {
          if (depth - itemDepth > limits.maxDepth) itemTooDeep = true;
        } else if (depth > limits.maxDepth) {
          return { doc: xml, dropped, cut, tooDeep: true };
        }
      }
    }
    at = xml.indexOf('<', end);
  }
  if (itemStart >= 0 && itemTooDeep) return { doc: xml, dropped, cut, tooDeep: true };
  if (from === 0) return { doc: xml, dropped, cut, tooDeep: false };
  kept.push(xml.slice(from));
  return { doc: kept.join(''), dropped, cut, tooDeep: false };
}
