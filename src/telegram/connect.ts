/**
 * Start-up contact with Telegram (getMe), patient and talkative: grammY's own `init()` waits
 * silently for as long as the network is down. Here each failure is logged with the host and the
 * reason ("cannot reach api.telegram.org: ENOTFOUND, retrying in 5 s") and retried with backoff,
 * until it works, the token is refused (401) or `signal` aborts (Ctrl-C).
 *
 *   connectToTelegram(bot, { apiRoot, logger, signal }): Promise<void>
 */
import { GrammyError, HttpError, type Bot, type Context } from 'grammy';
import type { Logger } from '../logger.js';

export class TelegramUnauthorizedError extends Error {}

export interface ConnectOptions {
  apiRoot: string;
  logger: Logger;
  signal: AbortSignal;
  /** First attempt's deadline, doubled per attempt up to 30 s: a black-holed host must not keep the first log line waiting (default 5 s). */
  attemptTimeoutMs?: number;
  /** First wait between attempts (default 5 s), doubled up to `maxDelayMs` (default 60 s). */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** The most specific reason in an error chain: a system code (ENOTFOUND, ECONNREFUSED), an HTTP status, a message. */
export function describeConnectError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  const seen = new Set<unknown>();
  let current: unknown = error instanceof HttpError ? error.error : error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
    if ((current as Error).name === 'AbortError' || (current as Error).name === 'TimeoutError') return 'no answer (timed out)';
    current = (current as { cause?: unknown; error?: unknown }).cause ?? (current as { error?: unknown }).error;
  }
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function connectToTelegram<C extends Context>(bot: Bot<C>, options: ConnectOptions): Promise<void> {
  const host = (() => {
    try {
      return new URL(options.apiRoot).host;
    } catch {
      return options.apiRoot;
    }
  })();
  let delay = options.firstDelayMs ?? 5_000;
  let deadline = options.attemptTimeoutMs ?? 5_000;
  // Said first so a reader of the log knows what start-up waits on, and when the wait began.
  options.logger.info({ host }, `contacting ${host}`);
  for (let attempt = 1; ; attempt++) {
    // A plain controller and timer, held here until the attempt ends: on Node 20 a signal made by
    // AbortSignal.any() over AbortSignal.timeout() can be garbage-collected before it fires, and a
    // black-holed host then kept start-up silent for good.
    const attemptControl = new AbortController();
    const timer = setTimeout(() => attemptControl.abort(new DOMException('attempt timed out', 'TimeoutError')), deadline);
    const onStop = () => attemptControl.abort(options.signal.reason);
    options.signal.addEventListener('abort', onStop, { once: true });
    try {
      // getMe directly: grammY's init() retries network errors itself, silently and forever.
      bot.botInfo = await bot.api.getMe(attemptControl.signal as Parameters<Bot['api']['getMe']>[0]);
      if (attempt > 1) options.logger.info({ host, attempts: attempt }, `reached ${host}`);
      return;
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (error instanceof GrammyError && error.error_code === 401) throw new TelegramUnauthorizedError(error.description);
      const reason = describeConnectError(error);
      const seconds = Math.round(delay / 1000);
      options.logger.error({ host, reason, attempt, retry_in_s: seconds }, `cannot reach ${host}: ${reason}, retrying in ${seconds} s`);
      await sleep(delay, options.signal);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 60_000);
      deadline = Math.min(deadline * 2, 30_000);
    } finally {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onStop);
    }
  }
}
