/**
 * `npm run bench:refresh`: a reader's command while the bot refreshes 50 feeds (about 2,000 new items),
 * with 2 pipeline workers, with 1 (the default on 2 cores) and with none. The real bot (grammY polling the fake Bot API on loopback, the
 * app on a temporary database file) and the feeds (a local HTTP server) run in one child process per
 * configuration, so each peak RSS is that configuration's own.
 *
 * Readers (40 taking turns) send /latest, each 20 ms after the last answer, during the refresh; printed per configuration: reply latency
 * p50/p99/max, the event loop's longest stall (perf_hooks monitorEventLoopDelay), the refresh's time and
 * new items, and peak RSS (VmHWM). Target (issue 13): reply p99 ≤ 100 ms either way.
 *
 * Items come from the labelled corpus (../shared/corpus/dev, else the project's fixtures), 40 per feed,
 * each feed with its own links so every item is new. The feed documents are written by the parent, so
 * a child holds what the bot holds: it never reads the corpus itself, and it starts with the heap
 * limits `npm start` and main.ts set (src/heap.ts).
 */
import '../src/limit-heap.js';
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../src/core/types.js';
import { respond, startFeedServer } from '../test/helpers/feed-server.js';
import { READER_ID, startHarness } from '../test/helpers/bot-harness.js';

const FEEDS = 50;
const ITEMS_PER_FEED = 40;
const TARGET_P99_MS = 100;
const { values: args } = parseArgs({ options: { workers: { type: 'string' }, feeds: { type: 'string' }, documents: { type: 'string' } } });
const feedCount = Number(args.feeds ?? FEEDS);

