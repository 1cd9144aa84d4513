/**
 * Every query the stores run (hence every query the bot runs) must use an index on the tables that
 * grow without bound: no full `SCAN items` at a million items. The statements are captured as the
 * stores prepare them while a scenario calls every store method; each is then explained.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateItems } from '../../bench/lib/generate.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { storeStories } from '../helpers/bot-harness.js';

/** Tables that grow with time, subscribers or deliveries: never scanned whole. */
const GROWING = ['items', 'item_sources', 'deliveries', 'briefing_variants', 'stories', 'story_keys'];

const captured = new Set<string>();
let db: Db;
let app: App;
const called = new Map<string, Set<string>>();

/** Wrap each store's methods to know which the scenario called (a new method must be covered here). */
function track<T extends object>(name: string, store: T): T {
  const seen = new Set<string>();
  called.set(name, seen);
  for (const key of Object.keys(store) as Array<keyof T & string>) {
    const fn = store[key];
    if (typeof fn !== 'function') continue;
    (store as Record<string, unknown>)[key] = (...args: unknown[]) => {
      seen.add(key);
      return (fn as (...a: unknown[]) => unknown).apply(store, args);
    };
  }
  return store;
}

function explain(sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/[@$:]([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
  const stmt = db.$client.prepare(`explain query plan ${sql}`);
  if (names.length > 0) return (stmt.all(Object.fromEntries(names.map((n) => [n, null]))) as Array<{ detail: string }>).map((r) => r.detail);
  for (let n = 0; n < 40; n++) {
    try {
      return (stmt.all(...new Array(n).fill(null)) as Array<{ detail: string }>).map((r) => r.detail);
    } catch (error) {
      if (!/parameter/i.test((error as Error).message)) throw error;
    }
  }
  throw new Error(`could not bind parameters for: ${sql}`);
}

/** Partial indexes hold only the few rows they are for: scanning one is not scanning the table. */
const PARTIAL_INDEXES = ['items_ungrouped'];

function fullScans(plan: string[]): string[] {
  return plan.filter((line) => {
    if (PARTIAL_INDEXES.some((index) => line.endsWith(`USING INDEX ${index}`))) return false;
    const m = /^SCAN (\w+)/.exec(line);
    // A covering-index scan of a growing table reads it whole too.
    return m !== null && GROWING.includes(m[1]!);
  });
}

beforeAll(() => {
  db = openDatabase(':memory:');
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    captured.add(source.replace(/\s+/g, ' ').trim());
    return prepare(source);
  }) as typeof db.$client.prepare;
  const now = new Date('2026-06-01T08:00:00Z');
  generateItems(db, { count: 20_000, start: new Date(now.getTime() - 60 * 86_400_000), end: now, feeds: 20, singletonStories: true });
  // Ledger rows for 400 chats over 10 days, so statistics see tables of a realistic shape.
  const insertDelivery = db.$client.prepare("insert into deliveries (chat_id, digest_date, item_ids, status, delivered, created_at, variant_id) values (?, ?, ?, 'sent', 1, ?, ?)");
  const insertVariant = db.$client.prepare("insert into briefing_variants (hash, parts, created_at) values (?, '[\"x\"]', ?)");
  db.$client.transaction(() => {
    for (let day = 0; day < 10; day++) {
      const date = new Date(now.getTime() - day * 86_400_000).toISOString().slice(0, 10);
      const variants = Array.from({ length: 20 }, (_, v) => Number(insertVariant.run(`${date}/${v}`, now.getTime() - day * 86_400_000).lastInsertRowid));
      for (let chat = 1000; chat < 1400; chat++) {
        const sent = Array.from({ length: 5 }, (_, k) => 1 + ((day * 50 + chat * 7 + k) % 20_000));
        insertDelivery.run(chat, date, JSON.stringify(sent), now.getTime(), variants[chat % 20]);
      }
    }
  })();
  const config = parseConfig({ DATABASE_PATH: ':memory:' });
  app = createApp(config, createLogger('silent'), { db, seed: false, now: () => now });
  for (const [name, store] of Object.entries(app.stores)) track(name, store as object);
});

afterAll(() => app?.close());

