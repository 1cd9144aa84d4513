import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { loadTranslations } from '../../src/i18n/translations.js';
import { publishCommands } from '../../src/telegram/bot.js';
import { runConsole } from '../../src/telegram/console.js';
import { parseFilterPayload } from '../../src/telegram/features/reader-filters.js';
import { parseSettingsPayload, settingsView } from '../../src/telegram/features/settings.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { ADMIN_ID, READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
let server: FeedServer | undefined;
afterEach(async () => {
  await h?.close();
  await server?.close();
  h = undefined;
  server = undefined;
});

describe('settings', () => {
  it('changes time, zone, countries and empty days through the buttons; bad free entries change nothing', async () => {
    h = await startHarness();
    await h.say('/subscribe');
    const [menu] = await h.say('/settings');
    expect(menu?.text).toContain('Time: 08:00 (UTC)');
    await h.click(menu!, 'st:t:07:00');
    expect(h.app.stores.subscribers.get(READER_ID)?.digestTime).toBe('07:00');
    expect(h.fake.messagesTo(READER_ID).at(-1)?.text).toContain('Time: 07:00 (UTC)');
    await h.click(menu!, 'st:z:Asia/Jakarta');
    await h.click(menu!, 'st:c:RU');
    await h.click(menu!, 'st:e:on');
    expect(h.app.stores.subscribers.get(READER_ID)).toMatchObject({ timezone: 'Asia/Jakarta', countries: ['CN', 'US'], sendEmpty: true });

    // Free entry after "Other time…": a bad one is explained and changes nothing; a good one is saved.
    const [ask] = await h.click(menu!, 'st:ask:time');
    expect(ask?.text).toContain('HH:MM');
    const [bad] = await h.say('25:99');
    // The prompt stays open after a bad value (see settings-prompt.test.ts), so it says how to stop.
    expect(bad?.text).toBe('“25:99” is not a time of day. Send the time as HH:MM on a 24-hour clock, e.g. 07:30. Nothing was changed.\nSend another value, or any command to stop.');
    expect(h.app.stores.subscribers.get(READER_ID)?.digestTime).toBe('07:00');
    await h.click(menu!, 'st:ask:time');
    const [good] = await h.say('7:30');
    expect(good?.text).toBe('Briefing time set to 07:30 (Asia/Jakarta).');

    const [badZone] = await h.say('/settings tz Mars/Olympus_Mons');
    expect(badZone?.text).toMatch(/is not a time zone I know.*Nothing was changed\.$/);
    const [okZone] = await h.say('/settings tz Europe/Berlin');
    expect(okZone?.text).toContain('Europe/Berlin');
    expect(h.app.stores.subscribers.get(READER_ID)).toMatchObject({ digestTime: '07:30', timezone: 'Europe/Berlin' });

    // The last country cannot be switched off.
    await h.click(menu!, 'st:c:CN');
    await h.click(menu!, 'st:c:US');
    expect(h.app.stores.subscribers.get(READER_ID)?.countries).toEqual(['US']);
    expect(h.fake.callbackAnswers.at(-1)?.text).toBe('Keep at least one country.');
  });

  it.each([
    ['st:t:07:00', { field: 't', value: '07:00' }],
    ['st:z:America/New_York', { field: 'z', value: 'America/New_York' }],
    ['st:c:RU', { field: 'c', value: 'RU' }],
    ['st:t:24:00', null],
    ['st:t:7:00', null],
    ['st:z:Not/AZone', null],
    ['st:c:DE', null],
    ['st:s:war', null],
    ['st:x:1', null],
    [`st:z:${'A'.repeat(70)}`, null],
  ])('validates the callback payload %s', (data, expected) => {
    expect(parseSettingsPayload(data)).toEqual(expected);
  });

  it('keeps every button payload within 64 bytes', () => {
    const sub = { chatId: 1, chatType: 'private', title: null, active: true, inactiveReason: null, digestTime: '08:00', timezone: 'America/Argentina/ComodRivadavia', countries: ['CN', 'RU', 'US'] as const, stances: ['cooperation', 'competition', 'mixed'] as const, sendEmpty: false, topics: [], mutedWords: [], digestFrequency: 'daily' as const, threadId: null, managedBy: null, lastDigestAt: null, createdAt: new Date(), locale: 'ru' as const, storyLangs: ['en', 'id', 'ru', 'zh'] as const };
    const kb = settingsView({ ...sub, countries: [...sub.countries], stances: [...sub.stances], topics: [...sub.topics], storyLangs: [...sub.storyLangs] }, loadTranslations().translator('ru'), 'ru').keyboard;
    for (const b of kb.inline_keyboard.flat()) {
      const data = (b as { callback_data?: string }).callback_data!;
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      // The reader-filter buttons (rf:…) belong to their own feature and parser.
      expect(data.startsWith('rf:') ? parseFilterPayload(data) : parseSettingsPayload(data)).not.toBeNull();
    }
  });

  it('in a group only the group’s admins may subscribe or change settings', async () => {
    h = await startHarness();
    const group = { id: -500, type: 'group' as const, title: 'AI watchers' };
    h.fake.setAdmins(group, [ADMIN_ID]);
    const [refused] = await h.say('/subscribe', { chat: group, from: READER_ID });
    expect(refused?.text).toBe("Only this group's admins can change its subscription or settings.");
    expect(h.app.stores.subscribers.get(-500)).toBeUndefined();
    const [ok] = await h.say('/subscribe', { chat: group, from: ADMIN_ID });
    expect(ok?.text).toMatch(/^Subscribed/);
    const [menu] = await h.say('/settings', { chat: group, from: READER_ID });
    await h.click(menu!, 'st:t:12:00', READER_ID);
    expect(h.app.stores.subscribers.get(-500)?.digestTime).toBe('08:00');
    await h.click(menu!, 'st:t:12:00', ADMIN_ID);
    expect(h.app.stores.subscribers.get(-500)?.digestTime).toBe('12:00');
    expect(h.app.stores.runs.adminActions().map((a) => a.action)).toEqual(['chat.settings', 'chat.subscribe']);
    // Group chatter is not answered; unknown commands addressed to us are.
    expect(await h.say('just talking', { chat: group })).toEqual([]);
    const [hint] = await h.say('/nope', { chat: group });
    expect(hint?.text).toMatch(/Send \/help/);
  });
});

