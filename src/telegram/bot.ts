/**
 * The Telegram bot: a thin shell that parses a command, calls a service, formats the reply.
 *
 *   createBot(deps: BotDeps): Bot
 *   publishCommands(api: Api, adminIds: readonly number[], translations: Translations, logger?: Logger): Promise<void>   (from ./commands.js)
 *
 * Usage (composition root):
 *   const bot = createBot({ app, token: config.BOT_TOKEN! });
 *   const sender = createTelegramSender(bot.api, { perSecond, groupPerMinute, logger });  // same limiter
 *   await publishCommands(bot.api, config.ADMIN_IDS, app.translations, logger);
 *   void bot.start();   // or webhookCallback(bot, ...) in webhook mode
 *
 * createBot installs flood control and auto-retry on bot.api (installFloodControl, once per Api), so
 * replies and briefings share one pacer. The locale middleware runs first and gives every feature
 * `ctx.locale` and `ctx.t` (messages from locales/*.ftl). Features live in ./features/*.ts, each a
 * Composer; the fallback is registered last; unexpected errors reach bot.catch and are logged with context.
 */
import { telegramClient } from './connection.js';
import { Bot, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { App } from '../app.js';
import { mainLoop } from '../loop-share.js';
import { createDigestService, type DigestService } from '../services/digests.js';
import type { BotContext } from './context.js';
import type { FeatureDeps } from './deps.js';
import { adminFeature } from './features/admin.js';
import { channelsFeature } from './features/channels.js';
import { fairUseFeature } from './features/fair-use.js';
import { fallbackFeature } from './features/fallback.js';
import { languageFeature } from './features/language.js';
import { membershipFeature } from './features/membership.js';
import { opmlFeature } from './features/opml.js';
import { readerFiltersFeature } from './features/reader-filters.js';
import { settingsFeature, settingsPromptClosing } from './features/settings.js';
import { startFeature } from './features/start.js';
import { storiesFeature } from './features/stories.js';
import { trendFeature } from './features/trend.js';
import { subscriptionFeature } from './features/subscription.js';
import { localeMiddleware, resolveChatLocale } from './locale.js';
import { createTelegramSender, installFloodControl, type FloodOptions } from './notifier.js';

export { publishCommands } from './commands.js';

const STALE_QUERY = /query is too old|query ID is invalid/i;

export interface BotDeps {
  app: App;
  /** Bot token (the console uses the fake API's token). */
  token: string;
  /** Bot API root; default app.config.TELEGRAM_API_ROOT. */
  apiRoot?: string;
  /** Known bot user, to skip getMe at start (tests, webhook cold starts). */
  botInfo?: UserFromGetMe;
  /** Digest service for /digest; by default one over this bot's own sender. */
  digests?: DigestService;
  /** Bot admins; default app.config.ADMIN_IDS (the console adds its user). */
  adminIds?: readonly number[];
  /** Flood-control overrides (default from config: SEND_RATE_PER_SECOND, SEND_GROUP_PER_MINUTE, 1/s per chat). */
  flood?: Partial<FloodOptions>;
}

/** Build the bot with every feature wired; does not start it. */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const { app } = deps;
  const config = app.config;
  const bot = new Bot<BotContext>(deps.token, {
    // A bounded wait per call, and no request into a connection the server closed while the loop was busy.
    client: telegramClient(deps.apiRoot ?? config.TELEGRAM_API_ROOT),
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  const flood: FloodOptions = { perSecond: config.SEND_RATE_PER_SECOND, groupPerMinute: config.SEND_GROUP_PER_MINUTE, perChatPerSecond: 1, ...deps.flood };
  installFloodControl(bot.api, flood);
  // A button pressed before a restart or downtime: Telegram no longer takes an answer to it. The
  // press is still handled; only the answer is skipped, quietly.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === 'answerCallbackQuery' && !result.ok && result.error_code === 400 && STALE_QUERY.test(result.description)) {
      app.logger.debug({ description: result.description }, 'stale callback query not answered');
      return { ok: true, result: true as never };
    }
    return result;
  });

  const digests =
    deps.digests ??
    createDigestService({
      items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries,
      sender: createTelegramSender(bot.api, { ...flood, logger: app.logger }), now: app.now, logger: app.logger, translations: app.translations,
      translator: app.translator, translationWaitMs: config.LLM_TIMEOUT_MS, trend: app.trend,
    });
  const features: FeatureDeps = { app, digests, adminIds: deps.adminIds ?? config.ADMIN_IDS };

  // While an update is handled, the refresh's work on this thread yields after every millisecond.
  bot.use(async (_ctx, next) => {
    const handled = mainLoop.foreground();
    try {
      await next();
    } finally {
      handled();
    }
  });
  bot.use(fairUseFeature(app.logger, (ctx, key) => app.translations.t(resolveChatLocale(app, ctx), key)));
  bot.use(membershipFeature(features));
  bot.use(localeMiddleware(app));
  bot.use(settingsPromptClosing(features));
  bot.use(channelsFeature(features));
  bot.use(startFeature(features));
  bot.use(subscriptionFeature(features));
  bot.use(readerFiltersFeature(features));
  bot.use(settingsFeature(features));
  bot.use(languageFeature(features));
  bot.use(storiesFeature(features));
  bot.use(trendFeature(features));
  const apiRoot = deps.apiRoot ?? config.TELEGRAM_API_ROOT;
  bot.use(opmlFeature(features, (path) => `${apiRoot}/file/bot${deps.token}/${path}`));
  bot.use(adminFeature(features));
  bot.use(fallbackFeature());

  bot.catch((err) => {
    const ctx = err.ctx;
    // A reader who blocked the bot or left a group while their update was handled: not a fault.
    const gone = err.error instanceof GrammyError && err.error.error_code === 403;
    app.logger[gone ? 'warn' : 'error'](
      { err: err.error, update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id, text: ctx.message?.text?.slice(0, 100) ?? ctx.callbackQuery?.data },
      'update handling failed',
    );
  });
  return bot;
}
