import { desc } from 'drizzle-orm';
import type { Db } from './client.js';
import { adminLog, refreshRuns } from './schema.js';

export type RefreshRunRow = typeof refreshRuns.$inferSelect;

/** Records of refresh runs and of admin actions. */
export function createRunStore(db: Db) {
  return {
    record(run: Omit<RefreshRunRow, 'id'>): void {
      db.insert(refreshRuns).values(run).run();
    },
    last(): RefreshRunRow | undefined {
      return db.select().from(refreshRuns).orderBy(desc(refreshRuns.id)).limit(1).get();
    },
    logAdminAction(entry: { actor: string; action: string; detail: string; at: Date }): void {
      db.insert(adminLog).values(entry).run();
    },
    adminActions(limit = 50) {
      return db.select().from(adminLog).orderBy(desc(adminLog.id)).limit(limit).all();
    },
  };
}

export type RunStore = ReturnType<typeof createRunStore>;
