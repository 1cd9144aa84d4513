import { cleanSiteUrl } from '../core/feed-meta.js';
import { nextCheckAfterFailure } from '../core/backoff.js';
import { analyzeFeedInThread, type AnalyzeOptions, type FeedAnalysis, type LabelledArticle } from '../core/pipeline-entry.js';
import type { FeedRow, FeedStore } from '../db/feed-store.js';
import type { ItemStore, Story } from '../db/item-store.js';
import type { RunStore } from '../db/run-store.js';
import type { StoryStore } from '../db/story-store.js';
import type { FetchOutcome, Validators } from '../fetch/index.js';
import type { Logger } from '../logger.js';
import { createLoopShare, mainLoop } from '../loop-share.js';

export type FetchFn = (url: string, validators: Validators) => Promise<FetchOutcome>;

export interface FeedReport {
  feedId: number;
  url: string;
  title: string | null;
  status: 'fetched' | 'not-modified' | 'failed';
  items: number;
  newItems: number;
  relevant: number;
  dropped: number;
  error: string | null;
  warning: string | null;
  disabled: boolean;
  ms: number;
}

export interface RefreshReport {
  feeds: FeedReport[];
  totals: { feeds: number; fetched: number; notModified: number; failed: number; newItems: number; relevant: number; ms: number };
}

export interface RefreshDeps {
  feeds: FeedStore;
  items: ItemStore;
  /** Groups new relevant items into stories; absent in tests that only look at items. */
  stories?: StoryStore;
  runs: RunStore;
  fetch: FetchFn;
  now: () => Date;
  logger: Logger;
  concurrency: number;
  /** Normal time between two checks of a healthy feed. */
  intervalMs: number;
  /** Consecutive failures after which a feed is disabled. */
  maxFailures: number;
  /** Most items taken from one fetch (a 10,000-item feed must not stall the run). */
  maxItemsPerFetch?: number;
  /** The CPU-bound stages (decode → summarize); a worker pool in production, in-thread by default. */
  analyze?: (bytes: Uint8Array, opts: AnalyzeOptions) => Promise<FeedAnalysis>;
  /** Told when a feed gets disabled, e.g. to notify the admins. */
  onFeedDisabled?: (feed: FeedRow, error: string) => void | Promise<void>;
}

/** Item keys of a feed's latest stored items handed to the analysis, so those are not classified again. */
const KNOWN_KEYS = 1000;
const STALE_AFTER_MS = 30 * 24 * 3600_000;

/**
 * A grouping transaction runs at least this long (unless the feed's items run out) before it commits:
 * a commit per item cost more than the grouping itself (each one writes its pages to the WAL).
 */
export const MIN_GROUP_SLICE_MS = 2;

/**
 * Group a feed's new relevant items in time order, as StoryStore.assign does, in slices with the
 * features the analysis already computed. Each slice is one transaction spending what is left of the
 * main thread's budget for this turn of the loop (mainLoop, shared with analysis on this thread and
 * shortened while a reader's update is in flight), at least MIN_GROUP_SLICE_MS; `sliceMs` fixes it
 * instead (tests). The result is the same as one batch. A crash between slices leaves items ungrouped,
 * which the start-up pass (groupUngrouped) picks up.
 */
export async function groupInSlices(stories: StoryStore, relevant: Story[], labelled: LabelledArticle[], sliceMs?: number): Promise<void> {
  const features = new Map(labelled.flatMap((l) => (l.prepared ? [[`${l.article.title}\u0000${l.article.text}`, l.prepared.features] as const] : [])));
  const items = relevant
    .map((s) => {
      const f = features.get(`${s.title}\u0000${s.text}`);
      return f ? { ...s, features: f } : s;
    })
    .sort((a, b) => a.sortAt.getTime() - b.sortAt.getTime() || a.id - b.id);
  const turns = sliceMs === undefined ? mainLoop : createLoopShare({ backgroundSliceMs: sliceMs, foregroundSliceMs: sliceMs });
  for (let i = 0; i < items.length; ) {
    const paused = turns.pause();
    if (paused) await paused;
    i += stories.assignFor(items, i, sliceMs ?? Math.max(MIN_GROUP_SLICE_MS, turns.remainingMs()));
  }
}

