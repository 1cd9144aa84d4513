import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, READER_ID, startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';
import { distinctText } from '../helpers/distinct-text.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('reader commands', () => {
  it('/start explains Troika and offers a Subscribe button that subscribes', async () => {
    const [reply] = await h.say('/start');
    expect(reply?.text).toContain('Troika briefs you on AI cooperation and competition');
    expect(reply?.text.split('\n')).toHaveLength(2);
    await h.click(reply!, 'sub:on');
    expect(h.app.stores.subscribers.get(READER_ID)?.active).toBe(true);
  });

  it('subscribe, then /digest shows today’s stories', async () => {
    storeStories(h.app, [
      { title: 'US and China agree on AI safety talks', stance: 'cooperation', countries: ['CN', 'US'] },
      { title: 'Russia answers US chip export rules', stance: 'competition', countries: ['RU', 'US'] },
    ]);
    const [sub] = await h.say('/subscribe');
    expect(sub?.text).toMatch(/^Subscribed: the briefing comes every day at 08:00 \(UTC\)/);
    const replies = await h.say('/digest');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('Troika briefing');
    expect(replies[0]!.text).toContain('US and China agree on AI safety talks');
    expect(replies[0]!.text).toContain('Russia answers US chip export rules');
    expect(replies[0]!.parse_mode).toBe('HTML');
    expect(replies[0]!.params.link_preview_options).toEqual({ is_disabled: true });
    const [again] = await h.say('/unsubscribe');
    expect(again?.text).toMatch(/^Unsubscribed/);
    expect(h.app.stores.subscribers.get(READER_ID)?.active).toBe(false);
  });

  it('/latest takes a count of 1–20 and refuses anything else', async () => {
    // Eight different events (the same text eight times would be one story).
    storeStories(h.app, Array.from({ length: 8 }, (_, i) => ({ title: `Story number ${i}: ${distinctText(i, 6)}` })));
    const [five] = await h.say('/latest');
    expect(five?.text.match(/#\d+/g)).toHaveLength(5);
    const [two] = await h.say('/latest 2');
    expect(two?.text.match(/#\d+/g)).toHaveLength(2);
    for (const bad of ['0', '21', 'ten', '-3']) {
      const [err] = await h.say(`/latest ${bad}`);
      expect(err?.text).toBe('Give a number from 1 to 20, e.g. /latest 10.');
    }
  });

  it('topic commands filter by country and stance', async () => {
    storeStories(h.app, [
      { title: 'Moscow and Beijing sign AI pact', countries: ['CN', 'RU'], stance: 'cooperation' },
      { title: 'Washington bans chips to China', countries: ['CN', 'US'], stance: 'competition' },
    ]);
    const [russia] = await h.say('/russia');
    expect(russia?.text).toContain('Moscow and Beijing');
    expect(russia?.text).not.toContain('Washington');
    const [competition] = await h.say('/competition');
    expect(competition?.text).toContain('Washington');
    expect(competition?.text).not.toContain('Moscow');
  });

  it('/search finds Russian and Chinese stories and explains bad input', async () => {
    storeStories(h.app, [
      { title: 'Сбербанк и Китай: сотрудничество в области ИИ', lang: 'ru', countries: ['CN', 'RU'], stance: 'cooperation' },
      { title: '美国限制对华人工智能芯片出口', lang: 'zh', countries: ['CN', 'US'] },
    ]);
    const [ru] = await h.say('/search сбербанк');
    expect(ru?.text).toContain('Сбербанк и Китай');
    const [zh] = await h.say('/search 芯片');
    expect(zh?.text).toContain('美国限制对华人工智能芯片出口');
    const [none] = await h.say('/search квантовый');
    expect(none?.text).toBe('No relevant stories match “квантовый”.');
    const [missing] = await h.say('/search');
    expect(missing?.text).toMatch(/^What should I look for\?/);
    const [long] = await h.say(`/search ${'x'.repeat(101)}`);
    expect(long?.text).toBe('That is too long: at most 100 characters.');
  });

  it('/why shows the stored evidence of a story', async () => {
    const [story] = storeStories(h.app, [
      {
        title: 'Китай и Россия: ИИ', lang: 'ru', countries: ['CN', 'RU'], stance: 'cooperation', score: 0.91,
        evidence: { ai: ['искусственный интеллект'], countries: { CN: ['Китай'], RU: ['Россия'] }, cooperation: ['соглашение'], rules: ['two countries and an AI term'] },
      },
    ]);
    // Lists show story ids; /why explains the story's leading report.
    const [list] = await h.say('/latest 1');
    expect(list?.text).toContain(`#${story!.storyId}`);
    const [why] = await h.say(`/why #${story!.storyId}`);
    expect(why?.text).toContain(`Why #${story!.storyId}`);
    expect(why?.text).toContain('score 0.91');
    expect(why?.text).toContain('stance cooperation');
    expect(why?.text).toContain('искусственный интеллект');
    expect(why?.text).toContain('CN: Китай');
    expect(why?.text).toContain('two countries and an AI term');
    const [bad] = await h.say('/why abc');
    expect(bad?.text).toMatch(/^Give a story id/);
    const [missing] = await h.say('/why 99999');
    expect(missing?.text).toBe('No story #99999.');
  });

  it('unknown commands and free text get a hint to /help', async () => {
    const [unknown] = await h.say('/frobnicate');
    expect(unknown?.text).toBe("I don't know that one. Send /help to see what I can do.");
    const [text] = await h.say('hello there');
    expect(text?.text).toBe("I don't know that one. Send /help to see what I can do.");
    const [help] = await h.say('/help');
    expect(help?.text).toContain('/latest');
    expect(help?.text).not.toContain('/addfeed');
    const [adminHelp] = await h.say('/help', { from: ADMIN_ID });
    expect(adminHelp?.text).toContain('/addfeed');
  });
});

describe('admin commands', () => {
  // In a private chat the refusal also gives the person their own user id and how to become an admin
  // (it used to say only "This command is for admins.", leaving them to dig the id out of the log).
  const refusalWithId = (id: number) =>
    `This command is for admins.\nYour Telegram user id is ${id}. To make yourself an admin, add it to ADMIN_IDS where the bot runs (for example ADMIN_IDS=${id}; separate several ids with commas) and restart the bot.`;

  it('refuses non-admins with one message that gives their own user id', async () => {
    for (const cmd of ['/addfeed https://example.com/rss', '/removefeed 1', '/pausefeed 1', '/resumefeed 1', '/feeds', '/refresh', '/stats']) {
      const replies = await h.say(cmd);
      expect(replies.map((r) => r.text)).toEqual([refusalWithId(READER_ID)]);
    }
    // A large id is written as it is, digits not grouped: it is meant to be copied into ADMIN_IDS.
    const [big] = await h.say('/stats', { from: 7_123_456_789, chat: 7_123_456_789 });
    expect(big?.text).toBe(refusalWithId(7_123_456_789));
    expect(big?.text).toContain('ADMIN_IDS=7123456789');
    expect(h.app.stores.runs.adminActions()).toHaveLength(0);
  });

  it('refuses non-admins in a group without posting their id there', async () => {
    const group = { id: -900, type: 'group' as const, title: 'Watchers' };
    const replies = await h.say('/stats', { chat: group, from: READER_ID });
    expect(replies.map((r) => r.text)).toEqual(['This command is for admins.']);
  });

  it('/stats and /feeds answer admins', async () => {
    storeStories(h.app, [{ title: 'A story' }, { title: 'Not relevant', relevant: false }]);
    await h.say('/subscribe');
    const [stats] = await h.say('/stats', { from: ADMIN_ID });
    expect(stats?.text).toContain('Subscribers: 1 active, 0 inactive');
    expect(stats?.text).toContain('Items today: 2, relevant 1');
    const [feeds] = await h.say('/feeds', { from: ADMIN_ID });
    expect(feeds?.text).toContain('1 feed (1 enabled)');
    expect(feeds?.text).toContain('2 items · 50% relevant');
  });
});
