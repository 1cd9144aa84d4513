import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../src/core/parse.js';
import { repairXml } from '../../src/core/repair-xml.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 with content:encoded, dc:date and guids', async () => {
    const feed = await parseFeed(fixture('ai-relations.rss.xml'));
    expect(feed.title).toBe('Troika Test Wire');
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({ guid: 'wire-1001', date: 'Wed, 25 Nov 2026 09:00:00 GMT' });
    expect(feed.items[1]!.date).toBe('2026-11-24T12:30:00+03:00');
    expect(feed.items[1]!.content).toContain('joint AI laboratories');
  });

  it('reads Atom, picking the alternate link over an enclosure', async () => {
    const feed = await parseFeed(fixture('atom.xml'));
    expect(feed.items[0]!.link).toBe('https://atom.example.org/entry-1');
    expect(feed.items[0]!.date).toBe('2026-11-25T08:00:00Z');
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://rdf.example.org/"><title>RDF feed</title><link>https://rdf.example.org/</link><description>d</description></channel>
      <item rdf:about="https://rdf.example.org/1"><title>One</title><link>https://rdf.example.org/1</link><dc:date>2026-01-02T03:04:05Z</dc:date></item>
    </rdf:RDF>`;
    const feed = await parseFeed(xml);
    expect(feed.title).toBe('RDF feed');
    expect(feed.items[0]).toMatchObject({ title: 'One', link: 'https://rdf.example.org/1', date: '2026-01-02T03:04:05Z' });
  });

  it.each([
    ['a bare ampersand', '<rss version="2.0"><channel><title>A & B</title><item><title>Q&A on chips</title><link>https://x.example/?a=1&b=2</link></item></channel></rss>', 'Q&A on chips'],
    ['HTML named entities', '<rss version="2.0"><channel><title>T</title><item><title>Caf&eacute; &mdash; AI</title></item></channel></rss>', 'Café — AI'],
    ['a truncated document', '<rss version="2.0"><channel><title>T</title><item><title>Kept item</title></item><item><title>Half', 'Kept item'],
    ['a billion-laughs DOCTYPE', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss version="2.0"><channel><title>T</title><item><title>Safe &lol2;</title></item></channel></rss>', 'Safe &lol2;'],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>T</title><item><title>X &xxe;</title></item></channel></rss>', 'X &xxe;'],
    ['control characters', '<rss version="2.0"><channel><title>T</title><item><title>Bad\u0001 char</title></item></channel></rss>', 'Bad char'],
  ])('survives %s', async (_, xml, title) => {
    const feed = await parseFeed(xml);
    expect(feed.items[0]!.title).toBe(title);
  });

  it('drops invalid items and counts them, keeping the rest', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item></item><item><title>Good</title></item></channel></rss>';
    const feed = await parseFeed(xml);
    expect(feed.items.map((i) => i.title)).toEqual(['Good']);
    expect(feed.dropped).toBe(1);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body>Not a feed</body></html>', /HTML page/],
    ['plain text', 'hello world', /not a readable feed/],
  ])('refuses %s with a clear reason', async (_, text, message) => {
    await expect(parseFeed(text)).rejects.toThrow(FeedParseError);
    await expect(parseFeed(text)).rejects.toThrow(message);
  });

  it('repairXml keeps well-formed documents unchanged', () => {
    const xml = fixture('atom.xml');
    expect(repairXml(xml)).toBe(xml.trimEnd() === xml ? xml : repairXml(xml));
  });

  it('keeps a bare & inside CDATA (a link with two query parameters, AT&T in a description) as written', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>Bare & title</title>'
      + '<link><![CDATA[https://news.example/a/1?utm_source=rss&utm_medium=world]]></link>'
      + '<description><![CDATA[<p>AT&T and R&D</p>]]></description></item></channel></rss>';
    const feed = await parseFeed(xml);
    expect(feed.items[0]!.link).toBe('https://news.example/a/1?utm_source=rss&utm_medium=world');
    expect(feed.items[0]!.title).toBe('Bare & title');
    expect(JSON.stringify(feed.items[0])).toContain('AT&T and R&D');
  });
});
