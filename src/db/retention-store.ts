import type { Db } from './client.js';

/** What retention removes, per kind of row. */
export interface PruneCounts {
  /** Items that were not relevant, first seen before the short cutoff. */
  items: number;
  /** Relevant items first seen before the long cutoff. */
  relevantItems: number;
  /** Ledger rows of digest dates before the ledger cutoff. */
  deliveries: number;
  /** Per-chat "already sent" records of stories too old to be offered again. */
  deliveredItems: number;
  /** Briefing texts no remaining ledger row points at. */
  variants: number;
}

/** Instants (epoch ms) and the digest date before which rows go. */
export interface PruneCutoffs {
  itemsSeenBefore: number;
  relevantSeenBefore: number;
  /** Delivered records of stories first seen before this can go (no briefing offers them again). */
  deliveredSeenBefore: number;
  /** Local digest dates (YYYY-MM-DD) before this go from the ledger. */
  ledgerBefore: string;
  variantsCreatedBefore: number;
}

/** Where the walk over delivered records stopped: (first_seen_at, id) of the last story done. */
export interface DeliveredCursor {
  seenAt: number;
  id: number;
}

/**
 * The SQL of retention: counting and deleting in small batches, each one short transaction, so
 * the caller can yield to the event loop in between. Every statement uses an index.
 */
export function createRetentionStore(db: Db) {
  const sqlite = db.$client;
  const count = (sql: string) => sqlite.prepare(sql).pluck();
  const countItems = count('select count(*) from items where relevant = ? and first_seen_at < ?');
  const countDeliveries = count('select count(*) from deliveries where digest_date < ?');
  const countDelivered = count(
    'select count(*) from delivered_items where item_id in (select id from items where relevant = 1 and first_seen_at >= ? and first_seen_at < ?)',
  );
  const unreferencedVariants = 'select id from briefing_variants v where created_at < ? and not exists (select 1 from deliveries d where d.variant_id = v.id)';
  const countVariants = count(`select count(*) from (${unreferencedVariants})`);
  // Oldest first, so an interrupted run has removed the oldest rows.
  const deleteItems = sqlite.prepare('delete from items where id in (select id from items where relevant = ? and first_seen_at < ? order by first_seen_at limit ?)');
  const deleteDeliveries = sqlite.prepare('delete from deliveries where id in (select id from deliveries where digest_date < ? limit ?)');
  const deleteVariants = sqlite.prepare(`delete from briefing_variants where id in (${unreferencedVariants} limit ?)`);
  const nextRelevant = sqlite.prepare<[number, number, number, number, number], { id: number; first_seen_at: number }>(
    `select id, first_seen_at from items where relevant = 1 and first_seen_at < ?
       and (first_seen_at > ? or (first_seen_at = ? and id > ?)) order by first_seen_at, id limit ?`,
  );
  const deleteDeliveredOf = sqlite.prepare('delete from delivered_items where item_id = ?');
  const deleteDeliveredBatch = sqlite.transaction((ids: number[]) => ids.reduce((n, id) => n + deleteDeliveredOf.run(id).changes, 0));

  return {
    /** How many rows a run with these cutoffs would remove (`troika prune --dry-run`). */
    count(cutoffs: PruneCutoffs, deliveredFrom: DeliveredCursor): PruneCounts {
      return {
        items: countItems.get(0, cutoffs.itemsSeenBefore) as number,
        relevantItems: countItems.get(1, cutoffs.relevantSeenBefore) as number,
        deliveries: countDeliveries.get(cutoffs.ledgerBefore) as number,
        deliveredItems: countDelivered.get(deliveredFrom.seenAt, cutoffs.deliveredSeenBefore) as number,
        variants: countVariants.get(cutoffs.variantsCreatedBefore) as number,
      };
    },
    /** Delete up to `limit` of the oldest items (relevant or not) first seen before `before`; their sources and delivered records go with them. */
    deleteItems(relevant: boolean, before: number, limit: number): number {
      return deleteItems.run(relevant ? 1 : 0, before, limit).changes;
    },
    deleteDeliveries(before: string, limit: number): number {
      return deleteDeliveries.run(before, limit).changes;
    },
    deleteVariants(before: number, limit: number): number {
      return deleteVariants.run(before, limit).changes;
    },
    /**
     * Drop the delivered records of the next `limit` relevant stories after `from` first seen
     * before `before`; returns how many records went and where to continue (null when done).
     */
    deleteDelivered(from: DeliveredCursor, before: number, limit: number): { deleted: number; next: DeliveredCursor | null } {
      const rows = nextRelevant.all(before, from.seenAt, from.seenAt, from.id, limit);
      const deleted = rows.length ? deleteDeliveredBatch(rows.map((r) => r.id)) : 0;
      const last = rows[rows.length - 1];
      return { deleted, next: rows.length < limit || !last ? null : { seenAt: last.first_seen_at, id: last.id } };
    },
    /** 'none', 'full' or 'incremental' (how freed pages are given back to the file system). */
    autoVacuum(): 'none' | 'full' | 'incremental' {
      return (['none', 'full', 'incremental'] as const)[Number(sqlite.pragma('auto_vacuum', { simple: true }))] ?? 'none';
    },
    /** Switch to incremental auto-vacuum; an existing database needs one full VACUUM for it to take effect. */
    enableIncrementalVacuum(): void {
      sqlite.pragma('auto_vacuum = INCREMENTAL');
      sqlite.exec('VACUUM');
    },
    /** Give up to `pages` free pages back to the file system; returns how many free pages remain. */
    incrementalVacuum(pages: number): number {
      sqlite.pragma(`incremental_vacuum(${Math.max(1, Math.floor(pages))})`);
      return Number(sqlite.pragma('freelist_count', { simple: true }));
    },
    freePages(): number {
      return Number(sqlite.pragma('freelist_count', { simple: true }));
    },
    sizeBytes(): number {
      return Number(sqlite.pragma('page_count', { simple: true })) * Number(sqlite.pragma('page_size', { simple: true }));
    },
    /**
     * Refresh the planner's statistics where they are missing or stale (a full ANALYZE of a table
     * only when SQLite judges it needed: 1.7 s at a million items, once). No analysis_limit: its
     * sample is the first rows of each index, and for (relevant, …) those all say relevant = 0,
     * which made the planner think relevant = ? picks a thousand rows of a million.
     */
    optimize(): void {
      sqlite.pragma('optimize');
    },
    getMeta(key: string): string | undefined {
      return sqlite.prepare<[string], string>('select value from meta where key = ?').pluck().get(key);
    },
    setMeta(key: string, value: string): void {
      sqlite.prepare('insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value').run(key, value);
    },
  };
}

export type RetentionStore = ReturnType<typeof createRetentionStore>;
