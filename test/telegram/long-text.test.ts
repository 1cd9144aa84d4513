import { afterEach, describe, expect, it } from 'vitest';
import { packMessages } from '../../src/core/compose.js';
import { hasLoneSurrogate } from '../../src/core/clip.js';
import { parseTelegramHtml } from '../../src/core/telegram-html.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { ADMIN_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
let server: FeedServer | undefined;
afterEach(async () => {
  await h?.close();
  await server?.close();
  h = undefined;
  server = undefined;
});

// A feed made to break replies: every feed-derived field far over any sane length, emoji at the cuts.
const huge = (unit: string, n: number) => unit.repeat(n);
const hostileFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${huge('China US AI 🇨🇳🇺🇸 ', 800)}</title>
<link>https://example.com/${huge('a', 5000)}</link>
<language>${huge('en', 200)}</language>
<item>
  <title>${huge('US China AI chips export controls 🤖 ', 400)}</title>
  <link>https://example.com/story?${huge('x', 6000)}</link>
  <author>${huge('Writer 👩‍💻 ', 1500)}</author>
  <description>${huge('The United States and China compete on AI chips. 🇺🇸 ', 600)}</description>
  <guid isPermaLink="false">${huge('g', 3000)}</guid>
</item>
</channel></rss>`;

describe('feed text cannot break replies', () => {
  it('a feed with a 10,000-character title and huge fields: /addfeed, /sources, /feeds and /why are all answered', async () => {
    server = await startFeedServer({ '/huge.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(hostileFeed) });
    h = await startHarness();
    const [added] = await h.say(`/addfeed ${server.url('/huge.xml')}`, { from: ADMIN_ID });
    expect(added?.text).toMatch(/^Added #1 .*: 1 item found/);
    const feed = h.app.stores.feeds.list()[0]!;
    expect(feed.title!.length).toBeLessThanOrEqual(200);
    expect(hasLoneSurrogate(feed.title!)).toBe(false);

    const [sources] = await h.say('/sources', { from: ADMIN_ID });
    expect(sources?.text).toContain('Troika reads 1 feed\n');
    const feeds = await h.say('/feeds', { from: ADMIN_ID });
    expect(feeds.length).toBeGreaterThan(0);

    const story = h.app.stores.items.latestRelevant({ limit: 1 })[0] ?? h.app.db.$client.prepare('select id from items limit 1').get() as { id: number };
    const why = await h.say(`/why ${story.id}`, { from: ADMIN_ID });
    expect(why[0]?.text).toMatch(/^Why #/);
    for (const m of [added, sources, ...feeds, ...why]) {
      expect(m!.text.length).toBeLessThanOrEqual(4096);
      expect(hasLoneSurrogate(m!.text)).toBe(false);
    }
    const row = h.app.db.$client.prepare('select title, link, summary, source from items').get() as Record<string, string | null>;
    expect(row.title!.length).toBeLessThanOrEqual(500);
    expect(row.source!.length).toBeLessThanOrEqual(200);
    expect(row.link).toBeNull(); // a 6,000-character link is dropped, not cut into a broken one
    expect(hasLoneSurrogate(`${row.title}${row.source}${row.summary}`)).toBe(false);
  });

  it('packMessages splits or clips a single block that alone exceeds the budget', () => {
    const block = `<b>${'A long line of text 🇷🇺 '.repeat(1000)}</b>`;
    const messages = packMessages(['<b>head</b>', block, 'tail']);
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      const parsed = parseTelegramHtml(m);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.text.length).toBeLessThanOrEqual(3800);
      expect(hasLoneSurrogate(m)).toBe(false);
    }
    expect(messages.at(-1)).toContain('tail');
  });
});
