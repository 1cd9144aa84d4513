/**
 * `troika … | head`: the reader closes the pipe before the command has written everything. The
 * command must not die with an EPIPE stack trace; it finishes and exits with its own code.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { respond, startFeedServer } from '../helpers/feed-server.js';
import { cleanUp, ROOT, scratchDatabase } from './spawn.js';

afterEach(cleanUp);

/** Run the CLI with its stdout closed at once (every write fails with EPIPE); collect stderr. */
function runWithClosedStdout(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.destroy();
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('output closed early (| head)', () => {
  it('eval, classify, feeds list and --help exit with their own code and no EPIPE trace', async () => {
    const db = scratchDatabase();
    const runs = await Promise.all(
      [
        ['eval', 'test/fixtures/corpus', '--errors'],
        ['classify', 'test/fixtures/feeds/ai-relations.rss.xml'],
        ['feeds', 'list'],
        ['--help'],
      ].map(async (args) => ({ args: args.join(' '), ...(await runWithClosedStdout(args, { DATABASE_PATH: db.path, PIPELINE_WORKERS: '0' })) })),
    );
    for (const run of runs) {
      expect(run.stderr, run.args).not.toMatch(/EPIPE|Unhandled 'error'|unexpected error/);
      expect(run.code, `${run.args}: ${run.stderr}`).toBe(0);
    }
  }, 60_000);
});

describe('classify with its reader gone', () => {
  it('stops after the first input instead of fetching the rest for nobody', async () => {
    // Each URL answers after 3 s: read in full, the run would take 9 s and make 3 requests.
    const server = await startFeedServer();
    const feed = readFileSync(`${ROOT}/test/fixtures/feeds/ai-relations.rss.xml`);
    for (const n of [1, 2, 3]) {
      server.route(`/slow-${n}.xml`, async (req, res) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        respond(feed, { headers: { 'Content-Type': 'application/rss+xml' } })(req, res);
      });
    }
    try {
      const started = Date.now();
      const run = await runWithClosedStdout(['classify', 'test/fixtures/feeds/ai-relations.rss.xml', server.url('/slow-1.xml'), server.url('/slow-2.xml'), server.url('/slow-3.xml')], { FEED_ALLOW_PRIVATE: 'true' });
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled 'error'|unexpected error/);
      expect(run.code, run.stderr).toBe(0);
      expect(server.requests).toHaveLength(0);
      console.log(`[classify, reader gone] exited after ${Date.now() - started} ms with ${server.requests.length} of 3 URLs fetched`);
    } finally {
      await server.close();
    }
  }, 60_000);
});
