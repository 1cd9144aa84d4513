import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';
import { registerSearchFunctions } from './search.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The project's migrations folder, found upward from this file (run from src/ or compiled into dist/). */
function findMigrationsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new DatabaseOpenError('cannot find the migrations folder beside the program');
}


/** Thrown when the database file is damaged or cannot be opened; the message says what to do. */
export class DatabaseOpenError extends Error {}

/**
 * Open (creating if needed) the SQLite database, set WAL, foreign keys and a busy timeout and apply
 * pending migrations. `check: true` runs PRAGMA quick_check first, before anything writes (after an
 * unclean shutdown; it reads the whole file, seconds at a million items, so not on every start);
 * a file not yet in WAL mode is always checked before WAL rewrites its header.
 * `':memory:'` gives a test database with the same schema.
 */
export function openDatabase(path: string, options: { check?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const damaged = (detail: string) =>
    new DatabaseOpenError(
      `the database at ${path} is damaged (${detail}). Stop Troika, restore a backup ` +
        `(made with "troika backup <file>") or move the file away to start fresh.`,
    );
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path);
    sqlite.pragma('busy_timeout = 5000');
    // Check before anything writes: switching to WAL would rewrite a damaged file's header.
    // A file not yet in WAL mode (new, or made elsewhere) is checked before WAL rewrites its
    // header; our own WAL files only when asked (after an unclean shutdown).
    const ours = String(sqlite.pragma('journal_mode', { simple: true })) === 'wal';
    if ((options.check === true || !ours) && path !== ':memory:') {
      const result = String(sqlite.pragma('quick_check', { simple: true }));
      if (result !== 'ok') {
        const lines = result.split('\n');
        throw damaged(`quick_check: ${lines.slice(0, 3).join('; ')}${lines.length > 3 ? `; … ${lines.length - 3} more` : ''}`);
      }
    }
    // A new file gives freed pages back to the file system from the start (retention's
    // incremental_vacuum); an existing one is switched by retention (it needs a full VACUUM).
    if (sqlite.prepare('select count(*) from sqlite_master').pluck().get() === 0) sqlite.pragma('auto_vacuum = INCREMENTAL');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    sqlite?.close();
    if (error instanceof DatabaseOpenError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damaged((error as Error).message);
    throw new DatabaseOpenError(`cannot open the database at ${path}: ${(error as Error).message}`, { cause: error });
  }
  // The search index's triggers call these; they must exist before any migration or insert.
  registerSearchFunctions(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: findMigrationsDir() });
  return db;
}

/** Close the underlying connection (checkpointing the WAL). */
export function closeDatabase(db: Db): void {
  if (db.$client.open) db.$client.close();
}
