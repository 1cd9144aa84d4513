/**
 * `npm run bench:broadcast`: one day's briefing to 10,000 subscribers through the production path
 * (app on a temporary SQLite file, as in production → digest service → Telegram sender with flood control and auto-retry → grammY Api)
 * against the fake Bot API with Telegram's limits scaled ×10 (300 msg/s overall).
 *
 * The fake runs in a child process by default, as Telegram is not in the bot's process: the RSS
 * figure is then Troika's own, and the fake's bookkeeping (a snapshot of all 10,000 messages with
 * their entities) and its CPU are not charged to the bot. `npm run bench:broadcast -- --in-process`
 * runs it in this process instead (RSS then includes the fake's records, and the fake competes for
 * this process's CPU).
 *
 * With `--readers N`, the real bot also runs (created as in main.ts, polling the fake through
 * @grammyjs/runner) and N reader chats send commands (/help, /latest, /digest, /china, /settings)
 * round-robin every `--every` ms while the pass goes on: the reply time (the fake's clock from the
 * reader's update to the bot's first message back), p50/p99, and the bot's event-loop stalls
 * (bench/lib/stalls.ts: wall and busy).
 *
 *   npm run bench:broadcast -- [--subscribers 10000] [--readers 0] [--every 50] [--in-process]
 *
 * Prints throughput against the allowed rate, 429s, duplicates, losses, peak RSS, reply times and
 * stalls, and PASS/FAIL against the targets; exits 1 on FAIL.
 */
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { run } from '@grammyjs/runner';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import type { LabelledArticle } from '../src/core/pipeline.js';
import type { Country, Stance, Topic } from '../src/core/types.js';
import { createLogger } from '../src/logger.js';
import { createDigestService } from '../src/services/digests.js';
import { createFakeBotApi, type FakeBotApi } from '../src/telegram/fake-bot-api.js';
import { createBot } from '../src/telegram/bot.js';
import { createTelegramSender, digestConcurrency } from '../src/telegram/notifier.js';
import { startStallMonitor } from './lib/stalls.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--fake-bot-api'),
  options: {
    subscribers: { type: 'string', default: '10000' },
    readers: { type: 'string', default: '0' },
    every: { type: 'string', default: '50' },
    'in-process': { type: 'boolean', default: false },
  },
});
const SUBSCRIBERS = Number(args.subscribers);
const READERS = Number(args.readers);
const READER_EVERY_MS = Number(args.every);
const SCALE = 10;
const ALLOWED_PER_SECOND = 30 * SCALE;
// Time: twice what the rate allows for one message per chat (60 s at 10,000 chats).
const TARGETS = { rateFraction: 0.9, duplicates: 0, losses: 0, tooManyFraction: 0.01, rssMb: 200, seconds: (SUBSCRIBERS / ALLOWED_PER_SECOND) * 1.8, replyP99Ms: 1000, stallMs: 100 };
const READER_COMMANDS = ['/help', '/latest', '/digest', '/china', '/settings'];
const FIRST_READER = 900_000_000;

/** Reply times the fake measured for the readers' commands. */
interface ReaderFigures {
  asked: number;
  answered: number;
  latenciesMs: number[];
}

/**
 * Readers sending commands into the fake, round-robin, one at a time per reader; the reply time
 * is from the update's creation to the first message the bot sends back to that chat.
 */
/** How long a command asked at the very end of the pass may still take to be answered (the p99 target is 1 s). */
const REPLY_GRACE_MS = 2_000;

