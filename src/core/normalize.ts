import { createHash } from 'node:crypto';
import { canonicalUrl, resolveLink } from './canonical-url.js';
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

const MAX_TEXT = 20_000;
// Markup beyond this cannot contribute to the first 20,000 characters of text worth keeping.
const MAX_HTML = 200_000;
const MAX_TITLE = 500;

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
  const title = repairMojibake(htmlToText(raw.title ?? '')).slice(0, MAX_TITLE);
  const bodyHtml = (raw.content ?? raw.summary ?? '').slice(0, MAX_HTML);
  let text = repairMojibake(htmlToText(bodyHtml));
  if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT);
  const link = resolveLink(raw.link, ctx.feedUrl);
  const url = canonicalUrl(link);
  const displayTitle = title || text.slice(0, 120);
  const source = raw.source ? htmlToText(raw.source).slice(0, 200) || null : null;

  const host = url ? new URL(url).hostname : '';
  const dedupeKey = url && !AGGREGATOR_HOSTS.test(host) ? `u:${url}` : `t:${hash(titleFingerprint(displayTitle), source ?? '')}`;
  const itemKey = raw.guid ? `g:${raw.guid.slice(0, 512)}` : url ? `u:${url}` : `h:${hash(displayTitle, text)}`;

  return {
    itemKey,
    dedupeKey,
    link,
    url,
    title: displayTitle,
    text,
    lang: detectLanguage(`${displayTitle} ${text.slice(0, 1000)}`, ctx.feedLanguage),
    publishedAt: saneDate(parseFeedDate(raw.date), ctx.now),
    author: raw.author ? htmlToText(raw.author).slice(0, 200) || null : null,
    source,
  };
}
