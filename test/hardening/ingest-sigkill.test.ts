/**
 * SIGKILL in the middle of `ingest --all` over 20 local feeds (some trickling slowly), then run it
 * again: nothing half-written, every item of every feed stored exactly once.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { respond, startFeedServer, type Handler } from '../helpers/feed-server.js';
import { cleanUp, onCleanup, runProgram, runToEnd, scratchDatabase } from './spawn.js';

const FEEDS = 20;
const ITEMS = 12;
const SLOW = new Set([2, 6, 11, 15, 19]);


afterEach(cleanUp);

function rss(feed: number): string {
  const now = Date.now();
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const date = new Date(now - (i + 1) * 3600_000).toUTCString();
    return `<item><title>Feed ${feed} item ${i}: US and China talk about AI chips</title><link>https://news.example/${feed}/${i}</link><guid>f${feed}-i${i}</guid><pubDate>${date}</pubDate><description>Item ${i} of feed ${feed}. Washington and Beijing discussed export controls on AI accelerators. Analysts expect more talks.</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://news.example/${feed}</link><description>test feed</description>${items.join('')}</channel></rss>`;
}

/** Trickles `body` in 40 small pieces over `totalMs` (the client is mid-body most of that time). */
function slowly(body: string, totalMs: number): Handler {
  const bytes = Buffer.from(body);
  const piece = Math.ceil(bytes.length / 40);
  return (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    let at = 0;
    const timer = setInterval(() => {
      res.write(bytes.subarray(at, at + piece));
      at += piece;
      if (at >= bytes.length) {
        clearInterval(timer);
        res.end();
      }
    }, totalMs / 40);
    req.socket.on('close', () => clearInterval(timer));
  };
}

describe('ingest --all killed with SIGKILL mid refresh', () => {
  it('stores every item exactly once after a rerun, with nothing half-written', async () => {
    const server = await startFeedServer();
    onCleanup(() => server.close());
    for (let f = 1; f <= FEEDS; f++) {
      const body = rss(f);
      server.route(`/feed/${f}.xml`, SLOW.has(f) ? slowly(body, 1200) : respond(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } }));
    }
    const db = scratchDatabase();
    const seeded = openDatabase(db.path);
    const feeds = createFeedStore(seeded);
    feeds.setMeta('default_feeds_seeded', new Date().toISOString());
    for (let f = 1; f <= FEEDS; f++) feeds.insert({ url: server.url(`/feed/${f}.xml`), addedBy: 'test', createdAt: new Date() });
    closeDatabase(seeded);

    const env = { DATABASE_PATH: db.path, FEED_ALLOW_PRIVATE: 'true', FETCH_CONCURRENCY: '4' };
    const first = runProgram('src/cli.ts', ['ingest', '--all'], env);

    // Watch the database from outside (WAL: a reader does not block the writer) until some feeds are stored.
    const watcher = new Database(db.path, { readonly: true, fileMustExist: true });
    const storedFeeds = watcher.prepare('select count(distinct feed_id) from item_sources').pluck();
    let storedAtKill = 0;
    let openAtKill = 0;
    try {
      const until = Date.now() + 20_000;
      for (;;) {
        storedAtKill = storedFeeds.get() as number;
        if (storedAtKill >= 6) break;
        if (Date.now() > until) throw new Error(`only ${storedAtKill} feeds stored after 20 s\n${first.stderr()}`);
        if (first.child.exitCode !== null) throw new Error(`ingest ended before the kill\n${first.stdout()}\n${first.stderr()}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      openAtKill = server.openConnections();
      first.child.kill('SIGKILL');
    } finally {
      watcher.close();
    }
    const firstExit = await first.exited;
    expect(firstExit.signal).toBe('SIGKILL');
    expect(storedAtKill).toBeLessThan(FEEDS);

    const second = await runToEnd('src/cli.ts', ['ingest', '--all'], env, 25_000);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`feeds ${FEEDS} · fetched ${FEEDS} · not modified 0 · failed 0`));

    const check = new Database(db.path, { readonly: true });
    try {
      const items = check.prepare('select id, title, summary, text, link from items').all() as Array<{ id: number; title: string; summary: string; text: string; link: string }>;
      const sources = check.prepare('select feed_id as feedId, item_key as itemKey, item_id as itemId from item_sources').all() as Array<{ feedId: number; itemKey: string; itemId: number }>;
      const feedRows = check.prepare('select id, url, last_success_at as lastSuccessAt from feeds').all() as Array<{ id: number; url: string; lastSuccessAt: number | null }>;
      console.log(`[ingest SIGKILL] ${storedAtKill}/${FEEDS} feeds stored and ${openAtKill} fetches in flight at the kill; after the rerun: ${items.length} items, ${sources.length} item_sources rows (expected ${FEEDS * ITEMS})`);

      expect(items).toHaveLength(FEEDS * ITEMS);
      for (const item of items) {
        expect(item.title, `item ${item.id}`).toMatch(/^Feed \d+ item \d+: /);
        expect(item.summary.length, `item ${item.id} summary`).toBeGreaterThan(0);
        expect(item.text, `item ${item.id} text`).toMatch(/Washington and Beijing/);
      }
      // One source row per item, each pointing at an item that exists, from the feed the item came from.
      expect(sources).toHaveLength(items.length);
      const byId = new Map(items.map((i) => [i.id, i]));
      const feedOf = new Map(feedRows.map((f) => [f.id, Number(/\/feed\/(\d+)\.xml$/.exec(f.url)![1])]));
      expect(new Set(sources.map((s) => s.itemId)).size).toBe(items.length);
      const seen = new Set<string>();
      for (const s of sources) {
        const item = byId.get(s.itemId);
        expect(item, `item_sources row for missing item ${s.itemId}`).toBeDefined();
        const feed = feedOf.get(s.feedId)!;
        expect(item!.link).toMatch(new RegExp(`^https://news\\.example/${feed}/\\d+$`));
        seen.add(item!.link);
      }
      // Every item of every feed, exactly once.
      for (let f = 1; f <= FEEDS; f++) for (let i = 0; i < ITEMS; i++) expect(seen.has(`https://news.example/${f}/${i}`), `feed ${f} item ${i}`).toBe(true);
      expect(feedRows.every((f) => f.lastSuccessAt !== null)).toBe(true);
      expect((check.pragma('integrity_check', { simple: true }) as string)).toBe('ok');
    } finally {
      check.close();
    }
  }, 40_000);
});
