import { fitsWindow, storyFeatures, storyStance, type GroupItem, type GroupReason, type StoryFeatures } from '../core/stories/index.js';
import { candidateMinAnchor, indexKeys, joinsAcross, matchKeys, MAX_STORY_SPAN_MS, sharesTwoCountries, storedReasonOf, storyDisagrees, STRONG_JOIN_GAP_MS, type KeptApart } from '../core/stories/group.js';
import { keyWeight } from '../core/stories/features.js';
import { COUNTRIES, type Country, type Stance, type Topic } from '../core/types.js';
import type { Db } from './client.js';

/** What grouping needs to know about a stored relevant item. */
export interface GroupableItem {
  id: number;
  title: string;
  text: string;
  lang: string;
  countries: Country[];
  stance: Stance | null;
  score: number;
  topics: Topic[];
  sortAt: Date;
  firstSeenAt: Date;
  /** storyFeatures({ title, text }) when already computed (on a pipeline worker). */
  features?: StoryFeatures;
}

/** A stored story row, as the rest of the program sees it. */
export interface StoryRow {
  id: number;
  firstAt: Date;
  lastAt: Date;
  firstSeenAt: Date;
  lastSeenAt: Date;
  itemCount: number;
  stance: Stance | null;
  countries: Country[];
  topics: Topic[];
  keyTerms: string[];
  score: number;
}

interface RawStory {
  id: number;
  first_at: number;
  last_at: number;
  first_seen_at: number;
  last_seen_at: number;
  item_count: number;
  stance: string | null;
  countries: string;
  topics: string;
  key_terms: string;
  score: number;
}

/** A grouped item as matching needs it. */
interface GroupedItem extends GroupItem {
  storyId: number;
}

// Every grouped item has its features stored with it (set together with story_id).
const parseFeatures = (json: string | null): StoryFeatures => (json ? (JSON.parse(json) as StoryFeatures) : { keys: [], titleKeys: [], simhash: '0'.repeat(16) });

interface CandidateRow {
  id: number;
  story_id: number;
  sort_at: number;
  lang: string;
  countries: string;
  story_features: string | null;
}

interface RawMember {
  id: number;
  story_id: number;
  sort_at: number;
  first_seen_at: number;
  lang: string;
  countries: string;
  stance: string | null;
  score: number;
  topics: string;
  story_features: string | null;
}

const splitCountries = (s: string): Country[] => (s ? (s.split(',') as Country[]) : []);
const COUNTRY_KEYS = new Set(['e:us', 'e:cn', 'e:ru']);
const KEY_TERMS = 8;

function toStoryRow(r: RawStory): StoryRow {
  return {
    id: r.id, firstAt: new Date(r.first_at), lastAt: new Date(r.last_at), firstSeenAt: new Date(r.first_seen_at), lastSeenAt: new Date(r.last_seen_at),
    itemCount: r.item_count, stance: r.stance as Stance | null, countries: splitCountries(r.countries), topics: JSON.parse(r.topics) as Topic[],
    keyTerms: JSON.parse(r.key_terms) as string[], score: r.score,
  };
}

/** The keys most shared across a story's items (weight × how many items carry them). */
function keyTermsOf(members: Array<{ features: StoryFeatures }>): string[] {
  const tally = new Map<string, number>();
  for (const m of members) for (const k of m.features.keys) if (!COUNTRY_KEYS.has(k)) tally.set(k, (tally.get(k) ?? 0) + keyWeight(k));
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_TERMS).map(([k]) => k);
}

/** A grouping key as a signed 32-bit integer (FNV-1a): compact in the index; a collision only adds a candidate. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Members of a story reach this far from a new item's instant and still share its window. */
const MEMBER_REACH_MS = STRONG_JOIN_GAP_MS + MAX_STORY_SPAN_MS;
const MIN_SHARED_ANCHOR = candidateMinAnchor();

