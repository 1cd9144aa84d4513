/**
 * The console transcripts in docs/transcripts/<locale>.txt: `troika console --lang <locale>` with
 * /start, /help, /subscribe, /settings and /digest (the day's briefing), on the demo stories at a
 * fixed clock, so the files change only when what the bot says changes.
 *
 *   npx tsx scripts/console-transcripts.ts           rewrite the four files
 *   npx tsx scripts/console-transcripts.ts --check   exit 1 when a committed file is out of date
 *
 * test/telegram/console-transcripts.test.ts runs the same check.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../src/config.js';
import { LOCALES, type Locale } from '../src/core/locale.js';
import { createLogger } from '../src/logger.js';
import { runOfflineConsole } from '../src/telegram/console.js';

export const TRANSCRIPT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'transcripts');
export const TRANSCRIPT_INPUT = ['/start', '/help', '/subscribe', '/settings', '/digest'];
/** The demo stories are dated relative to this instant. */
const CLOCK = new Date('2026-11-30T09:00:00Z');

/** One console session in the locale: what a terminal shows, typed lines included. */
export async function consoleTranscript(locale: Locale): Promise<string> {
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const input = Readable.from([...TRANSCRIPT_INPUT, '/quit'].map((line) => `${line}\n`));
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  await runOfflineConsole({ config, logger: createLogger('silent'), userId: 100_000_001, input, output, languageCode: locale, echo: true, now: () => CLOCK });
  return chunks.join('').replace(/[ \t]+$/gm, '');
}

export const transcriptPath = (locale: Locale) => join(TRANSCRIPT_DIR, `${locale}.txt`);

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  mkdirSync(TRANSCRIPT_DIR, { recursive: true });
  let stale = 0;
  for (const locale of LOCALES) {
    const text = await consoleTranscript(locale);
    const path = transcriptPath(locale);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (check) {
      if (current !== text) {
        stale++;
        process.stdout.write(`${path}: out of date\n`);
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`${path}: ${text.split('\n').length} lines\n`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
