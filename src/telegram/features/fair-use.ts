/**
 * Fair use under load, registered before every other feature:
 * - one person may send at most COMMAND_LIMIT messages or button presses per COMMAND_WINDOW_MS;
 *   the excess is dropped on arrival, with one short notice (at most one per NOTICE_EVERY_MS);
 * - updates of one chat are handled one after another, in order (`sequentialize`), while other
 *   chats' updates run concurrently (with @grammyjs/runner in polling mode, and in webhook mode);
 * - commands inside forwarded messages are not run.
 * Membership updates (my_chat_member) are never limited: they keep the subscriber list right.
 */
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Composer, type Context } from 'grammy';
import type { Logger } from '../../logger.js';

export const COMMAND_LIMIT = 20;
export const COMMAND_WINDOW_MS = 10_000;
const NOTICE_EVERY_MS = 60_000;
/** The notices' locale keys (locales/*.ftl). */
export const SLOW_DOWN_KEY = 'slow-down';
export const FORWARDED_COMMAND_KEY = 'forwarded-command';

/** Per-chat order key (callback queries and messages of one chat share it). */
export function chatKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

/** `notice` writes a one-line notice by key in the chat's language (the locale middleware has not run yet). */
export function fairUseFeature(logger: Logger, notice: (ctx: Context, key: string) => string, now: () => number = Date.now): Composer<Context> {
  const composer = new Composer<Context>();
  const noticed = new Map<number, number>();
  // The limit counts on arrival, before the per-chat queue: behind it, a flood would be served
  // slowly but completely as each window reset.
  composer.use(
    limit<Context, never>({
      timeFrame: COMMAND_WINDOW_MS,
      limit: COMMAND_LIMIT,
      // Only what a person sends counts; membership changes always go through.
      keyGenerator: (ctx) => (ctx.message || ctx.callbackQuery ? ctx.from?.id.toString() : undefined),
      onLimitExceeded: async (ctx) => {
        const userId = ctx.from!.id;
        const t = now();
        logger.warn({ user_id: userId, chat_id: ctx.chat?.id }, 'rate limit: updates from this user dropped');
        if ((noticed.get(userId) ?? -Infinity) > t - NOTICE_EVERY_MS) return;
        if (noticed.size > 10_000) noticed.clear();
        noticed.set(userId, t);
        const text = notice(ctx, SLOW_DOWN_KEY);
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text }).catch(() => undefined);
        else await ctx.reply(text).catch(() => undefined);
      },
    }),
  );
  composer.use(sequentialize(chatKey));
  // A forwarded "/pausefeed 1" is someone else's words: running it would act with the forwarder's
  // rights on text they did not write. Private chats get a hint; groups stay quiet.
  composer.on('message', async (ctx, next) => {
    const forwarded = ctx.message.forward_origin !== undefined || (ctx.message as { forward_date?: number }).forward_date !== undefined;
    const command = ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? /^\//.test(ctx.message.text ?? '');
    if (!forwarded || !command) return next();
    logger.info({ chat_id: ctx.chat.id, user_id: ctx.from?.id }, 'forwarded command not run');
    if (ctx.chat.type === 'private') await ctx.reply(notice(ctx, FORWARDED_COMMAND_KEY));
  });
  return composer;
}
