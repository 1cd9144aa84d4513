/**
 * Candidate lookup by indexed keys (story_keys): the database finds the same stories as comparing
 * with every open story, keys follow their items, and databases grouped before the index get it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { labelArticles, readFeedArticles } from '../../src/core/pipeline.js';
import { groupArticles } from '../../src/core/stories/index.js';
import { createTestApp } from '../helpers/app.js';

const corpus = new URL('../../../shared/corpus/dev/', import.meta.url).pathname;
const NOW = new Date('2026-11-26T00:00:00Z');
if (!existsSync(corpus)) console.warn(`skipping the dev-corpus part of story-keys tests: ${corpus} not found`);

/** A partition as a sorted list of sorted groups, comparable whatever the numbering. */
const partition = (groups: Map<number, number | string>) => {
  const by = new Map<number | string, number[]>();
  for (const [item, story] of groups) by.set(story, [...(by.get(story) ?? []), item].sort((a, b) => a - b));
  return [...by.values()].map((g) => g.join(',')).sort();
};

let app: App;
afterEach(() => app?.close());

async function storeCorpus(app: App): Promise<{ ids: number[]; batch: ReturnType<typeof groupArticles> }> {
  const labelled = [];
  const ids: number[] = [];
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.xml')).sort()) {
    const { articles } = await readFeedArticles(readFileSync(`${corpus}${file}`), { now: NOW });
    const feed = app.stores.feeds.insert({ url: `https://corpus.example/${file}`, addedBy: 'test', createdAt: NOW });
    const mine = labelArticles(articles);
    const stored = app.stores.items.storeArticles(feed.id, mine, NOW, file);
    const idOf = new Map(stored.map((s) => [s.link ?? s.url, s.id]));
    for (const l of mine) {
      labelled.push(l);
      ids.push(idOf.get(l.article.link ?? l.article.url ?? '') ?? -1);
    }
    app.stores.stories.assign(stored.filter((s) => s.relevant));
  }
  return { ids, batch: groupArticles(labelled, NOW) };
}

describe('story keys', () => {
  it.skipIf(!existsSync(corpus))('the database groups the dev corpus exactly as the batch grouping does (the key lookup loses no candidate)', async () => {
    app = createTestApp({ now: () => NOW });
    const { ids, batch } = await storeCorpus(app);
    const fromBatch = new Map<number, string>();
    const fromDb = new Map<number, number>();
    ids.forEach((id, i) => {
      if (id < 0 || batch[i]!.story === null) return;
      fromBatch.set(id, batch[i]!.story!);
      fromDb.set(id, app.stores.stories.storyOfItem(id)!);
    });
    expect(fromBatch.size).toBeGreaterThan(100);
    expect(partition(fromDb)).toEqual(partition(fromBatch));
  });

  it('keys go with a deleted item, and a database grouped before the index gets its keys at the next start', async () => {
    app = createTestApp({ now: () => NOW });
    const sqlite = app.db.$client;
    const feed = app.stores.feeds.insert({ url: 'https://en.example/feed', addedBy: 'test', createdAt: NOW });
    const article = (link: string, title: string, text: string, at: string) => ({ url: link, link, title, text, publishedAt: new Date(at) });
    const store = (a: ReturnType<typeof article>) => {
      const stored = app.stores.items.storeArticles(feed.id, labelArticles([{ ...a, lang: 'en', itemKey: a.link, dedupeKey: a.link, author: null, categories: [] } as never]), NOW, 'test');
      app.stores.stories.assign(stored.filter((s) => s.relevant));
      return stored[0]!.id;
    };
    const first = store(article('https://en.example/1', 'Nvidia to take a $5.5 billion hit after US requires a licence for H20 sales to China', 'The US government told Nvidia that H20 AI chip exports to China need a licence; Nvidia expects a $5.5 billion charge.', '2025-04-16T06:00:00Z'));
    const keysOf = (id: number) => sqlite.prepare('select count(*) from story_keys where item_id = ?').pluck().get(id) as number;
    expect(keysOf(first)).toBeGreaterThan(7);

    // As after the upgrade: no keys, no flag. The next start indexes the stored items once.
    sqlite.exec("delete from story_keys; delete from meta where key = 'story_keys_indexed'");
    app.stores.stories.groupUngrouped();
    expect(keysOf(first)).toBeGreaterThan(7);
    const second = store(article('https://en.example/2', 'Nvidia expects $5.5 billion H20 charge after US licence rule for China sales', 'Nvidia said US H20 export licence requirements for China will cost it $5.5 billion, as AI chip rivalry deepens.', '2025-04-16T09:00:00Z'));
    expect(app.stores.stories.storyOfItem(second)).toBe(app.stores.stories.storyOfItem(first));

    sqlite.prepare('delete from items where id = ?').run(first);
    expect(keysOf(first)).toBe(0);
    expect(keysOf(second)).toBeGreaterThan(7);
  });
});
