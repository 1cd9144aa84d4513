/**
 * Composition root for `npm start`: config → logger → database (+ migrations) → services →
 * bot + scheduler; clean shutdown on SIGINT/SIGTERM.
 */
import './limit-heap.js'; // first: before anything allocates
import { createServer } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { GrammyError, type Bot } from 'grammy';
import { createApp, type App } from './app.js';
import { loadConfigOrExit } from './config.js';
import { escapeHtml } from './core/telegram-html.js';
import { DatabaseOpenError, prepareDatabaseFolder } from './db/client.js';
import { acquireInstanceLock, InstanceLockError } from './db/instance-lock.js';
import { createLogger } from './logger.js';
import { startScheduler } from './scheduler.js';
import { createDigestService } from './services/digests.js';
import { createBot, publishCommands } from './telegram/bot.js';
import type { BotContext } from './telegram/context.js';
import { createTelegramSender, digestConcurrency } from './telegram/notifier.js';
import { connectToTelegram, TelegramUnauthorizedError } from './telegram/connect.js';
import { requireBotToken, TokenError } from './telegram/token.js';
import { createWebhookHandler } from './telegram/webhook.js';

function fail(message: string, code: number): never {
  process.stderr.write(`troika: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  let token: string;
  try {
    token = requireBotToken(config);
  } catch (error) {
    if (error instanceof TokenError) fail(error.message, 2);
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL, [token, config.WEBHOOK_SECRET, config.LLM_API_KEY]);

  let lock: { release: () => void; unclean: boolean };
  try {
    // A missing database folder is created when its parent is writable; anything else wrong with it
    // (a file in the way, read-only, no permission) stops here with one line naming the folder.
    const { created } = prepareDatabaseFolder(config.DATABASE_PATH);
    if (created) logger.info({ folder: created }, 'created the database folder');
    lock = acquireInstanceLock(config.DATABASE_PATH);
  } catch (error) {
    if (error instanceof InstanceLockError || error instanceof DatabaseOpenError) fail(error.message, 1);
    throw error;
  }

  // Signal handlers come first, so Ctrl-C at any point of start-up (a slow database check, Telegram
  // unreachable) stops cleanly and releases the lock. Each step below registers its own stop.
  let stopping = false;
  const stopping$ = new AbortController();
  const stops: Array<() => Promise<unknown> | unknown> = [];
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopping$.abort();
    logger.info({ signal }, 'shutting down');
    // Stop taking updates; let the ones in flight (webhook requests, polled updates), the
    // scheduled jobs and a refresh in progress finish before the database closes (in reverse order of start).
    for (const stop of stops.reverse()) await Promise.resolve().then(stop).catch((err: unknown) => logger.warn({ err }, 'shutdown step failed'));
    lock.release();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let bot: Bot<BotContext> | undefined;
  let app: App;
  try {
    app = createApp(config, logger, {
      // A stale lock means an unclean shutdown: check before writing; otherwise check while starting.
      integrityCheck: lock.unclean ? 'before-start' : 'background',
      onDatabaseDamaged: async (problems) => {
        for (const adminId of config.ADMIN_IDS) {
          await bot?.api
            .sendMessage(adminId, `⚠️ The database integrity check found damage:\n${escapeHtml(problems.slice(0, 5).join('\n'))}\nStop Troika and restore a backup (troika backup makes one; troika check checks a file).`, { parse_mode: 'HTML' })
            .catch((err: unknown) => logger.warn({ err, admin_id: adminId }, 'could not tell an admin about database damage'));
        }
      },
      onFeedDisabled: async (feed, error) => {
        for (const adminId of config.ADMIN_IDS) {
          await bot?.api
            .sendMessage(adminId, `⚠️ Feed ${feed.id} (${escapeHtml(feed.name ?? feed.title ?? feed.url)}) was disabled after repeated failures.\nLast error: ${escapeHtml(error)}\nResume it with /resumefeed ${feed.id}`, { parse_mode: 'HTML' })
            .catch((err: unknown) => logger.warn({ err, admin_id: adminId }, 'could not tell an admin about a disabled feed'));
        }
      },
    });
  } catch (error) {
    lock.release();
    if (error instanceof DatabaseOpenError) fail(error.message, 1);
    throw error;
  }

  stops.push(() => app.close());
  bot = createBot({ app, token });
  const sender = createTelegramSender(bot.api, { perSecond: config.SEND_RATE_PER_SECOND, groupPerMinute: config.SEND_GROUP_PER_MINUTE, perChatPerSecond: 1, logger });
  const digests = createDigestService({
    items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: app.now, logger, trend: app.trend,
    fanOut: digestConcurrency({ perSecond: config.SEND_RATE_PER_SECOND, perChatPerSecond: 1 }),
    translations: app.translations, translator: app.translator, translationWaitMs: config.LLM_TIMEOUT_MS,
  });

  try {
    // Retries with backoff, one log line per failure naming the host and the reason.
    await connectToTelegram(bot, { apiRoot: config.TELEGRAM_API_ROOT, logger, signal: stopping$.signal });
  } catch (error) {
    if (stopping) return; // Ctrl-C while connecting: shutdown() finishes the job.
    lock.release();
    app.close();
    if (error instanceof TelegramUnauthorizedError) fail('Telegram rejected BOT_TOKEN (401 Unauthorized). Check the token with @BotFather.', 2);
    throw error;
  }
  await publishCommands(bot.api, config.ADMIN_IDS, app.translations, logger).catch((err: unknown) => logger.warn({ err }, 'could not register the command list'));

  const scheduler = startScheduler(
    [
      { name: 'refresh', cron: config.FETCH_CRON, run: () => app.refresher.refresh() },
      { name: 'digests', cron: '* * * * *', run: () => digests.sendDue() },
      { name: 'retention', cron: config.PRUNE_CRON, run: () => app.retention.run() },
    ],
    logger,
  );
  stops.push(() => Promise.allSettled([scheduler.stop(), app.refresher.running()]));
  // First refresh right away, so a new install has stories without waiting for the cron.
  void app.refresher.refresh().catch((err: unknown) => logger.error({ err, job: 'refresh' }, 'initial refresh failed'));

  let server: ReturnType<typeof createServer> | undefined;

  if (config.BOT_MODE === 'webhook') {
    // Secret first, body capped at 1 MB, answered 200 even when handling fails (see webhook.ts).
    const handle = createWebhookHandler(bot, { secretToken: config.WEBHOOK_SECRET!, logger });
    server = createServer((req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(req.url === '/healthz' ? 200 : 404).end(req.url === '/healthz' ? 'ok' : undefined);
        return;
      }
      handle(req, res);
    });
    await new Promise<void>((resolve) => {
      server!.once('error', (err: NodeJS.ErrnoException) => {
        app.close();
        lock.release();
        fail(err.code === 'EADDRINUSE' ? `port ${config.PORT} is already in use; set PORT to a free port` : `cannot listen on port ${config.PORT}: ${err.message}`, 1);
      });
      server!.listen(config.PORT, () => resolve());
    });
    stops.push(() => new Promise<void>((resolve) => server!.close(() => resolve())));
    logger.info({ port: config.PORT }, 'webhook server listening');
    try {
      await bot.api.setWebhook(config.WEBHOOK_URL!, { secret_token: config.WEBHOOK_SECRET!, allowed_updates: ['message', 'callback_query', 'my_chat_member'] });
    } catch (error) {
      server.close();
      await scheduler.stop();
      app.close();
      lock.release();
      fail(`Telegram did not accept the webhook ${config.WEBHOOK_URL}: ${(error as Error).message}. Check WEBHOOK_URL (public https) and the network, then start again.`, 1);
    }
    logger.info({ url: config.WEBHOOK_URL }, 'webhook set');
    return;
  }
  await bot.api.deleteWebhook().catch(() => undefined);
  // Updates are handled concurrently, one chat at a time in order (sequentialize in createBot): a
  // slow reply to one chat never holds up another.
  const runner: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: ['message', 'callback_query', 'my_chat_member'] }, retryInterval: 3000, silent: true },
  });
  stops.push(async () => {
    if (runner.isRunning()) await runner.stop();
    // Let updates already taken finish (bounded: a hung one must not keep the process alive).
    const until = Date.now() + 10_000;
    while (runner.size() > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  logger.info({ bot: bot.botInfo.username }, 'bot started (long polling)');
  try {
    await runner.task();
  } catch (error) {
    if (stopping) return;
    if (error instanceof GrammyError && error.error_code === 409) {
      logger.error('another instance is polling with this bot token (409 Conflict)');
      await scheduler.stop();
      app.close();
      lock.release();
      fail('another instance of this bot is already running with the same token (Telegram answered 409 Conflict). Stop it first.', 1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`troika: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
