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
import { createDeliveryStore } from '../../src/db/subscriber-store.js';

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
