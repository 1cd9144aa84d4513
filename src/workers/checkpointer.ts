import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { reapplyHeapLimits } from '../heap.js';
import type { Logger } from '../logger.js';
import type { CheckpointWorkerData } from './checkpoint-worker.js';

export interface Checkpointer {
  close(): Promise<void>;
}

/** How often the worker checkpoints: a refresh writes a few MB of WAL a second at most. */
export const CHECKPOINT_INTERVAL_MS = 500;
/**
 * The main connection still checkpoints by itself past this many WAL pages (40 MB), in case the worker
 * falls behind; SQLite's default, 1000 pages, is restored if the worker stops.
 */
export const FALLBACK_CHECKPOINT_PAGES = 10_000;
const DEFAULT_CHECKPOINT_PAGES = 1000;
const COMPILED = import.meta.url.endsWith('.js');

/**
 * Move WAL checkpoints off the main thread: a worker with its own connection checkpoints every
 * CHECKPOINT_INTERVAL_MS, and the main connection's automatic checkpoint (which copied up to 1,000
 * pages into the file and fsynced it inside whichever commit crossed the mark, a refresh's or a
 * reader's) moves out to FALLBACK_CHECKPOINT_PAGES. Nothing stored changes: where pages are copied
 * from the WAL is SQLite's business, and a crash at any point leaves what WAL always leaves.
 * In-memory databases have no WAL: nothing to do.
 */
export function startCheckpointer(sqlite: Database.Database, path: string, logger: Logger, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  if (path === ':memory:') return { close: async () => {} };
  const workerData: CheckpointWorkerData = { path, intervalMs };
  // It holds one statement and a timer: a small heap keeps the thread's resident memory small.
  const resourceLimits = { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 32 };
  const worker = COMPILED
    ? new Worker(new URL('./checkpoint-worker.js', import.meta.url), { workerData, resourceLimits })
    : new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { ...workerData, entry: new URL('./checkpoint-worker.ts', import.meta.url).href }, resourceLimits });
  worker.unref();
  worker.once('online', reapplyHeapLimits);
  sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
  let closing = false;
  const takeBack = (error: Error) => {
    if (closing) return;
    closing = true;
    logger.warn({ err: error }, 'checkpoint worker stopped; the main connection checkpoints again');
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`);
  };
  worker.on('error', takeBack);
  worker.on('exit', (code) => takeBack(new Error(`checkpoint worker exited with code ${code}`)));
  return {
    async close() {
      if (closing) return;
      closing = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      const timer = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(timer);
      if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`);
    },
  };
}
