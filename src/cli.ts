/**
 * The `troika` command: `npm run --silent troika -- <command> [args]`.
 * Every subcommand has --help; bad arguments exit 2 with one clear line.
 */
import './limit-heap.js'; // first: before anything allocates
import { telegramClient } from './telegram/connection.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, type App } from './app.js';
import { dropWritesWhenClosed, UsageError } from './cli/io.js';
import { loadConfigOrExit, type Config } from './config.js';
import { DatabaseOpenError } from './db/client.js';
import { favourMemoryOverSpeed } from './heap.js';
import { acquireInstanceLock, InstanceLockError } from './db/instance-lock.js';
import { createLogger, type Logger } from './logger.js';
import type { MessageSender } from './services/digests.js';

/** The console's user: an admin of the console's own offline bot. */
const CONSOLE_USER_ID = 100_000_001;

const HELP = `troika — AI between the US, China and Russia, briefed daily in Telegram

usage: npx troika <command> [options]      (compiled; or: npm run --silent troika -- <command>)

commands:
  classify <file-or-url>...      classify feed items, JSON lines on stdout (no database)
  eval <corpus-dir> [--errors]   precision/recall/F1, country and stance accuracy against labels.json
  ingest [--all]                 refresh due (or all) feeds into the database once
  feeds list|add|remove|enable|disable
                                 manage the feeds
  digest --preview [--chat ID] | --preview --date D [--tz Z] | --send
                                 what a subscriber would get now (or a day's stories), or send the due briefings once
  console [--lang L]             chat with the bot in this terminal (no token, no network), in en, id, ru or zh
  backup <file>                  consistent copy of the database while the bot runs
  trend [--weeks N] [--out F]    the /trend chart as a PNG (stories per week by pair and stance)
  prune [--dry-run] [--vacuum]   remove what the retention settings no longer keep
  check [--quick]                full integrity check of the database file
  llm check                      try the configured LLM endpoint with one short translation

Run "troika <command> --help" for details. Settings come from environment variables (see README).`;

const CONSOLE_HELP = `usage: troika console [--lang en|id|ru|zh]

Chat with the bot in this terminal: no token and no network. You are a private user who is also
an admin of an offline bot with a private in-memory database and a few demo stories (your real
database is not touched and no feed is fetched). Type commands such as /start, /help, /latest;
":click n" presses the n-th button under the last message; Ctrl-D or ":quit" leaves.

  --lang L   the language your Telegram client would send (en, id, ru, zh, or a code such as
             zh-hant or en-gb); the bot answers in it, as it would a new user. Default en.`;

/** Where the console's log lines go: a file, never the chat transcript on the terminal. */
const CONSOLE_LOG_FILE = join(tmpdir(), 'troika-console.log');

/**
 * The command line's logger. Logs are JSON lines on stderr, at warn unless LOG_LEVEL asks for more.
 * Two commands report for themselves: `ingest`'s table gives every feed's outcome (failures with
 * their reason), so by default it logs nothing on top (the same failures as JSON lines would bury
 * the table); the console writes its logs to a file so they never land in the chat.
 */
