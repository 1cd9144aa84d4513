/**
 * Start-up does not wait for an integrity check of the whole file: on a clean start it runs on a
 * worker thread and reports damage (log line and admin notice); after an unclean shutdown (a stale
 * lock) it runs before anything writes. `troika check` runs the full integrity_check on demand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { checkCommand } from '../../src/cli/check.js';
import { parseConfig } from '../../src/config.js';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { acquireInstanceLock } from '../../src/db/instance-lock.js';
import { createLogger } from '../../src/logger.js';

/** A Troika database (WAL, migrated) whose last pages, a filler table's, are scribbled over. */
function damagedDatabase(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'troika-integrity-')), 'd.db');
  const db = openDatabase(path);
  db.$client.exec('create table filler (x); with recursive c(i) as (select 1 union all select i + 1 from c where i < 400) insert into filler select randomblob(500) from c');
  closeDatabase(db);
  const bytes = readFileSync(path);
  for (let i = bytes.length - 60_000; i < bytes.length; i += 7) bytes[i] = 0xaa;
  writeFileSync(path, bytes);
  return path;
}

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  return { stream: new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) }), text: () => text };
}

describe('start-up integrity check', () => {
  it('runs in the background on a clean start and reports damage to the admins', async () => {
    const path = damagedDatabase();
    const config = parseConfig({ DATABASE_PATH: path });
    let reported: string[] = [];
    const damaged = new Promise<void>((resolve) => {
      const app = createApp(config, createLogger('silent'), {
        seed: false,
        integrityCheck: 'background',
        onDatabaseDamaged: (problems) => {
          reported = problems;
          app.close();
          resolve();
        },
      });
      // Start-up did not wait: the app answers queries while the check runs.
      expect(app.stores.feeds.list()).toEqual([]);
    });
    await damaged;
    expect(reported.length).toBeGreaterThan(0);
  });

  it('passes a sound database without a word to the admins', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'troika-integrity-')), 'ok.db');
    closeDatabase(openDatabase(path));
    const lines: string[] = [];
    const logger = createLogger('info');
    const passed = new Promise<void>((resolve) => {
      logger.info = ((obj: unknown, msg?: string) => {
        const line = String(msg ?? obj);
        lines.push(line);
        if (line === 'database integrity check passed') resolve();
      }) as typeof logger.info;
    });
    const app = createApp(parseConfig({ DATABASE_PATH: path }), logger, { seed: false, integrityCheck: 'background', onDatabaseDamaged: () => expect.unreachable() });
    await passed;
    app.close();
    expect(lines).toContain('database integrity check (quick_check) running in the background');
  });

  it('after an unclean shutdown checks before anything writes, and refuses a damaged file', () => {
    const path = damagedDatabase();
    writeFileSync(`${path}.lock`, '999999999'); // a process that died without releasing its lock
    const lock = acquireInstanceLock(path);
    try {
      expect(lock.unclean).toBe(true);
      expect(() => createApp(parseConfig({ DATABASE_PATH: path }), createLogger('silent'), { seed: false, integrityCheck: lock.unclean ? 'before-start' : 'background' })).toThrow(/is damaged/);
    } finally {
      lock.release();
    }
    const clean = acquireInstanceLock(path);
    expect(clean.unclean).toBe(false);
    clean.release();
  });

  it('troika check runs integrity_check on demand: 0 when sound, 1 with the damage when not', () => {
    const sound = join(mkdtempSync(join(tmpdir(), 'troika-integrity-')), 'ok.db');
    closeDatabase(openDatabase(sound));
    const ok = capture();
    expect(checkCommand([], parseConfig({ DATABASE_PATH: sound }), ok.stream)).toBe(0);
    expect(ok.text()).toMatch(/: ok \(integrity_check, \d+ ms\)/);
    const bad = capture();
    expect(checkCommand(['--json'], parseConfig({ DATABASE_PATH: damagedDatabase() }), bad.stream)).toBe(1);
    const report = JSON.parse(bad.text()) as { ok: boolean; mode: string; problems: string[] };
    expect(report).toMatchObject({ ok: false, mode: 'full' });
    expect(report.problems.length).toBeGreaterThan(0);
  });
});
