import { Composer, InlineKeyboard } from 'grammy';
import type { Context } from 'grammy';
import { z } from 'zod';
import { clipText } from '../../core/clip.js';
import { FLAG, STANCE_MARK } from '../../core/compose.js';
import { COUNTRIES, STANCES, type Country, type Stance } from '../../core/types.js';
import { clockTime, timeZone } from '../../config.js';
import type { Subscriber, SubscriberSettings } from '../../db/subscriber-store.js';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';
import { addFilterButtons, filterSummary } from './filter-summary.js';
import { GROUP_ADMINS_ONLY } from './subscription.js';

export const TIME_CHOICES = ['06:00', '07:00', '08:00', '12:00', '18:00'] as const;
export const ZONE_CHOICES = ['UTC', 'Europe/Moscow', 'Asia/Shanghai', 'America/New_York', 'Asia/Jakarta'] as const;
const COUNTRY_NAME: Record<Country, string> = { CN: 'China', RU: 'Russia', US: 'USA' };

/**
 * Callback payloads: `st:<field>:<value>`, each value validated by the same zod schemas as the config.
 * The longest is `st:z:America/Argentina/ComodRivadavia` (37 bytes), under Telegram's 64.
 */
const payload = z.union([
  z.object({ field: z.literal('t'), value: clockTime }),
  z.object({ field: z.literal('z'), value: timeZone }),
  z.object({ field: z.literal('c'), value: z.enum(COUNTRIES) }),
  z.object({ field: z.literal('s'), value: z.enum(STANCES) }),
  z.object({ field: z.literal('e'), value: z.enum(['on', 'off']) }),
  z.object({ field: z.literal('ask'), value: z.enum(['time', 'tz']) }),
]);
export type SettingsPayload = z.infer<typeof payload>;

/** Parse and validate a settings callback payload (≤ 64 bytes), or null. */
export function parseSettingsPayload(data: string): SettingsPayload | null {
  if (Buffer.byteLength(data, 'utf8') > 64) return null;
  const m = /^st:([a-z]+):(.+)$/.exec(data);
  if (!m) return null;
  const parsed = payload.safeParse({ field: m[1], value: m[2] });
  return parsed.success ? parsed.data : null;
}

const TIME_HELP = 'Send the time as HH:MM on a 24-hour clock, e.g. <code>07:30</code>.';
const ZONE_HELP = 'Send an IANA time zone name, e.g. <code>Asia/Jakarta</code> or <code>Europe/Berlin</code>.';
const PENDING_MS = 5 * 60_000;

/** The settings message and its keyboard. */
export function settingsView(sub: Subscriber): { html: string; keyboard: InlineKeyboard } {
  const countries = sub.countries.map((c) => `${FLAG[c]} ${COUNTRY_NAME[c]}`).join(', ');
  const stances = sub.stances.map((s) => `${STANCE_MARK[s]} ${s}`).join(', ');
  const html = [
    '<b>Briefing settings</b>',
    `Time: <b>${sub.digestTime}</b> (${escapeHtml(sub.timezone)})`,
    `Countries: ${countries}`,
    `Stances: ${stances}`,
    `On days with no news: ${sub.sendEmpty ? 'send a short note' : 'send nothing'}`,
    ...filterSummary(sub),
    '',
    'Tap to change. Or type <code>/settings time 07:30</code>, <code>/settings tz Asia/Jakarta</code>.',
  ].join('\n');
  const mark = (on: boolean) => (on ? '✅' : '▫️');
  const kb = new InlineKeyboard();
  for (const t of TIME_CHOICES) kb.text(t === sub.digestTime ? `• ${t}` : t, `st:t:${t}`);
  kb.text('Other time…', 'st:ask:time').row();
  for (const z of ZONE_CHOICES) kb.text(z === sub.timezone ? `• ${z}` : z, `st:z:${z}`);
  kb.row().text('Other time zone…', 'st:ask:tz').row();
  for (const c of COUNTRIES) kb.text(`${mark(sub.countries.includes(c))} ${FLAG[c]} ${COUNTRY_NAME[c]}`, `st:c:${c}`);
  kb.row();
  for (const s of STANCES) kb.text(`${mark(sub.stances.includes(s))} ${s}`, `st:s:${s}`);
  kb.row().text(`${mark(sub.sendEmpty)} Message on empty days`, `st:e:${sub.sendEmpty ? 'off' : 'on'}`);
  addFilterButtons(kb, sub);
  return { html, keyboard: kb };
}

type Change = { ok: true; settings: SubscriberSettings; note: string } | { ok: false; reason: string };

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** What a validated choice changes, or why it changes nothing. */
export function applyChoice(sub: Subscriber, choice: Exclude<SettingsPayload, { field: 'ask' }>): Change {
  switch (choice.field) {
    case 't':
      return { ok: true, settings: { digestTime: choice.value }, note: `Briefing time set to ${choice.value}.` };
    case 'z':
      return { ok: true, settings: { timezone: choice.value }, note: `Time zone set to ${choice.value}.` };
    case 'c': {
      const countries = toggle<Country>(sub.countries, choice.value);
      if (countries.length === 0) return { ok: false, reason: 'Keep at least one country.' };
      return { ok: true, settings: { countries }, note: `Countries: ${countries.join(', ')}.` };
    }
    case 's': {
      const stances = toggle<Stance>(sub.stances, choice.value);
      if (stances.length === 0) return { ok: false, reason: 'Keep at least one stance.' };
      return { ok: true, settings: { stances }, note: `Stances: ${stances.join(', ')}.` };
    }
    case 'e':
      return { ok: true, settings: { sendEmpty: choice.value === 'on' }, note: choice.value === 'on' ? 'Empty days get a short note.' : 'Empty days stay quiet.' };
  }
}

