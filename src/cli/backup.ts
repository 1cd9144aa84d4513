import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { UsageError } from './io.js';

export const BACKUP_HELP = `usage: troika backup <file> [--force]

Writes a consistent copy of the database to <file> with SQLite's online backup, safe while the bot runs.
Refuses to overwrite an existing file unless --force is given.`;

export async function backupCommand(argv: string[], app: App, out: NodeJS.WritableStream): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    out.write(BACKUP_HELP + '\n');
    return 0;
  }
  const [file, extra] = positionals;
  if (!file || extra) throw new UsageError('backup needs exactly one target file');
  if (existsSync(file) && !values.force) throw new UsageError(`${file} exists; pass --force to overwrite it`);
  const started = Date.now();
  const { totalPages } = await app.db.$client.backup(file);
  out.write(`backup written to ${file} (${totalPages} pages, ${Date.now() - started} ms)\n`);
  return 0;
}
