/**
 * Telegram's HTML parse mode as a pure function: what the Bot API does with `parse_mode: "HTML"`.
 *
 * Modelled on TDLib's parser (the one behind the Bot API): same tag set, same error wording,
 * byte offsets in errors, UTF-16 offsets in entities. Deliberately stricter than Telegram in one
 * place: a `&` that does not start `&lt; &gt; &amp; &quot;` or a numeric reference is an error
 * here (Telegram keeps it literally), so that unescaped text is caught in tests, not in production.
 */

/** A MessageEntity as the Bot API returns it (the subset HTML can produce). */
export interface TelegramEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

export type ParseTelegramHtmlResult =
  | { ok: true; text: string; entities: TelegramEntity[] }
  | { ok: false; error: string };

/** Prefix of every HTML error description the Bot API sends. */
export const PARSE_ERROR_PREFIX = "Bad Request: can't parse entities: ";

const TAG_TO_TYPE: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  span: 'spoiler',
  'tg-spoiler': 'spoiler',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const ALLOWED_URL_SCHEMES = new Set(['http', 'https', 'tg', 'ton', 'tonsite', 'mailto']);

interface OpenTag {
  name: string;
  /** UTF-16 offset in the output text where the tag's content starts. */
  start: number;
  /** href for a, language for code, emoji id for tg-emoji, 'spoiler' for span. */
  arg: string;
  expandable: boolean;
  /** Entities are not allowed inside code/pre; Telegram drops them. */
  insideCode: boolean;
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v';

/** Parses Telegram-flavoured HTML into plain text plus entities, or returns Telegram's error. */
export function parseTelegramHtml(html: string): ParseTelegramHtmlResult {
  const n = html.length;
  const byteAt = (i: number): number => Buffer.byteLength(html.slice(0, i), 'utf8');
  const fail = (detail: string): ParseTelegramHtmlResult => ({ ok: false, error: PARSE_ERROR_PREFIX + detail });

  const chunks: string[] = [];
  let outLen = 0;
  const emit = (s: string): void => {
    chunks.push(s);
    outLen += s.length;
  };
  const stack: OpenTag[] = [];
  const entities: TelegramEntity[] = [];
  // Text of the current <a> without href is its URL; collect output so we can slice it later.
  const outText = (): string => chunks.join('');

  let i = 0;
  let literalStart = 0;
  const flushLiteral = (end: number): void => {
    if (end > literalStart) emit(html.slice(literalStart, end));
  };

  while (i < n) {
    const c = html[i];
    if (c === '&') {
      flushLiteral(i);
      const decoded = decodeEntityAt(html, i);
      if (decoded.kind === 'bad-entity') return fail(`Unsupported HTML entity "${decoded.raw}" at byte offset ${byteAt(i)}`);
      if (decoded.kind === 'none') return fail(`Unescaped "&" at byte offset ${byteAt(i)}; use &amp; instead`);
      emit(decoded.value);
      i += decoded.consumed;
      literalStart = i;
      continue;
    }
    if (c !== '<') {
      i++;
      continue;
    }
    flushLiteral(i);
    const begin = i;
    i++;
    if (html[i] !== '/') {
      // Start tag.
      const nameStart = i;
      while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
      if (i >= n) return fail(`Unclosed start tag at byte offset ${byteAt(begin)}`);
      const name = html.slice(nameStart, i).toLowerCase();
      if (!(name in TAG_TO_TYPE)) return fail(`Unsupported start tag "${name}" at byte offset ${byteAt(begin)}`);
      let arg = '';
      let expandable = false;
      while (html[i] !== '>') {
        while (i < n && isSpace(html[i])) i++;
        if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset ${byteAt(begin)}`);
        if (html[i] === '>') break;
        const attrStart = i;
        while (i < n && !isSpace(html[i]) && html[i] !== '=' && html[i] !== '>') i++;
        const attrName = html.slice(attrStart, i).toLowerCase();
        if (attrName.length === 0) {
          return fail(`Empty attribute name in the tag "${name}" at byte offset ${byteAt(begin)}`);
        }
        while (i < n && isSpace(html[i])) i++;
        if (html[i] !== '=') {
          if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset ${byteAt(begin)}`);
          if (name === 'blockquote' && attrName === 'expandable') {
            expandable = true;
            continue;
          }
          return fail(
            `Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${byteAt(begin)}`,
          );
        }
        i++;
        while (i < n && isSpace(html[i])) i++;
        if (i >= n) return fail(`Unclosed start tag at byte offset ${byteAt(begin)}`);
        let value = '';
        const q = html[i];
        if (q !== '"' && q !== "'") {
          const tokenStart = i;
          while (i < n && /[A-Za-z0-9.\-]/.test(html[i] ?? '')) i++;
          value = html.slice(tokenStart, i).toLowerCase();
          if (i < n && !isSpace(html[i]) && html[i] !== '>') {
            return fail(`Unexpected end of name token at byte offset ${byteAt(tokenStart)}`);
          }
        } else {
          i++;
          const parts: string[] = [];
          let partStart = i;
          while (i < n && html[i] !== q) {
            if (html[i] === '&') {
              parts.push(html.slice(partStart, i));
              const decoded = decodeEntityAt(html, i);
              if (decoded.kind === 'bad-entity') {
                return fail(`Unsupported HTML entity "${decoded.raw}" at byte offset ${byteAt(i)}`);
              }
              if (decoded.kind === 'none') return fail(`Unescaped "&" at byte offset ${byteAt(i)}; use &amp; instead`);
              parts.push(decoded.value);
              i += decoded.consumed;
              partStart = i;
              continue;
            }
            i++;
          }
          parts.push(html.slice(partStart, i));
          value = parts.join('');
          if (html[i] === q) i++;
        }
        if (i >= n) return fail(`Unclosed start tag at byte offset ${byteAt(begin)}`);
        if (name === 'a' && attrName === 'href') {
          arg = value;
        } else if (name === 'code' && attrName === 'class' && value.startsWith('language-')) {
          arg = value.slice('language-'.length);
        } else if (name === 'span' && attrName === 'class' && value.startsWith('tg-')) {
          arg = value.slice('tg-'.length);
        } else if (name === 'tg-emoji' && attrName === 'emoji-id') {
          arg = value;
        }
        // Other attributes are ignored, as Telegram does.
      }
      if (name === 'span' && arg !== 'spoiler') {
        return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteAt(begin)}`);
      }
      if (name === 'tg-emoji' && !/^[0-9]+$/.test(arg)) {
        return fail(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${byteAt(begin)}`);
      }
      const parent = stack[stack.length - 1];
      stack.push({
        name,
        start: outLen,
        arg,
        expandable,
        insideCode: parent !== undefined && (parent.insideCode || parent.name === 'code' || parent.name === 'pre'),
      });
      i++; // past '>'
      literalStart = i;
      continue;
    }

    // End tag.
    const top = stack[stack.length - 1];
    if (top === undefined) return fail(`Unexpected end tag at byte offset ${byteAt(begin)}`);
    i++;
    const nameStart = i;
    while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
    const endName = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html[i])) i++;
    if (html[i] !== '>') return fail(`Unclosed end tag at byte offset ${byteAt(begin)}`);
    if (endName.length > 0 && endName !== top.name) {
      return fail(
        `Unmatched end tag at byte offset ${byteAt(begin)}, expected "</${top.name}>", found "</${endName}>"`,
      );
    }
    stack.pop();
    i++;
    literalStart = i;
    const length = outLen - top.start;
    if (length === 0) continue;
    const parent = stack[stack.length - 1];
    if (top.name === 'code' && parent?.name === 'pre' && !parent.insideCode) {
      // <pre><code class="language-x">…</code></pre> is one pre entity with a language.
      if (top.arg !== '' && top.start === parent.start) parent.arg = top.arg;
      continue;
    }
    if (top.insideCode) continue;
    const type = TAG_TO_TYPE[top.name] ?? 'bold';
    const entity: TelegramEntity = { type, offset: top.start, length };
    if (top.name === 'a') {
      const url = normalizeUrl(top.arg !== '' ? top.arg : outText().slice(top.start));
      if (url === null) continue; // Telegram silently drops links it cannot accept.
      entity.url = url;
    } else if (top.name === 'pre') {
      if (top.arg !== '') entity.language = top.arg;
    } else if (top.name === 'blockquote') {
      if (top.expandable) entity.type = 'expandable_blockquote';
    } else if (top.name === 'tg-emoji') {
      entity.custom_emoji_id = top.arg;
    }
    entities.push(entity);
  }
  flushLiteral(n);
  const last = stack[stack.length - 1];
  if (last !== undefined) return fail(`Can't find end tag corresponding to start tag "${last.name}"`);

  // Outer entities first: by offset, then longest first (the order Telegram returns).
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { ok: true, text: outText(), entities };
}

type DecodedEntity =
  | { kind: 'ok'; value: string; consumed: number }
  | { kind: 'bad-entity'; raw: string }
  | { kind: 'none' };

const ENTITY_RE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

function decodeEntityAt(s: string, i: number): DecodedEntity {
  ENTITY_RE.lastIndex = i;
  const m = ENTITY_RE.exec(s);
  if (m === null) return { kind: 'none' };
  const raw = m[0];
  if (m[3] !== undefined) {
    const value = NAMED_ENTITIES[m[3]];
    return value === undefined ? { kind: 'bad-entity', raw } : { kind: 'ok', value, consumed: raw.length };
  }
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return { kind: 'bad-entity', raw };
  }
  return { kind: 'ok', value: String.fromCodePoint(code), consumed: raw.length };
}

function normalizeUrl(href: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '') return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.\-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Telegram accepts bare domains and makes them http links.
    return /^[^\s/?#]+\.[^\s/?#]+/.test(trimmed) ? `http://${trimmed}` : null;
  }
  return ALLOWED_URL_SCHEMES.has(scheme) ? trimmed : null;
}

/** Escapes text for Telegram HTML: & < > and " (so it is also safe inside attribute values). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
