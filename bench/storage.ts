/**
 * `npm run bench:storage`: a month of a busy install on a file database. Each simulated day adds
 * 1,400 items (~10 % relevant, multilingual), grouped into stories as a refresh would, runs the
 * 08:00 due-briefing pass to 10,000 subscribers (eight preference variants) through the real digest
 * service with a sender that answers at once (the bot's own cost, no Telegram pacing), then the
 * daily retention pass. Prints per day the database size and growth, the pass time, messages per
 * second and the event-loop stall p99/max during the pass; at the end the start-up time (open,
 * migrations, statistics, app ready) on the final file.
 *
 *   npm run bench:storage -- [--days 30] [--subscribers 10000] [--items-per-day 1400] [--no-retention] [--tables] [--trace-stalls]
 *
 * `--tables`: after each day, what the pass added per table and index (bytes in use, from dbstat),
 * largest first. `--trace-stalls`: every store call is timed; when the loop is late by more than
 * 60 ms during a pass, the store calls that ran in that gap are printed (the rest of the gap is the
 * digest service's own work: selection and composition).
 *
 * `new st.` is how many stories the day's items opened. The generator repeats the same two dozen
 * headlines every day, so most of a day's items join stories still open from the days before (a
 * story spans up to 72 hours); a tenth of the relevant ones report the day's own event, so each day
 * has something new. A day that opens no story has nothing new for anyone (each chat already got
 * the open stories, which come back only once, under "Developing", when they grew a lot): the pass
 * then rightly sends nothing. Day keys are digits (`16-`), not `d16-`: the story grouping read
 * `d16` in every title as a product code all the day's items shared, chained the whole day into a
 * few stories opened the day before, and day 16 had no new story at all.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import type { Country, Stance } from '../src/core/types.js';
import { createLogger } from '../src/logger.js';
import { createDigestService, type MessageSender } from '../src/services/digests.js';
import { generateItems } from './lib/generate.js';
import { startStallMonitor, type StallFigures } from './lib/stalls.js';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '30' },
    subscribers: { type: 'string', default: '10000' },
    'items-per-day': { type: 'string', default: '1400' },
    'no-retention': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    tables: { type: 'boolean', default: false },
    'trace-stalls': { type: 'boolean', default: false },
  },
});
const DAYS = Number(values.days);
const SUBSCRIBERS = Number(values.subscribers);
const ITEMS_PER_DAY = Number(values['items-per-day']);
const DAY = 86_400_000;
const MiB = 1024 * 1024;
const START = Date.parse('2026-01-01T08:00:00Z');

const dir = mkdtempSync(join(tmpdir(), 'troika-bench-storage-'));
const path = join(dir, 'troika.db');
const logger = createLogger('warn');
let now = new Date(START);
const config = parseConfig({ DATABASE_PATH: path, PIPELINE_WORKERS: '0', LOG_LEVEL: 'warn' });

function fileBytes(app: App): number {
  app.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(path).size;
}

/** Bytes in use per table and index (payload + page headers, free space in pages not counted). */
function tableBytes(app: App): Map<string, number> {
  const rows = app.db.$client.prepare('select name, sum(pgsize - unused) as used from dbstat group by name').all() as Array<{ name: string; used: number }>;
  return new Map(rows.map((r) => [r.name, r.used]));
}

/** Store calls in the current turn of the loop, for --trace-stalls. */
const calls: Array<{ name: string; ms: number }> = [];
function traceStores(app: App): void {
  for (const [storeName, store] of Object.entries(app.stores)) {
    for (const key of Object.keys(store as object)) {
      const fn = (store as Record<string, unknown>)[key];
      if (typeof fn !== 'function') continue;
      (store as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
        const t = performance.now();
        try {
          return (fn as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          calls.push({ name: `${storeName}.${key}`, ms: performance.now() - t });
        }
      };
    }
  }
}
function startStallTrace(): () => void {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - 10;
    if (late > 60) {
      const byName = new Map<string, { n: number; ms: number; max: number }>();
      for (const c of calls) {
        const e = byName.get(c.name) ?? { n: 0, ms: 0, max: 0 };
        e.n++;
        e.ms += c.ms;
        e.max = Math.max(e.max, c.ms);
        byName.set(c.name, e);
      }
      const top = [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 5);
      const inStores = [...byName.values()].reduce((n, e) => n + e.ms, 0);
      console.log(`     stall ${late.toFixed(0)} ms: stores ${inStores.toFixed(0)} ms (${top.map(([n, e]) => `${n} ×${e.n} ${e.ms.toFixed(0)} ms, max ${e.max.toFixed(0)}`).join('; ')})`);
    }
    calls.length = 0;
    last = now;
  }, 10);
  return () => clearInterval(timer);
}

const VARIANTS: Array<{ countries: Country[]; stances: Stance[] }> = [
  { countries: ['CN', 'RU', 'US'], stances: ['cooperation', 'competition', 'mixed'] },
  { countries: ['CN', 'US'], stances: ['cooperation', 'competition', 'mixed'] },
  { countries: ['CN', 'RU'], stances: ['cooperation', 'competition', 'mixed'] },
  { countries: ['RU', 'US'], stances: ['cooperation', 'competition', 'mixed'] },
  { countries: ['CN', 'RU', 'US'], stances: ['competition'] },
  { countries: ['CN', 'RU', 'US'], stances: ['cooperation'] },
  { countries: ['CN', 'US'], stances: ['competition', 'mixed'] },
  { countries: ['CN', 'RU'], stances: ['cooperation', 'mixed'] },
];

