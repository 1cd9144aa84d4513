import { boundElements, ELEMENT_LIMITS } from './bound-elements.js';
import { capFeedItems } from './cap-items.js';
import { truncateText } from './clip.js';
import Parser from 'rss-parser';
import xml2js from 'xml2js';
import { repairXml } from './repair-xml.js';
import type { ParsedFeed, RawItem } from './types.js';

/** Why a document could not be read as a feed at all. */
export class FeedParseError extends Error {
  readonly kind = 'unparseable';
}

type XmlNode = unknown;

// Raw element arrays kept so that we can read xhtml content, Atom links and every date field ourselves.
const parser = new Parser({
  defaultRSS: 2,
  xml2js: { strict: true },
  customFields: {
    feed: [['title', 'rawTitle', { keepArray: true }] as unknown as string],
    item: [
      ['title', 'rawTitle', { keepArray: true }],
      ['description', 'rawDescription', { keepArray: true }],
      ['dc:description', 'rawDcDescription', { keepArray: true }],
      ['content:encoded', 'rawEncoded', { keepArray: true }],
      ['xhtml:body', 'rawXhtmlBody', { keepArray: true }],
      ['body', 'rawBody', { keepArray: true }],
      ['content', 'rawContent', { keepArray: true }],
      ['summary', 'rawSummary', { keepArray: true }],
      ['link', 'rawLinks', { keepArray: true }],
      ['source', 'rawSource', { keepArray: true }],
      ['published', 'rawPublished', { keepArray: true }],
      ['updated', 'rawUpdated', { keepArray: true }],
      ['issued', 'rawIssued', { keepArray: true }],
      ['modified', 'rawModified', { keepArray: true }],
      ['created', 'rawCreated', { keepArray: true }],
      ['dc:date', 'rawDcDate', { keepArray: true }],
      ['dcterms:modified', 'rawDctermsModified', { keepArray: true }],
      ['pubDate', 'rawPubDate', { keepArray: true }],
      ['guid', 'rawGuid', { keepArray: true }],
      ['id', 'rawId', { keepArray: true }],
      ['category', 'rawCategories', { keepArray: true }],
    ] as unknown as string[],
  },
});

const builder = new xml2js.Builder({ headless: true, rootName: 'div', renderOpts: { pretty: false } });

/** Text or markup of an xml2js node: plain text as is, xhtml children rebuilt as markup. */
function nodeText(node: XmlNode): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string') return node;
  if (typeof node !== 'object') return String(node);
  const record = node as Record<string, unknown>;
  const childKeys = Object.keys(record).filter((k) => k !== '$' && k !== '_');
  if (childKeys.length === 0) return typeof record._ === 'string' ? record._ : '';
  try {
    return builder.buildObject(node);
  } catch {
    return typeof record._ === 'string' ? record._ : null;
  }
}

function firstText(nodes: unknown): string | null {
  if (!Array.isArray(nodes)) return nodes === undefined ? null : nodeText(nodes);
  for (const node of nodes) {
    const text = nodeText(node);
    if (text !== null && text.trim() !== '') return text;
  }
  return null;
}

function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const attrs = (node as { $?: Record<string, unknown> }).$;
  const value = attrs?.[name];
  return typeof value === 'string' ? value : null;
}

/** Atom: the rel="alternate" (or rel-less) link with an href, skipping enclosures; RSS: the text. */
function pickLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  let fallback: string | null = null;
  for (const link of links) {
    if (typeof link === 'string') {
      if (link.trim()) return link.trim();
      continue;
    }
    const href = attr(link, 'href');
    if (href === null) {
      const text = nodeText(link);
      if (text?.trim()) return text.trim();
      continue;
    }
    const rel = attr(link, 'rel') ?? 'alternate';
    if (rel === 'alternate') return href.trim();
    if (fallback === null && rel !== 'enclosure' && rel !== 'self' && rel !== 'replies') fallback = href.trim();
  }
  return fallback;
}

/**
 * Whether an item carries anything at all. toRawItem already bounds every field (types and lengths),
 * so this is the whole validation: no schema library needs loading in each pipeline worker.
 */
function hasContent(item: RawItem): boolean {
  return Boolean(item.title?.trim() || item.link?.trim() || item.content?.trim() || item.summary?.trim() || item.guid || item.date);
}

type ParserItem = Record<string, unknown>;

