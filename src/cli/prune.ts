import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { acquireInstanceLock } from '../db/instance-lock.js';
import { LEDGER_RETENTION_DAYS, type PruneReport } from '../services/retention.js';
import { formatTable, UsageError } from './io.js';

export const PRUNE_HELP = `usage: troika prune [--dry-run] [--vacuum] [--json]

Removes what the retention settings no longer keep, in small batches (safe while the bot runs):
  items that are not relevant, first seen more than RETENTION_DAYS ago (default 30)
  relevant items, first seen more than RETENTION_RELEVANT_DAYS ago (default 400)
  briefing ledger rows, briefing texts and "already sent" records older than ${LEDGER_RETENTION_DAYS} days
then gives the freed space back to the file system and refreshes the query planner's statistics.

  --dry-run   only count what would go
  --vacuum    first switch an existing database to incremental auto-vacuum with one full VACUUM
              (the bot must be stopped; needs about twice the database size free on disk)
  --json      print the report as JSON`;

const MiB = 1024 * 1024;

export async function pruneCommand(argv: string[], app: App, out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, vacuum: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    out.write(PRUNE_HELP + '\n');
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.vacuum && values['dry-run']) throw new UsageError('--vacuum changes the database; it cannot be combined with --dry-run');
  if (values.vacuum) {
    // A full VACUUM rewrites the whole file: never under a running bot, and only with room for it.
    const lock = acquireInstanceLock(app.config.DATABASE_PATH);
    try {
      const size = app.stores.retention.sizeBytes();
      if (app.config.DATABASE_PATH !== ':memory:') {
        const fs = statfsSync(dirname(resolve(app.config.DATABASE_PATH)));
        const free = fs.bavail * fs.bsize;
        if (free < 2 * size) {
          out.write(`not enough free disk space for VACUUM: ${(free / MiB).toFixed(0)} MiB free, about ${((2 * size) / MiB).toFixed(0)} MiB needed\n`);
          return 1;
        }
      }
      const outcome = app.retention.ensureIncrementalVacuum({ force: true });
      out.write(outcome === 'already' ? 'incremental auto-vacuum is already on\n' : `switched to incremental auto-vacuum (was ${(size / MiB).toFixed(1)} MiB)\n`);
      const report = await app.retention.run();
      write(report, out, values.json ?? false);
    } finally {
      lock.release();
    }
    return 0;
  }
  const report = await app.retention.run({ dryRun: values['dry-run'] ?? false });
  write(report, out, values.json ?? false);
  return 0;
}

function write(report: PruneReport, out: NodeJS.WritableStream, json: boolean): void {
  if (json) {
    out.write(JSON.stringify(report) + '\n');
    return;
  }
  const r = report.removed;
  out.write(
    formatTable(
      [report.dryRun ? 'would remove' : 'removed', 'rows', 'older than'],
      [
        ['items (not relevant)', r.items, report.cutoffs.items],
        ['relevant items', r.relevantItems, report.cutoffs.relevantItems],
        ['briefing ledger rows', r.deliveries, report.cutoffs.ledger],
        ['briefing texts', r.variants, report.cutoffs.ledger],
        ['"already sent" records', r.deliveredItems, report.cutoffs.ledger],
      ],
    ) + '\n',
  );
  const reclaimed = report.dryRun ? '' : `, ${(report.reclaimedBytes / MiB).toFixed(1)} MiB given back`;
  out.write(`database ${(report.sizeBytes / MiB).toFixed(1)} MiB (auto-vacuum ${report.autoVacuum}${reclaimed}), ${report.ms} ms\n`);
}
