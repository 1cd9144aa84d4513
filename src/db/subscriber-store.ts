import { createHash } from 'node:crypto';
import { and, asc, count, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import { decodeIdList, encodeIdList } from '../core/id-list.js';
import { isLocale, LOCALES, type Locale } from '../core/locale.js';
import { COUNTRIES, STANCES, TOPICS, type Country, type Stance, type Topic } from '../core/types.js';
import type { Db } from './client.js';
import { statRange } from './item-store.js';
import { deliveries, statCounts, subscribers } from './schema.js';

type Row = typeof subscribers.$inferSelect;

/** inactive_reason of a row kept only for a chat's language choice. */
const NOT_SUBSCRIBED = 'not subscribed';

export interface Subscriber {
  chatId: number;
  chatType: string;
  title: string | null;
  active: boolean;
  inactiveReason: string | null;
  digestTime: string;
  timezone: string;
  countries: Country[];
  stances: Stance[];
  sendEmpty: boolean;
  /** Topics followed; empty = all. */
  topics: Topic[];
  mutedWords: string[];
  digestFrequency: DigestFrequency;
  /** Forum topic the briefing goes to (message_thread_id), or null. */
  threadId: number | null;
  /** For a channel: the admin who manages it from their private chat. */
  managedBy: number | null;
  /** The chat's language; null for chats from before languages that have not spoken since. */
  locale: Locale | null;
  /** Languages of the stories the chat wants (never empty). */
  storyLangs: Locale[];
  lastDigestAt: Date | null;
  createdAt: Date;
}

export const DIGEST_FREQUENCIES = ['daily', 'weekly', 'both'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export type SubscriberSettings = Partial<Pick<Subscriber, 'digestTime' | 'timezone' | 'countries' | 'stances' | 'sendEmpty' | 'topics' | 'mutedWords' | 'digestFrequency' | 'storyLangs'>> & { locale?: Locale };

function toSubscriber(row: Row): Subscriber {
  return {
    ...row,
    countries: row.countries.split(',').filter((c): c is Country => (COUNTRIES as readonly string[]).includes(c)),
    stances: row.stances.split(',').filter((s): s is Stance => (STANCES as readonly string[]).includes(s)),
    topics: row.topics.split(',').filter((t): t is Topic => (TOPICS as readonly string[]).includes(t)),
    mutedWords: parseWords(row.mutedWords),
    digestFrequency: (DIGEST_FREQUENCIES as readonly string[]).includes(row.digestFrequency) ? (row.digestFrequency as DigestFrequency) : 'daily',
    locale: isLocale(row.locale) ? row.locale : null,
    storyLangs: row.storyLangs.split(',').filter(isLocale),
  };
}

function parseWords(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
  } catch {
    return [];
  }
}

function settingsToRow(settings: SubscriberSettings): Partial<Row> {
  const row: Partial<Row> = {};
  if (settings.digestTime !== undefined) row.digestTime = settings.digestTime;
  if (settings.timezone !== undefined) row.timezone = settings.timezone;
  if (settings.countries !== undefined) row.countries = [...settings.countries].sort().join(',');
  if (settings.stances !== undefined) row.stances = settings.stances.join(',');
  if (settings.sendEmpty !== undefined) row.sendEmpty = settings.sendEmpty;
  if (settings.topics !== undefined) row.topics = TOPICS.filter((t) => settings.topics!.includes(t)).join(',');
  if (settings.mutedWords !== undefined) row.mutedWords = JSON.stringify(settings.mutedWords);
  if (settings.digestFrequency !== undefined) row.digestFrequency = settings.digestFrequency;
  if (settings.locale !== undefined) row.locale = settings.locale;
  if (settings.storyLangs !== undefined) row.storyLangs = LOCALES.filter((l) => settings.storyLangs!.includes(l)).join(',');
  return row;
}

/** Subscribers and their preferences. */
export function createSubscriberStore(db: Db) {
  return {
    get(chatId: number): Subscriber | undefined {
      const row = db.select().from(subscribers).where(eq(subscribers.chatId, chatId)).get();
      return row ? toSubscriber(row) : undefined;
    },
    /** Subscribe (or re-activate) a chat; existing preferences are kept (a locale only fills an empty one). */
    subscribe(args: { chatId: number; chatType: string; title: string | null; digestTime: string; timezone: string; now: Date; locale?: Locale }): Subscriber {
      db.insert(subscribers)
        .values({ chatId: args.chatId, chatType: args.chatType, title: args.title, digestTime: args.digestTime, timezone: args.timezone, locale: args.locale ?? null, createdAt: args.now, updatedAt: args.now })
        .onConflictDoUpdate({
          target: subscribers.chatId,
          set: { active: true, inactiveReason: null, title: args.title, updatedAt: args.now, ...(args.locale ? { locale: sql`coalesce(${subscribers.locale}, ${args.locale})` } : {}) },
        })
        .run();
      return this.get(args.chatId)!;
    },
    /**
     * Remember a chat's language. A chat that never subscribed gets an inactive row holding it
     * (reason 'not subscribed'), so /subscribe later keeps the choice.
     */
    setLocale(args: { chatId: number; chatType: string; title: string | null; locale: Locale; digestTime: string; timezone: string; now: Date }): Subscriber {
      db.insert(subscribers)
        .values({ chatId: args.chatId, chatType: args.chatType, title: args.title, digestTime: args.digestTime, timezone: args.timezone, locale: args.locale, active: false, inactiveReason: NOT_SUBSCRIBED, createdAt: args.now, updatedAt: args.now })
        .onConflictDoUpdate({ target: subscribers.chatId, set: { locale: args.locale, updatedAt: args.now } })
        .run();
      return this.get(args.chatId)!;
    },
    /** Where in a forum the briefing goes: a topic's message_thread_id, or null for the whole chat. */
    setThread(chatId: number, threadId: number | null, now: Date): void {
      db.update(subscribers).set({ threadId, updatedAt: now }).where(eq(subscribers.chatId, chatId)).run();
    },
    /** A channel's subscription: the administrator who subscribed it (its chooser in /channels). */
    setManager(chatId: number, userId: number, now: Date): void {
      db.update(subscribers).set({ managedBy: userId, updatedAt: now }).where(eq(subscribers.chatId, chatId)).run();
    },
    /** The active channels a person subscribed, by title. */
    listManagedBy(userId: number): Subscriber[] {
      return db.select().from(subscribers).where(and(eq(subscribers.managedBy, userId), eq(subscribers.active, true), eq(subscribers.chatType, 'channel'))).orderBy(asc(subscribers.title)).all().map(toSubscriber);
    },
    deactivate(chatId: number, reason: string, now: Date): void {
      db.update(subscribers).set({ active: false, inactiveReason: reason, updatedAt: now }).where(eq(subscribers.chatId, chatId)).run();
    },
    updateSettings(chatId: number, settings: SubscriberSettings, now: Date): Subscriber | undefined {
      db.update(subscribers).set({ ...settingsToRow(settings), updatedAt: now }).where(eq(subscribers.chatId, chatId)).run();
      return this.get(chatId);
    },
    listActive(): Subscriber[] {
      return db.select().from(subscribers).where(eq(subscribers.active, true)).orderBy(asc(subscribers.chatId)).all().map(toSubscriber);
    },
    /** Up to `limit` active subscribers with a chat id above `afterChatId`, by chat id (a pass reads 100,000 a page at a time). */
    listActivePage(afterChatId: number, limit: number): Subscriber[] {
      return db.select().from(subscribers).where(and(eq(subscribers.active, true), gt(subscribers.chatId, afterChatId)))
        .orderBy(asc(subscribers.chatId)).limit(limit).all().map(toSubscriber);
    },
    /** A group became a supergroup: move the subscription and its history to the new id. */
    migrate(oldChatId: number, newChatId: number, now: Date): void {
      db.transaction((tx) => {
        if (tx.select().from(subscribers).where(eq(subscribers.chatId, newChatId)).get()) {
          tx.update(subscribers).set({ active: false, inactiveReason: `migrated to ${newChatId}`, updatedAt: now }).where(eq(subscribers.chatId, oldChatId)).run();
          return;
        }
        tx.update(subscribers).set({ chatId: newChatId, chatType: 'supergroup', updatedAt: now }).where(eq(subscribers.chatId, oldChatId)).run();
        tx.update(deliveries).set({ chatId: newChatId }).where(eq(deliveries.chatId, oldChatId)).run();
      });
    },
    /** Subscribed chats, active or not (chats that only chose a language are neither): the counters the triggers keep. */
    counts(): { active: number; inactive: number } {
      const rows = db.select({ name: statCounts.name, n: statCounts.n }).from(statCounts)
        .where(and(inArray(statCounts.name, ['subscribers_active', 'subscribers_inactive']), eq(statCounts.bucket, 0))).all();
      return { active: rows.find((r) => r.name === 'subscribers_active')?.n ?? 0, inactive: rows.find((r) => r.name === 'subscribers_inactive')?.n ?? 0 };
    },
  };
}

export type SubscriberStore = ReturnType<typeof createSubscriberStore>;

export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryStatus = 'sent' | 'empty' | 'failed' | 'abandoned';

interface RawDelivery {
  id: number;
  chat_id: number;
  digest_date: string;
  variant_id: number | null;
  item_ids: string;
  delivered: number;
  story_ids: string;
  told_story_ids: string;
  parts_sent: number;
  sent_parts: string;
  status: string;
  last_error: string | null;
  attempts: number;
  next_attempt_at: number | null;
  created_at: number;
  completed_at: number | null;
}

function toDelivery(row: RawDelivery): DeliveryRow {
  return {
    id: row.id, chatId: row.chat_id, digestDate: row.digest_date, variantId: row.variant_id, itemIds: row.item_ids, delivered: row.delivered === 1, storyIds: row.story_ids, toldStoryIds: row.told_story_ids, partsSent: row.parts_sent,
    sentParts: row.sent_parts, status: row.status, lastError: row.last_error, attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at === null ? null : new Date(row.next_attempt_at), createdAt: new Date(row.created_at), completedAt: row.completed_at === null ? null : new Date(row.completed_at),
  };
}

/** Ledger dates of weekly recaps end with this (`2026-11-30/week`): one row per chat and week. */
export const WEEKLY_LEDGER_SUFFIX = '/week';

/** A short, stable fingerprint of a message or a briefing (what the ledger keeps instead of the text). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

/** What a chat has had, from its delivered ledger rows (see DeliveryStore.historyOf). */
export interface ChatHistory {
  /** Item id → the digest date it was first sent on. */
  sent: Map<number, string>;
  /** Stories it knew and that may still come back once under "Developing". */
  knownStories: Set<number>;
  /** Stories it knew that were shown under "Developing" already (or sent on two dates). */
  toldStories: Set<number>;
}

/** Most variants kept parsed in memory: a pass over many chats shares a handful of them. */
const VARIANT_CACHE_MAX = 256;

/**
 * The delivery ledger keyed by (chat, local digest date). Prepared statements: a briefing pass
 * touches each subscriber's row several times, 10,000 subscribers at a time. The text of each
 * briefing variant is stored once (briefing_variants); a ledger row holds what was sent of it.
 */
export function createDeliveryStore(db: Db) {
  const sqlite = db.$client;
  const selectOne = sqlite.prepare<[number, string], RawDelivery>('select * from deliveries where chat_id = ? and digest_date = ?');
  const insert = sqlite.prepare<[number, string, number | null, string, string, string, number], RawDelivery>(
    'insert into deliveries (chat_id, digest_date, variant_id, item_ids, story_ids, told_story_ids, created_at) values (?, ?, ?, ?, ?, ?, ?) returning *',
  );
  const insertVariant = sqlite.prepare('insert into briefing_variants (hash, parts, created_at) values (?, ?, ?) on conflict (hash) do nothing');
  const variantByHash = sqlite.prepare<[string], number>('select id from briefing_variants where hash = ?').pluck();
  const variantParts = sqlite.prepare<[number], string>('select parts from briefing_variants where id = ?').pluck();
  const countSentSinceQuery = sqlite.prepare<[{ bucket: number; since: number; edge: number }], number>(
    `select coalesce((select sum(n) from stat_counts where name = 'deliveries_sent' and bucket >= @bucket), 0)
          + (select count(*) from deliveries where status = 'sent' and completed_at >= @since and completed_at < @edge)`,
  ).pluck();
  const touchSubscriber = sqlite.prepare('update subscribers set last_digest_at = ? where chat_id = ?');
  const setPartSent = sqlite.prepare("update deliveries set parts_sent = ?, sent_parts = json_insert(sent_parts, '$[#]', json_array(?, ?)) where id = ?");
  // The chat has seen the row's stories once anything reached it (or the day was recorded as
  // empty): never offer them again, and the next selection starts where this one was made. A
  // briefing that reached nobody (blocked, abandoned before its first part) leaves both alone, so
  // its stories are offered next time.
  const setFinished = sqlite.prepare<[string, number, string | null, string, number], { delivered: number; chat_id: number; created_at: number; digest_date: string }>(
    `update deliveries set status = ?, completed_at = ?, last_error = ?, delivered = delivered or ? in ('sent', 'empty') or parts_sent > 0
      where id = ? returning delivered, chat_id, created_at, digest_date`,
  );
  // The chat's delivered rows, oldest first: their item ids are what it was sent, and when.
  const sentRows = sqlite.prepare<[number], { digest_date: string; item_ids: string; story_ids: string; told_story_ids: string }>(
    'select digest_date, item_ids, story_ids, told_story_ids from deliveries where chat_id = ? and delivered = 1 order by digest_date',
  );
  const setRetry = sqlite.prepare('update deliveries set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?');
  // The same parts array (a pass composes each variant once) needs hashing and storing once.
  const variantIds = new WeakMap<string[], number>();
  const partsCache = new Map<number, string[]>();

  function variantFor(parts: string[], now: Date): number {
    let id = variantIds.get(parts);
    if (id !== undefined) return id;
    const json = JSON.stringify(parts);
    const hash = contentHash(json);
    insertVariant.run(hash, json, now.getTime());
    id = variantByHash.get(hash)!;
    variantIds.set(parts, id);
    return id;
  }

  const open = sqlite.transaction((args: { chatId: number; digestDate: string; parts: string[]; itemIds: number[]; storyIds?: number[]; toldStoryIds?: number[]; now: Date }): DeliveryRow => {
    const existing = selectOne.get(args.chatId, args.digestDate);
    if (existing) return toDelivery(existing);
    const variantId = args.parts.length > 0 ? variantFor(args.parts, args.now) : null;
    return toDelivery(insert.get(args.chatId, args.digestDate, variantId, encodeIdList(args.itemIds), encodeIdList(args.storyIds ?? []), encodeIdList(args.toldStoryIds ?? []), args.now.getTime())!);
  });
  const finish = sqlite.transaction((id: number, status: DeliveryStatus, now: Date, error: string | null) => {
    const row = setFinished.get(status, now.getTime(), error, status, id);
    // A weekly recap (no item ids of its own) repeats stories the daily briefings may have carried:
    // it leaves the chat's daily cutoff alone.
    if (row?.delivered && !row.digest_date.endsWith(WEEKLY_LEDGER_SUFFIX)) touchSubscriber.run(row.created_at, row.chat_id);
  });

  const finishMany = sqlite.transaction((rows: Array<{ id: number; status: DeliveryStatus; now: Date; error?: string | null }>) => {
    for (const row of rows) finish(row.id, row.status, row.now, row.error ?? null);
  });

  function historyOf(chatId: number): ChatHistory {
    const sent = new Map<number, string>();
    const knownStories = new Set<number>();
    const toldStories = new Set<number>();
    for (const row of sentRows.all(chatId)) {
      for (const id of decodeIdList(row.item_ids)) if (!sent.has(id)) sent.set(id, row.digest_date);
      if (row.story_ids) for (const id of decodeIdList(row.story_ids)) knownStories.add(id);
      if (row.told_story_ids) for (const id of decodeIdList(row.told_story_ids)) toldStories.add(id);
    }
    return { sent, knownStories, toldStories };
  }

  return {
    /**
     * What the chat has had, as long as the ledger keeps its rows: every item it was sent, with the
     * digest date it was first sent on, and the stories it knew on days it was sent nothing of
     * them. A story with one of these items, or one of these stories, is not new to it.
     */
    historyOf(chatId: number): ChatHistory {
      return historyOf(chatId);
    },
    /** Every item the chat was sent, with the digest date it was first sent on. */
    sentTo(chatId: number): Map<number, string> {
      return historyOf(chatId).sent;
    },
    get(chatId: number, digestDate: string): DeliveryRow | undefined {
      const row = selectOne.get(chatId, digestDate);
      return row ? toDelivery(row) : undefined;
    },
    /** Create the ledger row for the composed parts (stored once per variant); if it exists (another pass, a restart), return that one. */
    open(args: { chatId: number; digestDate: string; parts: string[]; itemIds: number[]; storyIds?: number[]; toldStoryIds?: number[]; now: Date }): DeliveryRow {
      return open(args);
    },
    /** The composed messages of a ledger row's briefing (empty for a day with nothing to send). */
    partsOf(delivery: Pick<DeliveryRow, 'variantId'>): string[] {
      if (delivery.variantId === null) return [];
      let parts = partsCache.get(delivery.variantId);
      if (!parts) {
        const json = variantParts.get(delivery.variantId);
        parts = json === undefined ? [] : (JSON.parse(json) as string[]);
        if (partsCache.size >= VARIANT_CACHE_MAX) partsCache.clear();
        partsCache.set(delivery.variantId, parts);
      }
      return parts;
    },
    /** Record that part number `partsSent` (1-based) reached the chat, with Telegram's message id. */
    markPartSent(id: number, partsSent: number, sent: { messageId?: number | null; text?: string } = {}): void {
      setPartSent.run(partsSent, sent.messageId ?? null, sent.text === undefined ? null : contentHash(sent.text), id);
    },
    /** Record a failed pass: how many so far and when the next may try. */
    recordAttempt(id: number, attempts: number, nextAttemptAt: Date, error: string): void {
      setRetry.run(attempts, nextAttemptAt.getTime(), error, id);
    },
    /** Close a ledger row; stories count as delivered (and the chat's cutoff moves) only if something reached the chat. */
    finish(id: number, status: DeliveryStatus, now: Date, error: string | null = null): void {
      finish(id, status, now, error);
    },
    /** Close many ledger rows in one transaction (a pass closes hundreds: one commit instead of one each). */
    finishMany(rows: Array<{ id: number; status: DeliveryStatus; now: Date; error?: string | null }>): void {
      finishMany(rows);
    },
    /** Briefings sent since `since` (/stats): whole quarter-hours from the counters, the rest from the table. */
    countSentSince(since: Date): number {
      return countSentSinceQuery.get(statRange(since)) ?? 0;
    },
  };
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
