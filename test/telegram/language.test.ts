/**
 * The reader's language, end to end through grammY against the fake Bot API: a reader whose
 * Telegram speaks ru, id or zh gets /start, /help, /settings and the briefing in that language with
 * no configuration; /language switches; groups have one language, chosen by their admins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localeFromLanguageCode, type Locale } from '../../src/core/locale.js';
import { formatDateLabel } from '../../src/core/local-time.js';
import { parseTelegramHtml } from '../../src/core/telegram-html.js';
import { parseLocaleArg } from '../../src/telegram/features/language.js';
import { publishCommands } from '../../src/telegram/bot.js';
import { ADMIN_ID, READER_ID, startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const NOW = new Date('2026-11-26T09:00:00Z');

/** The plain text a reader sees for a message key. */
const seen = (locale: Locale, key: string, args?: Record<string, string | number>) => {
  const parsed = parseTelegramHtml(h.app.translations.t(locale, key, args));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};

describe('locale from Telegram', () => {
  it.each([
    ['ru', 'ru'], ['id', 'id'], ['zh-hans', 'zh'], ['zh-hant', 'zh'], ['zh-CN', 'zh'], ['en-gb', 'en'], ['en', 'en'],
    ['in', 'id'], ['de', 'en'], ['pt-br', 'en'], ['', 'en'], [undefined, 'en'],
  ])('%s → %s', (code, locale) => expect(localeFromLanguageCode(code)).toBe(locale));

  it.each([
    ['ru', 'ru'], ['RU', 'ru'], ['en-GB', 'en'], ['zh_Hant', 'zh'], ['русский', 'ru'], ['中文', 'zh'], ['Indonesian', 'id'], ['bahasa indonesia', 'id'],
    ['de', null], ['klingon', null], ['', null],
  ])('/language %s → %s', (arg, locale) => expect(parseLocaleArg(arg)).toBe(locale));
});

