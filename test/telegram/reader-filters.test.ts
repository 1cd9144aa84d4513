import { afterEach, describe, expect, it } from 'vitest';
import { parseFilterPayload, mutedView, topicsView } from '../../src/telegram/features/reader-filters.js';
import { READER_ID, startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const NOW = new Date('2026-11-30T10:00:00Z');

async function subscribed() {
  h = await startHarness({ now: () => NOW });
  await h.say('/subscribe');
  return h;
}

describe('reader filters in /settings', () => {
  it('topics: chips toggle “only these”, “All topics” clears; the settings view shows the choice', async () => {
    await subscribed();
    const [menu] = await h.say('/settings');
    expect(menu!.text).toContain('Topics: all');
    await h.click(menu!, 'rf:v:topics');
    expect(h.fake.messagesTo(READER_ID).at(-1)!.text).toContain('You get stories on all topics.');
    await h.click(menu!, 'rf:tp:military');
    await h.click(menu!, 'rf:tp:chips-export-controls');
    expect(h.app.stores.subscribers.get(READER_ID)!.topics).toEqual(['chips-export-controls', 'military']);
    expect(h.fake.messagesTo(READER_ID).at(-1)!.text).toContain('You get only stories on: Chips & export controls, Military.');
    expect(h.fake.callbackAnswers.at(-1)!.text).toBe('Only: Military, Chips & export controls.');
    await h.click(menu!, 'rf:v:main');
    expect(h.fake.messagesTo(READER_ID).at(-1)!.text).toContain('Topics: Chips & export controls, Military');
    await h.click(menu!, 'rf:v:topics');
    await h.click(menu!, 'rf:tp:all');
    expect(h.app.stores.subscribers.get(READER_ID)!.topics).toEqual([]);
  });

  it('topics by free entry; unknown names change nothing', async () => {
    await subscribed();
    expect((await h.say('/settings topics chips, research'))[0]!.text).toBe('Only stories on: Chips & export controls, Research.');
    expect((await h.say('/settings topics chips, weather'))[0]!.text).toMatch(/I don't know “weather”.*Nothing was changed/);
    expect(h.app.stores.subscribers.get(READER_ID)!.topics).toEqual(['chips-export-controls', 'research']);
    expect((await h.say('/settings topics all'))[0]!.text).toBe('Stories on all topics.');
  });

  it('muted words: add by button and by command, remove by button and /settings unmute, at most 20', async () => {
    await subscribed();
    const [menu] = await h.say('/settings');
    await h.click(menu!, 'rf:v:muted');
    const [ask] = await h.click(menu!, 'rf:ask:mute');
    expect(ask!.text).toMatch(/Send a word or phrase to leave out/);
    expect((await h.say('Bitcoin'))[0]!.text).toMatch(/^Muted “Bitcoin” \(1 of 20\)/);
    expect((await h.say('/settings mute 比特币'))[0]!.text).toMatch(/^Muted “比特币” \(2 of 20\)/);
    expect((await h.say('/settings mute BITCOIN'))[0]!.text).toBe('That word is already muted. Nothing was changed.');
    expect((await h.say(`/settings mute ${'x'.repeat(41)}`))[0]!.text).toMatch(/too long/);
    const [list] = await h.say('/settings muted');
    expect(list!.text).toContain('• Bitcoin\n• 比特币');
    await h.click(list!, 'rf:mr:0');
    expect(h.app.stores.subscribers.get(READER_ID)!.mutedWords).toEqual(['比特币']);
    expect((await h.say('/settings unmute 比特币'))[0]!.text).toBe('“比特币” is no longer muted.');
    expect((await h.say('/settings unmute nothing'))[0]!.text).toMatch(/is not muted/);
    // Nineteen set directly (the fair-use limit allows 20 commands in 10 s), the twentieth by command.
    h.app.stores.subscribers.updateSettings(READER_ID, { mutedWords: Array.from({ length: 19 }, (_, i) => `word${i}`) }, NOW);
    expect((await h.say('/settings mute twentieth'))[0]!.text).toMatch(/\(20 of 20\)/);
    expect((await h.say('/settings mute one-too-many'))[0]!.text).toMatch(/You already mute 20 words/);
    expect(h.app.stores.subscribers.get(READER_ID)!.mutedWords).toHaveLength(20);
  });

  it('/digest, the lists and the scheduled briefing leave out filtered stories and say how many were hidden', async () => {
    await subscribed();
    storeStories(h.app, [
      { title: 'US and China clash over AI chip export controls', topics: ['chips-export-controls'] },
      { title: 'Bitcoin miners in Russia buy Chinese AI accelerators', topics: ['business'] },
      { title: 'Pentagon and PLA AI drone race', topics: ['military'] },
    ]);
    await h.say('/settings mute bitcoin');
    await h.say('/settings topics chips, business');
    const digest = (await h.say('/digest')).map((m) => m.text).join('\n');
    expect(digest).toContain('US and China clash over AI chip export controls');
    expect(digest).not.toContain('Bitcoin');
    expect(digest).not.toContain('Pentagon');
    expect(digest).toContain('2 more stories hidden by your filters (/settings).');
    const latest = (await h.say('/latest')).map((m) => m.text).join('\n');
    expect(latest).toContain('clash over AI chip');
    expect(latest).not.toContain('Bitcoin');

    // Everything hidden: the empty-day message says so instead of "no new stories".
    await h.say('/settings topics research');
    expect((await h.say('/digest'))[0]!.text).toContain('3 stories hidden by your filters (/settings). Nothing else is new since your last briefing.');
    h.app.stores.subscribers.updateSettings(READER_ID, { sendEmpty: true }, NOW);
    await h.digests.sendDue();
    expect(h.fake.messagesTo(READER_ID).at(-1)!.text).toContain('3 stories hidden by your filters');
  });

  it('when the filters hid everything, no reply says "no new stories" or "nothing yet": each says the filters hid them', async () => {
    await subscribed();
    storeStories(h.app, [
      { title: 'US and China clash over AI chip export controls', topics: ['chips-export-controls'] },
      { title: 'Pentagon and PLA AI drone race over chips', topics: ['military'] },
    ]);
    await h.say('/settings topics research');
    const digest = (await h.say('/digest'))[0]!.text;
    expect(digest).toContain('2 stories hidden by your filters (/settings).');
    expect(digest).not.toContain('No new stories');
    for (const command of ['/latest', '/china', '/search chips']) {
      const reply = (await h.say(command)).map((m) => m.text).join('\n');
      expect(reply, command).toBe('2 stories are hidden by your filters (/settings); nothing else to show here.');
    }
    h.app.stores.subscribers.updateSettings(READER_ID, { sendEmpty: true }, NOW);
    await h.digests.sendDue();
    const briefing = h.fake.messagesTo(READER_ID).at(-1)!.text;
    expect(briefing).toContain('2 stories hidden by your filters');
    expect(briefing).not.toContain('No new stories');
    // With no filter hiding anything, the plain empty texts stay.
    await h.say('/settings topics all');
    expect((await h.say('/search quantum'))[0]!.text).toBe('No relevant stories match “quantum”.');
  });

  it('only admins change a group’s filters', async () => {
    h = await startHarness({ now: () => NOW });
    const group = { id: -100500, type: 'supergroup' as const, title: 'Team' };
    h.fake.setAdmins(group.id, [42]);
    await h.say('/subscribe', { chat: group, from: 42 });
    expect((await h.say('/settings mute crypto', { chat: group, from: 7 }))[0]!.text).toMatch(/Only this group's admins/);
    expect((await h.say('/settings mute crypto', { chat: group, from: 42 }))[0]!.text).toMatch(/^Muted “crypto”/);
  });

  it('every filter button payload fits in 64 bytes and parses back', () => {
    const sub = { chatId: 1, chatType: 'private', title: null, active: true, inactiveReason: null, digestTime: '08:00', timezone: 'UTC', countries: ['CN' as const], stances: ['mixed' as const], sendEmpty: false, topics: [], mutedWords: Array.from({ length: 19 }, (_, i) => `word ${i}`), digestFrequency: 'daily' as const, threadId: null, managedBy: null, lastDigestAt: null, createdAt: new Date() };
    for (const kb of [topicsView({ ...sub, locale: null, storyLangs: ['en'] }, (k) => k).keyboard, mutedView({ ...sub, locale: null, storyLangs: ['en'] }, (k) => k).keyboard]) {
      for (const b of kb.inline_keyboard.flat()) {
        const data = (b as { callback_data: string }).callback_data;
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
        expect(parseFilterPayload(data), data).not.toBeNull();
      }
    }
    expect(parseFilterPayload('rf:mr:20')).toBeNull();
    expect(parseFilterPayload('rf:tp:weather')).toBeNull();
  });
});
