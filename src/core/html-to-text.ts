import { decodeHTML } from 'entities';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'head']);
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header',
  'footer', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'pre', 'img', 'dd', 'dt', 'dl', 'aside', 'nav', 'main',
]);
const TAG_NAME = /^\/?([a-zA-Z][a-zA-Z0-9-]*)/;

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isTagStart(code: number): boolean {
  return isLetter(code) || code === 47; // a letter or '/'
}

/**
 * Plain text from an HTML fragment: scripts and styles dropped, tags removed, entities decoded,
 * spaces collapsed. One linear scan with indexOf, so hostile markup (thousands of unclosed tags or
 * comments) costs no more than its length.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  const parts: string[] = [];
  let lower: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      parts.push(' ');
      i = end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      parts.push(html.slice(lt + 9, end < 0 ? html.length : end));
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    // "<!" and "<?" start markup only before a name (<!DOCTYPE, <?xml); "<!'" is text.
    const markup = next === 33 || next === 63 ? isLetter(html.charCodeAt(lt + 2)) : isTagStart(next);
    if (!markup) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break; // an unterminated tag: nothing after it is text
    const name = TAG_NAME.exec(html.slice(lt + 1, Math.min(gt, lt + 40)))?.[1]?.toLowerCase() ?? '';
    const closing = html.charCodeAt(lt + 1) === 47;
    if (!closing && DROPPED.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, gt);
      if (close < 0) break; // an unclosed <script> swallows the rest
      const end = html.indexOf('>', close);
      parts.push(' ');
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    parts.push(BLOCK.has(name) ? ' ' : '');
    i = gt + 1;
  }
  let text = parts.join('');
  if (text.includes('&')) text = decodeHTML(text);
  return text
    .replace(/\u200b/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