function cliLogger(command: string, config: Config, helpOnly: boolean): Logger {
  const secrets = [config.BOT_TOKEN, config.WEBHOOK_SECRET, config.LLM_API_KEY];
  const asked = process.env.LOG_LEVEL ? config.LOG_LEVEL : undefined;
  if (command === 'console' && !helpOnly) {
    try {
      return createLogger(asked ?? 'info', secrets, CONSOLE_LOG_FILE);
    } catch {
      return createLogger('silent'); // no writable temp folder: the console still works
    }
  }
  return createLogger(asked ?? (command === 'ingest' ? 'silent' : 'warn'), secrets);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = process.stdout;
  const err = process.stderr;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.write(HELP + '\n');
    return command ? 0 : 2;
  }
  // A refresh reads untrusted documents of any size: memory first (see favourMemoryOverSpeed).
  if (command === 'ingest') favourMemoryOverSpeed();
  const config = loadConfigOrExit();
  const logger = cliLogger(command, config, rest.includes('--help') || rest.includes('-h'));

  // Each command loads only its own code: `ingest` with pipeline workers never needs the classifier
  // on this thread, `feeds list` needs no parser (resident memory and start-up time both count).
  if (command === 'classify') return (await import('./cli/classify.js')).classifyCommand(rest, config, out, err);
  if (command === 'eval') return (await import('./cli/eval.js')).evalCommand(rest);
  if (command === 'check') return (await import('./cli/check.js')).checkCommand(rest, config, out);
  if (command === 'llm') return (await import('./cli/llm.js')).llmCommand(rest, config, out);

  // --help prints usage only: it must not create, migrate or lock the real database.
  const helpOnly = rest.includes('--help') || rest.includes('-h');
  const withApp = async (fn: (app: App) => Promise<number>): Promise<number> => {
    // One-shot commands checkpoint the WAL inline: no reader waits on them, and no checkpoint thread is started.
    const app = helpOnly ? createApp({ ...config, DATABASE_PATH: ':memory:', PIPELINE_WORKERS: 0 }, logger, { seed: false }) : createApp(config, logger, { checkpoints: 'inline' });
    try {
      return await fn(app);
    } finally {
      app.close();
    }
  };
  switch (command) {
    case 'ingest': {
      const { ingestCommand } = await import('./cli/ingest.js');
      return withApp((app) => ingestCommand(rest, app, out));
    }
    case 'feeds': {
      const { feedsCommand } = await import('./cli/feeds.js');
      return withApp((app) => feedsCommand(rest, app, out, err));
    }
    case 'trend': {
      const { trendCommand } = await import('./cli/trend.js');
      return withApp((app) => trendCommand(rest, app, out));
    }
    case 'backup': {
      const { backupCommand } = await import('./cli/backup.js');
      return withApp((app) => backupCommand(rest, app, out));
    }
    case 'prune': {
      const { pruneCommand } = await import('./cli/prune.js');
      return withApp((app) => pruneCommand(rest, app, out));
    }
    case 'digest': {
      const { digestCommand } = await import('./cli/digest.js');
      const { createDigestService } = await import('./services/digests.js');
      // Sending shares the bot's ledger: never alongside a running bot's own every-minute pass.
      const lock = rest.includes('--send') && !helpOnly ? acquireInstanceLock(config.DATABASE_PATH) : null;
      try {
        return await withApp((app) =>
        digestCommand(rest, app, async (sending) => {
          const sender: MessageSender = sending ? await createSenderFromConfig(app) : { sendHtml: async () => ({ ok: false, kind: 'failed', description: 'preview does not send' }) };
          const { digestConcurrency } = await import('./telegram/notifier.js');
          const fanOut = digestConcurrency({ perSecond: config.SEND_RATE_PER_SECOND });
          return createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: app.now, logger, fanOut, translations: app.translations, translator: app.translator, translationWaitMs: config.LLM_TIMEOUT_MS, trend: app.trend });
        }, out),
        );
      } finally {
        lock?.release();
      }
    }
    case 'console': {
      if (rest.includes('--help') || rest.includes('-h')) {
        out.write(CONSOLE_HELP + '\n');
        return 0;
      }
      const { values } = parseArgs({ args: rest, options: { lang: { type: 'string' } } });
      const { parseLocaleArg } = await import('./telegram/features/language.js');
      if (values.lang !== undefined && !parseLocaleArg(values.lang)) throw new UsageError(`--lang: "${values.lang}" is not a language the bot speaks (en, id, ru, zh)`);
      // The console never touches the real database or network: a private in-memory database with
      // a few demo stories, and feeds that are not fetched.
      const { runOfflineConsole } = await import('./telegram/console.js');
      await runOfflineConsole({ config, logger, userId: CONSOLE_USER_ID, input: process.stdin, output: process.stdout, logFile: logger.level === 'silent' ? null : CONSOLE_LOG_FILE, ...(values.lang ? { languageCode: values.lang } : {}) });
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}". Run "troika --help" for the list.`);
  }
}

async function createSenderFromConfig(app: App): Promise<MessageSender> {
  const { requireBotToken } = await import('./telegram/token.js');
  const token = requireBotToken(app.config);
  const { Api } = await import('grammy');
  const { createTelegramSender } = await import('./telegram/notifier.js');
  const api = new Api(token, telegramClient(app.config.TELEGRAM_API_ROOT));
  return createTelegramSender(api, { perSecond: app.config.SEND_RATE_PER_SECOND, groupPerMinute: app.config.SEND_GROUP_PER_MINUTE, logger: app.logger });
}

dropWritesWhenClosed(process.stdout);
dropWritesWhenClosed(process.stderr);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      // node:util parseArgs explains unknown options and missing values well enough on its own.
      process.stderr.write(`troika: ${(error as Error).message}\n`);
      process.exitCode = 2;
    } else if (error instanceof DatabaseOpenError || error instanceof InstanceLockError) {
      process.stderr.write(`troika: ${error.message}\n`);
      process.exitCode = 1;
    } else if (error instanceof Error && error.name === 'TokenError') {
      process.stderr.write(`troika: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`troika: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
