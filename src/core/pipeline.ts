import { capFeedItemBytes } from './cap-items.js';
import { decodeFeedBytes } from './decode.js';
import { clipText, truncateText } from './clip.js';
import { FIELD_LIMITS, normalizeItem } from './normalize.js';
import { parseFeed } from './parse.js';
import { classifyArticle } from './classify/index.js';
import { searchRoots, searchText } from './search/index.js';
import { storyFeatures, type StoryFeatures } from './stories/features.js';
import { summarizeArticle } from './summarize.js';
import type { Article, Classification, ParsedFeed } from './types.js';

export interface LabelledArticle {
  article: Article;
  classification: Classification;
  summary: string;
  /**
   * For relevant items, computed where the analysis runs (a pipeline worker) so the main thread does
   * not: what grouping compares (storyFeatures) and what the search index stores (searchText/searchRoots).
   */
  prepared?: PreparedForStore;
}

/** Work done ahead for storing a relevant item; exactly what the store would otherwise compute. */
export interface PreparedForStore {
  features: StoryFeatures;
  search: { title: string; text: string; titleRoots: string; textRoots: string };
}

/** What storing and grouping a relevant article will need, computed now (pure). */
export function prepareForStore(article: Pick<Article, 'title' | 'text' | 'lang'>): PreparedForStore {
  return {
    features: storyFeatures({ title: article.title, text: article.text }),
    search: { title: searchText(article.title), text: searchText(article.text), titleRoots: searchRoots(article.title, article.lang), textRoots: searchRoots(article.text, article.lang) },
  };
}

export interface ReadFeedOptions {
  contentType?: string | null;
  now: Date;
  /** Where the bytes came from, to resolve relative links. */
  feedUrl?: string | null;
  /** Read at most this many item elements; the rest are counted, not parsed (ParsedFeed.cut). */
  keepItems?: number;
}

export interface ReadFeedResult {
  feed: ParsedFeed;
  articles: Article[];
  encoding: string;
}

/** decode → parse → normalize: feed bytes to clean articles (no classification yet). */
export function readFeedArticles(bytes: Uint8Array, opts: ReadFeedOptions): Promise<ReadFeedResult> {
  // A large document is cut to its first items while still bytes (UTF-16 ones once decoded, in parseFeed).
  // Not an async function: it would hold `bytes` until the end, and a 10 MB document cut to its first
  // items need not stay in memory while they are read (a worker collects it meanwhile).
  const capped = opts.keepItems === undefined ? { doc: bytes, cut: 0 } : capFeedItemBytes(bytes, opts.keepItems);
  return readCappedArticles(capped, opts);
}

async function readCappedArticles(capped: { doc: Uint8Array; cut: number }, opts: ReadFeedOptions): Promise<ReadFeedResult> {
  const decoded = decodeFeedBytes(capped.doc, opts.contentType);
  const parsed = await parseFeed(decoded.text, opts.keepItems === undefined ? {} : { keepItems: opts.keepItems });
  if (capped.cut > 0) parsed.cut = (parsed.cut ?? 0) + capped.cut;
  // The channel's own facts are feed-derived too: a 10,000-character title must not reach a reply.
  const feed: ParsedFeed = {
    ...parsed,
    title: parsed.title ? clipText(parsed.title.replace(/\s+/gu, ' '), FIELD_LIMITS.feedTitle) : null,
    link: parsed.link && parsed.link.length <= FIELD_LIMITS.feedLink ? parsed.link : null,
    language: parsed.language ? truncateText(parsed.language.trim(), FIELD_LIMITS.feedLanguage) || null : null,
  };
  const articles: Article[] = [];
  for (const raw of feed.items) {
    articles.push(normalizeItem(raw, { now: opts.now, feedLanguage: feed.language, feedUrl: opts.feedUrl ?? feed.link }));
  }
  return { feed, articles, encoding: decoded.encoding };
}

/** Whether an article has anything a reader could see (a title or some text). */
export function isReadable(article: Article): boolean {
  return article.title !== '' || article.text !== '';
}

/** classify + summarize each article: what the store and the `classify` command need. */
export function labelArticles(articles: Article[]): LabelledArticle[] {
  return articles.map((article) => ({
    article,
    classification: classifyArticle({ title: article.title, text: article.text, lang: article.lang }),
    summary: summarizeArticle(article),
  }));
}

export interface AnalyzeOptions extends ReadFeedOptions {
  /** Most items taken from one document; the rest are counted, not read. */
  maxItems: number;
  /** Item keys this feed already stored: those items are counted, not classified or summarised again. */
  knownKeys?: readonly string[];
  /** The caller is done with the bytes: a worker pool may take them over instead of copying them. */
  handOver?: boolean;
  /**
   * Asked after each item is labelled; a promise returned is awaited before the next item. Analysis on
   * the main thread passes one that gives the event loop a turn now and then (src/loop-share.ts), so readers
   * are not kept waiting for a whole feed; the results are the same.
   */
  pause?: () => Promise<void> | undefined;
}

/** What the refresh job needs from a fetched document: the feed's facts and its labelled, readable items. */
export interface FeedAnalysis {
  title: string | null;
  link: string | null;
  language: string | null;
  /** The kept items not already stored from this feed, classified and summarised. */
  labelled: LabelledArticle[];
  /** Kept items skipped because this feed already stored them (`knownKeys`). */
  known: number;
  /** Readable items in the document, before the maxItems cap (items cut unparsed count as readable). */
  readableItems: number;
  /** Items dropped as invalid or empty. */
  dropped: number;
  /** Newest publication date among the kept items. */
  newest: Date | null;
}

const KEEP_ITEMS_MIN = 100;

/** decode → parse → normalize → classify → summarize one document: the CPU-bound part of a refresh. */
export function analyzeFeed(bytes: Uint8Array, opts: AnalyzeOptions): Promise<FeedAnalysis> {
  // Twice the cap leaves room for unreadable items among the first ones; the rest is never parsed.
  // (Not async, so that `bytes` is not held while the items are labelled: see readFeedArticles.)
  return labelFeed(readFeedArticles(bytes, { ...opts, keepItems: Math.max(2 * opts.maxItems, KEEP_ITEMS_MIN) }), opts);
}

async function labelFeed(read: Promise<ReadFeedResult>, opts: AnalyzeOptions): Promise<FeedAnalysis> {
  const { feed, articles } = await read;
  const readable = articles.filter(isReadable);
  const kept = readable.slice(0, opts.maxItems);
  let newest: Date | null = null;
  for (const a of kept) if (a.publishedAt && (!newest || a.publishedAt > newest)) newest = a.publishedAt;
  // Most of a feed is what it carried last time: classifying it again would only be thrown away.
  const known = opts.knownKeys?.length ? new Set(opts.knownKeys) : null;
  const fresh = known ? kept.filter((a) => !known.has(a.itemKey)) : kept;
  const labelled: LabelledArticle[] = [];
  for (const article of fresh) {
    const [l] = labelArticles([article]) as [LabelledArticle];
    labelled.push(l.classification.relevant ? { ...l, prepared: prepareForStore(l.article) } : l);
    const paused = opts.pause?.();
    if (paused) await paused;
  }
  return {
    title: feed.title,
    link: feed.link,
    language: feed.language ?? kept[0]?.lang ?? null,
    labelled,
    known: kept.length - fresh.length,
    readableItems: readable.length + (feed.cut ?? 0),
    dropped: feed.dropped + (articles.length - readable.length),
    newest,
  };
}
