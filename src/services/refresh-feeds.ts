import { nextCheckAfterFailure } from '../core/backoff.js';
import { analyzeFeed, type AnalyzeOptions, type FeedAnalysis } from '../core/pipeline.js';
import type { FeedRow, FeedStore } from '../db/feed-store.js';
import type { ItemStore, Story } from '../db/item-store.js';
import type { RunStore } from '../db/run-store.js';
import type { FetchOutcome, Validators } from '../fetch/index.js';
import type { Logger } from '../logger.js';

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
  newStories: Story[];
}

export interface RefreshDeps {
  feeds: FeedStore;
  items: ItemStore;
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

const STALE_AFTER_MS = 30 * 24 * 3600_000;

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
  const analyze = deps.analyze ?? analyzeFeed;

  async function recordFailure(feed: FeedRow, report: FeedReport, message: string, retryAfterMs?: number): Promise<void> {
    const now = deps.now();
    const consecutiveErrors = feed.consecutiveErrors + 1;
    const disable = consecutiveErrors >= deps.maxFailures;
    deps.feeds.update(feed.id, {
      lastCheckedAt: now,
      consecutiveErrors,
      lastError: message,
      enabled: disable ? false : feed.enabled,
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

  async function refreshOne(feed: FeedRow, newStories: Story[]): Promise<FeedReport> {
    const started = Date.now();
    const report: FeedReport = {
      feedId: feed.id, url: feed.url, title: feed.name ?? feed.title, status: 'fetched', items: 0, newItems: 0,
      relevant: 0, dropped: 0, error: null, warning: null, disabled: false, ms: 0,
    };
    try {
      const outcome = await deps.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
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
        analysis = await analyze(outcome.body, { contentType: outcome.contentType, now, feedUrl: outcome.finalUrl, maxItems });
      } catch (error) {
        await recordFailure(feed, report, (error as Error).message);
        return report;
      }
      const warnings: string[] = [];
      if (analysis.readableItems > maxItems) warnings.push(`feed has ${analysis.readableItems} items; only the first ${maxItems} were read`);
      report.dropped = analysis.dropped;
      if (report.dropped > 0) warnings.push(`${report.dropped} unreadable item(s) skipped`);
      if (analysis.labelled.length === 0) warnings.push('feed has no items');
      const newest = analysis.newest;
      if (newest && now.getTime() - newest.getTime() > STALE_AFTER_MS) {
        warnings.push(`newest item is ${Math.floor((now.getTime() - newest.getTime()) / 86_400_000)} days old`);
      }
      const { labelled } = analysis;
      const firstFetch = feed.lastSuccessAt === null;
      const stored = deps.items.storeArticles(feed.id, labelled, now, feed.name ?? analysis.title ?? feed.title, firstFetch);
      newStories.push(...stored);
      report.items = labelled.length;
      report.newItems = stored.length;
      report.relevant = stored.filter((s) => s.relevant).length;
      report.warning = warnings.length ? warnings.join('; ') : null;
      report.title = feed.name ?? analysis.title ?? feed.title;
      deps.feeds.update(feed.id, {
        ...(movedTo ? { url: movedTo } : {}),
        title: analysis.title ?? feed.title,
        language: feed.language ?? analysis.language,
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
      report.ms = Date.now() - started;
    }
    return report;
  }

  return {
    /** Refresh the due feeds (or all enabled ones) once; one summary log line per run. */
    async refresh(options: { all?: boolean; feedIds?: number[] } = {}): Promise<RefreshReport> {
      const startedAt = deps.now();
      const started = Date.now();
      let due = deps.feeds.due(startedAt, options.all ?? false);
      if (options.feedIds) due = options.feedIds.map((id) => deps.feeds.get(id)).filter((f): f is FeedRow => f !== undefined);
      const newStories: Story[] = [];
      const reports = await mapPool(due, deps.concurrency, (feed) => refreshOne(feed, newStories));
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
      return { feeds: reports, totals, newStories };
    },
  };
}

export type FeedRefresher = ReturnType<typeof createFeedRefresher>;
