/**
 * Channels (issue 11): an administrator of a channel where the bot is an administrator subscribes it
 * from the private chat (`/subscribe @channel` or a forwarded post), manages it there (`/settings
 * @channel`, `/channels`), and the briefing is posted in the channel. Rights are checked with
 * getChatMember every time, against a fake Bot API that answers as Telegram does.
 */
import { GrammyError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const OWNER = { id: 4001, first_name: 'Olga', language_code: 'en' };
const STRANGER = { id: 4002, first_name: 'Sam', language_code: 'en' };
const PUBLIC = { id: -1001234567890, type: 'channel' as const, title: 'AI Watch', username: 'aiwatch' };
const PRIVATE = { id: -1009876543210, type: 'channel' as const, title: 'Private Desk' };

// A fixed noon: the briefing at 08:00 (UTC) is due whatever the hour the suite runs (at 00:07 it was not).
const NOON = new Date('2026-06-10T12:00:00Z');

async function setUp() {
  const hh = await startHarness({ now: () => NOON });
  const botId = Number(hh.fake.token.split(':')[0]);
  for (const channel of [PUBLIC, PRIVATE]) {
    hh.fake.addChat(channel);
    hh.fake.setMemberStatus(channel, OWNER, 'creator');
  }
  return { hh, botId };
}

const say = (hh: Harness, text: string, from = OWNER) => hh.say(text, { from });
const lastText = async (p: Promise<Array<{ text: string }>>) => (await p).map((m) => m.text).join('\n');

describe('channels', () => {
  it('refuses clearly when the channel is unknown, not a channel, the bot is no administrator or may not post, or the person is no administrator', async () => {
    const { hh, botId } = await setUp();
    h = hh;
    hh.fake.addChat({ id: -1005555555555, type: 'supergroup', title: 'A group', username: 'agroup' });
    expect(await lastText(say(hh, '/subscribe @nosuchchannel'))).toMatch(/can’t find the channel @nosuchchannel/);
    expect(await lastText(say(hh, '/subscribe @agroup'))).toMatch(/@agroup is not a channel/);
    expect(await lastText(say(hh, '/subscribe aiwatch now'))).toMatch(/\/subscribe @yourchannel/);
    // The bot was never made an administrator of the channel: Telegram answers 403 to its checks.
    expect(await lastText(say(hh, '/subscribe @aiwatch'))).toMatch(/I’m not an administrator of AI Watch/);
    hh.fake.setMemberStatus(PUBLIC, botId, 'administrator', { canPostMessages: false });
    expect(await lastText(say(hh, '/subscribe @aiwatch'))).toMatch(/may not post messages in AI Watch/);
    hh.fake.setMemberStatus(PUBLIC, botId, 'administrator');
    expect(await lastText(say(hh, '/subscribe @aiwatch', STRANGER))).toMatch(/Only administrators of AI Watch/);
    // A private channel the bot is not in cannot even be looked up.
    expect(await lastText(say(hh, `/subscribe ${PRIVATE.id}`))).toMatch(/can’t find the channel/);
    expect(hh.app.stores.subscribers.counts()).toEqual({ active: 0, inactive: 0 });
    expect(hh.fake.sent.filter((m) => m.chat_id < 0)).toEqual([]);
  });

  it('answers /subscribe @channel typed in a group with where channels are subscribed, leaving the group and the channel alone', async () => {
    const { hh, botId } = await setUp();
    h = hh;
    hh.fake.setMemberStatus(PUBLIC, botId, 'administrator');
    const group = { id: -800, type: 'supergroup' as const, title: 'Watchers' };
    hh.fake.setAdmins(group, [OWNER.id]);
    const botName = (await hh.bot.api.getMe()).username;
    for (const command of ['subscribe', 'unsubscribe', 'settings']) {
      const [reply] = await hh.say(`/${command} @aiwatch`, { chat: group, from: OWNER.id });
      expect(reply?.text).toBe(`Channels are subscribed and managed in a private chat with me, not in a group: open @${botName} and send /${command} @aiwatch there. This group’s own subscription has not changed.`);
    }
    // Addressed to the bot by name, with a channel id: the same answer.
    const [byId] = await hh.say(`/subscribe@${botName} ${PUBLIC.id}`, { chat: group, from: OWNER.id });
    expect(byId?.text).toContain(`send /subscribe ${PUBLIC.id} there`);
    expect(hh.app.stores.subscribers.get(group.id)).toBeUndefined();
    expect(hh.app.stores.subscribers.get(PUBLIC.id)).toBeUndefined();
    // Plain /subscribe in the group still subscribes the group.
    await hh.say('/subscribe', { chat: group, from: OWNER.id });
    expect(hh.app.stores.subscribers.get(group.id)?.active).toBe(true);
    // ...and /unsubscribe @channel there leaves the group subscribed.
    await hh.say('/unsubscribe @aiwatch', { chat: group, from: OWNER.id });
    expect(hh.app.stores.subscribers.get(group.id)?.active).toBe(true);
  });

  it('subscribes by @username or a forwarded post, posts the briefing in the channel without buttons, and unsubscribes', async () => {
    const { hh, botId } = await setUp();
    h = hh;
    hh.fake.setMemberStatus(PUBLIC, botId, 'administrator');
    hh.fake.setMemberStatus(PRIVATE, botId, 'administrator');
    expect(await lastText(say(hh, '/subscribe @aiwatch'))).toMatch(/^📢 AI Watch is subscribed: the briefing is posted there every day at 08:00 \(UTC\)\. Change it with \/settings @aiwatch/);
    expect(hh.app.stores.subscribers.get(PUBLIC.id)).toMatchObject({ chatType: 'channel', active: true, managedBy: OWNER.id, locale: 'en', title: 'AI Watch' });
    expect(await lastText(say(hh, '/subscribe @aiwatch'))).toMatch(/already subscribed/);

    // A post forwarded from the private channel (no username): the channel is named by its id.
    const before = hh.fake.sent.length;
    await hh.handled(hh.fake.sendText(OWNER.id, OWNER, 'Our post of the day', { forwardedFrom: { channel: PRIVATE } }));
    expect(hh.fake.sent.slice(before).map((m) => m.text).join()).toMatch(/Private Desk is subscribed.*\/settings -1009876543210/s);
    expect(hh.app.stores.subscribers.get(PRIVATE.id)).toMatchObject({ chatType: 'channel', active: true, managedBy: OWNER.id });
    // The owner's own private chat was not subscribed by any of this.
    expect(hh.app.stores.subscribers.get(OWNER.id)?.active ?? false).toBe(false);

    storeStories(hh.app, [{ title: 'US and China agree on an AI safety hotline', countries: ['CN', 'US'], stance: 'cooperation' }]);
    await hh.digests.sendDue();
    for (const channel of [PUBLIC, PRIVATE]) {
      const posts = hh.fake.sent.filter((m) => m.chat_id === channel.id);
      expect(posts).toHaveLength(1);
      expect(posts[0]!.text).toContain('AI safety hotline');
      expect(posts[0]!.reply_markup).toBeUndefined();
    }
    // As in Telegram, a channel post is signed by the channel, not by the bot.
    const api = hh.bot.api;
    const post = await api.sendMessage(PUBLIC.id, 'check');
    expect(post.sender_chat?.id).toBe(PUBLIC.id);
    expect(post.from).toBeUndefined();

    // A channel post, even a command, gets no answer in the channel.
    const posted = hh.fake.sent.length;
    await hh.handled(hh.fake.sendChannelPost(PUBLIC, '/subscribe'));
    expect(hh.fake.sent.length).toBe(posted);

    expect(await lastText(say(hh, '/unsubscribe @aiwatch', STRANGER))).toMatch(/Only administrators of AI Watch/);
    expect(await lastText(say(hh, '/unsubscribe @aiwatch'))).toMatch(/AI Watch will get no more briefings/);
    expect(hh.app.stores.subscribers.get(PUBLIC.id)!.active).toBe(false);
    expect(await lastText(say(hh, '/unsubscribe @aiwatch'))).toMatch(/AI Watch is not subscribed/);
  });

  it('is managed from the private chat: /settings @channel with buttons, typed values and prompts, /channels; rights are checked on every press', async () => {
    const { hh, botId } = await setUp();
    h = hh;
    hh.fake.setMemberStatus(PUBLIC, botId, 'administrator');
    await say(hh, '/subscribe @aiwatch');
    const scoped = (data: string) => `ch:${PUBLIC.id}|${data}`;

    const [view] = await say(hh, '/settings @aiwatch');
    expect(view!.text).toMatch(/^📢 Channel: AI Watch\nBriefing settings/);
    const buttons = (view!.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat().map((b) => b.callback_data);
    expect(buttons).toContain(scoped('st:f:weekly'));
    expect(buttons.every((d) => d.startsWith(`ch:${PUBLIC.id}|`) && Buffer.byteLength(d) <= 64)).toBe(true);

    await hh.click(view!, scoped('st:f:weekly'), OWNER);
    expect(hh.app.stores.subscribers.get(PUBLIC.id)!.digestFrequency).toBe('weekly');
    const edited = hh.fake.messagesTo(OWNER.id).find((m) => m.message_id === view!.message_id)!;
    expect(edited.text).toContain('Briefings: weekly');
    expect(JSON.stringify(edited.reply_markup)).toContain(scoped('st:t:07:00'));

    // Typed, for the channel only.
    expect(await lastText(say(hh, '/settings @aiwatch time 07:30'))).toMatch(/Briefing time set to 07:30/);
    expect(await lastText(say(hh, '/settings @aiwatch mute crypto'))).toMatch(/crypto/);
    expect(hh.app.stores.subscribers.get(PUBLIC.id)).toMatchObject({ digestTime: '07:30', mutedWords: ['crypto'] });
    expect(hh.app.stores.subscribers.get(OWNER.id)?.active ?? false).toBe(false);

    // "Other time…": the answer typed in the private chat sets the channel's time.
    const [current] = hh.fake.messagesTo(OWNER.id).filter((m) => m.message_id === view!.message_id);
    await hh.click(current!, scoped('st:ask:time'), OWNER);
    await say(hh, '06:45');
    expect(hh.app.stores.subscribers.get(PUBLIC.id)!.digestTime).toBe('06:45');

    // The topic filter view keeps its buttons scoped.
    await hh.click(current!, scoped('rf:v:topics'), OWNER);
    const topics = hh.fake.messagesTo(OWNER.id).find((m) => m.message_id === view!.message_id)!;
    await hh.click(topics, scoped('rf:tp:military'), OWNER);
    expect(hh.app.stores.subscribers.get(PUBLIC.id)!.topics).toEqual(['military']);

    // The chooser.
    const [list] = await say(hh, '/channels');
    expect(list!.text).toMatch(/Channels you manage/);
    await hh.click(list!, scoped('rf:v:main'), OWNER);
    expect(hh.fake.messagesTo(OWNER.id).find((m) => m.message_id === list!.message_id)!.text).toMatch(/^📢 Channel: AI Watch/);
    expect(await lastText(say(hh, '/channels', STRANGER))).toMatch(/no subscribed channels/);

    // Demoted: the old buttons and commands stop working, with a clear answer.
    hh.fake.setMemberStatus(PUBLIC, OWNER, 'member');
    await hh.click(list!, scoped('st:f:daily'), OWNER);
    expect(hh.fake.callbackAnswers.at(-1)).toMatchObject({ show_alert: true, text: expect.stringMatching(/no longer/) });
    expect(hh.app.stores.subscribers.get(PUBLIC.id)!.digestFrequency).toBe('weekly');
    expect(await lastText(say(hh, '/settings @aiwatch daily'))).toMatch(/Only administrators of AI Watch/);
  });

  it('pauses a channel whose briefing Telegram refuses because the bot was removed', async () => {
    const { hh, botId } = await setUp();
    h = hh;
    hh.fake.setMemberStatus(PUBLIC, botId, 'administrator');
    await say(hh, '/subscribe @aiwatch');
    hh.fake.setMemberStatus(PUBLIC, botId, 'left');
    await expect(hh.bot.api.getChatMember(PUBLIC.id, OWNER.id)).rejects.toThrow(GrammyError);
    storeStories(hh.app, [{ title: 'Russia and China open a joint AI lab', countries: ['CN', 'RU'], stance: 'cooperation' }]);
    await hh.digests.sendDue();
    expect(hh.app.stores.subscribers.get(PUBLIC.id)).toMatchObject({ active: false, inactiveReason: expect.stringMatching(/not a member of the channel/) });
  });
});
