/**
 * `npm run bench:classify`: the relevance classifier alone, in items per second, over the articles of
 * one or more labelled corpora (default ../shared/corpus/dev and test/fixtures/corpus), read once
 * outside the timing. Prints the median of five timed passes so a busy machine shows less noise.
 *   node dist/bench/classify.js [corpus-dir ...] [--ms 2000]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyArticle } from '../src/core/classify/index.js';
import { readFeedArticles } from '../src/core/pipeline.js';
import type { Article } from '../src/core/types.js';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);

const argv = process.argv.slice(2);
const msAt = argv.indexOf('--ms');
const passMs = msAt >= 0 ? Number(argv[msAt + 1]) : 2000;
const named = argv.filter((a, i) => !a.startsWith('--') && (msAt < 0 || i !== msAt + 1));
const dirs = (named.length > 0 ? named : [join(root, '..', 'shared', 'corpus', 'dev'), join(root, 'test', 'fixtures', 'corpus')]).filter((d) => {
  if (existsSync(d)) return true;
  console.log(`note: ${d} not found, skipped`);
  return false;
});

const now = new Date();
const articles: Article[] = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml'))) {
    articles.push(...(await readFeedArticles(readFileSync(join(dir, f)), { now })).articles);
  }
}
if (articles.length === 0) {
  console.log('no articles found');
  process.exit(1);
}
const chars = articles.reduce((n, a) => n + a.title.length + (a.text?.length ?? 0), 0);
console.log(`corpus: ${dirs.length} dir(s), ${articles.length} items, ${Math.round(chars / articles.length)} characters per item on average`);

const run = (): number => {
  let relevant = 0;
  for (const a of articles) if (classifyArticle({ title: a.title, text: a.text, lang: a.lang }).relevant) relevant++;
  return relevant;
};
run(); // warm up: lexicons compiled, code optimised
// Wall-clock rate, and the rate per second of this process's own CPU time: on a shared machine the
// second one is the steadier figure (time spent waiting for a core is not counted).
const wall: number[] = [];
const cpu: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < passMs) {
    run();
    n += articles.length;
  }
  const used = process.cpuUsage(c0);
  wall.push(n / ((performance.now() - t0) / 1000));
  cpu.push(n / ((used.user + used.system) / 1e6));
}
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const line = (name: string, rates: number[]): string => {
  const r = [...rates].sort((a, b) => a - b);
  return `${name}: median ${fmt(r[2]!)} items/s (min ${fmt(r[0]!)}, max ${fmt(r[4]!)}), ${(1e6 / r[2]!).toFixed(1)} µs per item`;
};
console.log(line('classify, wall clock', wall));
console.log(line('classify, per CPU second', cpu));
