import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { prepareDatabaseFolder } from './client.js';

export class InstanceLockError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Make sure only one bot process uses a database file: a lock file beside it holding our pid.
 * A lock left by a process that no longer exists (after a crash or SIGKILL) is taken over.
 */
export function acquireInstanceLock(databasePath: string): { release: () => void; unclean: boolean } {
  if (databasePath === ':memory:') return { release: () => {}, unclean: false };
  // A stale lock means the last process did not shut down cleanly (crash, SIGKILL, power loss).
  let unclean = false;
  const lockPath = `${databasePath}.lock`;
  // Throws DatabaseOpenError naming the folder when it is missing, a file or not writable.
  prepareDatabaseFolder(databasePath);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        unclean,
        release: () => {
          if (released) return;
          released = true;
          try {
            if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new InstanceLockError(`cannot create the lock file ${lockPath}: ${(error as Error).message}`, { cause: error });
      let pid: number;
      try {
        pid = Number(readFileSync(lockPath, 'utf8').trim());
      } catch (readError) {
        if ((readError as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile: try again
        throw readError;
      }
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new InstanceLockError(
          `another Troika bot (pid ${pid}) is already running with the database ${databasePath}. Stop it first, or give this one its own DATABASE_PATH.`,
        );
      }
      // Take over a stale lock by renaming it away: of two processes racing here only one rename
      // succeeds, so only one of them goes on to create the new lock.
      unclean = true;
      const aside = `${lockPath}.stale-${process.pid}`;
      try {
        renameSync(lockPath, aside);
        unlinkSync(aside);
      } catch (renameError) {
        if ((renameError as NodeJS.ErrnoException).code !== 'ENOENT') throw renameError;
      }
    }
  }
  throw new InstanceLockError(`could not take the lock ${lockPath}`);
}
