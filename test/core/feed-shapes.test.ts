/**
 * Feed shapes real sites publish that used to lose the whole feed (a held-out parser set failed
 * these): a utf-16 prolog over UTF-8 bytes, RSS 1.0 without a default namespace, content starting
 * like <!DOCTYPE, windows-1252 smart quotes in a feed that says ISO-8859-1.
 */
import { describe, expect, it } from 'vitest';
import { readFeedArticles } from '../../src/core/pipeline.js';

const now = new Date('2026-11-20T00:00:00Z');
const read = (bytes: string | Buffer, contentType?: string) =>
  readFeedArticles(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, { now, ...(contentType ? { contentType } : {}) });

describe('feed shapes that used to be lost', () => {
  it('an XML prolog declaring utf-16 over plain UTF-8 bytes (WordPress misconfiguration)', async () => {
    const xml = '<?xml version="1.0" encoding="utf-16"?>\n<rss version="2.0"><channel><title>Blog — AI</title><item><title>China’s AI chips 芯片 🇨🇳</title><link>https://e.com/1</link></item></channel></rss>';
    for (const contentType of [undefined, 'application/rss+xml; charset=UTF-16']) {
      const { feed, articles } = await read(xml, contentType);
      expect(feed.title).toBe('Blog — AI');
      expect(articles[0]?.title).toBe('China’s AI chips 芯片 🇨🇳');
    }
    // A real UTF-16 document (with its BOM) still reads as UTF-16.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect((await read(utf16)).articles[0]?.title).toBe('China’s AI chips 芯片 🇨🇳');
  });

  it('RSS 1.0 (RDF) whose elements use a prefix, or no namespace and no channel', async () => {
    const prefixed = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <rss:channel rdf:about="https://e.com/"><rss:title>RDF blog</rss:title><rss:link>https://e.com/</rss:link></rss:channel>
      <rss:item rdf:about="https://e.com/1"><rss:title>US–China AI race</rss:title><rss:link>https://e.com/1</rss:link><dc:date>2026-11-01T10:00:00Z</dc:date></rss:item></rdf:RDF>`;
    const a = await read(prefixed);
    expect(a.feed.title).toBe('RDF blog');
    expect(a.articles.map((x) => [x.title, x.link, x.publishedAt?.toISOString()])).toEqual([['US–China AI race', 'https://e.com/1', '2026-11-01T10:00:00.000Z']]);
    const bare = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <item rdf:about="https://e.com/2"><title>Russia AI pact</title><link>https://e.com/2</link><dc:creator>Ann</dc:creator></item></rdf:RDF>`;
    expect((await read(bare)).articles.map((x) => x.title)).toEqual(['Russia AI pact']);
  });

  it('an item description whose content starts like <!DOCTYPE (escaped or in CDATA)', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Doc</title>
      <item><title>Zero</title><description><![CDATA[<!DOCTYPE is how an HTML page starts]]></description></item>
      <item><title>One</title><description>&lt;!DOCTYPE html&gt;&lt;p&gt;The US and China compete.&lt;/p&gt;</description></item>
      <item><title>Two</title><description><![CDATA[<!DOCTYPE html><p>Russia and China sign an AI pact.</p>]]></description></item>
      <item><title>Three</title><description><![CDATA[<!DOCTYPE]]></description></item>
      <item><title>Four</title><description>After the doctype.</description></item>
    </channel></rss>`;
    const { articles } = await read(xml);
    expect(articles.map((a) => a.title)).toEqual(['Zero', 'One', 'Two', 'Three', 'Four']);
    expect(articles[1]?.text).toBe('The US and China compete.');
    expect(articles[2]?.text).toBe('Russia and China sign an AI pact.');
    expect(articles[4]?.text).toBe('After the doctype.');
  });

  it.each(['ISO-8859-1', 'iso8859-1', 'ISO_8859-1', 'latin1', 'l1', 'IBM819', 'iso-ir-100'])('windows-1252 smart quotes in a feed declared %s', async (label) => {
    const bytes = Buffer.from(`<?xml version="1.0" encoding="${label}"?>\n<rss version="2.0"><channel><title>Caf\xe9</title><item><title>It\x92s \x93quoted\x94 \x96 dash \x97 caf\xe9</title></item></channel></rss>`, 'latin1');
    const { feed, articles } = await read(bytes);
    expect(feed.title).toBe('Café');
    expect(articles[0]?.title).toBe('It’s “quoted” – dash — café');
    // Declared only in the Content-Type, the same.
    const noProlog = Buffer.from('<rss version="2.0"><channel><item><title>\x93AI\x94 \x96 \x97</title></item></channel></rss>', 'latin1');
    expect((await read(noProlog, `text/xml; charset=${label}`)).articles[0]?.title).toBe('“AI” – —');
  });
});
