/**
 * The 100,000-chat broadcast lost a few dozen sends to "socket hang up" / ECONNRESET: the server
 * closes a kept-alive connection after it sat idle, and when the bot's loop was busy at that moment
 * the next send was written into the dead socket. The bot's client (telegramClient) now judges an
 * idle connection by the clock when a request picks one, and opens a fresh one instead; and a
 * network error's description never carries the request URL (the token).
 */
import { Api, HttpError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createFakeBotApi, type FakeBotApi } from '../../src/telegram/fake-bot-api.js';
import { telegramClient } from '../../src/telegram/connection.js';
import { classifySendError, createTelegramSender } from '../../src/telegram/notifier.js';

let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Hold the loop, as a busy pass (or a machine with no core free) does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('a kept-alive connection the server closed while the bot was busy', () => {
  it('costs no send: the request takes a fresh connection', async () => {
    // 2 s: the shortest idle timeout whose Keep-Alive hint (whole seconds) still lets Node's agent keep the connection.
    fake = await createFakeBotApi({ keepAliveTimeoutMs: 2000 });
    const api = new Api(fake.token, telegramClient(fake.apiRoot));
    const sender = createTelegramSender(api, { logger: createLogger('silent'), perSecond: 1000, groupPerMinute: 1000, perChatPerSecond: 1000 });
    expect(await sender.sendHtml(1, 'first')).toMatchObject({ ok: true });
    // The next send is due after the server's idle timeout; the loop is busy past both, so the
    // server's timer closes the connection and, in the same turn, the send reuses it.
    const second = new Promise((resolve) => setTimeout(() => resolve(sender.sendHtml(1, 'second')), 2500));
    busy(3000);
    expect(await second).toMatchObject({ ok: true });
    expect(fake.sent.map((m) => m.text)).toEqual(['first', 'second']);
  });

  it('describes a network error without the URL and its token', () => {
    const inner = Object.assign(new Error(`request to http://127.0.0.1:4000/bot7000000001:AAHsecretTOKEN/sendMessage failed, reason: socket hang up`), { code: 'ECONNRESET' });
    const result = classifySendError(new HttpError("Network request for 'sendMessage' failed!", inner));
    expect(result).toMatchObject({ ok: false, kind: 'failed' });
    expect(result.description).not.toContain('AAHsecretTOKEN');
    expect(result.description).toBe('network error: ECONNRESET socket hang up');
  });
});
