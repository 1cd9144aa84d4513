/**
 * Retention removes exactly what the settings say and nothing a briefing, /story, /why or /trend
 * still needs; it works in batches and gives the space back to the file system.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateItems } from '../../bench/lib/generate.js';
import type { App } from '../../src/app.js';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createRetentionStore } from '../../src/db/retention-store.js';
import { createLogger } from '../../src/logger.js';
import { createDigestService } from '../../src/services/digests.js';
import { createRetention } from '../../src/services/retention.js';
import { createTestApp } from '../helpers/app.js';
import { storeStories } from '../helpers/bot-harness.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

let app: App | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

function ids(rows: Array<{ id: number }>): number[] {
  return rows.map((r) => r.id);
}

describe('retention', () => {
  it('removes exactly what is past its time and keeps what briefings, /why and /trend need', async () => {
    app = createTestApp({ now: () => NOW });
    const sqlite = app.db.$client;
    const [oldNoise] = storeStories(app, [{ title: 'Old noise', relevant: false }], ago(31));
    const [recentNoise] = storeStories(app, [{ title: 'Recent noise', relevant: false }], ago(29));
    const [tooOld] = storeStories(app, [{ title: 'Relevant, 401 days' }], ago(401));
    const [lastYear] = storeStories(app, [{ title: 'Relevant, 364 days (still on /trend)' }], ago(364));
    const [monthOld] = storeStories(app, [{ title: 'Relevant, 20 days' }], ago(20));
    const [fresh] = storeStories(app, [{ title: 'Relevant, 1 day' }], ago(1));

    // Chat 7 got the 20-day story in a ledger row now past the fortnight, and the 1-day story in a
    // recent one (a delivered row's item ids are its "already sent" records); the 13-day row was
    // empty (nothing reached the chat that day, so it records nothing).
    const ledger = sqlite.prepare("insert into deliveries (chat_id, digest_date, item_ids, delivered, status, created_at, variant_id) values (?, ?, ?, ?, 'sent', ?, ?)");
    const variant = sqlite.prepare("insert into briefing_variants (hash, parts, created_at) values (?, '[\"x\"]', ?)");
    const oldVariant = Number(variant.run('old', ago(20).getTime()).lastInsertRowid);
    const keptOldVariant = Number(variant.run('old-but-used', ago(20).getTime()).lastInsertRowid);
    const newVariant = Number(variant.run('new', ago(1).getTime()).lastInsertRowid);
    ledger.run(7, '2026-11-10', `[${monthOld!.id}]`, 1, ago(16).getTime(), oldVariant);
    ledger.run(7, '2026-11-13', '[]', 0, ago(13).getTime(), keptOldVariant);
    ledger.run(7, '2026-11-25', `[${fresh!.id}]`, 1, ago(1).getTime(), newVariant);

    const dry = await app.retention.run({ dryRun: true });
    expect(dry.removed).toEqual({ items: 1, relevantItems: 1, deliveries: 1, deliveredItems: 1, variants: 0 });
    expect(sqlite.prepare('select count(*) from items').pluck().get()).toBe(6);

    const report = await app.retention.run();
    // The old variant goes in the same pass as the ledger row that pointed at it.
    expect(report.removed).toEqual({ items: 1, relevantItems: 1, deliveries: 1, deliveredItems: 1, variants: 1 });
    const left = ids(sqlite.prepare('select id from items order by id').all() as Array<{ id: number }>);
    expect(left).toEqual([recentNoise!.id, lastYear!.id, monthOld!.id, fresh!.id]);
    expect(left).not.toContain(oldNoise!.id);
    expect(left).not.toContain(tooOld!.id);
    expect(sqlite.prepare('select digest_date from deliveries order by digest_date').pluck().all()).toEqual(['2026-11-13', '2026-11-25']);
    expect(sqlite.prepare('select id from briefing_variants order by id').pluck().all()).toEqual([keptOldVariant, newVariant]);
    expect([...app.stores.deliveries.sentTo(7)]).toEqual([[fresh!.id, '2026-11-25']]);
    // Sources went with their items, and the per-feed counters followed.
    expect(sqlite.prepare('select count(*) from item_sources').pluck().get()).toBe(4);
    expect(sqlite.prepare('select sum(item_count), sum(relevant_count) from feeds').raw().get()).toEqual([4, 3]);

    // /why and /story read kept stories; /trend's year is whole.
    expect(app.stores.items.get(lastYear!.id)?.title).toContain('364 days');
    expect(app.stores.items.relevantBetween(ago(371), NOW).map((s) => s.id).sort()).toEqual([lastYear!.id, monthOld!.id, fresh!.id].sort());
    // Chat 7 is not sent the 1-day story again: its "already sent" record survived.
    app.stores.subscribers.subscribe({ chatId: 7, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: ago(30) });
    const sent: string[] = [];
    const digests = createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender: { sendHtml: async (_c, html) => (sent.push(html), { ok: true }) }, now: () => NOW, logger: app.logger });
    await digests.sendDue();
    expect(sent.join()).not.toContain('Relevant, 1 day');

    // A second pass finds nothing more.
    expect((await app.retention.run()).removed).toEqual({ items: 0, relevantItems: 0, deliveries: 0, deliveredItems: 0, variants: 0 });
  });

  it('a story that keeps growing is never sent again as new, after the ledger rows with its first items are pruned', async () => {
    let clock = new Date('2026-11-01T09:00:00Z');
    app = createTestApp({ now: () => clock });
    const sqlite = app.db.$client;
    app.stores.subscribers.subscribe({ chatId: 7, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: new Date(clock.getTime() - DAY) });
    let today: string[] = [];
    const digests = createDigestService({
      items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries,
      sender: { sendHtml: async (_chat, html) => (today.push(html), { ok: true }) }, now: () => clock, logger: app.logger,
    });
    const [first] = storeStories(app, [{ title: 'Chip export talks open in Geneva' }], new Date(clock.getTime() - 3600_000));
    const storyId = first!.storyId!;
    const sent: string[][] = [];
    for (let day = 0; day <= 18; day++) {
      if (day > 0) {
        // One more report of the same story every day (a new outlet each time).
        const seen = new Date(clock.getTime() - 3600_000);
        const [grown] = storeStories(app, [{ title: `Chip export talks in Geneva, day ${day}` }], seen);
        sqlite.prepare('update items set story_id = ? where id = ?').run(storyId, grown!.id);
        if (grown!.storyId !== storyId) sqlite.prepare('delete from stories where id = ?').run(grown!.storyId);
        sqlite.prepare('update stories set item_count = (select count(*) from items where story_id = ?), last_at = ?, last_seen_at = ? where id = ?').run(storyId, seen.getTime(), seen.getTime(), storyId);
      }
      today = [];
      await digests.sendDue();
      sent.push(today);
      await app.retention.run();
      clock = new Date(clock.getTime() + DAY);
    }
    expect(sent[0]!.join()).toContain('Chip export talks open in Geneva');
    // Afterwards it comes back once under "Developing" (when it has grown enough), and never again,
    // new or developing (there is nothing else to send).
    const later = sent.slice(1).filter((parts) => parts.length > 0);
    expect(later).toHaveLength(1);
    expect(later[0]!.join()).toContain('Developing');
    // The rows that recorded its first items are gone: it is known from the later days' records.
    expect(app.stores.deliveries.sentTo(7).has(first!.id)).toBe(false);
    expect(app.stores.deliveries.historyOf(7).toldStories.has(storyId)).toBe(true);
  });

  it('a story loses its pruned items and goes with its last one', async () => {
    app = createTestApp({ now: () => NOW });
    const sqlite = app.db.$client;
    const [old1, old2] = storeStories(app, [{ title: 'Old talks, part one' }, { title: 'Old talks, part two' }], ago(401));
    const [recent] = storeStories(app, [{ title: 'Talks resume' }], ago(10));
    // storeStories groups as a refresh does; this test builds its own stories instead.
    sqlite.exec('update items set story_id = null; delete from stories');
    const story = sqlite.prepare("insert into stories (first_at, last_at, first_seen_at, last_seen_at, item_count, countries) values (?, ?, ?, ?, ?, 'CN,US')");
    const gone = Number(story.run(ago(401).getTime(), ago(401).getTime(), ago(401).getTime(), ago(401).getTime(), 1).lastInsertRowid);
    const kept = Number(story.run(ago(401).getTime(), ago(10).getTime(), ago(401).getTime(), ago(10).getTime(), 2).lastInsertRowid);
    const join = sqlite.prepare('update items set story_id = ? where id = ?');
    join.run(gone, old1!.id);
    join.run(kept, old2!.id);
    join.run(kept, recent!.id);

    expect((await app.retention.run()).removed.relevantItems).toBe(2);
    expect(sqlite.prepare('select id, item_count from stories').raw().all()).toEqual([[kept, 1]]);
    expect(app.stores.stories.members(kept).map((s) => s.id)).toEqual([recent!.id]);
  });

  it('works in small batches, yielding between them, and gives the space back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-retention-'));
    const path = join(dir, 'r.db');
    const db = openDatabase(path);
    try {
      expect(createRetentionStore(db).autoVacuum()).toBe('incremental');
      generateItems(db, { count: 6000, start: ago(60), end: ago(40), relevantShare: 0 });
      generateItems(db, { count: 1000, start: ago(10), end: NOW, relevantShare: 0, keyPrefix: 'new' });
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      const before = statSync(path).size;
      let breaths = 0;
      const retention = createRetention({
        store: createRetentionStore(db), now: () => NOW, logger: createLogger('silent'), retentionDays: 30, relevantRetentionDays: 400,
        breathe: async () => {
          breaths++;
          await new Promise((r) => setImmediate(r));
        },
      });
      const report = await retention.run();
      expect(report.removed.items).toBe(6000);
      expect(breaths).toBeGreaterThanOrEqual(12);
      expect(db.$client.prepare('select count(*) from items').pluck().get()).toBe(1000);
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      expect(report.reclaimedBytes).toBeGreaterThan(0);
      expect(statSync(path).size).toBeLessThan(before / 2);
    } finally {
      closeDatabase(db);
    }
  });

  it('switches an existing database to incremental auto-vacuum once, keeping its rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-retention-'));
    const path = join(dir, 'legacy.db');
    // A database created before auto-vacuum was set: a table exists before Troika opens it.
    const legacy = new Database(path);
    legacy.exec('create table keep_me (x integer)');
    legacy.exec('insert into keep_me values (1), (2)');
    legacy.close();
    const db = openDatabase(path);
    try {
      const store = createRetentionStore(db);
      expect(store.autoVacuum()).toBe('none');
      const lines: string[] = [];
      const logger = createLogger('info');
      logger.info = ((obj: unknown, msg?: string) => void lines.push(String(msg ?? obj))) as typeof logger.info;
      const retention = createRetention({ store, now: () => NOW, logger, retentionDays: 30, relevantRetentionDays: 400 });
      expect(retention.ensureIncrementalVacuum({ maxBytes: 1 })).toBe('deferred');
      await retention.run();
      expect(store.autoVacuum()).toBe('incremental');
      expect(lines.join('\n')).toMatch(/switched to incremental auto-vacuum/);
      expect(db.$client.prepare('select count(*) from keep_me').pluck().get()).toBe(2);
    } finally {
      closeDatabase(db);
    }
  });
});
