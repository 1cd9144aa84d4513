/**
 * Event-loop stalls during a benchmark, two ways. `wall`: how late a 10 ms timer fired (what a
 * reader waiting on the bot feels, including time the process sat preempted on a busy machine).
 * `busy`: the part of each late tick the process spent running (this process's CPU time over the
 * same gap, all threads): the synchronous work that blocked the loop. On an idle machine the two
 * agree; under load `wall` grows with everyone else's work and `busy` does not.
 */
export interface StallFigures {
  wallP99: number;
  wallMax: number;
  busyP99: number;
  busyMax: number;
  /** Ticks observed. */
  ticks: number;
}

const TICK_MS = 10;

export function startStallMonitor(): { stop(): StallFigures } {
  const wall: number[] = [];
  const busy: number[] = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const late = Math.max(0, now - last - TICK_MS);
    const ran = (cpu.user + cpu.system) / 1000;
    wall.push(late);
    // The delay the process spent running (not waiting for a core), never more than the delay itself.
    busy.push(Math.min(late, ran));
    last = now;
    lastCpu = process.cpuUsage();
    timer = setTimeout(tick, TICK_MS);
  };
  timer = setTimeout(tick, TICK_MS);
  const pct = (xs: number[], q: number) => {
    if (xs.length === 0) return 0;
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  return {
    stop() {
      clearTimeout(timer);
      tick();
      clearTimeout(timer);
      return { wallP99: pct(wall, 0.99), wallMax: Math.max(0, ...wall), busyP99: pct(busy, 0.99), busyMax: Math.max(0, ...busy), ticks: wall.length };
    },
  };
}
