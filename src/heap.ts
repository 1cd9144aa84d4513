/**
 * Keep V8's young generation at its initial size (two 1 MB semi-spaces) instead of letting it grow
 * to 2 × 16 MB. The grown young generation is resident memory a feed reader never needs: measured on
 * `troika ingest --all` over hostile feeds, 32 MB of the main thread's 58 MB heap was young space.
 * Smaller semi-spaces mean more frequent, shorter scavenges, which also free dropped response chunks
 * (memory outside the heap) sooner.
 *
 * `--max-semi-space-size` cannot change once the heap exists and `node` is not always started by us
 * (`npx troika`, `node dist/src/main.js`), so growth is switched off instead: the one young-generation
 * setting V8 honours at run time. The entry points turn it on first thing (limit-heap.ts); tests and
 * benchmarks that do not import that run with V8's defaults.
 */
import v8 from 'node:v8';

let limited = false;

export function limitYoungGeneration(): void {
  limited = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * V8 flags are process-wide, and starting a worker thread sets them back to the command line's:
 * every worker's 'online' event calls this so the limit holds (nothing happens unless it was set).
 */
export function reapplyHeapLimits(): void {
  if (limited) limitYoungGeneration();
}