describe.each([
  ['ru', 'ru'],
  ['id', 'id'],
  ['zh-hans', 'zh'],
] as const)('a reader whose Telegram speaks %s', (code, locale) => {
  it('gets /start, /help, /settings, /digest and the briefing in that language; /language en switches back', async () => {
    h = await startHarness({ now: () => NOW });
    const reader = { id: READER_ID, first_name: 'R', language_code: code };
    storeStories(h.app, [
      { title: 'US and China agree on AI safety talks', stance: 'cooperation', countries: ['CN', 'US'] },
      { title: 'Russia answers US chip export rules', stance: 'competition', countries: ['RU', 'US'] },
    ], new Date(NOW.getTime() - 3600_000));

    const [start] = await h.say('/start', { from: reader });
    expect(start?.text).toBe(seen(locale, 'start-intro'));
    expect((start?.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard[0]![0]!.text).toBe(seen(locale, 'start-subscribe-button'));

    const [help] = await h.say('/help', { from: reader });
    expect(help?.text.split('\n')[0]).toBe(seen(locale, 'help-heading'));
    expect(help?.text).toContain(`/digest — ${seen(locale, 'cmd-digest')}`);

    const [subscribed] = await h.say('/subscribe', { from: reader });
    expect(subscribed?.text).toBe(seen(locale, 'subscribed', { time: '08:00', zone: 'UTC' }));
    expect(h.app.stores.subscribers.get(READER_ID)?.locale).toBe(locale);

    const [settings] = await h.say('/settings', { from: reader });
    expect(settings?.text.split('\n')[0]).toBe(seen(locale, 'settings-title'));
    expect(settings?.text).toContain(seen(locale, 'settings-language', { language: seen(locale, `language-${locale}`) }));

    const [digest] = await h.say('/digest', { from: reader });
    expect(digest?.text.split('\n')[0]).toBe(seen(locale, 'digest-title', { date: formatDateLabel('2026-11-26', locale) }));
    expect(digest?.text.split('\n')[1]).toContain(seen(locale, 'digest-stories', { count: 2 }));

    // The scheduled briefing, in the chat's stored language.
    expect(await h.digests.sendDue()).toMatchObject({ sent: 1 });
    const briefing = h.fake.messagesTo(READER_ID).at(-1)!;
    expect(briefing.text.split('\n')[0]).toBe(seen(locale, 'digest-title', { date: formatDateLabel('2026-11-26', locale) }));
    expect(briefing.text).toContain('US and China agree on AI safety talks');

    const [switched] = await h.say('/language en', { from: reader });
    expect(switched?.text).toBe('Done: the bot now speaks English here.');
    expect(h.app.stores.subscribers.get(READER_ID)?.locale).toBe('en');
    const [english] = await h.say('/start', { from: reader });
    expect(english?.text).toMatch(/^Troika briefs you on AI cooperation/);
  });
});

describe('/language', () => {
  it('shows buttons in each language’s own name; a press switches and answers in the new language', async () => {
    h = await startHarness();
    const reader = { id: READER_ID, language_code: 'en-gb' };
    const [menu] = await h.say('/language', { from: reader });
    expect(menu?.text).toBe('The bot speaks English here. Choose another:');
    const labels = (menu?.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(['• English', 'Bahasa Indonesia', 'Русский', '中文']);
    await h.click(menu!, 'lang:zh', reader);
    expect(h.fake.messagesTo(READER_ID).at(-1)?.text).toBe(seen('zh', 'language-set', { language: seen('zh', 'language-zh') }));
    // Remembered for the chat although it never subscribed; /subscribe keeps it.
    expect(h.app.stores.subscribers.get(READER_ID)).toMatchObject({ locale: 'zh', active: false });
    expect(h.app.stores.subscribers.counts()).toEqual({ active: 0, inactive: 0 });
    const [sub] = await h.say('/subscribe', { from: reader });
    expect(sub?.text).toBe(seen('zh', 'subscribed', { time: '08:00', zone: 'UTC' }));
    expect(h.app.stores.subscribers.get(READER_ID)).toMatchObject({ locale: 'zh', active: true });
    const [bad] = await h.say('/language klingon', { from: reader });
    expect(bad?.text).toBe(seen('zh', 'language-unknown', { value: 'klingon' }));
  });

  it('in a group only admins choose, and the group keeps one language whoever writes', async () => {
    h = await startHarness();
    const group = { id: -700, type: 'group' as const, title: 'Watchers' };
    h.fake.setAdmins(group, [ADMIN_ID]);
    const admin = { id: ADMIN_ID, language_code: 'ru' };
    const member = { id: READER_ID, language_code: 'id' };
    const [subscribed] = await h.say('/subscribe', { chat: group, from: admin });
    expect(subscribed?.text).toBe(seen('ru', 'subscribed', { time: '08:00', zone: 'UTC' }));
    const [help] = await h.say('/help', { chat: group, from: member });
    expect(help?.text.split('\n')[0]).toBe(seen('ru', 'help-heading'));
    const [refused] = await h.say('/language id', { chat: group, from: member });
    expect(refused?.text).toBe(seen('ru', 'group-admins-only'));
    expect(h.app.stores.subscribers.get(-700)?.locale).toBe('ru');
    await h.say('/language zh', { chat: group, from: admin });
    expect(h.app.stores.subscribers.get(-700)?.locale).toBe('zh');
    expect(h.app.stores.runs.adminActions().map((a) => a.action)).toContain('chat.locale');
  });

  it('a chat from before languages keeps English in groups and takes the reader’s language once in private', async () => {
    h = await startHarness();
    for (const chatId of [READER_ID, -800]) {
      h.app.stores.subscribers.subscribe({ chatId, chatType: chatId > 0 ? 'private' : 'group', title: null, digestTime: '08:00', timezone: 'UTC', now: new Date() });
      expect(h.app.stores.subscribers.get(chatId)?.locale).toBeNull();
    }
    const [groupHelp] = await h.say('/help', { chat: { id: -800, type: 'group', title: 'Old' }, from: { id: ADMIN_ID, language_code: 'ru' } });
    expect(groupHelp?.text.split('\n')[0]).toBe('Commands');
    expect(h.app.stores.subscribers.get(-800)?.locale).toBeNull();
    const [privateHelp] = await h.say('/help', { from: { id: READER_ID, language_code: 'id' } });
    expect(privateHelp?.text.split('\n')[0]).toBe(seen('id', 'help-heading'));
    expect(h.app.stores.subscribers.get(READER_ID)?.locale).toBe('id');
  });
});

describe('command menu', () => {
  it('is published per language, admin menus too', async () => {
    h = await startHarness();
    await publishCommands(h.bot.api, [ADMIN_ID], h.app.translations);
    const menu = (language?: string, scope?: Record<string, unknown>) => h.fake.commands(scope, language) as Array<{ command: string; description: string }>;
    expect(menu().find((c) => c.command === 'digest')?.description).toBe("Today's briefing now");
    for (const locale of ['id', 'ru', 'zh'] as const) {
      expect(menu(locale).find((c) => c.command === 'digest')?.description).toBe(seen(locale, 'cmd-digest'));
      const admin = menu(locale, { type: 'chat', chat_id: ADMIN_ID });
      expect(admin.find((c) => c.command === 'stats')?.description).toBe(seen(locale, 'cmd-stats'));
    }
    expect(menu().map((c) => c.command)).toContain('language');
  });
});

describe('languages of the stories', () => {
  it('a reader who keeps only Russian gets only Russian items, by button and in the briefing', async () => {
    h = await startHarness({ now: () => NOW });
    storeStories(h.app, [
      { title: 'US and China agree on AI safety talks', lang: 'en', countries: ['CN', 'US'] },
      { title: 'Россия и Китай договорились о сотрудничестве в области ИИ', lang: 'ru', countries: ['CN', 'RU'], stance: 'cooperation' },
      { title: '中美人工智能对话', lang: 'zh', countries: ['CN', 'US'] },
    ], new Date(NOW.getTime() - 3600_000));
    const reader = { id: READER_ID, language_code: 'ru' };
    await h.say('/subscribe', { from: reader });
    const [menu] = await h.say('/settings', { from: reader });
    for (const l of ['en', 'id', 'zh']) await h.click(menu!, `st:g:${l}`, reader);
    expect(h.app.stores.subscribers.get(READER_ID)?.storyLangs).toEqual(['ru']);
    await h.click(menu!, 'st:g:ru', reader);
    expect(h.fake.callbackAnswers.at(-1)?.text).toBe(seen('ru', 'settings-keep-language'));
    const [digest] = await h.say('/digest', { from: reader });
    expect(digest?.text).toContain('Россия и Китай');
    expect(digest?.text).not.toContain('US and China');
    expect(digest?.text).not.toContain('中美');
    expect(await h.digests.sendDue()).toMatchObject({ sent: 1 });
    const briefing = h.fake.messagesTo(READER_ID).at(-1)!;
    expect(briefing.text).toContain('Россия и Китай');
    expect(briefing.text).not.toContain('US and China');
  });
});
