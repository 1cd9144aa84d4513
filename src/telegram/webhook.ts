/**
 * The webhook endpoint, in front of grammY: Telegram's secret checked first, the body capped, the
 * update handled with per-chat order (sequentialize in createBot), and Telegram answered 200 even
 * when handling failed, so a failing update is logged once instead of redelivered forever.
 *
 *   createWebhookHandler(bot, { secretToken, logger, maxBodyBytes?, answerWithinMs? }): (req, res) => void
 *
 * A body over `maxBodyBytes` (by Content-Length, or by counting when it is absent or lies) gets
 * 413 and the connection is closed; nothing more is kept: updates are a few kB, and a 600 MB POST
 * must neither end the process nor fill its memory.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BotError, type Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';

export const WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookOptions {
  secretToken: string;
  logger: Logger;
  maxBodyBytes?: number;
  /** Answer Telegram after this long even if the update is still being handled (its timeout is ~60 s). */
  answerWithinMs?: number;
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuse and close: the rest of the body is read and thrown away (no memory grows) so the client
 * sees the answer instead of a reset, and the socket is cut after a few seconds at most.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  // No "Connection: close": Node would end the socket at once and the client, still sending, would
  // see a reset instead of the status.
  answer(res, status);
  req.resume();
  setTimeout(() => req.socket.destroy(), 5_000).unref();
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? '' : `${status}\n`);
}

/** The request body, or null once it grew past `max` (413 already sent, the socket closed). */
function readCapped(req: IncomingMessage, res: ServerResponse, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        chunks.length = 0;
        refuse(req, res, 413);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => size <= max && resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

export function createWebhookHandler<C extends Context>(bot: Bot<C>, options: WebhookOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const max = options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES;
  const answerWithin = options.answerWithinMs ?? 50_000;
  const { logger } = options;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!sameSecret(req.headers[SECRET_HEADER], options.secretToken)) {
      logger.warn({ ip: req.socket.remoteAddress }, 'webhook request with a wrong secret refused');
      refuse(req, res, 401);
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      logger.warn({ bytes: declared, max }, 'webhook body too large (Content-Length): refused');
      refuse(req, res, 413);
      return;
    }
    const body = await readCapped(req, res, max);
    if (!body) {
      logger.warn({ max }, 'webhook body too large: refused');
      return;
    }
    let update: Update;
    try {
      update = JSON.parse(body.toString('utf8')) as Update;
      if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') throw new Error('no update_id');
    } catch (error) {
      logger.warn({ err: error, bytes: body.length }, 'webhook body is not an update: refused');
      return answer(res, 400);
    }
    // Telegram waits for the answer before sending this chat's next update; a slow handler
    // (/addfeed fetching a feed) is answered in time and keeps going.
    let timer: NodeJS.Timeout | undefined;
    const handled = bot.handleUpdate(update).catch(async (error: unknown) => {
      // Logged once (bot.catch), answered 200: redelivery would fail the same way.
      if (error instanceof BotError) await Promise.resolve(bot.errorHandler(error)).catch(() => undefined);
      else logger.error({ err: error, update_id: update.update_id }, 'update handling failed');
    });
    await Promise.race([handled, new Promise<void>((resolve) => (timer = setTimeout(resolve, answerWithin)))]);
    clearTimeout(timer);
    answer(res, 200);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'webhook request failed');
      // Still 200 for anything past the checks: a 5xx makes Telegram send the same update again.
      answer(res, 200);
    });
  };
}
