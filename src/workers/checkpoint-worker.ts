/**
 * Worker thread: copies the WAL back into the database file (PASSIVE checkpoints) on a connection of
 * its own, so the bot's main thread never does that I/O or waits for its fsync. PASSIVE never blocks
 * a reader or the writer; what it cannot copy yet waits for the next one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export interface CheckpointWorkerData {
  path: string;
  intervalMs: number;
}

const { path, intervalMs } = workerData as CheckpointWorkerData;
const sqlite = new Database(path, { fileMustExist: true });
sqlite.pragma('busy_timeout = 1000');
// This connection never writes pages of its own; it must not checkpoint on close beyond what PASSIVE does.
const checkpoint = sqlite.prepare('PRAGMA wal_checkpoint(PASSIVE)');

function run(): void {
  try {
    checkpoint.run();
  } catch (error) {
    // A busy database is retried at the next tick; anything else is reported, and the main
    // connection takes checkpoints back (see checkpointer.ts).
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  }
}

const timer = setInterval(run, intervalMs);
parentPort?.on('message', (message: 'stop') => {
  if (message !== 'stop') return;
  clearInterval(timer);
  sqlite.close();
  parentPort!.close();
});
