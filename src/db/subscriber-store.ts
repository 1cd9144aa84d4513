import { and, asc, count, eq, gte } from 'drizzle-orm';
import { COUNTRIES, STANCES, type Country, type Stance } from '../core/types.js';
import type { Db } from './client.js';
import { deliveredItems, deliveries, subscribers } from './schema.js';

type Row = typeof subscribers.$inferSelect;

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
  lastDigestAt: Date | null;
  createdAt: Date;
}

export type SubscriberSettings = Partial<Pick<Subscriber, 'digestTime' | 'timezone' | 'countries' | 'stances' | 'sendEmpty'>>;

function toSubscriber(row: Row): Subscriber {
  return {
    ...row,
    countries: row.countries.split(',').filter((c): c is Country => (COUNTRIES as readonly string[]).includes(c)),
    stances: row.stances.split(',').filter((s): s is Stance => (STANCES as readonly string[]).includes(s)),
  };
}

function settingsToRow(settings: SubscriberSettings): Partial<Row> {
  const row: Partial<Row> = {};
  if (settings.digestTime !== undefined) row.digestTime = settings.digestTime;
  if (settings.timezone !== undefined) row.timezone = settings.timezone;
  if (settings.countries !== undefined) row.countries = [...settings.countries].sort().join(',');
  if (settings.stances !== undefined) row.stances = settings.stances.join(',');
  if (settings.sendEmpty !== undefined) row.sendEmpty = settings.sendEmpty;
  return row;
}

/** Subscribers and their preferences. */
export function createSubscriberStore(db: Db) {
  return {
    get(chatId: number): Subscriber | undefined {
      const row = db.select().from(subscribers).where(eq(subscribers.chatId, chatId)).get();
      return row ? toSubscriber(row) : undefined;
    },
    /** Subscribe (or re-activate) a chat; existing preferences are kept. */
    subscribe(args: { chatId: number; chatType: string; title: string | null; digestTime: string; timezone: string; now: Date }): Subscriber {
      db.insert(subscribers)
        .values({ chatId: args.chatId, chatType: args.chatType, title: args.title, digestTime: args.digestTime, timezone: args.timezone, createdAt: args.now, updatedAt: args.now })
        .onConflictDoUpdate({ target: subscribers.chatId, set: { active: true, inactiveReason: null, title: args.title, updatedAt: args.now } })
        .run();
      return this.get(args.chatId)!;
    },
    deactivate(chatId: number, reason: string, now: Date): void {
      db.update(subscribers).set({ active: false, inactiveReason: reason, updatedAt: now }).where(eq(subscribers.chatId, chatId)).run();
    },
    updateSettings(chatId: number, settings: SubscriberSettings, now: Date): Subscriber | undefined {
      db.update(subscribers).set({ ...settingsToRow(settings), updatedAt: now }).where(eq(subscribers.chatId, chatId)).run();
      return this.get(chatId);
    },
    setLastDigestAt(chatId: number, at: Date): void {
      db.update(subscribers).set({ lastDigestAt: at }).where(eq(subscribers.chatId, chatId)).run();
    },
    listActive(): Subscriber[] {
      return db.select().from(subscribers).where(eq(subscribers.active, true)).orderBy(asc(subscribers.chatId)).all().map(toSubscriber);
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
        tx.update(deliveredItems).set({ chatId: newChatId }).where(eq(deliveredItems.chatId, oldChatId)).run();
      });
    },
    counts(): { active: number; inactive: number } {
      const rows = db.select({ active: subscribers.active, n: count() }).from(subscribers).groupBy(subscribers.active).all();
      return { active: rows.find((r) => r.active)?.n ?? 0, inactive: rows.find((r) => !r.active)?.n ?? 0 };
    },
  };
}

export type SubscriberStore = ReturnType<typeof createSubscriberStore>;

export type DeliveryRow = typeof deliveries.$inferSelect;

/** The delivery ledger keyed by (chat, local digest date). */
export function createDeliveryStore(db: Db) {
  return {
    get(chatId: number, digestDate: string): DeliveryRow | undefined {
      return db.select().from(deliveries).where(and(eq(deliveries.chatId, chatId), eq(deliveries.digestDate, digestDate))).get();
    },
    /**
     * Create the ledger row with the composed parts, and record the stories as delivered, in one
     * transaction; if the row already exists (another pass or a restart), return the existing one.
     */
    open(args: { chatId: number; digestDate: string; parts: string[]; itemIds: number[]; now: Date }): DeliveryRow {
      return db.transaction((tx) => {
        const existing = tx.select().from(deliveries).where(and(eq(deliveries.chatId, args.chatId), eq(deliveries.digestDate, args.digestDate))).get();
        if (existing) return existing;
        const row = tx
          .insert(deliveries)
          .values({ chatId: args.chatId, digestDate: args.digestDate, parts: JSON.stringify(args.parts), itemIds: JSON.stringify(args.itemIds), createdAt: args.now })
          .returning()
          .get();
        if (args.itemIds.length) {
          tx.insert(deliveredItems).values(args.itemIds.map((itemId) => ({ chatId: args.chatId, itemId, digestDate: args.digestDate }))).onConflictDoNothing().run();
        }
        tx.update(subscribers).set({ lastDigestAt: args.now }).where(eq(subscribers.chatId, args.chatId)).run();
        return row;
      });
    },
    markPartSent(id: number, partsSent: number): void {
      db.update(deliveries).set({ partsSent }).where(eq(deliveries.id, id)).run();
    },
    finish(id: number, status: 'sent' | 'failed' | 'abandoned', now: Date, error: string | null = null): void {
      db.update(deliveries).set({ status, completedAt: now, lastError: error }).where(eq(deliveries.id, id)).run();
    },
    countSentSince(since: Date): number {
      return db.select({ n: count() }).from(deliveries).where(and(eq(deliveries.status, 'sent'), gte(deliveries.completedAt, since))).get()?.n ?? 0;
    },
    pendingCount(): number {
      return db.select({ n: count() }).from(deliveries).where(eq(deliveries.status, 'pending')).get()?.n ?? 0;
    },
  };
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