function startReaders(fake: FakeBotApi, readers: number, everyMs: number): { stop(): Promise<ReaderFigures> } {
  const waiting = new Map<number, number>();
  const latenciesMs: number[] = [];
  let asked = 0;
  let next = 0;
  const off = fake.onOutgoing((event) => {
    if (event.kind !== 'send') return;
    const since = waiting.get(event.message.chat_id);
    if (since === undefined) return;
    latenciesMs.push(performance.now() - since);
    waiting.delete(event.message.chat_id);
  });
  const timer = setInterval(() => {
    const chat = FIRST_READER + (next % readers);
    const command = READER_COMMANDS[next % READER_COMMANDS.length]!;
    next++;
    if (waiting.has(chat)) return;
    waiting.set(chat, performance.now());
    asked++;
    fake.sendText(chat, chat, command);
  }, everyMs);
  return {
    // Commands asked in the pass's last moments are still owed their reply: they get up to
    // REPLY_GRACE_MS after the pass before they count as unanswered.
    async stop() {
      clearInterval(timer);
      const until = performance.now() + REPLY_GRACE_MS;
      while (waiting.size > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
      off();
      return { asked, answered: latenciesMs.length, latenciesMs };
    },
  };
}

/** What the fake saw, gathered where it runs. */
interface FakeFigures {
  /** Briefing messages (replies to readers not counted). */
  sent: number;
  replies: number;
  duplicates: number;
  chatsReached: number[];
  requests: number;
  tooMany: FakeBotApi['stats']['tooManyRequests'];
  peakRssMb: number;
}

/** Peak RSS of this process, sampled every 50 ms; `startMb` is the RSS when sampling began. */
function rssSampler(): { startMb: number; stop(): number } {
  let peak = process.memoryUsage().rss;
  const startMb = peak / (1024 * 1024);
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    startMb,
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / (1024 * 1024);
    },
  };
}

async function startFake(): Promise<FakeBotApi> {
  return createFakeBotApi({ limits: { scale: SCALE }, recordCalls: false });
}

function figuresOf(fake: FakeBotApi, peakRssMb: number): FakeFigures {
  const seen = new Set<string>();
  const chats = new Set<number>();
  let duplicates = 0;
  let replies = 0;
  for (const m of fake.sent) {
    // Replies to the readers are not briefings (and a reader asking /help twice gets the same text).
    if (m.chat_id >= FIRST_READER) {
      replies++;
      continue;
    }
    const key = `${m.chat_id}\u0000${m.text}`;
    if (seen.has(key)) duplicates++;
    else seen.add(key);
    chats.add(m.chat_id);
  }
  return {
    sent: fake.sent.length - replies,
    replies,
    duplicates,
    chatsReached: [...chats],
    requests: (fake.stats.byMethod.sendMessage ?? 0) - replies,
    tooMany: { ...fake.stats.tooManyRequests },
    peakRssMb,
  };
}

interface FakeHandle {
  apiRoot: string;
  token: string;
  where: string;
  startReaders(readers: number, everyMs: number): Promise<void>;
  stopReaders(): Promise<ReaderFigures>;
  collect(): Promise<FakeFigures>;
}

async function inProcessFake(): Promise<FakeHandle> {
  const fake = await startFake();
  let readers: { stop(): Promise<ReaderFigures> } | undefined;
  return {
    apiRoot: fake.apiRoot,
    token: fake.token,
    where: 'in this process',
    async startReaders(count, everyMs) {
      readers = startReaders(fake, count, everyMs);
    },
    async stopReaders() {
      return readers?.stop() ?? { asked: 0, answered: 0, latenciesMs: [] };
    },
    async collect() {
      const figures = figuresOf(fake, Number.NaN);
      await fake.close();
      return figures;
    },
  };
}

async function childProcessFake(): Promise<FakeHandle> {
  const child = fork(fileURLToPath(import.meta.url), ['--fake-bot-api'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<{ apiRoot: string; token: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`fake Bot API process exited (${code})`)));
    child.once('message', (msg: { type: string; apiRoot: string; token: string }) => resolve(msg));
  });
  const ask = <T>(message: object) =>
    new Promise<T>((resolve) => {
      child.once('message', (msg: { result: T }) => resolve(msg.result));
      child.send(message);
    });
  return {
    ...ready,
    where: `child process ${child.pid}`,
    startReaders: (readers, everyMs) => ask<void>({ type: 'readers', readers, everyMs }),
    stopReaders: () => ask<ReaderFigures>({ type: 'stop-readers' }),
    collect() {
      return new Promise<FakeFigures>((resolve) => {
        child.once('message', (msg: { type: string; figures: FakeFigures }) => resolve(msg.figures));
        child.send({ type: 'collect' });
      });
    },
  };
}

