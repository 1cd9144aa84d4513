import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { LabelledArticle } from '../core/pipeline.js';
import type { Classification, Country, Stance, Topic } from '../core/types.js';
import type { Db } from './client.js';
import { items, STAT_BUCKET_MS } from './schema.js';
import { withPrecomputedSearchTexts } from './search.js';

/** A stored story as the rest of the program sees it. */
export interface Story {
  id: number;
  url: string | null;
  link: string | null;
  title: string;
  summary: string;
  text: string;
  lang: string;
  source: string | null;
  publishedAt: Date | null;
  firstSeenAt: Date;
  sortAt: Date;
  relevant: boolean;
  score: number;
  countries: Country[];
  stance: Stance | null;
  topics: Topic[];
  evidence: Classification['evidence'];
  sourceCount: number;
  /** The story it belongs to (null until grouped, and for items that are not relevant). */
  storyId: number | null;
}


type ItemRow = typeof items.$inferSelect;

/** What ranking and preferences need of a candidate story, without its text. */
export interface DigestCandidate {
  id: number;
  score: number;
  sortAt: Date;
  countries: Country[];
  stance: Stance | null;
  sourceCount: number;
  /** Its story (null until grouped). */
  storyId: number | null;
}

interface CandidateRow {
  id: number;
  score: number;
  sort_at: number;
  countries: string;
  stance: string | null;
  source_count: number;
  story_id: number | null;
}

/** An items row as SQLite returns it (snake case, instants as epoch ms). */
interface ItemRowRaw {
  id: number; url: string | null; link: string | null; title: string; summary: string; text: string; lang: string; source: string | null;
  published_at: number | null; first_seen_at: number; sort_at: number; relevant: number; score: number; countries: string;
  stance: string | null; topics: string; evidence: string; source_count: number; story_id: number | null;
}

function rawToStory(row: ItemRowRaw): Story {
  return {
    id: row.id, url: row.url, link: row.link, title: row.title, summary: row.summary, text: row.text, lang: row.lang, source: row.source,
    publishedAt: row.published_at === null ? null : new Date(row.published_at), firstSeenAt: new Date(row.first_seen_at), sortAt: new Date(row.sort_at),
    relevant: row.relevant === 1, score: row.score, countries: (row.countries ? row.countries.split(',') : []) as Country[], stance: row.stance as Stance | null,
    topics: JSON.parse(row.topics) as Topic[], evidence: JSON.parse(row.evidence) as Classification['evidence'], sourceCount: row.source_count,
    storyId: row.story_id,
  };
}

function toStory(row: ItemRow): Story {
  return {
    id: row.id,
    url: row.url,
    link: row.link,
    title: row.title,
    summary: row.summary,
    text: row.text,
    lang: row.lang,
    source: row.source,
    publishedAt: row.publishedAt,
    firstSeenAt: row.firstSeenAt,
    sortAt: row.sortAt,
    relevant: row.relevant,
    score: row.score,
    countries: (row.countries ? row.countries.split(',') : []) as Country[],
    stance: row.stance as Stance | null,
    topics: JSON.parse(row.topics) as Topic[],
    evidence: JSON.parse(row.evidence) as Classification['evidence'],
    sourceCount: row.sourceCount,
    storyId: row.storyId,
  };
}

