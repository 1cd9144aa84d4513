import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { ADMIN_ID, startHarness, type Harness } from '../helpers/bot-harness.js';
import { runToEnd, tempDatabase } from '../hardening/spawn.js';

// The loopback feed server is a private address: with FEED_ALLOW_PRIVATE=false it is refused, and
// the refusal must say how to allow it (an operator testing a local feed otherwise has no clue).
let server: FeedServer;
let h: Harness;
const db = tempDatabase();
beforeAll(async () => {
  server = await startFeedServer({ '/feed.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>T</title></channel></rss>') });
  h = await startHarness({ env: { FEED_ALLOW_PRIVATE: 'false' } });
});
afterAll(async () => {
  await h.close();
  await server.close();
  db.cleanup();
});

describe('a refused private address says how to allow it', () => {
  it.each([
    ['en', 'To allow feeds on private addresses'],
    ['id', 'Untuk mengizinkan feed di alamat privat'],
    ['ru', 'Чтобы разрешить ленты на частных адресах'],
    ['zh', '如需允许私有地址上的订阅源'],
  ])('/addfeed in %s', async (code, hint) => {
    const [reply] = await h.say(`/addfeed ${server.url('/feed.xml')}`, { from: { id: ADMIN_ID, language_code: code } });
    expect(reply?.text).toContain('127.0.0.1');
    expect(reply?.text).toContain(hint);
    expect(reply?.text).toContain('FEED_ALLOW_PRIVATE=true');
  });

  it('/addfeed refused for another reason gives no such hint', async () => {
    const [reply] = await h.say('/addfeed not a url', { from: { id: ADMIN_ID } });
    expect(reply?.text).not.toContain('FEED_ALLOW_PRIVATE');
  });

  it('troika feeds add (a real process) prints the hint and exits 1', async () => {
    const run = await runToEnd('src/cli.ts', ['feeds', 'add', server.url('/feed.xml')], { DATABASE_PATH: db.path, FEED_ALLOW_PRIVATE: 'false', PIPELINE_WORKERS: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/troika feeds add: cannot fetch it: refused: 127\.0\.0\.1 is a loopback address \(to allow private addresses, set FEED_ALLOW_PRIVATE=true\)/);
  });
});
