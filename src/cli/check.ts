import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { checkIntegrity } from '../db/integrity.js';
import { UsageError } from './io.js';

export const CHECK_HELP = `usage: troika check [--quick] [--json]

Checks the database file (DATABASE_PATH) on a read-only connection, safe while the bot runs:
PRAGMA integrity_check, which reads every page and checks every index against its table.
The bot itself runs only the lighter quick_check, in the background (or before start after an
unclean shutdown). Exit code 0 when the file is sound, 1 when it is damaged or cannot be read.

  --quick   PRAGMA quick_check instead (skips the index cross-check; faster)
  --json    print {"ok","mode","problems","ms"}`;

export function checkCommand(argv: string[], config: Config, out: NodeJS.WritableStream): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { quick: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    out.write(CHECK_HELP + '\n');
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const path = config.DATABASE_PATH;
  if (path === ':memory:') throw new UsageError('DATABASE_PATH is :memory:; there is no file to check');
  if (!existsSync(path)) {
    out.write(`no database at ${path}\n`);
    return 1;
  }
  let result;
  try {
    result = checkIntegrity(path, values.quick ? 'quick' : 'full');
  } catch (error) {
    result = { ok: false, problems: [(error as Error).message], mode: values.quick ? 'quick' : 'full', ms: 0 };
  }
  if (values.json) out.write(JSON.stringify(result) + '\n');
  else if (result.ok) out.write(`${path}: ok (${result.mode === 'full' ? 'integrity_check' : 'quick_check'}, ${result.ms} ms)\n`);
  else out.write(`${path}: DAMAGED\n${result.problems.map((p) => `  ${p}`).join('\n')}\nStop Troika and restore a backup (made with "troika backup <file>"), or move the file away to start fresh.\n`);
  return result.ok ? 0 : 1;
}
