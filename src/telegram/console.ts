/**
 * `troika console`: chat with the real bot in a terminal, with no token and no network.
 *
 *   runConsole(opts: { app: App; input: Readable; output: Writable; config: Config }): Promise<void>
 *
 * Starts the fake Bot API in-process on loopback, runs the bot against it with long polling, and
 * plays a private-chat user who is also an admin. Each input line is sent as a message; the bot's
 * replies are printed as plain text (entities already parsed, links shown after their text, buttons
 * as numbered `[n: label]`). `:click n` presses the n-th button of the last message that has
 * buttons; `:help` repeats the instructions; `/quit` or end of input stops cleanly.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createApp, type App } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createBot, publishCommands } from './bot.js';
import { createFakeBotApi, type OutgoingEvent, type SentMessage } from './fake-bot-api.js';

export interface ConsoleOptions {
  app: App;
  input: Readable;
  output: Writable;
  config: Config;
  /** Where the log lines go instead of the terminal (named once under the welcome). */
  logFile?: string | null;
  /** The Telegram language_code the console user's client sends (default en): the bot answers in it. */
  languageCode?: string;
  /** Print each input line as `you> line` before the answers (for transcripts, where input is not a terminal). */
  echo?: boolean;
}

const USER = { first_name: 'You', username: 'console_user' };

export const CONSOLE_WELCOME = [
  'Troika console: you are chatting with the bot as a private user who is also an admin.',
  'Type a command such as /start, /help, /latest 3, /subscribe, /settings, /feeds.',
  'Buttons appear as [n: label]; type :click n to press the n-th button of the last message that has buttons.',
  'Type :help to see this again, /quit (or end the input) to leave.',
].join('\n');

interface Button {
  label: string;
  data: string | undefined;
  url: string | undefined;
}

function buttonsOf(markup: unknown): Button[] {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
  if (!Array.isArray(rows)) return [];
  const out: Button[] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    for (const b of row as Array<{ text?: string; callback_data?: string; url?: string }>) out.push({ label: b.text ?? '?', data: b.callback_data, url: b.url });
  }
  return out;
}

/** A bot message as terminal text: links written after their text, buttons numbered. */
export function renderMessage(message: SentMessage): string {
  let text = message.text;
  const links = message.entities
    .filter((e): e is typeof e & { url: string } => e.type === 'text_link' && typeof (e as { url?: unknown }).url === 'string')
    .sort((a, b) => b.offset + b.length - (a.offset + a.length));
  for (const link of links) {
    const end = link.offset + link.length;
    text = `${text.slice(0, end)} <${link.url}>${text.slice(end)}`;
  }
  const buttons = buttonsOf(message.reply_markup);
  const line = buttons.map((b, i) => `[${i + 1}: ${b.label}]`).join(' ');
  return line ? `${text}\n${line}` : text;
}

/** Run the console until /quit or end of input. */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const { app, input, output, config } = opts;
  const userId = config.ADMIN_IDS[0] ?? 100_000_001;
  const user = { id: userId, ...USER, language_code: opts.languageCode ?? 'en' };
  const write = (s: string) => void output.write(s.endsWith('\n') ? s : `${s}\n`);

  const fake = await createFakeBotApi({ enforceLimits: false });
  const bot = createBot({ app, token: fake.token, apiRoot: fake.apiRoot, adminIds: [...new Set([...config.ADMIN_IDS, userId])], flood: { perSecond: 1000, perChatPerSecond: 1000, groupPerMinute: 60_000 } });
  const inFlight = new Set<number>();
  const original = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, envelope) => {
    try {
      return await original(update, envelope);
    } finally {
      inFlight.delete(update.update_id);
    }
  };

  let lastWithButtons: SentMessage | undefined;
  const unsubscribe = fake.onOutgoing((event: OutgoingEvent) => {
    if (event.kind === 'send' || event.kind === 'edit') {
      if (event.message.chat_id !== userId) return;
      if (buttonsOf(event.message.reply_markup).length) lastWithButtons = event.message;
      else if (event.kind === 'edit' && lastWithButtons?.message_id === event.message.message_id) lastWithButtons = undefined;
      write(`${event.kind === 'edit' ? 'bot (edited)' : 'bot'}> ${renderMessage(event.message).replace(/\n/g, '\n     ')}`);
    } else if (event.kind === 'answer-callback' && event.answer.text) {
      write(`bot (notice)> ${event.answer.text}`);
    }
  });

  await publishCommands(bot.api, [userId], app.translations);
  const running = bot.start({ timeout: 30, drop_pending_updates: true });
  await fake.waitFor(() => (fake.stats.byMethod.getUpdates ?? 0) > 0, 5000);
  write(CONSOLE_WELCOME);
  if (opts.logFile) write(`(Log lines go to ${opts.logFile}, not here.)`);

  const lines = createInterface({ input, terminal: false });
  try {
    for await (const raw of lines) {
      const line = raw.trim();
      if (!line) continue;
      if (opts.echo) write(`you> ${line}`);
      if (line === '/quit' || line === ':quit') break;
      if (line === ':help') {
        write(CONSOLE_WELCOME);
        continue;
      }
      const click = /^:click\s+(\d+)$/.exec(line);
      let update;
      if (click) {
        const buttons = buttonsOf(lastWithButtons?.reply_markup);
        const button = buttons[Number(click[1]) - 1];
        if (!lastWithButtons || !button) {
          write(`(no button ${click[1]}${buttons.length ? `; the last message has ${buttons.length}` : '; no message with buttons yet'})`);
          continue;
        }
        if (!button.data) {
          write(`(that button opens ${button.url ?? 'something'}; nothing to press here)`);
          continue;
        }
        update = fake.clickButton(lastWithButtons, button.data, user);
      } else if (line.startsWith(':')) {
        write('(unknown console command; type :help)');
        continue;
      } else {
        update = fake.sendText(userId, user, line);
      }
      inFlight.add(update.update_id);
      // One exchange at a time, so replies print before the next line is read.
      await fake.waitFor(() => !inFlight.has(update.update_id), 120_000).catch(() => write('(the bot did not answer in time)'));
    }
  } finally {
    lines.close();
    await bot.stop();
    await running.catch(() => undefined);
    unsubscribe();
    await fake.close();
    write('Bye.');
  }
}

/**
 * `troika console` as a whole: the offline app (a private in-memory database with the demo stories,
 * feeds never fetched, the given user as its only admin), the chat, and the clean-up.
 */
export async function runOfflineConsole(opts: { config: Config; logger: Logger; userId: number; input: Readable; output: Writable; languageCode?: string; echo?: boolean; now?: () => Date; logFile?: string | null }): Promise<void> {
  const offline = { ...opts.config, DATABASE_PATH: ':memory:', ADMIN_IDS: [opts.userId] };
  const app = createApp(offline, opts.logger, {
    fetch: async () => ({ kind: 'failed', error: { kind: 'network', message: 'the console works offline: feeds are not fetched here' } }),
    ...(opts.now ? { now: opts.now } : {}),
  });
  try {
    const { seedDemoStories } = await import('./console-demo.js');
    seedDemoStories(app);
    await runConsole({ app, input: opts.input, output: opts.output, config: offline, echo: opts.echo ?? false, logFile: opts.logFile ?? null, ...(opts.languageCode ? { languageCode: opts.languageCode } : {}) });
  } finally {
    app.close();
  }
}