/**
 * Storage of stories and the incremental grouping of items into them: a new relevant item looks
 * up the items sharing one of its keys near its instant (story_keys, an index on (key, at)), and
 * is compared with the members of those items' stories only, then joins the best match or starts
 * a story. The lookup is exact (core/stories indexKeys), so the result is the same as comparing
 * with every open story; the cost depends on how many items share a key, not on how many are stored.
 * Idempotent: grouped items are never regrouped.
 */
export function createStoryStore(db: Db) {
  const sqlite = db.$client;
  const insertKey = sqlite.prepare('insert or ignore into story_keys (key, at, item_id, weight) values (?, ?, ?, ?)');
  const itemsWithKey = sqlite.prepare<[number, number, number], { item_id: number; weight: number }>(
    'select item_id, weight from story_keys where key = ? and at >= ? and at <= ?',
  );
  const candidateRow = sqlite.prepare<[number], CandidateRow>('select id, story_id, sort_at, lang, countries, story_features from items where id = ? and story_id is not null');
  const storySpan = sqlite.prepare<[number], { first_at: number; last_at: number }>('select first_at, last_at from stories where id = ?');
  const membersOfStory = sqlite.prepare('select id, story_id, sort_at, first_seen_at, lang, countries, stance, score, topics, story_features from items indexed by items_story where story_id = ?');
  const storiesAfter = sqlite.prepare<[number, number], number>('select id from stories where id > ? order by id limit ?').pluck();
  const memberIds = sqlite.prepare<[number], number>('select id from items indexed by items_story where story_id = ?').pluck();
  const featuresOfStory = sqlite.prepare<[number], { id: number; sort_at: number; lang: string; story_features: string | null }>(
    'select id, sort_at, lang, story_features from items indexed by items_story where story_id = ?',
  );
  const metaGet = sqlite.prepare<[string], string>('select value from meta where key = ?').pluck();
  const metaSet = sqlite.prepare('insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value');

  function indexItem(id: number, at: number, lang: string, features: StoryFeatures): void {
    for (const k of indexKeys(features, lang)) insertKey.run(keyHash(k.key), at, id, k.weight);
  }

  /** The grouped items sharing enough keys with this one to possibly match it (see indexKeys), by id. */
  function candidateItems(at: number, lang: string, features: StoryFeatures, selfId: number): number[] {
    const anchorOf = new Map<number, number>();
    const banded = new Set<number>();
    for (const k of indexKeys(features, lang)) {
      for (const row of itemsWithKey.all(keyHash(k.key), at - MEMBER_REACH_MS, at + MEMBER_REACH_MS)) {
        if (row.item_id === selfId) continue;
        if (k.band) banded.add(row.item_id);
        // A hash collision only ever adds weight, hence candidates, never loses one.
        else anchorOf.set(row.item_id, (anchorOf.get(row.item_id) ?? 0) + k.weight);
      }
    }
    return [...new Set([...banded, ...[...anchorOf].filter(([, w]) => w >= MIN_SHARED_ANCHOR).map(([id]) => id)])];
  }

  // Grouped items as matching reads them, for the items compared lately: each item is a candidate
  // for hundreds of later ones (a backfill walks in time order; a live refresh brings the newest),
  // and reading its wide row each time would cost more than the comparison. An item's story and
  // keys never change once grouped. Bounded; the oldest entry goes first.
  const groupedCache = new Map<number, GroupedItem>();
  const GROUPED_CACHE_SIZE = 20_000;
  function remember(g: GroupedItem): GroupedItem {
    groupedCache.set(g.id, g);
    if (groupedCache.size > GROUPED_CACHE_SIZE) groupedCache.delete(groupedCache.keys().next().value!);
    return g;
  }
  function groupedItem(id: number): GroupedItem | undefined {
    const known = groupedCache.get(id);
    if (known) return known;
    const r = candidateRow.get(id);
    return r ? remember({ id: r.id, storyId: r.story_id, at: r.sort_at, lang: r.lang, countries: splitCountries(r.countries), features: parseFeatures(r.story_features) }) : undefined;
  }

  /**
   * The story the item joins, as matchStory decides it over every open story: only candidate
   * items can be the member matched best, so only they are compared, each with its story's window.
   */
  function bestStory(item: GroupItem): { storyId: number | null; reason: GroupReason | null; apart: KeptApart[] } {
    const ids = candidateItems(item.at, item.lang, item.features, item.id);
    const rows: GroupedItem[] = [];
    for (const id of ids) {
      const row = groupedItem(id);
      // Parties first: most candidates that share a firm are about another pair of countries.
      if (row && sharesTwoCountries(item.countries, row.countries)) rows.push(row);
    }
    // matchStory's order: stories by id, members by id, the first best wins.
    rows.sort((a, b) => a.storyId - b.storyId || a.id - b.id);
    const windows = new Map<number, 'near' | 'far' | false>();
    const rank = (r: GroupReason) => (r.kind === 'near-duplicate' ? 1000 : 0) + r.score;
    // The best match per story, then each matched story checked whole, as matchStory does.
    const matched = new Map<number, GroupReason>();
    for (const r of rows) {
      let window = windows.get(r.storyId);
      if (window === undefined) {
        const span = storySpan.get(r.storyId);
        window = span ? fitsWindow({ firstAt: span.first_at, lastAt: span.last_at }, item.at) : false;
        windows.set(r.storyId, window);
      }
      if (!window) continue;
      const reason = matchKeys(item, r);
      if (!reason || !joinsAcross(window, reason, item, r)) continue;
      const known = matched.get(r.storyId);
      if (!known || rank(reason) > rank(known)) matched.set(r.storyId, reason);
    }
    let best: { storyId: number; reason: GroupReason } | null = null;
    const apart: KeptApart[] = [];
    for (const [storyId, reason] of matched) {
      // No member of the story may state facts that disagree with the item's. Read only for the
      // stories the item matches (a few), each member from the cache when compared lately.
      const members = memberIds.all(storyId).flatMap((id) => groupedItem(id) ?? []);
      const disagreement = storyDisagrees(item, members);
      if (disagreement) apart.push({ storyId, ...disagreement });
      else if (!best || rank(reason) > rank(best.reason)) best = { storyId, reason };
    }
    if (!best) return { storyId: null, reason: null, apart };
    return { storyId: best.storyId, reason: apart.length > 0 ? { ...best.reason, apart } : best.reason, apart };
  }
  const storyById = sqlite.prepare('select * from stories where id = ?');
  // One statement per list length (at most 200, see getMany), prepared once: preparing took a tenth of /digest.
  const byLength = <T>(make: (n: number) => T): ((n: number) => T) => {
    const made = new Map<number, T>();
    return (n) => made.get(n) ?? made.set(n, make(n)).get(n)!;
  };
  const placeholders = (n: number) => new Array(n).fill('?').join(',');
  const storiesByIds = byLength((n) => sqlite.prepare(`select * from stories where id in (${placeholders(n)})`));
  const MEMBER_COLUMNS = `i.id, i.story_id, i.title, i.link, i.url, i.lang, i.source, i.published_at, i.sort_at, i.first_seen_at, i.stance, i.score, i.summary, i.source_count, i.story_reason,
            f.id as feed_id, coalesce(f.name, f.title) as feed_name, f.origin, f.state_media`;
  const FIRST_FEED = 'left join feeds f on f.id = (select s.feed_id from item_sources s where s.item_id = i.id order by s.seen_at, s.feed_id limit 1)';
  const membersOfStories = byLength((n) => sqlite.prepare(`select ${MEMBER_COLUMNS} from items i ${FIRST_FEED} where i.story_id in (${placeholders(n)}) order by i.story_id, i.sort_at, i.id`));
  const insertStory = sqlite.prepare(
    `insert into stories (first_at, last_at, first_seen_at, last_seen_at, item_count, stance, countries, topics, key_terms, score)
     values (@firstAt, @lastAt, @firstSeenAt, @lastSeenAt, @itemCount, @stance, @countries, @topics, @keyTerms, @score)`,
  );
  const updateStory = sqlite.prepare(
    `update stories set first_at = @firstAt, last_at = @lastAt, first_seen_at = @firstSeenAt, last_seen_at = @lastSeenAt, item_count = @itemCount,
       stance = @stance, countries = @countries, topics = @topics, key_terms = @keyTerms, score = @score where id = @id`,
  );
  const storyOfItem = sqlite.prepare('select story_id from items where id = ?').pluck();
  // A range on last_at (never a whole-table scan), newest first; the filters are cheap per row.
  const latest = sqlite.prepare(
    `select * from stories where last_at <= @before
       and (@country is null or (',' || countries || ',') like '%,' || @country || ',%')
       and (@stance is null or stance = @stance)
     order by last_at desc, id desc limit @limit`,
  );
  const setItemStory = sqlite.prepare('update items set story_id = ?, story_reason = ?, story_features = ? where id = ? and story_id is null');
  const ungrouped = sqlite.prepare(
    // The partial index holds exactly the ungrouped items (usually none): without the hint, the
    // planner with statistics preferred (relevant, sort_at) and read every relevant item (0.8 s at 1M items).
    `select id, title, text, lang, countries, stance, score, topics, sort_at, first_seen_at from items indexed by items_ungrouped
     where relevant = 1 and story_id is null order by sort_at, id limit ?`,
  );
  const membersOf = sqlite.prepare(`select ${MEMBER_COLUMNS} from items i ${FIRST_FEED} where i.story_id = ? order by i.sort_at, i.id`);

  function toMember(r: RawMember): GroupItem & { stance: Stance | null; score: number; topics: Topic[]; firstSeenAt: number } {
    const features = groupedCache.get(r.id)?.features ?? parseFeatures(r.story_features);
    return { id: r.id, at: r.sort_at, lang: r.lang, countries: splitCountries(r.countries), features, stance: r.stance as Stance | null, score: r.score, topics: JSON.parse(r.topics) as Topic[], firstSeenAt: r.first_seen_at };
  }

  /** Group one item (inside the caller's transaction); returns its story id and reason. */
  function assignOne(item: GroupableItem): { storyId: number; reason: GroupReason | null } {
    const at = item.sortAt.getTime();
    const features = item.features ?? storyFeatures({ title: item.title, text: item.text });
    const grouped: GroupItem = { id: item.id, at, lang: item.lang, countries: item.countries, features };
    const best = bestStory(grouped);
    const found = best.storyId !== null ? { storyId: best.storyId, reason: best.reason! } : null;
    const self = { ...grouped, stance: item.stance, score: item.score, topics: item.topics, firstSeenAt: item.firstSeenAt.getTime() };
    const others = found ? (membersOfStory.all(found.storyId) as RawMember[]).filter((r) => r.id !== item.id).map(toMember) : [];
    const members = [...others, self];
    const countries = COUNTRIES.filter((c) => members.some((m) => m.countries.includes(c)));
    let [firstAt, lastAt, firstSeenAt, lastSeenAt, score] = [at, at, self.firstSeenAt, self.firstSeenAt, self.score];
    for (const m of others) {
      firstAt = Math.min(firstAt, m.at);
      lastAt = Math.max(lastAt, m.at);
      firstSeenAt = Math.min(firstSeenAt, m.firstSeenAt);
      lastSeenAt = Math.max(lastSeenAt, m.firstSeenAt);
      score = Math.max(score, m.score);
    }
    const row = {
      firstAt, lastAt, firstSeenAt, lastSeenAt, score,
      itemCount: members.length,
      stance: storyStance(members),
      countries: countries.join(','),
      topics: JSON.stringify([...new Set(members.flatMap((m) => m.topics))]),
      keyTerms: JSON.stringify(keyTermsOf(members)),
    };
    let storyId: number;
    if (found) {
      storyId = found.storyId;
      updateStory.run({ ...row, id: storyId });
    } else {
      storyId = Number(insertStory.run(row).lastInsertRowid);
    }
    const reason = found?.reason ?? null;
    // A story started because every story matched disagreed keeps the list, for /story.
    const stored = reason ? JSON.stringify(reason) : best.apart.length > 0 ? JSON.stringify({ apart: best.apart }) : null;
    if (setItemStory.run(storyId, stored, JSON.stringify(features), item.id).changes > 0) {
      indexItem(item.id, at, item.lang, features);
      remember({ ...grouped, storyId });
    }
    return { storyId, reason };
  }

  /**
   * Keys for the items grouped before story_keys existed: once (a meta flag), story by story.
   * Returns how many items were indexed.
   */
  function indexStoredKeys(batchSize: number): number {
    if (metaGet.get('story_keys_indexed') === '1') return 0;
    let done = 0;
    let after = 0;
    const batch = sqlite.transaction((storyIds: number[]) => {
      for (const storyId of storyIds) {
        for (const r of featuresOfStory.all(storyId)) {
          if (!r.story_features) continue;
          indexItem(r.id, r.sort_at, r.lang, JSON.parse(r.story_features) as StoryFeatures);
          done++;
        }
      }
    });
    for (;;) {
      const ids = storiesAfter.all(after, batchSize);
      if (ids.length === 0) break;
      batch(ids);
      after = ids[ids.length - 1]!;
    }
    metaSet.run('story_keys_indexed', '1');
    return done;
  }

  const assignBatch = sqlite.transaction((batch: GroupableItem[]) => {
    const sorted = [...batch].sort((a, b) => a.sortAt.getTime() - b.sortAt.getTime() || a.id - b.id);
    return sorted.map((item) => ({ itemId: item.id, ...assignOne(item) }));
  });

  const assignRun = sqlite.transaction((ordered: readonly GroupableItem[], from: number, budgetMs: number): number => {
    const started = performance.now();
    let next = from;
    do assignOne(ordered[next++]!);
    while (next < ordered.length && performance.now() - started < budgetMs);
    return next - from;
  });

  return {
    /** Group newly stored relevant items into stories (one transaction; in time order). */
    assign(batch: GroupableItem[]): Array<{ itemId: number; storyId: number; reason: GroupReason | null }> {
      return batch.length ? assignBatch(batch) : [];
    },

    /**
     * Group `ordered` (already in time order, as assign sorts) from index `from` on, in one transaction
     * that stops after the item that spends `budgetMs` (at least one item); returns how many it grouped.
     * The caller yields the event loop between calls: a commit per slice of about budgetMs instead of
     * one per item (each commit writes its pages to the WAL), while no reader waits longer than a slice.
     */
    assignFor(ordered: readonly GroupableItem[], from: number, budgetMs: number): number {
      return from < ordered.length ? assignRun(ordered, from, budgetMs) : 0;
    },

    /**
     * Group stored relevant items that have no story yet (after the upgrade that added stories, or
     * a crash between storing and grouping), oldest first, in batches; returns how many were grouped.
     * Safe to run at every start: grouped items are never touched again.
     */
    groupUngrouped(batchSize = 500): number {
      indexStoredKeys(batchSize);
      let total = 0;
      for (;;) {
        const rows = ungrouped.all(batchSize) as Array<{ id: number; title: string; text: string; lang: string; countries: string; stance: string | null; score: number; topics: string; sort_at: number; first_seen_at: number }>;
        if (rows.length === 0) return total;
        assignBatch(rows.map((r) => ({ id: r.id, title: r.title, text: r.text, lang: r.lang, countries: splitCountries(r.countries), stance: r.stance as Stance | null, score: r.score, topics: JSON.parse(r.topics) as Topic[], sortAt: new Date(r.sort_at), firstSeenAt: new Date(r.first_seen_at) })));
        total += rows.length;
      }
    },

    /** The story of an item (null when it has none). */
    storyOfItem(itemId: number): number | null {
      return (storyOfItem.get(itemId) as number | null | undefined) ?? null;
    },

    /** Newest stories (by their latest item) up to `before`, optionally with a country or a stance. */
    latest(args: { limit: number; before: Date; country?: Country; stance?: Stance }): StoryRow[] {
      return (latest.all({ before: args.before.getTime(), country: args.country ?? null, stance: args.stance ?? null, limit: args.limit }) as RawStory[]).map(toStoryRow);
    },

    get(id: number): StoryRow | undefined {
      const row = storyById.get(id) as RawStory | undefined;
      return row ? toStoryRow(row) : undefined;
    },

    /** Several stories by id (order not kept). */
    getMany(ids: number[]): StoryRow[] {
      const unique = [...new Set(ids)];
      const out: StoryRow[] = [];
      // SQLite binds at most a few hundred parameters comfortably: chunk.
      for (let i = 0; i < unique.length; i += 200) {
        const chunk = unique.slice(i, i + 200);
        out.push(...(storiesByIds(chunk.length).all(...chunk) as RawStory[]).map(toStoryRow));
      }
      return out;
    },

    /** A story's items in time order, each with the feed that first carried it (outlet, origin). */
    members(storyId: number): StoryMember[] {
      return (membersOf.all(storyId) as RawStoryMember[]).map(toStoryMember);
    },

    /**
     * Several stories' items, as `members` gives each: one query per 200 stories instead of one per story
     * (a briefing loads up to 300; at about 16 µs a call, the calls alone were a third of /digest).
     */
    membersOfMany(storyIds: readonly number[]): Map<number, StoryMember[]> {
      const unique = [...new Set(storyIds)];
      const out = new Map<number, StoryMember[]>(unique.map((id) => [id, []]));
      for (let i = 0; i < unique.length; i += 200) {
        const chunk = unique.slice(i, i + 200);
        for (const r of membersOfStories(chunk.length).all(...chunk) as Array<RawStoryMember & { story_id: number }>) out.get(r.story_id)!.push(toStoryMember(r));
      }
      return out;
    },
  };
}

