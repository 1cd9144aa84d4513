import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, DatabaseOpenError, openDatabase } from '../../src/db/client.js';
import { acquireInstanceLock, InstanceLockError } from '../../src/db/instance-lock.js';

describe('database file', () => {
  it('applies migrations on open and makes a consistent online backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-db-'));
    const db = openDatabase(join(dir, 'a.db'));
    db.$client.prepare("insert into meta (key, value) values ('k', 'v')").run();
    await db.$client.backup(join(dir, 'copy.db'));
    closeDatabase(db);
    const copy = openDatabase(join(dir, 'copy.db'));
    expect(copy.$client.prepare("select value from meta where key = 'k'").pluck().get()).toBe('v');
    closeDatabase(copy);
  });

  it('refuses a damaged file with advice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-db-'));
    const path = join(dir, 'bad.db');
    writeFileSync(path, 'SQLite format 3\u0000' + 'x'.repeat(5000));
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
  });

  it('lets only one process hold the instance lock, and takes over a stale one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-db-'));
    const path = join(dir, 'x.db');
    writeFileSync(`${path}.lock`, String(process.ppid));
    expect(() => acquireInstanceLock(path)).toThrow(InstanceLockError);
    writeFileSync(`${path}.lock`, '999999999');
    const lock = acquireInstanceLock(path);
    lock.release();
  });
});
