import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** An errno as words a person understands. */
function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOTDIR: 'not a folder',
    ENOENT: 'does not exist', ENOSPC: 'no space left on the device', EDQUOT: 'disk quota exceeded',
  };
  return code && words[code] ? `${words[code]} (${code})` : (error as Error).message;
}

const FIX = 'Fix the folder or set DATABASE_PATH to a file in a folder this user can write.';

/**
 * Make sure the database file's folder exists and this user can write in it (SQLite also writes its
 * -wal and -shm files and our lock file there). A missing folder is created when its parent exists
 * and is writable; deeper missing paths are refused rather than built silently from a typo.
 * Returns the folder it created, if any (the caller says so in its log). Throws DatabaseOpenError
 * naming the folder and what is wrong: missing parent, a file in the way, read-only or no permission.
 */
export function prepareDatabaseFolder(path: string): { created: string | null } {
  if (path === ':memory:') return { created: null };
  const file = resolve(path);
  const folder = dirname(file);
  const writable = (dir: string) => {
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
    } catch (error) {
      throw new DatabaseOpenError(`cannot write in the database folder ${dir}: ${describeErrno(error)}. ${FIX}`);
    }
  };
  let stat;
  try {
    stat = statSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new DatabaseOpenError(`the database folder ${folder} cannot exist: a part of that path is a file, not a folder. ${FIX}`);
    if (code !== 'ENOENT') throw new DatabaseOpenError(`cannot use the database folder ${folder}: ${describeErrno(error)}. ${FIX}`);
  }
  if (stat) {
    if (!stat.isDirectory()) throw new DatabaseOpenError(`the database folder ${folder} is a file, not a folder. ${FIX}`);
    writable(folder);
    if (existsSync(file)) {
      try {
        accessSync(file, constants.R_OK | constants.W_OK);
      } catch (error) {
        throw new DatabaseOpenError(`cannot write the database file ${file}: ${describeErrno(error)}. Make it writable for this user, or set DATABASE_PATH to another file.`);
      }
    }
    return { created: null };
  }
  const parent = dirname(folder);
  let parentStat;
  try {
    parentStat = statSync(parent);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new DatabaseOpenError(`the database folder ${folder} does not exist, and neither does its parent ${parent}. Create it (mkdir -p ${folder}) or fix DATABASE_PATH.`);
    }
    if (code === 'ENOTDIR') throw new DatabaseOpenError(`the database folder ${folder} cannot exist: a part of that path is a file, not a folder. ${FIX}`);
    throw new DatabaseOpenError(`cannot use the database folder ${folder}: ${describeErrno(error)}. ${FIX}`);
  }
  if (!parentStat.isDirectory()) throw new DatabaseOpenError(`the database folder ${folder} cannot be created: ${parent} is a file, not a folder. ${FIX}`);
  try {
    accessSync(parent, constants.W_OK | constants.X_OK);
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { created: null }; // made meanwhile (another process)
    throw new DatabaseOpenError(`cannot create the database folder ${folder} in ${parent}: ${describeErrno(error)}. ${FIX}`);
  }
  return { created: folder };
}

/**
 * Open (creating if needed) the SQLite database, set WAL, foreign keys and a busy timeout and apply
 * pending migrations. `check: true` runs PRAGMA quick_check first, before anything writes (after an
 * unclean shutdown; it reads the whole file, seconds at a million items, so not on every start);
 * a file not yet in WAL mode is always checked before WAL rewrites its header.
 * `':memory:'` gives a test database with the same schema.
 */
export function openDatabase(path: string, options: { check?: boolean } = {}): Db {
  prepareDatabaseFolder(path);
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
