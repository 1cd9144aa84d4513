/**
 * The weekly recap (issue 11): in /settings a chat picks daily (default), weekly (Mondays, with the
 * /trend chart and the week's top stories) or both; the pass honours it at the chat's local time and
 * the ledger sends a recap once per week per chat, resuming after a failure without repeats.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { READER_ID, startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MONDAY = Date.parse('2026-11-30T09:00:00Z');
const DAY = 86_400_000;
const DAILY = 3001;
const WEEKLY = 3002;
const BOTH = 3003;

async function setUp(clock: { now: number }) {
  h = await startHarness({ now: () => new Date(clock.now) });
  for (const [chatId, frequency, locale] of [[DAILY, 'daily', 'en'], [WEEKLY, 'weekly', 'ru'], [BOTH, 'both', 'en']] as const) {
    h.app.stores.subscribers.subscribe({ chatId, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: new Date(clock.now - 3 * DAY), locale });
    h.app.stores.subscribers.updateSettings(chatId, { digestFrequency: frequency }, new Date(clock.now));
  }
  // Stories over the past week (the recap) and one today (the daily briefing).
  storeStories(h.app, [{ title: 'Washington widens chip export controls on China', countries: ['CN', 'US'], stance: 'competition' }], new Date(clock.now - 4 * DAY));
  storeStories(h.app, [{ title: 'Moscow and Beijing sign an AI research pact', countries: ['CN', 'RU'], stance: 'cooperation' }], new Date(clock.now - 2 * DAY));
  storeStories(h.app, [{ title: 'Nvidia cleared to sell H20 chips to China again', countries: ['CN', 'US'], stance: 'mixed' }], new Date(clock.now - 3_600_000));
  return h;
}

const photosTo = (hh: Harness, chatId: number) => hh.fake.sent.filter((m) => m.chat_id === chatId && m.photo);
const textsTo = (hh: Harness, chatId: number) => hh.fake.sent.filter((m) => m.chat_id === chatId && !m.photo).map((m) => m.text);

describe('weekly recap', () => {
  it('goes on Monday to weekly and both chats, with the chart first, once per week; daily chats get only their briefing', async () => {
    const clock = { now: MONDAY };
    const hh = await setUp(clock);
    const report = await hh.digests.sendDue();
    expect(report).toMatchObject({ failed: 0, due: 4 });

    // Daily: the day's briefing, no chart.
    expect(photosTo(hh, DAILY)).toHaveLength(0);
    expect(textsTo(hh, DAILY).join('\n')).toMatch(/^Troika briefing — Monday, 30 November 2026/);

    // Weekly (in Russian): the chart with its caption, then the week's top stories, no daily.
    const [chart] = photosTo(hh, WEEKLY);
    expect(chart!.photo!.data.subarray(1, 4).toString()).toBe('PNG');
    expect(chart!.text).toMatch(/^Неделя с 2026-11-23: сюжетов — 2\./);
    const weekly = textsTo(hh, WEEKLY).join('\n');
    expect(weekly).toMatch(/^Troika за неделю — неделя с понедельник, 23 ноября 2026/);
    expect(weekly).toContain('Washington widens chip export controls');
    expect(weekly).toContain('Moscow and Beijing sign an AI research pact');
    expect(weekly).toContain('Nvidia cleared to sell H20');
    expect(textsTo(hh, WEEKLY).some((t) => t.startsWith('Сводка Troika'))).toBe(false);

    // Both: the daily briefing first, then the chart and the recap, never interleaved.
    const both = hh.fake.sent.filter((m) => m.chat_id === BOTH).map((m) => (m.photo ? 'chart' : m.text.split('\n')[0]));
    expect(both).toEqual(['Troika briefing — Monday, 30 November 2026', 'chart', 'Troika weekly — the week of Monday, 23 November 2026']);
    // The recap repeats what the daily carried, and leaves the daily's records alone.
    expect(textsTo(hh, BOTH)[1]).toContain('Nvidia cleared to sell H20');

    // A second pass that Monday, and one later in the day, send nothing new.
    const before = hh.fake.sent.length;
    await hh.digests.sendDue();
    clock.now = MONDAY + 10 * 3_600_000;
    await hh.digests.sendDue();
    expect(hh.fake.sent.length).toBe(before);

    // Tuesday: a new story reaches the daily chats; the weekly chat hears nothing.
    clock.now = MONDAY + DAY;
    storeStories(hh.app, [{ title: 'US lab and Chinese university co-author a safety paper', countries: ['CN', 'US'], stance: 'cooperation' }], new Date(clock.now - 3_600_000));
    await hh.digests.sendDue();
    expect(textsTo(hh, DAILY).at(-1)).toContain('co-author a safety paper');
    expect(textsTo(hh, BOTH).at(-1)).toContain('co-author a safety paper');
    expect(photosTo(hh, WEEKLY)).toHaveLength(1);
    expect(photosTo(hh, BOTH)).toHaveLength(1);

    // The next Monday: the weekly chats get their second recap.
    clock.now = MONDAY + 7 * DAY;
    await hh.digests.sendDue();
    expect(photosTo(hh, WEEKLY)).toHaveLength(2);
    expect(photosTo(hh, BOTH)).toHaveLength(2);
    expect(photosTo(hh, DAILY)).toHaveLength(0);
  });

  it('honours the local time: Monday 08:00 in Jakarta is Monday 01:00 UTC, and Sunday evening UTC is not yet Monday there', async () => {
    const clock = { now: Date.parse('2026-11-29T23:30:00Z') };
    const hh = await setUp(clock);
    hh.app.stores.subscribers.updateSettings(WEEKLY, { timezone: 'Asia/Jakarta' }, new Date(clock.now));
    await hh.digests.sendDue();
    expect(photosTo(hh, WEEKLY)).toHaveLength(0); // 06:30 Monday in Jakarta: before 08:00
    clock.now = Date.parse('2026-11-30T01:00:00Z');
    await hh.digests.sendDue();
    expect(photosTo(hh, WEEKLY)).toHaveLength(1);
  });

  it('resumes a recap after a failed send without repeating the chart', async () => {
    const clock = { now: MONDAY };
    const hh = await setUp(clock);
    hh.app.stores.subscribers.deactivate(DAILY, 'test', new Date(clock.now));
    hh.app.stores.subscribers.deactivate(BOTH, 'test', new Date(clock.now));
    // A transient failure (the connection drops) right after the chart went out.
    hh.fake.failNext('sendMessage', { resetConnection: true });
    await hh.digests.sendDue();
    expect(photosTo(hh, WEEKLY)).toHaveLength(1);
    expect(textsTo(hh, WEEKLY)).toHaveLength(0);
    // The ledger row of this week's recap holds the chart as sent, and waits to retry.
    expect(hh.app.stores.deliveries.get(WEEKLY, '2026-11-30/week')).toMatchObject({ partsSent: 1, status: 'pending', attempts: 1 });
    clock.now = MONDAY + 10 * 60_000;
    await hh.digests.sendDue();
    expect(photosTo(hh, WEEKLY)).toHaveLength(1);
    expect(textsTo(hh, WEEKLY).join('\n')).toContain('Troika за неделю');
  });

  it('is chosen in /settings with buttons or typed, in the chat language', async () => {
    h = await startHarness();
    await h.say('/subscribe');
    const [view] = await h.say('/settings');
    expect(view!.text).toContain('Briefings: every day');
    await h.click(view!, 'st:f:weekly');
    expect(h.app.stores.subscribers.get(READER_ID)!.digestFrequency).toBe('weekly');
    expect(h.fake.callbackAnswers.at(-1)!.text).toBe('Briefings: weekly, on Mondays, with the /trend chart.');
    expect(h.fake.messagesTo(READER_ID).find((m) => m.message_id === view!.message_id)!.text).toContain('Briefings: weekly, on Mondays');
    const [typed] = await h.say('/settings both');
    expect(typed!.text).toBe('Briefings: every day, plus a weekly recap with the chart on Mondays, at 08:00.');
    expect(h.app.stores.subscribers.get(READER_ID)!.digestFrequency).toBe('both');
    await h.say('/language zh');
    const [zh] = await h.say('/settings daily');
    expect(zh!.text).toBe('简报频率：每天，时间 08:00。');
  });
});
