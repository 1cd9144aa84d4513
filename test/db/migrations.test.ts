/**
 * Upgrading a database made by an older release: build it with the migrations of that time (a copy
 * of the folder with a shortened journal), fill it the way the old code did, then open it with the
 * current code and check nothing was lost and the new columns are right.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createItemStore } from '../../src/db/item-store.js';
import { createDeliveryStore, createSubscriberStore } from '../../src/db/subscriber-store.js';
import { createStoryStore } from '../../src/db/story-store.js';
import { registerSearchFunctions } from '../../src/db/search.js';

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'migrations');

/** A database file migrated only up to (and including) the migration tagged `lastTag`. */
function databaseAt(lastTag: string): { path: string; sqlite: Database.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'troika-upgrade-'));
  const folder = join(dir, 'migrations');
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  const path = join(dir, 'old.db');
  const sqlite = new Database(path);
  // The search index's triggers (0013) call these, as the app's own connection does.
  registerSearchFunctions(sqlite);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return { path, sqlite };
}

describe('upgrading an existing database', () => {
  it('backfills the per-feed counters and keeps every row (from 0001)', () => {
    const { path, sqlite } = databaseAt('0001_delivery_attempts');
    const t = Date.parse('2026-05-01T00:00:00Z');
    sqlite.exec(`insert into feeds (id, url, added_by, created_at) values (1, 'https://a.example/rss', 'seed', ${t}), (2, 'https://b.example/rss', 'seed', ${t}), (3, 'https://c.example/rss', 'seed', ${t})`);
    const item = sqlite.prepare(
      `insert into items (id, dedupe_key, title, text, summary, lang, first_seen_at, sort_at, relevant, score, countries, topics, evidence)
       values (?, ?, 't', 'x', 's', 'en', ${t}, ${t}, ?, 0.5, 'CN,US', '[]', '{}')`,
    );
    const source = sqlite.prepare(`insert into item_sources (feed_id, item_key, item_id, seen_at) values (?, ?, ?, ${t})`);
    for (let i = 1; i <= 10; i++) {
      item.run(i, `k${i}`, i <= 3 ? 1 : 0);
      source.run(1, `a${i}`, i);
      if (i % 2 === 0) source.run(2, `b${i}`, i); // item 2 is relevant and carried by both
    }
    sqlite.close();

    const db = openDatabase(path);
    const feeds = createFeedStore(db).listWithHealth();
    expect(feeds.map((f) => [f.id, f.itemCount, f.relevantCount])).toEqual([
      [1, 10, 3],
      [2, 5, 1],
      [3, 0, 0],
    ]);
    expect(db.$client.prepare('select count(*) from items').pluck().get()).toBe(10);
    expect(db.$client.prepare('select count(*) from item_sources').pluck().get()).toBe(15);

    // From now on the triggers keep the counters: a new source, a relevance change, a deleted item.
    db.$client.exec(`insert into item_sources (feed_id, item_key, item_id, seen_at) values (3, 'c1', 1, ${t})`);
    db.$client.exec('update items set relevant = 1 where id = 4');
    db.$client.exec('delete from items where id = 2');
    const after = createFeedStore(db).listWithHealth();
    expect(after.map((f) => [f.id, f.itemCount, f.relevantCount])).toEqual([
      [1, 9, 3],
      [2, 4, 1],
      [3, 1, 1],
    ]);
    const counted = db.$client
      .prepare('select f.id, count(s.item_id) as n, coalesce(sum(i.relevant), 0) as r from feeds f left join item_sources s on s.feed_id = f.id left join items i on i.id = s.item_id group by f.id order by f.id')
      .raw()
      .all();
    expect(counted).toEqual(after.map((f) => [f.id, f.itemCount, f.relevantCount]));
    closeDatabase(db);
  });

  it('moves the text of pending briefings into variants and drops the per-chat copies (from 0003)', () => {
    const { path, sqlite } = databaseAt('0003_feed_counter_triggers');
    const t = Date.parse('2026-05-01T08:00:00Z');
    const parts = JSON.stringify(['<b>part one</b>', 'part two']);
    const row = sqlite.prepare(`insert into deliveries (chat_id, digest_date, parts, item_ids, parts_sent, status, created_at) values (?, '2026-05-01', ?, '[1,2]', ?, ?, ${t})`);
    row.run(1, parts, 2, 'sent');
    row.run(2, parts, 1, 'pending');
    row.run(3, parts, 0, 'pending');
    row.run(4, JSON.stringify(['other']), 0, 'pending');
    row.run(5, '[]', 0, 'empty');
    sqlite.close();

    const db = openDatabase(path);
    const deliveries = createDeliveryStore(db);
    expect(db.$client.prepare('select count(*) from deliveries').pluck().get()).toBe(5);
    expect(db.$client.prepare('select count(*) from briefing_variants').pluck().get()).toBe(2);
    expect(deliveries.partsOf(deliveries.get(2, '2026-05-01')!)).toEqual(['<b>part one</b>', 'part two']);
    expect(deliveries.partsOf(deliveries.get(3, '2026-05-01')!)).toEqual(['<b>part one</b>', 'part two']);
    expect(deliveries.partsOf(deliveries.get(4, '2026-05-01')!)).toEqual(['other']);
    expect(deliveries.get(2, '2026-05-01')).toMatchObject({ partsSent: 1, status: 'pending', itemIds: '[1,2]' });
    expect(deliveries.get(1, '2026-05-01')).toMatchObject({ partsSent: 2, status: 'sent', variantId: null });
    closeDatabase(db);
  });
});

