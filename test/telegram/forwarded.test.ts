import { afterEach, describe, expect, it } from 'vitest';
import { FORWARDED_COMMAND_KEY } from '../../src/telegram/features/fair-use.js';
import { ADMIN_ID, READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('commands act with the rights of the person who wrote them', () => {
  it('a command inside a forwarded message is not run, even from an admin', async () => {
    h = await startHarness();
    const feed = h.app.stores.feeds.insert({ url: 'https://example.com/a.xml', addedBy: 'test', createdAt: new Date() });
    const text = `/pausefeed ${feed.id}`;
    const update = h.fake.pushUpdate({
      message: {
        message_id: 900, date: Math.floor(Date.now() / 1000), chat: { id: ADMIN_ID, type: 'private', first_name: 'Admin' }, from: { id: ADMIN_ID, is_bot: false, first_name: 'Admin' },
        forward_origin: { type: 'user', date: Math.floor(Date.now() / 1000) - 60, sender_user: { id: 777, is_bot: false, first_name: 'Someone' } },
        text, entities: [{ type: 'bot_command', offset: 0, length: 10 }],
      },
    });
    await h.handled(update);
    expect(h.app.stores.feeds.get(feed.id)?.enabled).toBe(true);
    expect(h.fake.messagesTo(ADMIN_ID).at(-1)?.text).toBe(h.app.translations.t('en', FORWARDED_COMMAND_KEY));
    // Written by the admin, it works.
    const [done] = await h.say(text, { from: ADMIN_ID });
    expect(done?.text).toMatch(/^Paused/);
    expect(h.app.stores.feeds.get(feed.id)?.enabled).toBe(false);
  });

  it("a button press from someone else cannot change a private chat's settings", async () => {
    h = await startHarness();
    await h.say('/subscribe');
    const [menu] = await h.say('/settings');
    await h.click(menu!, 'st:z:Asia/Jakarta', 9999);
    expect(h.app.stores.subscribers.get(READER_ID)?.timezone).toBe('UTC');
    await h.click(menu!, 'st:z:Asia/Jakarta', READER_ID);
    expect(h.app.stores.subscribers.get(READER_ID)?.timezone).toBe('Asia/Jakarta');
  });
});
