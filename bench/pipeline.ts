/**
 * `npm run bench`: feed files repeated to at least 20,000 items, through
 * decode → parse → normalise → classify → store, compared with bare rss-parser parseString.
 * No network. Uses ../shared/corpus/dev when present, else the project's own fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { classifyArticle } from '../src/core/classify/index.js';
import { decodeFeedBytes } from '../src/core/decode.js';
import { labelArticles, readFeedArticles } from '../src/core/pipeline.js';
import type { Article } from '../src/core/types.js';
import { openDatabase } from '../src/db/client.js';
import { createFeedStore } from '../src/db/feed-store.js';
import { createItemStore } from '../src/db/item-store.js';

const TARGET_ITEMS = 20_000;
const corpusDir = new URL('../../shared/corpus/dev/', import.meta.url).pathname;
const fixtureDir = new URL('../test/fixtures/feeds/', import.meta.url).pathname;
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

// 2. The whole pipeline into a real SQLite file database.
const db = openDatabase(':memory:');
const feeds = createFeedStore(db);
const items = createItemStore(db);
const articlesForClassifier: Article[] = [];
t = performance.now();
for (let r = 0; r < rounds; r++) {
  for (let f = 0; f < files.length; f++) {
    const { articles } = await readFeedArticles(files[f]!, { now });
    // Each round stands for new stories: make their keys unique so they are really inserted.
    const fresh = articles.map((a) => ({ ...a, itemKey: `${a.itemKey}#${r}`, dedupeKey: `${a.dedupeKey}#${r}` }));
    const feed = feeds.getByUrl(`bench://${f}`) ?? feeds.insert({ url: `bench://${f}`, addedBy: 'bench', createdAt: now });
    items.storeArticles(feed.id, labelArticles(fresh), now, 'bench');
    if (r === 0) articlesForClassifier.push(...articles);
  }
}
const pipelineMs = performance.now() - t;
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
console.log(`whole pipeline:        ${pipelineRate} items/s (${Math.round(pipelineMs)} ms, ${stored} items stored)`);
console.log(`classifier alone:      ${rate(classified, classifyMs)} items/s (${classified} items, ${Math.round(classifyMs)} ms)`);
console.log(`pipeline / bare parse: ${(pipelineRate / bareRate).toFixed(2)} (target ≥ 0.50)`);
console.log(`peak RSS:              ${Math.round(peakRss / 1024 / 1024)} MB`);
db.$client.close();
