/**
 * `src/main.ts` as a process, at Telegram's real limits (fake Bot API, scale 1): one user floods the
 * bot with 400 commands in 2 s while another user writes /start and a briefing pass to 20 chats is
 * due. The other user is answered within 2 s, the pass is not held up, no request gets a 429, and
 * the flooder gets a bounded number of replies plus one notice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createSubscriberStore } from '../../src/db/subscriber-store.js';
import { loadTranslations } from '../../src/i18n/translations.js';
import { COMMAND_LIMIT, SLOW_DOWN_KEY } from '../../src/telegram/features/fair-use.js';
import { cleanUp, runProgram, scratchDatabase, startFakeBotApi } from './spawn.js';

afterEach(cleanUp);

const FLOODER = 5001;
const NEWCOMER = 5002;
const SUBSCRIBERS = Array.from({ length: 20 }, (_, i) => 7000 + i);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('one user flooding the bot', () => {
  it('does not delay anyone else: /start answered within 2 s, a due briefing pass within a few seconds, no 429', async () => {
    const fake = await startFakeBotApi({ recordCalls: false });
    const db = scratchDatabase();
    // The briefings fall due at a minute boundary at least 10 s away (the scheduler checks each minute).
    const dueAt = Math.ceil((Date.now() + 10_000) / 60_000) * 60_000;
    const digestTime = new Date(dueAt).toISOString().slice(11, 16);
    const handle = openDatabase(db.path);
    createFeedStore(handle).setMeta('default_feeds_seeded', new Date().toISOString());
    const subscribers = createSubscriberStore(handle);
    for (const chatId of SUBSCRIBERS) {
      subscribers.subscribe({ chatId, chatType: 'private', title: null, digestTime, timezone: 'UTC', now: new Date() });
      subscribers.updateSettings(chatId, { sendEmpty: true }, new Date());
    }
    closeDatabase(handle);

    const bot = runProgram('src/main.ts', [], { DATABASE_PATH: db.path, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'info', PIPELINE_WORKERS: '0' });
    await bot.waitForOutput('bot started (long polling)', 20_000);

    // Start the flood 1 s before the briefings fall due: 400 commands in 2 s.
    await sleep(Math.max(0, dueAt - 1000 - Date.now()));
    const floodStart = Date.now();
    let newcomerAskedAt = 0;
    let answeredAt = 0;
    fake.onOutgoing((event) => {
      if (event.kind === 'send' && event.message.chat_id === NEWCOMER && !answeredAt) answeredAt = Date.now();
    });
    for (let i = 0; i < 400; i++) {
      fake.sendText(FLOODER, FLOODER, i % 2 ? '/latest' : '/help');
      if (i === 100) {
        newcomerAskedAt = Date.now();
        fake.sendText(NEWCOMER, NEWCOMER, '/start');
      }
      if (i % 20 === 19) await sleep(100);
    }
    const floodMs = Date.now() - floodStart;

    await fake.waitFor(() => answeredAt > 0, 10_000);
    const newcomerLatency = answeredAt - newcomerAskedAt;

    await fake.waitFor(() => SUBSCRIBERS.every((id) => fake!.messagesTo(id).length > 0), 30_000);
    const passDoneAfterDue = Date.now() - dueAt;
    // The flooder's own chat drains at Telegram's 1 message/s per chat, notice included.
    await fake.waitFor(() => fake!.messagesTo(FLOODER).length >= COMMAND_LIMIT + 1, 40_000);
    await sleep(2500);
    const flooderReplies = fake.messagesTo(FLOODER);
    console.log(`[flood] 400 commands in ${floodMs} ms; newcomer's /start answered in ${newcomerLatency} ms; briefing pass to 20 chats done ${passDoneAfterDue} ms after due; flooder got ${flooderReplies.length} replies; 429s: ${fake.stats.tooManyRequests.total}`);

    expect(floodMs).toBeLessThan(3000);
    expect(newcomerLatency).toBeLessThan(2000);
    expect(passDoneAfterDue).toBeLessThan(5000);
    expect(fake.stats.tooManyRequests.total).toBe(0);
    // The excess was dropped with one notice; what was accepted is answered in order, at the chat's pace.
    expect(flooderReplies.filter((m) => m.text === loadTranslations().t('en', SLOW_DOWN_KEY))).toHaveLength(1);
    expect(flooderReplies.length).toBeLessThanOrEqual(2 * COMMAND_LIMIT + 1);

    bot.child.kill('SIGTERM');
    expect(await bot.exited, bot.stderr()).toEqual({ code: 0, signal: null });
  }, 120_000);
});
