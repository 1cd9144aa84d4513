import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError, HttpError, InlineKeyboard } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import { createFakeBotApi } from '../../src/telegram/fake-bot-api.js';
import type { FakeBotApi, FakeBotApiOptions, OutgoingEvent } from '../../src/telegram/fake-bot-api.js';

let api: FakeBotApi;
const bots: Bot[] = [];

async function start(options?: FakeBotApiOptions): Promise<FakeBotApi> {
  await api.close();
  api = await createFakeBotApi(options);
  return api;
}

function makeBot(token = api.token): Bot {
  const bot = new Bot(token, { client: { apiRoot: api.apiRoot } });
  bots.push(bot);
  return bot;
}

/** Starts long polling and resolves once the first getUpdates is waiting (wrapped: an async function would adopt the promise). */
async function startPolling(bot: Bot): Promise<{ running: Promise<void> }> {
  bot.catch((err) => {
    throw err.error;
  });
  const running = bot.start({ timeout: 5 });
  await api.waitFor(() => (api.stats.byMethod.getUpdates ?? 0) > 0);
  return { running };
}

beforeEach(async () => {
  api = await createFakeBotApi();
});

afterEach(async () => {
  for (const bot of bots.splice(0)) if (bot.isRunning()) await bot.stop();
  await api.close();
});

