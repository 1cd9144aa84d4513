/**
 * Child process for the checkpointer's crash test: stores feeds the way a refresh does (one transaction
 * per feed, then grouping in slices) into a database file whose WAL a checkpoint worker copies back
 * meanwhile, printing "stored <n>" after each feed, until it is killed.
 */
import { readFileSync } from 'node:fs';
import { analyzeFeed } from '../../src/core/pipeline.js';
import { openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createItemStore } from '../../src/db/item-store.js';
import { createStoryStore } from '../../src/db/story-store.js';
import { createLogger } from '../../src/logger.js';
import { groupInSlices } from '../../src/services/refresh-feeds.js';
import { startCheckpointer } from '../../src/workers/checkpointer.js';

const [path, feedFile] = process.argv.slice(2) as [string, string];
const now = new Date('2026-11-26T06:00:00Z');
const db = openDatabase(path);
startCheckpointer(db.$client, path, createLogger('silent'), 5);
const feeds = createFeedStore(db);
const items = createItemStore(db);
const stories = createStoryStore(db);
const analysis = await analyzeFeed(readFileSync(feedFile), { now, maxItems: 500 });
for (let n = 0; ; n++) {
  // Each copy of the feed is a feed of its own with its own items.
  const labelled = analysis.labelled.map((l) => ({ ...l, article: { ...l.article, itemKey: `${l.article.itemKey}#${n}`, dedupeKey: `${l.article.dedupeKey}#${n}` } }));
  const feed = feeds.insert({ url: `https://crash.example/${n}.xml`, addedBy: 'test', createdAt: now });
  const stored = items.storeArticles(feed.id, labelled, now, 'crash');
  await groupInSlices(stories, stored.filter((s) => s.relevant), labelled, 0);
  process.stdout.write(`stored ${n + 1}\n`);
}
