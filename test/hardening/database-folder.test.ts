/**
 * A DATABASE_PATH whose folder is missing, a file, or not writable: `npm start` and the CLI stop
 * with one line naming the folder and the problem (no stack trace); a missing folder whose parent
 * is writable is created, with a log line saying so.
 */
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runToEnd, scratchDatabase, type RunAs } from './spawn.js';

afterEach(cleanUp);

const TOKEN = '7000000001:AAHfakeTOKENforTROIKAtests012345678';
/** Nothing listens on port 9: the bot must stop before it would talk to Telegram. */
const BOT_ENV = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9' };
const NO_TRACE = /unexpected error|\n\s+at |Error: /;

async function bothRefuse(path: string, expected: RegExp, runAs?: RunAs, alsoDigestSend = false) {
  const env = { DATABASE_PATH: path, PIPELINE_WORKERS: '0' };
  const runs = await Promise.all([
    runToEnd('src/main.ts', [], { ...env, ...BOT_ENV }, 20_000, runAs).then((r) => ({ ...r, what: 'npm start' })),
    runToEnd('src/cli.ts', ['feeds', 'list'], env, 20_000, runAs).then((r) => ({ ...r, what: 'troika feeds list' })),
    ...(alsoDigestSend ? [runToEnd('src/cli.ts', ['digest', '--send'], { ...env, ...BOT_ENV }, 20_000, runAs).then((r) => ({ ...r, what: 'troika digest --send (takes the lock first)' }))] : []),
  ]);
  for (const run of runs) {
    expect(run.code, `${run.what}: ${run.stderr}`).toBe(1);
    expect(run.stderr, run.what).toMatch(expected);
    expect(run.stderr, run.what).not.toMatch(NO_TRACE);
    expect(run.stderr.trim().split('\n'), run.what).toHaveLength(1);
  }
}

describe('the database folder', () => {
  it('under a regular file: names the folder and says a part of the path is a file', async () => {
    const { dir } = scratchDatabase();
    writeFileSync(join(dir, 'notes.txt'), 'a file, not a folder');
    const folder = join(dir, 'notes.txt', 'data');
    await bothRefuse(join(folder, 'troika.db'), new RegExp(`^troika: the database folder ${folder} cannot exist: a part of that path is a file, not a folder\\.`), undefined, true);
  }, 30_000);

  it('is itself a file: says so', async () => {
    const { dir } = scratchDatabase();
    writeFileSync(join(dir, 'data'), '');
    await bothRefuse(join(dir, 'data', 'troika.db'), new RegExp(`^troika: the database folder ${join(dir, 'data')} is a file, not a folder\\.`));
  }, 30_000);

  it('missing with its parent missing too: says which, and how to create it', async () => {
    const { dir } = scratchDatabase();
    const folder = join(dir, 'no', 'such');
    await bothRefuse(join(folder, 'troika.db'), new RegExp(`^troika: the database folder ${folder} does not exist, and neither does its parent ${join(dir, 'no')}\\. Create it \\(mkdir -p ${folder}\\)`));
    expect(existsSync(join(dir, 'no'))).toBe(false);
  }, 30_000);

  it('missing with a writable parent: created, with a log line', async () => {
    const { dir } = scratchDatabase();
    const folder = join(dir, 'data');
    const run = await runToEnd('src/cli.ts', ['feeds', 'list'], { DATABASE_PATH: join(folder, 'troika.db'), LOG_LEVEL: 'info', PIPELINE_WORKERS: '0' });
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(run.stderr).toContain(`"folder":"${folder}","msg":"created the database folder"`);
  }, 30_000);

  it('read-only (chmod 0555), for the folder and for creating a folder in it: permission denied', async (ctx) => {
    const { dir } = scratchDatabase();
    const readOnly = join(dir, 'ro');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    // Root writes through chmod 0555, so as root the programs run as "nobody" (uid 65534) instead.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755); // nobody must reach the folder to be refused by it
    const runAs: RunAs | undefined = asRoot ? { uid: 65534, gid: 65534 } : undefined;
    if (asRoot) {
      const probe = await runToEnd('src/cli.ts', ['--help'], {}, 20_000, runAs).catch((error: Error) => ({ code: -1, stderr: error.message, stdout: '' }));
      if (probe.code !== 0) ctx.skip(`running as root and uid 65534 cannot run the program here (${probe.stderr.trim().slice(0, 120)}); the under-a-file cases above still run`);
    }
    await bothRefuse(join(readOnly, 'troika.db'), new RegExp(`^troika: cannot write in the database folder ${readOnly}: permission denied \\(EACCES\\)\\.`), runAs, true);
    await bothRefuse(join(readOnly, 'data', 'troika.db'), new RegExp(`^troika: cannot create the database folder ${join(readOnly, 'data')} in ${readOnly}: permission denied \\(EACCES\\)\\.`), runAs);
    chmodSync(readOnly, 0o755);
  }, 60_000);
});
