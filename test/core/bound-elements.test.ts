import { describe, expect, it } from 'vitest';
import { boundElements } from '../../src/core/bound-elements.js';
import { parseFeed } from '../../src/core/parse.js';

const rss = (items: string, tail = '') => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>${items}${tail}</channel></rss>`;
const item = (i: number, body = `<description>Item ${i}</description>`) => `<item><title>Title ${i}</title><link>https://example.com/${i}</link>${body}</item>`;
const nested = (levels: number) => '<x>'.repeat(levels) + 'deep' + '</x>'.repeat(levels);

describe('boundElements', () => {
  it('returns an ordinary document unchanged, XHTML content, comments, CDATA and stray < included', () => {
    const xhtml = `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>a <b>b</b> <br/> c</p><ul><li><a href="x">y</a></li></ul></div></content>`;
    const xml = rss(item(0, xhtml) + '<!-- <x><x><x> -->' + item(1, '<description><![CDATA[<x><x><x><x>]]> 1 < 2</description>') + item(2));
    const bounded = boundElements(xml, { maxDepth: 6, maxElements: 1000 });
    expect(bounded).toEqual({ doc: xml, dropped: 0, cut: 0, tooDeep: false });
  });

  it('drops an item nested deeper than the limit and keeps the others', () => {
    const xml = rss(item(0) + item(1, `<description>${nested(100_000)}</description>`) + item(2), '<image><url>u</url></image>');
    const bounded = boundElements(xml);
    expect(bounded.dropped).toBe(1);
    expect(bounded.tooDeep).toBe(false);
    expect(bounded.doc).toBe(rss(item(0) + item(2), '<image><url>u</url></image>'));
  });

  it('keeps an item exactly at the depth limit', () => {
    const limits = { maxDepth: 5, maxElements: 1000 };
    // item > description > x x x = 5 levels inside the item element itself
    expect(boundElements(rss(item(0, `<description>${nested(3)}</description>`)), limits).dropped).toBe(0);
    expect(boundElements(rss(item(0, `<description>${nested(4)}</description>`)), limits).dropped).toBe(1);
  });

  it('refuses a document nested too deep outside its items, or an over-deep item that never ends', () => {
    expect(boundElements(rss(item(0), `<image>${nested(200)}</image>`)).tooDeep).toBe(true);
    expect(boundElements(rss(item(0)).replace('</channel></rss>', '') + '<item>' + '<x>'.repeat(200)).tooDeep).toBe(true);
  });

  it('leaves the items past the element budget unread, not counting a dropped item against it', () => {
    const limits = { maxDepth: 20, maxElements: 30 };
    // Each item has 4 elements (item, title, link, description); the channel and rss 3 more.
    const xml = rss(item(0, `<description>${nested(50)}</description>`) + Array.from({ length: 10 }, (_, i) => item(i + 1)).join(''));
    const bounded = boundElements(xml, limits);
    expect(bounded.dropped).toBe(1);
    expect(bounded.cut).toBe(4);
    expect(bounded.doc).toBe(rss(Array.from({ length: 6 }, (_, i) => item(i + 1)).join('')));
  });
});

describe('parseFeed with hostile nesting', () => {
  it('reads the ordinary items of a feed with one item nested 100,000 deep, counting that item as dropped', async () => {
    const parsed = await parseFeed(rss(item(0) + item(1, `<description>${nested(100_000)}</description>`) + item(2)));
    expect(parsed.items.map((i) => i.title)).toEqual(['Title 0', 'Title 2']);
    expect(parsed.dropped).toBe(1);
  });

  it('refuses a channel nested 100,000 deep with a clear reason', async () => {
    await expect(parseFeed(rss(item(0), `<image>${nested(100_000)}</image>`))).rejects.toThrow(/nested more than 64 levels deep/);
  });
});
