/**
 * `src/main.ts` as a process: one bot per database (a second start refuses, SIGTERM stops cleanly,
 * a new start then works), and a damaged database file is refused with advice and left untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, emptyDatabase, runProgram, runToEnd, scratchDatabase, startFakeBotApi } from './spawn.js';


afterEach(cleanUp);


describe('one bot per database', () => {
  it('a second start refuses with "already running"; SIGTERM exits 0; then a new start works', async () => {
    const fake = await startFakeBotApi();
    const path = emptyDatabase();
    const env = { DATABASE_PATH: path, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'info' };

    const first = runProgram('src/main.ts', [], env);
    await first.waitForOutput('bot started (long polling)');
    expect(readFileSync(`${path}.lock`, 'utf8').trim()).toBe(String(first.pid));
    const getMeCalls = fake.stats.byMethod.getMe ?? 0;

    const second = await runToEnd('src/main.ts', [], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already running/);
    expect(second.stderr).toContain(`pid ${first.pid}`);
    expect(second.stderr).toContain(path);
    expect(second.stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/); // a message, not a stack trace
    // It stopped before talking to Telegram (a second poller would knock the first off with 409).
    expect(fake.stats.byMethod.getMe ?? 0).toBe(getMeCalls);
    expect(first.child.exitCode).toBeNull();
    expect(readFileSync(`${path}.lock`, 'utf8').trim()).toBe(String(first.pid));

    first.child.kill('SIGTERM');
    const stopped = await first.exited;
    expect(stopped, first.stderr()).toEqual({ code: 0, signal: null });
    expect(first.stderr()).toContain('"msg":"stopped"');
    expect(existsSync(`${path}.lock`)).toBe(false);

    const third = runProgram('src/main.ts', [], env);
    await third.waitForOutput('bot started (long polling)');
    third.child.kill('SIGTERM');
    expect(await third.exited, third.stderr()).toEqual({ code: 0, signal: null });
    expect(existsSync(`${path}.lock`)).toBe(false);
  }, 30_000);
});

describe('a damaged database file', () => {
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  function damagedFiles(): Array<{ name: string; path: string }> {
    const db = scratchDatabase();
    // 1. The SQLite magic, then garbage.
    const garbage = `${db.dir}/garbage.db`;
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 251;
    writeFileSync(garbage, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), bytes]));
    // 2. A real database (rollback journal, as a copy from elsewhere would be) whose pages past the first are scribbled over.
    const pages = `${db.dir}/pages.db`;
    const real = new Database(pages);
    real.exec("create table t(x); with recursive c(i) as (select 1 union all select i + 1 from c where i < 200) insert into t select randomblob(500) from c");
    real.close();
    const content = readFileSync(pages);
    for (let i = 4096; i < content.length; i += 7) content[i] = 0xaa;
    writeFileSync(pages, content);
    return [{ name: 'garbage after the header', path: garbage }, { name: 'damaged pages', path: pages }];
  }

  it('main.ts and the CLI say what to do, exit non-zero and leave the file byte for byte', async () => {
    const files = damagedFiles();
    const dir = files[0]!.path.replace(/\/[^/]+$/, '');
    const before = new Map(files.map((f) => [f.path, sha(f.path)]));
    const runs = await Promise.all(
      files.flatMap((f) => [
        // Nothing listens on port 9: the program must stop before talking to Telegram.
        runToEnd('src/main.ts', [], { DATABASE_PATH: f.path, BOT_TOKEN: '7000000001:AAHfakeTOKENforTROIKAtests012345678', TELEGRAM_API_ROOT: 'http://127.0.0.1:9' }).then((r) => ({ ...r, what: `main.ts, ${f.name}` })),
        runToEnd('src/cli.ts', ['feeds', 'list'], { DATABASE_PATH: f.path }).then((r) => ({ ...r, what: `cli feeds list, ${f.name}` })),
      ]),
    );
    for (const run of runs) {
      console.log(`[damaged db] ${run.what}: exit ${run.code}: ${run.stderr.trim()}`);
      expect(run.code, run.what).not.toBe(0);
      expect(run.stderr, run.what).toMatch(/^troika: the database at .+ is damaged \(.+\)\. Stop Troika, restore a backup \(made with "troika backup <file>"\) or move the file away to start fresh\.\n$/);
      expect(run.stderr, run.what).not.toMatch(/unexpected error/);
    }
    for (const f of files) expect(sha(f.path), f.name).toBe(before.get(f.path));
    // No WAL, shared-memory or lock file left beside them.
    expect(readdirSync(dir).sort()).toEqual(['garbage.db', 'pages.db']);
  }, 30_000);
});
