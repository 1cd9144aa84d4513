/**
 * Story grouping: does a new item report the same event as an open story? Incremental (one item
 * against the few stories open in its time window, never all pairs), deterministic (ties broken
 * by id) and explainable (the reason names the item matched and the keys they share). Pure.
 */
import type { Country } from '../types.js';
import type { ActDirection } from './acts.js';
import { hammingDistance, keyWeight, type StoryFeatures } from './features.js';

export interface GroupItem {
  id: number;
  /** Publication instant (ms), else first seen. */
  at: number;
  lang: string;
  countries: Country[];
  features: StoryFeatures;
}

export interface OpenStory {
  id: number;
  firstAt: number;
  lastAt: number;
  members: GroupItem[];
}

export interface GroupReason {
  kind: 'near-duplicate' | 'shared-keys';
  /** Whether the match was strong enough to bridge the longer time gap. */
  strong: boolean;
  /** The story member this item matched best. */
  itemId: number;
  score: number;
  /** The shared keys, heaviest first (at most 8). */
  keys: string[];
  /** The direction of the act both headlines state, when both state one (acts.ts): they agree. */
  act?: ActDirection;
  /** Stories in the window this item matched by keys but stays out of, and why (see eventsDisagree). */
  apart?: KeptApart[];
}

/** A story an item matched by its keys and was kept out of: one of its members disagrees. */
export interface KeptApart {
  storyId: number;
  /** The member whose stated facts disagree. */
  itemId: number;
  why: ApartWhy;
}

const HOUR = 3600_000;
/** A story takes an item at most this long after its latest (or before its earliest) item. */
export const JOIN_GAP_MS = 36 * HOUR;
/** ... or this long, when the match is strong (late reports in another language, a second-day piece). */
export const STRONG_JOIN_GAP_MS = 72 * HOUR;
/**
 * A report in another language may join this long after the story's latest item (a translation or
 * a reaction abroad lags by a day or two), even when the match is not strong; the story's span
 * limit still holds.
 */
export const CROSS_LANGUAGE_JOIN_GAP_MS = 48 * HOUR;
/** A story never spans more than this. */
export const MAX_STORY_SPAN_MS = 72 * HOUR;
/** Headlines and leads this close in SimHash bits are the same text (a wire copy, a light rewrite). */
const NEAR_DUPLICATE_BITS = 6;
/** Keys weigh more when both items put them in the headline. */
const TITLE_BOOST = 1.6;
const ONE_TITLE_BOOST = 1.25;

export interface GroupThresholds {
  /** Least summed weight of shared keys. */
  minScore: number;
  /** Least share of the lighter item's own weight covered by shared keys. */
  minCoverage: number;
  /** Least weight from shared entities, numbers and codes (a concept alone is never an event). */
  minAnchor: number;
  /** A match this strong (score and coverage) may bridge the longer gap. */
  strongScore: number;
  strongCoverage: number;
  /**
   * `minScore` across languages when both reports name the same parties, a kind of event and two
   * distinct firms, people, places, codes or amounts beyond the parties: a translation or a
   * reaction abroad keeps the names and loses the rest.
   */
  crossLanguageMinScore: number;
  /**
   * `minCoverage` when the shared weight reaches `strongScore` through three distinct firms, people,
   * places, codes or amounts beyond the parties: a long report, or one the tables read more of
   * (a chip maker's parent, an official named in passing), covers more than the one it matches.
   */
  namedMinCoverage: number;
}

export const DEFAULT_THRESHOLDS: GroupThresholds = {
  minScore: 3.0,
  minCoverage: 0.6,
  minAnchor: 1.0,
  strongScore: 4.2,
  strongCoverage: 0.95,
  crossLanguageMinScore: 2.4,
  namedMinCoverage: 0.45,
};

const isAnchor = (key: string) => !key.startsWith('c:');
const isName = (key: string) => key.startsWith('l:');

/**
 * An item's own key weight, names (`l:`) left out: a name the tables do not know only ever adds to
 * a match when the other item shares it, so an item full of capitalised words covers no less.
 */
