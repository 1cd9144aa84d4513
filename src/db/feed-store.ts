import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from './client.js';
import { feeds, meta } from './schema.js';

export type FeedRow = typeof feeds.$inferSelect;

/** A feed with its health; the item counters are columns of the row. */
export type FeedHealth = FeedRow;

/** Storage of feeds and their health. */
export function createFeedStore(db: Db) {
  return {
    list(): FeedRow[] {
      return db.select().from(feeds).orderBy(asc(feeds.id)).all();
    },
    /** Feeds with their item counters (kept on insert and delete by triggers: no scan of the items). */
    listWithHealth(): FeedHealth[] {
      return db.select().from(feeds).orderBy(asc(feeds.id)).all();
    },
    get(id: number): FeedRow | undefined {
      return db.select().from(feeds).where(eq(feeds.id, id)).get();
    },
    getByUrl(url: string): FeedRow | undefined {
      return db.select().from(feeds).where(eq(feeds.url, url)).get();
    },
    /** Enabled feeds whose next check is due (or all enabled ones). */
    due(now: Date, all = false): FeedRow[] {
      const enabled = eq(feeds.enabled, true);
      const where = all ? enabled : and(enabled, or(isNull(feeds.nextCheckAt), lte(feeds.nextCheckAt, now)));
      return db.select().from(feeds).where(where).orderBy(asc(feeds.id)).all();
    },
    insert(feed: { url: string; name?: string | null; title?: string | null; language?: string | null; siteUrl?: string | null; addedBy: string; createdAt: Date }): FeedRow {
      return db.insert(feeds).values(feed).returning().get();
    },
    update(id: number, patch: Partial<Omit<FeedRow, 'id'>>): void {
      db.update(feeds).set(patch).where(eq(feeds.id, id)).run();
    },
    remove(id: number): boolean {
      return db.delete(feeds).where(eq(feeds.id, id)).run().changes > 0;
    },
    /** Run several store calls as one SQLite transaction (all or nothing). */
    inTransaction<T>(fn: () => T): T {
      return db.$client.transaction(fn)();
    },
    getMeta(key: string): string | undefined {
      return db.select().from(meta).where(eq(meta.key, key)).get()?.value;
    },
    setMeta(key: string, value: string): void {
      db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
    },
  };
}

export type FeedStore = ReturnType<typeof createFeedStore>;
