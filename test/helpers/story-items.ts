import { groupItems, storyFeatures, type GroupItem } from '../../src/core/stories/index.js';
import type { Country } from '../../src/core/types.js';

const HOUR_MS = 3600_000;

export type TitledItem = GroupItem & { title: string };

/**
 * Items for grouping tests, dated in hours after `start`: `item(lang, title, text, hoursAfter, countries)`;
 * `grouped(items)` gives the stories formed, each as its items' titles, in the order of their first item.
 */
export function storyItems(start: number): {
  item: (lang: string, title: string, text: string, hoursAfter: number, countries?: Country[]) => TitledItem;
  grouped: (items: TitledItem[]) => string[][];
} {
  let nextId = 1;
  return {
    item: (lang, title, text, hoursAfter, countries = ['CN', 'US']) => ({ id: nextId++, at: start + hoursAfter * HOUR_MS, lang, countries, features: storyFeatures({ title, text }), title }),
    grouped(items) {
      const { storyOf } = groupItems(items);
      const byStory = new Map<number, string[]>();
      for (const i of items) byStory.set(storyOf.get(i.id)!, [...(byStory.get(storyOf.get(i.id)!) ?? []), i.title]);
      return [...byStory.values()];
    },
  };
}
