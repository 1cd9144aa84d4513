import { Composer, InlineKeyboard } from 'grammy';
import { z } from 'zod';
import { clipText } from '../../core/clip.js';
import { checkMutedWord, foldForMatch, MAX_MUTED_WORDS, MAX_MUTED_WORD_LENGTH, parseTopics, type MutedWordCheck } from '../../core/reader-filter.js';
import { TOPICS, type Topic } from '../../core/types.js';
import type { Locale, Translate } from '../../core/locale.js';
import type { Subscriber, SubscriberSettings } from '../../db/subscriber-store.js';
import { settingsChatId, type BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';
import { topicLabel } from './filter-summary.js';
import { settingsButtonTarget, settingsView } from './settings.js';

/** Why a muted word was refused: its locale key (with `max` where it has one). */
const MUTE_REFUSAL: Record<Exclude<MutedWordCheck, { ok: true }>['reason'], string> = {
  empty: 'mute-empty',
  'too-long': 'mute-too-long',
  'no-letters': 'mute-no-letters',
  duplicate: 'mute-duplicate',
  full: 'mute-full',
};
const muteHelp = (t: Translate) => t('mute-help', { max: MAX_MUTED_WORD_LENGTH });
const PENDING_MS = 5 * 60_000;

/** Callback payloads `rf:<field>[:<value>]` (≤ 64 bytes; the longest is `rf:tp:chips-export-controls`). */
const payload = z.union([
  z.object({ field: z.literal('v'), value: z.enum(['topics', 'muted', 'main']) }),
  z.object({ field: z.literal('tp'), value: z.enum([...TOPICS, 'all']) }),
  z.object({ field: z.literal('mr'), value: z.coerce.number().int().min(0).max(MAX_MUTED_WORDS - 1) }),
  z.object({ field: z.literal('mc'), value: z.literal('all') }),
  z.object({ field: z.literal('ask'), value: z.literal('mute') }),
]);
export type FilterPayload = z.infer<typeof payload>;

/** Parse and validate a filter callback payload, or null. */
export function parseFilterPayload(data: string): FilterPayload | null {
  if (Buffer.byteLength(data, 'utf8') > 64) return null;
  const m = /^rf:([a-z]+):(.+)$/.exec(data);
  if (!m) return null;
  const parsed = payload.safeParse({ field: m[1], value: m[2] });
  return parsed.success ? parsed.data : null;
}

/** The topic chips: only these, or all. */
export function topicsView(sub: Subscriber, t: Translate): { html: string; keyboard: InlineKeyboard } {
  const html = [
    t('topics-title'),
    sub.topics.length === 0 ? t('topics-all') : t('topics-only', { topics: escapeHtml(sub.topics.map((x) => topicLabel(x, t)).join(', ')) }),
    t('topics-hint'),
    t('topics-type-hint'),
  ].join('\n');
  const kb = new InlineKeyboard();
  TOPICS.forEach((x, i) => {
    kb.text(`${sub.topics.includes(x) ? '✅' : '▫️'} ${topicLabel(x, t)}`, `rf:tp:${x}`);
    if (i % 2 === 1) kb.row();
  });
  kb.text(`${sub.topics.length === 0 ? '✅' : '▫️'} ${t('topics-all-button')}`, 'rf:tp:all').row().text(t('button-back'), 'rf:v:main');
  return { html, keyboard: kb };
}

/** The muted words, each with a remove button. */
export function mutedView(sub: Subscriber, t: Translate): { html: string; keyboard: InlineKeyboard } {
  const html = [
    t('muted-title', { count: sub.mutedWords.length, max: MAX_MUTED_WORDS }),
    sub.mutedWords.length === 0 ? t('muted-none') : t('muted-explain'),
    ...sub.mutedWords.map((w) => `• ${escapeHtml(w)}`),
    '',
    t('muted-type-hint'),
  ].join('\n');
  const kb = new InlineKeyboard();
  sub.mutedWords.forEach((w, i) => {
    kb.text(`❌ ${clipText(w, 24)}`, `rf:mr:${i}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row();
  if (sub.mutedWords.length < MAX_MUTED_WORDS) kb.text(t('muted-add-button'), 'rf:ask:mute');
  if (sub.mutedWords.length > 0) kb.text(t('muted-clear-button'), 'rf:mc:all');
  kb.row().text(t('button-back'), 'rf:v:main');
  return { html, keyboard: kb };
}

type View = 'topics' | 'muted' | 'main';

/** What a filter button changes, and which view shows the result. */
export function applyFilterChoice(sub: Subscriber, choice: Exclude<FilterPayload, { field: 'v' | 'ask' }>, t: Translate): { settings: SubscriberSettings; note: string; view: View } | { reason: string } {
  switch (choice.field) {
    case 'tp': {
      if (choice.value === 'all') return { settings: { topics: [] }, note: t('topics-note-all'), view: 'topics' };
      const topic = choice.value;
      const topics = sub.topics.includes(topic) ? sub.topics.filter((x) => x !== topic) : [...sub.topics, topic];
      return { settings: { topics }, note: topics.length ? t('topics-note-only', { topics: topics.map((x) => topicLabel(x, t)).join(', ') }) : t('topics-note-all'), view: 'topics' };
    }
    case 'mr': {
      const word = sub.mutedWords[choice.value];
      if (word === undefined) return { reason: t('muted-gone') };
      return { settings: { mutedWords: sub.mutedWords.filter((_, i) => i !== choice.value) }, note: t('unmuted-plain', { word: clipText(word, 40) }), view: 'muted' };
    }
    case 'mc':
      return { settings: { mutedWords: [] }, note: t('muted-cleared'), view: 'muted' };
  }
}

/** Reader filters in /settings: topics, muted words, daily/weekly; buttons and free entry. */
export function readerFiltersFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app } = deps;
  const composer = new Composer<BotContext>();
  /** `${chat}:${user}` → until when "Add a word…" waits, and for which chat (a managed channel, or the chat itself). */
  const pending = new Map<string, { until: number; chatId: number }>();
  const key = (ctx: BotContext) => `${ctx.chat?.id}:${ctx.from?.id}`;

  function save(ctx: BotContext, sub: Subscriber, settings: SubscriberSettings): Subscriber {
    const updated = app.stores.subscribers.updateSettings(sub.chatId, settings, app.now())!;
    if (sub.chatType !== 'private') {
      app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.settings', detail: `${sub.chatId} ${JSON.stringify(settings)}`, at: app.now() });
    }
    app.logger.info({ chat_id: sub.chatId, settings }, 'reader filters changed');
    return updated;
  }

  const viewOf = (view: View, sub: Subscriber, t: Translate, locale: Locale) =>
    view === 'topics' ? topicsView(sub, t) : view === 'muted' ? mutedView(sub, t) : settingsView(sub, t, locale, app.now());

  async function mute(ctx: BotContext, sub: Subscriber, raw: string): Promise<void> {
    const checked = checkMutedWord(raw, sub.mutedWords);
    if (!checked.ok) return replyHtml(ctx, `${ctx.t(MUTE_REFUSAL[checked.reason], { max: checked.reason === 'full' ? MAX_MUTED_WORDS : MAX_MUTED_WORD_LENGTH })} ${ctx.t('nothing-changed')}`);
    const updated = save(ctx, sub, { mutedWords: [...sub.mutedWords, checked.word] });
    return replyHtml(ctx, ctx.t('muted-added', { word: escapeHtml(checked.word), count: updated.mutedWords.length, max: MAX_MUTED_WORDS }));
  }

  // `/settings topics …`, `/settings mute …`, `/settings unmute …`, `/settings daily|weekly|both`; the rest goes on to /settings.
  composer.command('settings', async (ctx, next) => {
    const m = /^(topics?|mute|unmute|muted)\b\s*(.*)$/is.exec(ctx.match.trim());
    if (!m) return next();
    const sub = app.stores.subscribers.get(settingsChatId(ctx)!);
    if (!sub?.active) return replyHtml(ctx, ctx.t('settings-not-subscribed'));
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admins-only'));
    const what = m[1]!.toLowerCase();
    const rest = m[2]!.trim();
    if (what === 'mute') return rest ? mute(ctx, sub, rest) : replyHtml(ctx, muteHelp(ctx.t));
    if (what === 'muted') {
      const view = mutedView(sub, ctx.t);
      return replyHtml(ctx, view.html, view.keyboard);
    }
    if (what === 'unmute') {
      const index = sub.mutedWords.findIndex((w) => foldForMatch(w) === foldForMatch(rest));
      if (index === -1) return replyHtml(ctx, ctx.t('unmute-unknown', { word: escapeHtml(clipText(rest, 40)) }));
      save(ctx, sub, { mutedWords: sub.mutedWords.filter((_, i) => i !== index) });
      return replyHtml(ctx, ctx.t('unmuted', { word: escapeHtml(sub.mutedWords[index]!) }));
    }
    if (!rest) {
      const view = topicsView(sub, ctx.t);
      return replyHtml(ctx, view.html, view.keyboard);
    }
    const parsed = parseTopics(rest);
    if (!parsed.ok) {
      const unknown = parsed.unknown.map((u) => `“${escapeHtml(clipText(u, 30))}”`).join(', ');
      const known = TOPICS.map((x) => `<code>${x.split('-')[0]}</code>`).join(', ');
      return replyHtml(ctx, ctx.t('topics-unknown', { unknown, known }));
    }
    const updated = save(ctx, sub, { topics: parsed.topics });
    return replyHtml(ctx, updated.topics.length ? ctx.t('topics-set-only', { topics: escapeHtml(updated.topics.map((x) => topicLabel(x, ctx.t)).join(', ')) }) : ctx.t('topics-set-all'));
  });

  composer.callbackQuery(/^rf:/, async (ctx) => {
    const choice = parseFilterPayload(ctx.callbackQuery.data);
    const sub = await settingsButtonTarget(ctx, app, choice !== null);
    if (!choice || !sub) return;
    let shown: Subscriber = sub;
    let view: View;
    if (choice.field === 'v') {
      view = choice.value;
      await ctx.answerCallbackQuery();
    } else if (choice.field === 'ask') {
      const t = Date.now();
      for (const [k, v] of pending) if (v.until < t) pending.delete(k);
      pending.set(key(ctx), { until: t + PENDING_MS, chatId: sub.chatId });
      await ctx.answerCallbackQuery();
      if (ctx.chat?.type === 'private') return replyHtml(ctx, muteHelp(ctx.t));
      // Privacy mode hides ordinary group messages from bots; an answer to a forced reply arrives.
      await ctx.reply(muteHelp(ctx.t), { parse_mode: 'HTML', reply_markup: { force_reply: true } });
      return;
    } else {
      const change = applyFilterChoice(sub, choice, ctx.t);
      if ('reason' in change) {
        await ctx.answerCallbackQuery({ text: change.reason });
        return;
      }
      shown = save(ctx, sub, change.settings);
      view = change.view;
      await ctx.answerCallbackQuery({ text: change.note });
    }
    const rendered = viewOf(view, shown, ctx.t, ctx.locale);
    await ctx.editMessageText(rendered.html, { parse_mode: 'HTML', reply_markup: rendered.keyboard }).catch((error: unknown) => {
      app.logger.debug({ chat_id: sub.chatId, err: error }, 'filters message not edited');
    });
  });

  // The answer to "Add a word…": the next plain text from that person in that chat.
  composer.on('message:text', async (ctx, next) => {
    const k = key(ctx);
    const waiting = pending.get(k);
    if (waiting === undefined || ctx.message.text.startsWith('/')) return next();
    pending.delete(k);
    if (waiting.until < Date.now()) return next();
    const sub = app.stores.subscribers.get(waiting.chatId);
    if (!sub?.active) return replyHtml(ctx, ctx.t('settings-subscribe-first'));
    return mute(ctx, sub, ctx.message.text);
  });

  return composer;
}
