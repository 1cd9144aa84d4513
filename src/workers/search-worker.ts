/** Worker thread: answers search queries from its own read-only connection, off the bot's main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createSearchIndex, type SearchMatches } from '../db/search.js';

export interface SearchRequest {
  id: number;
  query: { match: string; titleMatch: string };
  limit: number;
  nowMs: number;
}

export type SearchResponse = { id: number; ok: true; matches: SearchMatches } | { id: number; ok: false; message: string };

const sqlite = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
const index = createSearchIndex(sqlite);

parentPort?.on('message', (request: SearchRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, ok: true, matches: index.find(request.query, request.limit, request.nowMs) } satisfies SearchResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SearchResponse);
  }
});
