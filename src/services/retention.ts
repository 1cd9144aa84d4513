import type { PruneCounts, PruneCutoffs, RetentionStore } from '../db/retention-store.js';
import type { Logger } from '../logger.js';

const DAY = 86_400_000;
/**
 * Ledger rows, briefing texts and "already sent" records matter while a story can still be offered:
 * the 7-day story window, plus a week for late retries, time-zone moves and operators' questions.
 */
export const LEDGER_RETENTION_DAYS = 14;
/** Rows per delete: each batch is one short write transaction (a few ms), then the loop breathes. */
const BATCH = 500;
/** Free pages handed back to the file system per step. */
const VACUUM_STEP_PAGES = 2048;
/**
 * Switching an existing database to incremental auto-vacuum takes one full VACUUM, which blocks
 * the bot while it runs (about 1 s per 100 MiB here). Done by the bot itself only below this size;
 * bigger databases get a log line asking for `troika prune --vacuum` with the bot stopped.
 */
export const AUTO_SWITCH_MAX_BYTES = 128 * 1024 * 1024;

export interface RetentionDeps {
  store: RetentionStore;
  now: () => Date;
  logger: Logger;
  /** Items that are not relevant are kept this many days after they were first seen. */
  retentionDays: number;
  /** Relevant items (briefings, /story, /why, a year of /trend) are kept this many days. */
  relevantRetentionDays: number;
  /** Called between batches so the bot keeps answering (default: setImmediate). */
  breathe?: () => Promise<void>;
}

export interface PruneReport {
  dryRun: boolean;
  removed: PruneCounts;
  cutoffs: { items: string; relevantItems: string; ledger: string };
  /** Bytes given back to the file system (0 in a dry run or without incremental auto-vacuum). */
  reclaimedBytes: number;
  sizeBytes: number;
  autoVacuum: 'none' | 'full' | 'incremental';
  ms: number;
}

const breatheDefault = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Retention: prune what is no longer needed, give the space back, keep the planner's statistics fresh. */
export function createRetention(deps: RetentionDeps) {
  const breathe = deps.breathe ?? breatheDefault;
  let running: Promise<PruneReport> | null = null;

  function cutoffsAt(now: Date): PruneCutoffs {
    const t = now.getTime();
    const ledger = t - LEDGER_RETENTION_DAYS * DAY;
    return {
      itemsSeenBefore: t - deps.retentionDays * DAY,
      relevantSeenBefore: t - deps.relevantRetentionDays * DAY,
      // Local dates run up to a day ahead of or behind UTC: a UTC date a fortnight back is safe everywhere.
      ledgerBefore: new Date(ledger).toISOString().slice(0, 10),
      variantsCreatedBefore: ledger,
    };
  }

  /** Delete in batches until a batch comes back short, breathing in between. */
  async function drain(deleteBatch: () => number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = deleteBatch();
      total += n;
      if (n < BATCH) return total;
      await breathe();
    }
  }

  /**
   * Make sure freed pages can be given back: a new database gets incremental auto-vacuum at once;
   * an existing one needs a full VACUUM, done here when the file is small or `force` is set
   * (`troika prune --vacuum`, with the bot stopped). Logged either way.
   */
  function ensureIncrementalVacuum(options: { force?: boolean; maxBytes?: number } = {}): 'already' | 'switched' | 'deferred' {
    const store = deps.store;
    if (store.autoVacuum() === 'incremental') return 'already';
    const size = store.sizeBytes();
    if (!options.force && size > (options.maxBytes ?? AUTO_SWITCH_MAX_BYTES)) {
      deps.logger.warn(
        { size_bytes: size },
        'the database does not give freed space back to the file system yet; stop the bot and run "troika prune --vacuum" once (a full VACUUM, needs about twice the file size free)',
      );
      return 'deferred';
    }
    const started = Date.now();
    store.enableIncrementalVacuum();
    deps.logger.info({ size_before_bytes: size, size_bytes: store.sizeBytes(), ms: Date.now() - started }, 'database switched to incremental auto-vacuum (one full VACUUM)');
    return 'switched';
  }

  async function prune(dryRun: boolean): Promise<PruneReport> {
    const started = Date.now();
    const cutoffs = cutoffsAt(deps.now());
    const store = deps.store;
    const sizeBefore = store.sizeBytes();
    let removed: PruneCounts;
    if (dryRun) {
      removed = store.count(cutoffs);
    } else {
      ensureIncrementalVacuum({});
      // The ledger (with the "already sent" records its rows hold), then the texts it no longer
      // points at, then the items themselves.
      let deliveredItems = 0;
      const deliveries = await drain(() => {
        const step = store.deleteDeliveries(cutoffs.ledgerBefore, BATCH);
        deliveredItems += step.deliveredItems;
        return step.deliveries;
      });
      const variants = await drain(() => store.deleteVariants(cutoffs.variantsCreatedBefore, BATCH));
      const items = await drain(() => store.deleteItems(false, cutoffs.itemsSeenBefore, BATCH));
      const relevantItems = await drain(() => store.deleteItems(true, cutoffs.relevantSeenBefore, BATCH));
      removed = { items, relevantItems, deliveries, deliveredItems, variants };
    }
    const autoVacuum = store.autoVacuum();
    if (!dryRun && autoVacuum === 'incremental') {
      while (store.freePages() > 0 && store.incrementalVacuum(VACUUM_STEP_PAGES) > 0) await breathe();
    }
    if (!dryRun) store.optimize();
    const sizeBytes = store.sizeBytes();
    const report: PruneReport = {
      dryRun,
      removed,
      cutoffs: {
        items: new Date(cutoffs.itemsSeenBefore).toISOString(),
        relevantItems: new Date(cutoffs.relevantSeenBefore).toISOString(),
        ledger: cutoffs.ledgerBefore,
      },
      reclaimedBytes: Math.max(0, sizeBefore - sizeBytes),
      sizeBytes,
      autoVacuum,
      ms: Date.now() - started,
    };
    deps.logger.info(
      { job: 'retention', dry_run: dryRun, removed, reclaimed_bytes: report.reclaimedBytes, size_bytes: sizeBytes, auto_vacuum: autoVacuum, ms: report.ms },
      dryRun ? 'retention dry run: would remove' : 'retention pass finished',
    );
    return report;
  }

  return {
    /** One retention pass (the daily schedule and `troika prune`); passes never overlap. */
    run(options: { dryRun?: boolean } = {}): Promise<PruneReport> {
      if (options.dryRun) return prune(true);
      if (!running) running = prune(false).finally(() => (running = null));
      return running;
    },

    ensureIncrementalVacuum,
  };
}

export type Retention = ReturnType<typeof createRetention>;
