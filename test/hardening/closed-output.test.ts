/**
 * `troika … | head`: the reader closes the pipe before the command has written everything. The
 * command must not die with an EPIPE stack trace; it finishes and exits with its own code.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
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