const rss = (items: string[]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local AI News</title><link>http://127.0.0.1/</link>${items
  .map((t, i) => `<item><title>${t}</title><link>http://127.0.0.1/a/${i}</link><description>${t}. The United States and China compete on artificial intelligence chips.</description><pubDate>${new Date().toUTCString()}</pubDate></item>`)
  .join('')}</channel></rss>`;

describe('admin feed management', () => {
  it('adds (against a local feed server), pauses, resumes, removes and refreshes, with an audit trail', async () => {
    server = await startFeedServer({
      '/feed.xml': (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(['US and China race for AI chips', 'Russia and China sign AI cooperation deal', 'Local weather'])),
      '/not-a-feed': (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>hello</body></html>'),
    });
    h = await startHarness();
    const as = { from: ADMIN_ID };
    const [added] = await h.say(`/addfeed ${server.url('/feed.xml')} Local News`, as);
    expect(added?.text).toMatch(/^Added #(\d+) Local News: 3 items found, \d look relevant\.$/);
    const id = Number(/#(\d+)/.exec(added!.text)![1]);
    const [dup] = await h.say(`/addfeed ${server.url('/feed.xml')}`, as);
    expect(dup?.text).toMatch(/^Not added: that feed is already in the list/);
    const [bad] = await h.say('/addfeed ftp://example.com/feed', as);
    expect(bad?.text).toMatch(/^Not added: /);
    const [unreadable] = await h.say(`/addfeed ${server.url('/not-a-feed')}`, as);
    expect(unreadable?.text).toMatch(/^Not added: /);

    expect((await h.say(`/pausefeed ${id}`, as))[0]?.text).toBe(`Paused #${id} Local News.`);
    expect(h.app.stores.feeds.get(id)?.enabled).toBe(false);
    expect((await h.say('/sources'))[0]?.text).toBe('No active feeds.');
    expect((await h.say(`/resumefeed ${id}`, as))[0]?.text).toBe(`Resumed #${id} Local News.`);
    expect((await h.say('/sources'))[0]?.text).toContain('Local News');
    const [feeds] = await h.say('/feeds', as);
    expect(feeds?.text).toContain(`#${id} Local News`);
    expect(feeds?.text).toContain('3 items');

    await h.say('/refresh', as);
    const done = await h.fake.waitFor(() => h!.fake.messagesTo(ADMIN_ID).find((m) => m.text.startsWith('Refresh done')), 15_000);
    expect(done.text).toMatch(/1 feed, 1 fetched/);

    expect((await h.say('/removefeed abc', as))[0]?.text).toBe('give a feed id (a number from the feed list), e.g. /removefeed 12.');
    expect((await h.say(`/removefeed ${id}`, as))[0]?.text).toBe(`Removed #${id} Local News.`);
    expect((await h.say(`/removefeed ${id}`, as))[0]?.text).toBe(`Nothing changed: no feed with id ${id}.`);
    expect(h.app.stores.runs.adminActions().map((a) => a.action).reverse()).toEqual(['feed.add', 'feed.disable', 'feed.enable', 'feed.remove']);
  });

  it('publishes reader commands for everyone and admin commands in each admin’s chat', async () => {
    h = await startHarness();
    await publishCommands(h.bot.api, [ADMIN_ID], h.app.translations);
    const everyone = h.fake.commands() as Array<{ command: string; description: string }>;
    expect(everyone.map((c) => c.command)).toContain('search');
    expect(everyone.map((c) => c.command)).not.toContain('addfeed');
    expect(everyone.every((c) => c.description.length > 0)).toBe(true);
    const admin = h.fake.commands({ type: 'chat', chat_id: ADMIN_ID }) as Array<{ command: string }>;
    expect(admin.map((c) => c.command)).toEqual(expect.arrayContaining(['addfeed', 'stats', 'latest']));
  });
});

describe('console', () => {
  it('chats through the fake API, presses buttons, and exits on EOF', async () => {
    const config = parseConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent' });
    const app = createApp(config, createLogger('silent'), { seed: false });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runConsole({ app, input, output, config });
    input.write('/start\n:click 1\n:click 9\n/feeds\n/help\n');
    input.end();
    await done;
    app.close();
    expect(text).toContain(':click n');
    expect(text).toContain('[1: Subscribe]');
    expect(text).toContain('bot> Subscribed: the briefing comes every day at 08:00');
    expect(text).toContain('(no button 9');
    expect(text).toContain('No feeds. Add one with /addfeed.');
    expect(text).not.toMatch(/<\/?b>/);
    expect(text.trimEnd().endsWith('Bye.')).toBe(true);
  });
});
