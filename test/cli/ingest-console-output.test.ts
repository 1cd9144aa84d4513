/**
 * What a newcomer sees in the terminal: `troika ingest` reports failing feeds in its table, not as
 * JSON log lines above it; `/refresh` in `troika console` puts no log line into the chat.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { displayWidth } from '../../src/core/display-width.js';
import { respond, startFeedServer } from '../helpers/feed-server.js';
import { cleanUp, emptyDatabase, onCleanup, ROOT, runToEnd, scratchDatabase } from '../hardening/spawn.js';

afterEach(cleanUp);

const CJK_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>新华网 科技频道</title><link>https://xinhua.example/</link><description>t</description>
<item><title>中美人工智能芯片出口管制谈判</title><link>https://xinhua.example/1</link><guid>x1</guid><pubDate>${new Date(Date.now() - 3600_000).toUTCString()}</pubDate><description>美国与中国讨论人工智能芯片出口管制。</description></item>
</channel></rss>`;

describe('troika ingest', () => {
  it('lists failing feeds with their reason in the table, aligned, with no JSON log lines on stderr', async () => {
    const server = await startFeedServer({ '/xinhua.xml': respond(CJK_FEED, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } }) });
    onCleanup(() => server.close());
    const path = emptyDatabase();
    const db = openDatabase(path);
    const feeds = createFeedStore(db);
    for (const url of [server.url('/xinhua.xml'), server.url('/gone.xml'), 'http://127.0.0.1:9/feed.xml']) feeds.insert({ url, addedBy: 'test', createdAt: new Date() });
    closeDatabase(db);
    const env = { DATABASE_PATH: path, FEED_ALLOW_PRIVATE: 'true', PIPELINE_WORKERS: '0' };

    const run = await runToEnd('src/cli.ts', ['ingest', '--all'], env, 30_000);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const header = lines[0]!;
    const rows = lines.slice(1, 4);
    expect(rows[0]).toMatch(/^1 +新华网 科技频道 +fetched +1 +1 /);
    expect(rows[1]).toMatch(/^2 +.*gone\.xml +failed +0 +0 +0 +\d+ +HTTP 404/);
    expect(rows[2]).toMatch(/^3 +.*127\.0\.0\.1:9.* +failed .*refused/i);
    // Columns line up in terminal columns, the Chinese name included.
    const statusAt = displayWidth(header.slice(0, header.indexOf('status')));
    for (const row of rows) expect(displayWidth(row.slice(0, row.search(/fetched|failed/)))).toBe(statusAt);
    expect(run.stdout).toMatch(/feeds 3 · fetched 1 · not modified 0 · failed 2/);

    // An operator who asks for logs gets them, on stderr.
    const logged = await runToEnd('src/cli.ts', ['ingest', '--all'], { ...env, LOG_LEVEL: 'warn' }, 30_000);
    expect(logged.stderr).toContain('"msg":"feed failed"');
  }, 60_000);
});

describe('troika console', () => {
  it('/refresh answers in the chat and writes its log lines to a file, not to the terminal', async () => {
    const { dir } = scratchDatabase();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'console'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', TMPDIR: dir }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    onCleanup(() => child.kill('SIGKILL'));
    child.stdin!.end('/refresh\n/latest 3\n');
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('bot> Refresh done');
    // The demo stories are stories: /latest lists them (it used to say "No relevant stories yet").
    expect(stdout).toMatch(/bot> Latest 3 stories\n[\s\S]*Demo: Washington widens export controls/);
    expect(stdout).toContain(`(Log lines go to ${join(dir, 'troika-console.log')}, not here.)`);
    expect(stdout + stderr).not.toMatch(/"level":\d+/);
    expect(readFileSync(join(dir, 'troika-console.log'), 'utf8')).toContain('"msg":"feed failed"');
  }, 60_000);
});
