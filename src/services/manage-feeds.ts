import { guessOrigin, type OriginGuess } from '../core/origin.js';
import { analyzeFeedInThread, type AnalyzeOptions, type FeedAnalysis } from '../core/pipeline-entry.js';
import type { FeedHealth, FeedRow, FeedStore } from '../db/feed-store.js';
import type { ItemStore } from '../db/item-store.js';
import type { RunStore } from '../db/run-store.js';
import { cleanLanguage, cleanSiteUrl } from '../core/feed-meta.js';
import type { StoryStore } from '../db/story-store.js';
import { validateFeedUrl } from '../fetch/index.js';
import type { FetchFn } from './refresh-feeds.js';

export type ManageError = { kind: 'invalid-url' | 'duplicate' | 'unreadable' | 'fetch-failed' | 'not-found' | 'invalid-name'; message: string; /** Set when the address was refused as private: the reader is told how to allow it. */ hint?: 'allow-private' };

/** How an operator allows feeds on private addresses (said wherever such a feed is refused). */
export const ALLOW_PRIVATE_HINT = 'to allow private addresses, set FEED_ALLOW_PRIVATE=true';
export type ManageResult<T> = { ok: true; value: T } | { ok: false; error: ManageError };

export interface AddedFeed {
  feed: FeedRow;
  items: number;
  relevant: number;
}

export interface ManageDeps {
  feeds: FeedStore;
  items: ItemStore;
  stories?: StoryStore;
  runs: RunStore;
  fetch: FetchFn;
  now: () => Date;
  /** The CPU-bound stages; the refresher's worker pool in production so the bot stays responsive. */
  analyze?: (bytes: Uint8Array, opts: AnalyzeOptions) => Promise<FeedAnalysis>;
}

const MAX_NAME = 100;

/** A feed that passed /addfeed's checks and can be added as is. */
export interface CheckedFeed {
  /** Final URL (after a permanent redirect). */
  url: string;
  name: string | null;
  enabled: boolean;
  language: string | null;
  siteUrl: string | null;
  /** Origin given with the feed (an OPML file's troika:origin); null to guess it. */
  origin: OriginGuess | null;
  /** The first fetch; null for a feed added disabled (not fetched). */
  fetched: { analysis: FeedAnalysis; etag: string | null; lastModified: string | null } | null;
}

const MAX_ITEMS = 500;

