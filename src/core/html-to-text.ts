import { decodeHTML } from 'entities';

const DROPPED_ELEMENTS = /<(script|style|noscript|template|iframe|svg|object)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAGS = /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|table|tr|td|th|figure|figcaption|pre)\b[^>]*>/gi;

/** Plain text from an HTML fragment: scripts and styles dropped, tags removed, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  if (!html) return '';
  let text = html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  if (text.includes('<')) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(DROPPED_ELEMENTS, ' ')
      .replace(BLOCK_TAGS, '\n')
      .replace(/<\/?[A-Za-z][^>]*>/g, '');
  }
  if (text.includes('&')) text = decodeHTML(text);
  return text
    .replace(/\u200b/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
