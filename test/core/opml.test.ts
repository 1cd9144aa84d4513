import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_OPML_OUTLINES, readOpml, writeOpml } from '../../src/core/opml.js';

const fixture = readFileSync(new URL('../fixtures/opml/inoreader-500.opml', import.meta.url), 'utf8');

const opml = (body: string, head = '<head><title>t</title></head>') => `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">${head}<body>${body}</body></opml>`;
const feed = (i: number) => `<outline type="rss" text="Feed ${i}" xmlUrl="https://example.com/${i}.xml"/>`;

describe('readOpml', () => {
  it('reads an Inoreader export: 500 feeds in folders (flattened), a link outline without xmlUrl skipped', () => {
    const read = readOpml(fixture);
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    expect(read.feeds).toHaveLength(500);
    expect(read.folders).toBe(14);
    expect(read.skipped).toEqual([{ label: 'AI policy tracker (web page)', reason: 'no-xml-url' }]);
    expect(read.title).toMatch(/Inoreader/);
    const att = read.feeds.find((f) => f.xmlUrl === 'https://about.att.com/rss/newsroom.xml');
    expect(att).toMatchObject({ title: 'AT&T "Tech" Channel', htmlUrl: 'https://about.att.com', folder: 'Favourites', enabled: true });
    expect(read.feeds.some((f) => f.title === 'Коммерсантъ — Технологии')).toBe(true);
    expect(read.feeds.some((f) => f.title === '机器之心')).toBe(true);
  });

  it('reads attribute names in any case (xmlurl) and text when there is no title', () => {
    const read = readOpml(opml('<outline text="Lower" xmlurl="https://a.example/feed"/>'));
    expect(read.ok && read.feeds[0]).toMatchObject({ xmlUrl: 'https://a.example/feed', title: 'Lower' });
  });

  it.each([
    ['not XML at all', 'hello, this is a text file', 'not-xml'],
    ['broken XML', '<opml version="2.0"><body><outline text="x"></body></opml>', 'not-xml'],
    ['XML that is not OPML (an RSS feed)', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', 'not-opml'],
    ['OPML without a body', '<opml version="2.0"><head><title>x</title></head></opml>', 'no-body'],
    ['only outlines without xmlUrl', opml('<outline text="a"/><outline text="b" htmlUrl="https://b.example/"/>'), 'no-feeds'],
    ['an entity declaration (billion laughs)', '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>', 'entities'],
    ['10,000 outlines', opml(Array.from({ length: 10_000 }, (_, i) => feed(i)).join('')), 'too-many-outlines'],
    ['folders nested 12 deep', opml('<outline text="f">'.repeat(12) + feed(1) + '</outline>'.repeat(12)), 'too-deep'],
    ['a 20 MB file', opml(feed(1) + `<!--${'x'.repeat(20 * 1024 * 1024)}-->`), 'too-large'],
  ])('refuses %s as a whole', (_name, text, kind) => {
    const read = readOpml(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.refusal.kind).toBe(kind);
  });

  it('accepts exactly the outline limit', () => {
    const read = readOpml(opml(Array.from({ length: MAX_OPML_OUTLINES }, (_, i) => feed(i)).join('')));
    expect(read.ok && read.feeds.length).toBe(MAX_OPML_OUTLINES);
  });

  it('decodes numeric character references once and keeps titles on one line', () => {
    const read = readOpml(opml('<outline text="Caf&#233; &#x4E2D;&#25991;&#10;two  lines &amp;#233;" xmlUrl="https://a.example/"/>'));
    expect(read.ok && read.feeds[0]!.title).toBe('Café 中文 two lines &#233;');
  });

  it('flattens folders within folders and keeps the path for the report', () => {
    const read = readOpml(opml('<outline text="Tech"><outline text="AI">' + feed(1) + '</outline>' + feed(2) + '</outline>'));
    expect(read.ok && read.feeds.map((f) => f.folder)).toEqual(['Tech / AI', 'Tech']);
    expect(read.ok && read.folders).toBe(2);
  });
});

describe('writeOpml', () => {
  const now = new Date('2026-11-30T08:00:00Z');
  const feeds = [
    { url: 'https://a.example/feed?x=1&y=2', siteUrl: 'https://a.example/', title: 'A & B <"quoted"> \'tab\'', language: 'en', enabled: true, origin: 'US' },
    { url: 'https://b.example/rss', siteUrl: null, title: 'Новости 新闻', language: null, enabled: false },
  ];

  it('writes OPML 2.0 with type="rss", xmlUrl, htmlUrl where known and troika: attributes', () => {
    const text = writeOpml(feeds, { title: 'Troika feeds', now });
    expect(text).toContain('<opml version="2.0" xmlns:troika=');
    expect(text).toContain('<dateCreated>Mon, 30 Nov 2026 08:00:00 GMT</dateCreated>');
    expect(text.match(/type="rss"/g)).toHaveLength(2);
    expect(text).toContain('xmlUrl="https://a.example/feed?x=1&amp;y=2"');
    expect(text).toContain('htmlUrl="https://a.example/"');
    expect(text).toContain('troika:enabled="false"');
    expect(text).toContain('troika:origin="US"');
    expect(text.split('\n')[3]).not.toContain('htmlUrl');
  });

  it('round-trips every field, including markup characters, newlines and non-Latin titles', () => {
    const read = readOpml(writeOpml(feeds, { title: 'Troika feeds', now }));
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    expect(read.feeds.map((f) => ({ url: f.xmlUrl, siteUrl: f.htmlUrl, title: f.title, language: f.language, enabled: f.enabled, origin: f.origin }))).toEqual([
      { url: feeds[0]!.url, siteUrl: feeds[0]!.siteUrl, title: feeds[0]!.title, language: 'en', enabled: true, origin: 'US' },
      { url: feeds[1]!.url, siteUrl: null, title: feeds[1]!.title, language: null, enabled: false, origin: null },
    ]);
  });
});