/** Feed management for the CLI and the bot's admin commands alike; every change is logged with its actor. */
export function createFeedManager(deps: ManageDeps) {
  const analyze = deps.analyze ?? analyzeFeedInThread;
  const fail = (kind: ManageError['kind'], message: string) => ({ ok: false as const, error: { kind, message } });

  function audit(actor: string, action: string, detail: string): void {
    deps.runs.logAdminAction({ actor, action, detail, at: deps.now() });
  }

  function setEnabled(id: number, enabled: boolean, actor: string): ManageResult<FeedRow> {
    const feed = deps.feeds.get(id);
    if (!feed) return fail('not-found', `no feed with id ${id}`);
    deps.feeds.update(id, enabled ? { enabled: true, consecutiveErrors: 0, nextCheckAt: null } : { enabled: false });
    audit(actor, enabled ? 'feed.enable' : 'feed.disable', `${id} ${feed.url}`);
    return { ok: true, value: { ...feed, enabled } };
  }

  /**
   * Everything /addfeed checks, without writing: the address, duplicates, and (for a feed that will
   * be enabled) one fetch and parse. A feed added disabled is not fetched: it may be paused because
   * it fails, and an export imported again must give it back all the same.
   */
  async function check(input: string, options: { name?: string | null; language?: string | null; siteUrl?: string | null; enabled?: boolean; origin?: OriginGuess | null }): Promise<ManageResult<CheckedFeed>> {
    const checked = validateFeedUrl(input);
    if (!checked.ok) return fail('invalid-url', checked.error.message);
    const name = options.name?.trim() || null;
    if (name && (name.length > MAX_NAME || /[\u0000-\u001f]/.test(name))) return fail('invalid-name', `the name must be at most ${MAX_NAME} printable characters`);
    const url = checked.url.toString();
    if (deps.feeds.getByUrl(url)) return fail('duplicate', `that feed is already in the list (${url})`);
    const siteUrl = cleanSiteUrl(options.siteUrl);
    const language = cleanLanguage(options.language);
    if (options.enabled === false) return { ok: true, value: { url, name, enabled: false, language, siteUrl, origin: options.origin ?? null, fetched: null } };
    const outcome = await deps.fetch(url, { etag: null, lastModified: null });
    if (outcome.kind === 'failed' && outcome.error.kind === 'blocked-address') return { ok: false, error: { kind: 'fetch-failed', message: `cannot fetch it: ${outcome.error.message}`, hint: 'allow-private' } };
    if (outcome.kind === 'failed') return fail('fetch-failed', `cannot fetch it: ${outcome.error.message}`);
    if (outcome.kind === 'not-modified') return fail('unreadable', 'the server answered 304 Not Modified to a first request');
    const finalUrl = outcome.movedPermanentlyTo ?? url;
    if (finalUrl !== url && deps.feeds.getByUrl(finalUrl)) return fail('duplicate', `that feed is already in the list (${finalUrl})`);
    let analysis: FeedAnalysis;
    try {
      analysis = await analyze(outcome.body, { contentType: outcome.contentType, now: deps.now(), feedUrl: outcome.finalUrl, maxItems: MAX_ITEMS });
    } catch (error) {
      return fail('unreadable', `cannot read it as a feed: ${(error as Error).message}`);
    }
    return {
      ok: true,
      value: {
        url: finalUrl, name, enabled: true, language: language ?? analysis.language, siteUrl: siteUrl ?? cleanSiteUrl(analysis.link), origin: options.origin ?? null,
        fetched: { analysis, etag: outcome.etag, lastModified: outcome.lastModified },
      },
    };
  }

  /**
   * Add checked feeds in one transaction (all or nothing): each row, its first stories and its
   * health. A feed someone else added meanwhile is reported as a duplicate, not an error.
   */
  function commit(checked: readonly CheckedFeed[], actor: string): Array<ManageResult<AddedFeed>> {
    const now = deps.now();
    const results = deps.feeds.inTransaction(() =>
      checked.map((c): ManageResult<AddedFeed> => {
        if (deps.feeds.getByUrl(c.url)) return fail('duplicate', `that feed is already in the list (${c.url})`);
        const analysis = c.fetched?.analysis ?? null;
        let row: FeedRow;
        try {
          row = deps.feeds.insert({ url: c.url, name: c.name, title: analysis?.title ?? null, language: c.language, siteUrl: c.siteUrl, addedBy: actor, createdAt: now });
        } catch (error) {
          // Another process added it between our check and this insert: the unique URL decides.
          if (/UNIQUE constraint failed: feeds\.url/.test((error as Error).message)) return fail('duplicate', `that feed is already in the list (${c.url})`);
          throw error;
        }
        // An origin carried by the file (an earlier export) is an admin's choice; otherwise guessed, as for /addfeed.
        const origin = c.origin ?? guessOrigin({ url: c.url, language: c.language });
        deps.feeds.update(row.id, { origin: origin.origin, stateMedia: origin.stateMedia, originSetBy: c.origin ? 'admin' : 'guess' });
        if (c.fetched && analysis) {
          const stored = deps.items.storeArticles(row.id, analysis.labelled, now, c.name ?? analysis.title, true);
          deps.stories?.assign(stored.filter((story) => story.relevant));
          deps.feeds.update(row.id, { etag: c.fetched.etag, lastModified: c.fetched.lastModified, lastCheckedAt: now, lastSuccessAt: now, nextCheckAt: null, newestItemAt: analysis.newest });
        }
        if (!c.enabled) deps.feeds.update(row.id, { enabled: false });
        const feed = deps.feeds.get(row.id)!;
        return { ok: true, value: { feed, items: analysis?.readableItems ?? 0, relevant: analysis?.labelled.filter((l) => l.classification.relevant).length ?? 0 } };
      }),
    );
    for (const r of results) if (r.ok) audit(actor, 'feed.add', `${r.value.feed.id} ${r.value.feed.url}`);
    return results;
  }

  return {
    list(): FeedHealth[] {
      return deps.feeds.listWithHealth();
    },

    /** Validate, fetch and parse once, then add; refuses duplicates, unreadable feeds and private addresses. */
    async add(input: string, options: { name?: string | null; actor: string }): Promise<ManageResult<AddedFeed>> {
      const checked = await check(input, { name: options.name ?? null });
      if (!checked.ok) return checked;
      const [result] = commit([checked.value], options.actor);
      return result!;
    },

    check,
    commit,
    remove(id: number, actor: string): ManageResult<FeedRow> {
      const feed = deps.feeds.get(id);
      if (!feed) return fail('not-found', `no feed with id ${id}`);
      deps.feeds.remove(id);
      audit(actor, 'feed.remove', `${id} ${feed.url}`);
      return { ok: true, value: feed };
    },

    /** Set a feed's origin and state-media flag (an admin's choice, never overwritten by a guess). */
    setOrigin(id: number, value: OriginGuess, actor: string): ManageResult<FeedRow> {
      const feed = deps.feeds.get(id);
      if (!feed) return fail('not-found', `no feed with id ${id}`);
      deps.feeds.update(id, { origin: value.origin, stateMedia: value.stateMedia, originSetBy: 'admin' });
      audit(actor, 'feed.origin', `${id} ${value.origin}${value.stateMedia ? ' state' : ''} (was ${feed.origin ?? 'unset'}${feed.stateMedia ? ' state' : ''})`);
      return { ok: true, value: { ...feed, origin: value.origin, stateMedia: value.stateMedia, originSetBy: 'admin' } };
    },

    enable: (id: number, actor: string) => setEnabled(id, true, actor),
    disable: (id: number, actor: string) => setEnabled(id, false, actor),
  };
}

export type FeedManager = ReturnType<typeof createFeedManager>;

/** Parse a feed id argument: a positive integer, else a clear message. */
export function parseFeedId(input: string | undefined): ManageResult<number> {
  const trimmed = input?.trim() ?? '';
  if (!/^\d{1,9}$/.test(trimmed) || Number(trimmed) === 0) return { ok: false, error: { kind: 'not-found', message: 'give a feed id (a number from the feed list)' } };
  return { ok: true, value: Number(trimmed) };
}
