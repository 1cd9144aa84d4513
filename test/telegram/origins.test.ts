import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { feedsCommand } from '../../src/cli/feeds.js';
import { ADMIN_ID, READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('feed origins', () => {
  it('are guessed for feeds without one at start-up, shown in /sources and /feeds, and changed by /setorigin (admins only)', async () => {
    h = await startHarness();
    const now = h.app.now();
    const tass = h.app.stores.feeds.insert({ url: 'https://tass.ru/rss/v2.xml', name: 'TASS', language: 'ru', addedBy: 'test', createdAt: now });
    const blog = h.app.stores.feeds.insert({ url: 'https://blog.example.org/feed', name: 'A blog', language: 'en', addedBy: 'test', createdAt: now });
    // What start-up does for feeds stored before origins existed (TASS is a default feed: its listed origin).
    const { assignMissingOrigins } = await import('../../src/services/default-feeds.js');
    expect(assignMissingOrigins(h.app.stores.feeds)).toBe(2);
    expect(h.app.stores.feeds.get(tass.id)).toMatchObject({ origin: 'RU', stateMedia: true, originSetBy: 'default' });

    const [sources] = await h.say('/sources');
    expect(sources?.text).toContain('TASS (ru) 🇷🇺 RU · state');
    expect(sources?.text).toContain('A blog (en) 🌐 other');

    const [refused] = await h.say(`/setorigin ${blog.id} US`);
    expect(refused?.text).toMatch(/^This command is for admins\.\nYour Telegram user id is \d+\./);
    const [bad] = await h.say(`/setorigin ${blog.id} Mars`, { from: ADMIN_ID });
    expect(bad?.text).toMatch(/give an origin \(US, CN, RU, ID, other\).*\/setorigin 12 CN state/);
    const [ok] = await h.say(`/setorigin ${blog.id} US`, { from: ADMIN_ID });
    expect(ok?.text).toBe(`#${blog.id} A blog: 🇺🇸 US.`);
    expect(h.app.stores.feeds.get(blog.id)).toMatchObject({ origin: 'US', stateMedia: false, originSetBy: 'admin' });
    // An admin's choice survives the next start-up.
    expect(assignMissingOrigins(h.app.stores.feeds)).toBe(0);

    const [feeds] = await h.say('/feeds', { from: ADMIN_ID });
    expect(feeds?.text).toContain(`#${tass.id} TASS 🇷🇺 RU · state`);
    expect(feeds?.text).toContain(`#${blog.id} A blog 🇺🇸 US`);
    void READER_ID;
  });

  it('troika feeds set-origin and feeds list', async () => {
    h = await startHarness();
    const feed = h.app.stores.feeds.insert({ url: 'https://www.globaltimes.cn/rss', name: 'Global Times', addedBy: 'test', createdAt: h.app.now() });
    const run = async (argv: string[]) => {
      const out = new PassThrough();
      const err = new PassThrough();
      const chunks: string[] = [];
      out.on('data', (c) => chunks.push(String(c)));
      err.on('data', (c) => chunks.push(String(c)));
      const code = await feedsCommand(argv, h!.app, out, err);
      return { code, text: chunks.join('') };
    };
    expect(await run(['set-origin', String(feed.id), 'CN', 'state'])).toEqual({ code: 0, text: `feed ${feed.id}: origin CN, state media\n` });
    expect((await run(['list'])).text).toMatch(/Global Times .* CN state/);
    await expect(run(['set-origin', String(feed.id), 'XX'])).rejects.toThrow(/US, CN, RU, ID, other/);
    expect(await run(['set-origin', '999', 'US'])).toMatchObject({ code: 1 });
  });
});
