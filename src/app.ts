import type { Config } from './config.js';
import { openDatabase, closeDatabase, prepareDatabaseFolder, type Db } from './db/client.js';
import { checkIntegrityInBackground } from './db/integrity.js';
import { createFeedStore, type FeedRow } from './db/feed-store.js';
import { createItemStore } from './db/item-store.js';
import { createRetentionStore } from './db/retention-store.js';
import { createRunStore } from './db/run-store.js';
import { createStoryStore } from './db/story-store.js';
import { createDeliveryStore, createSubscriberStore } from './db/subscriber-store.js';
import { fetchFeed } from './fetch/index.js';
import { loadTranslations, type Translations } from './i18n/translations.js';
import type { Logger } from './logger.js';
import { assignMissingOrigins, seedDefaultFeeds } from './services/default-feeds.js';
import { createTrendStore } from './db/trend-store.js';
import { createFeedOpml } from './services/feed-opml.js';
import { offlineTranslator, type Translator } from './services/translator.js';
import { createTranslationStore } from './db/translation-store.js';
import { createLlmTranslator } from './llm/llm-translator.js';
import { createTrendService, type TrendService } from './services/trend.js';
import { createFeedManager } from './services/manage-feeds.js';
import { createFeedRefresher, type FetchFn } from './services/refresh-feeds.js';
import { createRetention, type Retention } from './services/retention.js';
import { createSearchService, type SearchService } from './services/search.js';
import { startCheckpointer } from './workers/checkpointer.js';
import { createPipelinePool } from './workers/pipeline-pool.js';
import { createInThreadSearchRunner, createWorkerSearchRunner } from './workers/search-runner.js';

export const USER_AGENT = 'TroikaBot/0.1 (+https://github.com/troika-briefing; RSS reader for a Telegram news briefing)';

/** Everything that holds state, built once from the config: the composition root's core. */
export interface App {
  config: Config;
  logger: Logger;
  db: Db;
  stores: {
    feeds: ReturnType<typeof createFeedStore>;
    items: ReturnType<typeof createItemStore>;
    stories: ReturnType<typeof createStoryStore>;
    runs: ReturnType<typeof createRunStore>;
    subscribers: ReturnType<typeof createSubscriberStore>;
    deliveries: ReturnType<typeof createDeliveryStore>;
    retention: ReturnType<typeof createRetentionStore>;
  };
  fetch: FetchFn;
  refresher: ReturnType<typeof createFeedRefresher>;
  feedManager: ReturnType<typeof createFeedManager>;
  /** Daily pruning by the retention settings (and `troika prune`). */
  retention: Retention;
  /** /trend and `troika trend`: the weekly chart, cached. */
  trend: TrendService;
  /** OPML import and export of the feed list. */
  feedOpml: ReturnType<typeof createFeedOpml>;
  /** Every message the bot writes, per locale (locales/*.ftl, loaded once). */
  translations: Translations;
  search: SearchService;
  /** Machine translation of headlines and summaries (an LLM when LLM_BASE_URL is set, else none: the gist). */
  translator: Translator;
  now: () => Date;
  close(): void;
}

/** Interval between two checks of a healthy feed, from FETCH_CRON's most common shapes (default 30 min). */
export function intervalFromCron(cron: string): number {
  const minutes = /^\*\/(\d+) \* \* \* \*$/.exec(cron.trim());
  if (minutes) return Number(minutes[1]) * 60_000;
  const hours = /^\d+ \*\/(\d+) \* \* \*$/.exec(cron.trim());
  if (hours) return Number(hours[1]) * 3600_000;
  return 30 * 60_000;
}

export interface AppOptions {
  now?: () => Date;
  fetch?: FetchFn;
  seed?: boolean;
  db?: Db;
  /** Worker threads for the CPU-bound stages; default PIPELINE_WORKERS (0 = main thread). */
  pipelineWorkers?: number;
  /** Told when a feed is disabled after repeated failures (the bot tells the admins). */
  onFeedDisabled?: (feed: FeedRow, error: string) => void | Promise<void>;
  /**
   * Database integrity check at start-up: `before-start` runs quick_check before anything writes
   * (after an unclean shutdown), `background` on a worker thread while the bot starts, `none` skips it.
   */
  integrityCheck?: 'before-start' | 'background' | 'none';
  /** Told when the background check finds damage (the bot tells the admins). */
  onDatabaseDamaged?: (problems: string[]) => void | Promise<void>;
  /**
   * Where WAL checkpoints run: on a worker thread (default: the bot, whose readers must not wait for
   * one inside a commit), or inside the main connection's commits as SQLite does by itself (a one-shot
   * command with no reader to keep waiting, which saves the worker's thread and memory).
   */
  checkpoints?: 'worker' | 'inline';
}

