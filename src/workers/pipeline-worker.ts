/** Worker thread: runs analyzeFeed (decode → parse → normalize → classify → summarize) off the main thread. */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFeed } from '../core/pipeline.js';
import { toWire, type WireAnalysis } from './analysis-wire.js';

export interface AnalyzeRequest {
  id: number;
  bytes: Uint8Array;
  contentType: string | null;
  nowMs: number;
  feedUrl: string | null;
  maxItems: number;
  knownKeys?: readonly string[];
}

/** The analysis travels as compact rows (analysis-wire.ts), not as a structured clone of every object. */
export type AnalyzeResponse = { id: number; ok: true; analysis: WireAnalysis } | { id: number; ok: false; message: string };

// Set by the pool when the process keeps its heap small (src/heap.ts): a collection after each large
// document, so its bytes and tree do not wait in this worker for V8's own next full collection.
const collect = (workerData as { reclaim?: boolean } | null)?.reclaim ? (runInNewContext('gc') as (options: { type: 'major' }) => void) : null;
const LARGE_DOCUMENT_BYTES = 1024 * 1024;

/** Niceness of this thread: a reader's reply on the main thread comes before a feed's analysis. */
export const WORKER_NICENESS = 10;

/**
 * Lower this thread's scheduling priority (Linux: a thread has its own id, /proc/thread-self names it,
 * and setpriority on it applies to this thread alone). On 2 cores, two busy workers otherwise take the
 * CPU from the main thread as often as not, and a reader's reply waits for the kernel's time slices.
 * Elsewhere, or if refused, the thread keeps the process's priority.
 */
function yieldCpuToMainThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, WORKER_NICENESS);
  } catch {
    // Not Linux, or not allowed: same priority as the main thread.
  }
}
yieldCpuToMainThread();

parentPort?.on('message', (request: AnalyzeRequest) => {
  // The callbacks below keep only the id: the request (its bytes) must not outlive analyzeFeed's own
  // use of it, which ends once a large document is cut to its first items (see readFeedArticles).
  const { id } = request;
  const large = request.bytes.byteLength >= LARGE_DOCUMENT_BYTES;
  analyzeFeed(request.bytes, { contentType: request.contentType, now: new Date(request.nowMs), feedUrl: request.feedUrl, maxItems: request.maxItems, ...(request.knownKeys ? { knownKeys: request.knownKeys } : {}) }).then(
    (analysis) => parentPort!.postMessage({ id, ok: true, analysis: toWire(analysis) } satisfies AnalyzeResponse),
    (error: unknown) => parentPort!.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies AnalyzeResponse),
  ).finally(() => {
    if (large && collect) setImmediate(() => collect({ type: 'major' }));
  });
});
