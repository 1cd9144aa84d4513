import { Composer, InlineKeyboard } from 'grammy';
import type { Context } from 'grammy';
import { z } from 'zod';
import { clipText } from '../../core/clip.js';
import { checkMutedWord, foldForMatch, MAX_MUTED_WORDS, MAX_MUTED_WORD_LENGTH, parseTopics, type MutedWordCheck } from '../../core/reader-filter.js';
import { TOPICS, type Topic } from '../../core/types.js';
import type { Subscriber, SubscriberSettings } from '../../db/subscriber-store.js';
import type { FeatureDeps } from '../deps.js';
import { canManageChat } from '../filters.js';
import { actorOf, escapeHtml, replyHtml } from '../reply.js';
import { TOPIC_LABEL } from './filter-summary.js';
import { settingsView } from './settings.js';
import { GROUP_ADMINS_ONLY } from './subscription.js';

const MUTE_HELP = `Send a word or phrase to leave out (any language, up to ${MAX_MUTED_WORD_LENGTH} characters; case and accents do not matter), e.g. <code>crypto</code> or <code>比特币</code>.`;
const MUTE_REFUSAL: Record<Exclude<MutedWordCheck, { ok: true }>['reason'], string> = {
  empty: 'That was empty.',
  'too-long': `That is too long: at most ${MAX_MUTED_WORD_LENGTH} characters.`,
  'no-letters': 'A muted word needs at least one letter or digit.',
  duplicate: 'That word is already muted.',
  full: `You already mute ${MAX_MUTED_WORDS} words, the most there can be; remove one first.`,
};
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
export function topicsView(sub: Subscriber): { html: string; keyboard: InlineKeyboard } {
  const html = [
    '<b>Topics</b>',
    sub.topics.length === 0 ? 'You get stories on <b>all</b> topics.' : `You get only stories on: <b>${escapeHtml(sub.topics.map((t) => TOPIC_LABEL[t]).join(', '))}</b>.`,
    'Tap topics to follow only those; “All topics” clears the choice.',
    'Or type <code>/settings topics chips, military</code> or <code>/settings topics all</code>.',
  ].join('\n');
  const kb = new InlineKeyboard();
  TOPICS.forEach((t, i) => {
    kb.text(`${sub.topics.includes(t) ? '✅' : '▫️'} ${TOPIC_LABEL[t]}`, `rf:tp:${t}`);
    if (i % 2 === 1) kb.row();
  });
  kb.text(`${sub.topics.length === 0 ? '✅' : '▫️'} All topics`, 'rf:tp:all').row().text('‹ Back', 'rf:v:main');
  return { html, keyboard: kb };
}

