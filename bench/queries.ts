/**
 * `npm run bench:queries`: every query the bot runs for a reader's command or a briefing pass, at
 * 100,000 and 1,000,000 generated items (multilingual, ~10 % relevant, two years of 1,370 a day,
 * 50 feeds), p50 and p99 over repeated runs; and the start-up time on each file (open, migrations,
 * statistics, app ready, first query). Generated databases are cached in bench/.cache/ (gitignored;
 * the name carries the migration count, so a schema change regenerates them).
 *
 *   npm run bench:queries -- [--sizes 100000,1000000] [--runs 50] [--only /stats]
 *
 * `--only` keeps the queries whose name contains it (e.g. `--only /stats --runs 2000` for a p99 that
 * is not just the slowest of 50 runs on a busy machine).
 */
import { buildSearchQuery, indexAliases, searchAliasGroups } from '../src/core/search/index.js';
import { createSearchIndex } from '../src/db/search.js';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { closeDatabase, openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { createDigestService } from '../src/services/digests.js';
import { generateItems } from './lib/generate.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100000,1000000' }, runs: { type: 'string', default: '50' }, only: { type: 'string' } } });
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T08:00:00Z');

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
const cacheDir = join(root, 'bench', '.cache');
const migrations = (JSON.parse(readFileSync(join(root, 'migrations', 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

function cachedDatabase(count: number): string {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, `items-${count}-m${migrations}.db`);
  if (existsSync(path)) return path;
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const t = performance.now();
  const db = openDatabase(building);
  // Two years at the same daily rate as a busy install, ending just before NOW.
  const days = Math.ceil(count / 1370);
  generateItems(db, { count, start: new Date(NOW - days * DAY), end: new Date(NOW - 3600_000), feeds: 50, singletonStories: true, batch: 50_000 });
  // A thousand readers with ten days of briefings behind them.
  const sqlite = db.$client;
  const subscribe = sqlite.prepare("insert into subscribers (chat_id, chat_type, digest_time, timezone, last_digest_at) values (?, 'private', '08:00', 'UTC', ?)");
  const ledger = sqlite.prepare("insert into deliveries (chat_id, digest_date, item_ids, status, delivered, created_at, completed_at, parts_sent) values (?, ?, ?, 'sent', 1, ?, ?, 2)");
  const recent = sqlite.prepare('select id from items where relevant = 1 and first_seen_at >= ? order by first_seen_at limit 150').pluck().all(NOW - 10 * DAY) as number[];
  sqlite.transaction(() => {
    for (let chat = 1; chat <= 1000; chat++) {
      subscribe.run(chat, NOW - DAY);
      for (let d = 1; d <= 10; d++) {
        const date = new Date(NOW - d * DAY).toISOString().slice(0, 10);
        const sent = Array.from({ length: 15 }, (_, k) => recent[(d * 15 + k) % recent.length]!);
        ledger.run(chat, date, JSON.stringify(sent), NOW - d * DAY, NOW - d * DAY);
      }
    }
  })();
  sqlite.exec('analyze');
  closeDatabase(db);
  renameSync(building, path);
  console.log(`generated ${count} items in ${((performance.now() - t) / 1000).toFixed(0)} s → ${path} (${(statSync(path).size / 1024 / 1024).toFixed(0)} MiB)`);
  return path;
}

function time(fn: () => unknown): { p50: number; p99: number } {
  fn(); // warm the statement cache and the pages
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

const logger = createLogger('silent');
for (const size of SIZES) {
  const path = cachedDatabase(size);
  const startups: number[] = [];
  let app: App | undefined;
  for (let i = 0; i < 3; i++) {
    app?.close();
    const t = performance.now();
    app = createApp(parseConfig({ DATABASE_PATH: path, PIPELINE_WORKERS: '0' }), logger, { seed: false, now: () => new Date(NOW), integrityCheck: 'background' });
    app.stores.feeds.listWithHealth();
    startups.push(performance.now() - t);
  }
  const a = app!;
  const digests = createDigestService({ items: a.stores.items, stories: a.stores.stories, subscribers: a.stores.subscribers, deliveries: a.stores.deliveries, sender: { sendHtml: async () => ({ ok: true }) }, now: () => new Date(NOW), logger });
  const sqlite = a.db.$client;
  const relevantIds = sqlite.prepare('select id from items where relevant = 1 order by id desc limit 1000').pluck().all() as number[];
  const storyId = sqlite.prepare('select story_id from items where relevant = 1 and story_id is not null order by id desc limit 1').pluck().get() as number;
  const reader = a.stores.subscribers.get(1)!;
  let k = 0;
  const nextId = () => relevantIds[k++ % relevantIds.length]!;
  const now = new Date(NOW);
  const dayStart = new Date(NOW - 8 * 3600_000);
  const searchIndex = createSearchIndex(sqlite);
  const aliases = indexAliases(searchAliasGroups());
  const queries: Array<[string, () => unknown]> = [
    ['/feeds, feeds list', () => a.feedManager.list()],
    ['/stats', () => [a.stores.subscribers.counts(), a.stores.items.countSince(dayStart), a.stores.deliveries.countSentSince(dayStart), a.stores.runs.last()]],
    ['/latest', () => a.stores.items.latestRelevant({ limit: 10 })],
    ['/china', () => a.stores.items.latestRelevant({ limit: 10, country: 'CN' })],
    ['/digest', () => digests.composeNow(reader, now)],
    ['/why', () => a.stores.items.get(nextId())],
    ['/story', () => [a.stores.stories.get(storyId), a.stores.stories.members(storyId)]],
    // What the search worker runs (FTS5, see npm run bench:search), here on this thread.
    ['/search china', () => searchIndex.find(buildSearchQuery('china', aliases)!, 10, NOW)],
    ['/start, /settings (subscriber row)', () => a.stores.subscribers.get(1 + (k++ % 1000))],
    ['pass: candidates (shared per cutoff)', () => a.stores.items.digestCandidates({ seenAfter: new Date(NOW - DAY), datedAfter: new Date(NOW - 7 * DAY), backfillDatedAfter: new Date(NOW - 2 * DAY), limit: 500 })],
    ['pass: one chat (sent stories, ledger row)', () => [a.stores.deliveries.sentTo(1 + (k % 1000)), a.stores.deliveries.get(1 + (k++ % 1000), '2026-05-31')]],
    ['pass: full rows of 15 picked stories', () => a.stores.items.getMany(relevantIds.slice(0, 15))],
    ['pass: who is due (1,000 subscribers)', () => a.stores.subscribers.listActive()],
    ['refresh: feeds due', () => a.stores.feeds.due(now)],
    ['digest --preview (a day)', () => digests.preview('2026-05-30', 'UTC')],
  ];
  console.log(`\n${size.toLocaleString('en')} items (${(statSync(path).size / 1024 / 1024).toFixed(0)} MiB): start-up ${startups.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  // On a shared 2-core machine the p99 of a sub-millisecond query is mostly the wait for a core: the load says how busy it was.
  console.log(`query                                      p50 ms    p99 ms  (${RUNS} runs, load ${loadavg()[0]!.toFixed(1)})`);
  for (const [name, fn] of queries) {
    if (values.only && !name.includes(values.only)) continue;
    const { p50, p99 } = time(fn);
    console.log(`${name.padEnd(42)} ${p50.toFixed(2).padStart(7)}  ${p99.toFixed(2).padStart(8)}`);
  }
  a.close();
}
