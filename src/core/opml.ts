/**
 * OPML 2.0 subscription lists, both ways, as pure functions: `readOpml` turns a document into the
 * feeds it lists (or one clear refusal), `writeOpml` turns feeds into a document other readers
 * accept (Feedly refuses outlines without type="rss"). Troika's own fields travel as attributes in
 * the `troika:` namespace so an export imported again gives the same feeds.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const TROIKA_OPML_NS = 'https://troika.bot/opml/1.0';
/** A Feedly or Inoreader export of a few hundred feeds is 50–150 kB; 2 MB leaves room and stops abuse. */
export const MAX_OPML_BYTES = 2 * 1024 * 1024;
/** Outlines read from one file (feeds and folders); larger lists are refused, not truncated. */
export const MAX_OPML_OUTLINES = 1000;
/** Folders inside folders are flattened; deeper than this is not a subscription list. */
export const MAX_FOLDER_DEPTH = 8;

/** One feed as an OPML outline lists it. */
export interface OpmlFeed {
  /** xmlUrl as written (validated later, like /addfeed). */
  xmlUrl: string;
  htmlUrl: string | null;
  /** title, else text. */
  title: string | null;
  language: string | null;
  /** troika:enabled; true when absent (other readers have no such notion). */
  enabled: boolean;
  /** troika:origin when present (where the feed's publisher is based). */
  origin: string | null;
  /** troika:state-media="true": state-run or state-funded media. */
  stateMedia: boolean;
  /** Folder path from other readers ("Tech / AI"), for the reply only: Troika keeps one list. */
  folder: string | null;
}

/** An outline that names no feed, with the reason. */
export interface OpmlSkip {
  label: string;
  reason: 'no-xml-url';
}

export type OpmlRefusal =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-xml'; line: number | null; detail: string }
  | { kind: 'entities' }
  | { kind: 'not-opml'; root: string | null }
  | { kind: 'no-body' }
  | { kind: 'too-many-outlines'; count: number }
  | { kind: 'too-deep'; depth: number }
  | { kind: 'no-feeds'; outlines: number };

export type OpmlRead =
  | { ok: true; title: string | null; feeds: OpmlFeed[]; skipped: OpmlSkip[]; folders: number }
  | { ok: false; refusal: OpmlRefusal };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  allowBooleanAttributes: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'outline',
  maxNestedTags: MAX_FOLDER_DEPTH + 8,
  // Entities are decoded by decodeXmlText in one pass (the parser leaves numeric references as they are).
  processEntities: false,
  htmlEntities: false,
});

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references, decoded in one pass. */
function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Attributes of an element, by lower-cased name without the namespace prefix kept apart. */
function attributesOf(node: Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith('@') || typeof value !== 'string') continue;
    out.set(key.slice(1).toLowerCase(), decodeXmlText(value).trim());
  }
  return out;
}