/** The muted words, each with a remove button. */
export function mutedView(sub: Subscriber): { html: string; keyboard: InlineKeyboard } {
  const html = [
    `<b>Muted words</b> (${sub.mutedWords.length} of ${MAX_MUTED_WORDS})`,
    sub.mutedWords.length === 0 ? 'None: nothing is left out.' : 'A story whose headline or summary contains one of these is left out of your briefings and lists:',
    ...sub.mutedWords.map((w) => `• ${escapeHtml(w)}`),
    '',
    'Or type <code>/settings mute crypto</code>, <code>/settings unmute crypto</code>.',
  ].join('\n');
  const kb = new InlineKeyboard();
  sub.mutedWords.forEach((w, i) => {
    kb.text(`❌ ${clipText(w, 24)}`, `rf:mr:${i}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row();
  if (sub.mutedWords.length < MAX_MUTED_WORDS) kb.text('➕ Add a word…', 'rf:ask:mute');
  if (sub.mutedWords.length > 0) kb.text('Clear all', 'rf:mc:all');
  kb.row().text('‹ Back', 'rf:v:main');
  return { html, keyboard: kb };
}

type View = 'topics' | 'muted' | 'main';

/** What a filter button changes, and which view shows the result. */
export function applyFilterChoice(sub: Subscriber, choice: Exclude<FilterPayload, { field: 'v' | 'ask' }>): { settings: SubscriberSettings; note: string; view: View } | { reason: string } {
  switch (choice.field) {
    case 'tp': {
      if (choice.value === 'all') return { settings: { topics: [] }, note: 'All topics.', view: 'topics' };
      const topic = choice.value;
      const topics = sub.topics.includes(topic) ? sub.topics.filter((t) => t !== topic) : [...sub.topics, topic];
      return { settings: { topics }, note: topics.length ? `Only: ${topics.map((t) => TOPIC_LABEL[t]).join(', ')}.` : 'All topics.', view: 'topics' };
    }
    case 'mr': {
      const word = sub.mutedWords[choice.value];
      if (word === undefined) return { reason: 'That word is no longer in the list.' };
      return { settings: { mutedWords: sub.mutedWords.filter((_, i) => i !== choice.value) }, note: `“${clipText(word, 40)}” is no longer muted.`, view: 'muted' };
    }
    case 'mc':
      return { settings: { mutedWords: [] }, note: 'No muted words.', view: 'muted' };
  }
}

/** Reader filters in /settings: topics, muted words, daily/weekly; buttons and free entry. */
export function readerFiltersFeature(deps: FeatureDeps): Composer<Context> {
  const { app } = deps;
  const composer = new Composer<Context>();
  const pending = new Map<string, number>();
  const key = (ctx: Context) => `${ctx.chat?.id}:${ctx.from?.id}`;

  function save(ctx: Context, sub: Subscriber, settings: SubscriberSettings): Subscriber {
    const updated = app.stores.subscribers.updateSettings(sub.chatId, settings, app.now())!;
    if (sub.chatType !== 'private') {
      app.stores.runs.logAdminAction({ actor: actorOf(ctx), action: 'chat.settings', detail: `${sub.chatId} ${JSON.stringify(settings)}`, at: app.now() });
    }
    app.logger.info({ chat_id: sub.chatId, settings }, 'reader filters changed');
    return updated;
  }

  const viewOf = (view: View, sub: Subscriber) => (view === 'topics' ? topicsView(sub) : view === 'muted' ? mutedView(sub) : settingsView(sub));

  async function mute(ctx: Context, sub: Subscriber, raw: string): Promise<void> {
    const checked = checkMutedWord(raw, sub.mutedWords);
    if (!checked.ok) return replyHtml(ctx, `${MUTE_REFUSAL[checked.reason]} Nothing was changed.`);
    const updated = save(ctx, sub, { mutedWords: [...sub.mutedWords, checked.word] });
    return replyHtml(ctx, `Muted “${escapeHtml(checked.word)}” (${updated.mutedWords.length} of ${MAX_MUTED_WORDS}). Stories mentioning it are left out of your briefings and lists.`);
  }

  // `/settings topics …`, `/settings mute …`, `/settings unmute …`, `/settings daily|weekly|both`; the rest goes on to /settings.
  composer.command('settings', async (ctx, next) => {
    const m = /^(topics?|mute|unmute|muted)\b\s*(.*)$/is.exec(ctx.match.trim());
    if (!m) return next();
    const sub = app.stores.subscribers.get(ctx.chat.id);
    if (!sub?.active) return replyHtml(ctx, 'This chat is not subscribed yet. /subscribe first, then /settings.');
    if (!(await canManageChat(ctx))) return replyHtml(ctx, GROUP_ADMINS_ONLY);
    const what = m[1]!.toLowerCase();
    const rest = m[2]!.trim();
    if (what === 'mute') return rest ? mute(ctx, sub, rest) : replyHtml(ctx, MUTE_HELP);
    if (what === 'muted') {
      const view = mutedView(sub);
      return replyHtml(ctx, view.html, view.keyboard);
    }
    if (what === 'unmute') {
      const index = sub.mutedWords.findIndex((w) => foldForMatch(w) === foldForMatch(rest));
      if (index === -1) return replyHtml(ctx, `“${escapeHtml(clipText(rest, 40))}” is not muted. /settings muted lists your muted words.`);
      save(ctx, sub, { mutedWords: sub.mutedWords.filter((_, i) => i !== index) });
      return replyHtml(ctx, `“${escapeHtml(sub.mutedWords[index]!)}” is no longer muted.`);
    }
    if (!rest) {
      const view = topicsView(sub);
      return replyHtml(ctx, view.html, view.keyboard);
    }
    const parsed = parseTopics(rest);
    if (!parsed.ok) {
      return replyHtml(ctx, `I don't know ${parsed.unknown.map((u) => `“${escapeHtml(clipText(u, 30))}”`).join(', ')}. Topics: ${TOPICS.map((t) => `<code>${t.split('-')[0]}</code>`).join(', ')}, or <code>all</code>. Nothing was changed.`);
    }
    const updated = save(ctx, sub, { topics: parsed.topics });
    return replyHtml(ctx, updated.topics.length ? `Only stories on: <b>${escapeHtml(updated.topics.map((t) => TOPIC_LABEL[t]).join(', '))}</b>.` : 'Stories on <b>all</b> topics.');
  });

  composer.callbackQuery(/^rf:/, async (ctx) => {
    const choice = parseFilterPayload(ctx.callbackQuery.data);
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
    let shown: Subscriber = sub;
    let view: View;
    if (choice.field === 'v') {
      view = choice.value;
      await ctx.answerCallbackQuery();
    } else if (choice.field === 'ask') {
      const t = Date.now();
      for (const [k, until] of pending) if (until < t) pending.delete(k);
      pending.set(key(ctx), t + PENDING_MS);
      await ctx.answerCallbackQuery();
      if (ctx.chat?.type === 'private') return replyHtml(ctx, MUTE_HELP);
      // Privacy mode hides ordinary group messages from bots; an answer to a forced reply arrives.
      await ctx.reply(MUTE_HELP, { parse_mode: 'HTML', reply_markup: { force_reply: true } });
      return;
    } else {
      const change = applyFilterChoice(sub, choice);
      if ('reason' in change) {
        await ctx.answerCallbackQuery({ text: change.reason });
        return;
      }
      shown = save(ctx, sub, change.settings);
      view = change.view;
      await ctx.answerCallbackQuery({ text: change.note });
    }
    const rendered = viewOf(view, shown);
    await ctx.editMessageText(rendered.html, { parse_mode: 'HTML', reply_markup: rendered.keyboard }).catch((error: unknown) => {
      app.logger.debug({ chat_id: chatId, err: error }, 'filters message not edited');
    });
  });

  // The answer to "Add a word…": the next plain text from that person in that chat.
  composer.on('message:text', async (ctx, next) => {
    const k = key(ctx);
    const until = pending.get(k);
    if (until === undefined || ctx.message.text.startsWith('/')) return next();
    pending.delete(k);
    if (until < Date.now()) return next();
    const sub = app.stores.subscribers.get(ctx.chat.id);
    if (!sub?.active) return replyHtml(ctx, 'Subscribe first with /subscribe.');
    return mute(ctx, sub, ctx.message.text);
  });

  return composer;
}
