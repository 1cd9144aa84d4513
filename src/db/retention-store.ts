import { SQL_ID_LIST_LENGTH } from '../core/id-list.js';
import type { Db } from './client.js';

/** What retention removes, per kind of row. */
export interface PruneCounts {
  /** Items that were not relevant, first seen before the short cutoff. */
  items: number;
  /** Relevant items first seen before the long cutoff. */
  relevantItems: number;
  /** Ledger rows of digest dates before the ledger cutoff. */
  deliveries: number;
  /** Per-chat "already sent" records (item ids in delivered ledger rows) that go with those rows. */
  deliveredItems: number;
  /** Briefing texts no remaining ledger row points at. */
  variants: number;
}

/** Instants (epoch ms) and the digest date before which rows go. */
export interface PruneCutoffs {
  itemsSeenBefore: number;
  relevantSeenBefore: number;
  /** Local digest dates (YYYY-MM-DD) before this go from the ledger. */
  ledgerBefore: string;
  variantsCreatedBefore: number;
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
  // The "already sent" records a ledger row holds: its item ids, once it counts as delivered.
  const sentRecords = `case when delivered then ${SQL_ID_LIST_LENGTH('item_ids')} else 0 end`;
  const countDelivered = count(`select coalesce(sum(${sentRecords}), 0) from deliveries where digest_date < ?`);
  const unreferencedVariants = 'select id from briefing_variants v where created_at < ? and not exists (select 1 from deliveries d where d.variant_id = v.id)';
  const countVariants = count(`select count(*) from (${unreferencedVariants})`);
  // Oldest first, so an interrupted run has removed the oldest rows.
  const deleteItems = sqlite.prepare('delete from items where id in (select id from items where relevant = ? and first_seen_at < ? order by first_seen_at limit ?)');
  const oldLedgerRows = sqlite.prepare<[string, number], { id: number; records: number }>(`select id, ${sentRecords} as records from deliveries where digest_date < ? limit ?`);
  const deleteDelivery = sqlite.prepare('delete from deliveries where id = ?');
  const deleteDeliveries = sqlite.transaction((before: string, limit: number) => {
    const rows = oldLedgerRows.all(before, limit);
    for (const row of rows) deleteDelivery.run(row.id);
    return { deliveries: rows.length, deliveredItems: rows.reduce((n, r) => n + r.records, 0) };
  });
  const deleteVariants = sqlite.prepare(`delete from briefing_variants where id in (${unreferencedVariants} limit ?)`);

  return {
    /** How many rows a run with these cutoffs would remove (`troika prune --dry-run`). */
    count(cutoffs: PruneCutoffs): PruneCounts {
      return {
        items: countItems.get(0, cutoffs.itemsSeenBefore) as number,
        relevantItems: countItems.get(1, cutoffs.relevantSeenBefore) as number,
        deliveries: countDeliveries.get(cutoffs.ledgerBefore) as number,
        deliveredItems: countDelivered.get(cutoffs.ledgerBefore) as number,
        variants: countVariants.get(cutoffs.variantsCreatedBefore) as number,
      };
    },
    /** Delete up to `limit` of the oldest items (relevant or not) first seen before `before`; their sources go with them. */
    deleteItems(relevant: boolean, before: number, limit: number): number {
      return deleteItems.run(relevant ? 1 : 0, before, limit).changes;
    },
    /** Delete up to `limit` ledger rows of digest dates before `before`, with the "already sent" records they hold. */
    deleteDeliveries(before: string, limit: number): { deliveries: number; deliveredItems: number } {
      return deleteDeliveries(before, limit);
    },
    deleteVariants(before: number, limit: number): number {
      return deleteVariants.run(before, limit).changes;
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
