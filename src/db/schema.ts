import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(unixepoch() * 1000)`;

/** Feeds the refresh job pulls, with their HTTP validators and health. */
export const feeds = sqliteTable('feeds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull().unique(),
  title: text('title'),
  name: text('name'),
  language: text('language'),
  /** The publisher's site (the feed's own link), for OPML's htmlUrl. */
  siteUrl: text('site_url'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastCheckedAt: integer('last_checked_at', { mode: 'timestamp_ms' }),
  lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
  nextCheckAt: integer('next_check_at', { mode: 'timestamp_ms' }),
  consecutiveErrors: integer('consecutive_errors').notNull().default(0),
  lastError: text('last_error'),
  lastWarning: text('last_warning'),
  newestItemAt: integer('newest_item_at', { mode: 'timestamp_ms' }),
  addedBy: text('added_by').notNull().default('seed'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  /**
   * Stored items this feed carried, and how many of them are relevant. Kept by triggers on
   * item_sources and items (migration 0003), so /feeds never counts over the items table.
   */
  itemCount: integer('item_count').notNull().default(0),
  relevantCount: integer('relevant_count').notNull().default(0),
  /** Where the outlet is based: US, CN, RU, ID or other (null until set or guessed at start-up). */
  origin: text('origin'),
  /** State-run or state-funded media (Xinhua, TASS, RT, VOA ...). */
  stateMedia: integer('state_media', { mode: 'boolean' }).notNull().default(false),
  /** Who set the origin: 'default' (the default feed list), 'guess' (host and language) or 'admin'. */
  originSetBy: text('origin_set_by'),
});

/**
 * One real-world event (a decision, deal, ban, launch, meeting, report, incident), told by one or
 * more items in one or more languages. Items join it incrementally (core/stories).
 */
export const stories = sqliteTable(
  'stories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Earliest and latest item instant (published, else first seen): the story's time window. */
    firstAt: integer('first_at', { mode: 'timestamp_ms' }).notNull(),
    lastAt: integer('last_at', { mode: 'timestamp_ms' }).notNull(),
    /** When the first and the latest item reached the database. */
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    itemCount: integer('item_count').notNull().default(1),
    /** One stance for the whole story, derived from its items (core/stories/stance.ts). */
    stance: text('stance'),
    /** Union of the items' countries, sorted, comma-separated. */
    countries: text('countries').notNull(),
    topics: text('topics').notNull().default('[]'),
    /** The story's most shared keys (entities, events, amounts), JSON. */
    keyTerms: text('key_terms').notNull().default('[]'),
    /** Highest classifier score among its items. */
    score: real('score').notNull().default(0),
  },
  (t) => [
    index('stories_last_at').on(t.lastAt),
    index('stories_last_seen').on(t.lastSeenAt),
    // /trend counts stories per week by countries and stance: a covering index, so the count never reads the table.
    index('stories_trend').on(t.firstAt, t.countries, t.stance),
  ],
);

/** One story, stored once however many feeds or fetches carry it (unique dedupe key). */
export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dedupeKey: text('dedupe_key').notNull().unique(),
    url: text('url'),
    link: text('link'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    summary: text('summary').notNull(),
    lang: text('lang').notNull(),
    source: text('source'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    /** publishedAt, or firstSeenAt when the feed gave no date: what "recent" is measured on. */
    sortAt: integer('sort_at', { mode: 'timestamp_ms' }).notNull(),
    relevant: integer('relevant', { mode: 'boolean' }).notNull(),
    score: real('score').notNull(),
    countries: text('countries').notNull(),
    stance: text('stance'),
    topics: text('topics').notNull(),
    evidence: text('evidence').notNull(),
    sourceCount: integer('source_count').notNull().default(1),
    /** Brought by a feed's first fetch: its back catalogue, kept out of briefings unless fresh. */
    backfill: integer('backfill', { mode: 'boolean' }).notNull().default(false),
    /** The story this relevant item belongs to (null until grouped; never for irrelevant items). */
    storyId: integer('story_id'),
    /** Why it joined its story (JSON GroupReason), null when it started the story. */
    storyReason: text('story_reason'),
    /** Its grouping keys and SimHash (JSON StoryFeatures), kept so later items compare without re-reading it. */
    storyFeatures: text('story_features'),
  },
  (t) => [
    index('items_story').on(t.storyId),
    // Relevant items not yet in a story (after an upgrade, or a crash between storing and grouping).
    index('items_ungrouped').on(t.sortAt).where(sql`relevant = 1 and story_id is null`),
    index('items_relevant_first_seen').on(t.relevant, t.firstSeenAt),
    index('items_relevant_sort').on(t.relevant, t.sortAt),
  ],
);

/**
 * The grouping keys of each grouped item (core/stories indexKeys: anchors and SimHash bands), as a
 * 32-bit hash, so a new item finds the few stories it could join through an index on (key, at)
 * instead of reading every story in its time window. Rows go with their item (trigger).
 */
export const storyKeys = sqliteTable(
  'story_keys',
  {
    key: integer('key').notNull(),
    /** The item's instant (sort_at). */
    at: integer('at').notNull(),
    itemId: integer('item_id').notNull(),
    /** The anchor's weight; 0 for a SimHash band. */
    weight: real('weight').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.at, t.itemId] }), index('story_keys_item').on(t.itemId)],
);

/** Which feed carried which story under which item key: makes re-fetches idempotent. */
export const itemSources = sqliteTable(
  'item_sources',
  {
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.itemKey] }), index('item_sources_item').on(t.itemId)],
);

/** A chat that gets the daily briefing, with its preferences. */
export const subscribers = sqliteTable('subscribers', {
  chatId: integer('chat_id').primaryKey(),
  chatType: text('chat_type').notNull(),
  title: text('title'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  inactiveReason: text('inactive_reason'),
  digestTime: text('digest_time').notNull(),
  timezone: text('timezone').notNull(),
  countries: text('countries').notNull().default('CN,RU,US'),
  stances: text('stances').notNull().default('cooperation,competition,mixed'),
  sendEmpty: integer('send_empty', { mode: 'boolean' }).notNull().default(false),
  /** Reader filter: topics followed, comma-separated ('' = all). */
  topics: text('topics').notNull().default(''),
  /** Reader filter: muted words, a JSON array of strings (at most 20). */
  mutedWords: text('muted_words').notNull().default('[]'),
  /** 'daily', 'weekly' (Monday, with the chart) or 'both'. */
  digestFrequency: text('digest_frequency').notNull().default('daily'),
  /** Forum topic of a supergroup the briefing goes to (message_thread_id); null for the whole chat. */
  threadId: integer('thread_id'),
  /** A channel's subscription: the Telegram user (a channel admin) who manages it from their private chat. */
  managedBy: integer('managed_by'),
  /** The chat's language (en, id, ru, zh); null until set from Telegram's language_code or /language. */
  locale: text('locale'),
  /** Languages of the stories the chat wants (comma-separated; default all four). */
  storyLangs: text('story_langs').notNull().default('en,id,ru,zh'),
  /** Stories first seen after this instant are new to the subscriber. */
  lastDigestAt: integer('last_digest_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

/**
 * The text of one briefing variant, stored once however many chats get it (chats with the same
 * settings and history get the same variant). Unique by a hash of its parts.
 */
export const briefingVariants = sqliteTable(
  'briefing_variants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hash: text('hash').notNull().unique(),
    /** JSON array of the composed messages (HTML). */
    parts: text('parts').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('briefing_variants_created').on(t.createdAt)],
);

/**
 * The delivery ledger: one row per chat and local digest date. It points at the variant to send and
 * records what was sent (parts_sent, and per part its message id and hash in sent_parts), not the
 * text again, so a restart resends exactly the parts not yet sent and never one twice. Its
 * delivered rows are also the chat's record of the stories it was sent (item_ids), so nobody
 * gets one twice.
 */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id').notNull(),
    digestDate: text('digest_date').notNull(),
    /** The briefing variant to send; null for a day with nothing to send. */
    variantId: integer('variant_id'),
    /**
     * The items of the briefing's stories the chat had not been sent before, as a compact id list
     * (core/id-list.ts; older rows hold a JSON array, read the same).
     */
    itemIds: text('item_ids').notNull(),
    /**
     * The chat has seen these items (something reached it, or the day was recorded as empty):
     * they are never offered as new again. This replaces one "already sent" row per chat and
     * item (migration 0015): the ids are read from the chat's few ledger rows.
     */
    delivered: integer('delivered', { mode: 'boolean' }).notNull().default(false),
    /**
     * Stories the chat already knew that grew but were not shown today (compact id lists, like
     * item_ids), recorded each day so a story stays known after the ledger rows with its first
     * items are pruned: never sent again as new. `story_ids` may still come back once under
     * "Developing"; `told_story_ids` were shown there already (or sent on two dates) and never are.
     */
    storyIds: text('story_ids').notNull().default(''),
    toldStoryIds: text('told_story_ids').notNull().default(''),
    partsSent: integer('parts_sent').notNull().default(0),
    /** JSON array, one [message id, part hash] per part Telegram accepted. */
    sentParts: text('sent_parts').notNull().default('[]'),
    status: text('status').notNull().default('pending'),
    lastError: text('last_error'),
    /** Passes that failed to deliver (network, 5xx after the sender's own retries). */
    attempts: integer('attempts').notNull().default(0),
    /** No new attempt before this instant (backoff between passes). */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('deliveries_chat_date').on(t.chatId, t.digestDate),
    // /stats counts today's sent briefings: a range on completed_at within the status.
    index('deliveries_status_completed').on(t.status, t.completedAt),
    // Retention drops old ledger rows by date, and variants no row points at.
    index('deliveries_date').on(t.digestDate),
    index('deliveries_variant').on(t.variantId),
  ],
);

/**
 * Counters for /stats, kept by triggers (migrations/*_stat_count_triggers.sql) so the command reads a handful of rows
 * whatever the size of items, deliveries and subscribers. `name` is what is counted
 * ('items_relevant', 'items_other' by first_seen_at; 'deliveries_sent' by completed_at;
 * 'subscribers_active', 'subscribers_inactive' in bucket 0); `bucket` is the instant divided by
 * STAT_BUCKET_MS (a quarter of an hour: every time zone's midnight falls on one).
 */
export const statCounts = sqliteTable('stat_counts', {
  name: text('name').notNull(),
  bucket: integer('bucket').notNull(),
  n: integer('n').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.name, t.bucket] })]);

export const STAT_BUCKET_MS = 900_000;

/** Every admin change: who, what, when. */
export const adminLog = sqliteTable('admin_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  detail: text('detail').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
});

/** One row per refresh run, for /stats and operators. */
export const refreshRuns = sqliteTable('refresh_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
  finishedAt: integer('finished_at', { mode: 'timestamp_ms' }).notNull(),
  feeds: integer('feeds').notNull(),
  fetched: integer('fetched').notNull(),
  notModified: integer('not_modified').notNull(),
  failed: integer('failed').notNull(),
  newItems: integer('new_items').notNull(),
  relevant: integer('relevant').notNull(),
});

/** Key-value flags such as "default feeds seeded", so re-seeding never overrides the user's choices. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Machine translations of a story's headline and summary, once per (text hash, locale). */
export const translations = sqliteTable(
  'translations',
  {
    textHash: text('text_hash').notNull(),
    locale: text('locale').notNull(),
    headline: text('headline').notNull(),
    summary: text('summary').notNull(),
    model: text('model').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // created_at: old translations are pruned (a story leaves briefings after a week).
  (t) => [primaryKey({ columns: [t.textHash, t.locale] }), index('translations_created_idx').on(t.createdAt)],
);
