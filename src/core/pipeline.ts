import { decodeFeedBytes } from './decode.js';
import { normalizeItem } from './normalize.js';
import { parseFeed } from './parse.js';
import { classifyArticle } from './classify/index.js';
import { summarizeArticle } from './summarize.js';
import type { Article, Classification, ParsedFeed } from './types.js';

export interface LabelledArticle {
  article: Article;
  classification: Classification;
  summary: string;
}

export interface ReadFeedOptions {
  contentType?: string | null;
  now: Date;
  /** Where the bytes came from, to resolve relative links. */
  feedUrl?: string | null;
}

export interface ReadFeedResult {
  feed: ParsedFeed;
  articles: Article[];
  encoding: string;
}

/** decode → parse → normalize: feed bytes to clean articles (no classification yet). */
export async function readFeedArticles(bytes: Uint8Array, opts: ReadFeedOptions): Promise<ReadFeedResult> {
  const decoded = decodeFeedBytes(bytes, opts.contentType);
  const feed = await parseFeed(decoded.text);
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