describe('protocol', () => {
  it('answers getMe over grammY’s real HTTP client', async () => {
    const me = await makeBot().api.getMe();
    expect(me).toMatchObject({ id: 7000000001, is_bot: true, username: 'troika_test_bot' });
  });

  it('answers 401 Unauthorized to a wrong token', async () => {
    const err = await makeBot('7000000001:AAHwrongTOKENwrongTOKENwrong0000000').api.getMe().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect(err).toMatchObject({ error_code: 401, description: 'Unauthorized' });
  });

  it('answers 404 Not Found to an unknown method', async () => {
    const raw = makeBot().api.raw as unknown as Record<string, (p: object) => Promise<unknown>>;
    await expect(raw.noSuchMethod!({})).rejects.toMatchObject({ error_code: 404, description: 'Not Found' });
  });

  it('accepts urlencoded and multipart bodies (objects as JSON strings)', async () => {
    const markup = JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] });
    const form = await fetch(`${api.apiRoot}/bot${api.token}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({ chat_id: '5', text: 'form', reply_markup: markup }),
    }).then((r) => r.json());
    expect(form).toMatchObject({ ok: true, result: { chat: { id: 5 }, text: 'form' } });

    const fd = new FormData();
    fd.set('chat_id', '-100');
    fd.set('text', '<b>multi</b>');
    fd.set('parse_mode', 'HTML');
    const multi = await fetch(`${api.apiRoot}/bot${api.token}/sendMessage`, { method: 'POST', body: fd }).then((r) =>
      r.json(),
    );
    expect(multi).toMatchObject({ ok: true, result: { text: 'multi', entities: [{ type: 'bold', offset: 0, length: 5 }] } });
    expect(api.sent[0]?.reply_markup).toEqual(JSON.parse(markup));
  });

  it('stores commands per scope and language', async () => {
    const bot = makeBot();
    await bot.api.setMyCommands([{ command: 'start', description: 'Start' }]);
    await bot.api.setMyCommands([{ command: 'feeds', description: 'Manage feeds' }], {
      scope: { type: 'chat_administrators', chat_id: -200 },
    });
    expect(await bot.api.getMyCommands()).toEqual([{ command: 'start', description: 'Start' }]);
    expect(await bot.api.getMyCommands({ scope: { type: 'chat_administrators', chat_id: -200 } })).toEqual([
      { command: 'feeds', description: 'Manage feeds' },
    ]);
    expect(await bot.api.getMyCommands({ language_code: 'ru' })).toEqual([]);
    await expect(bot.api.setMyCommands([{ command: 'Bad Command', description: 'x' }])).rejects.toMatchObject({
      description: 'Bad Request: BOT_COMMAND_INVALID',
    });
  });
});

describe('long polling', () => {
  it('delivers an injected /start to bot.start() and records the reply', async () => {
    const bot = makeBot();
    bot.command('start', (ctx) => ctx.reply('Hello <b>there</b> &amp; welcome', { parse_mode: 'HTML' }));
    const events: OutgoingEvent[] = [];
    api.onOutgoing((e) => events.push(e));
    const { running } = await startPolling(bot);

    const update = api.sendText(42, { id: 42, first_name: 'Ann' }, '/start');
    expect(update.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    const reply = await api.waitFor(() => api.messagesTo(42)[0]);

    expect(reply).toMatchObject({
      chat_id: 42,
      text: 'Hello there & welcome',
      parse_mode: 'HTML',
      entities: [{ type: 'bold', offset: 6, length: 5 }],
    });
    expect(reply.message_id).toBe(2); // the user's /start was message 1 in this chat
    expect(events.map((e) => e.kind)).toEqual(['send']);
    await bot.stop();
    await running;
  });

  it('answers the older of two concurrent getUpdates with 409 Conflict', async () => {
    const bot = makeBot();
    const first = bot.api.getUpdates({ timeout: 5 }).catch((e: unknown) => e);
    await api.waitFor(() => (api.stats.byMethod.getUpdates ?? 0) >= 1);
    await new Promise((r) => setTimeout(r, 30));
    const second = bot.api.getUpdates({ timeout: 0 });
    expect(await first).toMatchObject({
      error_code: 409,
      description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    });
    expect(await second).toEqual([]);
  });

  it('stops the first of two polling bots with 409, as Telegram does', async () => {
    const first = makeBot();
    first.catch(() => {});
    const firstRunning = first.start({ timeout: 5 }).catch((e: unknown) => e);
    await api.waitFor(() => (api.stats.byMethod.getUpdates ?? 0) >= 1);
    await new Promise((r) => setTimeout(r, 30));
    const second = makeBot();
    second.command('ping', (ctx) => ctx.reply('pong'));
    const { running } = await startPolling(second);
    expect(await firstRunning).toMatchObject({ error_code: 409 });
    api.sendText(3, 3, '/ping');
    await api.waitFor(() => api.messagesTo(3)[0]?.text === 'pong');
    await second.stop();
    await running;
  });

  it('refuses getUpdates while a webhook is set', async () => {
    const bot = makeBot();
    await bot.api.setWebhook('https://example.org/hook');
    await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
    await bot.api.deleteWebhook();
    expect(await bot.api.getUpdates({ timeout: 0 })).toEqual([]);
  });

  it('honours offset and allowed_updates', async () => {
    const bot = makeBot();
    api.sendText(1, 1, 'one');
    api.sendText(1, 1, 'two');
    api.pushUpdate({ message_reaction: {} as never });
    const all = await bot.api.getUpdates({ timeout: 0 });
    expect(all.map((u) => u.message?.text)).toEqual(['one', 'two']); // reactions are not delivered by default
    const rest = await bot.api.getUpdates({ offset: all[0]!.update_id + 1, timeout: 0 });
    expect(rest.map((u) => u.message?.text)).toEqual(['two']);
    api.sendText(1, 1, 'three');
    const onlyCallbacks = await bot.api.getUpdates({ offset: rest[0]!.update_id + 1, timeout: 0, allowed_updates: ['callback_query'] });
    expect(onlyCallbacks).toEqual([]);
  });
});

describe('sendMessage validation', () => {
  it('surfaces HTML errors as GrammyError with Telegram’s description', async () => {
    const bot = makeBot();
    const err = await bot.api.sendMessage(1, 'Hi <div>x</div>', { parse_mode: 'HTML' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect(err).toMatchObject({
      error_code: 400,
      description: `Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 3`,
    });
    await expect(bot.api.sendMessage(1, '<b>open', { parse_mode: 'HTML' })).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    });
    expect(api.sent).toHaveLength(0);
  });

  it('limits text to 4096 UTF-16 units after entity parsing', async () => {
    const bot = makeBot();
    await expect(bot.api.sendMessage(1, 'a'.repeat(4097))).rejects.toMatchObject({
      error_code: 400,
      description: 'Bad Request: message is too long',
    });
    // 4096 "&" characters written as &amp; are 20480 bytes of HTML but 4096 characters of text.
    const ok = await bot.api.sendMessage(1, '&amp;'.repeat(4096), { parse_mode: 'HTML' });
    expect(ok.text).toHaveLength(4096);
    await expect(bot.api.sendMessage(2, '  \n ')).rejects.toMatchObject({ description: 'Bad Request: message text is empty' });
  });

  it('checks callback_data is 1–64 bytes', async () => {
    const bot = makeBot();
    const tooLong = new InlineKeyboard().text('x', 'é'.repeat(33)); // 66 bytes
    await expect(bot.api.sendMessage(1, 'k', { reply_markup: tooLong })).rejects.toMatchObject({
      description: 'Bad Request: BUTTON_DATA_INVALID',
    });
    const fits = new InlineKeyboard().text('x', 'é'.repeat(32));
    await expect(bot.api.sendMessage(1, 'k', { reply_markup: fits })).resolves.toMatchObject({ reply_markup: fits });
  });

  it('records link preview options', async () => {
    await makeBot().api.sendMessage(1, 'https://example.org', { link_preview_options: { is_disabled: true } });
    expect(api.sent[0]?.link_preview_options).toEqual({ is_disabled: true });
  });
});

describe('rate limits', () => {
  it('answers 429 with retry_after for a second message in the same chat within a second', async () => {
    const bot = makeBot();
    await bot.api.sendMessage(7, 'one');
    const err = await bot.api.sendMessage(7, 'two').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect(err).toMatchObject({
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    expect(api.stats.tooManyRequests).toMatchObject({ perChat: 1, total: 1 });
  });

  it('lets @grammyjs/auto-retry wait retry_after and succeed', async () => {
    const bot = makeBot();
    bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 5 }));
    const t0 = Date.now();
    await bot.api.sendMessage(7, 'one');
    await bot.api.sendMessage(7, 'two');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(api.messagesTo(7).map((m) => m.text)).toEqual(['one', 'two']);
    expect(api.stats.tooManyRequests.perChat).toBe(1);
  });

  it('limits a group per minute and all chats per second', async () => {
    await start({ limits: { perChatPerSecond: 100, perGroupPerMinute: 2, globalPerSecond: 5 } });
    const bot = makeBot();
    await bot.api.sendMessage(-300, 'a');
    await bot.api.sendMessage(-300, 'b');
    const group = await bot.api.sendMessage(-300, 'c').catch((e: unknown) => e);
    expect(group).toMatchObject({ error_code: 429 });
    expect((group as GrammyError).parameters.retry_after).toBeGreaterThan(50);
    for (const id of [1, 2, 3]) await bot.api.sendMessage(id, 'x');
    await expect(bot.api.sendMessage(4, 'x')).rejects.toMatchObject({ error_code: 429 });
    expect(api.stats.tooManyRequests).toMatchObject({ perGroup: 1, global: 1, total: 2 });
  });

  it('scales limits and keeps up with a quick broadcast', async () => {
    await start({ limits: { scale: 100 }, recordCalls: false });
    const bot = makeBot();
    const t0 = Date.now();
    const chats = Array.from({ length: 1000 }, (_, i) => 10_000 + i);
    for (let i = 0; i < chats.length; i += 3) {
      await Promise.all(chats.slice(i, i + 3).map((id) => bot.api.sendMessage(id, `<b>Briefing</b> ${id}`, { parse_mode: 'HTML' })));
    }
    expect(api.stats.sent).toBe(1000);
    expect(api.stats.tooManyRequests.total).toBe(0);
    // A generous bound: this guards against a pathological slowdown (seconds per send), not a speed target; figures live in bench/.
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe('chat states', () => {
  it('answers 403 for blocked, kicked and deactivated chats', async () => {
    const bot = makeBot();
    api.blockChat(5);
    await expect(bot.api.sendMessage(5, 'hi')).rejects.toMatchObject({
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    api.addChat({ id: -20, type: 'group', title: 'G' });
    api.blockChat(-20);
    await expect(bot.api.sendMessage(-20, 'hi')).rejects.toMatchObject({
      description: 'Forbidden: bot was kicked from the group chat',
    });
    api.deactivateUser(6);
    await expect(bot.api.sendMessage(6, 'hi')).rejects.toMatchObject({ description: 'Forbidden: user is deactivated' });
    api.unblockChat(5);
    await expect(bot.api.sendMessage(5, 'back')).resolves.toMatchObject({ text: 'back' });
  });

  it('answers 400 with migrate_to_chat_id for a group upgraded to a supergroup', async () => {
    const bot = makeBot();
    api.migrateChat(-400, -1001234567890);
    const err = await bot.api.sendMessage(-400, 'hi').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect(err).toMatchObject({
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1001234567890 },
    });
    await expect(bot.api.sendMessage(-1001234567890, 'hi')).resolves.toMatchObject({ chat: { type: 'supergroup' } });
  });

  it('reports group admins through getChatMember and getChatAdministrators', async () => {
    const bot = makeBot();
    api.addChat({ id: -200, type: 'supergroup', title: 'Analysts' });
    api.setAdmins(-200, [{ id: 7, first_name: 'Ada' }], 1);
    expect((await bot.api.getChatMember(-200, 7)).status).toBe('administrator');
    expect((await bot.api.getChatMember(-200, 1)).status).toBe('creator');
    expect((await bot.api.getChatMember(-200, 9)).status).toBe('member');
    expect((await bot.api.getChatAdministrators(-200)).map((m) => m.user.id)).toEqual([1, 7]);
    expect(await bot.api.getChat(-200)).toMatchObject({ id: -200, type: 'supergroup', title: 'Analysts' });
    await expect(bot.api.getChatAdministrators(7)).rejects.toMatchObject({ error_code: 400 });
  });
});

describe('buttons and edits', () => {
  it('round-trips a callback button click, answer and edit', async () => {
    const bot = makeBot();
    bot.command('vote', (ctx) => ctx.reply('Cooperate?', { reply_markup: new InlineKeyboard().text('Yes', 'vote:yes') }));
    bot.callbackQuery('vote:yes', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Thanks' });
      await ctx.editMessageText('You voted <b>yes</b>', { parse_mode: 'HTML' });
    });
    const { running } = await startPolling(bot);

    api.sendText({ id: -500, type: 'group', title: 'G' }, 42, '/vote');
    const question = await api.waitFor(() => api.messagesTo(-500)[0]);
    expect(() => api.clickButton(question, 'vote:no', 42)).toThrow(/no button/);
    api.clickButton(question, 'vote:yes', 42);
    await api.waitFor(() => api.edits.length === 1);

    expect(api.callbackAnswers).toMatchObject([{ text: 'Thanks', show_alert: false }]);
    expect(api.messagesTo(-500)).toMatchObject([
      { message_id: question.message_id, text: 'You voted yes', reply_markup: undefined },
    ]);
    expect(api.sent[0]?.text).toBe('Cooperate?'); // the log keeps what was sent
    await bot.stop();
    await running;
  });

  it('refuses an edit that changes nothing and edits of missing messages', async () => {
    const bot = makeBot();
    const m = await bot.api.sendMessage(1, 'same');
    await expect(bot.api.editMessageText(1, m.message_id, 'same')).rejects.toMatchObject({
      description: expect.stringMatching(/^Bad Request: message is not modified/) as unknown,
    });
    await expect(bot.api.editMessageText(1, 999, 'x')).rejects.toMatchObject({
      description: 'Bad Request: message to edit not found',
    });
    await expect(bot.api.deleteMessage(1, m.message_id)).resolves.toBe(true);
    await expect(bot.api.deleteMessage(1, m.message_id)).rejects.toMatchObject({
      description: 'Bad Request: message to delete not found',
    });
    expect(api.messagesTo(1)).toEqual([]);
  });
});

describe('fault injection', () => {
  it('injects 5xx, 429, connection resets and hangs', async () => {
    const bot = makeBot();
    api.failNext('getMe', { status: 500 });
    await expect(bot.api.getMe()).rejects.toMatchObject({ error_code: 500, description: 'Internal Server Error' });

    api.failNext('getMe', { resetConnection: true });
    await expect(bot.api.getMe()).rejects.toBeInstanceOf(HttpError);

    api.failNext('sendMessage', { status: 429, retryAfter: 3, times: 2 });
    await expect(bot.api.sendMessage(1, 'a')).rejects.toMatchObject({ parameters: { retry_after: 3 } });
    await expect(bot.api.sendMessage(1, 'a')).rejects.toMatchObject({ error_code: 429 });
    await expect(bot.api.sendMessage(1, 'a')).resolves.toMatchObject({ text: 'a' });
    expect(api.stats.tooManyRequests.injected).toBe(2);

    api.failNext('*', { hang: 150 });
    const t0 = Date.now();
    await bot.api.getMe();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });
});
