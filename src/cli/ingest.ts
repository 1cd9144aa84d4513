import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { clipCell, formatTable } from './io.js';

export const INGEST_HELP = `usage: troika ingest [--all]

Refreshes the feeds that are due (or, with --all, every enabled feed) once into the database and
prints a per-feed table (a failed feed with its reason) and the totals. Nothing is logged on top
unless LOG_LEVEL is set (then JSON lines on stderr).`;

export async function ingestCommand(argv: string[], app: App, out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    out.write(INGEST_HELP + '\n');
    return 0;
  }
  const report = await app.refresher.refresh({ all: values.all ?? false });
  if (report.feeds.length === 0) {
    out.write('No feed is due. Use --all to refresh every enabled feed now.\n');
    return 0;
  }
  out.write(
    formatTable(
      ['id', 'feed', 'status', 'items', 'new', 'relevant', 'ms', 'error / warning'],
      report.feeds.map((f) => [f.feedId, clipCell(f.title ?? f.url, 40), f.status + (f.disabled ? ' (disabled)' : ''), f.items, f.newItems, f.relevant, f.ms, clipCell(f.error ?? f.warning, 70)]),
    ) + '\n',
  );
  const t = report.totals;
  out.write(`\nfeeds ${t.feeds} · fetched ${t.fetched} · not modified ${t.notModified} · failed ${t.failed} · new items ${t.newItems} · relevant ${t.relevant} · ${t.ms} ms\n`);
  for (const f of report.feeds.filter((r) => r.disabled)) {
    out.write(`feed ${f.feedId} was disabled after ${app.config.FEED_MAX_FAILURES} failures in a row; "troika feeds enable ${f.feedId}" resumes it\n`);
  }
  return 0;
}
