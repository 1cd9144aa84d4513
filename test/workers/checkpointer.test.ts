/** WAL checkpoints on a worker thread: pages reach the database file without the main connection copying them, and a crash loses nothing committed. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeFeed } from '../../src/core/pipeline.js';
import { closeDatabase, openDatabase, type Db } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createItemStore } from '../../src/db/item-store.js';
import { createStoryStore } from '../../src/db/story-store.js';
import { createLogger } from '../../src/logger.js';
import { FALLBACK_CHECKPOINT_PAGES, startCheckpointer } from '../../src/workers/checkpointer.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FEED = join(ROOT, 'test', 'fixtures', 'corpus', 'en-wire.xml');
const silent = createLogger('silent');
const folders: string[] = [];
function tempPath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'troika-checkpoint-'));
  folders.push(folder);
  return join(folder, 'test.db');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** About `mb` MB of rows in transactions of 100 KB, as many commits as a refresh makes. */
function write(db: Db, mb: number): void {
  const sqlite = db.$client;
  sqlite.exec('create table if not exists filler (id integer primary key, body text)');
  const insert = sqlite.prepare('insert into filler (body) values (?)');
  const batch = sqlite.transaction(() => {
    for (let i = 0; i < 25; i++) insert.run('x'.repeat(4000));
  });
  for (let i = 0; i < mb * 10; i++) batch();
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return condition();
}

describe('checkpoint worker', () => {
  it('copies committed pages into the database file while the main connection only appends to the WAL', async () => {
    const path = tempPath();
    const db = openDatabase(path);
    const checkpointer = startCheckpointer(db.$client, path, silent, 10);
    try {
      expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(FALLBACK_CHECKPOINT_PAGES);
      const before = statSync(path).size;
      write(db, 3); // about 750 pages: under the main connection's own mark, so only the worker copies them
      expect(await until(() => statSync(path).size - before > 2_500_000, 10_000)).toBe(true);
    } finally {
      await checkpointer.close();
      expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      closeDatabase(db);
    }
  });

  it('without it, the same writes stay in the WAL (the control)', async () => {
    const path = tempPath();
    const db = openDatabase(path);
    try {
      db.$client.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
      const before = statSync(path).size;
      write(db, 3);
      await new Promise((r) => setTimeout(r, 200));
      expect(statSync(path).size - before).toBeLessThan(500_000);
    } finally {
      closeDatabase(db);
    }
  });

  it('does nothing for an in-memory database', async () => {
    const db = openDatabase(':memory:');
    const checkpointer = startCheckpointer(db.$client, ':memory:', silent);
    await checkpointer.close();
    closeDatabase(db);
  });

  it('a process killed mid-refresh keeps every feed it committed, whole, and storing them again adds nothing', async () => {
    const path = tempPath();
    openDatabase(path).$client.close(); // migrated before the child starts
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'helpers', 'checkpoint-writer.ts'), path, FEED], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const counts = [...d.toString().matchAll(/stored (\d+)/g)].map((m) => Number(m[1]));
        if (counts.length) reported = counts.at(-1)!;
        if (reported >= 15) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', (code) => (reported >= 15 ? resolve() : reject(new Error(`writer exited early (${code}): ${stderr}`))));
    });
    await new Promise((r) => child.once('exit', r));

    const now = new Date('2026-11-26T06:00:00Z');
    const analysis = await analyzeFeed(readFileSync(FEED), { now, maxItems: 500 });
    const perFeed = analysis.labelled.length;
    const db = openDatabase(path, { check: true });
    try {
      const sqlite = db.$client;
      const feedsStored = sqlite.prepare('select count(*) from feeds').pluck().get() as number;
      expect(feedsStored).toBeGreaterThanOrEqual(reported);
      // Every feed whole or not at all: no feed with part of its items, no item twice.
      const partial = sqlite.prepare('select count(*) from feeds f where (select count(*) from item_sources s where s.feed_id = f.id) not in (0, ?)').pluck().get(perFeed);
      expect(partial).toBe(0);
      expect(sqlite.prepare('select count(*) from items').pluck().get()).toBe(sqlite.prepare('select count(distinct dedupe_key) from items').pluck().get());
      expect(sqlite.prepare('select count(*) from items').pluck().get() as number).toBeGreaterThanOrEqual(reported * perFeed);
      // The start-up pass groups what the crash left ungrouped; storing a committed feed again adds nothing.
      createStoryStore(db).groupUngrouped();
      expect(sqlite.prepare('select count(*) from items where relevant = 1 and story_id is null').pluck().get()).toBe(0);
      const first = createFeedStore(db).getByUrl('https://crash.example/0.xml')!;
      const again = analysis.labelled.map((l) => ({ ...l, article: { ...l.article, itemKey: `${l.article.itemKey}#0`, dedupeKey: `${l.article.dedupeKey}#0` } }));
      expect(createItemStore(db).storeArticles(first.id, again, now, 'crash')).toEqual([]);
    } finally {
      closeDatabase(db);
    }
  }, 60_000);
});
