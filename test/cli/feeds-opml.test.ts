import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { runToEnd, tempDatabase } from '../hardening/spawn.js';

const rss = readFileSync(new URL('../fixtures/feeds/ai-relations.rss.xml', import.meta.url));

let server: FeedServer;
const db = tempDatabase();
beforeAll(async () => {
  server = await startFeedServer({
    '/a.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss),
    '/b.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss),
  });
});
afterAll(async () => {
  await server.close();
  db.cleanup();
});

describe('troika feeds import | export', () => {
  it('imports an OPML file, reports added and skipped, and exports it back (stdout and file)', async () => {
    const env = { DATABASE_PATH: db.path, FEED_ALLOW_PRIVATE: 'true', PIPELINE_WORKERS: '0' };
    const file = join(db.dir, 'in.opml');
    writeFileSync(file, `<opml version="1.0"><body><outline text="Folder">
      <outline type="rss" text="A" xmlUrl="${server.url('/a.xml')}"/>
      <outline type="rss" text="Gone" xmlUrl="${server.url('/missing.xml')}"/>
      <outline type="rss" text="B (paused)" xmlUrl="${server.url('/b.xml')}" troika:enabled="false"/>
    </outline></body></opml>`);
    // A fresh database is seeded with the default feeds; the import adds to them.
    const imported = await runToEnd('src/cli.ts', ['feeds', 'import', file, '--json'], env);
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as { added: Array<{ url: string; enabled: boolean }>; skipped: Array<{ label: string; reason: string }>; folders: number };
    expect(report.added.map((a) => [a.url, a.enabled])).toEqual([[server.url('/a.xml'), true], [server.url('/b.xml'), false]]);
    expect(report.skipped).toEqual([expect.objectContaining({ label: 'Gone', reason: 'fetch-failed' })]);
    expect(report.folders).toBe(1);

    const stdout = await runToEnd('src/cli.ts', ['feeds', 'export'], env);
    expect(stdout.stdout).toContain(`xmlUrl="${server.url('/b.xml')}"`);
    expect(stdout.stdout).toMatch(/text="B \(paused\)"[^>]*troika:enabled="false"/);
    const out = join(db.dir, 'out.opml');
    const written = await runToEnd('src/cli.ts', ['feeds', 'export', out], env);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8').replace(/<dateCreated>.*<\/dateCreated>/, '')).toBe(stdout.stdout.replace(/<dateCreated>.*<\/dateCreated>/, ''));
    const refused = await runToEnd('src/cli.ts', ['feeds', 'export', out], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists; add --force/);
  }, 60_000);

  it('a bad file is refused as a whole with exit code 1', async () => {
    const file = join(db.dir, 'bad.opml');
    writeFileSync(file, '<rss version="2.0"><channel/></rss>');
    const result = await runToEnd('src/cli.ts', ['feeds', 'import', file], { DATABASE_PATH: db.path });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing imported: this is XML but not OPML/);
  }, 30_000);
});
