import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { FetchOutcome } from '../../src/fetch/index.js';
import { DEFAULT_FEEDS } from '../../src/services/default-feeds.js';
import type { FetchFn } from '../../src/services/refresh-feeds.js';
import { createTestApp } from '../helpers/app.js';

const rss = readFileSync(new URL('../fixtures/feeds/ai-relations.rss.xml', import.meta.url));
const inoreader = readFileSync(new URL('../fixtures/opml/inoreader-500.opml', import.meta.url), 'utf8');

const ok = (url: string): FetchOutcome => ({ kind: 'ok', status: 200, body: rss, contentType: 'application/rss+xml', etag: null, lastModified: null, finalUrl: url, movedPermanentlyTo: null });
/** Every feed answers with the fixture, except URLs matching `failing` (unreachable). */
const fakeFetch = (failing?: RegExp, fetched: string[] = []): FetchFn => async (url) => {
  fetched.push(url);
  if (failing?.test(url)) return { kind: 'failed', error: { kind: 'network', message: 'connect ECONNREFUSED' } };
  return ok(url);
};

const apps: App[] = [];
const app = (options: Parameters<typeof createTestApp>[0] = {}) => {
  const a = createTestApp(options);
  apps.push(a);
  return a;
};
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});

const shape = (a: App) => a.stores.feeds.list().map((f) => ({ url: f.url, name: f.name ?? f.title, language: f.language, enabled: f.enabled, origin: f.origin, stateMedia: f.stateMedia }));

describe('OPML export → import', () => {
  it('round-trips the default feeds into a fresh database: same addresses, names, languages, enabled flags, origins', async () => {
    const source = app({ seed: true, fetch: fakeFetch() });
    expect(source.stores.feeds.list()).toHaveLength(DEFAULT_FEEDS.length);
    source.feedManager.disable(source.stores.feeds.getByUrl('https://tass.ru/rss/v2.xml')!.id, 'test');
    const document = source.feedOpml.exportOpml();

    const fetched: string[] = [];
    const target = app({ fetch: fakeFetch(undefined, fetched) });
    const result = await target.feedOpml.importOpml(document, { actor: 'test' });
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(result.report.skipped).toEqual([]);
    expect(result.report.added).toHaveLength(DEFAULT_FEEDS.length);
    expect(shape(target)).toEqual(shape(source));
    // The paused feed came back paused and was not fetched; the others were checked like /addfeed.
    expect(fetched).not.toContain('https://tass.ru/rss/v2.xml');
    expect(fetched).toHaveLength(DEFAULT_FEEDS.length - 1);
    // A second import of the same file adds nothing: every feed is already in the list.
    const again = await target.feedOpml.importOpml(document, { actor: 'test' });
    expect(again.ok && again.report.added).toEqual([]);
    expect(again.ok && new Set(again.report.skipped.map((s) => s.reason))).toEqual(new Set(['duplicate']));
  });

  it('exports htmlUrl once known, and the export is read back by the same parser', async () => {
    const a = app({ fetch: fakeFetch() });
    const added = await a.feedManager.add('https://news.example/rss', { actor: 'test' });
    expect(added.ok && added.value.feed.siteUrl).toBeTruthy();
    expect(a.feedOpml.exportOpml()).toMatch(/<outline type="rss" text="[^"]+" title="[^"]+" xmlUrl="https:\/\/news\.example\/rss" htmlUrl="https?:\/\/[^"]+"/);
  });
});

describe('OPML import from another reader (Inoreader, 500 feeds)', () => {
  it('adds those that pass in one go and lists the others with the reason', async () => {
    const a = app({ fetch: fakeFetch(/reddit\.com/) });
    await a.feedManager.add('https://feeds.arstechnica.com/arstechnica/index', { actor: 'test' });
    const result = await a.feedOpml.importOpml(inoreader, { actor: 'test' });
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const { added, skipped, feeds, folders } = result.report;
    expect(feeds).toBe(500);
    expect(folders).toBe(14);
    const reasons: Record<string, typeof skipped> = {};
    for (const s of skipped) (reasons[s.reason] ??= []).push(s);
    expect(reasons['fetch-failed']).toHaveLength(20); // the Reddit feeds, unreachable here
    expect(reasons.repeated?.map((s) => s.label)).toEqual(['Import AI', 'ChinAI Newsletter']);
    expect(reasons.duplicate?.map((s) => s.url)).toEqual(['https://feeds.arstechnica.com/arstechnica/index']);
    expect(reasons['no-xml-url']).toHaveLength(1);
    expect(added).toHaveLength(500 - 20 - 2 - 1);
    expect(a.stores.feeds.list()).toHaveLength(1 + added.length);
    expect(a.stores.feeds.getByUrl('https://36kr.com/feed')?.name).toBe('36氪');
    expect(a.stores.feeds.getByUrl('https://36kr.com/feed')?.siteUrl).toBe('https://36kr.com/');
  });

  it('refuses private addresses exactly like /addfeed', async () => {
    const a = app({ env: { FEED_ALLOW_PRIVATE: 'false' } });
    const doc = '<opml version="2.0"><body><outline text="Router" xmlUrl="http://192.168.1.1/feed.xml"/><outline text="Local" xmlUrl="http://127.0.0.1:9/rss"/></body></opml>';
    const result = await a.feedOpml.importOpml(doc, { actor: 'test' });
    expect(result.ok && result.report.added).toEqual([]);
    expect(result.ok && result.report.skipped.map((s) => [s.reason, s.message])).toEqual([
      ['fetch-failed', expect.stringMatching(/private|not allowed|blocked/i)],
      ['fetch-failed', expect.stringMatching(/private|loopback|not allowed|blocked/i)],
    ]);
  });

  it.each([
    ['not XML', 'just some text', 'not-xml'],
    ['not OPML', '<rss version="2.0"><channel/></rss>', 'not-opml'],
    ['no feed addresses', '<opml version="2.0"><body><outline text="a"/></body></opml>', 'no-feeds'],
  ])('a refused file (%s) changes nothing and fetches nothing', async (_name, text, kind) => {
    const fetched: string[] = [];
    const a = app({ fetch: fakeFetch(undefined, fetched) });
    const result = await a.feedOpml.importOpml(text, { actor: 'test' });
    expect(result.ok ? 'ok' : result.refusal.kind).toBe(kind);
    expect(fetched).toEqual([]);
    expect(a.stores.feeds.list()).toEqual([]);
  });

  it('adds nothing when the database fails while adding: one transaction for all', async () => {
    const a = app({ fetch: fakeFetch() });
    const doc = '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/><outline text="B" xmlUrl="https://b.example/rss"/></body></opml>';
    const insert = a.stores.feeds.insert;
    let calls = 0;
    a.stores.feeds.insert = (feed) => {
      if (++calls === 2) throw new Error('disk I/O error');
      return insert(feed);
    };
    await expect(a.feedOpml.importOpml(doc, { actor: 'test' })).rejects.toThrow(/disk I\/O/);
    a.stores.feeds.insert = insert;
    expect(a.stores.feeds.list()).toEqual([]);
  });
});