const ownWeights = new WeakMap<StoryFeatures, number>();
function ownWeight(f: StoryFeatures): number {
  const known = ownWeights.get(f);
  if (known !== undefined) return known;
  let w = 0;
  const inTitle = new Set(f.titleKeys);
  for (const k of f.keys) if (!isName(k)) w += keyWeight(k) * (inTitle.has(k) ? ONE_TITLE_BOOST : 1);
  ownWeights.set(f, w);
  return w;
}

/**
 * Whether names the tables do not know count between two items: across languages, and between two
 * Chinese reports (where a Latin word can only be a name); not between two reports in English,
 * Indonesian or Russian, whose shared capitalised words are as often "Ministry" as a firm.
 */
export function namesCount(langA: string, langB: string): boolean {
  return langA !== langB || langA === 'zh';
}

/** How strongly two items look like one event: shared key weight, coverage and the shared keys. */
export function pairScore(a: StoryFeatures, b: StoryFeatures, names = true): { score: number; coverage: number; heavyCoverage: number; anchor: number; keys: string[] } {
  const bKeys = new Set(b.keys);
  const aTitle = new Set(a.titleKeys);
  const bTitle = new Set(b.titleKeys);
  let score = 0;
  let anchor = 0;
  const shared: Array<[string, number]> = [];
  for (const k of a.keys) {
    if (!bKeys.has(k) || (!names && isName(k))) continue;
    const boost = aTitle.has(k) && bTitle.has(k) ? TITLE_BOOST : aTitle.has(k) || bTitle.has(k) ? ONE_TITLE_BOOST : 1;
    const w = keyWeight(k) * boost;
    score += w;
    if (isAnchor(k)) anchor += w;
    shared.push([k, w]);
  }
  const lighter = Math.min(ownWeight(a), ownWeight(b));
  const heavier = Math.max(ownWeight(a), ownWeight(b));
  shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { score, coverage: lighter > 0 ? score / lighter : 0, heavyCoverage: heavier > 0 ? score / heavier : 0, anchor, keys: shared.map(([k]) => k) };
}

const hasConcept = (keys: string[]) => keys.some((k) => k.startsWith('c:'));

/** Both headlines name a kind of event and the two items share no kind of event at all. */
function headlineEventsDiffer(a: StoryFeatures, b: StoryFeatures, shared: string[]): boolean {
  return hasConcept(a.titleKeys) && hasConcept(b.titleKeys) && !hasConcept(shared);
}

/** The three parties and the capitals that stand for them: in a headline they name sides, not an event. */
const PARTY_KEYS = new Set(['e:us', 'e:cn', 'e:ru', 'e:washington', 'e:beijing', 'e:moscow', 'e:kremlin', 'e:white-house']);

/** Whether the headline names at least two entities, amounts or codes and the other item none of them (names the tables do not know are left out: a translation may spell them otherwise). */
function foreignHeadline(a: StoryFeatures, b: StoryFeatures): boolean {
  const names = a.titleKeys.filter((k) => isAnchor(k) && !isName(k) && !PARTY_KEYS.has(k));
  return names.length >= 2 && !names.some((k) => b.keys.includes(k));
}

/** Whether two items' parties overlap enough to be one event (two shared, or all of the smaller set). */
export function sharesTwoCountries(a: Country[], b: Country[]): boolean {
  return a.filter((c) => b.includes(c)).length >= Math.min(2, a.length, b.length);
}

/** Whether the item's instant fits the story's time window: 'near', 'far' (strong matches only) or no. */
export function fitsWindow(story: Pick<OpenStory, 'firstAt' | 'lastAt'>, at: number): 'near' | 'far' | false {
  if (Math.max(story.lastAt, at) - Math.min(story.firstAt, at) > MAX_STORY_SPAN_MS) return false;
  const gap = Math.max(at - story.lastAt, story.firstAt - at, 0);
  return gap <= JOIN_GAP_MS ? 'near' : gap <= STRONG_JOIN_GAP_MS ? 'far' : false;
}

/**
 * What a store indexes to find candidate stories without reading every story in the window: the
 * item's anchors (entities other than the three parties, amounts, counts, days, codes) with their
 * weights, and its SimHash cut into bands for near-duplicates. Exact, not a heuristic: an item
 * can join another only if they share anchors weighing at least CANDIDATE_MIN_ANCHOR (the
 * parties and the headline boost cannot make up the rest of `minAnchor`), or, as a near-duplicate
 * (≤ 6 differing bits in 64), an identical band of SIMHASH_BANDS (pigeonhole: 7 bands > 6 bits).
 */
