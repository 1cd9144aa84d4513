/** Shared vocabulary of the pure core: what each stage hands to the next. */

export const COUNTRIES = ['CN', 'RU', 'US'] as const;
export type Country = (typeof COUNTRIES)[number];

export const STANCES = ['cooperation', 'competition', 'mixed'] as const;
export type Stance = (typeof STANCES)[number];

export const LANGS = ['en', 'id', 'ru', 'zh'] as const;
/** Languages the classifier has lexicons for; anything else is 'other'. */
export type Lang = (typeof LANGS)[number] | 'other';

export const TOPICS = [
  'chips-export-controls',
  'models-labs',
  'military',
  'governance-safety',
  'research',
  'business',
] as const;
export type Topic = (typeof TOPICS)[number];

/** One entry as the parser found it, before any cleaning. */
export interface RawItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** Longest body the feed offers (content:encoded, Atom content, description), possibly HTML. */
  content: string | null;
  /** Short description / summary when the feed has one besides the content. */
  summary: string | null;
  /** Date string as found (pubDate, dc:date, published, updated). */
  date: string | null;
  author: string | null;
  categories: string[];
  /** Google News style <source url="...">Publisher</source>. */
  source: string | null;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  language: string | null;
  items: RawItem[];
  /** Items dropped because they failed validation (no title, no link and no text). */
  dropped: number;
  /** Items left unread because the document had more than were asked for (see capFeedItems). */
  cut?: number;
}

/** A cleaned item: plain text, canonical URL, detected language, sane date. */
export interface Article {
  /** Identity within its feed: guid, else canonical link, else hash of title+text. */
  itemKey: string;
  /** Identity across feeds and fetches: canonical link or normalised title + source. */
  dedupeKey: string;
  /** The item's link as the feed gives it (resolved against the feed URL when relative). */
  link: string | null;
  /** Canonical form of the link: tracking parameters and fragment removed. */
  url: string | null;
  title: string;
  text: string;
  lang: Lang;
  /** When the feed says it was published; null when the feed gave no usable date. */
  publishedAt: Date | null;
  author: string | null;
  source: string | null;
}

export interface Evidence {
  /** Terms that matched, grouped by what they signal. */
  ai: string[];
  countries: Partial<Record<Country, string[]>>;
  cooperation: string[];
  competition: string[];
  /** Names read through a spelling error: "Saberbank→Sberbank". */
  fuzzy: string[];
  /** False friends recognised and ignored. */
  ignored: string[];
  /** Human-readable reasons, in the order the rules fired. */
  rules: string[];
}

export interface Classification {
  relevant: boolean;
  /** 0..1, how strongly the item is about an AI relation between the countries. */
  score: number;
  countries: Country[];
  stance: Stance | null;
  topics: Topic[];
  evidence: Evidence;
}

export interface ClassifyInput {
  title: string;
  text: string;
  lang: Lang;
}
