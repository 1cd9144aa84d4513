import { guessOrigin, type OriginGuess } from '../core/origin.js';
import { analyzeFeed, type AnalyzeOptions, type FeedAnalysis } from '../core/pipeline.js';
import type { FeedHealth, FeedRow, FeedStore } from '../db/feed-store.js';
import type { ItemStore } from '../db/item-store.js';
import type { RunStore } from '../db/run-store.js';
import type { StoryStore } from '../db/story-store.js';
import { validateFeedUrl } from '../fetch/index.js';
import type { FetchFn } from './refresh-feeds.js';

export type ManageError = { kind: 'invalid-url' | 'duplicate' | 'unreadable' | 'fetch-failed' | 'not-found' | 'invalid-name'; message: string };
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
const MAX_ITEMS = 500;

/** Feed management for the CLI and the bot's admin commands alike; every change is logged with its actor. */
export function createFeedManager(deps: ManageDeps) {
  const analyze = deps.analyze ?? analyzeFeed;
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

  return {
    list(): FeedHealth[] {
      return deps.feeds.listWithHealth();
    },

    /** Validate, fetch and parse once, then add; refuses duplicates, unreadable feeds and private addresses. */
    async add(input: string, options: { name?: string | null; actor: string }): Promise<ManageResult<AddedFeed>> {
      const checked = validateFeedUrl(input);
      if (!checked.ok) return fail('invalid-url', checked.error.message);
      const name = options.name?.trim() || null;
      if (name && (name.length > MAX_NAME || /[\u0000-\u001f]/.test(name))) return fail('invalid-name', `the name must be at most ${MAX_NAME} printable characters`);
      const url = checked.url.toString();
      if (deps.feeds.getByUrl(url)) return fail('duplicate', `that feed is already in the list (${url})`);
      const outcome = await deps.fetch(url, { etag: null, lastModified: null });
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
      const now = deps.now();
      let feed: FeedRow;
      try {
        // All or nothing: the feed row, its first stories and its health in one transaction.
        feed = deps.feeds.inTransaction(() => {
          const row = deps.feeds.insert({ url: finalUrl, name, title: analysis.title, language: analysis.language, addedBy: options.actor, createdAt: now });
          const origin = guessOrigin({ url: finalUrl, language: analysis.language });
          deps.feeds.update(row.id, { origin: origin.origin, stateMedia: origin.stateMedia, originSetBy: 'guess' });
          const stored = deps.items.storeArticles(row.id, analysis.labelled, now, name ?? analysis.title, true);
          deps.stories?.assign(stored.filter((s) => s.relevant));
          deps.feeds.update(row.id, { etag: outcome.etag, lastModified: outcome.lastModified, lastCheckedAt: now, lastSuccessAt: now, nextCheckAt: null, newestItemAt: analysis.newest });
          return deps.feeds.get(row.id)!;
        });
      } catch (error) {
        // Two admins adding the same feed at once: the unique URL decides, the loser is told.
        if (/UNIQUE constraint failed: feeds\.url/.test((error as Error).message)) return fail('duplicate', `that feed is already in the list (${finalUrl})`);
        throw error;
      }
      audit(options.actor, 'feed.add', `${feed.id} ${finalUrl}`);
      return { ok: true, value: { feed, items: analysis.readableItems, relevant: analysis.labelled.filter((l) => l.classification.relevant).length } };
    },

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
