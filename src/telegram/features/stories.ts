import { Composer } from 'grammy';
import { clipText } from '../../core/clip.js';
import { composeStoryList, FLAG, STANCE_MARK, type StoryView } from '../../core/compose.js';
import { formatNumber } from '../../core/locale.js';
import type { Country, Stance } from '../../core/types.js';
import { compileReaderFilter, isFiltering } from '../../core/reader-filter.js';
import { composeStoryDetail } from '../../core/stories/detail.js';
import { leadMember } from '../../core/stories/view.js';
import { filterableOf, hasReportIn, loadStories, storyIdsOf, translationRequestFor, viewForReader, type LoadedStory } from '../../services/story-views.js';
import type { BotContext } from '../context.js';
import type { FeatureDeps } from '../deps.js';
import { escapeHtml, formatInstant, originLabel, replyHtml, replyLines } from '../reply.js';

/** A story's day, for search results (older stories can be found too). */
const formatDay = (d: Date) => d.toISOString().slice(0, 10);

const DEFAULT_LATEST = 5;
const MAX_LATEST = 20;
const TOPIC_LIMIT = 10;
const SEARCH_LIMIT = 10;
const MAX_SEARCH_CHARS = 100;
const MAX_SEARCH_WORDS = 6;

/** An input error, by locale key and its arguments. */
export interface InputError {
  key: string;
  args?: Record<string, number>;
}

/** `/latest [n]` argument: 1–20, default 5. */
export function parseCount(arg: string): { ok: true; value: number } | { ok: false; error: InputError } {
  const s = arg.trim();
  if (s === '') return { ok: true, value: DEFAULT_LATEST };
  if (!/^\d{1,3}$/.test(s) || Number(s) < 1 || Number(s) > MAX_LATEST) return { ok: false, error: { key: 'latest-bad-count', args: { max: MAX_LATEST } } };
  return { ok: true, value: Number(s) };
}

/** `/search` words: 1–6 words, 100 characters in all. */
export function parseSearch(arg: string): { ok: true; value: string[] } | { ok: false; error: InputError } {
  const s = arg.trim();
  if (s === '') return { ok: false, error: { key: 'search-empty' } };
  if (s.length > MAX_SEARCH_CHARS) return { ok: false, error: { key: 'search-too-long', args: { max: MAX_SEARCH_CHARS } } };
  const words = s.split(/\s+/u).filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) return { ok: false, error: { key: 'search-too-many-words', args: { max: MAX_SEARCH_WORDS } } };
  return { ok: true, value: words };
}

