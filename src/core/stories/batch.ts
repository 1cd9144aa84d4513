/** Grouping a whole batch of classified articles at once (the `classify` and `eval` commands). */
import type { Article, Classification } from '../types.js';
import { storyFeatures } from './features.js';
import { groupItems, type GroupReason } from './group.js';

export interface BatchStory {
  /** "s1", "s2" ... in order of each story's first item; null for items that are not relevant. */
  story: string | null;
  reason: GroupReason | null;
}

/**
 * Group the relevant articles of one run into stories, exactly as the database does it item by
 * item; `now` dates the articles that have no date (as the store does).
 */
export function groupArticles(labelled: ReadonlyArray<{ article: Article; classification: Classification }>, now: Date): BatchStory[] {
  const items = labelled.flatMap(({ article, classification }, index) =>
    classification.relevant
      ? [{ id: index + 1, at: (article.publishedAt ?? now).getTime(), lang: article.lang, countries: classification.countries, features: storyFeatures({ title: article.title, text: article.text }) }]
      : [],
  );
  const { storyOf, reasons } = groupItems(items);
  return labelled.map((_, index) => {
    const story = storyOf.get(index + 1);
    return { story: story === undefined ? null : `s${story}`, reason: reasons.get(index + 1) ?? null };
  });
}
