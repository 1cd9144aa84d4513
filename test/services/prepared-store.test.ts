/**
 * Grouping features and search-index texts computed with the analysis (on a worker) instead of on the
 * main thread while storing: the database must come out byte for byte the same as before, stories and
 * search index included, and grouping in slices must form the same stories as one batch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFeed, type LabelledArticle } from '../../src/core/pipeline.js';
import { closeDatabase, openDatabase, type Db } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createItemStore } from '../../src/db/item-store.js';
import { createStoryStore } from '../../src/db/story-store.js';
import { groupInSlices } from '../../src/services/refresh-feeds.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const now = new Date('2026-11-26T06:00:00Z');

/**
 * Store every corpus feed into a fresh database, the old way (computed while storing, one batch) or the
 * new one (prepared by the analysis, grouped in slices; `sliceMs` 0 makes every slice one item).
 */
async function storeCorpus(prepared: boolean, sliceMs?: number): Promise<Db> {
  const db = openDatabase(':memory:');
  const feeds = createFeedStore(db);
  const items = createItemStore(db);
  const stories = createStoryStore(db);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const analysis = await analyzeFeed(readFileSync(join(dir, file)), { now, maxItems: 500 });
    const labelled: LabelledArticle[] = prepared ? analysis.labelled : analysis.labelled.map(({ prepared: _, ...l }) => l);
    const feed = feeds.insert({ url: `https://example.com/${file}`, addedBy: 'test', createdAt: now });
    const stored = items.storeArticles(feed.id, labelled, now, file);
    if (prepared) await groupInSlices(stories, stored.filter((s) => s.relevant), labelled, sliceMs);
    else stories.assign(stored.filter((s) => s.relevant));
  }
  return db;
}

const dump = (db: Db, sql: string) => db.$client.prepare(sql).raw().all();

describe('storing with what the analysis prepared', () => {
  it('prepares features and index texts for the relevant items only', async () => {
    const analysis = await analyzeFeed(readFileSync(join(dir, 'en-wire.xml')), { now, maxItems: 500 });
    expect(analysis.labelled.some((l) => l.classification.relevant)).toBe(true);
    for (const l of analysis.labelled) expect(l.prepared !== undefined, l.article.title).toBe(l.classification.relevant);
  });

  it('gives the same items, stories and search index as computing them while storing', async () => {
    const before = await storeCorpus(false);
    const after = await storeCorpus(true);
    try {
      expect(dump(after, 'select id, story_id, story_features from items order by id')).toEqual(dump(before, 'select id, story_id, story_features from items order by id'));
      expect(dump(after, 'select * from stories order by id')).toEqual(dump(before, 'select * from stories order by id'));
      // The index's own pages: the same texts indexed under the same rows give the same bytes.
      const index = 'select id, block from items_fts_data order by id';
      expect(dump(before, index).length).toBeGreaterThan(1);
      expect(dump(after, index)).toEqual(dump(before, index));
      expect(dump(after, "select rowid from items_fts where items_fts match 'china' order by rowid")).toEqual(dump(before, "select rowid from items_fts where items_fts match 'china' order by rowid"));
    } finally {
      closeDatabase(before);
      closeDatabase(after);
    }
  });

  it('groups the same whether each transaction holds one item or many (slices end on time, never mid-item)', async () => {
    const one = await storeCorpus(true, 0);
    const many = await storeCorpus(true, 60_000);
    try {
      const grouped = 'select id, story_id, story_reason, story_features from items order by id';
      expect((dump(one, grouped) as unknown[][]).filter((r) => r[1] !== null).length).toBeGreaterThan(10);
      expect(dump(many, grouped)).toEqual(dump(one, grouped));
      expect(dump(many, 'select * from stories order by id')).toEqual(dump(one, 'select * from stories order by id'));
      expect(dump(many, 'select * from story_keys order by key, at, item_id')).toEqual(dump(one, 'select * from story_keys order by key, at, item_id'));
    } finally {
      closeDatabase(one);
      closeDatabase(many);
    }
  });

  it('assignFor groups at least one item per call, stops at the end, and reports how many it grouped', async () => {
    const db = openDatabase(':memory:');
    try {
      const feeds = createFeedStore(db);
      const items = createItemStore(db);
      const stories = createStoryStore(db);
      const analysis = await analyzeFeed(readFileSync(join(dir, 'en-wire.xml')), { now, maxItems: 500 });
      const feed = feeds.insert({ url: 'https://example.com/en-wire.xml', addedBy: 'test', createdAt: now });
      const relevant = items.storeArticles(feed.id, analysis.labelled, now, 'wire').filter((s) => s.relevant).sort((a, b) => a.sortAt.getTime() - b.sortAt.getTime() || a.id - b.id);
      expect(relevant.length).toBeGreaterThan(2);
      expect(stories.assignFor(relevant, 0, 0)).toBe(1);
      expect(stories.assignFor(relevant, 1, 60_000)).toBe(relevant.length - 1);
      expect(stories.assignFor(relevant, relevant.length, 60_000)).toBe(0);
      expect(db.$client.prepare('select count(*) from items where relevant = 1 and story_id is null').pluck().get()).toBe(0);
    } finally {
      closeDatabase(db);
    }
  });
});