/** /settings: an inline keyboard for time, zone, countries, stances, empty days; free entry for time and zone. */
export function settingsFeature(deps: FeatureDeps): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();
  /** Who was asked to type a time or a zone: `${chat}:${user}` → what and until when. */
  const pending = new Map<string, { what: 'time' | 'tz'; until: number }>();
  const key = (ctx: Context) => `${ctx.chat?.id}:${ctx.from?.id}`;

  function save(ctx: Context, sub: Subscriber, settings: SubscriberSettings): Subscriber {
    const updated = app.stores.subscribers.updateSettings(sub.chatId, settings, app.now())!;
    if (sub.chatType !== 'private') {
      app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.settings', detail: `${sub.chatId} ${JSON.stringify(settings)}`, at: app.now() });
    }
    app.logger.info({ chat_id: sub.chatId, settings }, 'settings changed');
    return updated;
  }

  /** A typed time or zone: validated; a bad one is explained and changes nothing. */
  async function freeEntry(ctx: Context, what: 'time' | 'tz', raw: string): Promise<void> {
    const sub = app.stores.subscribers.get(ctx.chat!.id);
    if (!sub) return replyHtml(ctx, 'Subscribe first with /subscribe.');
    const value = raw.trim();
    if (what === 'time') {
      const parsed = clockTime.safeParse(/^\d:\d\d$/.test(value) ? `0${value}` : value);
      if (!parsed.success) return replyHtml(ctx, `“${escapeHtml(clipText(value, 40))}” is not a time of day. ${TIME_HELP} Nothing was changed.`);
      const updated = save(ctx, sub, { digestTime: parsed.data });
      return replyHtml(ctx, `Briefing time set to <b>${updated.digestTime}</b> (${escapeHtml(updated.timezone)}).`);
    }
    const parsed = timeZone.safeParse(value);
    if (!parsed.success || value.length > 50) return replyHtml(ctx, `“${escapeHtml(clipText(value, 40))}” is not a time zone I know. ${ZONE_HELP} Nothing was changed.`);
    const updated = save(ctx, sub, { timezone: parsed.data });
    return replyHtml(ctx, `Time zone set to <b>${escapeHtml(updated.timezone)}</b>; the briefing comes at ${updated.digestTime} there.`);
  }

  composer.command('settings', async (ctx) => {
    const sub = app.stores.subscribers.get(ctx.chat.id);
    if (!sub?.active) return replyHtml(ctx, 'This chat is not subscribed yet. /subscribe first, then /settings.');
    const args = ctx.match.trim();
    if (args) {
      if (!(await canManageChat(ctx))) return replyHtml(ctx, GROUP_ADMINS_ONLY);
      const m = /^(time|tz|zone|timezone)\s+(\S+)$/i.exec(args);
      if (!m) return replyHtml(ctx, `Use <code>/settings time 07:30</code>, <code>/settings tz Asia/Jakarta</code>, <code>/settings topics chips, military</code>, <code>/settings mute crypto</code>, or /settings alone for the buttons.`);
      return freeEntry(ctx, m[1]!.toLowerCase() === 'time' ? 'time' : 'tz', m[2]!);
    }
    const view = settingsView(sub);
    return replyHtml(ctx, view.html, view.keyboard);
  });

  composer.callbackQuery(/^st:/, async (ctx) => {
    const choice = parseSettingsPayload(ctx.callbackQuery.data);
    const chatId = ctx.chat?.id;
    if (!choice || chatId === undefined) {
      await ctx.answerCallbackQuery({ text: 'This button is no longer valid. Send /settings again.' });
      return;
    }
    if (!(await canManageChat(ctx))) {
      await ctx.answerCallbackQuery({ text: GROUP_ADMINS_ONLY, show_alert: true });
      return;
    }
    const sub = app.stores.subscribers.get(chatId);
    if (!sub?.active) {
      await ctx.answerCallbackQuery({ text: 'This chat is not subscribed. Send /subscribe first.' });
      return;
    }
    if (choice.field === 'ask') {
      const t = Date.now();
      for (const [k, v] of pending) if (v.until < t) pending.delete(k);
      pending.set(key(ctx), { what: choice.value, until: t + PENDING_MS });
      await ctx.answerCallbackQuery();
      const prompt = choice.value === 'time' ? TIME_HELP : ZONE_HELP;
      if (ctx.chat?.type === 'private') return replyHtml(ctx, prompt);
      // Privacy mode hides ordinary group messages from bots; an answer to a forced reply arrives.
      await ctx.reply(prompt, { parse_mode: 'HTML', reply_markup: { force_reply: true } });
      return;
    }
    const change = applyChoice(sub, choice);
    if (!change.ok) {
      await ctx.answerCallbackQuery({ text: change.reason });
      return;
    }
    const updated = save(ctx, sub, change.settings);
    await ctx.answerCallbackQuery({ text: change.note });
    const view = settingsView(updated);
    await ctx.editMessageText(view.html, { parse_mode: 'HTML', reply_markup: view.keyboard }).catch((error: unknown) => {
      // "message is not modified" after a double tap is harmless.
      app.logger.debug({ chat_id: chatId, err: error }, 'settings message not edited');
    });
  });

  // The answer to "Other time…" / "Other time zone…": the next plain text from that person in that chat.
  composer.on('message:text', async (ctx, next) => {
    const k = key(ctx);
    const waiting = pending.get(k);
    if (!waiting || ctx.message.text.startsWith('/')) return next();
    pending.delete(k);
    if (waiting.until < Date.now()) return next();
    return freeEntry(ctx, waiting.what, ctx.message.text);
  });

  return composer;
}
