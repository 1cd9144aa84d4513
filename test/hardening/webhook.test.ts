/**
 * `src/main.ts` in webhook mode as a process: a huge body is refused with 413 before grammY sees it
 * (by Content-Length and by counting a chunked body), memory stays flat and the process lives; an
 * update whose handling fails is logged and answered 200 (Telegram would redeliver a 5xx forever);
 * a stale callback query is handled quietly.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, freePort, runProgram, emptyDatabase, startFakeBotApi } from './spawn.js';

afterEach(cleanUp);

const SECRET = 'webhook-secret-0123456789abcdef';
const READER = 4242;

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** POST `total` bytes in 64 kB chunks; with `declare` the Content-Length says so, else chunked. */
function postBytes(port: number, total: number, declare: boolean): Promise<{ status: number; sentBytes: number; error?: string }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET, ...(declare ? { 'content-length': String(total) } : {}) } });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes });
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => (sentBytes > 0 ? resolve({ status: -1, sentBytes, error: error.code }) : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (sentBytes < total) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

function postUpdate(port: number, update: unknown): Promise<number> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const message = (update_id: number, text: string) => ({
  update_id,
  message: { message_id: update_id, date: Math.floor(Date.now() / 1000), chat: { id: READER, type: 'private', first_name: 'R' }, from: { id: READER, is_bot: false, first_name: 'R' }, text, entities: text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] : [] },
});

describe('webhook mode', () => {
  it('caps the body (413), answers 200 when handling fails, ignores stale callback queries quietly', async () => {
    const fake = await startFakeBotApi({ limits: { scale: 100 } });
    const databasePath = emptyDatabase();
    const port = await freePort();
    const bot = runProgram('src/main.ts', [], {
      DATABASE_PATH: databasePath, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'info', PIPELINE_WORKERS: '0',
      BOT_MODE: 'webhook', WEBHOOK_URL: 'https://example.invalid/hook', WEBHOOK_SECRET: SECRET, PORT: String(port),
    });
    await bot.waitForOutput('webhook set');
    const before = rssKb(bot.pid);

    // 600 MB announced: refused on the header, long before that much is sent.
    const declared = await postBytes(port, 600 * 1024 * 1024, true);
    expect(declared.status).toBe(413);
    expect(declared.sentBytes).toBeLessThan(100 * 1024 * 1024);
    // 200 MB chunked (no Content-Length): refused once 1 MB has been counted.
    const chunked = await postBytes(port, 200 * 1024 * 1024, false);
    expect(chunked.status).toBe(413);
    expect(chunked.sentBytes).toBeLessThan(100 * 1024 * 1024);
    const after = rssKb(bot.pid);
    console.log(`[webhook] 600 MB declared → ${declared.status} after ${(declared.sentBytes / 1e6).toFixed(1)} MB sent; 200 MB chunked → ${chunked.status} after ${(chunked.sentBytes / 1e6).toFixed(1)} MB; RSS ${Math.round(before / 1024)} → ${Math.round(after / 1024)} MB`);
    expect(after - before).toBeLessThan(50 * 1024);

    // Still alive and serving: a normal update is handled.
    expect(await postUpdate(port, message(1, '/help'))).toBe(200);
    await fake.waitFor(() => fake!.messagesTo(READER).length > 0, 5000);

    // A reply Telegram refuses (too long, blocked…): logged, answered 200, not redelivered.
    fake.failNext('sendMessage', { status: 400, description: 'Bad Request: message is too long' });
    expect(await postUpdate(port, message(2, '/help'))).toBe(200);
    await bot.waitForOutput('update handling failed');
    fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await postUpdate(port, message(3, '/help'))).toBe(200);

    // A button pressed long ago: Telegram no longer takes the answer. Handled quietly, 200.
    fake.failNext('answerCallbackQuery', { status: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' });
    const errorsBefore = bot.stderr().split('\n').filter((l) => l.includes('"level":50')).length;
    const stale = { update_id: 4, callback_query: { id: 'old-query', from: { id: READER, is_bot: false, first_name: 'R' }, chat_instance: '1', data: 'st:t:07:00', message: { message_id: 1, date: 1, chat: { id: READER, type: 'private', first_name: 'R' }, text: 'old' } } };
    expect(await postUpdate(port, stale)).toBe(200);
    expect(await postUpdate(port, message(5, '/help'))).toBe(200);
    await fake.waitFor(() => fake!.messagesTo(READER).length >= 2, 5000);
    expect(bot.stderr().split('\n').filter((l) => l.includes('"level":50')).length).toBe(errorsBefore);

    bot.child.kill('SIGTERM');
    expect(await bot.exited, bot.stderr()).toEqual({ code: 0, signal: null });
  }, 60_000);
});
