import { Worker } from 'node:worker_threads';
import { reapplyHeapLimits } from '../heap.js';
import type Database from 'better-sqlite3';
import { createSearchIndex, type SearchMatches } from '../db/search.js';
import type { Logger } from '../logger.js';
import type { SearchRequest, SearchResponse } from './search-worker.js';

/** Where FTS queries run: a worker thread with its own connection, or in-thread for an in-memory database. */
export interface SearchRunner {
  find(query: { match: string; titleMatch: string }, limit: number, nowMs: number): Promise<SearchMatches>;
  close(): Promise<void>;
}

/** No query may hold a reader longer than this; the index answers in milliseconds. */
const QUERY_TIMEOUT_MS = 10_000;
const COMPILED = import.meta.url.endsWith('.js');

/** In-thread: for in-memory databases (tests, the console), whose data no other connection can see. */
export function createInThreadSearchRunner(sqlite: Database.Database): SearchRunner {
  const index = createSearchIndex(sqlite);
  return { find: async (query, limit, nowMs) => index.find(query, limit, nowMs), close: async () => {} };
}

/**
 * A worker thread with a read-only connection to the database file (WAL lets it read while the
 * bot writes), so searches never hold the main thread: other readers' commands are answered while
 * thirty searches are queued. The worker starts on the first search and is replaced if it dies.
 */
export function createWorkerSearchRunner(path: string, logger: Logger): SearchRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (m: SearchMatches) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  function failAll(error: Error): void {
    for (const [id, task] of pending) {
      clearTimeout(task.timer);
      task.reject(error);
      pending.delete(id);
    }
  }

  function start(): Worker {
    const w = COMPILED
      ? new Worker(new URL('./search-worker.js', import.meta.url), { workerData: { path } })
      : new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { path, entry: new URL('./search-worker.ts', import.meta.url).href } });
    w.unref();
    w.once('online', reapplyHeapLimits);
    w.on('message', (response: SearchResponse) => {
      const task = pending.get(response.id);
      if (!task) return;
      pending.delete(response.id);
      clearTimeout(task.timer);
      if (response.ok) task.resolve(response.matches);
      else task.reject(new Error(`search failed: ${response.message}`));
    });
    const retire = (error: Error) => {
      if (worker !== w) return;
      worker = null;
      logger.error({ err: error }, 'search worker stopped; the next search starts a new one');
      failAll(error);
    };
    w.on('error', retire);
    w.on('exit', (code) => retire(new Error(`search worker exited with code ${code}`)));
    return w;
  }

  return {
    find(query, limit, nowMs) {
      worker ??= start();
      const w = worker;
      return new Promise<SearchMatches>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`search took longer than ${QUERY_TIMEOUT_MS / 1000} s`));
        }, QUERY_TIMEOUT_MS);
        timer.unref();
        pending.set(id, { resolve, reject, timer });
        w.postMessage({ id, query, limit, nowMs } satisfies SearchRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      failAll(new Error('search closed'));
      if (w) await w.terminate();
    },
  };
}
