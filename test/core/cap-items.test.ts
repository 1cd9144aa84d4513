import { describe, expect, it } from 'vitest';
import { capFeedItemBytes, capFeedItems } from '../../src/core/cap-items.js';
import { parseFeed } from '../../src/core/parse.js';

const rss = (items: string, tail = '') => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>${items}${tail}</channel></rss>`;
const item = (i: number, description = `Item ${i}`) => `<item><title>Title ${i}</title><link>https://example.com/${i}</link><description>${description}</description></item>`;
const items = (n: number) => Array.from({ length: n }, (_, i) => item(i)).join('');

describe('capFeedItems', () => {
  it('leaves a document with no more items than asked for unchanged', () => {
    const xml = rss(items(3));
    expect(capFeedItems(xml, 3)).toEqual({ doc: xml, cut: 0 });
    expect(capFeedItems(xml, 10)).toEqual({ doc: xml, cut: 0 });
  });

  it('keeps the head, the first items and the tail, and counts what it cut', async () => {
    const { doc, cut } = capFeedItems(rss(items(10), '<image><url>https://example.com/logo.png</url></image>'), 4);
    expect(cut).toBe(6);
    expect(doc).toBe(rss(items(4), '<image><url>https://example.com/logo.png</url></image>'));
    const parsed = await parseFeed(doc);
    expect(parsed.items.map((i) => i.title)).toEqual(['Title 0', 'Title 1', 'Title 2', 'Title 3']);
  });

  it('does not count item ends inside CDATA sections or comments', () => {
    const tricky = item(0, '<![CDATA[<p>not an end: </item></entry></p>]]>') + '<!-- </item> -->' + item(1) + item(2);
    const { doc, cut } = capFeedItems(rss(tricky), 2);
    expect(cut).toBe(1);
    expect(doc).toContain('not an end: </item></entry>');
    expect(doc).toContain('Title 1');
    expect(doc).not.toContain('Title 2');
  });

  it('cuts Atom entries too', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${Array.from({ length: 5 }, (_, i) => `<entry><title>E${i}</title></entry >`).join('')}</feed>`;
    const { doc, cut } = capFeedItems(atom, 2);
    expect(cut).toBe(3);
    expect(doc).toBe(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E0</title></entry ><entry><title>E1</title></entry ></feed>`);
  });
});

describe('capFeedItemBytes', () => {
  it('cuts undecoded bytes the same way, keeping multi-byte text intact', () => {
    const xml = rss(Array.from({ length: 6 }, (_, i) => item(i, `Россия и 中国 ${i}`)).join(''));
    const { doc, cut } = capFeedItemBytes(Buffer.from(xml, 'utf8'), 3);
    expect(cut).toBe(3);
    expect(Buffer.from(doc).toString('utf8')).toBe(capFeedItems(xml, 3).doc);
  });

  it('finds the same cut as the text scan in CDATA, comments, unterminated sections and near-miss tags', () => {
    const docs = [
      rss(item(0, '<![CDATA[</item>]]>') + '<!-- </entry> -->' + items(4) + '<items>x</items>' + item(9, 'a</itemx>b'.replace(/</g, '&lt;'))),
      rss(Array.from({ length: 5 }, (_, i) => `<item><title>T${i}</title></item \r\n\t>`).join('')),
      rss(items(3) + '<![CDATA[ never closed </item> </item>'),
      rss(items(3) + '<!-- never closed </item>'),
      `<feed>${Array.from({ length: 6 }, (_, i) => `<entry><title>E${i}</title></entry>`).join('')}<!--x-->]]></feed>`,
    ];
    for (const xml of docs) {
      for (const keep of [1, 2, 3, 5]) {
        const text = capFeedItems(xml, keep);
        const bytes = capFeedItemBytes(Buffer.from(xml, 'utf8'), keep);
        expect({ doc: Buffer.from(bytes.doc).toString('utf8'), cut: bytes.cut }).toEqual(text);
      }
    }
  });

  it('leaves UTF-16 documents to the decoded cut', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss(items(5)), 'utf16le')]);
    expect(capFeedItemBytes(bytes, 2)).toEqual({ doc: bytes, cut: 0 });
  });
});
