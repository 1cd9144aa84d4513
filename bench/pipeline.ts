/**
 * `npm run bench`: feed files repeated to at least 20,000 items, through
 * decode → parse → normalise → classify → store, compared with bare rss-parser parseString.
 * No network. Uses ../shared/corpus/dev when present, else the project's own fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { classifyArticle } from '../src/core/classify/index.js';
import { decodeFeedBytes } from '../src/core/decode.js';
import { readFeedArticles } from '../src/core/pipeline.js';
import type { Article } from '../src/core/types.js';
import { openDatabase } from '../src/db/client.js';
import { createFeedStore } from '../src/db/feed-store.js';
import { createItemStore } from '../src/db/item-store.js';
import { createLogger } from '../src/logger.js';
import { createPipelinePool } from '../src/workers/pipeline-pool.js';

const TARGET_ITEMS = 20_000;
// The project root (package.json), whether this runs from bench/ or compiled into dist/bench/.
let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
const corpusDir = join(root, '..', 'shared', 'corpus', 'dev');
const fixtureDir = join(root, 'test', 'fixtures', 'feeds');
const dir = existsSync(corpusDir) ? corpusDir : fixtureDir;
if (dir === fixtureDir) console.log(`note: ${corpusDir} not found; benchmarking the project's own fixtures instead`);

const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(join(dir, f)));
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);

const now = new Date();
const perRound = (await Promise.all(files.map((b) => readFeedArticles(b, { now })))).reduce((n, r) => n + r.articles.length, 0);
const rounds = Math.ceil(TARGET_ITEMS / perRound);
const totalItems = rounds * perRound;
console.log(`corpus: ${files.length} files, ${perRound} items per round, ${rounds} rounds = ${totalItems} items`);

// 1. Bare rss-parser on the same documents (decoded once outside the timing, as parseString needs text).
const texts = files.map((b) => decodeFeedBytes(b).text);
const bare = new Parser();
let t = performance.now();
for (let r = 0; r < rounds; r++) for (const text of texts) await bare.parseString(text);
const bareMs = performance.now() - t;

// 2. The whole pipeline as the refresh job runs it: analysis on the worker pool (PIPELINE_WORKERS,
//    default 2), four documents in flight (FETCH_CONCURRENCY), storing on the main thread.
const workers = Number(process.env.PIPELINE_WORKERS ?? 2);
const pool = createPipelinePool(workers, createLogger('silent'));
await pool.analyze(files[0]!, { now, maxItems: 500 }); // start the workers outside the timing
const db = openDatabase(':memory:');
const feeds = createFeedStore(db);
const items = createItemStore(db);
const articlesForClassifier: Article[] = (await Promise.all(files.map((b) => readFeedArticles(b, { now })))).flatMap((r) => r.articles);
const jobs = Array.from({ length: rounds * files.length }, (_, i) => ({ round: Math.floor(i / files.length), file: i % files.length }));
t = performance.now();
let nextJob = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (nextJob < jobs.length) {
      const { round, file } = jobs[nextJob++]!;
      const analysis = await pool.analyze(files[file]!, { now, maxItems: 500 });
      // Each round stands for new stories: make their keys unique so they are really inserted.
      const fresh = analysis.labelled.map((l) => ({ ...l, article: { ...l.article, itemKey: `${l.article.itemKey}#${round}`, dedupeKey: `${l.article.dedupeKey}#${round}` } }));
      const feed = feeds.getByUrl(`bench://${file}`) ?? feeds.insert({ url: `bench://${file}`, addedBy: 'bench', createdAt: now });
      items.storeArticles(feed.id, fresh, now, 'bench');
    }
  }),
);
const pipelineMs = performance.now() - t;
await pool.close();
const stored = db.$client.prepare('select count(*) from items').pluck().get() as number;

// 3. The classifier alone, on one core.
const classifyRounds = Math.ceil(TARGET_ITEMS / articlesForClassifier.length);
t = performance.now();
for (let r = 0; r < classifyRounds; r++) for (const a of articlesForClassifier) classifyArticle({ title: a.title, text: a.text, lang: a.lang });
const classifyMs = performance.now() - t;
const classified = classifyRounds * articlesForClassifier.length;

clearInterval(sampler);
sample();
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const bareRate = rate(totalItems, bareMs);
const pipelineRate = rate(totalItems, pipelineMs);
console.log(`bare parseString:      ${bareRate} items/s (${Math.round(bareMs)} ms)`);
console.log(`whole pipeline:        ${pipelineRate} items/s (${Math.round(pipelineMs)} ms, ${stored} items stored, ${workers} worker threads)`);
console.log(`classifier alone:      ${rate(classified, classifyMs)} items/s (${classified} items, ${Math.round(classifyMs)} ms)`);
console.log(`pipeline / bare parse: ${(pipelineRate / bareRate).toFixed(2)} (target ≥ 0.50)`);
console.log(`peak RSS:              ${Math.round(peakRss / 1024 / 1024)} MB`);
db.$client.close();

// Story grouping: cost per item at growing numbers of stored items (bench/grouping.ts).
const { benchGrouping } = await import('./grouping.js');
benchGrouping([10_000, 50_000, 100_000]);
