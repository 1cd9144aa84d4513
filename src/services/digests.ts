import { composeDigest, type StoryView } from '../core/compose.js';
import { DEFAULT_LOCALE, LOCALES, type Locale, type Translate } from '../core/locale.js';
import { formatDateLabel, localClock, localDate, localDayRange } from '../core/local-time.js';
import { compileReaderFilter, isFiltering, type ReaderFilter } from '../core/reader-filter.js';
import { isDeveloping, rankStoryViews, withLeadIn } from '../core/stories/view.js';
import type { ItemStore, Story } from '../db/item-store.js';
import type { StoryMember, StoryRow, StoryStore } from '../db/story-store.js';
import { filterableOf, hasReportIn, loadStories, storyIdsOf, translationRequestFor, viewForReader, type LoadedStory } from './story-views.js';
import type { Translation, Translator } from './translator.js';
import { WEEKLY_LEDGER_SUFFIX, type DeliveryStatus, type DeliveryStore, type Subscriber, type SubscriberStore } from '../db/subscriber-store.js';
import { defaultTranslations, type Translations } from '../i18n/translations.js';
import type { Logger } from '../logger.js';

/** Outcome of one Telegram send, as the digest service needs to know it. */
export type SendResult =
  | { ok: true; messageId?: number }
  | { ok: false; kind: 'blocked' | 'migrated' | 'rejected' | 'failed'; description: string; migrateToChatId?: number };

/** The port the Telegram adapter implements (with flood control and retries inside). */
export interface MessageSender {
  /** `threadId`: a forum topic (message_thread_id). */
  sendHtml(chatId: number, html: string, options?: { threadId?: number | null }): Promise<SendResult>;
  /** A PNG with a plain-text caption (the weekly chart); without it the weekly recap has no chart. */
  sendPhoto?(chatId: number, png: Buffer, options?: { caption?: string; threadId?: number | null }): Promise<SendResult>;
}

/** The /trend chart, for the weekly recap (the trend service). */
export interface WeeklyChart {
  chart(weeks: number, locale: Locale, until?: Date): Promise<{ png: Buffer; caption: string }>;
}

export interface DigestDeps {
  items: ItemStore;
  stories: StoryStore;
  subscribers: SubscriberStore;
  deliveries: DeliveryStore;
  sender: MessageSender;
  now: () => Date;
  logger: Logger;
  /** Draws the weekly recap's chart; without it the recap is its stories only. */
  trend?: WeeklyChart;
  /** The briefing is written in each chat's locale (default: the installation's locales/ files). */
  translations?: Translations;
  /** How many chats are served at once (the sender's rate limiter paces them). */
  fanOut?: number;
  /**
   * Machine translation of stories no report of which is in a reader's language (an LLM when one is
   * configured). Asked before a pass sends anything, never during a send; what it cannot answer in
   * time is shown as the original with the offline gist.
   */
  translator?: Translator;
  /** Longest a pass waits for translations before it sends (default 20 s, LLM_TIMEOUT_MS in the app). */
  translationWaitMs?: number;
  maxStories?: number;
}

export interface SendReport {
  sent: number;
  skipped: number;
  failed: number;
  /** Briefings found due (chats not yet briefed today past their time; a weekly recap counts apart). */
  due: number;
}

const HOUR = 3600_000;
const NEW_SUBSCRIBER_WINDOW = 48 * HOUR;
const MAX_AGE = 7 * 24 * HOUR;
/** Failed passes after which a day's briefing to a chat is abandoned. */
const MAX_ATTEMPTS = 8;
/** Least time between two briefings to one chat. */
const MIN_GAP = 20 * HOUR;
/** Stories shown again under "Developing" in one briefing. */
const MAX_DEVELOPING = 5;
/** The weekly recap: the week's top stories, and the /trend chart of this many weeks. */
const WEEKLY_STORIES = 10;
const WEEKLY_CHART_WEEKS = 12;
const WEEK = 7 * 24 * HOUR;
/**
 * A weekly recap's first part stands for the chart: it is drawn when sent (the chart is cached
 * per week), and counted in the ledger like any part. No HTML part can start with a NUL.
 */
export const CHART_PART = '\u0000trend-chart';

/** A daily briefing, or the weekly recap (Mondays). */
export type BriefingKind = 'daily' | 'weekly';

/**
 * The ledger date of a chat's weekly recap: its local Monday with a suffix, so (chat, date) stays
 * unique per week and retention's date comparison still applies ('2026-11-30/week' < '2026-12-01').
 */
export const weeklyLedgerDate = (monday: string) => `${monday}${WEEKLY_LEDGER_SUFFIX}`;

/** Is a local date (YYYY-MM-DD) a Monday? */
export const isMonday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

