/**
 * The briefing by story, end to end through grammY and the fake Bot API (its HTML parser checks
 * every part): one entry per event with its origins, a blind spot, the expandable overflow, the
 * ledger at the story level, "Developing" once, and /story.
 */
import { decodeIdList } from '../../src/core/id-list.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabelledArticle } from '../../src/core/pipeline.js';
import type { Country, Stance } from '../../src/core/types.js';
import { READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';
import { distinctText } from '../helpers/distinct-text.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

let clock = new Date('2025-04-17T09:00:00Z');
let feedNo = 0;

/** One outlet (a feed with an origin) publishing items; stored and grouped as a refresh does. */
function publish(harness: Harness, outlet: string, origin: string, stateMedia: boolean, items: Array<{ title: string; text: string; lang: string; hoursAgo: number; countries?: Country[]; stance?: Stance }>) {
  const feed = harness.app.stores.feeds.insert({ url: `https://feed${++feedNo}.example/rss`, name: outlet, addedBy: 'test', createdAt: clock });
  harness.app.stores.feeds.update(feed.id, { origin, stateMedia, originSetBy: 'admin' });
  const labelled: LabelledArticle[] = items.map((it, i) => {
    const url = `https://feed${feedNo}.example/${i}`;
    return {
      article: { itemKey: url, dedupeKey: url, link: url, url, title: it.title, text: it.text, lang: it.lang as 'en', publishedAt: new Date(clock.getTime() - it.hoursAgo * 3600_000), author: null, source: null },
      classification: { relevant: true, score: 0.8, countries: it.countries ?? ['CN', 'US'], stance: it.stance ?? 'competition', topics: [], evidence: { ai: [], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: [] } },
      summary: it.text.slice(0, 200),
    };
  });
  const stored = harness.app.stores.items.storeArticles(feed.id, labelled, new Date(clock.getTime() - 5 * 60_000), outlet);
  harness.app.stores.stories.assign(stored);
}

const H20 = {
  en: { title: 'Nvidia to take a $5.5 billion hit after US requires a licence for H20 sales to China', text: 'The US told Nvidia that H20 exports to China need a licence; a $5.5 billion charge follows.', lang: 'en', hoursAgo: 20 },
  ru: { title: 'Nvidia потеряет $5,5 млрд из-за ограничений США на поставки чипов H20 в Китай', text: 'Власти США потребовали лицензию на экспорт H20 в Китай; Nvidia спишет $5,5 млрд.', lang: 'ru', hoursAgo: 18 },
  zh: { title: '美国收紧H20出口，英伟达将计提55亿美元', text: '英伟达称，美国政府要求H20芯片对华出口须获得许可，公司将计提约55亿美元。', lang: 'zh', hoursAgo: 16 },
};
const BACKDOOR = (outlet: string, lang: string) => ({
  title: lang === 'zh' ? `网信办约谈英伟达：H20芯片存在“后门”安全风险（${outlet}）` : `China summons Nvidia over alleged 'backdoor' risks in H20 chips (${outlet})`,
  text: lang === 'zh' ? '国家网信办约谈英伟达，要求说明H20芯片后门安全风险。' : 'The Cyberspace Administration of China summoned Nvidia over backdoor risks in H20 chips.',
  lang, hoursAgo: 10,
});

describe('the briefing by story', () => {
  it('tells each event once with its origins, marks a blind spot, folds the overflow, and never resends a story', async () => {
    clock = new Date('2025-04-17T09:00:00Z');
    h = await startHarness({ now: () => clock });
    await h.say('/subscribe');
    publish(h, 'Reuters', 'US', false, [H20.en]);
    publish(h, 'RBC', 'RU', false, [H20.ru]);
    publish(h, 'Sina', 'CN', false, [H20.zh]);
    // One event only Chinese state media report.
    publish(h, 'Xinhua', 'CN', true, [BACKDOOR('Xinhua', 'zh')]);
    publish(h, 'CGTN', 'CN', true, [BACKDOOR('CGTN', 'en')]);
    publish(h, 'Global Times', 'CN', true, [BACKDOOR('Global Times', 'en')]);
    // Ten unrelated events, one outlet each: the overflow.
    publish(h, 'Wire', 'other', false, Array.from({ length: 10 }, (_, i) => ({ title: `Unrelated event ${i}: ${distinctText(i, 5)}`, text: distinctText(100 + i, 20), lang: 'en', hoursAgo: 2 + i / 10 })));

    const report = await h.digests.sendDue();
    expect(report).toMatchObject({ sent: 1 });
    const parts = h.fake.messagesTo(READER_ID).slice(1); // after the /subscribe reply
    const text = parts.map((m) => m.text).join('\n');
    expect(text).toMatch(/^Troika briefing/);
    expect(text).toContain('12 stories');
    // The H20 rule once, from three origins, with its other languages linked.
    expect(text.match(/H20 sales to China|H20 в Китай|美国收紧H20出口/g)).toHaveLength(1);
    expect(text).toContain('3 sources · 🇺🇸 1 · 🇨🇳 1 · 🇷🇺 1');
    expect(text).toMatch(/RU · ZH|ZH · RU/);
    expect(text).toContain('👁 Blind spot: only 🇨🇳 CN state media report this');
    // Twelve stories: eight in full, four in the expandable quote (checked by the fake's parser).
    const entities = parts.flatMap((m) => m.entities.map((e) => e.type));
    expect(entities).toContain('expandable_blockquote');
    expect(text).toContain('4 more stories');

    // Next day: one more report on the H20 rule from the same three blocs is not news; a new event is.
    clock = new Date('2025-04-18T09:00:00Z');
    publish(h, 'CNBC', 'US', false, [{ ...H20.en, title: `${H20.en.title} (CNBC)`, hoursAgo: 40 }]);
    publish(h, 'Wire 2', 'other', false, [{ title: `A new event: ${distinctText(500, 5)}`, text: distinctText(501, 20), lang: 'en', hoursAgo: 1 }]);
    const before = h.fake.messagesTo(READER_ID).length;
    expect(await h.digests.sendDue()).toMatchObject({ sent: 1 });
    const second = h.fake.messagesTo(READER_ID).slice(before).map((m) => m.text).join('\n');
    expect(second).toContain('A new event');
    expect(second).not.toMatch(/H20/);
  });

  it('shows a grown story once under "Developing", and /story lists its reports by origin with the reason', async () => {
    clock = new Date('2025-04-17T09:00:00Z');
    h = await startHarness({ now: () => clock });
    await h.say('/subscribe');
    publish(h, 'Reuters', 'US', false, [H20.en]);
    await h.digests.sendDue();

    clock = new Date('2025-04-18T09:00:00Z');
    publish(h, 'RBC', 'RU', false, [{ ...H20.ru, hoursAgo: 40 }]);
    publish(h, 'Sina', 'CN', false, [{ ...H20.zh, hoursAgo: 38 }]);
    let before = h.fake.messagesTo(READER_ID).length;
    await h.digests.sendDue();
    const developing = h.fake.messagesTo(READER_ID).slice(before).map((m) => m.text).join('\n');
    expect(developing).toContain('📈 Developing');
    expect(developing).toMatch(/\+2 sources, now also 🇨🇳 🇷🇺/);
    // The ledger records the two new reports on this date; the first keeps the date it was sent on.
    const recorded = (h.app.db.$client.prepare('select item_ids from deliveries where chat_id = ? and delivered = 1 order by digest_date').pluck().all(READER_ID) as string[]).map(decodeIdList);
    expect(recorded.map((ids) => ids.length)).toEqual([1, 2]);
    expect(new Set(recorded.flat()).size).toBe(3);

    // Grows again: not shown a second time.
    clock = new Date('2025-04-19T09:00:00Z');
    publish(h, 'TASS', 'RU', true, [{ ...H20.ru, title: `${H20.ru.title} (ТАСС)`, hoursAgo: 60 }]);
    publish(h, 'VOA', 'US', true, [{ ...H20.en, title: `${H20.en.title} (VOA)`, hoursAgo: 61 }]);
    publish(h, 'Wire', 'other', false, [{ title: `Something else: ${distinctText(7, 5)}`, text: distinctText(8, 20), lang: 'en', hoursAgo: 1 }]);
    before = h.fake.messagesTo(READER_ID).length;
    await h.digests.sendDue();
    expect(h.fake.messagesTo(READER_ID).slice(before).map((m) => m.text).join('\n')).not.toContain('Developing');

    const storyId = h.app.stores.stories.storyOfItem(1)!;
    const [detail] = await h.say(`/story ${storyId}`);
    expect(detail?.text).toContain(`Story #${storyId}`);
    expect(detail?.text).toMatch(/🇺🇸 US outlets \(2\)[\s\S]*🇨🇳 Chinese outlets \(1\)[\s\S]*🇷🇺 Russian outlets \(2\)/);
    expect(detail?.text).toContain('Why grouped');
    expect(detail?.text).toMatch(/the same event as the EN report from Reuters \(shared: [^)]*Nvidia H20/);
    const [missing] = await h.say('/story 9999');
    expect(missing?.text).toBe('No story #9999.');
    const [bad] = await h.say('/story x');
    expect(bad?.text).toMatch(/^Give a story id/);
  });

  it('lists show stories with their dates, one entry per event', async () => {
    clock = new Date('2025-04-17T09:00:00Z');
    h = await startHarness({ now: () => clock });
    publish(h, 'Reuters', 'US', false, [H20.en]);
    publish(h, 'RBC', 'RU', false, [H20.ru]);
    const [latest] = await h.say('/latest');
    expect(latest?.text).toContain('Latest story');
    expect(latest?.text).toContain('2025-04-16');
    expect(latest?.text).toContain('2 sources · 🇺🇸 1 · 🇷🇺 1');
    const [usa] = await h.say('/usa');
    expect(usa?.text.match(/#\d+/g)).toHaveLength(1);
    const [search] = await h.say('/search H20');
    expect(search?.text.match(/#\d+/g)).toHaveLength(1);
  });

  it("leads with the headline in the reader's language (the chat's language, then its story languages)", async () => {
    clock = new Date('2025-04-17T09:00:00Z');
    h = await startHarness({ now: () => clock });
    await h.say('/subscribe');
    h.app.stores.subscribers.updateSettings(READER_ID, { locale: 'ru' }, clock);
    publish(h, 'Reuters', 'US', false, [{ ...H20.en, hoursAgo: 20 }]);
    publish(h, 'AP', 'US', false, [{ ...H20.en, title: `${H20.en.title} (AP)`, hoursAgo: 19 }]);
    publish(h, 'RBC', 'RU', false, [H20.ru]);
    publish(h, 'Sina', 'CN', false, [H20.zh]);

    await h.digests.sendDue();
    const briefing = h.fake.messagesTo(READER_ID).slice(1).map((m) => m.text).join('\n');
    // The English headline is the most cited, but the chat reads Russian.
    expect(briefing).toContain(H20.ru.title);
    expect(briefing).not.toContain(H20.en.title);
    expect(briefing).toMatch(/EN · ZH|ZH · EN/);

    // A chat in Indonesian (no report in it) that picked Chinese stories gets the Chinese headline in /digest.
    h.app.stores.subscribers.updateSettings(READER_ID, { locale: 'id', storyLangs: ['zh'] }, clock);
    const [digest] = await h.say('/digest');
    expect(digest?.text).toContain(H20.zh.title);
    expect(digest?.text).not.toContain(H20.ru.title);
  });
});
