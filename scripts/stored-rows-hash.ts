/**
 * The invariant a cheaper pipeline must keep: the rows a refresh stores. Stores the labelled corpus
 * (../shared/corpus/dev when present) and the project's own corpus (test/fixtures/corpus) into a fresh
 * database file as a refresh does (analysis with N pipeline workers or on this thread, each feed's
 * items in one transaction, grouping in slices), then prints a SHA-256 per table over every row of
 * items, item_sources, stories, story_keys, feeds and the search index's own tables, and one over all.
 *
 *   npx tsx scripts/stored-rows-hash.ts [--workers 2]
 *
 * Two builds (or worker counts) that print the same hashes stored the same data. Pure timestamps come
 * from one fixed clock, so runs compare.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/db/client.js';
import { createFeedStore } from '../src/db/feed-store.js';
import { createItemStore } from '../src/db/item-store.js';
import { createStoryStore } from '../src/db/story-store.js';
import { createLogger } from '../src/logger.js';
import { groupInSlices } from '../src/services/refresh-feeds.js';
import { createPipelinePool } from '../src/workers/pipeline-pool.js';

const { values: args } = parseArgs({ options: { workers: { type: 'string' } } });
const workers = Number(args.workers ?? 0);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = [join(root, '..', 'shared', 'corpus', 'dev'), join(root, 'test', 'fixtures', 'corpus')].filter((d) => existsSync(d));
const now = new Date('2026-11-30T08:00:00Z');

const folder = mkdtempSync(join(tmpdir(), 'troika-rows-hash-'));
const db = openDatabase(join(folder, 'hash.db'));
const pool = createPipelinePool(workers, createLogger('silent'));
try {
  const feeds = createFeedStore(db);
  const items = createItemStore(db);
  const stories = createStoryStore(db);
  for (const dir of corpora) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
      const feed = feeds.insert({ url: `https://corpus.example/${dir.split('/').at(-1)}/${file}`, addedBy: 'hash', createdAt: now });
      const analysis = await pool.analyze(readFileSync(join(dir, file)), { now, maxItems: 500, knownKeys: items.knownKeys(feed.id, 1000) });
      const stored = items.storeArticles(feed.id, analysis.labelled, now, analysis.title ?? file, true);
      await groupInSlices(stories, stored.filter((s) => s.relevant), analysis.labelled);
      feeds.update(feed.id, { title: analysis.title, language: analysis.language, lastSuccessAt: now });
    }
  }
  const client = db.$client;
  const tables = ['items', 'item_sources', 'stories', 'story_keys', 'feeds', ...(client.prepare("select name from sqlite_master where type = 'table' and name like 'items_fts_%' order by name").pluck().all() as string[])];
  const all = createHash('sha256');
  for (const table of tables) {
    const h = createHash('sha256');
    // Every column in order (story_keys has no rowid): the same rows give the same bytes.
    const columns = (client.prepare(`select count(*) from pragma_table_info('${table}')`).pluck().get() as number);
    const rows = client.prepare(`select * from ${table} order by ${Array.from({ length: columns }, (_, i) => i + 1).join(', ')}`).raw().all() as unknown[][];
    for (const row of rows) h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? v.toString() : v)) + '\n');
    const digest = h.digest('hex');
    all.update(`${table}:${digest}\n`);
    console.log(`${table.padEnd(18)} ${String(rows.length).padStart(6)} rows  ${digest.slice(0, 16)}`);
  }
  console.log(`all (${workers} workers)`.padEnd(26), all.digest('hex').slice(0, 16), `corpora: ${corpora.join(', ')}`);
} finally {
  await pool.close();
  closeDatabase(db);
  rmSync(folder, { recursive: true, force: true });
}