describe('upgrading to stories (from 0007)', () => {
  it('keeps every item and feed, builds stories for the relevant items already stored, and is idempotent', () => {
    const { path, sqlite } = databaseAt('0007_retention_indexes');
    const t = Date.parse('2025-04-16T12:00:00Z');
    sqlite.exec(`insert into feeds (id, url, added_by, created_at) values (1, 'https://a.example/rss', 'seed', ${t}), (2, 'https://b.example/rss', 'seed', ${t})`);
    const item = sqlite.prepare(
      `insert into items (id, dedupe_key, title, text, summary, lang, first_seen_at, sort_at, relevant, score, countries, stance, topics, evidence)
       values (?, ?, ?, ?, 's', ?, ${t}, ?, ?, 0.8, ?, ?, '[]', '{}')`,
    );
    const source = sqlite.prepare(`insert into item_sources (feed_id, item_key, item_id, seen_at) values (?, ?, ?, ${t})`);
    item.run(1, 'k1', 'Nvidia to take a $5.5 billion hit after US requires a licence for H20 sales to China', 'Exports of H20 chips to China need a licence; Nvidia expects a $5.5 billion charge.', 'en', t, 1, 'CN,US', 'competition');
    item.run(2, 'k2', 'Nvidia потеряет $5,5 млрд из-за ограничений США на поставки чипов H20 в Китай', 'США потребовали лицензию на экспорт H20 в Китай; Nvidia спишет $5,5 млрд.', 'ru', t + 3_600_000, 1, 'CN,US', 'competition');
    item.run(3, 'k3', 'BRICS Kazan summit: Russia and China agree to deepen AI cooperation', 'At the BRICS summit in Kazan, Putin and Xi agreed to deepen AI cooperation.', 'en', t + 7_200_000, 1, 'CN,RU', 'cooperation');
    item.run(4, 'k4', 'A recipe for lemon cake', 'Flour, sugar and lemons.', 'en', t, 0, '', null);
    for (const id of [1, 2, 3, 4]) source.run(id % 2 === 0 ? 2 : 1, `i${id}`, id);
    sqlite.close();

    const db = openDatabase(path);
    const stories = createStoryStore(db);
    expect(stories.groupUngrouped()).toBe(3);
    expect(db.$client.prepare('select count(*) from items').pluck().get()).toBe(4);
    expect(db.$client.prepare('select count(*) from item_sources').pluck().get()).toBe(4);
    const storyOf = db.$client.prepare('select id, story_id from items order by id').raw().all() as Array<[number, number | null]>;
    expect(storyOf[0]![1]).toBe(storyOf[1]![1]);
    expect(storyOf[2]![1]).not.toBe(storyOf[0]![1]);
    expect(storyOf[3]![1]).toBeNull();
    expect(stories.get(storyOf[0]![1]!)).toMatchObject({ itemCount: 2, stance: 'competition', countries: ['CN', 'US'] });
    // The feeds keep their rows and get the new origin columns, unset until start-up fills them.
    expect(db.$client.prepare('select count(*) from feeds where origin is null').pluck().get()).toBe(2);
    // Again: nothing to do.
    expect(stories.groupUngrouped()).toBe(0);
    expect(db.$client.prepare('select count(*) from stories').pluck().get()).toBe(2);
    // Deleting items (retention) shortens their story; the last one takes the story with it.
    db.$client.exec('delete from items where id in (2, 3)');
    expect(stories.get(storyOf[0]![1]!)!.itemCount).toBe(1);
    expect(stories.get(storyOf[2]![1]!)).toBeUndefined();
    closeDatabase(db);
  });
});