async function main(inProcess: boolean): Promise<void> {
  const rss = rssSampler();
  const fake = inProcess ? await inProcessFake() : await childProcessFake();
  const config = parseConfig({
    // A file database as in production (an in-memory one would count every ledger page as RSS).
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'troika-broadcast-')), 'bench.db'),
    LOG_LEVEL: 'silent',
    SEND_RATE_PER_SECOND: '290',
    SEND_GROUP_PER_MINUTE: String(20 * SCALE),
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
  });
  const logger = createLogger('silent');
  const app = createApp(config, logger, { seed: false });

  // ── a handful of relevant stories, first seen a few minutes ago ──
  const now = new Date();
  const seenAt = new Date(now.getTime() - 10 * 60_000);
  const feed = app.stores.feeds.insert({ url: 'bench://broadcast', name: 'Bench Wire', addedBy: 'bench', createdAt: seenAt });
  const stories: Array<{ title: string; countries: Country[]; stance: Stance; topics: Topic[]; text: string }> = [
    { title: 'US tightens export controls on advanced AI chips to China', countries: ['CN', 'US'], stance: 'competition', topics: ['chips-export-controls'], text: 'Washington widened restrictions on AI accelerators bound for Chinese buyers; Beijing called the move protectionist.' },
    { title: 'US and Chinese researchers co-author AI safety benchmark', countries: ['CN', 'US'], stance: 'cooperation', topics: ['research', 'governance-safety'], text: 'Scientists from American and Chinese labs published a joint evaluation suite for frontier model risks.' },
    { title: 'Russia and China sign pact on military AI development', countries: ['CN', 'RU'], stance: 'cooperation', topics: ['military'], text: 'Moscow and Beijing agreed to share research on autonomous systems, according to state media.' },
    { title: 'Sanctions bite as Russian labs seek Chinese GPUs', countries: ['CN', 'RU', 'US'], stance: 'mixed', topics: ['chips-export-controls', 'business'], text: 'Russian AI developers turn to Chinese suppliers as US sanctions restrict access to Nvidia hardware.' },
    { title: 'US and Russia trade accusations over AI-driven disinformation', countries: ['RU', 'US'], stance: 'competition', topics: ['governance-safety'], text: 'Officials in Washington and Moscow accused each other of using generative models in influence campaigns.' },
  ];
  const labelled: LabelledArticle[] = stories.map((s, i) => ({
    article: {
      itemKey: `bench-${i}`,
      dedupeKey: `https://example.com/bench/${i}`,
      link: `https://example.com/bench/${i}?utm_source=rss`,
      url: `https://example.com/bench/${i}`,
      title: s.title,
      text: s.text,
      lang: 'en',
      publishedAt: new Date(seenAt.getTime() - i * 3600_000),
      author: null,
      source: 'Bench Wire',
    },
    classification: {
      relevant: true,
      score: 0.9 - i * 0.05,
      countries: s.countries,
      stance: s.stance,
      topics: s.topics,
      evidence: { ai: ['AI'], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: ['bench'] },
    },
    summary: s.text,
  }));
  app.stores.items.storeArticles(feed.id, labelled, seenAt, 'Bench Wire');

  // ── the subscribers: private chats, all due at 00:00 UTC ──
  const chatIds: number[] = [];
  app.db.$client.transaction(() => {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const chatId = 100_000_000 + i;
      chatIds.push(chatId);
      app.stores.subscribers.subscribe({ chatId, chatType: 'private', title: null, digestTime: '00:00', timezone: 'UTC', now: seenAt });
    }
  })();

  const flood = { perSecond: config.SEND_RATE_PER_SECOND, groupPerMinute: config.SEND_GROUP_PER_MINUTE, perChatPerSecond: SCALE };
  // As in main.ts: the bot's API (flood control with the reply lane) carries the briefings too.
  const bot = createBot({ app, token: fake.token, apiRoot: fake.apiRoot, flood });
  const telegram = createTelegramSender(bot.api, { logger, ...flood });
  // Why sends failed, by description (the logger is silent): a failed send is retried by a later pass in production.
  const failures = new Map<string, number>();
  const sender: typeof telegram = {
    ...telegram,
    async sendHtml(chatId, html, options) {
      const result = await telegram.sendHtml(chatId, html, options);
      if (!result.ok) failures.set(`${result.kind}: ${result.description}`, (failures.get(`${result.kind}: ${result.description}`) ?? 0) + 1);
      return result;
    },
  };
  const digests = createDigestService({
    items: app.stores.items,
    stories: app.stores.stories,
    subscribers: app.stores.subscribers,
    deliveries: app.stores.deliveries,
    sender,
    now: () => new Date(),
    logger,
    translations: app.translations,
    // The same fan-out as `npm start` and `digest --send` use for this rate.
    fanOut: digestConcurrency({ perSecond: config.SEND_RATE_PER_SECOND }),
  });

  const runner = READERS > 0 ? run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] }, silent: true } }) : undefined;
  if (runner) {
    // Polling, and answered commands, so the bot is warm before the pass.
    await fake.startReaders(1, 200);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const warm = await fake.stopReaders();
    if (warm.answered === 0) throw new Error(`the bot answered none of ${warm.asked} commands before the pass`);
    await fake.startReaders(READERS, READER_EVERY_MS);
  }

  const stalls = startStallMonitor();
  const t0 = performance.now();
  const report = await digests.sendDue();
  const seconds = (performance.now() - t0) / 1000;
  const stall = stalls.stop();
  const rssMb = rss.stop();
  const readers = runner ? await fake.stopReaders() : undefined;
  if (runner?.isRunning()) await runner.stop();
  const seen = await fake.collect();
  app.close();

  // ── figures ──
  const reached = new Set(seen.chatsReached);
  // Every subscriber is due by construction (00:00 UTC, nothing sent today): each unreached chat is a loss,
  // whether the pass missed it as due or failed to deliver.
  const losses = chatIds.filter((id) => !reached.has(id)).length;
  const rate = seen.sent / seconds;
  const rateFraction = rate / ALLOWED_PER_SECOND;
  const tooManyFraction = seen.requests > 0 ? seen.tooMany.total / seen.requests : 0;

  const checks: Array<[string, boolean]> = [
    [`rate ≥ ${TARGETS.rateFraction * 100}% of ${ALLOWED_PER_SECOND}/s`, rateFraction >= TARGETS.rateFraction],
    ['0 duplicates', seen.duplicates <= TARGETS.duplicates],
    ['0 losses', losses <= TARGETS.losses && report.due === SUBSCRIBERS],
    [`429s ≤ ${TARGETS.tooManyFraction * 100}% of requests`, tooManyFraction <= TARGETS.tooManyFraction],
    [`peak RSS < ${TARGETS.rssMb} MB`, rssMb < TARGETS.rssMb],
    [`under ${TARGETS.seconds.toFixed(0)} s`, seconds < TARGETS.seconds],
  ];
  const latencies = [...(readers?.latenciesMs ?? [])].sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  if (readers) {
    checks.push([`reader replies p99 ≤ ${TARGETS.replyP99Ms} ms, all answered`, at(0.99) <= TARGETS.replyP99Ms && readers.answered === readers.asked]);
    checks.push([`event-loop stall (busy) ≤ ${TARGETS.stallMs} ms`, stall.busyMax <= TARGETS.stallMs]);
  }

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`broadcast: ${SUBSCRIBERS} subscribers${READERS ? ` and ${READERS} readers sending commands` : ''}, fake Bot API (${fake.where}) limits ×${SCALE} = ${ALLOWED_PER_SECOND} msg/s overall, pacer ${config.SEND_RATE_PER_SECOND}/s, fan-out ${digestConcurrency({ perSecond: config.SEND_RATE_PER_SECOND })}`);
  console.log(`  digest report      sent ${report.sent}, skipped ${report.skipped}, failed ${report.failed}, due ${report.due}`);
  if (failures.size > 0) console.log(`  failed sends       ${[...failures].map(([why, n]) => `${n} × ${why}`).join('; ')}`);
  console.log(`  messages sent      ${seen.sent}${seen.replies ? ` (and ${seen.replies} replies to readers)` : ''}`);
  console.log(`  elapsed            ${seconds.toFixed(2)} s`);
  console.log(`  rate               ${rate.toFixed(1)} msg/s = ${pct(rateFraction)} of allowed ${ALLOWED_PER_SECOND}/s`);
  console.log(`  429s               ${seen.tooMany.total} of ${seen.requests} requests (${pct(tooManyFraction)}; global ${seen.tooMany.global}, per chat ${seen.tooMany.perChat}, per group ${seen.tooMany.perGroup})`);
  console.log(`  duplicates         ${seen.duplicates}`);
  console.log(`  losses             ${losses} of ${chatIds.length} due`);
  console.log(`  peak RSS           ${rssMb.toFixed(1)} MB (${inProcess ? 'bot and fake' : 'bot'}; ${rss.startMb.toFixed(1)} MB at start: Node and modules${inProcess ? '' : `; fake process ${seen.peakRssMb.toFixed(1)} MB`})`);
  if (readers) {
    console.log(`  reader replies     ${readers.answered} of ${readers.asked} commands from ${READERS} readers (one every ${READER_EVERY_MS} ms): p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${(latencies[latencies.length - 1] ?? Number.NaN).toFixed(0)} ms`);
  }
  console.log(`  event-loop stalls  wall p99 ${stall.wallP99.toFixed(0)} ms, max ${stall.wallMax.toFixed(0)} ms; busy p99 ${stall.busyP99.toFixed(0)} ms, max ${stall.busyMax.toFixed(0)} ms (${stall.ticks} ticks)`);
  console.log(`  load average       ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const [name, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
  const pass = checks.every(([, ok]) => ok);
  console.log(pass ? 'PASS' : 'FAIL');
  process.exitCode = pass ? 0 : 1;
}

// ── child mode: just the fake Bot API, answering "collect" with its figures ──
if (process.argv[2] === '--fake-bot-api') {
  const rss = rssSampler();
  const fake = await startFake();
  // Never outlive the benchmark, even when it dies before collecting.
  process.on('disconnect', () => process.exit(0));
  let readers: { stop(): Promise<ReaderFigures> } | undefined;
  process.on('message', (msg: { type: string; readers?: number; everyMs?: number }) => {
    if (msg.type === 'readers') {
      readers = startReaders(fake, msg.readers!, msg.everyMs!);
      process.send!({ type: 'readers', result: null });
      return;
    }
    if (msg.type === 'stop-readers') {
      void (readers?.stop() ?? Promise.resolve({ asked: 0, answered: 0, latenciesMs: [] })).then((result) => process.send!({ type: 'stop-readers', result }));
      return;
    }
    if (msg.type !== 'collect') return;
    process.send!({ type: 'figures', figures: figuresOf(fake, rss.stop()) }, () => {
      void fake.close().then(() => process.disconnect());
    });
  });
  process.send!({ type: 'ready', apiRoot: fake.apiRoot, token: fake.token });
} else {
  await main(args['in-process']);
}
