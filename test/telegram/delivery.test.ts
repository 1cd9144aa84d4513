import { afterEach, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../src/core/telegram-html.js';
import { createLogger } from '../../src/logger.js';
import { createDigestService } from '../../src/services/digests.js';
import { createTelegramSender } from '../../src/telegram/notifier.js';
import { Api } from 'grammy';
import { READER_ID, startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const longStory = (i: number) => ({
  title: `Story ${i}: US and China negotiate over AI chips, export controls and compute access in a long headline`,
  text: `Summary ${i} `.repeat(40),
  url: `https://example.com/long/${i}?utm_source=x`,
  countries: ['CN', 'US'] as const,
});

function subscribe(hh: Harness, chatId: number, type = 'private') {
  hh.app.stores.subscribers.subscribe({ chatId, chatType: type, title: null, digestTime: '00:00', timezone: 'UTC', now: hh.app.now() });
}

describe('briefing delivery', () => {
  it('splits a long briefing into valid parts: ≤ 4096 after parsing, < 50 entities each', async () => {
    h = await startHarness();
    storeStories(h.app, Array.from({ length: 15 }, (_, i) => ({ ...longStory(i), countries: ['CN', 'US'] })));
    subscribe(h, READER_ID);
    const report = await h.digests.sendDue();
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    const parts = h.fake.sent.filter((m) => m.chat_id === READER_ID);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      expect(part.entities.length).toBeLessThan(50);
    }
    const all = parts.map((p) => p.text).join('\n');
    for (let i = 0; i < 15; i++) expect(all).toContain(`Story ${i}:`);
    expect(h.fake.calls.filter((c) => c.status !== 200 && c.method === 'sendMessage')).toEqual([]);
  });

  it('never sends HTML Telegram would reject, whatever the feed text', async () => {
    h = await startHarness();
    const nasty = ['<script>alert(1)</script> & friends', 'a < b && c > d <i>unbalanced', '<b>fake</b> <tg-spoiler>x', '&amp; &bogus; &#xZZ; </a>'];
    storeStories(h.app, nasty.map((t, i) => ({ title: t, text: `${t} <br/> <p onclick="x">`, source: `<Source & ${i}>`, url: `https://example.com/?a=1&b=<${i}>` })));
    subscribe(h, READER_ID);
    await h.digests.sendDue();
    await h.say('/latest 10');
    await h.say('/search <script>');
    const rejected = h.fake.calls.filter((c) => c.status === 400);
    expect(rejected).toEqual([]);
    const texts = h.fake.sent.map((m) => m.text).join('\n');
    expect(texts).toContain('<script>alert(1)</script> & friends');
    expect(texts).toContain('&bogus;');
    for (const m of h.fake.sent) expect(parseTelegramHtml(String(m.params.text)).ok).toBe(true);
  });

  it('honours 429 retry_after and gives up on waits longer than maxDelaySeconds', async () => {
    h = await startHarness();
    h.fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    expect(await h.sender.sendHtml(READER_ID, '<b>hello</b>')).toMatchObject({ ok: true, messageId: expect.any(Number) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([429, 200]);

    h.fake.failNext('sendMessage', { status: 429, retryAfter: 60 });
    const result = await h.sender.sendHtml(READER_ID, 'later');
    expect(result).toMatchObject({ ok: false, kind: 'failed' });
  });

  it('retries a 5xx answer with backoff and then delivers', async () => {
    h = await startHarness();
    h.fake.failNext('sendMessage', { status: 502 });
    expect(await h.sender.sendHtml(READER_ID, '<b>after a 502</b>')).toMatchObject({ ok: true, messageId: expect.any(Number) });
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([502, 200]);
  });

  it('turns a send that hangs past the client timeout into a transient failure (the ledger retries later)', async () => {
    h = await startHarness();
    const api = new Api(h.fake.token, { apiRoot: h.fake.apiRoot, timeoutSeconds: 1 });
    const sender = createTelegramSender(api, { perSecond: 100, perChatPerSecond: 100, groupPerMinute: 6000, logger: createLogger('silent') });
    h.fake.failNext('sendMessage', { hang: 3000 });
    const started = Date.now();
    expect(await sender.sendHtml(READER_ID, 'slow')).toMatchObject({ ok: false, kind: 'failed' });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('paces sends under the per-chat and global limits (no 429 from the fake)', async () => {
    h = await startHarness({ fake: { limits: { perChatPerSecond: 10, globalPerSecond: 20, scale: 1 } } });
    const sender = createTelegramSender(new Api(h.fake.token, { apiRoot: h.fake.apiRoot }), { perSecond: 20, perChatPerSecond: 10, groupPerMinute: 600, logger: createLogger('silent') });
    const sends = [1, 2].flatMap((chat) => Array.from({ length: 6 }, (_, i) => sender.sendHtml(chat, `m${i}`)));
    const results = await Promise.all(sends);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(h.fake.stats.tooManyRequests.total).toBe(0);
    expect(h.fake.sent).toHaveLength(12);
  });

  it('maps errors: 403 → blocked (subscriber deactivated), bad HTML → rejected, migrated group moves', async () => {
    h = await startHarness();
    storeStories(h.app, [{ title: 'One story' }]);
    subscribe(h, 11);
    subscribe(h, 12);
    subscribe(h, -42, 'group');
    h.fake.blockChat(11);
    h.fake.migrateChat(-42, -1001234567890);
    const report = await h.digests.sendDue();
    expect(report).toMatchObject({ due: 3, sent: 1, failed: 2 });
    expect(h.app.stores.subscribers.get(11)).toMatchObject({ active: false, inactiveReason: 'Forbidden: bot was blocked by the user' });
    expect(h.app.stores.subscribers.get(-1001234567890)?.active).toBe(true);
    await h.digests.sendDue();
    expect(h.fake.messagesTo(-1001234567890)).toHaveLength(1);
    expect(h.fake.messagesTo(12)).toHaveLength(1);

    expect(await h.sender.sendHtml(12, '<b>unclosed')).toMatchObject({ ok: false, kind: 'rejected' });
    expect(h.fake.calls.filter((c) => c.status === 400 && c.params.chat_id === 12)).toHaveLength(1);
    h.fake.failNext('sendMessage', { resetConnection: true });
    expect(await h.sender.sendHtml(12, 'x')).toMatchObject({ ok: false, kind: 'failed' });
  });

  it('a restart mid-fan-out sends nothing twice', async () => {
    h = await startHarness();
    storeStories(h.app, Array.from({ length: 15 }, (_, i) => ({ ...longStory(i), countries: ['CN', 'US'] })));
    subscribe(h, 21);
    subscribe(h, 22);
    // The connection drops on the 3rd briefing message, as if the process died there.
    let count = 0;
    const off = h.fake.onOutgoing((e) => {
      if (e.kind === 'send' && ++count === 2) h!.fake.failNext('sendMessage', { resetConnection: true });
    });
    const digests1 = createDigestService({ items: h.app.stores.items, stories: h.app.stores.stories, subscribers: h.app.stores.subscribers, deliveries: h.app.stores.deliveries, sender: h.sender, now: h.app.now, logger: createLogger('silent'), fanOut: 1, translations: h.app.translations });
    const first = await digests1.sendDue();
    off();
    expect(first.failed).toBeGreaterThanOrEqual(1);
    const sentBefore = h.fake.sent.length;
    expect(sentBefore).toBe(2);

    // "Restart": a fresh service and sender over the same database.
    const sender2 = createTelegramSender(new Api(h.fake.token, { apiRoot: h.fake.apiRoot }), { perSecond: 1000, perChatPerSecond: 100, groupPerMinute: 6000, logger: createLogger('silent') });
    // A failed pass backs off a minute before the chat is tried again.
    const later = () => new Date(h!.app.now().getTime() + 61_000);
    const digests2 = createDigestService({ items: h.app.stores.items, stories: h.app.stores.stories, subscribers: h.app.stores.subscribers, deliveries: h.app.stores.deliveries, sender: sender2, now: later, logger: createLogger('silent'), translations: h.app.translations });
    const second = await digests2.sendDue();
    expect(second.failed).toBe(0);
    expect(await digests2.sendDue()).toMatchObject({ due: 0 });

    for (const chat of [21, 22]) {
      const texts = h.fake.messagesTo(chat).map((m) => m.text);
      expect(new Set(texts).size).toBe(texts.length);
      const joined = texts.join('\n');
      for (let i = 0; i < 15; i++) expect(joined.split(`Story ${i}:`).length - 1).toBe(1);
    }
  });
});