describe('upgrading to "already sent" records in the ledger (from 0014)', () => {
  it('moves every sent record into delivered ledger rows, flags them as the old code counted them, and drops the table', () => {
    const { path, sqlite } = databaseAt('0014_trend_covering_index');
    const t = Date.parse('2026-05-01T08:00:00Z');
    const item = sqlite.prepare(
      `insert into items (id, dedupe_key, title, text, summary, lang, first_seen_at, sort_at, relevant, score, countries, topics, evidence)
       values (?, ?, 't', 'x', 's', 'en', ${t}, ${t}, 1, 0.5, 'CN,US', '[]', '{}')`,
    );
    for (let i = 1; i <= 9; i++) item.run(i, `k${i}`);
    const row = sqlite.prepare(`insert into deliveries (chat_id, digest_date, item_ids, parts_sent, status, created_at) values (?, ?, ?, ?, ?, ${t})`);
    const record = sqlite.prepare('insert into delivered_items (chat_id, item_id, digest_date) values (?, ?, ?)');
    // Chat 1: two sent days; item 3 came back under "Developing" on the second (first sent on the 1st).
    row.run(1, '2026-05-01', '[1,2,3]', 2, 'sent');
    row.run(1, '2026-05-02', '[3,4]', 1, 'sent');
    for (const [id, date] of [[1, '2026-05-01'], [2, '2026-05-01'], [3, '2026-05-01'], [4, '2026-05-02']] as const) record.run(1, id, date);
    // Chat 2: blocked before its first part (nothing reached it: no records); chat 3: abandoned after one part.
    row.run(2, '2026-05-02', '[5]', 0, 'failed');
    row.run(3, '2026-05-02', '[5,6]', 1, 'abandoned');
    record.run(3, 5, '2026-05-02');
    record.run(3, 6, '2026-05-02');
    // Chat 4: still pending today (nothing recorded yet).
    row.run(4, '2026-05-03', '[7]', 0, 'pending');
    // Chat 5: records whose ledger row was pruned first, and chat 6: a record beside a row that lacks it.
    record.run(5, 8, '2026-04-20');
    record.run(5, 9, '2026-04-20');
    row.run(6, '2026-05-01', '[1]', 1, 'sent');
    record.run(6, 1, '2026-05-01');
    record.run(6, 2, '2026-05-01');
    sqlite.close();

    const db = openDatabase(path);
    const deliveries = createDeliveryStore(db);
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).not.toContain('delivered_items');
    expect([...deliveries.sentTo(1)].sort()).toEqual([[1, '2026-05-01'], [2, '2026-05-01'], [3, '2026-05-01'], [4, '2026-05-02']]);
    expect(deliveries.sentTo(2).size).toBe(0);
    expect([...deliveries.sentTo(3)].sort()).toEqual([[5, '2026-05-02'], [6, '2026-05-02']]);
    expect(deliveries.sentTo(4).size).toBe(0);
    expect([...deliveries.sentTo(5)].sort()).toEqual([[8, '2026-04-20'], [9, '2026-04-20']]);
    expect([...deliveries.sentTo(6)].sort()).toEqual([[1, '2026-05-01'], [2, '2026-05-01']]);
    // Chat 5's records got a ledger row of their own; nothing else was added, and the rows kept their state.
    expect(db.$client.prepare('select count(*) from deliveries').pluck().get()).toBe(7);
    expect(deliveries.get(5, '2026-04-20')).toMatchObject({ status: 'sent', delivered: true, variantId: null, partsSent: 0 });
    expect(deliveries.get(4, '2026-05-03')).toMatchObject({ status: 'pending', delivered: false, itemIds: '[7]' });
    expect(deliveries.get(2, '2026-05-02')).toMatchObject({ status: 'failed', delivered: false });
    expect(deliveries.get(1, '2026-05-02')).toMatchObject({ status: 'sent', delivered: true, partsSent: 1, itemIds: '[3,4]' });

    // Closing the pending row records its item from now on.
    deliveries.finish(deliveries.get(4, '2026-05-03')!.id, 'sent', new Date(t + 2 * 86_400_000));
    expect([...deliveries.sentTo(4)]).toEqual([[7, '2026-05-03']]);
    closeDatabase(db);
  });
});

