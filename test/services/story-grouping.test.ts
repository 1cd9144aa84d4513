/** Incremental story grouping during refresh: items from later ingests join the stories already stored. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createTestApp } from '../helpers/app.js';
import { respond, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

function rss(items: Array<{ link: string; title: string; text: string; date: string }>): string {
  const body = items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><description>${i.text}</description><pubDate>${i.date}</pubDate></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title><link>https://example.org/</link>${body}</channel></rss>`;
}

const H20_EN = { link: 'https://en.example/h20', title: 'Nvidia to take a $5.5 billion hit after US requires a licence for H20 AI chip sales to China', text: 'The US government told Nvidia that exports of its H20 AI chips to China now need a licence; Nvidia expects a $5.5 billion charge as the chip war with China deepens.', date: 'Wed, 16 Apr 2025 12:50:00 GMT' };
const H20_RU = { link: 'https://ru.example/h20', title: 'Nvidia потеряет $5,5 млрд из-за ограничений США на поставки ИИ-чипов H20 в Китай', text: 'Власти США потребовали лицензию на экспорт ИИ-ускорителей H20 в Китай; Nvidia спишет $5,5 млрд. Это новый виток технологического противостояния США и Китая.', date: 'Wed, 16 Apr 2025 18:40:00 GMT' };
const H20_ZH = { link: 'https://zh.example/h20', title: '美国收紧H20人工智能芯片对华出口，英伟达将计提55亿美元', text: '英伟达称，美国政府要求H20人工智能芯片对华出口须获得许可，公司将计提约55亿美元费用，中美芯片竞争加剧。', date: 'Thu, 17 Apr 2025 01:10:00 GMT' };
const SUMMIT = { link: 'https://en.example/kazan', title: 'BRICS Kazan summit: Russia and China agree to deepen AI cooperation', text: 'At the BRICS summit in Kazan, Vladimir Putin and Xi Jinping agreed to deepen cooperation on artificial intelligence between Russia and China.', date: 'Thu, 17 Apr 2025 09:00:00 GMT' };
const NOW = new Date('2025-04-17T12:00:00Z');

describe('story grouping across ingests', () => {
  let server: FeedServer;
  let app: App;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());
  afterEach(() => {
    app?.close();
    server.reset();
  });

  /** A new app whose two feeds (en, ru) carry the H20 licence report, refreshed once; `xml` can be changed for a later run. */
  async function ingestH20InEnglishAndRussian(): Promise<{ en: string; ru: string }> {
    app = createTestApp({ now: () => NOW });
    const xml = { en: rss([H20_EN]), ru: rss([H20_RU]) };
    server.route('/en.xml', (req, res) => respond(xml.en)(req, res));
    server.route('/ru.xml', (req, res) => respond(xml.ru)(req, res));
    app.stores.feeds.insert({ url: server.url('/en.xml'), addedBy: 'test', createdAt: NOW });
    app.stores.feeds.insert({ url: server.url('/ru.xml'), addedBy: 'test', createdAt: NOW });
    await app.refresher.refresh({ all: true });
    return xml;
  }

  it('a report fetched in a later run joins the story stored by an earlier one; another event starts its own', async () => {
    const xml = await ingestH20InEnglishAndRussian();
    const [en, ru] = [H20_EN, H20_RU].map((i) => app.db.$client.prepare('select id, story_id from items where link = ?').get(i.link) as { id: number; story_id: number });
    expect(en!.story_id).toBeGreaterThan(0);
    expect(ru!.story_id).toBe(en!.story_id);

    // Second ingest: the Chinese report and an unrelated summit.
    xml.en = rss([H20_EN, SUMMIT]);
    xml.ru = rss([H20_RU, H20_ZH]);
    await app.refresher.refresh({ all: true });
    const zh = app.db.$client.prepare('select story_id, story_reason from items where link = ?').get(H20_ZH.link) as { story_id: number; story_reason: string };
    const summit = app.db.$client.prepare('select story_id from items where link = ?').get(SUMMIT.link) as { story_id: number };
    expect(zh.story_id).toBe(en!.story_id);
    expect(JSON.parse(zh.story_reason).keys).toContain('e:h20');
    expect(summit.story_id).not.toBe(en!.story_id);

    const story = app.stores.stories.get(en!.story_id)!;
    expect(story.itemCount).toBe(3);
    expect(story.stance).toBe('competition');
    expect(story.countries).toEqual(['CN', 'US']);
    expect(story.firstAt.toISOString()).toBe('2025-04-16T12:50:00.000Z');
    expect(story.lastAt.toISOString()).toBe('2025-04-17T01:10:00.000Z');
    expect(story.keyTerms).toContain('e:h20');
    expect(app.stores.stories.members(story.id).map((m) => m.lang)).toEqual(['en', 'ru', 'zh']);
    // Idempotent: nothing left to group, a rerun changes nothing.
    expect(app.stores.stories.groupUngrouped()).toBe(0);
    expect(app.db.$client.prepare('select count(*) from stories').pluck().get()).toBe(2);
  });

  it('a later report lifting the restriction a stored story imposes starts its own story, and says which one it was kept out of', async () => {
    const xml = await ingestH20InEnglishAndRussian();
    // Second ingest, the same day: sales to resume under licences (as in a dense news week).
    const RESUME_EN = { link: 'https://en.example/h20-resume', title: 'Nvidia to resume H20 AI chip sales to China as US says licences will be granted', text: 'Nvidia said the US government assured it that licences for H20 AI chip exports to China will be granted, and it will resume sales amid the chip war with China.', date: 'Wed, 16 Apr 2025 20:00:00 GMT' };
    const RESUME_RU = { link: 'https://ru.example/h20-resume', title: 'Nvidia возобновит продажи ИИ-чипов H20 в Китай', text: 'Власти США пообещали Nvidia лицензии на экспорт ИИ-ускорителей H20 в Китай; компания возобновит поставки на фоне технологического противостояния США и Китая.', date: 'Wed, 16 Apr 2025 21:00:00 GMT' };
    xml.en = rss([H20_EN, RESUME_EN]);
    xml.ru = rss([H20_RU, RESUME_RU]);
    await app.refresher.refresh({ all: true });
    const row = (link: string) => app.db.$client.prepare('select story_id, story_reason from items where link = ?').get(link) as { story_id: number; story_reason: string | null };
    const rule = row(H20_EN.link).story_id;
    const [en, ru] = [row(RESUME_EN.link), row(RESUME_RU.link)];
    expect(en.story_id).not.toBe(rule);
    expect(ru.story_id).toBe(en.story_id);
    expect(JSON.parse(en.story_reason!)).toEqual({ apart: [expect.objectContaining({ storyId: rule, why: 'opposite-acts' })] });
    expect(JSON.parse(ru.story_reason!).act).toBe('ease');
    const members = app.stores.stories.members(en.story_id);
    expect(members[0]!.apart).toEqual([expect.objectContaining({ storyId: rule, why: 'opposite-acts' })]);
    expect(members[0]!.reason).toBeNull();
  });

  it('irrelevant items never get a story', async () => {
    app = createTestApp({ now: () => NOW });
    server.route('/x.xml', respond(rss([{ link: 'https://x.example/cake', title: 'A recipe for lemon cake', text: 'Flour, sugar and lemons.', date: 'Wed, 16 Apr 2025 12:50:00 GMT' }])));
    app.stores.feeds.insert({ url: server.url('/x.xml'), addedBy: 'test', createdAt: NOW });
    await app.refresher.refresh({ all: true });
    expect(app.db.$client.prepare('select count(*) from stories').pluck().get()).toBe(0);
    expect(app.db.$client.prepare('select story_id from items').pluck().get()).toBeNull();
  });
});