/** Storage of stories; inserts are idempotent by (feed, item key) and by the global dedupe key. */
export function createItemStore(db: Db) {
  const sqlite = db.$client;
  // The ranking columns only: a briefing pass shares one candidate set between every chat with
  // the same cutoff and loads full rows only for the stories it picks (and composes).
  const candidatesQuery = sqlite.prepare<{ seenAfter: number; datedAfter: number; backfillDatedAfter: number; limit: number }, CandidateRow>(
    `select id, score, sort_at, countries, stance, source_count, story_id from items
      where relevant = 1 and first_seen_at > @seenAfter and sort_at >= @datedAfter
        -- A new feed's back catalogue only counts when it is genuinely fresh.
        and (backfill = 0 or published_at >= @backfillDatedAfter)
      order by score desc, sort_at desc limit @limit`,
  );
  const byId = sqlite.prepare<[number], ItemRowRaw>('select * from items where id = ?');
  // /stats: whole quarter-hours from the counters the triggers keep (stat_counts), and only the
  // items of the quarter-hour that `since` falls inside from the table (none when it is a midnight).
  const countSinceQuery = sqlite.prepare(
    `select coalesce((select sum(n) from stat_counts where name = 'items_relevant' and bucket >= @bucket), 0)
              + (select count(*) from items where relevant = 1 and first_seen_at >= @since and first_seen_at < @edge) as relevant,
            coalesce((select sum(n) from stat_counts where name = 'items_other' and bucket >= @bucket), 0)
              + (select count(*) from items where relevant = 0 and first_seen_at >= @since and first_seen_at < @edge) as other`,
  );
  const knownKeysQuery = sqlite.prepare<[number, number], string>('select item_key from item_sources where feed_id = ? order by seen_at desc limit ?').pluck();
  const sourceExists = sqlite.prepare('select 1 from item_sources where feed_id = ? and item_key = ?').pluck();
  const byDedupeKey = sqlite.prepare('select id from items where dedupe_key = ?').pluck();
  const bumpSourceCount = sqlite.prepare('update items set source_count = source_count + 1 where id = ?');
  const insertItem = sqlite.prepare(
    `insert into items (dedupe_key, url, link, title, text, summary, lang, source, published_at, first_seen_at, sort_at,
       relevant, score, countries, stance, topics, evidence, backfill)
     values (@dedupeKey, @url, @link, @title, @text, @summary, @lang, @source, @publishedAt, @firstSeenAt, @sortAt,
       @relevant, @score, @countries, @stance, @topics, @evidence, @backfill)`,
  );
  const insertSource = sqlite.prepare('insert or ignore into item_sources (feed_id, item_key, item_id, seen_at) values (?, ?, ?, ?)');

  const storeTransaction = sqlite.transaction((feedId: number, labelled: LabelledArticle[], nowMs: number, sourceName: string | null, backfill: boolean): Story[] => {
    const fresh: Story[] = [];
    for (const { article, classification, summary } of labelled) {
      if (sourceExists.get(feedId, article.itemKey)) continue;
      let itemId = byDedupeKey.get(article.dedupeKey) as number | undefined;
      if (itemId !== undefined) {
        bumpSourceCount.run(itemId);
      } else {
        const publishedAt = article.publishedAt?.getTime() ?? null;
        const row = {
          dedupeKey: article.dedupeKey, url: article.url, link: article.link, title: article.title, text: article.text, summary,
          lang: article.lang, source: article.source ?? sourceName, publishedAt, firstSeenAt: nowMs, sortAt: publishedAt ?? nowMs,
          relevant: classification.relevant ? 1 : 0, score: classification.score, countries: classification.countries.join(','),
          stance: classification.stance, topics: JSON.stringify(classification.topics), evidence: JSON.stringify(classification.evidence),
          backfill: backfill ? 1 : 0,
        };
        itemId = Number(insertItem.run(row).lastInsertRowid);
        fresh.push({
          id: itemId, url: article.url, link: article.link, title: article.title, summary, text: article.text, lang: article.lang,
          source: row.source, publishedAt: article.publishedAt, firstSeenAt: new Date(nowMs), sortAt: new Date(row.sortAt),
          relevant: classification.relevant, score: classification.score, countries: classification.countries,
          stance: classification.stance, topics: classification.topics, evidence: classification.evidence, sourceCount: 1, storyId: null,
        });
      }
      insertSource.run(feedId, article.itemKey, itemId, nowMs);
    }
    return fresh;
  });

  return {
    /**
     * Store a feed's labelled articles in one transaction; returns only the stories new to the
     * database (a story another feed already brought counts one more source, not a new story).
     */
    storeArticles(feedId: number, labelled: LabelledArticle[], now: Date, sourceName: string | null, backfill = false): Story[] {
      // Prepared statements rather than the query builder: this is the ingest hot path.
      const prepared = labelled.flatMap((l) => (l.prepared ? [{ title: l.article.title, text: l.article.text, lang: l.article.lang, search: l.prepared.search }] : []));
      if (prepared.length === 0) return storeTransaction(feedId, labelled, now.getTime(), sourceName, backfill);
      return withPrecomputedSearchTexts(prepared, () => storeTransaction(feedId, labelled, now.getTime(), sourceName, backfill));
    },

    /** Item keys of the feed's most recently stored items (the refresh skips classifying those). */
    knownKeys(feedId: number, limit: number): string[] {
      return knownKeysQuery.all(feedId, limit);
    },

    get(id: number): Story | undefined {
      const row = db.select().from(items).where(eq(items.id, id)).get();
      return row ? toStory(row) : undefined;
    },

    /**
     * Relevant stories first seen after `seenAfter` and dated after `datedAfter`, best score first:
     * the ranking columns only, the same for every chat with that cutoff.
     */
    digestCandidates(args: { seenAfter: Date; datedAfter: Date; backfillDatedAfter: Date; limit: number }): DigestCandidate[] {
      return candidatesQuery
        .all({ limit: args.limit, seenAfter: args.seenAfter.getTime(), datedAfter: args.datedAfter.getTime(), backfillDatedAfter: args.backfillDatedAfter.getTime() })
        .map((row) => ({
          id: row.id, score: row.score, sortAt: new Date(row.sort_at), countries: (row.countries ? row.countries.split(',') : []) as Country[],
          stance: row.stance as Stance | null, sourceCount: row.source_count, storyId: row.story_id,
        }));
    },

    /** Full stories for the given ids, in that order (ids no longer stored are left out). */
    getMany(ids: number[]): Story[] {
      const found: Story[] = [];
      for (const id of ids) {
        const row = byId.get(id);
        if (row) found.push(rawToStory(row));
      }
      return found;
    },

    /** Newest relevant stories, optionally only those with a country or a stance. */
    latestRelevant(args: { limit: number; country?: Country; stance?: Stance }): Story[] {
      const conditions = [eq(items.relevant, true)];
      if (args.stance) conditions.push(eq(items.stance, args.stance));
      if (args.country) conditions.push(sql`(',' || ${items.countries} || ',') like ${`%,${args.country},%`}`);
      const rows = db
        .select()
        .from(items)
        .where(and(...conditions))
        .orderBy(desc(items.sortAt), desc(items.id))
        .limit(args.limit)
        .all();
      return rows.map(toStory);
    },

    /** Relevant stories dated (published, else first seen) in [start, end). */
    relevantBetween(start: Date, end: Date, limit = 1000): Story[] {
      return db
        .select()
        .from(items)
        .where(and(eq(items.relevant, true), gte(items.sortAt, start), lt(items.sortAt, end)))
        .orderBy(desc(items.sortAt))
        .limit(limit)
        .all()
        .map(toStory);
    },

    /** Items (and relevant ones) first seen since an instant: two ranges on the (relevant, first_seen_at) index. */
    countSince(since: Date): { items: number; relevant: number } {
      const row = countSinceQuery.get(statRange(since)) as { relevant: number; other: number };
      return { items: row.relevant + row.other, relevant: row.relevant };
    },
  };
}

export type ItemStore = ReturnType<typeof createItemStore>;

/**
 * A "since" for the /stats counters: the first whole bucket at or after it, and the instant that
 * bucket starts (the rows in [since, edge) are counted from their table).
 */
export function statRange(since: Date): { bucket: number; since: number; edge: number } {
  const bucket = Math.ceil(since.getTime() / STAT_BUCKET_MS);
  return { bucket, since: since.getTime(), edge: bucket * STAT_BUCKET_MS };
}
