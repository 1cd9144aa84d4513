import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { localDate } from '../core/local-time.js';
import { telegramHtmlToText } from '../core/readable.js';
import { timeZone } from '../config.js';
import type { DigestService } from '../services/digests.js';
import { UsageError } from './io.js';

export const DIGEST_HELP = `usage: troika digest --preview [--date YYYY-MM-DD] [--tz Area/City]
       troika digest --send

  --preview   print that day's briefing (default: today in DEFAULT_TIMEZONE) as readable text
  --send      run the due-briefing pass once (needs BOT_TOKEN) and report sent, skipped, failed`;

export async function digestCommand(
  argv: string[],
  app: App,
  makeDigests: (sending: boolean) => Promise<DigestService>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { preview: { type: 'boolean' }, send: { type: 'boolean' }, date: { type: 'string' }, tz: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    out.write(DIGEST_HELP + '\n');
    return 0;
  }
  if (values.preview === values.send) throw new UsageError('say either --preview or --send');
  if (values.send) {
    const report = await (await makeDigests(true)).sendDue();
    out.write(`due ${report.due} · sent ${report.sent} · skipped ${report.skipped} · failed ${report.failed}\n`);
    return report.failed ? 1 : 0;
  }
  const zone = timeZone.safeParse(values.tz ?? app.config.DEFAULT_TIMEZONE);
  if (!zone.success) throw new UsageError(`unknown time zone "${values.tz}": ${zone.error.issues[0]?.message ?? 'use an IANA name such as Asia/Jakarta'}`);
  const tz = zone.data;
  const date = values.date ?? localDate(app.now(), tz);
  // Round-trip through Date so that 2024-02-30 is refused rather than read as 1 March.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${date}"`);
  const { parts } = (await makeDigests(false)).preview(date, tz);
  out.write(parts.map(telegramHtmlToText).join('\n\n— — —\n\n') + '\n');
  return 0;
}
