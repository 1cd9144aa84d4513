import { guessOrigin, type Origin } from '../core/origin.js';
import type { FeedStore } from '../db/feed-store.js';

const googleNews = (query: string, params: string) => `https://news.google.com/rss/search?q=${encodeURIComponent(query)}&${params}`;

/** The default sources (the ★ set of the research notes plus one topic search feed per language). */
export const DEFAULT_FEEDS: Array<{ url: string; name: string; language: string; origin: Origin; stateMedia?: boolean }> = [
  { url: 'https://www.technologyreview.com/topic/artificial-intelligence/feed', name: 'MIT Technology Review, AI', language: 'en', origin: 'US' },
  { url: 'https://www.theregister.com/software/ai_ml/headlines.atom', name: 'The Register, AI/ML', language: 'en', origin: 'other' },
  { url: 'https://www.scmp.com/rss/36/feed', name: 'South China Morning Post, Tech', language: 'en', origin: 'CN' },
  { url: 'https://meduza.io/rss/en/all', name: 'Meduza English', language: 'en', origin: 'RU' },
  { url: 'https://restofworld.org/feed/latest/', name: 'Rest of World', language: 'en', origin: 'US' },
  { url: 'https://importai.substack.com/feed', name: 'Import AI', language: 'en', origin: 'US' },
  { url: 'https://chinai.substack.com/feed', name: 'ChinAI', language: 'en', origin: 'US' },
  { url: 'https://www.cnbcindonesia.com/tech/rss', name: 'CNBC Indonesia, Tech', language: 'id', origin: 'ID' },
  { url: 'https://www.antaranews.com/rss/tekno.xml', name: 'ANTARA, Tekno', language: 'id', origin: 'ID', stateMedia: true },
  { url: 'https://tass.ru/rss/v2.xml', name: 'TASS', language: 'ru', origin: 'RU', stateMedia: true },
  { url: 'http://www.xinhuanet.com/world/news_world.xml', name: 'Xinhua, World', language: 'zh', origin: 'CN', stateMedia: true },
  { url: 'https://www.ithome.com/rss/', name: 'ITHome', language: 'zh', origin: 'CN' },
  {
    url: googleNews('("artificial intelligence" OR AI) (China OR Russia) ("United States" OR Washington) (cooperation OR rivalry OR "export controls" OR chips) when:1d', 'hl=en-US&gl=US&ceid=US:en'),
    name: 'Google News search (en)', language: 'en', origin: 'other',
  },
  { url: googleNews('"kecerdasan buatan" (China OR Tiongkok OR Rusia OR "Amerika Serikat")', 'hl=id&gl=ID&ceid=ID:id'), name: 'Google News search (id)', language: 'id', origin: 'other' },
  { url: googleNews('("искусственный интеллект" OR ИИ) (Китай OR США) (сотрудничество OR конкуренция OR санкции)', 'hl=ru&gl=RU&ceid=RU:ru'), name: 'Google News search (ru)', language: 'ru', origin: 'other' },
  { url: googleNews('人工智能 (中美 OR 中俄 OR 美国 OR 俄罗斯) (合作 OR 竞争 OR 芯片)', 'hl=zh-CN&gl=CN&ceid=CN:zh-Hans'), name: 'Google News search (zh)', language: 'zh', origin: 'other' },
];

const SEEDED_KEY = 'default_feeds_seeded';

/**
 * Give every feed without an origin one: the default list's own for the default feeds, else a
 * guess from the host and language. Runs at start-up (feeds from before origins existed) and is a
 * no-op once all are set; an admin's choice is never overwritten.
 */
export function assignMissingOrigins(feeds: FeedStore): number {
  let assigned = 0;
  for (const feed of feeds.list()) {
    if (feed.origin) continue;
    const known = DEFAULT_FEEDS.find((d) => d.url === feed.url);
    const origin = known ? { origin: known.origin, stateMedia: known.stateMedia ?? false } : guessOrigin({ url: feed.url, language: feed.language });
    feeds.update(feed.id, { origin: origin.origin, stateMedia: origin.stateMedia, originSetBy: known ? 'default' : 'guess' });
    assigned++;
  }
  return assigned;
}

/** Seed the default feeds into a new database once; later runs never override the user's choices. */
export function seedDefaultFeeds(feeds: FeedStore, now: Date): number {
  if (feeds.getMeta(SEEDED_KEY)) return 0;
  let added = 0;
  for (const feed of DEFAULT_FEEDS) {
    if (feeds.getByUrl(feed.url)) continue;
    feeds.insert({ ...feed, addedBy: 'seed', createdAt: now });
    added++;
  }
  feeds.setMeta(SEEDED_KEY, now.toISOString());
  return added;
}
