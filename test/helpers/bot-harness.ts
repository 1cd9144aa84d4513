/**
 * The real bot (createBot) on grammY's real client, long polling the fake Bot API on loopback,
 * over an in-memory database. `say` pushes a message and resolves once the bot has handled it.
 */
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { LabelledArticle } from '../../src/core/pipeline.js';
import type { Country, Evidence, Lang, Stance, Topic } from '../../src/core/types.js';
import type { Story } from '../../src/db/item-store.js';
import { createLogger } from '../../src/logger.js';
import { createDigestService, type DigestService } from '../../src/services/digests.js';
import type { FetchFn } from '../../src/services/refresh-feeds.js';
import { createBot } from '../../src/telegram/bot.js';
import type { BotContext } from '../../src/telegram/context.js';
import { createFakeBotApi, type FakeBotApi, type FakeBotApiOptions, type SentMessage, type UserRef } from '../../src/telegram/fake-bot-api.js';
import { createTelegramSender, type FloodOptions, type TelegramSender } from '../../src/telegram/notifier.js';

export const ADMIN_ID = 1001;
export const READER_ID = 2002;

export interface Harness {
  fake: FakeBotApi;
  app: App;
  bot: Bot<BotContext>;
  sender: TelegramSender;
  digests: DigestService;
  /** A user writes `text` in `chat` (default: the user's private chat); resolves with the bot's new messages there. */
  say(text: string, options?: { chat?: number | { id: number; type?: 'group' | 'supergroup'; title?: string }; from?: UserRef }): Promise<SentMessage[]>;
  /** Press a button (by callback data) under a bot message; resolves once handled, with new messages in that chat. */
  click(message: SentMessage, data: string, from?: UserRef): Promise<SentMessage[]>;
  /** Resolves once an update has been handled. */
  handled(update: Update): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  fake?: FakeBotApiOptions;
  flood?: Partial<FloodOptions>;
  now?: () => Date;
  fetch?: FetchFn;
}

/** Start everything; by default limits are scaled up so tests are not paced to Telegram's real rates. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await createFakeBotApi({ limits: { scale: 100 }, ...options.fake });
  const config = parseConfig({ DATABASE_PATH: ':memory:', ADMIN_IDS: String(ADMIN_ID), LOG_LEVEL: 'silent', FEED_ALLOW_PRIVATE: 'true', ...options.env });
  const logger = createLogger('silent');
  const app = createApp(config, logger, { seed: false, ...(options.now ? { now: options.now } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) });
  const flood: FloodOptions = { perSecond: 1000, groupPerMinute: 6000, perChatPerSecond: 100, maxDelaySeconds: 5, ...options.flood };
  const bot = createBot({ app, token: fake.token, apiRoot: fake.apiRoot, flood });
  const sender = createTelegramSender(bot.api, { ...flood, logger });
  const digests = createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: app.now, logger, translations: app.translations, translator: app.translator, translationWaitMs: app.config.LLM_TIMEOUT_MS, trend: app.trend });

  const done = new Set<number>();
  const original = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, envelope) => {
    try {
      return await original(update, envelope);
    } finally {
      done.add(update.update_id);
    }
  };
  bot.catch((err) => {
    throw err.error;
  });
  const errors: unknown[] = [];
  const running = bot.start({ timeout: 10, drop_pending_updates: false }).catch((e: unknown) => errors.push(e));
  await fake.waitFor(() => (fake.stats.byMethod.getUpdates ?? 0) > 0);

  const handled = (update: Update) => fake.waitFor(() => done.has(update.update_id), 15_000).then(() => undefined);

  return {
    fake, app, bot, sender, digests, handled,
    async say(text, opts = {}) {
      const from = opts.from ?? READER_ID;
      const fromId = typeof from === 'number' ? from : from.id;
      const chat = opts.chat ?? fromId;
      const chatId = typeof chat === 'number' ? chat : chat.id;
      const before = fake.sent.length;
      await handled(fake.sendText(chat, from, text));
      return fake.sent.slice(before).filter((m) => m.chat_id === chatId);
    },
    async click(message, data, from = READER_ID) {
      const before = fake.sent.length;
      await handled(fake.clickButton(message, data, from));
      return fake.sent.slice(before).filter((m) => m.chat_id === message.chat_id);
    },
    async close() {
      if (bot.isRunning()) await bot.stop();
      await running;
      await fake.close();
      app.close();
      if (errors.length) throw errors[0];
    },
  };
}

const emptyEvidence = (): Evidence => ({ ai: [], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: [] });

let counter = 0;

/** Store hand-made stories (one feed per call) and return them as stored. */
export function storeStories(
  app: App,
  stories: Array<{ title: string; text?: string; lang?: Lang; countries?: Country[]; stance?: Stance | null; relevant?: boolean; score?: number; url?: string; evidence?: Partial<Evidence>; source?: string; topics?: Topic[] }>,
  now: Date = app.now(),
): Story[] {
  const feed = app.stores.feeds.insert({ url: `https://example.com/feed-${++counter}.xml`, name: `Feed ${counter}`, addedBy: 'test', createdAt: now });
  const labelled: LabelledArticle[] = stories.map((s, i) => {
    const url = s.url ?? `https://example.com/${counter}/${i}`;
    return {
      article: { itemKey: url, dedupeKey: url, link: url, url, title: s.title, text: s.text ?? s.title, lang: s.lang ?? 'en', publishedAt: new Date(now.getTime() - (i + 1) * 60_000), author: null, source: s.source ?? null },
      classification: { relevant: s.relevant ?? true, score: s.score ?? 0.8, countries: s.countries ?? ['CN', 'US'], stance: s.stance === undefined ? 'competition' : s.stance, topics: s.topics ?? [], evidence: { ...emptyEvidence(), ...s.evidence } },
      summary: s.text ?? s.title,
    };
  });
  const stored = app.stores.items.storeArticles(feed.id, labelled, now, `Feed ${counter}`);
  // As a refresh does: relevant items join (or start) stories.
  const grouped = new Map(app.stores.stories.assign(stored.filter((s) => s.relevant)).map((g) => [g.itemId, g.storyId]));
  return stored.map((s) => ({ ...s, storyId: grouped.get(s.id) ?? null }));
}
