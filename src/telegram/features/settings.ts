import { Composer, InlineKeyboard } from 'grammy';
import { z } from 'zod';
import { clipText } from '../../core/clip.js';
import { FLAG, STANCE_MARK } from '../../core/compose.js';
import { LOCALES, timeZoneLabel, type Locale, type Translate } from '../../core/locale.js';
import { COUNTRIES, STANCES, type Country, type Stance } from '../../core/types.js';
import { clockTime, timeZone } from '../../config.js';
import { matchTimeZone } from '../../core/time-zone.js';
import { DIGEST_FREQUENCIES, type Subscriber, type SubscriberSettings } from '../../db/subscriber-store.js';
import { settingsChatId, type BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';
import { addFilterButtons, filterSummary } from './filter-summary.js';

export const TIME_CHOICES = ['06:00', '07:00', '08:00', '12:00', '18:00'] as const;
export const ZONE_CHOICES = ['UTC', 'Europe/Moscow', 'Asia/Shanghai', 'America/New_York', 'Asia/Jakarta'] as const;

/**
 * Callback payloads: `st:<field>:<value>`, each value validated by the same zod schemas as the config.
 * The longest is `st:z:America/Argentina/ComodRivadavia` (37 bytes), under Telegram's 64.
 */
const payload = z.union([
  z.object({ field: z.literal('t'), value: clockTime }),
  z.object({ field: z.literal('z'), value: timeZone }),
  z.object({ field: z.literal('c'), value: z.enum(COUNTRIES) }),
  z.object({ field: z.literal('s'), value: z.enum(STANCES) }),
  z.object({ field: z.literal('g'), value: z.enum(LOCALES) }),
  z.object({ field: z.literal('l'), value: z.enum(LOCALES) }),
  z.object({ field: z.literal('e'), value: z.enum(['on', 'off']) }),
  z.object({ field: z.literal('f'), value: z.enum(DIGEST_FREQUENCIES) }),
  z.object({ field: z.literal('ask'), value: z.enum(['time', 'tz']) }),
]);
export type SettingsPayload = z.infer<typeof payload>;

/**
 * The subscription a settings button acts on, or undefined once the press has been answered: the
 * button is expired or unreadable, the presser may not manage the chat, or the chat is not subscribed.
 */
export async function settingsButtonTarget(ctx: BotContext, app: FeatureDeps['app'], payloadOk: boolean): Promise<Subscriber | undefined> {
  const chatId = settingsChatId(ctx);
  if (!payloadOk || chatId === undefined) {
    await ctx.answerCallbackQuery({ text: ctx.t('settings-button-expired') });
    return undefined;
  }
  if (!(await canManageChat(ctx))) {
    await ctx.answerCallbackQuery({ text: ctx.t('group-admins-only'), show_alert: true });
    return undefined;
  }
  const sub = app.stores.subscribers.get(chatId);
  if (!sub?.active) {
    await ctx.answerCallbackQuery({ text: ctx.t('settings-subscribe-first') });
    return undefined;
  }
  return sub;
}

/** Parse and validate a settings callback payload (≤ 64 bytes), or null. */
export function parseSettingsPayload(data: string): SettingsPayload | null {
  if (Buffer.byteLength(data, 'utf8') > 64) return null;
  const m = /^st:([a-z]+):(.+)$/.exec(data);
  if (!m) return null;
  const parsed = payload.safeParse({ field: m[1], value: m[2] });
  return parsed.success ? parsed.data : null;
}

const PENDING_MS = 5 * 60_000;

/** "Asia/Jakarta, Western Indonesia Time" in the locale; the bare id where Intl has no name. */
export function zoneText(zone: string, locale: Locale, at: Date): string {
  const label = timeZoneLabel(zone, locale, at);
  return escapeHtml(label ? `${zone}, ${label}` : zone);
}

/** The settings message and its keyboard, in the chat's locale. */
export function settingsView(sub: Subscriber, t: Translate, locale: Locale, at: Date = new Date()): { html: string; keyboard: InlineKeyboard } {
  // The chat's own language (a channel's may differ from its administrator's, who reads this view).
  const chatLocale = sub.locale ?? locale;
  const countries = sub.countries.map((c) => `${FLAG[c]} ${t(`country-label-${c}`)}`).join(', ');
  const stances = sub.stances.map((s) => `${STANCE_MARK[s]} ${t(`stance-${s}`)}`).join(', ');
  const langs = sub.storyLangs.length === LOCALES.length ? t('settings-story-languages-all') : sub.storyLangs.map((l) => t(`language-${l}`)).join(', ');
  const html = [
    ...(sub.chatType === 'channel' ? [t('settings-channel-title', { channel: escapeHtml(sub.title ?? String(sub.chatId)) })] : []),
    t('settings-title'),
    t('settings-time', { time: sub.digestTime, zone: zoneText(sub.timezone, locale, at) }),
    t('settings-frequency', { frequency: t(`frequency-${sub.digestFrequency}`) }),
    t('settings-countries', { countries }),
    t('settings-stances', { stances }),
    t('settings-story-languages', { languages: langs }),
    t('settings-language', { language: t(`language-${chatLocale}`) }),
    t(sub.sendEmpty ? 'settings-empty-note' : 'settings-empty-nothing'),
    ...filterSummary(sub, t),
    '',
    t('settings-hint'),
  ].join('\n');
  const mark = (on: boolean) => (on ? '✅' : '▫️');
  const kb = new InlineKeyboard();
  for (const time of TIME_CHOICES) kb.text(time === sub.digestTime ? `• ${time}` : time, `st:t:${time}`);
  kb.text(t('settings-other-time'), 'st:ask:time').row();
  for (const z of ZONE_CHOICES) kb.text(z === sub.timezone ? `• ${z}` : z, `st:z:${z}`);
  kb.row().text(t('settings-other-zone'), 'st:ask:tz').row();
  for (const f of DIGEST_FREQUENCIES) kb.text(`${f === sub.digestFrequency ? '• ' : ''}${t(`frequency-button-${f}`)}`, `st:f:${f}`);
  kb.row();
  for (const c of COUNTRIES) kb.text(`${mark(sub.countries.includes(c))} ${FLAG[c]} ${t(`country-label-${c}`)}`, `st:c:${c}`);
  kb.row();
  for (const s of STANCES) kb.text(`${mark(sub.stances.includes(s))} ${t(`stance-${s}`)}`, `st:s:${s}`);
  kb.row();
  for (const l of LOCALES) kb.text(`${mark(sub.storyLangs.includes(l))} ${t(`language-${l}`)}`, `st:g:${l}`);
  kb.row();
  for (const l of LOCALES) kb.text(`${l === chatLocale ? '• ' : ''}${t(`language-native-${l}`)}`, `st:l:${l}`);
  kb.row().text(`${mark(sub.sendEmpty)} ${t('settings-empty-button')}`, `st:e:${sub.sendEmpty ? 'off' : 'on'}`);
  addFilterButtons(kb, sub, t);
  return { html, keyboard: kb };
}

type Change = { ok: true; settings: SubscriberSettings; note: string } | { ok: false; reason: string };

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** What a validated choice changes, or why it changes nothing (notes in the chat's locale). */
export function applyChoice(sub: Subscriber, choice: Exclude<SettingsPayload, { field: 'ask' }>, t: Translate): Change {
  switch (choice.field) {
    case 't':
      return { ok: true, settings: { digestTime: choice.value }, note: t('settings-note-time', { time: choice.value }) };
    case 'z':
      return { ok: true, settings: { timezone: choice.value }, note: t('settings-note-zone', { zone: choice.value }) };
    case 'c': {
      const countries = toggle<Country>(sub.countries, choice.value);
      if (countries.length === 0) return { ok: false, reason: t('settings-keep-country') };
      return { ok: true, settings: { countries }, note: t('settings-note-countries', { countries: COUNTRIES.filter((c) => countries.includes(c)).map((c) => t(`country-label-${c}`)).join(', ') }) };
    }
    case 's': {
      const stances = toggle<Stance>(sub.stances, choice.value);
      if (stances.length === 0) return { ok: false, reason: t('settings-keep-stance') };
      return { ok: true, settings: { stances }, note: t('settings-note-stances', { stances: stances.map((s) => t(`stance-${s}`)).join(', ') }) };
    }
    case 'g': {
      const storyLangs = toggle<Locale>(sub.storyLangs, choice.value);
      if (storyLangs.length === 0) return { ok: false, reason: t('settings-keep-language') };
      return { ok: true, settings: { storyLangs }, note: t('settings-note-story-languages', { languages: LOCALES.filter((l) => storyLangs.includes(l)).map((l) => t(`language-${l}`)).join(', ') }) };
    }
    case 'l':
      return { ok: true, settings: { locale: choice.value }, note: '' };
    case 'e':
      return { ok: true, settings: { sendEmpty: choice.value === 'on' }, note: t(choice.value === 'on' ? 'settings-note-empty-on' : 'settings-note-empty-off') };
    case 'f':
      return { ok: true, settings: { digestFrequency: choice.value }, note: t('settings-note-frequency', { frequency: t(`frequency-${choice.value}`) }) };
  }
}

/** An open prompt: what is asked, until when, and for which chat (a managed channel, or the chat itself). */
type PendingPrompts = Map<string, { what: 'time' | 'tz'; until: number; chatId: number }>;
/** Who was asked to type a time or a zone, per app: `${chat}:${user}` → what and until when. */
const promptsByApp = new WeakMap<object, PendingPrompts>();
function pendingPrompts(app: object): PendingPrompts {
  let prompts = promptsByApp.get(app);
  if (!prompts) promptsByApp.set(app, (prompts = new Map()));
  return prompts;
}
const key = (ctx: BotContext) => `${ctx.chat?.id}:${ctx.from?.id}`;

/**
 * Any command closes an open "Other time…" prompt. Installed before every feature, since the
 * command may be answered by a feature that runs before /settings.
 */
export function settingsPromptClosing(deps: FeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:text', (ctx, next) => {
    if (ctx.message.text.startsWith('/')) pendingPrompts(deps.app).delete(key(ctx));
    return next();
  });
  return composer;
}