export interface IndexKey {
  key: string;
  /** The anchor's weight; 0 for a SimHash band. */
  weight: number;
  band: boolean;
}

const SIMHASH_BANDS = 7;
const PARTY_ONLY = new Set(['e:us', 'e:cn', 'e:ru']);
/** Shared indexed anchor weight below which no match is possible (see IndexKey). */
export function candidateMinAnchor(t: GroupThresholds = DEFAULT_THRESHOLDS): number {
  const partiesAtMost = [...PARTY_ONLY].reduce((w, k) => w + keyWeight(k) * TITLE_BOOST, 0);
  return Math.max(0, (t.minAnchor - partiesAtMost) / TITLE_BOOST) - 1e-9;
}

export function indexKeys(f: StoryFeatures, lang: string): IndexKey[] {
  const out: IndexKey[] = f.keys.filter((k) => isAnchor(k) && !PARTY_ONLY.has(k)).map((key) => ({ key, weight: keyWeight(key), band: false }));
  // 64 bits as bands of 10, 9, 9, 9, 9, 9, 9 bits.
  const bits = BigInt(`0x${f.simhash}`);
  let offset = 0n;
  for (let b = 0; b < SIMHASH_BANDS; b++) {
    const width = b === 0 ? 10n : 9n;
    const value = (bits >> offset) & ((1n << width) - 1n);
    out.push({ key: `b:${lang}:${b}:${value.toString(16)}`, weight: 0, band: true });
    offset += width;
  }
  return out;
}

const sameCountries = (a: Country[], b: Country[]) => a.length === b.length && a.every((c) => b.includes(c));

/**
 * The score and coverage a pair must reach: the defaults, lowered in the two cases where keys are
 * lost for reasons other than being another event (see crossLanguageMinScore, namedMinCoverage).
 */
function barsFor(item: GroupItem, other: GroupItem, shared: string[], score: number, t: GroupThresholds): { minScore: number; minCoverage: number } {
  const beyondParties = shared.filter((k) => isAnchor(k) && !PARTY_KEYS.has(k));
  const translated = item.lang !== other.lang && sameCountries(item.countries, other.countries) && hasConcept(shared) && beyondParties.length >= 2;
  const named = score >= t.strongScore && beyondParties.length >= 3;
  return { minScore: translated ? Math.min(t.minScore, t.crossLanguageMinScore) : t.minScore, minCoverage: named ? Math.min(t.minCoverage, t.namedMinCoverage) : t.minCoverage };
}

/** Why two items can be no one event whatever they share: the kinds of disagreement grouping reads. */
export type ApartWhy = 'opposite-acts' | 'numbers-differ';

/**
 * Counts (k:), percentages (p:) and prison terms (y:) a headline states: one event has one of each,
 * in any language ("12 entities", "12家实体"; "15%", "15 persen"; "six years", "判刑六年"). Amounts of money are left out: a report abroad
 * converts them (Rp 92 trillion for $5.5 billion). A lead's figures standing in for a vague headline
 * are left out too: a lead counts what it explains ("11 other companies" beside the one it names).
 */
const headlineNumbers = (f: StoryFeatures, kind: 'k:' | 'p:' | 'y:') => (f.leadTitle ? [] : f.titleKeys.filter((k) => k.startsWith(kind)));

/**
 * Whether two items state facts of their events that disagree: one headline imposes a restriction
 * and the other lifts, resumes or approves (acts.ts); or both headlines count firms, products or
 * people, or state a percentage, and no figure is the same. Null when nothing disagrees (a fact only
 * one side states never does). Two sentences of different length are two verdicts.
 */
export function eventsDisagree(a: StoryFeatures, b: StoryFeatures): ApartWhy | null {
  if (a.act && b.act && a.act !== b.act) return 'opposite-acts';
  for (const kind of ['k:', 'p:', 'y:'] as const) {
    const mine = headlineNumbers(a, kind);
    const theirs = headlineNumbers(b, kind);
    if (mine.length > 0 && theirs.length > 0 && !mine.some((k) => theirs.includes(k))) return 'numbers-differ';
  }
  return null;
}