describe('upgrading to the /stats counters (from 0018)', () => {
  it('counts what is stored, then keeps counting through the triggers', () => {
    const { path, sqlite } = databaseAt('0018_ledger_known_stories');
    const midnight = Date.parse('2026-05-02T00:00:00Z');
    const item = sqlite.prepare(
      `insert into items (dedupe_key, title, text, summary, lang, first_seen_at, sort_at, relevant, score, countries, topics, evidence)
       values (?, 't', 'x', 's', 'en', ?, ?, ?, 0.5, 'CN,US', '[]', '{}')`,
    );
    // Yesterday 10 items (2 relevant); today 7 (3 relevant), spread over the day.
    for (let i = 0; i < 10; i++) item.run(`y${i}`, midnight - 3_600_000 * (i + 1), midnight, i < 2 ? 1 : 0);
    for (let i = 0; i < 7; i++) item.run(`t${i}`, midnight + 1_000 + 3_600_000 * i, midnight, i < 3 ? 1 : 0);
    const row = sqlite.prepare("insert into deliveries (chat_id, digest_date, item_ids, status, created_at, completed_at) values (?, ?, '[]', ?, ?, ?)");
    row.run(1, '2026-05-01', 'sent', midnight - 86_400_000, midnight - 80_000_000);
    row.run(1, '2026-05-02', 'sent', midnight, midnight + 60_000);
    row.run(2, '2026-05-02', 'sent', midnight, midnight + 120_000);
    row.run(3, '2026-05-02', 'failed', midnight, midnight + 60_000);
    row.run(4, '2026-05-02', 'pending', midnight, null);
    const sub = sqlite.prepare("insert into subscribers (chat_id, chat_type, active, inactive_reason, digest_time, timezone) values (?, 'private', ?, ?, '08:00', 'UTC')");
    sub.run(1, 1, null);
    sub.run(2, 1, null);
    sub.run(3, 0, 'blocked');
    sub.run(4, 0, 'not subscribed');
    sqlite.close();

    const db = openDatabase(path);
    const items = createItemStore(db);
    const subscribers = createSubscriberStore(db);
    const deliveries = createDeliveryStore(db);
    const today = new Date(midnight);
    expect(items.countSince(today)).toEqual({ items: 7, relevant: 3 });
    expect(items.countSince(new Date(midnight - 86_400_000))).toEqual({ items: 17, relevant: 5 });
    expect(deliveries.countSentSince(today)).toBe(2);
    expect(subscribers.counts()).toEqual({ active: 2, inactive: 1 });
    expect(db.$client.prepare('select count(*) from items').pluck().get()).toBe(17);

    // From now on the triggers count: the pending briefing is sent, a chat blocks the bot, an item turns relevant.
    deliveries.finish(deliveries.get(4, '2026-05-02')!.id, 'sent', new Date(midnight + 600_000));
    subscribers.deactivate(1, 'blocked', new Date(midnight + 600_000));
    db.$client.exec("update items set relevant = 1 where dedupe_key = 't6'");
    expect(deliveries.countSentSince(today)).toBe(3);
    expect(subscribers.counts()).toEqual({ active: 1, inactive: 2 });
    expect(items.countSince(today)).toEqual({ items: 7, relevant: 4 });
    closeDatabase(db);
  });
});