let app = createApp(config, logger, { seed: false, now: () => now });
const subscribe = app.db.$client.transaction(() => {
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const chatId = 1_000_000 + i;
    app.stores.subscribers.subscribe({ chatId, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: new Date(START - DAY) });
    const v = VARIANTS[i % VARIANTS.length]!;
    app.stores.subscribers.updateSettings(chatId, v, new Date(START - DAY));
  }
});
subscribe();

if (values['trace-stalls']) traceStores(app);
let messageId = 0;
const sender: MessageSender = { sendHtml: async () => ({ ok: true, messageId: ++messageId }) };
const digests = createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: () => now, logger, fanOut: 100 });

console.log(`bench:storage — ${DAYS} days × ${ITEMS_PER_DAY} items/day (~10 % relevant), ${SUBSCRIBERS} subscribers, retention ${values['no-retention'] ? 'off' : 'on'}; file ${path}`);
console.log(`load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}; stalls: wall = how late a 10 ms timer fired, busy = the part of it this process was running (see bench/lib/stalls.ts)`);
console.log('day  items  new st.  db MiB  +MiB/day  of it pass  pass s  msg/s  wall p99/max  busy p99/max  prune ms');
let previous = fileBytes(app);
const passRates: number[] = [];
const stalls: StallFigures[] = [];
for (let day = 1; day <= DAYS; day++) {
  // The day's items, first seen over the 24 hours before this 08:00, then grouped into stories.
  const end = new Date(START + day * DAY);
  const storiesBefore = app.db.$client.prepare('select max(id) from stories').pluck().get() as number | null;
  generateItems(app.db, { count: ITEMS_PER_DAY, start: new Date(end.getTime() - DAY), end, keyPrefix: `${day}-`, seed: day, freshEvent: { index: day, share: 0.1 } });
  while (app.stores.stories.groupUngrouped() > 0);
  const newStories = app.db.$client.prepare('select count(*) from stories where id > ?').pluck().get(storiesBefore ?? 0) as number;
  now = end;
  const beforePass = fileBytes(app);
  const tablesBefore = values.tables ? tableBytes(app) : undefined;
  const before = messageId;
  const stopTrace = values['trace-stalls'] ? startStallTrace() : undefined;
  const lag = startStallMonitor();
  const t0 = performance.now();
  const report = await digests.sendDue();
  const passMs = performance.now() - t0;
  const stall = lag.stop();
  stopTrace?.();
  const sent = messageId - before;
  const passBytes = fileBytes(app) - beforePass;
  let grown = '';
  if (tablesBefore) {
    const after = tableBytes(app);
    const deltas = [...after].map(([name, used]) => [name, used - (tablesBefore.get(name) ?? 0)] as const).filter(([, d]) => d !== 0).sort((a, b) => b[1] - a[1]);
    grown = `     pass added: ${deltas.slice(0, 6).map(([name, d]) => `${name} ${(d / MiB).toFixed(2)}`).join(', ')} MiB`;
  }
  let pruneMs = 0;
  if (!values['no-retention']) {
    now = new Date(end.getTime() + 3600_000);
    const t1 = performance.now();
    await app.retention.run();
    pruneMs = performance.now() - t1;
  }
  const bytes = fileBytes(app);
  const items = app.db.$client.prepare('select count(*) from items').pluck().get() as number;
  const rate = sent / (passMs / 1000);
  passRates.push(rate);
  stalls.push(stall);
  console.log(
    `${String(day).padStart(3)}  ${String(items).padStart(7)}  ${String(newStories).padStart(7)}  ${(bytes / MiB).toFixed(1).padStart(7)}  ${((bytes - previous) / MiB).toFixed(2).padStart(8)}  ${(passBytes / MiB).toFixed(2).padStart(10)}  ${(passMs / 1000).toFixed(2).padStart(6)}  ${Math.round(rate).toString().padStart(6)}  ${`${stall.wallP99.toFixed(0)}/${stall.wallMax.toFixed(0)}`.padStart(11)}  ${`${stall.busyP99.toFixed(0)}/${stall.busyMax.toFixed(0)}`.padStart(10)}  ${Math.round(pruneMs).toString().padStart(8)}` +
      (report.failed ? `  (${report.failed} failed)` : '') + (sent === 0 ? `  (sent nothing: due ${report.due}${newStories === 0 ? '; the day opened no story, every chat already had the open ones' : ''})` : ''),
  );
  if (grown) console.log(grown);
  previous = bytes;
}
const sizeEnd = fileBytes(app);
app.close();

// Start-up on the final file: open, migrations, statistics, stories check, app ready (as main.ts does
// it on a clean start, the integrity check in the background), then one query.
const startups: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  app = createApp(config, logger, { seed: false, integrityCheck: 'background' });
  app.stores.feeds.listWithHealth();
  startups.push(performance.now() - t);
  app.close();
}
const sorted = [...passRates].sort((a, b) => a - b);
console.log(`final size ${(sizeEnd / MiB).toFixed(1)} MiB; pass rate median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} msg/s (min ${Math.round(sorted[0]!)}); worst stall wall ${Math.max(...stalls.map((s) => s.wallMax)).toFixed(0)} ms, busy ${Math.max(...stalls.map((s) => s.busyMax)).toFixed(0)} ms (p99 at most ${Math.max(...stalls.map((s) => s.busyP99)).toFixed(0)} ms); load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`start-up (open + migrations + app ready + first query), 3 runs: ${startups.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
