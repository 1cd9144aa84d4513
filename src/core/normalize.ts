import { createHash } from 'node:crypto';
import { canonicalUrl, resolveLink } from './canonical-url.js';
import { truncateText } from './clip.js';
import { parseFeedDate, saneDate } from './dates.js';
import { repairMojibake } from './decode.js';
import { htmlToText } from './html-to-text.js';
import { detectLanguage } from './language.js';
import type { Article, RawItem } from './types.js';

export interface NormalizeContext {
  now: Date;
  /** The feed's declared language, a hint for detection. */
  feedLanguage?: string | null;
  /** The feed's address, to resolve relative links. */
  feedUrl?: string | null;
}

/**
 * Longest feed-derived values kept (UTF-16 units), applied at ingest so a hostile feed cannot make
 * any later reply (/sources, /feeds, /why, a briefing) exceed Telegram's limits.
 */
export const FIELD_LIMITS = { text: 20_000, title: 500, author: 200, source: 200, link: 2048, guid: 512, feedTitle: 200, feedLink: 2048, feedLanguage: 35 } as const;
const MAX_TEXT = FIELD_LIMITS.text;
// Markup beyond this cannot contribute to the first 20,000 characters of text worth keeping.
const MAX_HTML = 200_000;
const MAX_TITLE = FIELD_LIMITS.title;

/** A link longer than any real one is dropped rather than cut (a cut link leads nowhere). */
function boundedLink(link: string | null, max: number): string | null {
  return link && link.length <= max ? link : null;
}

function hash(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}

/** Lower-cased title with punctuation and spacing removed, for duplicate detection. */
export function titleFingerprint(title: string): string {
  return title.toLowerCase().normalize('NFKC').replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

// Aggregators link through their own redirect URLs: the same story has many, so match on title + source.
const AGGREGATOR_HOSTS = /(^|\.)(news\.google\.com|bing\.com|news\.yahoo\.com)$/i;

/** Clean one raw item into an article (title and text may be empty: callers decide what to keep). */
export function normalizeItem(raw: RawItem, ctx: NormalizeContext): Article {
  // Mojibake can also arrive as entities (&acirc;&#128;&brvbar; for "…"): repair after decoding them.
  const title = truncateText(repairMojibake(htmlToText(truncateText(raw.title ?? '', MAX_HTML))), MAX_TITLE);
  const bodyHtml = truncateText(raw.content ?? raw.summary ?? '', MAX_HTML);
  const text = truncateText(repairMojibake(htmlToText(bodyHtml)), MAX_TEXT);
  const link = boundedLink(resolveLink(raw.link, ctx.feedUrl), FIELD_LIMITS.link);
  const url = boundedLink(canonicalUrl(link), FIELD_LIMITS.link);
  const displayTitle = title || truncateText(text, 120);
  const source = raw.source ? truncateText(htmlToText(raw.source), FIELD_LIMITS.source) || null : null;

  const host = url ? new URL(url).hostname : '';
  const dedupeKey = url && !AGGREGATOR_HOSTS.test(host) ? `u:${url}` : `t:${hash(titleFingerprint(displayTitle), source ?? '')}`;
  const itemKey = raw.guid ? `g:${truncateText(raw.guid, FIELD_LIMITS.guid)}` : url ? `u:${url}` : `h:${hash(displayTitle, text)}`;

  return {
    itemKey,
    dedupeKey,
    link,
    url,
    title: displayTitle,
    text,
    lang: detectLanguage(`${displayTitle} ${truncateText(text, 1000)}`, ctx.feedLanguage),
    publishedAt: saneDate(parseFeedDate(raw.date), ctx.now),
    author: raw.author ? truncateText(htmlToText(raw.author), FIELD_LIMITS.author) || null : null,
    source,
  };
}
