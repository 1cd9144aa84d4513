/**
 * Delivery to Telegram: the `MessageSender` port of the digest service, over grammY's `Api`.
 *
 *   createTelegramSender(api: Api, options: SenderOptions): TelegramSender
 *   installFloodControl(api: Api, options: FloodOptions): void
 *
 * `createTelegramSender` installs flood control (a pacer in front of every sendMessage-like call:
 * a queue per chat (~1 msg/s, N/min per group) under one global rate, replies before briefings) and `@grammyjs/auto-retry` (429 and 5xx, with
 * bounded attempts and delay) on the given `api`, once per Api object. Pass `bot.api` so the bot's
 * replies and the briefings share one limiter. Outcomes are values (`SendResult`), never throws.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { autoRetry } from '@grammyjs/auto-retry';
import { GrammyError, HttpError, InputFile } from 'grammy';
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
 * Which lane a send belongs to. Replies to commands and button presses are `interactive` (the
 * default); briefings run inside `inBulkLane`, so a reader who types a command while the morning
 * fan-out is going is answered before the next briefing part goes out.
 */
export type Lane = 'interactive' | 'bulk';
const laneContext = new AsyncLocalStorage<Lane>();

/** Run `send` with every Telegram call inside it in the bulk (briefing) lane. */
export function inBulkLane<T>(send: () => Promise<T>): Promise<T> {
  return laneContext.run('bulk', send);
}

export interface PacerOptions {
  perSecond: number;
  groupPerMinute: number;
  perChatPerSecond: number;
}

interface Waiter {
  lane: Lane;
  release: () => void;
}

interface ChatState {
  /** Earliest time the next message to this chat may go. */
  next: number;
  gap: number;
  queue: Waiter[];
}

/**
 * A dispatcher with a queue per chat and one overall rate: a message goes when its chat's spacing
 * allows it and a global slot is free. Every chat waits only behind its own messages (a flooding
 * chat never delays another), order within a chat is kept, and among chats that are ready the
 * interactive lane always goes before the bulk lane. Spacing by W/N never exceeds N sends in any
 * W window, which is how Telegram (and the fake) count.
 */
export function createPacer(options: PacerOptions, now: () => number = Date.now) {
  const globalGap = 1000 / options.perSecond;
  // Telegram counts arrivals: a 10 % margin keeps two sends to one chat apart even when the first
  // one was held up on its way (a busy loop, a slow connection) and the second was not.
  const chatGap = 1100 / options.perChatPerSecond;
  const groupGap = Math.max(chatGap, 66_000 / options.groupPerMinute);
  let globalNext = 0;
  const chats = new Map<number | string, ChatState>();
  /** Chats whose first waiting message is in that lane, in the order they became ready to send. */
  const ready: Record<Lane, Set<number | string>> = { interactive: new Set(), bulk: new Set() };
  let waiting = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;

  function arm(at: number): void {
    if (timer && timerAt <= at) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(pump, Math.max(0, at - now()));
  }

  /** Send whatever may go now, then sleep until the next chat or global slot frees up. */
  function pump(): void {
    timer = undefined;
    timerAt = Infinity;
    for (;;) {
      const t = now();
      if (t < globalNext) return arm(globalNext);
      let soonest = Infinity;
      let picked: { key: number | string; chat: ChatState; lane: Lane } | undefined;
      for (const lane of ['interactive', 'bulk'] as const) {
        for (const key of ready[lane]) {
          const chat = chats.get(key)!;
          if (chat.next <= t) {
            picked = { key, chat, lane };
            break;
          }
          soonest = Math.min(soonest, chat.next);
        }
        if (picked) break;
      }
      if (!picked) {
        if (soonest < Infinity) arm(soonest);
        return;
      }
      const { key, chat, lane } = picked;
      ready[lane].delete(key);
      const waiter = chat.queue.shift()!;
      chat.next = t + chat.gap;
      globalNext = Math.max(globalNext, t) + globalGap;
      const head = chat.queue[0];
      if (head) ready[head.lane].add(key);
      waiter.release();
    }
  }

  function forgetIdleChats(t: number): void {
    for (const [key, chat] of chats) if (chat.queue.length === 0 && chat.next < t) chats.delete(key);
  }

  return {
    /** Resolves when a message to `chatId` may be sent (lane from the async context unless given). */
    wait(chatId: number | string, lane: Lane = laneContext.getStore() ?? 'interactive'): Promise<void> {
      const isGroup = typeof chatId === 'number' ? chatId < 0 : true;
      let chat = chats.get(chatId);
      if (!chat) {
        // Forget chats whose slot is long past, so the map stays small during a big fan-out.
        if (chats.size > 10_000) forgetIdleChats(now());
        chat = { next: 0, gap: isGroup ? groupGap : chatGap, queue: [] };
        chats.set(chatId, chat);
      }
      waiting++;
      const released = new Promise<void>((resolve) => {
        chat.queue.push({ lane, release: () => { waiting--; resolve(); } });
      });
      if (chat.queue.length === 1) ready[lane].add(chatId);
      pump();
      return released;
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

/** A network error without the request's URL (it carries the bot token): its code and reason. */
function networkReason(error: HttpError): string {
  const inner = error.error as { code?: unknown; message?: unknown } | undefined;
  const message = String(inner?.message ?? error.message);
  const reason = /reason: (.*)$/s.exec(message)?.[1] ?? message.replace(/https?:\/\/\S+/g, '<url>');
  return typeof inner?.code === 'string' && !reason.includes(inner.code) ? `${inner.code} ${reason}` : reason;
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
  if (error instanceof HttpError) return { ok: false, kind: 'failed', description: `network error: ${networkReason(error)}` };
  return { ok: false, kind: 'failed', description: error instanceof Error ? error.message : String(error) };
}

/** The MessageSender for briefings: HTML, link previews off, paced, retried, outcomes as values. */
export function createTelegramSender(api: Api, options: SenderOptions): TelegramSender {
  const pacer = installFloodControl(api, options);
  return {
    async sendHtml(chatId: number, html: string, sendOptions: { threadId?: number | null } = {}): Promise<SendResult> {
      try {
        const thread = sendOptions.threadId ? { message_thread_id: sendOptions.threadId } : {};
        const message = await inBulkLane(() => api.sendMessage(chatId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...thread }));
        return { ok: true, messageId: message.message_id };
      } catch (error) {
        const result = classifySendError(error);
        const level = result.kind === 'rejected' ? 'error' : 'warn';
        options.logger[level]({ chat_id: chatId, kind: result.kind, error: result.description }, 'telegram send failed');
        return result;
      }
    },
    async sendPhoto(chatId: number, png: Buffer, sendOptions: { caption?: string; threadId?: number | null } = {}): Promise<SendResult> {
      try {
        const thread = sendOptions.threadId ? { message_thread_id: sendOptions.threadId } : {};
        const caption = sendOptions.caption ? { caption: sendOptions.caption } : {};
        const message = await inBulkLane(() => api.sendPhoto(chatId, new InputFile(png, 'trend.png'), { ...caption, ...thread }));
        return { ok: true, messageId: message.message_id };
      } catch (error) {
        const result = classifySendError(error);
        options.logger[result.kind === 'rejected' ? 'error' : 'warn']({ chat_id: chatId, kind: result.kind, error: result.description }, 'telegram photo send failed');
        return result;
      }
    },
    queued: () => pacer.waiting(),
  };
}
