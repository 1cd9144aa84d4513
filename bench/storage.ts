/**
 * `npm run bench:storage`: a month of a busy install on a file database. Each simulated day adds
 * 1,400 items (~10 % relevant, multilingual), grouped into stories as a refresh would, runs the
 * 08:00 due-briefing pass to 10,000 subscribers (eight preference variants) through the real digest
 * service with a sender that answers at once (the bot's own cost, no Telegram pacing), then the
 * daily retention pass. Prints per day the database size and growth, the pass time, messages per
 * second and the event-loop stall p99/max during the pass; at the end the start-up time (open,
 * migrations, statistics, app ready) on the final file.
 *
 *   npm run bench:storage -- [--days 30] [--subscribers 10000] [--items-per-day 1400] [--no-retention]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp, type App } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import type { Country, Stance } from '../src/core/types.js';
import { createLogger } from '../src/logger.js';
import { createDigestService, type MessageSender } from '../src/services/digests.js';
import { generateItems } from './lib/generate.js';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '30' },
    subscribers: { type: 'string', default: '10000' },
    'items-per-day': { type: 'string', default: '1400' },
    'no-retention': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
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

let messageId = 0;
const sender: MessageSender = { sendHtml: async () => ({ ok: true, messageId: ++messageId }) };
const digests = createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: () => now, logger, fanOut: 100 });

console.log(`bench:storage — ${DAYS} days × ${ITEMS_PER_DAY} items/day (~10 % relevant), ${SUBSCRIBERS} subscribers, retention ${values['no-retention'] ? 'off' : 'on'}; file ${path}`);
console.log('day  items    db MiB  +MiB/day  of it pass  pass s  msg/s   stall p99/max ms  prune ms');
let previous = fileBytes(app);
const passRates: number[] = [];
const stalls: number[] = [];
for (let day = 1; day <= DAYS; day++) {
  // The day's items, first seen over the 24 hours before this 08:00, then grouped into stories.
  const end = new Date(START + day * DAY);
  generateItems(app.db, { count: ITEMS_PER_DAY, start: new Date(end.getTime() - DAY), end, keyPrefix: `d${day}-`, seed: day });
  while (app.stores.stories.groupUngrouped() > 0);
  now = end;
  const beforePass = fileBytes(app);
  const before = messageId;
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const t0 = performance.now();
  const report = await digests.sendDue();
  const passMs = performance.now() - t0;
  lag.disable();
  const sent = messageId - before;
  const passBytes = fileBytes(app) - beforePass;
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
  const p99 = lag.percentile(99) / 1e6;
  const max = lag.max / 1e6;
  stalls.push(max);
  console.log(
    `${String(day).padStart(3)}  ${String(items).padStart(7)}  ${(bytes / MiB).toFixed(1).padStart(7)}  ${((bytes - previous) / MiB).toFixed(2).padStart(8)}  ${(passBytes / MiB).toFixed(2).padStart(10)}  ${(passMs / 1000).toFixed(2).padStart(6)}  ${Math.round(rate).toString().padStart(6)}  ${p99.toFixed(0).padStart(8)}/${max.toFixed(0).padEnd(7)}  ${Math.round(pruneMs).toString().padStart(8)}` +
      (report.failed ? `  (${report.failed} failed)` : '') + (sent === 0 ? `  (sent nothing: due ${report.due})` : ''),
  );
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
console.log(`final size ${(sizeEnd / MiB).toFixed(1)} MiB; pass rate median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} msg/s (min ${Math.round(sorted[0]!)}); worst stall ${Math.max(...stalls).toFixed(0)} ms`);
console.log(`start-up (open + migrations + app ready + first query), 3 runs: ${startups.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