const nonEmpty = (s: string | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

/** Count outlines and the deepest nesting without recursion limits of our own making. */
function measure(outlines: Node[]): { count: number; depth: number } {
  let count = 0;
  let depth = 0;
  const stack: Array<{ nodes: Node[]; level: number }> = [{ nodes: outlines, level: 1 }];
  while (stack.length) {
    const { nodes, level } = stack.pop()!;
    for (const node of nodes) {
      count++;
      depth = Math.max(depth, level);
      const children = node.outline;
      if (Array.isArray(children) && children.length) stack.push({ nodes: children as Node[], level: level + 1 });
    }
  }
  return { count, depth };
}

/** Read an OPML document: every feed outline (folders flattened), outlines naming no feed, or one refusal. */
export function readOpml(text: string): OpmlRead {
  // UTF-16 length never exceeds the UTF-8 byte count, so a long string is refused without encoding it.
  const bytes = text.length > MAX_OPML_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_OPML_BYTES) return { ok: false, refusal: { kind: 'too-large', bytes } };
  const source = text.replace(/^\uFEFF/, '');
  // OPML never needs entity declarations; refusing them closes the door on expansion bombs.
  if (/<!ENTITY/i.test(source)) return { ok: false, refusal: { kind: 'entities' } };
  const valid = XMLValidator.validate(source, { allowBooleanAttributes: true });
  if (valid !== true) return { ok: false, refusal: { kind: 'not-xml', line: valid.err.line ?? null, detail: valid.err.msg } };
  let doc: Node;
  try {
    doc = parser.parse(source) as Node;
  } catch (error) {
    const message = (error as Error).message;
    if (/nest/i.test(message)) return { ok: false, refusal: { kind: 'too-deep', depth: MAX_FOLDER_DEPTH + 1 } };
    return { ok: false, refusal: { kind: 'not-xml', line: null, detail: message } };
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('@') && k !== '#text') ?? null;
  if (rootName?.toLowerCase() !== 'opml') return { ok: false, refusal: { kind: 'not-opml', root: rootName } };
  const opml = doc[rootName] as Node | string;
  if (typeof opml !== 'object' || opml === null) return { ok: false, refusal: { kind: 'no-body' } };
  const body = opml.body as Node | string | undefined;
  if (body === undefined) return { ok: false, refusal: { kind: 'no-body' } };
  const head = opml.head as Node | undefined;
  const title = typeof head?.title === 'string' ? nonEmpty(decodeXmlText(head.title)) : null;
  const top = typeof body === 'object' && Array.isArray(body.outline) ? (body.outline as Node[]) : [];

  const { count, depth } = measure(top);
  if (count > MAX_OPML_OUTLINES) return { ok: false, refusal: { kind: 'too-many-outlines', count } };
  // Folder levels above the deepest feed outline.
  if (depth - 1 > MAX_FOLDER_DEPTH) return { ok: false, refusal: { kind: 'too-deep', depth: depth - 1 } };

  const feeds: OpmlFeed[] = [];
  const skipped: OpmlSkip[] = [];
  let folders = 0;
  const walk = (nodes: Node[], path: string[]): void => {
    for (const node of nodes) {
      const a = attributesOf(node);
      // Titles are one line: some readers write the description's line breaks into them.
      const label = (nonEmpty(a.get('title')) ?? nonEmpty(a.get('text')))?.replace(/\s+/g, ' ') ?? null;
      const children = Array.isArray(node.outline) ? (node.outline as Node[]) : [];
      const xmlUrl = nonEmpty(a.get('xmlurl'));
      if (xmlUrl) {
        feeds.push({
          xmlUrl,
          htmlUrl: nonEmpty(a.get('htmlurl')),
          title: label,
          language: nonEmpty(a.get('troika:language')) ?? nonEmpty(a.get('language')),
          enabled: a.get('troika:enabled')?.toLowerCase() !== 'false',
          origin: nonEmpty(a.get('troika:origin')),
          stateMedia: a.get('troika:state-media')?.toLowerCase() === 'true',
          folder: path.length ? path.join(' / ') : null,
        });
      } else if (children.length) {
        folders++;
      } else {
        skipped.push({ label: label ?? nonEmpty(a.get('htmlurl')) ?? '(an outline with no title)', reason: 'no-xml-url' });
      }
      if (children.length) walk(children, [...path, label ?? '…']);
    }
  };
  walk(top, []);
  if (feeds.length === 0) return { ok: false, refusal: { kind: 'no-feeds', outlines: count } };
  return { ok: true, title, feeds, skipped, folders };
}

/** A feed as Troika exports it. */
export interface ExportFeed {
  url: string;
  siteUrl: string | null;
  title: string;
  language: string | null;
  enabled: boolean;
  origin?: string | null;
  stateMedia?: boolean;
}

const escapeAttribute = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;')
    // Characters XML 1.0 cannot carry at all: dropped rather than producing a broken file.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** An OPML 2.0 document listing the feeds (dateCreated as RFC 822, as the spec asks). */
export function writeOpml(feeds: readonly ExportFeed[], options: { title: string; now: Date }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:troika="${TROIKA_OPML_NS}">`,
    '  <head>',
    `    <title>${escapeAttribute(options.title)}</title>`,
    `    <dateCreated>${options.now.toUTCString()}</dateCreated>`,
    '    <docs>http://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
  ];
  for (const feed of feeds) {
    const attributes: Array<[string, string | null | undefined]> = [
      ['type', 'rss'],
      ['text', feed.title],
      ['title', feed.title],
      ['xmlUrl', feed.url],
      ['htmlUrl', feed.siteUrl],
      ['language', feed.language],
      ['troika:language', feed.language],
      ['troika:origin', feed.origin],
      ['troika:state-media', feed.stateMedia ? 'true' : null],
      ['troika:enabled', feed.enabled ? 'true' : 'false'],
    ];
    const written = attributes.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => `${k}="${escapeAttribute(v!)}"`);
    lines.push(`    <outline ${written.join(' ')}/>`);
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
