/**
 * Delivery to Telegram: the `MessageSender` port of the digest service, over grammY's `Api`.
 *
 *   createTelegramSender(api: Api, options: SenderOptions): TelegramSender
 *   installFloodControl(api: Api, options: FloodOptions): void
 *
 * `createTelegramSender` installs flood control (a pacer in front of every sendMessage-like call:
 * global rate, ~1 msg/s per chat, N/min per group) and `@grammyjs/auto-retry` (429 and 5xx, with
 * bounded attempts and delay) on the given `api`, once per Api object. Pass `bot.api` so the bot's
 * replies and the briefings share one limiter. Outcomes are values (`SendResult`), never throws.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { GrammyError, HttpError } from 'grammy';
import type { Api, Transformer } from 'grammy';
import type { Logger } from '../logger.js';
import type { MessageSender, SendResult } from '../services/digests.js';

export interface FloodOptions {
  /** Messages per second overall (keep just under Telegram's ~30). */
  perSecond: number;
  /** Messages per minute into one group or supergroup (Telegram: 20). */
  groupPerMinute: number;
  /** Messages per second into one chat (Telegram: about 1). */
  perChatPerSecond?: number;
  /** auto-retry: most retries of one call (default 3). */
  maxRetryAttempts?: number;
  /** auto-retry: longest retry_after honoured, in seconds (default 30); longer waits fail the call. */
  maxDelaySeconds?: number;
}

export interface SenderOptions extends FloodOptions {
  logger: Logger;
}

export interface TelegramSender extends MessageSender {
  /** Sends waiting for a slot right now (for shutdown and tests). */
  queued(): number;
}

/** Methods that create a message and so count against Telegram's rate limits. */
const PACED = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'sendVideo', 'sendAudio', 'sendAnimation', 'sendVoice', 'sendPoll', 'copyMessage', 'forwardMessage']);

/**
 * A pacer with strict spacing per key: a send may go at the latest of "now" and each key's next
 * free slot; reserving pushes those slots on. Spacing by W/N never exceeds N sends in any W window,
 * which is how Telegram (and the fake) count. Reservations are synchronous, so order is FIFO.
 */
export function createPacer(options: { perSecond: number; groupPerMinute: number; perChatPerSecond: number }, now: () => number = Date.now) {
  const globalGap = 1000 / options.perSecond;
  const chatGap = 1000 / options.perChatPerSecond;
  const groupGap = 60_000 / options.groupPerMinute;
  let globalNext = 0;
  const chatNext = new Map<number | string, number>();
  let waiting = 0;

  function reserve(chatId: number | string, isGroup: boolean): number {
    const t0 = now();
    const chatGapFor = isGroup ? Math.max(chatGap, groupGap) : chatGap;
    const at = Math.max(t0, globalNext, chatNext.get(chatId) ?? 0);
    globalNext = at + globalGap;
    chatNext.set(chatId, at + chatGapFor);
    // Forget chats whose slot is long past, so the map stays small during a big fan-out.
    if (chatNext.size > 10_000) for (const [k, v] of chatNext) if (v < t0) chatNext.delete(k);
    return at - t0;
  }

  return {
    /** Resolves when a message to `chatId` may be sent. */
    async wait(chatId: number | string): Promise<void> {
      const isGroup = typeof chatId === 'number' ? chatId < 0 : true;
      const ms = reserve(chatId, isGroup);
      if (ms <= 0) return;
      waiting++;
      try {
        await new Promise((resolve) => setTimeout(resolve, ms));
      } finally {
        waiting--;
      }
    },
    waiting: () => waiting,
  };
}

type Pacer = ReturnType<typeof createPacer>;
const installed = new WeakMap<Api, Pacer>();

/** Install pacing (inner) and auto-retry (outer, so each retry is paced too) on `api`, once. */
export function installFloodControl(api: Api, options: FloodOptions): Pacer {
  const existing = installed.get(api);
  if (existing) return existing;
  const pacer = createPacer({ perSecond: options.perSecond, groupPerMinute: options.groupPerMinute, perChatPerSecond: options.perChatPerSecond ?? 1 });
  const pacing: Transformer = async (prev, method, payload, signal) => {
    if (PACED.has(method)) {
      const chatId = (payload as { chat_id?: number | string }).chat_id;
      if (chatId !== undefined) await pacer.wait(chatId);
    }
    return prev(method, payload, signal);
  };
  api.config.use(pacing);
  api.config.use(
    autoRetry({
      maxRetryAttempts: options.maxRetryAttempts ?? 3,
      maxDelaySeconds: options.maxDelaySeconds ?? 30,
      // A lost response may still have delivered the message: fail fast, the ledger resumes later.
      rethrowHttpErrors: true,
    }),
  );
  installed.set(api, pacer);
  return pacer;
}

/**
 * How many chats a briefing pass should serve at once with these limits. Each chat takes its
 * parts one per `1 / perChatPerSecond` s, so with only a few chats in flight a multi-part briefing
 * is paced by the per-chat gap, not the overall rate (3 chats × 2 parts ≈ 6 msg/s instead of 25):
 * keep about `perSecond / perChatPerSecond` chats going, within bounds.
 */
export function digestConcurrency(options: Pick<FloodOptions, 'perSecond' | 'perChatPerSecond'>): number {
  return Math.min(100, Math.max(3, Math.ceil(options.perSecond / (options.perChatPerSecond ?? 1))));
}

/** Map a grammY error to the digest service's outcome kinds. */
export function classifySendError(error: unknown): Exclude<SendResult, { ok: true }> {
  if (error instanceof GrammyError) {
    const description = error.description;
    const migrateTo = error.parameters?.migrate_to_chat_id;
    if (error.error_code === 400 && typeof migrateTo === 'number') return { ok: false, kind: 'migrated', description, migrateToChatId: migrateTo };
    if (error.error_code === 403) return { ok: false, kind: 'blocked', description };
    // The chat no longer exists (deleted group, removed account): as final as a block.
    if (error.error_code === 400 && /chat not found|user not found|chat_id is empty/i.test(description)) return { ok: false, kind: 'blocked', description };
    if (error.error_code === 400) return { ok: false, kind: 'rejected', description };
    return { ok: false, kind: 'failed', description: `${error.error_code} ${description}` };
  }
  if (error instanceof HttpError) return { ok: false, kind: 'failed', description: `network error: ${String((error.error as Error | undefined)?.message ?? error.message)}` };
  return { ok: false, kind: 'failed', description: error instanceof Error ? error.message : String(error) };
}

/** The MessageSender for briefings: HTML, link previews off, paced, retried, outcomes as values. */
export function createTelegramSender(api: Api, options: SenderOptions): TelegramSender {
  const pacer = installFloodControl(api, options);
  return {
    async sendHtml(chatId: number, html: string): Promise<SendResult> {
      try {
        const message = await api.sendMessage(chatId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
        return { ok: true, messageId: message.message_id };
      } catch (error) {
        const result = classifySendError(error);
        const level = result.kind === 'rejected' ? 'error' : 'warn';
        options.logger[level]({ chat_id: chatId, kind: result.kind, error: result.description }, 'telegram send failed');
        return result;
      }
    },
    queued: () => pacer.waiting(),
  };
}
