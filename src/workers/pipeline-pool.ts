import { Worker } from 'node:worker_threads';
import { analyzeFeedInThread, type AnalyzeOptions, type FeedAnalysis } from '../core/pipeline-entry.js';
import { collectsAfterLargeDocuments, reapplyHeapLimits } from '../heap.js';
import type { Logger } from '../logger.js';
import { mainLoop } from '../loop-share.js';
import { fromWire } from './analysis-wire.js';
import type { AnalyzeRequest, AnalyzeResponse } from './pipeline-worker.js';

export interface PipelinePool {
  analyze(bytes: Uint8Array, opts: AnalyzeOptions): Promise<FeedAnalysis>;
  close(): Promise<void>;
}

interface Task {
  request: AnalyzeRequest;
  handOver: boolean;
  resolve: (analysis: FeedAnalysis) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** No document may keep a worker longer than this (a pathological feed must not stall refreshes). */
const TASK_TIMEOUT_MS = 60_000;

// Compiled (dist/*.js) the worker file runs as is; from TypeScript sources (tsx, vitest) a small
// bootstrap registers tsx in the worker first, as workers do not inherit the loader.
const COMPILED = import.meta.url.endsWith('.js');

/**
 * Heap bounds per worker. A small young generation keeps each worker's resident memory close to what
 * it really holds (the default lets it grow by tens of MB between collections); the old-generation
 * cap turns a runaway document into one failed feed instead of a process out of memory.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 160 } as const;

/** Documents at least this large are analysed one at a time, so two never build their trees at once. */
export const LARGE_DOCUMENT_BYTES = 1024 * 1024;

function startWorker(): Worker {
  const reclaim = collectsAfterLargeDocuments();
  if (COMPILED) return new Worker(new URL('./pipeline-worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS, workerData: { reclaim } });
  return new Worker(new URL('./boot.mjs', import.meta.url), { resourceLimits: WORKER_LIMITS, workerData: { reclaim, entry: new URL('./pipeline-worker.ts', import.meta.url).href } });
}

function isLarge(task: Task): boolean {
  return task.request.bytes.byteLength >= LARGE_DOCUMENT_BYTES;
}

/**
 * analyzeFeed on this thread, pausing between items on the main thread's shared budget (mainLoop), so
 * readers' commands are answered between items rather than after a feed's labelling.
 */
function analyzeHere(bytes: Uint8Array, opts: AnalyzeOptions): Promise<FeedAnalysis> {
  return analyzeFeedInThread(bytes, { ...opts, pause: opts.pause ?? mainLoop.pause });
}

function analyzeInThread(task: Task): void {
  const { request } = task;
  analyzeHere(request.bytes, { contentType: request.contentType, now: new Date(request.nowMs), feedUrl: request.feedUrl, maxItems: request.maxItems, ...(request.knownKeys ? { knownKeys: request.knownKeys } : {}) }).then(task.resolve, task.reject);
}

/**
 * Run the CPU-bound pipeline stages on `size` worker threads, so a refresh uses every core and the
 * bot stays responsive. A worker that dies mid-task fails that one feed and is replaced; if no
 * worker can start at all, documents are analysed in-thread instead (logged once).
 */
export function createPipelinePool(size: number, logger: Logger): PipelinePool {
  if (size <= 0) return { analyze: analyzeHere, close: async () => {} };
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let anyOnline = false;
  let inThread = false;
  let closed = false;

  function spawn(): void {
    const slot: Slot = { worker: startWorker(), task: null, timer: null };
    slot.worker.unref();
    slot.worker.once('online', () => {
      anyOnline = true;
      reapplyHeapLimits();
      pump();
    });
    slot.worker.on('message', (response: AnalyzeResponse) => {
      const task = slot.task;
      release(slot);
      if (task && task.request.id === response.id) {
        if (response.ok) task.resolve(fromWire(response.analysis));
        else task.reject(new Error(response.message));
      }
      pump();
    });
    slot.worker.on('error', (error) => retire(slot, error));
    // A worker can also exit without an error event (terminated, process.exit in a dependency).
    slot.worker.on('exit', (code) => retire(slot, new Error(`pipeline worker exited with code ${code}`)));
    slots.push(slot);
  }

  function release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** Take a dead or stuck worker out of the pool, fail or requeue its task, and replace it. */
  function retire(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index < 0) return; // already retired (error followed by exit)
    slots.splice(index, 1);
    const task = slot.task;
    release(slot);
    void slot.worker.terminate();
    if (closed) {
      task?.reject(new Error('pipeline closed'));
      return;
    }
    if (!anyOnline) {
      // Workers cannot run here at all: analyse on the main thread from now on.
      if (!inThread) logger.warn({ err: error }, 'pipeline workers unavailable; analysing feeds on the main thread');
      inThread = true;
      if (task) queue.unshift(task);
    } else {
      logger.error({ err: error }, 'pipeline worker stopped; replacing it');
      task?.reject(new Error(`analysis failed: ${error.message}`, { cause: error }));
      spawn();
    }
    pump();
  }

  function pump(): void {
    while (queue.length > 0) {
      if (inThread || closed) {
        analyzeInThread(queue.shift()!);
        continue;
      }
      // Nothing is sent before a worker is online: until then a failed start would send the task back
      // to this thread, so it could not be handed over, and a copy of a 10 MB body would be held twice.
      if (!anyOnline) return;
      const slot = slots.find((s) => s.task === null);
      if (!slot) return;
      // While a large document is being analysed, the next large one waits and smaller ones go ahead.
      const largeBusy = slots.some((s) => s.task !== null && isLarge(s.task));
      const index = largeBusy ? queue.findIndex((t) => !isLarge(t)) : 0;
      if (index < 0) return;
      const task = queue.splice(index, 1)[0]!;
      slot.task = task;
      slot.timer = setTimeout(() => retire(slot, new Error(`analysis took longer than ${TASK_TIMEOUT_MS / 1000} s`)), TASK_TIMEOUT_MS);
      slot.timer.unref();
      // Bytes handed over that span a whole buffer move to the worker as they are (a 10 MB body is
      // not held twice); otherwise a copy of our own moves, and the caller's buffer stays usable.
      const given = task.handOver ? task.request.bytes : null;
      const whole = given !== null && given.buffer instanceof ArrayBuffer && given.byteOffset === 0 && given.byteLength === given.buffer.byteLength;
      const bytes = whole ? (given as Uint8Array<ArrayBuffer>) : new Uint8Array(task.request.bytes);
      slot.worker.postMessage({ ...task.request, bytes }, [bytes.buffer]);
    }
  }

  return {
    analyze(bytes, opts) {
      // Workers start on first use: commands that never refresh pay nothing.
      if (slots.length === 0 && !inThread && !closed) for (let i = 0; i < size; i++) spawn();
      return new Promise<FeedAnalysis>((resolve, reject) => {
        const request: AnalyzeRequest = { id: nextId++, bytes, contentType: opts.contentType ?? null, nowMs: opts.now.getTime(), feedUrl: opts.feedUrl ?? null, maxItems: opts.maxItems, ...(opts.knownKeys ? { knownKeys: opts.knownKeys } : {}) };
        queue.push({ request, handOver: opts.handOver === true, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const retiring = [...slots];
      await Promise.all(retiring.map((s) => s.worker.terminate()));
      for (const slot of retiring) retire(slot, new Error('pipeline closed'));
    },
  };
}