/** /settings: an inline keyboard for time, zone, countries, stances, empty days; free entry for time and zone. */
export function settingsFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();
  const pending = pendingPrompts(app);

  function save(ctx: BotContext, sub: Subscriber, settings: SubscriberSettings): Subscriber {
    const updated = app.stores.subscribers.updateSettings(sub.chatId, settings, app.now())!;
    if (sub.chatType !== 'private') {
      app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.settings', detail: `${sub.chatId} ${JSON.stringify(settings)}`, at: app.now() });
    }
    app.logger.info({ chat_id: sub.chatId, settings }, 'settings changed');
    // A new language answers in it, unless it is a managed channel's (its administrator keeps theirs).
    if (settings.locale && ctx.managedChat === undefined) ctx.locale = settings.locale;
    return updated;
  }

  /**
   * A typed time or zone: validated and saved (the confirmation is sent), or the explanation of a bad
   * value returned unsent (it changes nothing), so the caller decides how to ask again.
   */
  async function freeEntry(ctx: BotContext, what: 'time' | 'tz', raw: string): Promise<{ bad: string } | null> {
    const sub = app.stores.subscribers.get(settingsChatId(ctx)!);
    if (!sub?.active) {
      await replyHtml(ctx, ctx.t('settings-subscribe-first'));
      return null;
    }
    const value = raw.trim();
    const shown = escapeHtml(clipText(value, 40));
    if (what === 'time') {
      const parsed = clockTime.safeParse(/^\d:\d\d$/.test(value) ? `0${value}` : value);
      if (!parsed.success) return { bad: ctx.t('settings-bad-time', { value: shown }) };
      const updated = save(ctx, sub, { digestTime: parsed.data });
      await replyHtml(ctx, ctx.t('settings-time-set', { time: updated.digestTime, zone: escapeHtml(updated.timezone) }));
      return null;
    }
    const match = matchTimeZone(value);
    if (!match.ok) {
      const bad = ctx.t('settings-bad-zone', { value: shown });
      return { bad: match.suggestion ? `${bad}\n${ctx.t('settings-zone-suggestion', { zone: match.suggestion })}` : bad };
    }
    const updated = save(ctx, sub, { timezone: match.zone });
    await replyHtml(ctx, ctx.t('settings-zone-set', { zone: zoneText(updated.timezone, ctx.locale, app.now()), time: updated.digestTime }));
    return null;
  }

  /** Ask for a time or zone with a forced reply: in groups privacy mode only lets answers to it through. */
  async function ask(ctx: BotContext, what: 'time' | 'tz', html: string): Promise<void> {
    pending.set(key(ctx), { what, until: Date.now() + PENDING_MS, chatId: settingsChatId(ctx)! });
    await ctx.reply(html, { parse_mode: 'HTML', reply_markup: { force_reply: true } });
  }

  composer.command('settings', async (ctx) => {
    const sub = app.stores.subscribers.get(settingsChatId(ctx)!);
    if (!sub?.active) return replyHtml(ctx, ctx.t('settings-not-subscribed'));
    const args = ctx.match.trim();
    if (args) {
      if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admins-only'));
      const frequency = DIGEST_FREQUENCIES.find((f) => f === args.toLowerCase());
      if (frequency) {
        const updated = save(ctx, sub, { digestFrequency: frequency });
        return replyHtml(ctx, ctx.t('settings-frequency-set', { frequency: ctx.t(`frequency-${updated.digestFrequency}`), time: updated.digestTime }));
      }
      const m = /^(time|tz|zone|timezone)\s+(\S+)$/i.exec(args);
      if (!m) return replyHtml(ctx, ctx.t('settings-usage'));
      const result = await freeEntry(ctx, m[1]!.toLowerCase() === 'time' ? 'time' : 'tz', m[2]!);
      if (result) await replyHtml(ctx, result.bad);
      return;
    }
    const view = settingsView(sub, ctx.t, ctx.locale, app.now());
    return replyHtml(ctx, view.html, view.keyboard);
  });

  composer.callbackQuery(/^st:/, async (ctx) => {
    const choice = parseSettingsPayload(ctx.callbackQuery.data);
    const sub = await settingsButtonTarget(ctx, app, choice !== null);
    if (!choice || !sub) return;
    if (choice.field === 'ask') {
      const t = Date.now();
      for (const [k, v] of pending) if (v.until < t) pending.delete(k);
      await ctx.answerCallbackQuery();
      const prompt = ctx.t(choice.value === 'time' ? 'settings-ask-time' : 'settings-ask-zone');
      if (ctx.chat?.type === 'private') {
        pending.set(key(ctx), { what: choice.value, until: t + PENDING_MS, chatId: sub.chatId });
        return replyHtml(ctx, prompt);
      }
      // Privacy mode hides ordinary group messages from bots; an answer to a forced reply arrives.
      await ask(ctx, choice.value, prompt);
      return;
    }
    const change = applyChoice(sub, choice, ctx.t);
    if (!change.ok) {
      await ctx.answerCallbackQuery({ text: change.reason });
      return;
    }
    const updated = save(ctx, sub, change.settings);
    // A new bot language answers in that language.
    await ctx.answerCallbackQuery({ text: change.settings.locale ? ctx.t('language-set-plain', { language: ctx.t(`language-${change.settings.locale}`) }) : change.note });
    const view = settingsView(updated, ctx.t, ctx.locale, app.now());
    await ctx.editMessageText(view.html, { parse_mode: 'HTML', reply_markup: view.keyboard }).catch((error: unknown) => {
      // "message is not modified" after a double tap is harmless.
      app.logger.debug({ chat_id: sub.chatId, err: error }, 'settings message not edited');
    });
  });

  // The answer to "Other time…" / "Other time zone…": the next plain text from that person in that chat.
  composer.on('message:text', async (ctx, next) => {
    const k = key(ctx);
    const waiting = pending.get(k);
    if (!waiting) return next();
    pending.delete(k);
    // Any command ends the prompt; so does silence past its time.
    if (ctx.message.text.startsWith('/') || waiting.until < Date.now()) return next();
    // The prompt may have been for a channel managed from here (its rights were checked when asked).
    if (waiting.chatId !== ctx.chat.id) ctx.managedChat = waiting.chatId;
    const result = await freeEntry(ctx, waiting.what, ctx.message.text);
    // A bad value keeps the prompt open: ask again, with a new forced reply (groups need one).
    if (result) await ask(ctx, waiting.what, `${result.bad}\n${ctx.t('settings-try-again')}`);
  });

  return composer;
}