/** Which briefings a chat gets on a local date, by its frequency. */
export function briefingsOn(frequency: Subscriber['digestFrequency'], date: string): BriefingKind[] {
  const kinds: BriefingKind[] = [];
  if (frequency !== 'weekly') kinds.push('daily');
  if (frequency !== 'daily' && isMonday(date)) kinds.push('weekly');
  return kinds;
}

/** How a stored item is shown on its own. */
export function toView(story: Story): StoryView {
  return { id: story.id, title: story.title, url: story.link ?? story.url, source: story.source, summary: story.summary, stance: story.stance, countries: story.countries, sourceCount: story.sourceCount };
}

function matchesPreferences(story: { row: Pick<StoryView, 'countries' | 'stance'>; members: ReadonlyArray<{ lang: string }> }, sub: Pick<Subscriber, 'countries' | 'stances'> & { storyLangs?: readonly string[] }): boolean {
  const { row } = story;
  const countriesOk = row.countries.filter((c) => sub.countries.includes(c)).length >= Math.min(2, sub.countries.length);
  // "Languages of the stories": a story counts when at least one of its reports is in a language the
  // reader picked (all four by default).
  const langs = sub.storyLangs;
  const langOk = !langs || langs.length === 0 || story.members.some((m) => langs.includes(m.lang));
  return countriesOk && langOk && (row.stance === null || sub.stances.includes(row.stance));
}

/**
 * What one pass over everyone due can share: the pass has a single `now`, so each time zone's local
 * date is the same for all its chats, and chats with the same stories get the same briefing. Without
 * this, a pass over 10,000 chats built 10,000 date formatters (Intl objects, ~30 kB of native memory
 * each) and composed the same text 10,000 times.
 */
interface PassMemo {
  dates: Map<string, string>;
  parts: Map<string, string[]>;
  /**
   * Ranked candidates per selection cutoff: chats briefed in the same pass share their cutoff (and
   * new subscribers share theirs), so one query serves thousands of chats.
   */
  candidates: Map<number, LoadedStory[]>;
  /** Stories and their items, loaded once per pass. */
  stories: Map<number, { row: StoryRow; members: StoryMember[] }>;
  /** Candidate sets being loaded (in slices), so concurrent chats wait for one load. */
  loading: Map<number, Promise<void>>;
  /** Machine translations asked for before the pass, per (story, lead report, locale). */
  translations: Map<string, Translation | null>;
  /** A story as a reader of a locale sees it (lead in their language, translation or gist), per pass. */
  views: Map<string, StoryView>;
  /** Selections made while gathering what to translate, used once by the chat's delivery. */
  selections: Map<number, Selection>;
  /**
   * "Developing" views by story, the date the chat got it and how many of its items: chats briefed
   * in the same pass saw the same items, and a big story's view took up to 250 ms to build per chat.
   */
  developing: Map<string, LoadedStory | undefined>;
  /** The last seven days' stories, ranked, for weekly recaps (one read per pass). */
  week?: LoadedStory[];
}

/** What a chat's briefing holds: new stories (ranked), grown ones, and every item it covers (for the ledger). */
export interface Selection {
  stories: LoadedStory[];
  developing: LoadedStory[];
  itemIds: number[];
  /** Stories the chat's own filters (topics, muted words) left out. */
  hidden: number;
  /** Stories it already knew that grew but are not shown: recorded so they stay known. */
  knownStoryIds: number[];
  /** The same, for stories "Developing" is done with (shown there today or before). */
  toldStoryIds: number[];
}
const MEMO_MAX_BRIEFINGS = 512;
const MEMO_MAX_CANDIDATE_SETS = 64;
/** Candidates read per cutoff: enough that a chat's own "already sent" ones never leave it short. */
const CANDIDATE_LIMIT = 500;
const MEMO_MAX_STORIES = 5000;
/** Stories loaded between two chances for the loop to breathe (a big story has hundreds of items). */
const STORY_LOAD_SLICE = 1;
const newPassMemo = (): PassMemo => ({ dates: new Map(), parts: new Map(), candidates: new Map(), stories: new Map(), loading: new Map(), translations: new Map(), views: new Map(), selections: new Map(), developing: new Map() });
const MEMO_MAX_VIEWS = 20_000;
/** The key of a story's translation: the lead report (which a new report can change) and the locale. */
const translationKey = (story: LoadedStory, locale: Locale) => `${story.row.id}|${story.view.url ?? ''}|${story.view.title}|${locale}`;

/**
 * Let queued I/O (a reader's command, a reply's response) run between slices of a big pass: the
 * pass selects and composes for hundreds of chats, and done in one go it stalls the bot for
 * seconds. `setImmediate` runs after pending I/O callbacks.
 */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Ledger rows closed together in one transaction. */
