/**
 * The main thread's time, shared between readers and the refresh's background work.
 *
 * A reader's reply needs several turns of the event loop (the update read from the socket, the
 * handler, the send and its answer), and each turn waits for whatever background work the turn runs
 * first. Background work on the main thread — a document's analysis when there are no workers,
 * grouping a feed's stories — therefore asks `pause()` between steps. The budget is one per turn of
 * the loop, shared by every task: four documents analysed at once used to take a slice each, so one
 * turn ran four slices before the loop polled a socket. While a reader's update is being handled
 * (`foreground()`), the slice shrinks so each of the reply's turns waits about a millisecond; after
 * FOREGROUND_HOLD_MS an update no longer counts (an admin's /refresh waits for the whole refresh and
 * must not slow it down), and results never depend on the slicing.
 */

/** Background work per turn of the loop when no reader is waiting. */
export const BACKGROUND_SLICE_MS = 6;
/** Background work per turn while a reader's update is in flight. */
export const FOREGROUND_SLICE_MS = 1;
/** An update counts as in flight for this long at most. */
export const FOREGROUND_HOLD_MS = 500;

export interface LoopShare {
  /**
   * Undefined while this turn's budget lasts; once it is spent, a promise settled when the caller's
   * turn comes: a later turn of the loop (setImmediate) whose budget starts with it, tasks in the
   * order they asked.
   */
  pause(): Promise<void> | undefined;
  /** What is left of this turn's budget, in ms (≤ 0 when spent). */
  remainingMs(): number;
  /** Marks a reader's update as in flight; call the returned function when it has been handled. */
  foreground(): () => void;
}

export function createLoopShare(options: { backgroundSliceMs?: number; foregroundSliceMs?: number; holdMs?: number } = {}): LoopShare {
  const background = options.backgroundSliceMs ?? BACKGROUND_SLICE_MS;
  const foregroundSlice = Math.min(background, options.foregroundSliceMs ?? FOREGROUND_SLICE_MS);
  const holdMs = options.holdMs ?? FOREGROUND_HOLD_MS;
  // Deadlines of the updates in flight (a handful at most).
  const inFlight = new Set<{ until: number }>();
  let turnStartedAt = performance.now();
  // Tasks waiting for a turn, first come first served: each turn starts one of them with a fresh
  // budget. Resuming them all on one turn would not do: each continues from its await, and none
  // would look at the budget again before its next step.
  const waiting: Array<() => void> = [];
  let scheduled = false;

  function scheduleTurn(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      turnStartedAt = performance.now();
      waiting.shift()?.();
      if (waiting.length > 0) scheduleTurn();
    });
  }

  function sliceMs(now: number): number {
    for (const update of inFlight) if (update.until > now) return foregroundSlice;
    return background;
  }

  function remainingMs(): number {
    const now = performance.now();
    return turnStartedAt + sliceMs(now) - now;
  }

  return {
    remainingMs,
    pause() {
      if (remainingMs() > 0) return undefined;
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        scheduleTurn();
      });
    },
    foreground() {
      const update = { until: performance.now() + holdMs };
      inFlight.add(update);
      return () => inFlight.delete(update);
    },
  };
}

/** The process's one share: the bot marks its updates, the refresh's main-thread work pauses on it. */
export const mainLoop: LoopShare = createLoopShare();
