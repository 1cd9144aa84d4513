import type { FeedAnalysis, LabelledArticle } from '../core/pipeline.js';
import type { Lang } from '../core/types.js';

/**
 * A FeedAnalysis as a pipeline worker posts it: the feed's facts, and its labelled items as one JSON
 * text of flat rows. Structured cloning thousands of small objects (articles, classifications,
 * evidence, features) cost the main thread about 25 µs per item to receive; parsing one string of
 * rows and giving each row its Date back costs about 10.
 */
export interface WireAnalysis extends Omit<FeedAnalysis, 'labelled' | 'newest'> {
  newest: number | null;
  /** JSON array of WireRow. */
  rows: string;
}

/** One labelled article, positionally: the article's fields (publishedAt as epoch ms), then the labels. */
type WireRow = [
  itemKey: string, dedupeKey: string, link: string | null, url: string | null, title: string, text: string, lang: Lang,
  publishedAt: number | null, author: string | null, source: string | null,
  classification: LabelledArticle['classification'], summary: string, prepared: NonNullable<LabelledArticle['prepared']> | 0,
];

function toRow({ article: a, classification, summary, prepared }: LabelledArticle): WireRow {
  return [a.itemKey, a.dedupeKey, a.link, a.url, a.title, a.text, a.lang, a.publishedAt ? a.publishedAt.getTime() : null, a.author, a.source, classification, summary, prepared ?? 0];
}

function fromRow(r: WireRow): LabelledArticle {
  const article = { itemKey: r[0], dedupeKey: r[1], link: r[2], url: r[3], title: r[4], text: r[5], lang: r[6], publishedAt: r[7] === null ? null : new Date(r[7]), author: r[8], source: r[9] };
  return r[12] === 0 ? { article, classification: r[10], summary: r[11] } : { article, classification: r[10], summary: r[11], prepared: r[12] };
}

export function toWire(analysis: FeedAnalysis): WireAnalysis {
  const { labelled, newest, ...facts } = analysis;
  return { ...facts, newest: newest ? newest.getTime() : null, rows: JSON.stringify(labelled.map(toRow)) };
}

export function fromWire(wire: WireAnalysis): FeedAnalysis {
  const { rows, newest, ...facts } = wire;
  return { ...facts, labelled: (JSON.parse(rows) as WireRow[]).map(fromRow), newest: newest === null ? null : new Date(newest) };
}
