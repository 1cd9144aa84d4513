/**
 * /stats reads counters the triggers keep (stat_counts) instead of counting items, deliveries and
 * subscribers: the same answers as counting the tables, through every kind of write, and a read
 * whose cost does not grow with the tables (every statement reaches a growing table only through a
 * range bounded on both sides: the quarter-hour a "since" falls inside).
 */
import { describe, expect, it } from 'vitest';
import { generateItems } from '../../bench/lib/generate.js';
import { openDatabase } from '../../src/db/client.js';
import { createItemStore } from '../../src/db/item-store.js';
import { createRetentionStore } from '../../src/db/retention-store.js';
import { createDeliveryStore, createSubscriberStore } from '../../src/db/subscriber-store.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T08:00:00Z');

function setUp() {
  const db = openDatabase(':memory:');
  const captured: string[] = [];
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    captured.push(source);
    return prepare(source);
  }) as typeof db.$client.prepare;
  generateItems(db, { count: 4000, start: new Date(NOW - 20 * DAY), end: new Date(NOW), feeds: 5 });
  return { db, captured, items: createItemStore(db), subscribers: createSubscriberStore(db), deliveries: createDeliveryStore(db), retention: createRetentionStore(db) };
}

type Fixture = ReturnType<typeof setUp>;

/** What /stats used to compute: counting the tables. */
function counted({ db }: Fixture, since: Date) {
  const one = (sql: string, ...args: unknown[]) => db.$client.prepare(sql).pluck().get(...args) as number;
  const relevant = one('select count(*) from items where relevant = 1 and first_seen_at >= ?', since.getTime());
  return {
    items: { items: one('select count(*) from items where first_seen_at >= ?', since.getTime()), relevant },
    sent: one("select count(*) from deliveries where status = 'sent' and completed_at >= ?", since.getTime()),
    subscribers: {
      active: one("select count(*) from subscribers where active = 1 and coalesce(inactive_reason, '') <> 'not subscribed'"),
      inactive: one("select count(*) from subscribers where active = 0 and coalesce(inactive_reason, '') <> 'not subscribed'"),
    },
  };
}

function fromCounters(f: Fixture, since: Date) {
  return { items: f.items.countSince(since), sent: f.deliveries.countSentSince(since), subscribers: f.subscribers.counts() };
}

/** Midnights in UTC and in zones a quarter or half an hour off, a minute past, and an arbitrary instant. */
const SINCES = [NOW - 8 * 3_600_000, NOW - 8 * 3_600_000 - 5.75 * 3_600_000, NOW - 8 * 3_600_000 + 5.5 * 3_600_000, NOW - DAY + 60_000, NOW - 3 * DAY + 123_457, NOW - 30 * DAY].map((t) => new Date(t));

describe('/stats counters', () => {
  it('agree with counting the tables through inserts, updates, retention and chat changes', () => {
    const f = setUp();
    const check = () => {
      for (const since of SINCES) expect(fromCounters(f, since), since.toISOString()).toEqual(counted(f, since));
    };
    check();

    // Subscribers: subscribe, only a language, block, re-subscribe, a migrated group.
    const at = new Date(NOW);
    for (let chat = 1; chat <= 30; chat++) f.subscribers.subscribe({ chatId: chat, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: at });
    f.subscribers.setLocale({ chatId: 99, chatType: 'private', title: null, locale: 'ru', digestTime: '08:00', timezone: 'UTC', now: at });
    f.subscribers.deactivate(3, 'blocked', at);
    f.subscribers.deactivate(4, 'blocked', at);
    f.subscribers.subscribe({ chatId: 4, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: at });
    f.subscribers.subscribe({ chatId: 99, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: at });
    f.subscribers.subscribe({ chatId: -5, chatType: 'group', title: 'g', digestTime: '08:00', timezone: 'UTC', now: at });
    f.subscribers.migrate(-5, -1005, at);
    check();

    // Ledger rows: opened, sent at various instants, failed, sent in a batch, pruned.
    for (let chat = 1; chat <= 30; chat++) {
      for (let day = 0; day < 4; day++) {
        const date = new Date(NOW - day * DAY).toISOString().slice(0, 10);
        const row = f.deliveries.open({ chatId: chat, digestDate: date, parts: ['<b>x</b>'], itemIds: [1], now: new Date(NOW - day * DAY) });
        const done = new Date(NOW - day * DAY - chat * 97_000);
        if (chat % 5 === 0) f.deliveries.finish(row.id, 'failed', done, 'blocked');
        else if (chat % 7 !== 0) f.deliveries.finish(row.id, 'sent', done);
      }
    }
    f.deliveries.finishMany([7, 14].map((chat) => ({ id: f.deliveries.get(chat, new Date(NOW).toISOString().slice(0, 10))!.id, status: 'sent' as const, now: new Date(NOW - 1_000) })));
    check();
    f.retention.deleteDeliveries(new Date(NOW - 2 * DAY).toISOString().slice(0, 10), 1000);
    check();

    // Items: relevance changed, retention of the old ones, new ones.
    f.db.$client.exec('update items set relevant = 1 - relevant where id % 97 = 0');
    f.retention.deleteItems(false, NOW - 10 * DAY, 10_000);
    f.retention.deleteItems(true, NOW - 15 * DAY, 10_000);
    generateItems(f.db, { count: 500, start: new Date(NOW - DAY), end: new Date(NOW), feeds: 5, seed: 7 });
    check();
    // Nothing is left behind for rows that are gone.
    expect(f.db.$client.prepare('select count(*) from stat_counts where n <= 0 and bucket > 0').pluck().get()).toBe(0);
  });

  it('read no growing table but through a range within one quarter-hour', () => {
    const f = setUp();
    const before = f.captured.length;
    fromCounters(f, SINCES[1]!);
    const statements = f.captured.slice(before);
    expect(statements.length).toBeGreaterThan(0);
    for (const sql of statements) {
      const names = [...new Set([...sql.matchAll(/@([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
      const stmt = f.db.$client.prepare(`explain query plan ${sql}`);
      const args = names.length > 0 ? [Object.fromEntries(names.map((n) => [n, 0]))] : new Array((sql.match(/\?/g) ?? []).length).fill(0);
      const plan = (stmt.all(...args) as Array<{ detail: string }>).map((r) => r.detail);
      for (const line of plan) {
        const table = /^(?:SCAN|SEARCH) (\w+)/.exec(line)?.[1];
        if (!table || !['items', 'deliveries', 'subscribers'].includes(table)) continue;
        // A range with both ends (>… AND <…): the rows of one quarter-hour, not of the table.
        expect(line, sql).toMatch(/^SEARCH .*>\? AND \w+<\?\)/);
      }
    }
  });
});