/** The first member of a story whose stated facts disagree with the item's, with why (see eventsDisagree). */
export function storyDisagrees(item: Pick<GroupItem, 'features'>, members: readonly Pick<GroupItem, 'id' | 'features'>[]): { itemId: number; why: ApartWhy } | null {
  for (const m of members) {
    const why = eventsDisagree(item.features, m.features);
    if (why) return { itemId: m.id, why };
  }
  return null;
}

/** How the item relates to one other item: a reason to join, or null (also when their stated facts disagree). */
export function matchItems(item: GroupItem, other: GroupItem, t: GroupThresholds = DEFAULT_THRESHOLDS): GroupReason | null {
  return eventsDisagree(item.features, other.features) ? null : matchKeys(item, other, t);
}

/** What the item and one other item share, as a reason to join, whatever their stated facts (see matchItems). */
export function matchKeys(item: GroupItem, other: GroupItem, t: GroupThresholds = DEFAULT_THRESHOLDS): GroupReason | null {
  if (!sharesTwoCountries(item.countries, other.countries)) return null;
  const act = item.features.act && item.features.act === other.features.act ? { act: item.features.act } : {};
  const pair = pairScore(item.features, other.features, namesCount(item.lang, other.lang));
  const score = Math.round(pair.score * 100) / 100;
  const keys = pair.keys.slice(0, 8);
  if (item.lang === other.lang && hammingDistance(item.features.simhash, other.features.simhash) <= NEAR_DUPLICATE_BITS) {
    return { kind: 'near-duplicate', strong: true, itemId: other.id, score, keys, ...act };
  }
  const bars = barsFor(item, other, pair.keys, pair.score, t);
  if (pair.score < bars.minScore || pair.coverage < bars.minCoverage || pair.anchor < t.minAnchor) return null;
  // A headline naming two or more firms, models or places the other item never mentions is about
  // another event: R1 arriving on AWS and Azure, told beside a Navy ban, is not the ban.
  if (foreignHeadline(item.features, other.features) || foreignHeadline(other.features, item.features)) return null;
  // Both headlines name a kind of event and they share none (a licence rule, a summons over the
  // same chip): the same names are not enough, only a strong overlap is.
  if (headlineEventsDiffer(item.features, other.features, pair.keys)) {
    if (pair.score < t.strongScore || pair.coverage < t.strongCoverage) return null;
  }
  const strong = pair.score >= t.strongScore && pair.coverage >= t.strongCoverage;
  return { kind: 'shared-keys', strong, itemId: other.id, score, keys, ...act };
}

/**
 * Whether a match may join across the story's window: any match when the item is near the story,
 * a strong one when it is far, or a report in another language within CROSS_LANGUAGE_JOIN_GAP_MS
 * of the member it matched.
 */
export function joinsAcross(window: 'near' | 'far', reason: GroupReason, item: Pick<GroupItem, 'at' | 'lang'>, member: Pick<GroupItem, 'at' | 'lang'>): boolean {
  if (window === 'near' || reason.strong) return true;
  return item.lang !== member.lang && Math.abs(item.at - member.at) <= CROSS_LANGUAGE_JOIN_GAP_MS;
}

/**
 * The open story the item belongs to, with the reason, or null to start a new story. The best
 * match over every member of every story in the window wins; ties go to the older story.
 */
export function matchStory(item: GroupItem, stories: readonly OpenStory[], t: GroupThresholds = DEFAULT_THRESHOLDS): { story: OpenStory; reason: GroupReason } | { story: null; apart: KeptApart[] } | null {
  let best: { story: OpenStory; reason: GroupReason } | null = null;
  const apart: KeptApart[] = [];
  const ordered = [...stories].sort((a, b) => a.id - b.id);
  const rank = (r: GroupReason) => (r.kind === 'near-duplicate' ? 1000 : 0) + r.score;
  for (const story of ordered) {
    const window = fitsWindow(story, item.at);
    if (!window) continue;
    let found: GroupReason | null = null;
    for (const member of [...story.members].sort((a, b) => a.id - b.id)) {
      if (member.id === item.id) continue;
      const reason = matchKeys(item, member, t);
      if (!reason || !joinsAcross(window, reason, item, member)) continue;
      if (!found || rank(reason) > rank(found)) found = reason;
    }
    if (!found) continue;
    // A story is one event: an item whose stated facts disagree with any member's stays out, even
    // when it matches another member that states none (the one report that gives no direction
    // must not bridge a ban and its lifting).
    const disagreement = storyDisagrees(item, story.members);
    if (disagreement) apart.push({ storyId: story.id, ...disagreement });
    else if (!best || rank(found) > rank(best.reason)) best = { story, reason: found };
  }
  if (best) return apart.length > 0 ? { story: best.story, reason: { ...best.reason, apart } } : best;
  return apart.length > 0 ? { story: null, apart } : null;
}

