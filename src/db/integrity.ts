import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { reapplyHeapLimits } from '../heap.js';

/** `quick`: PRAGMA quick_check (pages and records, O(N)); `full`: PRAGMA integrity_check (also every index against its table). */
export type IntegrityMode = 'quick' | 'full';

export interface IntegrityResult {
  ok: boolean;
  /** SQLite's own lines, at most MAX_PROBLEMS of them. */
  problems: string[];
  mode: IntegrityMode;
  ms: number;
}

const MAX_PROBLEMS = 20;

function pragmaFor(mode: IntegrityMode): string {
  return `${mode === 'full' ? 'integrity_check' : 'quick_check'}(${MAX_PROBLEMS})`;
}

/** Check a database file on a connection of its own, read-only (safe beside the running bot). */
export function checkIntegrity(path: string, mode: IntegrityMode): IntegrityResult {
  const started = Date.now();
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    const lines = (sqlite.pragma(pragmaFor(mode)) as Array<Record<string, string>>).map((row) => String(Object.values(row)[0]));
    const ok = lines.length === 1 && lines[0] === 'ok';
    return { ok, problems: ok ? [] : lines, mode, ms: Date.now() - started };
  } finally {
    sqlite.close();
  }
}

// The worker is plain CommonJS evaluated from this string: it runs the same way from the
// TypeScript sources (tsx, vitest) and from dist/, with no loader to register.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const started = Date.now();
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const lines = db.pragma(workerData.pragma).map((row) => String(Object.values(row)[0]));
  const ok = lines.length === 1 && lines[0] === 'ok';
  parentPort.postMessage({ ok, problems: ok ? [] : lines, ms: Date.now() - started });
} catch (error) {
  parentPort.postMessage({ ok: false, problems: [String(error && error.message || error)], ms: Date.now() - started });
} finally {
  if (db) db.close();
}
`;

/**
 * The same check on a worker thread, so start-up does not wait for it and the bot keeps answering
 * while it reads the whole file. `stop()` ends it early (shutdown).
 */
export function checkIntegrityInBackground(path: string, mode: IntegrityMode): { result: Promise<IntegrityResult>; stop: () => Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, pragma: pragmaFor(mode) } });
  worker.unref();
  worker.once('online', reapplyHeapLimits);
  let stopped = false;
  const result = new Promise<IntegrityResult>((resolve, reject) => {
    worker.once('message', (message: Omit<IntegrityResult, 'mode'>) => resolve({ ...message, mode }));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (stopped) reject(new Error('integrity check stopped'));
      else reject(new Error(`integrity check worker exited with code ${code}`));
    });
  });
  return {
    result,
    async stop() {
      stopped = true;
      await worker.terminate();
    },
  };
}