export function createApp(config: Config, logger: Logger, options: AppOptions = {}): App {
  const checkMode = config.DATABASE_PATH === ':memory:' ? 'none' : (options.integrityCheck ?? 'none');
  if (!options.db) {
    const { created } = prepareDatabaseFolder(config.DATABASE_PATH);
    if (created) logger.info({ folder: created }, 'created the database folder');
  }
  const db = options.db ?? openDatabase(config.DATABASE_PATH, { check: checkMode === 'before-start' });
  if (checkMode === 'before-start') logger.info('database checked (quick_check) before start after an unclean shutdown');
  // WAL checkpoints on a worker thread, not inside the main thread's commits (a database the caller opened is left alone).
  const checkpointer = options.db || options.checkpoints === 'inline' ? null : startCheckpointer(db.$client, config.DATABASE_PATH, logger);
  const integrity = checkMode === 'background' && !options.db ? checkIntegrityInBackground(config.DATABASE_PATH, 'quick') : null;
  if (integrity) {
    logger.info('database integrity check (quick_check) running in the background');
    integrity.result.then(
      async (result) => {
        if (result.ok) {
          logger.info({ ms: result.ms }, 'database integrity check passed');
          return;
        }
        logger.error({ problems: result.problems, ms: result.ms }, 'database integrity check found damage: stop Troika and restore a backup');
        await options.onDatabaseDamaged?.(result.problems);
      },
      // Stopped on purpose by close() (shutdown while it ran) is not worth a warning.
      (err: unknown) => logger[(err as Error).message === 'integrity check stopped' ? 'debug' : 'warn']({ err }, 'database integrity check did not finish'),
    ).catch((err: unknown) => logger.error({ err }, 'could not report database damage'));
  }
  const now = options.now ?? (() => new Date());
  const stores = {
    feeds: createFeedStore(db),
    items: createItemStore(db),
    stories: createStoryStore(db),
    runs: createRunStore(db),
    subscribers: createSubscriberStore(db),
    deliveries: createDeliveryStore(db),
    retention: createRetentionStore(db),
  };
  // Stories for relevant items stored before stories existed (or left ungrouped by a crash): once, idempotent.
  const grouped = stores.stories.groupUngrouped();
  if (grouped) logger.info({ items: grouped }, 'stored items grouped into stories');
  if (options.seed !== false) {
    const seeded = seedDefaultFeeds(stores.feeds, now());
    if (seeded) logger.info({ seeded }, 'default feeds added to a new database');
  }
  const originsSet = assignMissingOrigins(stores.feeds);
  if (originsSet) logger.info({ feeds: originsSet }, 'feed origins set (default list, else guessed from host and language)');
  const fetchWith = (keepLargeBodyTurn: boolean): FetchFn => (url, validators) =>
    fetchFeed(url, validators, { timeoutMs: config.FETCH_TIMEOUT_MS, maxBytes: config.FETCH_MAX_BYTES, allowPrivate: config.FEED_ALLOW_PRIVATE, userAgent: USER_AGENT, keepLargeBodyTurn });
  const fetch: FetchFn = options.fetch ?? fetchWith(false);
  const pool = createPipelinePool(options.pipelineWorkers ?? config.PIPELINE_WORKERS, logger);
  const refresher = createFeedRefresher({
    analyze: pool.analyze,
    // The refresher releases each large body's turn once it is analysed: one large body live at a time.
    feeds: stores.feeds, items: stores.items, stories: stores.stories, runs: stores.runs, fetch: options.fetch ?? fetchWith(true), now, logger,
    concurrency: config.FETCH_CONCURRENCY, intervalMs: intervalFromCron(config.FETCH_CRON), maxFailures: config.FEED_MAX_FAILURES,
    ...(options.onFeedDisabled ? { onFeedDisabled: options.onFeedDisabled } : {}),
  });
  const feedManager = createFeedManager({ feeds: stores.feeds, items: stores.items, stories: stores.stories, runs: stores.runs, fetch, now, analyze: pool.analyze });
  const retention = createRetention({
    store: stores.retention, now, logger, retentionDays: config.RETENTION_DAYS, relevantRetentionDays: config.RETENTION_RELEVANT_DAYS,
  });
  const feedOpml = createFeedOpml({ feeds: stores.feeds, manager: feedManager, now });
  // Vega and resvg load on the first chart, not at start-up.
  // The locale files are read on first use: `ingest` never writes a message.
  let translations: Translations | undefined;
  const loadedTranslations = (): Translations => (translations ??= loadTranslations({ logger }));
  const trend = createTrendService({ store: createTrendStore(db), now, translator: (locale) => loadedTranslations().translator(locale), render: async (spec) => (await import('./charts/render-png.js')).renderPng(spec) });
  // A database file is searched from a worker thread with its own connection; an in-memory one in-thread.
  const searchRunner = db.$client.memory ? createInThreadSearchRunner(db.$client) : createWorkerSearchRunner(db.$client.name, logger);
  const search = createSearchService({ runner: searchRunner, items: stores.items, now });
  const translator = config.LLM_BASE_URL
    ? createLlmTranslator({
        settings: { baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, dailyTokens: config.LLM_DAILY_TOKENS },
        store: createTranslationStore(db), now, logger,
      })
    : offlineTranslator;
  return {
    config, logger, db, stores, fetch, refresher, feedManager, retention, feedOpml, trend, search, translator, now,
    get translations() {
      return loadedTranslations();
    },
    close: () => {
      void integrity?.stop();
      void pool.close();
      void searchRunner.close();
      void checkpointer?.close();
      closeDatabase(db);
    },
  };
}
