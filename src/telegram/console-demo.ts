import type { App } from '../app.js';
import { labelArticles } from '../core/pipeline.js';
import type { Article } from '../core/types.js';

/**
 * A few made-up stories for the offline console, so that /latest, /digest, /search and /why show
 * something. They go through the real classifier like any fetched item.
 */
const DEMO: Array<Pick<Article, 'title' | 'text' | 'lang'> & { hoursAgo: number }> = [
  {
    hoursAgo: 2, lang: 'en',
    title: 'Demo: Washington widens export controls on AI chips bound for China',
    text: 'The US Commerce Department added new restrictions on Nvidia and AMD accelerators sold to Chinese buyers, the latest step in the technology race between the two countries. Beijing called the move an abuse of export controls.',
  },
  {
    hoursAgo: 5, lang: 'ru',
    title: 'Демо: Россия и Китай договорились о совместных исследованиях в области искусственного интеллекта',
    text: 'Российские и китайские университеты подписали соглашение о совместной разработке нейросетей и обмене данными для обучения больших языковых моделей. Сбербанк участвует в проекте.',
  },
  {
    hoursAgo: 8, lang: 'zh',
    title: '演示：中美人工智能安全对话在日内瓦举行',
    text: '中国和美国代表在日内瓦就人工智能风险与军事应用举行政府间对话，双方同意继续就大模型安全标准保持沟通，但在芯片出口管制问题上仍存在分歧。',
  },
  {
    hoursAgo: 12, lang: 'id',
    title: 'Demo: Rusia dan China perluas kerja sama kecerdasan buatan untuk saingi AS',
    text: 'Rusia dan China sepakat memperluas kerja sama di bidang kecerdasan buatan, termasuk riset bersama dan pertukaran peneliti, untuk menantang dominasi Amerika Serikat dalam teknologi AI.',
  },
  {
    hoursAgo: 20, lang: 'en',
    title: 'Demo: Local bakery wins national bread prize',
    text: 'A family bakery in Ohio took first place in a national competition. Not about AI, so Troika leaves it out.',
  },
];

/** Store the demo stories in the console's private database. */
export function seedDemoStories(app: App): void {
  const now = app.now();
  const feed = app.stores.feeds.insert({ url: 'https://demo.troika.invalid/feed', name: 'Troika demo stories', addedBy: 'console', createdAt: now });
  const articles: Article[] = DEMO.map((d, i) => ({
    itemKey: `demo-${i}`, dedupeKey: `demo-${i}`, link: `https://demo.troika.invalid/story/${i}`, url: `https://demo.troika.invalid/story/${i}`,
    title: d.title, text: d.text, lang: d.lang, publishedAt: new Date(now.getTime() - d.hoursAgo * 3600_000), author: null, source: 'Troika demo',
  }));
  const stored = app.stores.items.storeArticles(feed.id, labelArticles(articles), now, 'Troika demo');
  // As a refresh does: relevant items join (or start) stories, which /latest, the topic lists and /story show.
  app.stores.stories.assign(stored.filter((s) => s.relevant));
}