interface Figures {
  workers: number;
  replies: number;
  p50: number;
  p99: number;
  max: number;
  stallMs: number;
  refreshMs: number;
  newItems: number;
  relevant: number;
  peakRssMb: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function feedXml(feed: number, articles: Article[], now: Date): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const a = articles[(feed * ITEMS_PER_FEED + i) % articles.length]!;
    const date = new Date(now.getTime() - (i + 1) * 600_000).toUTCString();
    return `<item><guid isPermaLink="false">f${feed}-i${i}</guid><title>${esc(a.title)}</title><link>https://news.example/${feed}/${i}</link><pubDate>${date}</pubDate><description>${esc(a.text)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://news.example/${feed}</link>${items.join('')}</channel></rss>`;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** The feed documents (feed-<n>.xml, the last one for the warm-up), written once by the parent. */
async function writeDocuments(folder: string, now: Date): Promise<void> {
  let root = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  const shared = join(root, '..', 'shared', 'corpus', 'dev');
  const corpus = existsSync(shared) ? shared : join(root, 'test', 'fixtures', 'feeds');
  if (corpus !== shared) console.log(`note: ${shared} not found; the feeds repeat the project's own fixtures instead`);
  const { readFeedArticles } = await import('../src/core/pipeline.js');
  const articles = (await Promise.all(readdirSync(corpus).filter((f) => f.endsWith('.xml')).sort().map((f) => readFeedArticles(readFileSync(join(corpus, f)), { now })))).flatMap((r) => r.articles);
  for (let f = 0; f <= feedCount; f++) writeFileSync(join(folder, `feed-${f}.xml`), feedXml(f, articles, now));
}

async function runOne(workers: number, documents: string): Promise<Figures> {
  const now = new Date();
  const document = (f: number) => readFileSync(join(documents, `feed-${f}.xml`));
  const server = await startFeedServer();
  for (let f = 0; f < feedCount; f++) server.route(`/feed/${f}.xml`, respond(document(f), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } }));
  const folder = mkdtempSync(join(tmpdir(), 'troika-bench-refresh-'));
  const h = await startHarness({ env: { DATABASE_PATH: join(folder, 'bench.db'), PIPELINE_WORKERS: String(workers), FETCH_CONCURRENCY: '4' } });
  // Warm up outside the measurement: the command's code paths, and the pool's workers on one feed of its own.
  server.route('/warm-up.xml', respond(document(feedCount), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } }));
  h.app.stores.feeds.insert({ url: server.url('/warm-up.xml'), addedBy: 'bench', createdAt: now });
  await h.app.refresher.refresh({ all: true });
  await h.say('/latest');
  for (let f = 0; f < feedCount; f++) h.app.stores.feeds.insert({ url: server.url(`/feed/${f}.xml`), addedBy: 'bench', createdAt: now });

  const delay = monitorEventLoopDelay({ resolution: 5 });
  const latencies: number[] = [];
  delay.enable();
  const started = performance.now();
  const refresh = h.app.refresher.refresh({ all: true });
  let done = false;
  void refresh.finally(() => {
    done = true;
  });
  while (!done) {
    // Timed on the fake's side: from the update being queued to the reply arriving (the fake checks
    // waiters on every call it records, so no polling interval is added).
    // Readers take turns: one reader would hit the per-user command limit (20 per 10 s) and be ignored.
    const reader = READER_ID + (latencies.length % 40);
    const before = h.fake.sent.length;
    const t = performance.now();
    let answeredAt = 0;
    h.fake.sendText(reader, reader, '/latest');
    await h.fake.waitFor(() => {
      if (answeredAt === 0 && h.fake.sent.slice(before).some((m) => m.chat_id === reader)) answeredAt = performance.now();
      return answeredAt > 0;
    }, 30_000);
    latencies.push(answeredAt - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  const report = await refresh;
  const refreshMs = performance.now() - started;
  delay.disable();
  await h.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const vmHwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  return {
    workers, replies: latencies.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? 0,
    stallMs: delay.max / 1e6, refreshMs, newItems: report.totals.newItems, relevant: report.totals.relevant, peakRssMb: vmHwm,
  };
}

if (args.workers !== undefined && args.documents !== undefined) {
  const figures = await runOne(Number(args.workers), args.documents);
  process.send?.(figures);
} else {
  const load = () => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/a');
  console.log(`refresh of ${feedCount} feeds × ${ITEMS_PER_FEED} items; readers send /latest (each 20 ms after the last answer); load average ${load()}`);
  let failed = false;
  const documents = mkdtempSync(join(tmpdir(), 'troika-bench-feeds-'));
  await writeDocuments(documents, new Date());
  // --workers 0 (or 2, or 2,1,0) picks the configurations; the child is told its own with --documents.
  for (const workers of (args.workers ?? '2,1,0').split(',').map(Number)) {
    // Started as `npm start` starts the bot (--max-semi-space-size=1, see src/heap.ts).
    const child = fork(fileURLToPath(import.meta.url), ['--workers', String(workers), '--feeds', String(feedCount), '--documents', documents], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--max-semi-space-size=1'] });
    const figures = await new Promise<Figures>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Figures));
      child.once('exit', (code) => reject(new Error(`the ${workers}-worker run exited with ${code}`)));
    });
    const f = (x: number) => x.toFixed(0);
    const pass = figures.p99 <= TARGET_P99_MS;
    failed ||= !pass;
    console.log(
      `${String(workers)} workers: reply p50 ${f(figures.p50)} ms, p99 ${f(figures.p99)} ms, max ${f(figures.max)} ms (${figures.replies} replies); ` +
        `longest stall ${f(figures.stallMs)} ms; refresh ${f(figures.refreshMs)} ms, ${figures.newItems} new items (${figures.relevant} relevant); ` +
        `peak RSS ${f(figures.peakRssMb)} MB — ${pass ? 'PASS' : 'FAIL'} (p99 ≤ ${TARGET_P99_MS} ms)`,
    );
  }
  rmSync(documents, { recursive: true, force: true });
  console.log(`load average at the end: ${load()}`);
  process.exitCode = failed ? 1 : 0;
}
