/**
 * `npm run bench:trend`: /trend's chart for 52 weeks over 100,000 stored stories, rendered from
 * scratch (query → fold → Vega-Lite → SVG → PNG) many times; prints p50/p99, the PNG size and the
 * cost of a cached answer. Target: under 1 s for a fresh render.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPng } from '../src/charts/render-png.js';
import { weekStartOf } from '../src/core/trend.js';
import { openDatabase } from '../src/db/client.js';
import { createTrendStore } from '../src/db/trend-store.js';
import { createTrendService } from '../src/services/trend.js';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const now = new Date('2026-11-30T10:00:00Z');
const db = openDatabase(':memory:');
const sqlite = db.$client;
const COUNTRIES = ['CN,US', 'CN,US', 'CN,US', 'RU,US', 'CN,RU', 'CN,RU,US'];
const STANCES = ['competition', 'competition', 'cooperation', 'mixed', null];
const insert = sqlite.prepare('insert into stories (first_at, last_at, first_seen_at, last_seen_at, item_count, stance, countries) values (?, ?, ?, ?, 1, ?, ?)');
const span = 60 * 7 * 86_400_000; // a bit more than the chart: older stories must be left out
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const t0 = performance.now();
sqlite.transaction(() => {
  for (let i = 0; i < STORIES; i++) {
    const at = now.getTime() - Math.floor(random() * span);
    insert.run(at, at + 3_600_000, at, at + 3_600_000, STANCES[Math.floor(random() * STANCES.length)], COUNTRIES[Math.floor(random() * COUNTRIES.length)]);
  }
})();
console.log(`${STORIES.toLocaleString('en-US')} stories stored in ${Math.round(performance.now() - t0)} ms`);

const store = createTrendStore(db);
const times: number[] = [];
let png: Buffer = Buffer.alloc(0);
let caption = '';
for (let run = 0; run < RUNS + 2; run++) {
  // A new service per run: an empty cache, so each run renders from scratch.
  const service = createTrendService({ store, now: () => now, render: renderPng });
  const started = performance.now();
  const chart = await service.chart(52, run % 2 ? 'zh' : 'en');
  const ms = performance.now() - started;
  if (run >= 2) times.push(ms); // the first two warm up the JIT and load the font
  png = chart.png;
  if (!caption) caption = chart.caption;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const queryStart = performance.now();
for (let i = 0; i < 20; i++) store.weeklyCounts(new Date(weekStartOf(now) - 51 * 7 * 86_400_000), new Date(weekStartOf(now) + 7 * 86_400_000));
const queryMs = (performance.now() - queryStart) / 20;
const cachedService = createTrendService({ store, now: () => now, render: renderPng });
await cachedService.chart(52, 'en');
const cachedStart = performance.now();
await cachedService.chart(52, 'en');
const cachedMs = performance.now() - cachedStart;

console.log(`52-week chart, fresh render (${times.length} runs, en/zh alternating): p50 ${pct(50).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
console.log(`  of which the weekly query: ${queryMs.toFixed(1)} ms; cached answer: ${cachedMs.toFixed(2)} ms`);
console.log(`PNG: ${png.length.toLocaleString('en-US')} bytes (last run, zh)`);
console.log(`caption (en): ${caption}`);
const file = join(tmpdir(), 'troika-bench-trend.png');
writeFileSync(file, png);
console.log(`chart written to ${file}`);
console.log(pct(99) < 1000 ? 'OK: under 1 s' : 'SLOW: over 1 s');
