import { Composer } from 'grammy';
import type { Context } from 'grammy';
import { clipText } from '../../core/clip.js';
import { composeStoryList, FLAG, STANCE_MARK } from '../../core/compose.js';
import { formatOrigin } from '../../core/origin.js';
import type { Country, Stance } from '../../core/types.js';
import { toView } from '../../services/digests.js';
import { applyReaderFilter, isFiltering } from '../../core/reader-filter.js';
import type { Story } from '../../db/item-store.js';
import type { FeatureDeps } from '../deps.js';
import { escapeHtml, formatInstant, replyHtml, replyLines } from '../reply.js';

const DEFAULT_LATEST = 5;
const MAX_LATEST = 20;
const TOPIC_LIMIT = 10;
const SEARCH_LIMIT = 10;
const MAX_SEARCH_CHARS = 100;
const MAX_SEARCH_WORDS = 6;

/** `/latest [n]` argument: 1–20, default 5. */
export function parseCount(arg: string): { ok: true; value: number } | { ok: false; message: string } {
  const s = arg.trim();
  if (s === '') return { ok: true, value: DEFAULT_LATEST };
  if (!/^\d{1,3}$/.test(s) || Number(s) < 1 || Number(s) > MAX_LATEST) return { ok: false, message: `Give a number from 1 to ${MAX_LATEST}, e.g. /latest 10.` };
  return { ok: true, value: Number(s) };
}

/** `/search` words: 1–6 words, 100 characters in all. */
export function parseSearch(arg: string): { ok: true; value: string[] } | { ok: false; message: string } {
  const s = arg.trim();
  if (s === '') return { ok: false, message: 'What should I look for? e.g. /search chips export, /search Сбербанк, /search 芯片' };
  if (s.length > MAX_SEARCH_CHARS) return { ok: false, message: `That is too long: at most ${MAX_SEARCH_CHARS} characters.` };
  const words = s.split(/\s+/u).filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) return { ok: false, message: `At most ${MAX_SEARCH_WORDS} words, please.` };
  return { ok: true, value: words };
}