function toRawItem(item: ParserItem): RawItem {
  const title = firstText(item.rawTitle) ?? (typeof item.title === 'string' ? item.title : null);
  const encoded = firstText(item.rawEncoded);
  const xhtmlBody = firstText(item.rawXhtmlBody) ?? firstText(item.rawBody);
  const atomContent = firstText(item.rawContent);
  const description = firstText(item.rawDescription) ?? firstText(item.rawDcDescription);
  const atomSummary = firstText(item.rawSummary);
  const summary = atomSummary ?? description;
  const content = encoded ?? xhtmlBody ?? atomContent ?? summary;
  const date =
    firstText(item.rawPubDate) ??
    firstText(item.rawPublished) ??
    firstText(item.rawIssued) ??
    firstText(item.rawDcDate) ??
    firstText(item.rawCreated) ??
    firstText(item.rawUpdated) ??
    firstText(item.rawModified) ??
    firstText(item.rawDctermsModified);
  const guidNode = Array.isArray(item.rawGuid) ? item.rawGuid[0] : undefined;
  const guid = firstText(item.rawGuid) ?? firstText(item.rawId) ?? (typeof item['rdf:about'] === 'string' ? item['rdf:about'] : null);
  // An RSS guid that is a permalink serves as the link when there is none.
  const isPermaLink = attr(guidNode, 'isPermaLink') !== 'false';
  const guidAsLink = guid && isPermaLink && /^https?:\/\//i.test(guid.trim()) ? guid.trim() : null;
  const sourceNode = Array.isArray(item.rawSource) ? item.rawSource[0] : undefined;
  const categories = Array.isArray(item.rawCategories)
    ? item.rawCategories.map((c) => nodeText(c) ?? attr(c, 'term') ?? '').filter((c) => c.trim() !== '')
    : [];
  const author = typeof item.creator === 'string' ? item.creator : typeof item.author === 'string' ? item.author : null;
  // Over-long fields are bounded here, not grounds to lose the item: a huge title is cut, a link
  // too long to be real is dropped (a cut one would lead nowhere). Normalising bounds them further.
  const link = pickLink(item.rawLinks) ?? guidAsLink;
  const trimmedDate = date?.trim() || null;
  return {
    guid: guid?.trim() ? truncateText(guid.trim(), 2048) : null,
    link: link && link.length <= 4096 ? link : null,
    title: title === null ? null : truncateText(title, 10_000),
    content,
    summary: summary !== content ? summary : null,
    date: trimmedDate && trimmedDate.length <= 200 ? trimmedDate : null,
    author: author === null ? null : truncateText(author, 500),
    categories: categories.slice(0, 100).map((c) => truncateText(c, 500)),
    source: sourceNode !== undefined ? truncateText(nodeText(sourceNode)?.trim() ?? '', 500) || null : null,
  };
}

/**
 * Shapes rss-parser cannot map but real feeds use: RSS 2.0 elements in a prefixed namespace
 * (`<r:rss><r:channel>`), and `<rss>` items with no `<channel>` around them.
 */
function normalizeRssShape(xml: string): string {
  const prefixed = /^(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->)*\s*<([A-Za-z][\w.-]*):rss\b/.exec(xml);
  if (prefixed) {
    const prefix = prefixed[1]!;
    xml = xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
  }
  // RSS 1.0 whose elements carry a prefix bound to its namespace (<rss:item>) instead of a default
  // namespace: rss-parser looks for unprefixed names.
  const rdfPrefix = /<rdf:RDF\b[^>]*\sxmlns:([A-Za-z][\w.-]*)\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/?["']/.exec(xml)?.[1];
  if (rdfPrefix && rdfPrefix !== 'rdf') {
    xml = xml.replace(new RegExp(`<(/?)${rdfPrefix.replace(/[.]/g, '\\.')}:`, 'g'), '<$1');
  }
  // RSS 1.0 with items but no <channel> (rss-parser reads channel[0] unconditionally).
  if (/<rdf:RDF[\s>]/.test(xml) && !/<channel[\s>]/.test(xml)) xml = xml.replace(/(<rdf:RDF\b[^>]*>)/, '$1<channel></channel>');
  if (/<rss[\s>]/.test(xml) && !/<channel[\s>]/.test(xml)) {
    xml = xml.replace(/(<rss\b[^>]*>)/, '$1<channel>').replace(/<\/rss\s*>(?![\s\S]*<\/rss)/, '</channel></rss>');
  }
  return xml;
}

/**
 * Parse feed text (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) after repairing what real feeds get wrong.
 * Items that fail validation are dropped and counted; only a document that is not a feed at all throws.
 */
export async function parseFeed(xml: string, opts: { keepItems?: number } = {}): Promise<ParsedFeed> {
  // Items past `keepItems` are cut before parsing: their object tree is what would cost the memory.
  const capped = opts.keepItems === undefined ? { doc: xml, cut: 0 } : capFeedItems(xml, opts.keepItems);
  // So are items nested absurdly deep, and items past an element budget (see bound-elements.ts).
  const bounded = boundElements(capped.doc);
  if (bounded.tooDeep) throw new FeedParseError(`not a readable feed: elements nested more than ${ELEMENT_LIMITS.maxDepth} levels deep`);
  const parsed = await parseRepairedFeed(repairFeedXml(bounded.doc));
  const cut = capped.cut + bounded.cut;
  return { ...parsed, dropped: parsed.dropped + bounded.dropped, ...(cut > 0 ? { cut } : {}) };
}

/** The repair step of parseFeed on its own (the benchmark times it apart from parsing). */
export function repairFeedXml(xml: string): string {
  return normalizeRssShape(repairXml(xml));
}

/** The parse step of parseFeed on its own, for a document that went through repairFeedXml. */
export async function parseRepairedFeed(repaired: string): Promise<ParsedFeed> {
  let feed: Record<string, unknown> & { items?: ParserItem[] };
  try {
    feed = (await parser.parseString(repaired)) as typeof feed;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const looksHtml = /^\s*(<!doctype html|<html)/i.test(repaired);
    throw new FeedParseError(looksHtml ? 'not a feed: the document is an HTML page' : `not a readable feed: ${reason}`, { cause: error });
  }
  const items: RawItem[] = [];
  let dropped = 0;
  for (const item of feed.items ?? []) {
    const raw = toRawItem(item);
    if (hasContent(raw)) items.push(raw);
    else dropped++;
  }
  const title = firstText(feed.rawTitle) ?? (typeof feed.title === 'string' ? feed.title : null);
  return {
    title: title?.trim() || null,
    link: typeof feed.link === 'string' ? feed.link : null,
    language: typeof feed.language === 'string' ? feed.language : null,
    items,
    dropped,
  };
}