const CLOSE_BATCH = 64;
type ClosingBatch = { close(id: number, status: DeliveryStatus, now: Date): void; flush(): void };

/** Most synchronous work between two turns of the event loop during a pass. */
const SLICE_MS = 15;

/**
 * A time-sliced gate shared by the pass's concurrent chats: work goes on while the slice lasts,
 * then everyone waits for the next turn of the loop (so replies and other I/O get in) and the
 * first to wake starts a new slice. A plain yield per chat is not enough: with 100 chats in flight
 * all their setImmediate callbacks run in the same turn, back to back.
 */
function createBreather(clock: () => number = () => performance.now()): Breather {
  let sliceStart = clock();
  let turn: Promise<void> | null = null;
  const expired = () => clock() - sliceStart >= SLICE_MS;
  const breathe = async (): Promise<void> => {
    while (expired()) {
      turn ??= yieldToLoop().then(() => {
        turn = null;
        sliceStart = clock();
      });
      await turn;
    }
  };
  return Object.assign(breathe, { expired });
}

/**
 * `await breathe()` resumes a microtask after its check, when the other chats in flight may have
 * used up the slice: `while (breathe.expired()) await breathe();` checks again right before the
 * work it guards (a hundred chats each doing one more step past the slice stalled the loop).
 */
type Breather = (() => Promise<void>) & { expired(): boolean };
/** Subscribers checked between two yields when finding who is due. */
const DUE_SLICE = 100;