/** `/why` argument: `123` or `#123`. */
export function parseStoryId(arg: string): number | null {
  const m = /^#?(\d{1,9})$/.exec(arg.trim());
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

const TOPICS: Array<{ command: string; heading: string; country?: Country; stance?: Stance }> = [
  { command: 'china', heading: `${FLAG.CN} Latest on China`, country: 'CN' },
  { command: 'russia', heading: `${FLAG.RU} Latest on Russia`, country: 'RU' },
  { command: 'usa', heading: `${FLAG.US} Latest on the US`, country: 'US' },
  { command: 'cooperation', heading: `${STANCE_MARK.cooperation} Latest on cooperation`, stance: 'cooperation' },
  { command: 'competition', heading: `${STANCE_MARK.competition} Latest on competition`, stance: 'competition' },
];

const NOTHING_YET = 'No relevant stories yet. Feeds are checked every half hour.';

/** Reader commands: /digest, /latest, the topic lists, /search, /sources, /why. */
export function storiesFeature(deps: FeatureDeps): Composer<Context> {
  const { app, digests } = deps;
  const composer = new Composer<Context>();

  composer.command('digest', (ctx) => {
    const sub = app.stores.subscribers.get(ctx.chat.id);
    const prefs = sub ?? { countries: ['CN', 'RU', 'US'] as Country[], stances: ['cooperation', 'competition', 'mixed'] as Stance[], timezone: app.config.DEFAULT_TIMEZONE };
    return replyHtml(ctx, digests.composeNow(prefs, app.now()));
  });

  /**
   * A list with the chat's own filters applied (topics, muted words): fetched with room to spare,
   * so that hidden stories do not leave the list short.
   */
  function visible(ctx: Context, fetch: (limit: number) => Story[], limit: number): Story[] {
    const sub = ctx.chat ? app.stores.subscribers.get(ctx.chat.id) : undefined;
    if (!sub || !isFiltering(sub)) return fetch(limit);
    return applyReaderFilter(fetch(limit * 4), sub).shown.slice(0, limit);
  }

  composer.command('latest', (ctx) => {
    const n = parseCount(ctx.match);
    if (!n.ok) return replyHtml(ctx, escapeHtml(n.message));
    const stories = visible(ctx, (limit) => app.stores.items.latestRelevant({ limit }), n.value);
    return replyHtml(ctx, composeStoryList(`Latest ${stories.length} stories`, stories.map(toView), NOTHING_YET));
  });

  for (const topic of TOPICS) {
    composer.command(topic.command, (ctx) => {
      const stories = visible(ctx, (limit) => app.stores.items.latestRelevant({ limit, ...(topic.country ? { country: topic.country } : {}), ...(topic.stance ? { stance: topic.stance } : {}) }), TOPIC_LIMIT);
      return replyHtml(ctx, composeStoryList(topic.heading, stories.map(toView), NOTHING_YET));
    });
  }

  composer.command('search', (ctx) => {
    const words = parseSearch(ctx.match);
    if (!words.ok) return replyHtml(ctx, escapeHtml(words.message));
    const stories = visible(ctx, (limit) => app.stores.items.searchRelevant(words.value, limit), SEARCH_LIMIT);
    const label = words.value.join(' ');
    return replyHtml(ctx, composeStoryList(`Stories matching “${label}”`, stories.map(toView), `No relevant stories match “${label}”.`));
  });

  composer.command('sources', (ctx) => {
    const feeds = app.stores.feeds.list().filter((f) => f.enabled);
    if (feeds.length === 0) return replyHtml(ctx, 'No active feeds.');
    const lines = feeds.map((f) => `• ${escapeHtml(f.name ?? f.title ?? new URL(f.url).hostname)}${f.language ? ` <i>(${escapeHtml(f.language)})</i>` : ''} ${escapeHtml(formatOrigin(f.origin, f.stateMedia))}`);
    return replyLines(ctx, [`<b>Troika reads ${feeds.length} feeds</b>`, ...lines]);
  });

  composer.command('why', (ctx) => {
    const id = parseStoryId(ctx.match);
    if (id === null) return replyHtml(ctx, 'Give a story id, e.g. <code>/why 123</code> (stories show it as <code>#123</code>).');
    const story = app.stores.items.get(id);
    if (!story) return replyHtml(ctx, `No story #${id}.`);
    const e = story.evidence;
    const list = (xs: string[] | undefined) => (xs && xs.length ? escapeHtml(xs.join(', ')) : '—');
    const countryTerms = (Object.entries(e.countries ?? {}) as Array<[Country, string[]]>).map(([c, terms]) => `${FLAG[c]} ${c}: ${escapeHtml(terms.join(', '))}`);
    const blocks = [
      `<b>Why #${story.id}</b>: ${escapeHtml(clipText(story.title, 200))}`,
      `Relevant: <b>${story.relevant ? 'yes' : 'no'}</b> · score <b>${story.score.toFixed(2)}</b> · stance <b>${story.stance ?? 'none'}</b> · countries <b>${story.countries.join(', ') || 'none'}</b> · language ${escapeHtml(story.lang)}`,
      `AI terms: ${list(e.ai)}`,
      `Country terms: ${countryTerms.length ? countryTerms.join('; ') : '—'}`,
      `Cooperation terms: ${list(e.cooperation)}`,
      `Competition terms: ${list(e.competition)}`,
      ...(e.fuzzy?.length ? [`Read through a misspelling: ${list(e.fuzzy)}`] : []),
      ...(e.ignored?.length ? [`Ignored (false friends): ${list(e.ignored)}`] : []),
      '<b>Rules</b>',
      ...(e.rules ?? []).map((r) => `• ${escapeHtml(r)}`),
      `<i>${escapeHtml(story.source ?? 'unknown source')} · first seen ${formatInstant(story.firstSeenAt)}</i>`,
    ];
    return replyLines(ctx, blocks);
  });

  return composer;
}
