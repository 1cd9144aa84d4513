import { describe, expect, it } from 'vitest';
import { formatOrigin, guessOrigin, parseOrigin } from '../../src/core/origin.js';
import { DEFAULT_FEEDS } from '../../src/services/default-feeds.js';

describe('guessOrigin: from the host, then the language', () => {
  it.each([
    ['http://www.xinhuanet.com/world/news_world.xml', null, 'CN', true],
    ['https://tass.ru/rss/v2.xml', 'ru', 'RU', true],
    ['https://www.rt.com/rss/news/', 'en', 'RU', true],
    ['https://www.voanews.com/api/feed', 'en', 'US', true],
    ['https://www.rfa.org/english/rss2.xml', 'en', 'US', true],
    ['https://www.technologyreview.com/feed', 'en', 'US', false],
    ['https://www.antaranews.com/rss/tekno.xml', 'id', 'ID', true],
    ['https://feeds.example.com.cn/rss', null, 'CN', false],
    ['https://news.example.ru/rss', null, 'RU', false],
    ['https://berita.example.co.id/rss', null, 'ID', false],
    ['https://blog.example.org/feed', 'zh-CN', 'CN', false],
    ['https://blog.example.org/feed', 'en', 'other', false],
    ['not a url', null, 'other', false],
  ])('%s (%s) → %s, state %s', (url, language, origin, stateMedia) => {
    expect(guessOrigin({ url, language })).toEqual({ origin, stateMedia });
  });

  it('every default feed has an origin, state media marked', () => {
    for (const f of DEFAULT_FEEDS) expect(['US', 'CN', 'RU', 'ID', 'other']).toContain(f.origin);
    expect(DEFAULT_FEEDS.filter((f) => f.stateMedia).map((f) => f.name).sort()).toEqual(['ANTARA, Tekno', 'TASS', 'Xinhua, World']);
  });
});

describe('parseOrigin', () => {
  it.each([
    ['CN state', { origin: 'CN', stateMedia: true }],
    ['us', { origin: 'US', stateMedia: false }],
    ['other', { origin: 'other', stateMedia: false }],
    ['RU independent', { origin: 'RU', stateMedia: false }],
  ])('%s', (input, value) => {
    expect(parseOrigin(input)).toEqual({ ok: true, value });
  });
  it.each(['', 'XX', 'CN state extra', 'CN maybe'])('refuses %j with a clear message', (input) => {
    const r = parseOrigin(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/US, CN, RU, ID, other/);
  });
  it('formats for lists', () => {
    expect(formatOrigin('CN', true)).toBe('🇨🇳 CN · state');
    expect(formatOrigin(null, false)).toMatch(/not set/);
  });
});
