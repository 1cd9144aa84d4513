import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { localDate } from '../core/local-time.js';
import { telegramHtmlToText } from '../core/readable.js';
import { timeZone } from '../config.js';
import { DEFAULT_LOCALE, LOCALES } from '../core/locale.js';
import { COUNTRIES, STANCES } from '../core/types.js';
import type { Subscriber } from '../db/subscriber-store.js';
import type { DigestService } from '../services/digests.js';
import { UsageError } from './io.js';

export const DIGEST_HELP = `usage: troika digest --preview [--chat ID]
       troika digest --preview --date YYYY-MM-DD [--tz Area/City]
       troika digest --send

  --preview            what a subscriber would get if their briefing went out now: the same
                       selection and text as a send (their countries, stances, topics, muted words,
                       language, and the stories they already got), for --chat ID or else the
                       subscriber who subscribed first; with no subscriber, what a new one would get
                       with the default settings (it says so). Nothing is sent or recorded.
  --date, --tz         instead: every story dated that day (default today in DEFAULT_TIMEZONE), as
                       any reader would see the day, not one subscriber's selection
  --send               run the due-briefing pass once (needs BOT_TOKEN) and report sent, skipped, failed`;

export async function digestCommand(
  argv: string[],
  app: App,
  makeDigests: (sending: boolean) => Promise<DigestService>,
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { preview: { type: 'boolean' }, send: { type: 'boolean' }, chat: { type: 'string' }, date: { type: 'string' }, tz: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (values.date === undefined && values.tz === undefined) return previewSubscriber(values.chat, app, await makeDigests(false), out);
  if (values.chat !== undefined) throw new UsageError('--chat previews one subscriber now; it does not go with --date or --tz');
  const zone = timeZone.safeParse(values.tz ?? app.config.DEFAULT_TIMEZONE);
  if (!zone.success) throw new UsageError(`unknown time zone "${values.tz}": ${zone.error.issues[0]?.message ?? 'use an IANA name such as Asia/Jakarta'}`);
  const tz = zone.data;
  const date = values.date ?? localDate(app.now(), tz);
  // Round-trip through Date so that 2024-02-30 is refused rather than read as 1 March.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${date}"`);
  const { parts } = (await makeDigests(false)).preview(date, tz);
  out.write(`Every story dated ${date} (${tz}), as any reader would see the day; not one subscriber's selection.\n\n`);
  out.write(asText(parts) + '\n');
  return 0;
}

const asText = (parts: string[]) => parts.map(telegramHtmlToText).join('\n\n— — —\n\n');

/** A subscriber as /start makes one now, every setting at its default (for a preview with nobody subscribed). */
function newSubscriber(app: App, now: Date): Subscriber {
  return {
    chatId: 0, chatType: 'private', title: null, active: true, inactiveReason: null,
    digestTime: app.config.DIGEST_TIME, timezone: app.config.DEFAULT_TIMEZONE,
    countries: [...COUNTRIES], stances: [...STANCES], sendEmpty: false, topics: [], mutedWords: [], digestFrequency: 'daily',
    threadId: null, managedBy: null, locale: DEFAULT_LOCALE, storyLangs: [...LOCALES], lastDigestAt: null, createdAt: now,
  };
}

/** One line with the settings that shape a chat's briefing. */
function describeSettings(sub: Subscriber): string {
  const all = <T>(chosen: readonly T[], every: readonly T[]) => (every.every((x) => chosen.includes(x)) ? 'all' : chosen.join(' '));
  return [
    `language ${sub.locale ?? DEFAULT_LOCALE}`,
    `at ${sub.digestTime} ${sub.timezone}`,
    `countries ${all(sub.countries, COUNTRIES)}`,
    `stances ${all(sub.stances, STANCES)}`,
    `topics ${sub.topics.length ? sub.topics.join(' ') : 'all'}`,
    `muted words ${sub.mutedWords.length}`,
    `stories in ${all(sub.storyLangs, LOCALES)}`,
    `empty days ${sub.sendEmpty ? 'get a note' : 'stay quiet'}`,
  ].join(' · ');
}

async function previewSubscriber(chatArg: string | undefined, app: App, digests: DigestService, out: NodeJS.WritableStream): Promise<number> {
  const now = app.now();
  let sub: Subscriber | undefined;
  let nobody = false;
  if (chatArg !== undefined) {
    if (!/^-?\d{1,20}$/.test(chatArg)) throw new UsageError(`--chat takes a chat id (a number, negative for groups), got "${chatArg}"`);
    sub = app.stores.subscribers.get(Number(chatArg));
    if (!sub) throw new UsageError(`chat ${chatArg} has never subscribed; leave out --chat to preview the first subscriber`);
    out.write(`Briefing for chat ${sub.chatId}${sub.title ? ` (${sub.title})` : ''}${sub.active ? '' : ` — not subscribed now (${sub.inactiveReason ?? 'inactive'}): nothing is sent to it`}\n`);
  } else {
    const active = app.stores.subscribers.listActive().sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    sub = active[0];
    if (sub) {
      const others = active.length - 1;
      out.write(`Briefing for chat ${sub.chatId}${sub.title ? ` (${sub.title})` : ''}, the first subscriber${others ? ` (${others} more; --chat ID previews another)` : ''}\n`);
    } else {
      sub = newSubscriber(app, now);
      nobody = true;
      out.write('No subscriber yet: this is what a new subscriber with the default settings would get now (subscribe with /start in Telegram).\n');
    }
  }
  out.write(`${describeSettings(sub)}\n`);
  const preview = await digests.previewFor(sub, now);
  const state = {
    due: nobody ? `Sent now (${preview.date}) it would be:` : `Today's briefing (${preview.date}) has not gone out yet; sent now it would be:`,
    resuming: `Today's briefing (${preview.date}) is under way; the parts still to send are:`,
    done: `Today's briefing (${preview.date}) has gone out; if the next one were due now it would be:`,
  }[preview.state];
  if (!preview.parts || preview.parts.length === 0) {
    const hidden = preview.selection?.hidden ?? 0;
    out.write(`${state.replace(/:$/, '')}: nothing. No new story matches these settings${hidden ? ` (${hidden} hidden by the chat's topics or muted words)` : ''}, and empty days stay quiet.\n`);
    return 0;
  }
  out.write(`${state}\n\n${asText(preview.parts)}\n`);
  return 0;
}
