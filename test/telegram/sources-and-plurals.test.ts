import { afterEach, describe, expect, it } from 'vitest';
import { defaultTranslations } from '../../src/i18n/translations.js';
import { sourceName } from '../../src/telegram/features/stories.js';
import { startHarness, type Harness } from '../helpers/bot-harness.js';

const translations = defaultTranslations();

describe('"Latest N stories" agrees with N in every locale', () => {
  it.each([
    ['en', 1, 'Latest story'],
    ['en', 2, 'Latest 2 stories'],
    ['en', 21, 'Latest 21 stories'],
    ['id', 1, 'Berita terbaru'],
    ['id', 5, '5 berita terbaru'],
    ['ru', 1, 'Последняя новость'],
    ['ru', 2, 'Последние 2 новости'],
    ['ru', 5, 'Последние 5 новостей'],
    ['ru', 21, 'Последние 21 новость'],
    ['zh', 1, '最新新闻'],
    ['zh', 3, '最新 3 条新闻'],
  ] as const)('%s, %i', (locale, count, expected) => {
    // Fluent wraps placeables in bidi isolation marks; strip them to compare the words.
    expect(translations.t(locale, 'latest-heading', { count }).replace(/[\u2068\u2069]/g, '')).toBe(expected);
  });
});

describe('/sources names a feed language once', () => {
  it.each([
    ['Google News search (en)', 'en', 'Google News search (en)'],
    ['Google News search (ZH)', 'zh', 'Google News search (ZH)'],
    ['TASS', 'ru', 'TASS <i>(ru)</i>'],
    ['Reuters (en) tech', 'en', 'Reuters (en) tech <i>(en)</i>'],
    ['A & B', null, 'A &amp; B'],
  ] as const)('%s / %s', (name, language, expected) => {
    expect(sourceName(name, language)).toBe(expected);
  });

  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('in the bot reply', async () => {
    h = await startHarness();
    h.app.stores.feeds.insert({ url: 'https://news.example/rss', name: 'Google News search (en)', title: null, language: 'en', siteUrl: null, addedBy: 'test', createdAt: new Date() });
    const [reply] = await h.say('/sources');
    expect(reply?.text).toContain('Google News search (en)');
    expect(reply?.text).not.toContain('(en) (en)');
  });
});
