import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/canonical-url.js';
import { parseFeedDate, saneDate } from '../../src/core/dates.js';
import { htmlToText } from '../../src/core/html-to-text.js';
import { detectLanguage } from '../../src/core/language.js';
import { normalizeItem } from '../../src/core/normalize.js';
import { summarizeArticle } from '../../src/core/summarize.js';

const NOW = new Date('2026-11-26T00:00:00Z');

describe('normalising', () => {
  it.each([
    ['<p>One &amp; two</p><script>evil()</script><style>p{}</style>', 'One & two'],
    ['Caf&eacute;&nbsp;&#8212; AI', 'Café — AI'],
    ['<div>a</div><div>b</div>', 'a b'],
    ['plain', 'plain'],
    ["&lt;!' is text", "<!' is text"],
    ['a < b and c > d', 'a < b and c > d'],
    ['<script>never closed' + ' x'.repeat(10), ''],
    ['<!-- never closed', ''],
  ])('htmlToText(%s)', (html, text) => expect(htmlToText(html)).toBe(text));

  it.each([
    ['https://Example.com/a?utm_source=rss&id=5#top', 'https://example.com/a?id=5'],
    ['https://x.example/p?ref=rss&mod=rss_topstories&channel=rss', 'https://x.example/p'],
    ['https://news.example.cn/show.php?cid=42&from=rss', 'https://news.example.cn/show.php?cid=42'],
    ['https://x.example/list?channel=tech&src=homepage', 'https://x.example/list?channel=tech&src=homepage'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('canonicalUrl(%s)', (url, expected) => expect(canonicalUrl(url)).toBe(expected));

  it.each([
    ['Tue, 09 Dec 2025 07:30:19 +0700', '2025-12-09T00:30:19.000Z'],
    ['Tue, 09 Dec 2025 07:30:19 EST', '2025-12-09T12:30:19.000Z'],
    ['2026-11-24T12:30:00+03:00', '2026-11-24T09:30:00.000Z'],
    ['2026-11-24 12:30:00', '2026-11-24T12:30:00.000Z'],
    ['2003-12', '2003-12-01T00:00:00.000Z'],
    ['garbage', null],
  ])('parseFeedDate(%s)', (raw, iso) => expect(parseFeedDate(raw)?.toISOString() ?? null).toBe(iso));

  it('drops placeholder dates and clamps future ones', () => {
    expect(saneDate(new Date('1970-01-01T00:00:00Z'), NOW)).toBeNull();
    expect(saneDate(new Date('9999-01-01T00:00:00Z'), NOW)).toEqual(NOW);
  });

  it.each([
    ['The United States and China agreed on new rules for the chips that are used in data centres', 'en'],
    ['Pemerintah Indonesia dan China sepakat untuk bekerja sama dalam bidang kecerdasan buatan yang akan', 'id'],
    ['Россия и Китай договорились о совместных исследованиях в области ИИ', 'ru'],
    ['中俄两国高校签署人工智能合作协议', 'zh'],
  ])('detects the language of %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('repairs mojibake that arrives as entities', () => {
    const raw = { guid: null, link: null, title: 'Wait&acirc;&#128;&brvbar;', content: null, summary: null, date: null, author: null, categories: [], source: null };
    expect(normalizeItem(raw, { now: NOW }).title).toBe('Wait…');
  });

  it('builds keys: guid first, canonical link for duplicates, title+source for aggregators', () => {
    const base = { guid: null, title: 'Chips', content: 'Text', summary: null, date: null, author: null, categories: [], source: null };
    const a = normalizeItem({ ...base, guid: 'g-1', link: 'https://a.example/x?utm_source=1' }, { now: NOW });
    expect(a.itemKey).toBe('g:g-1');
    expect(a.dedupeKey).toBe('u:https://a.example/x');
    const g1 = normalizeItem({ ...base, link: 'https://news.google.com/rss/articles/AAA', source: 'Reuters' }, { now: NOW });
    const g2 = normalizeItem({ ...base, link: 'https://news.google.com/rss/articles/BBB', source: 'Reuters' }, { now: NOW });
    expect(g1.dedupeKey).toBe(g2.dedupeKey);
  });
});

describe('summarizeArticle', () => {
  it.each([
    ['en', 'Title here', 'First sentence is here. Second one follows. Third is left out.', 'First sentence is here. Second one follows.'],
    ['ru', 'Заголовок', 'Первое предложение. Второе предложение. Третье.', 'Первое предложение. Второе предложение.'],
    ['zh', '标题', '第一句话。第二句话。第三句话。', '第一句话。第二句话。'],
    ['en', 'Same as title', 'Same as title. The real first sentence.', 'The real first sentence.'],
  ] as const)('%s: keeps one or two sentences', (lang, title, text, summary) => {
    expect(summarizeArticle({ title, text, lang })).toBe(summary);
  });

  it('stays within 280 characters and cuts at a word', () => {
    const summary = summarizeArticle({ title: 't', text: 'word '.repeat(200), lang: 'en' });
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary.endsWith('…')).toBe(true);
  });
});
