/**
 * From a stored story and its items to what a reader sees: the best headline, the outlet, how many
 * distinct outlets and origins carry it, one link per other language, a blind-spot mark, and what
 * changed since a chat last saw it. Pure.
 */
import type { StoryView } from '../compose.js';
import { ORIGINS, type Origin } from '../origin.js';
import type { Country, Stance } from '../types.js';

/** One item of a story, as the view needs it. */
export interface MemberInput {
  id: number;
  title: string;
  url: string | null;
  lang: string;
  outlet: string | null;
  feedId: number | null;
  origin: string | null;
  stateMedia: boolean;
  sortAt: Date;
  score: number;
  summary: string;
  sourceCount: number;
}

export interface StoryInput {
  id: number;
  stance: Stance | null;
  countries: Country[];
  score: number;
  firstAt: Date;
  lastAt: Date;
}

/** A blind spot: at least this many outlets, all from one origin bloc. */
export const BLIND_SPOT_MIN_SOURCES = 3;

const originOf = (m: MemberInput): Origin => ((ORIGINS as readonly string[]).includes(m.origin ?? '') ? (m.origin as Origin) : 'other');
const outletKey = (m: MemberInput) => (m.outlet ?? `feed:${m.feedId ?? m.id}`).trim().toLowerCase();

/**
 * The member whose headline leads: one in the reader's first language the story has a report in
 * (`preferLangs` in order), then the most cited (carried by most feeds), then the earliest.
 */
export function leadMember(members: readonly MemberInput[], preferLangs: readonly string[] = []): MemberInput {
  const lang = preferLangs.find((l) => members.some((m) => m.lang === l));
  const pool = lang ? members.filter((m) => m.lang === lang) : members;
  return [...pool].sort((a, b) => b.sourceCount - a.sourceCount || a.sortAt.getTime() - b.sortAt.getTime() || a.id - b.id)[0]!;
}

/** Distinct outlets per origin, most first (ties in the ORIGINS order). */
export function originCounts(members: readonly MemberInput[]): Array<[Origin, number]> {
  const outlets = new Map<string, Origin>();
  for (const m of members) if (!outlets.has(outletKey(m))) outlets.set(outletKey(m), originOf(m));
  const counts = new Map<Origin, number>();
  for (const o of outlets.values()) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || ORIGINS.indexOf(a[0]) - ORIGINS.indexOf(b[0]));
}

export interface ViewOptions {
  preferLangs?: readonly string[];
  /** Items of this story the chat was already sent: what is new makes the "Developing" note. */
  seenItemIds?: ReadonlySet<number>;
}

/** One link per language other than the lead's: that language's earliest item. */
function otherLanguages(members: readonly MemberInput[], lead: MemberInput): Array<{ lang: string; url: string }> {
  const languages: Array<{ lang: string; url: string }> = [];
  for (const m of [...members].sort((a, b) => a.sortAt.getTime() - b.sortAt.getTime() || a.id - b.id)) {
    if (m.lang === lead.lang || !m.url || languages.some((l) => l.lang === m.lang)) continue;
    languages.push({ lang: m.lang, url: m.url });
  }
  return languages;
}

/** The same view led by the headline in the reader's languages (see leadMember); the rest unchanged. */
export function withLeadIn(view: StoryView, members: readonly MemberInput[], preferLangs: readonly string[]): StoryView {
  const lead = leadMember(members, preferLangs);
  if (lead.id === leadMember(members).id) return view;
  return { ...view, title: lead.title, url: lead.url, source: lead.outlet, summary: lead.summary, languages: otherLanguages(members, lead) };
}

/** The reader's view of one story. */
export function buildStoryView(story: StoryInput, members: readonly MemberInput[], options: ViewOptions = {}): StoryView {
  const lead = leadMember(members, options.preferLangs);
  const origins = originCounts(members);
  const outlets = origins.reduce((n, [, c]) => n + c, 0);
  const languages = otherLanguages(members, lead);
  const only = origins.length === 1 ? origins[0]![0] : null;
  const blindSpot = only && only !== 'other' && outlets >= BLIND_SPOT_MIN_SOURCES ? only : null;
  const view: StoryView = {
    id: story.id, title: lead.title, url: lead.url, source: lead.outlet, summary: lead.summary, stance: story.stance, countries: story.countries,
    sourceCount: outlets, origins, languages, blindSpot, stateOnly: members.every((m) => m.stateMedia), date: story.lastAt,
  };
  if (options.seenItemIds && options.seenItemIds.size > 0) {
    const seen = members.filter((m) => options.seenItemIds!.has(m.id));
    const fresh = members.filter((m) => !options.seenItemIds!.has(m.id));
    const seenOrigins = new Set(originCounts(seen).map(([o]) => o));
    const newOrigins = originCounts(fresh).map(([o]) => o).filter((o) => !seenOrigins.has(o));
    const seenOutlets = new Set(seen.map(outletKey));
    const newOutlets = new Set(fresh.map(outletKey).filter((k) => !seenOutlets.has(k))).size;
    view.developing = { newSources: newOutlets, newOrigins };
  }
  return view;
}

/**
 * Whether a story a chat already got has grown enough to show again, once, under "Developing":
 * a new origin bloc, or at least two more outlets and twice as many as before.
 */
export function isDeveloping(view: StoryView): boolean {
  const d = view.developing;
  if (!d) return false;
  const before = (view.sourceCount ?? 0) - d.newSources;
  return d.newOrigins.length > 0 || (d.newSources >= 2 && d.newSources >= before);
}

/**
 * Order stories for a briefing: relevance, recency, distinct outlets and distinct origins (a story
 * told from Washington, Beijing and Moscow outranks one told three times from one capital).
 */
export function rankStoryViews<T extends { view: StoryView; score: number; lastAt: Date }>(stories: readonly T[], now: Date): T[] {
  const value = (s: T) => {
    const ageHours = Math.max(0, (now.getTime() - s.lastAt.getTime()) / 3600_000);
    const recency = Math.exp(-ageHours / 48);
    const outlets = Math.min(s.view.sourceCount ?? 1, 5) / 5;
    const origins = Math.min(s.view.origins?.filter(([o]) => o !== 'other').length ?? 0, 3) / 3;
    return 0.5 * s.score + 0.2 * recency + 0.15 * outlets + 0.15 * origins;
  };
  return [...stories].map((s) => ({ s, v: value(s) })).sort((a, b) => b.v - a.v || a.s.view.id! - b.s.view.id!).map(({ s }) => s);
}