/** `/why` argument: `123` or `#123`. */
export function parseStoryId(arg: string): number | null {
  const m = /^#?(\d{1,9})$/.exec(arg.trim());
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

const TOPICS: Array<{ command: string; mark: string; country?: Country; stance?: Stance }> = [
  { command: 'china', mark: FLAG.CN, country: 'CN' },
  { command: 'russia', mark: FLAG.RU, country: 'RU' },
  { command: 'usa', mark: FLAG.US, country: 'US' },
  { command: 'cooperation', mark: STANCE_MARK.cooperation, stance: 'cooperation' },
  { command: 'competition', mark: STANCE_MARK.competition, stance: 'competition' },
];

/** Reader commands: /digest, /latest, the topic lists, /search, /story, /sources, /why. */
export function storiesFeature(deps: FeatureDeps): Composer<BotContext> {
  const { app, digests } = deps;
  const composer = new Composer<BotContext>();

  composer.command('digest', (ctx) => {
    const sub = app.stores.subscribers.get(ctx.chat.id);
    const prefs = sub ?? { countries: ['CN', 'RU', 'US'] as Country[], stances: ['cooperation', 'competition', 'mixed'] as Stance[], timezone: app.config.DEFAULT_TIMEZONE };
    return replyHtml(ctx, digests.composeNow(prefs, app.now(), ctx.locale));
  });

  /**
   * Stories by id as list entries (each with its date), in the given order, with the chat's own
   * filters applied (topics, muted words); callers fetch with room to spare so hidden ones do not
   * leave the list short.
   */
  function visible(ctx: BotContext, ids: number[], limit: number): { stories: StoryView[]; hidden: number } {
    const sub = ctx.chat ? app.stores.subscribers.get(ctx.chat.id) : undefined;
    const loaded = loadStories(app.stores.stories, ids);
    const keep = sub && isFiltering(sub) ? compileReaderFilter(sub) : null;
    const shown = keep ? loaded.filter((l) => keep(filterableOf(l))) : loaded;
    return { stories: shown.slice(0, limit).map((l) => readerView(ctx, l)), hidden: loaded.length - shown.length };
  }
  /** As the briefing shows it: a report in the reader's language leads, else a cached machine translation or the gist. */
  function readerView(ctx: BotContext, story: LoadedStory): StoryView {
    const translated = app.translator.configured && !hasReportIn(story, ctx.locale) ? app.translator.cached(translationRequestFor(story, ctx.locale)) : null;
    return viewForReader(story, ctx.locale, ctx.t, translated);
  }
  /** The empty-list text: when the chat's own filters hid every story, say so instead of "nothing yet". */
  const emptyText = (ctx: BotContext, hidden: number, otherwise: string) => (hidden > 0 ? ctx.t('list-all-hidden', { count: hidden }) : otherwise);
  const latestStories = (ctx: BotContext, args: { limit: number; country?: Country; stance?: Stance }) =>
    visible(ctx, app.stores.stories.latest({ ...args, limit: args.limit * 4, before: new Date(app.now().getTime() + 86_400_000) }).map((r) => r.id), args.limit);

  composer.command('latest', (ctx) => {
    const n = parseCount(ctx.match);
    if (!n.ok) return replyHtml(ctx, ctx.t(n.error.key, n.error.args));
    const { stories, hidden } = latestStories(ctx, { limit: n.value });
    return replyHtml(ctx, composeStoryList(ctx.t('latest-heading', { count: stories.length }), stories, emptyText(ctx, hidden, ctx.t('nothing-yet')), ctx.t));
  });

  for (const topic of TOPICS) {
    composer.command(topic.command, (ctx) => {
      const { stories, hidden } = latestStories(ctx, { limit: TOPIC_LIMIT, ...(topic.country ? { country: topic.country } : {}), ...(topic.stance ? { stance: topic.stance } : {}) });
      return replyHtml(ctx, composeStoryList(`${topic.mark} ${ctx.t(`topic-${topic.command}`)}`, stories, emptyText(ctx, hidden, ctx.t('nothing-yet')), ctx.t));
    });
  }

  composer.command('search', async (ctx) => {
    const words = parseSearch(ctx.match);
    if (!words.ok) return replyHtml(ctx, ctx.t(words.error.key, words.error.args));
    const label = words.value.join(' ');
    const query = escapeHtml(label);
    // Four times the page, so a reader's topic and muted-word filters still leave a full page.
    const result = await app.search.search(label, SEARCH_LIMIT * 4);
    if (!result) return replyHtml(ctx, ctx.t('search-no-words', { query }));
    const { stories, hidden } = visible(ctx, storyIdsOf(app.stores.stories, result.stories), SEARCH_LIMIT);
    return replyHtml(ctx, composeStoryList(ctx.t('search-heading', { query }), stories, emptyText(ctx, hidden, ctx.t('search-none', { query })), ctx.t));
  });

  composer.command('story', (ctx) => {
    const id = parseStoryId(ctx.match);
    if (id === null) return replyHtml(ctx, ctx.t('story-usage'));
    const row = app.stores.stories.get(id);
    const members = row ? app.stores.stories.members(id) : [];
    if (!row || members.length === 0) return replyHtml(ctx, ctx.t('story-not-found', { id: String(id) }));
    return replyLines(ctx, composeStoryDetail(row, members, ctx.t));
  });

  composer.command('sources', (ctx) => {
    const feeds = app.stores.feeds.list().filter((f) => f.enabled);
    if (feeds.length === 0) return replyHtml(ctx, ctx.t('sources-none'));
    const lines = feeds.map((f) => `• ${sourceName(f.name ?? f.title ?? new URL(f.url).hostname, f.language)} ${escapeHtml(originLabel(f.origin, f.stateMedia, ctx.t))}`);
    return replyLines(ctx, [ctx.t('sources-heading', { count: feeds.length }), ...lines]);
  });

  composer.command('why', (ctx) => {
    const { t, locale } = ctx;
    const id = parseStoryId(ctx.match);
    if (id === null) return replyHtml(ctx, t('why-usage'));
    // Ids are story ids: the classification shown is that of the report whose headline leads.
    const row = app.stores.stories.get(id);
    const members = row ? app.stores.stories.members(id) : [];
    const story = row && members.length ? app.stores.items.get(leadMember(members).id) : undefined;
    if (!row || !story) return replyHtml(ctx, t('why-not-found', { id: String(id) }));
    const e = story.evidence;
    const list = (xs: string[] | undefined) => (xs && xs.length ? escapeHtml(xs.join(', ')) : '—');
    const countryTerms = (Object.entries(e.countries ?? {}) as Array<[Country, string[]]>).map(([c, terms]) => `${FLAG[c]} ${c}: ${escapeHtml(terms.join(', '))}`);
    const blocks = [
      t('why-title', { id: String(row.id), title: escapeHtml(clipText(story.title, 200)) }),
      t('why-verdict', {
        relevant: t(story.relevant ? 'why-yes' : 'why-no'),
        score: formatNumber(story.score, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        stance: story.stance ? t(`stance-${story.stance}`) : t('why-none'),
        countries: story.countries.map((c) => t(`country-label-${c}`)).join(', ') || t('why-none'),
        language: escapeHtml(story.lang),
      }),
      t('why-ai', { terms: list(e.ai) }),
      t('why-countries', { terms: countryTerms.length ? countryTerms.join('; ') : '—' }),
      t('why-cooperation', { terms: list(e.cooperation) }),
      t('why-competition', { terms: list(e.competition) }),
      ...(e.fuzzy?.length ? [t('why-fuzzy', { terms: list(e.fuzzy) })] : []),
      ...(e.ignored?.length ? [t('why-ignored', { terms: list(e.ignored) })] : []),
      t('why-rules'),
      // The rules are the classifier's own trace (data, in English), shown as they were recorded.
      ...(e.rules ?? []).map((r) => `• ${escapeHtml(r)}`),
      ...(members.length > 1 ? [t('why-story-note', { count: members.length, id: String(row.id) })] : []),
      t('why-footer', { source: escapeHtml(story.source ?? t('why-unknown-source')), when: escapeHtml(formatInstant(story.firstSeenAt, t, locale)) }),
    ];
    return replyLines(ctx, blocks);
  });

  return composer;
}

/**
 * A feed's name with its language in italics, unless the name already ends with it
 * ("Google News search (en)" stays as is rather than "Google News search (en) (en)"). HTML-escaped.
 */
export function sourceName(name: string, language: string | null): string {
  if (!language) return escapeHtml(name);
  const alreadySaid = name.trimEnd().toLowerCase().endsWith(`(${language.toLowerCase()})`);
  return alreadySaid ? escapeHtml(name) : `${escapeHtml(name)} <i>(${escapeHtml(language)})</i>`;
}
