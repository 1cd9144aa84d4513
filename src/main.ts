/**
 * Composition root for `npm start`: config → logger → database (+ migrations) → services →
 * bot + scheduler; clean shutdown on SIGINT/SIGTERM.
 */
import { createServer } from 'node:http';
import { GrammyError, webhookCallback, type Bot } from 'grammy';
import { createApp, type App } from './app.js';
import { loadConfigOrExit } from './config.js';
import { escapeHtml } from './core/telegram-html.js';
import { DatabaseOpenError } from './db/client.js';
import { acquireInstanceLock, InstanceLockError } from './db/instance-lock.js';
import { createLogger } from './logger.js';
import { startScheduler } from './scheduler.js';
import { createDigestService } from './services/digests.js';
import { createBot, publishCommands } from './telegram/bot.js';
import { createTelegramSender, digestConcurrency } from './telegram/notifier.js';
import { requireBotToken, TokenError } from './telegram/token.js';

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
  const logger = createLogger(config.LOG_LEVEL, [token, config.WEBHOOK_SECRET]);

  let lock: { release: () => void };
  try {
    lock = acquireInstanceLock(config.DATABASE_PATH);
  } catch (error) {
    if (error instanceof InstanceLockError) fail(error.message, 1);
    throw error;
  }

  let bot: Bot | undefined;
  let app: App;
  try {
    app = createApp(config, logger, {
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

  bot = createBot({ app, token });
  const sender = createTelegramSender(bot.api, { perSecond: config.SEND_RATE_PER_SECOND, groupPerMinute: config.SEND_GROUP_PER_MINUTE, perChatPerSecond: 1, logger });
  const digests = createDigestService({
    items: app.stores.items, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: app.now, logger,
    fanOut: digestConcurrency({ perSecond: config.SEND_RATE_PER_SECOND, perChatPerSecond: 1 }),
  });

  try {
    await bot.init();
  } catch (error) {
    lock.release();
    app.close();
    if (error instanceof GrammyError && error.error_code === 401) fail('Telegram rejected BOT_TOKEN (401 Unauthorized). Check the token with @BotFather.', 2);
    fail(`cannot reach the Telegram Bot API at ${config.TELEGRAM_API_ROOT}: ${(error as Error).message}`, 1);
  }
  await publishCommands(bot.api, config.ADMIN_IDS, logger).catch((err: unknown) => logger.warn({ err }, 'could not register the command list'));

  const scheduler = startScheduler(
    [
      { name: 'refresh', cron: config.FETCH_CRON, run: () => app.refresher.refresh() },
      { name: 'digests', cron: '* * * * *', run: () => digests.sendDue() },
      { name: 'retention', cron: config.PRUNE_CRON, run: () => app.retention.run() },
    ],
    logger,
  );
  // First refresh right away, so a new install has stories without waiting for the cron.
  void app.refresher.refresh().catch((err: unknown) => logger.error({ err, job: 'refresh' }, 'initial refresh failed'));

  let server: ReturnType<typeof createServer> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop taking updates; let the ones in flight (webhook requests, the polled batch), the
    // scheduled jobs and a refresh in progress finish before the database closes.
    const serverClosed = server ? new Promise<void>((resolve) => server!.close(() => resolve())) : Promise.resolve();
    await Promise.allSettled([bot!.isRunning() ? bot!.stop() : Promise.resolve(), scheduler.stop(), serverClosed, app.refresher.running()]);
    app.close();
    lock.release();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.BOT_MODE === 'webhook') {
    // Answer Telegram before its own timeout and keep handling the update: a slow /addfeed must
    // neither crash the process (grammY's default throws after 10 s) nor be delivered twice.
    const handle = webhookCallback(bot, 'http', { secretToken: config.WEBHOOK_SECRET!, onTimeout: 'return', timeoutMilliseconds: 50_000 });
    server = createServer((req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(req.url === '/healthz' ? 200 : 404).end(req.url === '/healthz' ? 'ok' : undefined);
        return;
      }
      handle(req, res).catch((err: unknown) => {
        logger.error({ err }, 'webhook request failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => {
      server!.once('error', (err: NodeJS.ErrnoException) => {
        app.close();
        lock.release();
        fail(err.code === 'EADDRINUSE' ? `port ${config.PORT} is already in use; set PORT to a free port` : `cannot listen on port ${config.PORT}: ${err.message}`, 1);
      });
      server!.listen(config.PORT, () => resolve());
    });
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
  logger.info({ bot: bot.botInfo.username }, 'bot started (long polling)');
  try {
    await bot.start({ allowed_updates: ['message', 'callback_query', 'my_chat_member'] });
  } catch (error) {
    // SIGINT/SIGTERM while polling was starting: bot.stop() aborted the start-up calls (grammY
    // rejects with "Aborted delay"); shutdown() is finishing the job and exits 0.
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