async function mapPool<T, R>(inputs: T[], limit: number, fn: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, inputs.length) }, async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await fn(inputs[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Refresh feeds: fetch, read, label and store each due feed; one feed's failure never stops the others. */
export function createFeedRefresher(deps: RefreshDeps) {
  const maxItems = deps.maxItemsPerFetch ?? 500;
  const analyze = deps.analyze ?? analyzeFeedInThread;

  async function recordFailure(feed: FeedRow, report: FeedReport, message: string, retryAfterMs?: number): Promise<void> {
    const now = deps.now();
    const consecutiveErrors = feed.consecutiveErrors + 1;
    const disable = consecutiveErrors >= deps.maxFailures;
    deps.feeds.update(feed.id, {
      lastCheckedAt: now,
      consecutiveErrors,
      lastError: message,
      // Written only when disabling: an admin may have paused or resumed the feed meanwhile.
      ...(disable ? { enabled: false } : {}),
      nextCheckAt: nextCheckAfterFailure({ feedId: feed.id, consecutiveErrors, now, intervalMs: deps.intervalMs, retryAfterMs }),
    });
    report.status = 'failed';
    report.error = message;
    report.disabled = disable;
    deps.logger.warn({ feed_id: feed.id, url: feed.url, error: message, consecutive_errors: consecutiveErrors }, 'feed failed');
    if (disable) {
      deps.logger.error({ feed_id: feed.id, url: feed.url, error: message }, 'feed disabled after repeated failures');
      try {
        await deps.onFeedDisabled?.(feed, message);
      } catch (error) {
        deps.logger.error({ feed_id: feed.id, err: error }, 'could not notify admins about a disabled feed');
      }
    }
  }

  async function refreshOne(feed: FeedRow): Promise<FeedReport> {
    const started = Date.now();
    const report: FeedReport = {
      feedId: feed.id, url: feed.url, title: feed.name ?? feed.title, status: 'fetched', items: 0, newItems: 0,
      relevant: 0, dropped: 0, error: null, warning: null, disabled: false, ms: 0,
    };
    let releaseBody: (() => void) | undefined;
    try {
      const outcome = await deps.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
      if (outcome.kind === 'ok') releaseBody = outcome.release;
      const now = deps.now();
      if (outcome.kind === 'failed') {
        await recordFailure(feed, report, outcome.error.message, outcome.error.retryAfterMs);
        return report;
      }
      const movedTo = outcome.movedPermanentlyTo && outcome.movedPermanentlyTo !== feed.url && !deps.feeds.getByUrl(outcome.movedPermanentlyTo) ? outcome.movedPermanentlyTo : null;
      if (outcome.kind === 'not-modified') {
        report.status = 'not-modified';
        deps.feeds.update(feed.id, {
          ...(movedTo ? { url: movedTo } : {}),
          lastCheckedAt: now, lastSuccessAt: now, consecutiveErrors: 0, lastError: null,
          nextCheckAt: new Date(now.getTime() + deps.intervalMs),
        });
        return report;
      }
      let analysis: FeedAnalysis;
      try {
        analysis = await analyze(outcome.body, { contentType: outcome.contentType, now, feedUrl: outcome.finalUrl, maxItems, knownKeys: deps.items.knownKeys(feed.id, KNOWN_KEYS), handOver: true });
      } catch (error) {
        await recordFailure(feed, report, (error as Error).message);
        return report;
      } finally {
        // A large body kept its turn from the fetch through its analysis (keepLargeBodyTurn): the next may be read now.
        releaseBody?.();
      }
      const warnings: string[] = [];
      if (analysis.readableItems > maxItems) warnings.push(`feed has ${analysis.readableItems} items; only the first ${maxItems} were read`);
      report.dropped = analysis.dropped;
      if (report.dropped > 0) warnings.push(`${report.dropped} unreadable item(s) skipped`);
      if (analysis.labelled.length + analysis.known === 0) warnings.push('feed has no items');
      const newest = analysis.newest;
      if (newest && now.getTime() - newest.getTime() > STALE_AFTER_MS) {
        warnings.push(`newest item is ${Math.floor((now.getTime() - newest.getTime()) / 86_400_000)} days old`);
      }
      const { labelled } = analysis;
      const firstFetch = feed.lastSuccessAt === null;
      // Storing a feed is a few ms of work in one go: not on a turn whose budget is already spent.
      const paused = mainLoop.pause();
      if (paused) await paused;
      const stored = deps.items.storeArticles(feed.id, labelled, now, feed.name ?? analysis.title ?? feed.title, firstFetch);
      report.items = labelled.length + analysis.known;
      report.newItems = stored.length;
      report.relevant = stored.filter((s) => s.relevant).length;
      if (deps.stories) await groupInSlices(deps.stories, stored.filter((s) => s.relevant), labelled);
      report.warning = warnings.length ? warnings.join('; ') : null;
      report.title = feed.name ?? analysis.title ?? feed.title;
      deps.feeds.update(feed.id, {
        ...(movedTo ? { url: movedTo } : {}),
        title: analysis.title ?? feed.title,
        language: feed.language ?? analysis.language,
        siteUrl: feed.siteUrl ?? cleanSiteUrl(analysis.link),
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        lastCheckedAt: now,
        lastSuccessAt: now,
        consecutiveErrors: 0,
        lastError: null,
        lastWarning: report.warning,
        newestItemAt: newest ?? feed.newestItemAt,
        nextCheckAt: new Date(now.getTime() + deps.intervalMs),
      });
    } catch (error) {
      // Anything unexpected (a database error, a bug) is this feed's failure, not the run's.
      deps.logger.error({ feed_id: feed.id, err: error }, 'unexpected error refreshing feed');
      await recordFailure(feed, report, `internal error: ${(error as Error).message}`);
    } finally {
      releaseBody?.(); // also when something failed between the fetch and the analysis
      report.ms = Date.now() - started;
    }
    return report;
  }

  async function run(all: boolean): Promise<RefreshReport> {
    const startedAt = deps.now();
    const started = Date.now();
    // Feeds due within a little slack count as due: nextCheckAt is set after each fetch, so a
    // feed checked at the last tick would otherwise be seconds "early" and skip a whole interval.
    const slack = Math.max(60_000, deps.intervalMs / 10);
    const due = deps.feeds.due(new Date(startedAt.getTime() + slack), all);
    const reports = await mapPool(due, deps.concurrency, (feed) => refreshOne(feed));
    const totals = {
      feeds: reports.length,
      fetched: reports.filter((r) => r.status === 'fetched').length,
      notModified: reports.filter((r) => r.status === 'not-modified').length,
      failed: reports.filter((r) => r.status === 'failed').length,
      newItems: reports.reduce((n, r) => n + r.newItems, 0),
      relevant: reports.reduce((n, r) => n + r.relevant, 0),
      ms: Date.now() - started,
    };
    deps.runs.record({ startedAt, finishedAt: deps.now(), ...totals });
    deps.logger.info({ job: 'refresh', ...totals, new_items: totals.newItems, not_modified: totals.notModified }, 'refresh finished');
    return { feeds: reports, totals };
  }

  let inFlight: Promise<RefreshReport> | null = null;

  return {
    /**
     * Refresh the due feeds (or all enabled ones) once; one summary log line per run. Runs never
     * overlap: a call while one is going (the cron, /refresh, the start-up run) joins that run.
     */
    refresh(options: { all?: boolean } = {}): Promise<RefreshReport> {
      if (!inFlight) {
        inFlight = run(options.all ?? false).finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    /** The run in progress, if any (shutdown waits for it). */
    running(): Promise<RefreshReport> | null {
      return inFlight;
    },
  };
}

export type FeedRefresher = ReturnType<typeof createFeedRefresher>;