/** Due briefings: compose, record in the ledger, send part by part, resume after a crash. */
export function createDigestService(deps: DigestDeps) {
  const maxStories = deps.maxStories ?? 40;
  const translations = deps.translations ?? defaultTranslations();

  function passDate(memo: PassMemo, now: Date, timezone: string): string {
    let date = memo.dates.get(timezone);
    if (date === undefined) {
      date = localDate(now, timezone);
      memo.dates.set(timezone, date);
    }
    return date;
  }

  /** The key of a composed briefing: the same stories (with as many items) on the same date read the same. */
  const briefingKey = (date: string, locale: Locale, selection: Selection) => {
    const sig = (l: LoadedStory) => `${l.row.id}:${l.members.length}`;
    return `${date}|${locale}|${selection.stories.map(sig).join(',')}|${selection.developing.map(sig).join(',')}|${selection.hidden}`;
  };

  /**
   * The story for a reader of the locale: a report in their language leads; else the machine
   * translation (asked before the pass, or from the cache) or the offline gist.
   */
  function readerView(story: LoadedStory, locale: Locale, t: Translate, memo?: PassMemo, storyLangs: readonly string[] = []): StoryView {
    // "Developing" views carry what is new for one chat: not shared.
    const key = story.view.developing ? null : `${story.row.id}|${story.members.length}|${locale}|${storyLangs.join('+')}`;
    const known = key ? memo?.views.get(key) : undefined;
    if (known) return known;
    // No report in the chat's language, but one in a language it narrowed its stories to (not all of
    // them, the default): that one leads, as written, since the reader chose to read it.
    const narrowed = storyLangs.length > 0 && storyLangs.length < LOCALES.length;
    const picked = !narrowed || hasReportIn(story, locale) ? undefined : storyLangs.find((l) => story.members.some((m) => m.lang === l));
    if (picked) {
      const view = withLeadIn(story.view, story.members, [picked]);
      if (key && memo) {
        if (memo.views.size >= MEMO_MAX_VIEWS) memo.views.clear();
        memo.views.set(key, view);
      }
      return view;
    }
    let translation: Translation | null = null;
    if (deps.translator?.configured && !hasReportIn(story, locale)) {
      const asked = memo?.translations.get(translationKey(story, locale));
      translation = asked ?? deps.translator.cached(translationRequestFor(story, locale));
    }
    const view = viewForReader(story, locale, t, translation);
    if (key && memo) {
      if (memo.views.size >= MEMO_MAX_VIEWS) memo.views.clear();
      memo.views.set(key, view);
    }
    return view;
  }

  /** A briefing in the locale (the composer stays pure: it gets the translate function). */
  function compose(date: string, stories: LoadedStory[], locale: Locale, hidden = 0, developing: LoadedStory[] = [], memo?: PassMemo, storyLangs: readonly string[] = []): string[] {
    const t = translations.translator(locale);
    return composeDigest({
      dateLabel: formatDateLabel(date, locale), stories: stories.map((l) => readerView(l, locale, t, memo, storyLangs)), developing: developing.map((l) => readerView(l, locale, t, memo, storyLangs)), hidden, t,
    });
  }

  /**
   * Before a pass sends anything: the stories its chats will get that have no report in the chat's
   * language, translated once per (story, locale) whatever the number of chats. The pass waits at
   * most `translationWaitMs`; what is still running then finishes into the cache for later passes,
   * and this pass shows the gist instead.
   */
  async function prepareTranslations(due: readonly number[], now: Date, memo: PassMemo, breathe: () => Promise<void>): Promise<void> {
    const translator = deps.translator;
    if (!translator?.configured) return;
    const wanted = new Map<string, ReturnType<typeof translationRequestFor>>();
    for (const chatId of due) {
      await breathe();
      const sub = deps.subscribers.get(chatId);
      if (!sub?.active || deps.deliveries.get(sub.chatId, passDate(memo, now, sub.timezone))) continue;
      await loadCandidates(memo, cutoffOf(sub, now), now, breathe);
      const selection = pickStories(sub, now, memo);
      memo.selections.set(sub.chatId, selection);
      const locale = sub.locale ?? DEFAULT_LOCALE;
      for (const story of [...selection.stories, ...selection.developing]) {
        if (hasReportIn(story, locale)) continue;
        const key = translationKey(story, locale);
        if (!wanted.has(key)) wanted.set(key, translationRequestFor(story, locale));
      }
    }
    if (wanted.size === 0) return;
    const started = performance.now();
    const jobs = [...wanted].map(([key, request]) =>
      translator.translate(request).then(
        (result) => void memo.translations.set(key, result),
        () => void memo.translations.set(key, null),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), deps.translationWaitMs ?? 20_000);
      timer.unref?.();
    });
    const outcome = await Promise.race([Promise.all(jobs).then(() => 'done' as const), deadline]);
    clearTimeout(timer);
    const translated = [...memo.translations.values()].filter(Boolean).length;
    deps.logger.info({ job: 'translate', wanted: wanted.size, translated, waited_ms: Math.round(performance.now() - started), outcome }, 'translations for the pass ready');
  }

  /** composeDigest, once per (kind, date, locale, story languages, stories) in a pass. */
  function composeFor(memo: PassMemo, date: string, selection: Selection, locale: Locale, storyLangs: readonly string[] = [], kind: BriefingKind = 'daily'): string[] {
    const key = `${kind}|${briefingKey(date, locale, selection)}|${storyLangs.join('+')}`;
    const cached = memo.parts.get(key);
    if (cached) return cached;
    const t = translations.translator(locale);
    const parts =
      kind === 'daily'
        ? compose(date, selection.stories, locale, selection.hidden, selection.developing, memo, storyLangs)
        : [
            CHART_PART,
            ...composeDigest({
              // Titled by the week it looks back on: the Monday seven days before.
              dateLabel: formatDateLabel(new Date(Date.parse(`${date}T00:00:00Z`) - WEEK).toISOString().slice(0, 10), locale),
              stories: selection.stories.map((l) => readerView(l, locale, t, memo, storyLangs)), hidden: selection.hidden, t, weekly: true,
            }),
          ];
    // Chats with their own preferences and history can each differ: keep the memo small.
    if (memo.parts.size >= MEMO_MAX_BRIEFINGS) memo.parts.clear();
    memo.parts.set(key, parts);
    return parts;
  }

  function candidateQuery(seenAfter: Date, now: Date) {
    return deps.items.digestCandidates({
      seenAfter,
      datedAfter: new Date(now.getTime() - MAX_AGE),
      backfillDatedAfter: new Date(now.getTime() - NEW_SUBSCRIBER_WINDOW),
      limit: CANDIDATE_LIMIT,
    });
  }

  function remember(memo: PassMemo, seenAfter: Date, ranked: LoadedStory[]): void {
    if (memo.candidates.size >= MEMO_MAX_CANDIDATE_SETS) memo.candidates.clear();
    memo.candidates.set(seenAfter.getTime(), ranked);
  }

  /** The stories of a cutoff's candidate items, ranked (ranking does not depend on the chat). */
  function rankedCandidates(memo: PassMemo, seenAfter: Date, now: Date): LoadedStory[] {
    let ranked = memo.candidates.get(seenAfter.getTime());
    if (!ranked) {
      if (memo.stories.size >= MEMO_MAX_STORIES) memo.stories.clear();
      const stories = loadStories(deps.stories, storyIdsOf(deps.stories, candidateQuery(seenAfter, now), deps.items.getMany), { membersCache: memo.stories });
      // Ranking does not depend on the chat: rank once, then each chat takes its first matches.
      ranked = rankStoryViews(stories, now);
      remember(memo, seenAfter, ranked);
    }
    return ranked;
  }

  /**
   * Build the chat's candidate set before picking, in slices: loading hundreds of stories with
   * their items in one go held the loop for a few hundred ms at the start of each pass. Chats with
   * the same cutoff wait for the same load.
   */
  async function loadCandidates(memo: PassMemo, seenAfter: Date, now: Date, breathe: () => Promise<void>): Promise<void> {
    const key = seenAfter.getTime();
    if (memo.candidates.has(key)) return;
    let loading = memo.loading.get(key);
    if (!loading) {
      loading = (async () => {
        const ids = storyIdsOf(deps.stories, candidateQuery(seenAfter, now), deps.items.getMany);
        const stories: LoadedStory[] = [];
        for (let i = 0; i < ids.length; i += STORY_LOAD_SLICE) {
          if (memo.stories.size >= MEMO_MAX_STORIES) memo.stories.clear();
          stories.push(...loadStories(deps.stories, ids.slice(i, i + STORY_LOAD_SLICE), { membersCache: memo.stories }));
          await breathe();
        }
        remember(memo, seenAfter, rankStoryViews(stories, now));
      })().finally(() => memo.loading.delete(key));
      memo.loading.set(key, loading);
    }
    await loading;
  }

  /** Where a chat's selection starts: after its last briefing, or the last two days for a new one. */
  const cutoffOf = (sub: Subscriber, now: Date) => sub.lastDigestAt ?? new Date(now.getTime() - NEW_SUBSCRIBER_WINDOW);

  /**
   * The chat's stories for today, best first: ranked stories it matches and has not been sent. A
   * story it already got is never new again; it comes back once, under "Developing", if it grew a
   * lot since (a new origin bloc, or at least twice the outlets).
   */
  function pickStories(sub: Subscriber, now: Date, memo: PassMemo): Selection {
    const ranked = rankedCandidates(memo, cutoffOf(sub, now), now);
    if (ranked.length === 0) return { stories: [], developing: [], itemIds: [], hidden: 0, knownStoryIds: [], toldStoryIds: [] };
    // Item id → the date it was first sent to this chat; stories it knew without new items.
    const { sent: delivered, knownStories, toldStories } = deps.deliveries.historyOf(sub.chatId);
    const knownStoryIds: number[] = [];
    const toldStoryIds: number[] = [];
    const keep = isFiltering(sub) ? compileReaderFilter(sub) : null;
    const picks: LoadedStory[] = [];
    const developing: LoadedStory[] = [];
    let hidden = 0;
    for (const story of ranked) {
      if (!matchesPreferences(story, sub)) continue;
      const id = story.row.id;
      const isNew = !knownStories.has(id) && !toldStories.has(id) && !story.members.some((m) => delivered.has(m.id));
      if (keep && !keep(filterableOf(story))) {
        if (isNew) hidden++;
        continue;
      }
      if (isNew) {
        if (picks.length < maxStories) picks.push(story);
        continue;
      }
      // Known and grown since: shown again at most once, under "Developing" (not once its items were
      // sent on two dates, or known only as a story whose first items' records are gone); else
      // remembered today, so it stays known however long it keeps growing.
      const sent = new Map(story.members.flatMap((m) => (delivered.has(m.id) ? [[m.id, delivered.get(m.id)!] as const] : [])));
      const dates = new Set(sent.values()).size;
      if (toldStories.has(id) || dates > 1) {
        toldStoryIds.push(id);
        continue;
      }
      const again = developing.length < MAX_DEVELOPING && dates === 1 ? developingView(memo, id, sent) : undefined;
      if (again && isDeveloping(again.view)) {
        developing.push(again);
        toldStoryIds.push(id);
      } else knownStoryIds.push(id);
    }
    // What the ledger records as sent: every item of the new stories, and the developing stories'
    // items the chat has not had (the others keep the date they were first sent on).
    const itemIds = [...picks.flatMap((l) => l.members.map((m) => m.id)), ...developing.flatMap((l) => l.members.filter((m) => !delivered.has(m.id)).map((m) => m.id))];
    return { stories: picks, developing, itemIds, hidden, knownStoryIds, toldStoryIds };
  }

  /** A known story as it grew since the chat got it (one date: `sent` holds the items it got then). */
  function developingView(memo: PassMemo, storyId: number, sent: Map<number, string>): LoadedStory | undefined {
    const key = `${storyId}|${sent.values().next().value}|${sent.size}`;
    if (memo.developing.has(key)) return memo.developing.get(key);
    const view = loadStories(deps.stories, [storyId], { membersCache: memo.stories, seenItemIds: new Set(sent.keys()) })[0];
    if (memo.developing.size >= MEMO_MAX_BRIEFINGS) memo.developing.clear();
    memo.developing.set(key, view);
    return view;
  }

  /**
   * A weekly recap's stories: the best of the last seven days that match the chat's preferences
   * and filters, whether or not a daily briefing already carried them (it is a recap).
   */
  function pickWeek(sub: Subscriber, now: Date, memo: PassMemo): Selection {
    if (!memo.week) {
      const items = deps.items.relevantBetween(new Date(now.getTime() - WEEK), now, 2000);
      memo.week = rankStoryViews(loadStories(deps.stories, storyIdsOf(deps.stories, items), { membersCache: memo.stories }), now);
    }
    const keep = isFiltering(sub) ? compileReaderFilter(sub) : null;
    const picks: LoadedStory[] = [];
    let hidden = 0;
    for (const story of memo.week) {
      if (!matchesPreferences(story, sub)) continue;
      if (keep && !keep(filterableOf(story))) hidden++;
      else if (picks.length < WEEKLY_STORIES) picks.push(story);
    }
    return { stories: picks, developing: [], itemIds: [], hidden, knownStoryIds: [], toldStoryIds: [] };
  }

  /** The stories a chat's briefing would hold now. */
  function selectStories(sub: Subscriber, now: Date): Selection {
    return pickStories(sub, now, newPassMemo());
  }

  /**
   * Ledger rows closed by a pass, written together: closing one (status, "already sent" records,
   * the chat's cutoff) is a transaction of its own, and its commit cost more than everything else a
   * chat needs. Safe to defer: a row still open after a crash has all its parts recorded, so the
   * next pass sends nothing and closes it.
   */
  function createClosingBatch() {
    let rows: Array<{ id: number; status: DeliveryStatus; now: Date }> = [];
    const flush = () => {
      if (rows.length === 0) return;
      const batch = rows;
      rows = [];
      deps.deliveries.finishMany(batch);
    };
    return {
      close(id: number, status: DeliveryStatus, now: Date) {
        rows.push({ id, status, now });
        if (rows.length >= CLOSE_BATCH) flush();
      },
      flush,
    };
  }

  /** One part: HTML, or the chart drawn now (a weekly recap's first part). */
  async function sendPart(sub: Subscriber, part: string, now: Date): Promise<SendResult> {
    if (part !== CHART_PART) return deps.sender.sendHtml(sub.chatId, part, { threadId: sub.threadId });
    // No chart where nothing can draw or send one (a preview, a sender without photos): the recap goes on without it.
    if (!deps.trend || !deps.sender.sendPhoto) return { ok: true };
    try {
      // The weeks up to the one just ended (two days back is last week in every time zone on a Monday).
      const chart = await deps.trend.chart(WEEKLY_CHART_WEEKS, sub.locale ?? DEFAULT_LOCALE, new Date(now.getTime() - 2 * 24 * HOUR));
      return await deps.sender.sendPhoto(sub.chatId, chart.png, { caption: chart.caption.slice(0, 1024), threadId: sub.threadId });
    } catch (error) {
      return { ok: false, kind: 'failed', description: `chart: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /**
   * A chat's briefing for `date` from its selection, as a pass composes it; null when nothing is
   * new and the chat does not want a note on empty days. `sendDue` and `previewFor` both come
   * through here, so a preview is what a send would be.
   */
  function briefingParts(sub: Subscriber, memo: PassMemo, date: string, selection: Selection, kind: BriefingKind = 'daily'): string[] | null {
    if (selection.stories.length === 0 && selection.developing.length === 0 && !sub.sendEmpty) return null;
    return composeFor(memo, date, selection, sub.locale ?? DEFAULT_LOCALE, sub.storyLangs, kind);
  }

  async function deliver(sub: Subscriber, kind: BriefingKind, now: Date, memo: PassMemo, breathe: Breather, closing: ClosingBatch): Promise<'sent' | 'skipped' | 'failed'> {
    const localDay = passDate(memo, now, sub.timezone);
    const date = kind === 'weekly' ? weeklyLedgerDate(localDay) : localDay;
    let ledger = deps.deliveries.get(sub.chatId, date);
    if (!ledger) {
      let selection = kind === 'daily' ? memo.selections.get(sub.chatId) : pickWeek(sub, now, memo);
      if (kind === 'daily') memo.selections.delete(sub.chatId);
      if (!selection) {
        await loadCandidates(memo, cutoffOf(sub, now), now, breathe);
        selection = pickStories(sub, now, memo);
      }
      const parts = briefingParts(sub, memo, localDay, selection, kind);
      if (!parts) {
        // Nothing to say today: record the day as done so we do not look again every minute.
        const row = deps.deliveries.open({ chatId: sub.chatId, digestDate: date, parts: [], itemIds: [], storyIds: selection.knownStoryIds, toldStoryIds: selection.toldStoryIds, now });
        closing.close(row.id, 'empty', now);
        return 'skipped';
      }
      while (breathe.expired()) await breathe();
      ledger = deps.deliveries.open({ chatId: sub.chatId, digestDate: date, parts, itemIds: selection.itemIds, storyIds: selection.knownStoryIds, toldStoryIds: selection.toldStoryIds, now });
    }
    if (ledger.status !== 'pending') return 'skipped';
    const parts = deps.deliveries.partsOf(ledger);
    for (let index = ledger.partsSent; index < parts.length; index++) {
      while (index > ledger.partsSent && breathe.expired()) await breathe();
      let result = await sendPart(sub, parts[index]!, now);
      if (!result.ok && sub.threadId && /thread not found/i.test(result.description)) {
        // The topic was deleted: the chat keeps its briefing, in General from now on.
        deps.subscribers.setThread(sub.chatId, null, deps.now());
        deps.logger.info({ chat_id: sub.chatId, thread_id: sub.threadId }, 'forum topic gone; briefing moved to the whole chat');
        sub = { ...sub, threadId: null };
        result = await sendPart(sub, parts[index]!, now);
      }
      if (!result.ok) {
        const at = deps.now();
        if (result.kind === 'blocked') deps.subscribers.deactivate(sub.chatId, result.description, at);
        if (result.kind === 'migrated' && result.migrateToChatId) {
          deps.subscribers.migrate(sub.chatId, result.migrateToChatId, at);
          deps.logger.info({ chat_id: sub.chatId, new_chat_id: result.migrateToChatId }, 'group migrated; subscription moved');
          // The ledger moved with the chat; the next pass resumes there.
          return 'failed';
        }
        const final = result.kind === 'blocked' || result.kind === 'rejected';
        if (final) {
          deps.deliveries.finish(ledger.id, 'failed', at, result.description);
        } else {
          // Transient (network, 5xx after the sender's own retries): try again in a later pass,
          // backing off 1, 2, 4 ... minutes, and give up after MAX_ATTEMPTS passes.
          const attempts = ledger.attempts + 1;
          if (attempts >= MAX_ATTEMPTS) deps.deliveries.finish(ledger.id, 'abandoned', at, result.description);
          else deps.deliveries.recordAttempt(ledger.id, attempts, new Date(at.getTime() + 60_000 * 2 ** (attempts - 1)), result.description);
        }
        deps.logger.warn({ chat_id: sub.chatId, part: index, kind: result.kind, error: result.description }, 'briefing part not delivered');
        return 'failed';
      }
      deps.deliveries.markPartSent(ledger.id, index + 1, { messageId: result.messageId ?? null, text: parts[index]! });
    }
    closing.close(ledger.id, 'sent', deps.now());
    return 'sent';
  }

  /**
   * Chats whose local digest time has passed today and whose briefing is not done, with the
   * briefings due: the daily one (frequency daily or both) and, on their local Monday, the weekly
   * recap (weekly or both). Chat ids only: a pass over 100,000 chats kept every subscriber's
   * settings in memory till its end.
   */
  async function findDue(now: Date, memo: PassMemo): Promise<Array<{ chatId: number; kinds: BriefingKind[] }>> {
    const clocks = new Map<string, string>();
    const due: Array<{ chatId: number; kinds: BriefingKind[] }> = [];
    // A page at a time: reading and mapping 100,000 rows at once held the loop for seconds.
    for (let after = Number.MIN_SAFE_INTEGER, first = true; ; first = false) {
      if (!first) await yieldToLoop();
      const page = deps.subscribers.listActivePage(after, DUE_SLICE);
      for (const sub of page) {
        const kinds = dueKinds(sub);
        if (kinds.length > 0) due.push({ chatId: sub.chatId, kinds });
      }
      if (page.length < DUE_SLICE) return due;
      after = page[page.length - 1]!.chatId;
    }

    function dueKinds(sub: Subscriber): BriefingKind[] {
      let clock = clocks.get(sub.timezone);
      if (clock === undefined) {
        clock = localClock(now, sub.timezone);
        clocks.set(sub.timezone, clock);
      }
      if (clock < sub.digestTime) return [];
      const day = passDate(memo, now, sub.timezone);
      return briefingsOn(sub.digestFrequency, day).filter((kind) => {
        const ledger = deps.deliveries.get(sub.chatId, kind === 'weekly' ? weeklyLedgerDate(day) : day);
        if (ledger) return ledger.status === 'pending' && (!ledger.nextAttemptAt || ledger.nextAttemptAt <= now);
        // The weekly recap is keyed by its Monday: once per week per chat, by the ledger's unique key.
        if (kind === 'weekly') return true;
        // Moving west can turn "today" back into a date with no ledger row yet: at most one new
        // briefing per ~day, whatever the calendar says.
        return !sub.lastDigestAt || now.getTime() - sub.lastDigestAt.getTime() >= MIN_GAP;
      });
    }
  }

  return {
    selectStories,

    /** One pass over everyone due: what the scheduler runs every minute and `digest --send` runs once. */
    async sendDue(): Promise<SendReport> {
      const now = deps.now();
      const memo = newPassMemo();
      const breathe = createBreather();
      const closing = createClosingBatch();
      const due = await findDue(now, memo);
      // Translations are gathered for the daily briefings; a weekly recap shows what the pass has (else the gist).
      await prepareTranslations(due.filter((d) => d.kinds.includes('daily')).map((d) => d.chatId), now, memo, breathe);
      const report: SendReport = { sent: 0, skipped: 0, failed: 0, due: due.reduce((n, d) => n + d.kinds.length, 0) };
      let next = 0;
      const workers = Array.from({ length: Math.min(deps.fanOut ?? 3, due.length) }, async () => {
        while (next < due.length) {
          const { chatId, kinds } = due[next++]!;
          // One chat's briefings one after the other (daily first), so their parts never interleave.
          for (const kind of kinds) {
            try {
              // A hundred chats in flight each finish the step they are in once the slice is over:
              // steps are kept small (a check before each read, each ledger write and each part).
              while (breathe.expired()) await breathe();
              // Read again when its turn comes (a block or a settings change during the pass counts).
              const sub = deps.subscribers.get(chatId);
              report[sub?.active ? await deliver(sub, kind, now, memo, breathe, closing) : 'skipped']++;
            } catch (error) {
              report.failed++;
              deps.logger.error({ chat_id: chatId, kind, err: error }, 'briefing failed');
            }
          }
        }
      });
      try {
        await Promise.all(workers);
      } finally {
        closing.flush();
      }
      // Every minute: only passes that had work are worth an info line.
      deps.logger[report.due > 0 ? 'info' : 'debug']({ job: 'digests', ...report }, 'due briefings pass finished'); // i18n-exempt: a log line
      return report;
    },

    /** Today's briefing for one chat, now, without touching the ledger (for /digest): stories with an item first seen in the last 24 hours. */
    composeNow(sub: Pick<Subscriber, 'countries' | 'stances' | 'timezone'> & Partial<ReaderFilter> & { storyLangs?: readonly string[] }, now: Date, locale: Locale = DEFAULT_LOCALE): string[] {
      const items = deps.items
        .latestRelevant({ limit: 300 })
        .filter((s) => now.getTime() - s.firstSeenAt.getTime() <= 24 * HOUR && now.getTime() - s.sortAt.getTime() <= MAX_AGE);
      const stories = loadStories(deps.stories, storyIdsOf(deps.stories, items)).filter((l) => matchesPreferences(l, sub));
      const filter = { topics: sub.topics ?? [], mutedWords: sub.mutedWords ?? [] };
      const keep = compileReaderFilter(filter);
      const shown = stories.filter((l) => keep(filterableOf(l)));
      const hidden = stories.length - shown.length;
      return compose(localDate(now, sub.timezone), rankStoryViews(shown, now).slice(0, maxStories), locale, hidden, [], undefined, sub.storyLangs ?? []);
    },

    /**
     * What a pass would send this chat now (`digest --preview`), with no ledger row and no send:
     * `due` (no briefing yet today: the selection a pass would make now), `resuming` (today's
     * briefing is under way: the parts still to send) or `done` (today's went out: what the chat
     * would get if it were due now). `parts` is null when nothing would be sent.
     */
    async previewFor(sub: Subscriber, now: Date = deps.now()): Promise<{ date: string; state: 'due' | 'resuming' | 'done'; selection: Selection | null; parts: string[] | null }> {
      const memo = newPassMemo();
      const date = passDate(memo, now, sub.timezone);
      const ledger = deps.deliveries.get(sub.chatId, date);
      if (ledger?.status === 'pending') return { date, state: 'resuming', selection: null, parts: deps.deliveries.partsOf(ledger).slice(ledger.partsSent) };
      // As a pass does before it sends: translations for stories with no report in the chat's language.
      await prepareTranslations([sub.chatId], now, memo, createBreather());
      const selection = memo.selections.get(sub.chatId) ?? pickStories(sub, now, memo);
      return { date, state: ledger ? 'done' : 'due', selection, parts: briefingParts(sub, memo, date, selection) };
    },

    /** A day's briefing from the database, for `digest --preview`: stories with an item dated that local day. */
    preview(date: string, timezone: string, locale: Locale = DEFAULT_LOCALE): { stories: LoadedStory[]; parts: string[] } {
      const { start, end } = localDayRange(date, timezone);
      const items = deps.items.relevantBetween(start, end);
      const ranked = rankStoryViews(loadStories(deps.stories, storyIdsOf(deps.stories, items)), end).slice(0, maxStories);
      return { stories: ranked, parts: compose(date, ranked, locale) };
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
