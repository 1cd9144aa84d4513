import { describe, expect, it } from 'vitest';
import { createLoopShare, type LoopShare } from '../src/loop-share.js';

const spin = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** A background task of `steps` steps of `stepMs` each, pausing between steps; records the turn of each step. */
async function task(share: LoopShare, steps: number, stepMs: number, turnOf: () => number, log: number[]): Promise<void> {
  for (let i = 0; i < steps; i++) {
    const paused = share.pause();
    if (paused) await paused;
    spin(stepMs);
    log.push(turnOf());
  }
}

/** Counts turns of the event loop (a setImmediate chain) until stopped. */
function turnCounter() {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return { turn: () => turns, stop: () => (running = false) };
}

describe('the main thread shared between readers and background work', () => {
  it('pauses only once the turn budget is spent', async () => {
    const share = createLoopShare({ backgroundSliceMs: 60_000 });
    expect(share.pause()).toBeUndefined();
    expect(share.remainingMs()).toBeGreaterThan(59_000);
    const always = createLoopShare({ backgroundSliceMs: 0 });
    const counter = turnCounter();
    const turnAt: number[] = [];
    // Two tasks waiting at once resume on two turns, one each, in the order they asked.
    await Promise.all([always.pause()!.then(() => turnAt.push(counter.turn())), always.pause()!.then(() => turnAt.push(counter.turn()))]);
    counter.stop();
    expect(turnAt).toHaveLength(2);
    expect(turnAt[1]).toBeGreaterThan(turnAt[0]!);
  });

  it('gives all tasks together one budget per turn of the loop, not one each', async () => {
    const share = createLoopShare({ backgroundSliceMs: 4 });
    const counter = turnCounter();
    const logs: number[][] = [[], [], [], []];
    await Promise.all(logs.map((log) => task(share, 10, 1, counter.turn, log)));
    counter.stop();
    // 40 steps of 1 ms with a 4 ms budget: at most about 4-5 steps share one turn, whichever tasks they belong to.
    const perTurn = new Map<number, number>();
    for (const t of logs.flat()) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(6);
    expect(perTurn.size).toBeGreaterThanOrEqual(7);
  });

  it('shortens the slice while an update is in flight, and only for its hold time', async () => {
    // A long background slice, so that a busy machine pausing this process mid-test cannot spend it.
    const share = createLoopShare({ backgroundSliceMs: 1_000, foregroundSliceMs: 1, holdMs: 40 });
    await share.pause(); // a fresh turn when the budget starts
    const done = share.foreground();
    await new Promise<void>((resolve) => setImmediate(resolve));
    spin(2);
    expect(share.remainingMs()).toBeLessThanOrEqual(0);
    done();
    expect(share.remainingMs()).toBeGreaterThan(0);
    // An update held past its hold time no longer shortens the slice.
    share.foreground();
    spin(60);
    // ~60 ms into a 1 s turn, past the 40 ms hold: the background slice is back (with the 1 ms slice it would be spent).
    expect(share.remainingMs()).toBeGreaterThan(0);
  });
});
