import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOpml } from '../../src/core/opml.js';
import type { FetchOutcome } from '../../src/fetch/index.js';
import type { FetchFn } from '../../src/services/refresh-feeds.js';
import { ADMIN_ID, READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

// One short item per feed: the bot's side of a 500-feed import is under test here, not the classifier.
const rss = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title><link>https://site.example/</link><item><title>Chips</title><link>https://site.example/1</link><description>Export controls.</description></item></channel></rss>');
const inoreader = readFileSync(new URL('../fixtures/opml/inoreader-500.opml', import.meta.url), 'utf8');
const fetch: FetchFn = async (url) =>
  /unreachable/.test(url)
    ? { kind: 'failed', error: { kind: 'network', message: 'connect ECONNREFUSED' } }
    : ({ kind: 'ok', status: 200, body: rss, contentType: 'application/rss+xml', etag: null, lastModified: null, finalUrl: url, movedPermanentlyTo: null } satisfies FetchOutcome);

const small = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>My feedly</title></head><body>
  <outline text="AI" title="AI">
    <outline type="rss" text="One" title="One" xmlUrl="https://one.example/rss" htmlUrl="https://one.example/"/>
    <outline type="rss" text="Down" title="Down" xmlUrl="https://unreachable.example/rss"/>
    <outline text="Just a page" htmlUrl="https://page.example/"/>
  </outline>
</body></opml>`;

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ fetch });
});
afterEach(async () => {
  await h.close();
});

/** The admin sends a file; resolves with the bot's messages once the import report (or a refusal) arrived. */
async function sendFile(fileName: string, content: string | Buffer, from = ADMIN_ID, options: { caption?: string } = {}, timeoutMs = 10_000) {
  const before = h.fake.sent.length;
  await h.handled(h.fake.sendDocument(from, from, { fileName, content, ...options }));
  await h.fake.waitFor(() => h.fake.sent.slice(before).some((m) => !/^Reading /.test(m.text)), timeoutMs);
  return h.fake.sent.slice(before).filter((m) => m.chat_id === from);
}

describe('OPML in Telegram', () => {
  it('an admin sends an .opml file: checked like /addfeed, report lists added and skipped with reasons', async () => {
    const replies = await sendFile('feedly.opml', small);
    const report = replies.map((m) => m.text).join('\n');
    expect(report).toMatch(/Imported feedly\.opml: 1 added, 2 skipped of 2 feeds/);
    expect(report).toMatch(/1 folders were flattened/);
    expect(report).toMatch(/✅ #\d+ One/);
    expect(report).toMatch(/⛔ Down: unreachable \(cannot fetch it: connect ECONNREFUSED\)/);
    expect(report).toMatch(/⛔ Just a page: no feed address/);
    expect(report).toMatch(/send the file again later/);
    expect(h.app.stores.feeds.list().map((f) => f.url)).toEqual(['https://one.example/rss']);
  });

  it('/import as a reply to a file imports it; /import alone explains', async () => {
    const fileUpdate = h.fake.sendDocument(ADMIN_ID, ADMIN_ID, { fileName: 'subs.xml', content: small });
    await h.handled(fileUpdate);
    await h.fake.waitFor(() => h.fake.sent.some((m) => /Imported subs\.xml/.test(m.text)), 10_000);
    // The same file again, as a reply: everything is already there or still unreachable.
    const before = h.fake.sent.length;
    await h.handled(h.fake.sendText(ADMIN_ID, ADMIN_ID, '/import', { replyTo: (fileUpdate.message as { message_id: number }).message_id }));
    await h.fake.waitFor(() => h.fake.sent.slice(before).some((m) => /Imported subs\.xml: 0 added/.test(m.text)), 10_000);
    expect(h.fake.sent.slice(before).map((m) => m.text).join('\n')).toMatch(/⛔ One: already in the list/);
    expect((await h.say('/import', { from: ADMIN_ID }))[0]!.text).toMatch(/Send me an OPML file/);
  });

  it('/export sends troika-feeds.opml as a document that reads back as the same feeds', async () => {
    await sendFile('feedly.opml', small);
    const before = h.fake.sent.length;
    await h.handled(h.fake.sendText(ADMIN_ID, ADMIN_ID, '/export'));
    const sent = h.fake.sent.slice(before);
    const doc = sent.find((m) => m.document)!;
    expect(doc.document!.file_name).toBe('troika-feeds.opml');
    expect(doc.text).toMatch(/1 feed as OPML 2\.0/);
    const read = readOpml(doc.document!.data.toString('utf8'));
    expect(read.ok && read.feeds.map((f) => [f.xmlUrl, f.title, f.enabled])).toEqual([['https://one.example/rss', 'One', true]]);
    expect(h.fake.calls.some((c) => c.method === 'sendDocument' && c.status === 200)).toBe(true);
  });

  it('a 500-feed Inoreader export is imported with a compact report', async () => {
    const replies = await sendFile('inoreader.opml', inoreader, ADMIN_ID, {}, 45_000);
    const report = replies.map((m) => m.text).join('\n');
    expect(report).toMatch(/498 added, 3 skipped of 500 feeds/);
    expect(report).toMatch(/… and 473 more/);
    expect(replies.length).toBeLessThanOrEqual(3);
    expect(h.app.stores.feeds.list()).toHaveLength(498);
  }, 60_000);

  it('refuses a file in the admin’s own language', async () => {
    await h.say('/language ru', { from: ADMIN_ID });
    const before = h.fake.sent.length;
    await h.handled(h.fake.sendDocument(ADMIN_ID, ADMIN_ID, { fileName: 'feed.xml', content: '<?xml version="1.0"?><rss version="2.0"><channel/></rss>' }));
    const refusal = await h.fake.waitFor(() => h.fake.sent.slice(before).find((m) => /OPML \(/.test(m.text)));
    expect(refusal.text).toMatch(/это XML, но не OPML \(корневой элемент — <rss>, а не <opml>\)/);
    expect(h.app.stores.feeds.list()).toEqual([]);
  });

  it.each([
    ['not XML', 'notes.opml', 'this is a plain text file, not a list of feeds', /Nothing imported: this is not an XML file/],
    ['not OPML', 'feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', /Nothing imported: this is XML but not OPML \(its root element is <rss>/],
    ['10,000 outlines', 'huge.opml', `<opml version="2.0"><body>${Array.from({ length: 10_000 }, (_, i) => `<outline text="${i}" xmlUrl="https://x.example/${i}"/>`).join('')}</body></opml>`, /Nothing imported: the file has 10,000 outlines; at most 1,000/],
    ['nested categories 12 deep', 'deep.opml', `<opml version="2.0"><body>${'<outline text="f">'.repeat(12)}<outline text="a" xmlUrl="https://a.example/"/>${'</outline>'.repeat(12)}</body></opml>`, /Nothing imported: folders are nested 12 deep/],
    ['outlines without xmlUrl', 'pages.opml', '<opml version="2.0"><body><outline text="a" htmlUrl="https://a.example/"/><outline text="b"/></body></opml>', /Nothing imported: none of its 2 outlines has a feed address \(xmlUrl\)/],
    ['a 20 MB file', 'big.opml', Buffer.alloc(20 * 1024 * 1024, 0x20), /Nothing imported: the file is 20\.0 MB; an OPML list can be at most 2 MB/],
    ['a picture', 'cat.png', Buffer.from('89504e470d0a1a0a', 'hex'), /does not look like an OPML file/],
  ])('bad input (%s) gets one clear answer and nothing is imported', async (_name, fileName, content, answer) => {
    const replies = await sendFile(fileName, content);
    expect(replies.map((m) => m.text).join('\n')).toMatch(answer);
    expect(h.app.stores.feeds.list()).toEqual([]);
  });

  it('the 20 MB file is refused from its size, without downloading it', async () => {
    await sendFile('big.opml', Buffer.alloc(20 * 1024 * 1024, 0x20));
    expect(h.fake.stats.byMethod.getFile ?? 0).toBe(0);
  });

  it('readers cannot import or export', async () => {
    expect((await sendFile('feedly.opml', small, READER_ID))[0]!.text).toMatch(/^This command is for admins\.\nYour Telegram user id is 2002\./);
    expect((await h.say('/export'))[0]!.text).toMatch(/^This command is for admins\.\nYour Telegram user id is 2002\./);
    expect((await h.say('/import'))[0]!.text).toMatch(/^This command is for admins\.\nYour Telegram user id is 2002\./);
    expect(h.app.stores.feeds.list()).toEqual([]);
  });
});