interface RawStoryMember {
  id: number;
  title: string;
  link: string | null;
  url: string | null;
  lang: string;
  source: string | null;
  published_at: number | null;
  sort_at: number;
  first_seen_at: number;
  stance: string | null;
  score: number;
  summary: string;
  source_count: number;
  story_reason: string | null;
  feed_id: number | null;
  feed_name: string | null;
  origin: string | null;
  state_media: number | null;
}

/** One item of a story, with where it came from. */
export interface StoryMember {
  id: number;
  title: string;
  url: string | null;
  lang: string;
  /** The outlet: the item's own source, else the feed's name. */
  outlet: string | null;
  publishedAt: Date | null;
  sortAt: Date;
  firstSeenAt: Date;
  stance: Stance | null;
  score: number;
  summary: string;
  sourceCount: number;
  reason: GroupReason | null;
  /** Stories this item matched by keys and was kept out of (a member disagrees), for /story. */
  apart: KeptApart[];
  feedId: number | null;
  origin: string | null;
  stateMedia: boolean;
}

function toStoryMember(r: RawStoryMember): StoryMember {
  const { reason, apart } = storedReasonOf(r.story_reason);
  return {
    id: r.id, title: r.title, url: r.link ?? r.url, lang: r.lang, outlet: r.source ?? r.feed_name, publishedAt: r.published_at === null ? null : new Date(r.published_at),
    sortAt: new Date(r.sort_at), firstSeenAt: new Date(r.first_seen_at), stance: r.stance as Stance | null, score: r.score, summary: r.summary, sourceCount: r.source_count,
    reason, apart, feedId: r.feed_id, origin: r.origin, stateMedia: r.state_media === 1,
  };
}

export type StoryStore = ReturnType<typeof createStoryStore>;
