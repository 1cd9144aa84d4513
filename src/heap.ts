/**
 * How this process keeps its resident memory down (issue 12.9: ingest and the bot within 200 MB).
 *
 * 1. V8's young generation stays at its initial size (two 1 MB semi-spaces) instead of growing to
 *    2 × 16 MB: measured on `troika ingest --all` over hostile feeds, 32 MB of the main thread's 58 MB
 *    heap was young space a feed reader never needs. `npm start` passes --max-semi-space-size=1;
 *    `node` is not always started by us (`npx troika`, `node dist/src/main.js`), and that flag cannot
 *    change once the heap exists, so the entry points also switch growth off at run time (the one
 *    young-generation setting V8 honours then). bin/troika.js does it before the command's modules are
 *    even parsed (their sources alone grow the young generation otherwise).
 *    Scavenges run on one thread (see limitYoungGeneration).
 * 2. A full collection after each large response body (reclaimAfterLargeBody), and in the pipeline
 *    workers after each large document.
 *
 * Tests and benchmarks that do not import limit-heap.ts run with V8's defaults.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let limited = false;

export function limitYoungGeneration(): void {
  limited = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  // A 1 MB young generation is scavenged in well under a millisecond by one thread. In parallel, the
  // main thread waits for V8's helper threads, which a loaded 2-core machine may not run for a while:
  // measured during a refresh at load 6-8, main-thread scavenges of 1 MB took 12-136 ms (p99 21 ms),
  // each a stall of every reader's reply; single-threaded, p99 8-11 ms.
  v8.setFlagsFromString('--no-parallel-scavenge');
}

/**
 * V8's --optimize-for-size from now on, for this thread and every worker started later (flags are
 * process-wide): its heaps grow by smaller steps, so garbage is collected sooner instead of piling up
 * between full collections (on `troika ingest --all` over hostile feeds the main thread's heap held
 * 17 MB of garbage at the end, half of it). Measured there: peak RSS median 189-199 -> 172-178 MB,
 * CPU time within noise (+0-8 %). For one-shot commands that refresh; the bot keeps V8's defaults.
 */
export function favourMemoryOverSpeed(): void {
  v8.setFlagsFromString('--optimize-for-size');
}

/**
 * V8 flags are process-wide, and V8 raises a growth factor below 2 back to 2 whenever an isolate is
 * set up (each worker thread): every worker's 'online' event calls this so the limit holds (nothing
 * happens unless it was set).
 */
export function reapplyHeapLimits(): void {
  if (limited) limitYoungGeneration();
}

let collect: ((options: { type: 'major' }) => void) | undefined;

/**
 * After a large response body (a megabyte or more) was read or refused: collect garbage now. Its
 * chunks live outside V8's heap, and V8 collects for them only once tens of MB have piled up (it
 * watches its own small heap, not them), so on `ingest --all` over hostile feeds about 35 MB of
 * dropped chunks stayed resident for seconds. One full collection after such a body (a few ms on
 * this small heap; large bodies are rare) keeps them from stacking up. Only where the entry points
 * asked for the limits (limitYoungGeneration); elsewhere V8 decides as usual.
 */
export function reclaimAfterLargeBody(): void {
  if (!collectsAfterLargeDocuments()) return;
  collect ??= vm.runInNewContext('gc') as typeof collect;
  setImmediate(() => collect!({ type: 'major' }));
}

/**
 * Whether large bodies and documents are followed by a collection (here and in the pipeline workers,
 * which collect after analysing one). Exposes V8's gc function the one way that needs no
 * --expose-gc on the command line; the flag is process-wide, so workers started later have it too.
 */
export function collectsAfterLargeDocuments(): boolean {
  if (limited) v8.setFlagsFromString('--expose-gc');
  return limited;
}