function runScenario(): void {
  const now = app.now();
  const { feeds, items, runs, subscribers, deliveries } = app.stores;
  const [story] = storeStories(app, [{ title: 'US and China agree on AI talks' }]);
  feeds.list();
  feeds.listWithHealth();
  const feed = feeds.get(1)!;
  feeds.getByUrl(feed.url);
  feeds.due(now);
  feeds.due(now, true);
  const extra = feeds.insert({ url: 'https://plan.example/feed.xml', addedBy: 'test', createdAt: now });
  feeds.update(extra.id, { lastError: 'x' });
  feeds.inTransaction(() => feeds.setMeta('k', 'v'));
  feeds.getMeta('k');
  feeds.remove(extra.id);

  items.get(story!.id);
  items.knownKeys(1, 1000);
  items.getMany([story!.id, 5, 7]);
  items.digestCandidates({ seenAfter: new Date(now.getTime() - 86_400_000), datedAfter: new Date(now.getTime() - 7 * 86_400_000), backfillDatedAfter: new Date(now.getTime() - 2 * 86_400_000), limit: 300 });
  items.latestRelevant({ limit: 10 });
  items.latestRelevant({ limit: 10, country: 'RU' });
  items.latestRelevant({ limit: 10, stance: 'cooperation' });
  items.relevantBetween(new Date(now.getTime() - 86_400_000), now);
  items.getMany([story!.id]);
  items.countSince(new Date(now.getTime() - 86_400_000));

  const { stories } = app.stores;
  const [grouped] = stories.assign([story!]);
  const [sliced] = storeStories(app, [{ title: 'Russia and China sign an AI research pact' }]);
  expect(stories.assignFor([sliced!], 0, 10)).toBe(1);
  stories.groupUngrouped(50);
  stories.get(grouped!.storyId);
  stories.getMany([grouped!.storyId, 1, 2]);
  stories.members(grouped!.storyId);
  stories.membersOfMany([grouped!.storyId, 1, 2]);
  stories.storyOfItem(story!.id);
  stories.latest({ limit: 10, before: now });
  stories.latest({ limit: 10, before: now, country: 'RU', stance: 'cooperation' });
  deliveries.sentTo(1000);
  deliveries.historyOf(1000);

  runs.record({ startedAt: now, finishedAt: now, feeds: 1, fetched: 1, notModified: 0, failed: 0, newItems: 1, relevant: 1 });
  runs.last();
  runs.logAdminAction({ actor: 'test', action: 'x', detail: 'y', at: now });
  runs.adminActions();

  subscribers.subscribe({ chatId: 5, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now });
  subscribers.subscribe({ chatId: -7, chatType: 'group', title: 'g', digestTime: '08:00', timezone: 'UTC', now });
  subscribers.get(5);
  subscribers.updateSettings(5, { countries: ['CN', 'US'] }, now);
  subscribers.setLocale({ chatId: 9, chatType: 'private', title: null, locale: 'ru', digestTime: '08:00', timezone: 'UTC', now });
  subscribers.setThread(5, 77, now);
  subscribers.setManager(-7, 5, now);
  subscribers.listManagedBy(5);
  subscribers.listActive();
  subscribers.listActivePage(0, 200);
  subscribers.counts();
  const ledger = deliveries.open({ chatId: 5, digestDate: '2026-06-01', parts: ['<b>x</b>'], itemIds: [story!.id], now });
  deliveries.get(5, '2026-06-01');
  deliveries.partsOf(ledger);
  deliveries.markPartSent(ledger.id, 1, { messageId: 9, text: '<b>x</b>' });
  deliveries.recordAttempt(ledger.id, 1, now, 'e');
  deliveries.finish(ledger.id, 'sent', now);
  deliveries.finishMany([{ id: ledger.id, status: 'sent', now }]);
  deliveries.countSentSince(new Date(now.getTime() - 86_400_000));
  subscribers.migrate(-7, -1007, now);

  const { retention } = app.stores;
  const day = 86_400_000;
  const cutoffs = { itemsSeenBefore: now.getTime() - 30 * day, relevantSeenBefore: now.getTime() - 400 * day, ledgerBefore: '2026-05-18', variantsCreatedBefore: now.getTime() - 14 * day };
  retention.count(cutoffs);
  retention.deleteDeliveries(cutoffs.ledgerBefore, 50);
  retention.deleteVariants(cutoffs.variantsCreatedBefore, 50);
  retention.deleteItems(false, cutoffs.itemsSeenBefore, 50);
  retention.deleteItems(true, cutoffs.relevantSeenBefore, 50);
  retention.setMeta('x', 'y');
  retention.getMeta('x');
  retention.autoVacuum();
  retention.freePages();
  retention.incrementalVacuum(10);
  retention.sizeBytes();
  retention.enableIncrementalVacuum();
  retention.optimize();
  subscribers.deactivate(5, 'test', now);
}

describe('query plans at scale', () => {
  it('the scenario calls every store method', () => {
    runScenario();
    for (const [name, seen] of called) {
      const store = app.stores[name as keyof App['stores']] as object;
      const missing = Object.keys(store).filter((k) => typeof (store as Record<string, unknown>)[k] === 'function' && !seen.has(k));
      expect(missing, `add calls to ${name}.${missing.join(', ')} in this test's scenario so their queries are explained`).toEqual([]);
    }
  });

  it.each([
    ['without statistics', false],
    ['after ANALYZE', true],
  ])('no statement scans a growing table whole (%s)', (_label, analyze) => {
    if (called.size === 0 || [...called.values()].every((s) => s.size === 0)) runScenario();
    // The scenario's PRAGMA optimize may have gathered statistics: forget them for the first case.
    if (analyze) db.$client.exec('analyze');
    else if (db.$client.prepare("select 1 from sqlite_master where name = 'sqlite_stat1'").get()) db.$client.exec('delete from sqlite_stat1; analyze sqlite_schema');
    const statements = [...captured].filter((s) => /^(select|update|delete|insert|with)\b/i.test(s));
    expect(statements.length).toBeGreaterThan(20);
    // /trend's weekly count searches its covering index stories_trend by first_at, like any other.
    const offenders = statements.map((sql) => ({ sql, scans: fullScans(explain(sql)) })).filter((s) => s.scans.length > 0);
    expect(offenders).toEqual([]);
  });
});
