import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const GROUP = { id: -4200, type: 'group' as const, title: 'Readers' };

describe('"Other time…" / "Other time zone…" prompt stays open after a bad value', () => {
  it.each([
    ['private', 'time', 'st:ask:time', '25:99', '7:30', { digestTime: '07:30' }],
    ['private', 'zone', 'st:ask:tz', 'Mars/Olympus_Mons', 'asia/jakarta', { timezone: 'Asia/Jakarta' }],
    ['group', 'time', 'st:ask:time', 'soon', '21:15', { digestTime: '21:15' }],
    ['group', 'zone', 'st:ask:tz', 'jakarta', 'Asia/Jakarta', { timezone: 'Asia/Jakarta' }],
  ] as const)('%s chat, %s', async (where, _what, ask, bad, good, saved) => {
    h = await startHarness();
    h.fake.setAdmins(GROUP, [ADMIN_ID]);
    const chat = where === 'group' ? GROUP : undefined;
    const chatId = where === 'group' ? GROUP.id : ADMIN_ID;
    const opts = { chat, from: { id: ADMIN_ID } };
    await h.say('/subscribe', opts);
    const [menu] = await h.say('/settings', opts);
    await h.click(menu!, ask, { id: ADMIN_ID });
    const [retry] = await h.say(bad, opts);
    expect(retry?.text).toContain('Nothing was changed.');
    expect(retry?.text).toContain('Send another value, or any command to stop.');
    expect(retry?.reply_markup).toEqual({ force_reply: true });
    // The next answer (no new tap on the button) is taken.
    const [done] = await h.say(good, opts);
    expect(done?.text).not.toContain('Nothing was changed');
    expect(h.app.stores.subscribers.get(chatId)).toMatchObject(saved);
  });

  it('a command ends the prompt: the text after it is not taken as a time', async () => {
    h = await startHarness();
    const opts = { from: { id: ADMIN_ID } };
    await h.say('/subscribe', opts);
    const [menu] = await h.say('/settings', opts);
    await h.click(menu!, 'st:ask:time', { id: ADMIN_ID });
    await h.say('nope', opts);
    await h.say('/help', opts);
    await h.say('06:45', opts);
    expect(h.app.stores.subscribers.get(ADMIN_ID)?.digestTime).toBe('08:00');
  });
});