export interface Grouping {
  /** Story number per item id (stories numbered from 1 in order of their first item). */
  storyOf: Map<number, number>;
  /** Why each item that joined a story joined it (items that started one have none). */
  reasons: Map<number, GroupReason>;
  /** Items that started a story because each story they matched had a member that disagrees. */
  keptApart: Map<number, KeptApart[]>;
}

/** Group a batch of items the way the database does it incrementally: in time order, one by one. */
export function groupItems(items: readonly GroupItem[], t: GroupThresholds = DEFAULT_THRESHOLDS): Grouping {
  const sorted = [...items].sort((a, b) => a.at - b.at || a.id - b.id);
  const stories: OpenStory[] = [];
  const storyOf = new Map<number, number>();
  const reasons = new Map<number, GroupReason>();
  const keptApart = new Map<number, KeptApart[]>();
  for (const item of sorted) {
    // Only stories whose window can still reach this item: the list is in time order.
    const open = stories.filter((s) => item.at - s.lastAt <= STRONG_JOIN_GAP_MS);
    const found = matchStory(item, open, t);
    if (found && !found.story) keptApart.set(item.id, found.apart);
    if (found?.story) {
      found.story.members.push(item);
      found.story.firstAt = Math.min(found.story.firstAt, item.at);
      found.story.lastAt = Math.max(found.story.lastAt, item.at);
      storyOf.set(item.id, found.story.id);
      reasons.set(item.id, found.reason);
    } else {
      const story: OpenStory = { id: stories.length + 1, firstAt: item.at, lastAt: item.at, members: [item] };
      stories.push(story);
      storyOf.set(item.id, story.id);
    }
  }
  return { storyOf, reasons, keptApart };
}

const APART_WHYS: readonly ApartWhy[] = ['opposite-acts', 'numbers-differ'];

function apartList(raw: unknown): KeptApart[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((a: Partial<KeptApart> | null) =>
    a && typeof a.storyId === 'number' && typeof a.itemId === 'number' && APART_WHYS.includes(a.why as ApartWhy) ? [{ storyId: a.storyId, itemId: a.itemId, why: a.why! }] : [],
  );
}

/**
 * What an item's stored story_reason says: the reason it joined its story (null when it started
 * one), and the stories it was kept out of. An item that started a story because every story it
 * matched disagreed stores `{"apart": [...]}` only.
 */
export function storedReasonOf(json: string | null): { reason: GroupReason | null; apart: KeptApart[] } {
  if (!json) return { reason: null, apart: [] };
  try {
    const r = JSON.parse(json) as Partial<GroupReason>;
    const apart = apartList(r.apart);
    if ((r.kind !== 'near-duplicate' && r.kind !== 'shared-keys') || typeof r.itemId !== 'number' || !Array.isArray(r.keys)) return { reason: null, apart };
    const act = r.act === 'restrict' || r.act === 'ease' ? { act: r.act } : {};
    const reason: GroupReason = { kind: r.kind, strong: Boolean(r.strong), itemId: r.itemId, score: Number(r.score) || 0, keys: r.keys.filter((k): k is string => typeof k === 'string'), ...act };
    return { reason: apart.length > 0 ? { ...reason, apart } : reason, apart };
  } catch {
    return { reason: null, apart: [] };
  }
}

/** A stored reason read back (null when absent or not a reason). */
export function groupReasonOf(json: string | null): GroupReason | null {
  return storedReasonOf(json).reason;
}
