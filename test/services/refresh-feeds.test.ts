import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { FetchFn } from '../../src/services/refresh-feeds.js';
import { createTestApp } from '../helpers/app.js';
import { respond, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

const fixture = readFileSync(new URL('../fixtures/feeds/ai-relations.rss.xml', import.meta.url));
const NOW = new Date('2026-11-26T06:00:00Z');

describe('refreshing feeds', () => {
  let server: FeedServer;
  let app: App;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());
  afterEach(() => {
    app?.close();
    server.reset();
  });

  function addFeed(path: string) {
    return app.stores.feeds.insert({ url: server.url(path), addedBy: 'test', createdAt: NOW });
  }

  it('stores each story once across two fetches and two feeds carrying the same links', async () => {
    app = createTestApp({ now: () => NOW });
    server.route('/a.xml', respond(fixture, { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' } }));
    server.route('/b.xml', respond(fixture, { headers: { 'content-type': 'application/rss+xml' } }));
    addFeed('/a.xml');
    addFeed('/b.xml');
    const first = await app.refresher.refresh({ all: true });
    expect(first.totals).toMatchObject({ feeds: 2, fetched: 2, failed: 0, newItems: 3 });
    expect(first.totals.relevant).toBe(2);
    const second = await app.refresher.refresh({ all: true });
    expect(second.totals.newItems).toBe(0);
    expect(app.stores.items.latestRelevant({ limit: 10 })).toHaveLength(2);
    expect(app.stores.items.latestRelevant({ limit: 10 })[0]!.sourceCount).toBe(2);
    // The stored ETag goes back as If-None-Match.
    expect(server.requestsTo('/a.xml')[1]!.headers['if-none-match']).toBe('"v1"');
  });

  it('does not classify again what the feed already stored: a second fetch only counts those items', async () => {
    app = createTestApp({ now: () => NOW });
    server.route('/a.xml', respond(fixture, { headers: { 'content-type': 'application/rss+xml' } }));
    addFeed('/a.xml');
    const { analyzeFeed } = await import('../../src/core/pipeline.js');
    const classified: number[] = [];
    const { createFeedRefresher } = await import('../../src/services/refresh-feeds.js');
    const refresher = createFeedRefresher({
      feeds: app.stores.feeds, items: app.stores.items, runs: app.stores.runs, fetch: app.fetch, now: app.now, logger: app.logger,
      concurrency: 1, intervalMs: 60_000, maxFailures: 5,
      analyze: async (bytes, opts) => {
        const analysis = await analyzeFeed(bytes, opts);
        classified.push(analysis.labelled.length);
        return analysis;
      },
    });
    const first = await refresher.refresh({ all: true });
    const second = await refresher.refresh({ all: true });
    expect(classified[0]).toBeGreaterThan(0);
    expect(classified[1]).toBe(0);
    expect(second.feeds[0]).toMatchObject({ items: first.feeds[0]!.items, newItems: 0, warning: null });
  });

  it('records a failing feed without stopping the others, and backs off', async () => {
    app = createTestApp({ now: () => NOW });
    server.route('/good.xml', respond(fixture));
    server.route('/broken.xml', respond('<html><body>oops</body></html>'));
    const good = addFeed('/good.xml');
    const broken = addFeed('/broken.xml');
    const gone = addFeed('/missing.xml');
    const report = await app.refresher.refresh({ all: true });
    expect(report.totals).toMatchObject({ fetched: 1, failed: 2 });
    expect(app.stores.feeds.get(good.id)!.consecutiveErrors).toBe(0);
    const brokenRow = app.stores.feeds.get(broken.id)!;
    expect(brokenRow.consecutiveErrors).toBe(1);
    expect(brokenRow.lastError).toMatch(/feed|HTML/i);
    expect(brokenRow.nextCheckAt!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(app.stores.feeds.get(gone.id)!.lastError).toMatch(/404/);
    // Not due again before the backoff ends.
    expect(app.stores.feeds.due(NOW).map((f) => f.id)).not.toContain(broken.id);
  });

  it('disables a feed after the configured number of failures and tells the admins', async () => {
    app = createTestApp({ now: () => NOW, env: { FEED_MAX_FAILURES: '2' } });
    const disabled: string[] = [];
    const feed = addFeed('/missing.xml');
    const refresher = (await import('../../src/services/refresh-feeds.js')).createFeedRefresher({
      feeds: app.stores.feeds, items: app.stores.items, runs: app.stores.runs, fetch: app.fetch, now: app.now,
      logger: app.logger, concurrency: 2, intervalMs: 60_000, maxFailures: 2, onFeedDisabled: (f, error) => void disabled.push(`${f.id}:${error}`),
    });
    await refresher.refresh({ all: true });
    await refresher.refresh({ all: true });
    const row = app.stores.feeds.get(feed.id)!;
    expect(row.enabled).toBe(false);
    expect(row.lastError).toMatch(/404/);
    expect(disabled).toHaveLength(1);
  });

  it('treats 304 as nothing new and follows a permanent redirect', async () => {
    app = createTestApp({ now: () => NOW });
    server.route('/old.xml', (_req, res) => {
      res.writeHead(301, { location: '/new.xml' }).end();
    });
    server.route('/new.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"n1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"n1"', 'content-type': 'application/rss+xml' }).end(fixture);
    });
    const feed = addFeed('/old.xml');
    await app.refresher.refresh({ all: true });
    expect(app.stores.feeds.get(feed.id)!.url).toBe(server.url('/new.xml'));
    const again = await app.refresher.refresh({ all: true });
    expect(again.feeds[0]!.status).toBe('not-modified');
  });
});

describe('large bodies during a refresh', () => {
  it('releases each large body\'s turn once its analysis ended, also when it failed, and reads the next large body only then', async () => {
    const app = createTestApp({ now: () => NOW });
    try {
      const events: string[] = [];
      for (const path of ['/one.xml', '/two.xml', '/three.xml']) app.stores.feeds.insert({ url: `http://feeds.test${path}`, addedBy: 'test', createdAt: NOW });
      // A fake fetch with one turn, as fetchFeed with keepLargeBodyTurn holds it.
      let held: Promise<void> = Promise.resolve();
      const fetch: FetchFn = async (url) => {
        const name = new URL(url).pathname;
        const previous = held;
        let release!: () => void;
        held = new Promise<void>((resolve) => (release = resolve));
        await previous;
        events.push(`read ${name}`);
        return { kind: 'ok', status: 200, body: Buffer.from(fixture), contentType: null, etag: null, lastModified: null, finalUrl: url, movedPermanentlyTo: null, release: () => {
          if (events.includes(`release ${name}`)) return; // idempotent, as fetchFeed's
          events.push(`release ${name}`);
          release();
        } };
      };
      const { analyzeFeed } = await import('../../src/core/pipeline.js');
      const { createFeedRefresher } = await import('../../src/services/refresh-feeds.js');
      const refresher = createFeedRefresher({
        feeds: app.stores.feeds, items: app.stores.items, runs: app.stores.runs, fetch, now: app.now, logger: app.logger,
        concurrency: 3, intervalMs: 60_000, maxFailures: 5,
        analyze: async (bytes, opts) => {
          const name = new URL(opts.feedUrl!).pathname;
          events.push(`analyse ${name}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          if (name === '/two.xml') throw new Error('analysis failed');
          return analyzeFeed(bytes, opts);
        },
      });
      const report = await refresher.refresh({ all: true });
      expect(report.totals).toMatchObject({ feeds: 3, fetched: 2, failed: 1 });
      expect(events).toEqual(['read /one.xml', 'analyse /one.xml', 'release /one.xml', 'read /two.xml', 'analyse /two.xml', 'release /two.xml', 'read /three.xml', 'analyse /three.xml', 'release /three.xml']);
    } finally {
      app.close();
    }
  });
});

describe('refresh scheduling', () => {
  it('refreshes a healthy feed at every interval tick, and never runs two refreshes at once', async () => {
    let now = new Date('2026-11-26T06:00:00Z');
    let fetches = 0;
    const app = createTestApp({
      now: () => now,
      fetch: async () => {
        fetches++;
        // The fetch itself takes time: the clock moves on while it runs.
        now = new Date(now.getTime() + 5_000);
        return { kind: 'not-modified', finalUrl: 'https://x.example/feed', movedPermanentlyTo: null };
      },
    });
    try {
      app.stores.feeds.insert({ url: 'https://x.example/feed', addedBy: 'test', createdAt: now });
      const ticks = ['06:00', '06:30', '07:00', '07:30'];
      for (const tick of ticks) {
        now = new Date(`2026-11-26T${tick}:00Z`);
        const [a, b] = await Promise.all([app.refresher.refresh(), app.refresher.refresh()]);
        expect(a).toBe(b);
      }
      expect(fetches).toBe(ticks.length);
    } finally {
      app.close();
    }
  });
});
