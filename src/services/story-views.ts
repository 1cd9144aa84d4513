/** Stored stories as readers see them: one view per story, built from its row and its items. */
import type { StoryView } from '../core/compose.js';
import { composeGist, gistFacts } from '../core/gist.js';
import type { Locale, Translate } from '../core/locale.js';
import type { FilterableStory } from '../core/reader-filter.js';
import { buildStoryView, leadMember, type ViewOptions } from '../core/stories/view.js';
import type { TranslationRequest } from './translator.js';
import type { Story } from '../db/item-store.js';
import type { StoryMember, StoryRow, StoryStore } from '../db/story-store.js';

export interface LoadedStory {
  row: StoryRow;
  members: StoryMember[];
  view: StoryView;
  score: number;
  lastAt: Date;
}

/**
 * The story ids of these relevant items, first appearance first. Items without a story (stored by
 * an older release, or by a test) are grouped now, from their full rows.
 */
export function storyIdsOf(stories: StoryStore, items: ReadonlyArray<Pick<Story, 'id' | 'storyId'>>, fullRows?: (ids: number[]) => Story[]): number[] {
  const loose = items.filter((i) => i.storyId === null);
  const assigned = new Map<number, number>();
  if (loose.length) {
    const rows = fullRows ? fullRows(loose.map((i) => i.id)) : (loose as Story[]);
    for (const g of stories.assign(rows.filter((r) => r.relevant && r.storyId === null))) assigned.set(g.itemId, g.storyId);
  }
  const ids: number[] = [];
  const seen = new Set<number>();
  for (const i of items) {
    const id = i.storyId ?? assigned.get(i.id) ?? stories.storyOfItem(i.id);
    if (id !== null && !seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}

/** What a reader's filters read of a story: its headlines (every report's), the lead summary, its topics. */
export function filterableOf(story: LoadedStory): FilterableStory {
  return { title: story.members.map((m) => m.title).join('\n'), summary: story.view.summary, topics: story.row.topics };
}

/** Load stories with their items and build their views; `membersCache` shares loads within a pass. */
export function loadStories(stories: StoryStore, ids: readonly number[], options: ViewOptions & { membersCache?: Map<number, { row: StoryRow; members: StoryMember[] }> } = {}): LoadedStory[] {
  const out: LoadedStory[] = [];
  const missing = ids.filter((id) => !options.membersCache?.has(id));
  const rows = new Map(stories.getMany(missing).map((r) => [r.id, r]));
  const membersOf = stories.membersOfMany([...rows.keys()]);
  for (const id of ids) {
    let loaded = options.membersCache?.get(id);
    if (!loaded) {
      const row = rows.get(id);
      if (!row) continue;
      loaded = { row, members: membersOf.get(id) ?? [] };
      options.membersCache?.set(id, loaded);
    }
    if (loaded.members.length === 0) continue;
    const view = buildStoryView(loaded.row, loaded.members, options);
    out.push({ row: loaded.row, members: loaded.members, view, score: loaded.row.score, lastAt: loaded.row.lastAt });
  }
  return out;
}

/** Reports read for a gist's names: the first ones are enough for one line. */
const GIST_REPORTS = 12;
/** The summary sent for translation (the briefing shows at most 320 characters of it). */
const TRANSLATED_SUMMARY_MAX = 400;

/** Whether a reader of `locale` has a report of this story in their own language. */
export function hasReportIn(story: LoadedStory, locale: Locale): boolean {
  return story.members.some((m) => m.lang === locale);
}

/** What to ask a translator for a reader of `locale`: the lead report's headline and summary. */
export function translationRequestFor(story: LoadedStory, locale: Locale): TranslationRequest {
  const lead = leadMember(story.members);
  return { headline: lead.title, summary: lead.summary.slice(0, TRANSLATED_SUMMARY_MAX), from: lead.lang, to: locale };
}

/**
 * The story as a reader of `locale` sees it. A report in their language leads when there is one;
 * otherwise the original headline stays, with the machine translation when one is given, else the
 * offline gist under it.
 */
export function viewForReader(story: LoadedStory, locale: Locale, t: Translate, translation?: { headline: string; summary: string } | null): StoryView {
  if (hasReportIn(story, locale)) {
    if (leadMember(story.members).lang === locale) return story.view;
    return { ...buildStoryView(story.row, story.members, { preferLangs: [locale] }), developing: story.view.developing };
  }
  if (translation) return { ...story.view, title: translation.headline, summary: translation.summary, translatedFrom: leadMember(story.members).lang };
  const texts = story.members.slice(0, GIST_REPORTS).map((m) => `${m.title}\n${m.summary}`);
  const gist = composeGist(gistFacts(story.row, texts), locale, t);
  return gist ? { ...story.view, gist } : story.view;
}
