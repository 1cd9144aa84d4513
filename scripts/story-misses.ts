/**
 * Story grouping under the microscope, over labelled corpora (labels.json + stories.json, as
 * `troika eval` reads them), with the labelled relevance and countries (the grouping alone):
 *
 *   npx tsx scripts/story-misses.ts <corpus-dir>...            every same-story pair not formed, and
 *                                                               every pair formed across two stories,
 *                                                               with the score, coverage, anchor weight,
 *                                                               shared keys and the time gap;
 *   npx tsx scripts/story-misses.ts --fold 30 <corpus-dir>...  a precision stress test: every corpus's
 *                                                               stories moved, whole, into one 30-day
 *                                                               period, so events of one theme months
 *                                                               apart meet in one window; counts the
 *                                                               pairs formed across stories whose
 *                                                               labelled dates are more than 4 days
 *                                                               apart (closer ones may be one real event
 *                                                               told in two corpora).
 *
 * The blind corpora hold about 40 stories a year, far sparser than a live feed list; the fold shows
 * what the thresholds do when same-theme events crowd a window.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalUrl } from '../src/core/canonical-url.js';
import { readFeedArticles } from '../src/core/pipeline.js';
import { storyFeatures } from '../src/core/stories/features.js';
import { eventsDisagree, groupItems, matchItems, namesCount, pairScore, sharesTwoCountries, type GroupItem } from '../src/core/stories/group.js';
import type { Country } from '../src/core/types.js';

interface Item extends GroupItem {
  gold: string;
  title: string;
  /** The labelled instant before any fold. */
  labelledAt: number;
}

const DAY = 86_400_000;
const linkKey = (link: string) => canonicalUrl(link) ?? link.trim();

async function load(dir: string, firstId: number): Promise<{ items: Item[]; what: Map<string, string> }> {
  const labels = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')) as { items: Array<{ feed: string; link: string; relevant: boolean; countries: Country[] }> };
  const stories = JSON.parse(await readFile(path.join(dir, 'stories.json'), 'utf8')) as { stories: Array<{ id: string; what?: string; items: string[] }> };
  const corpus = path.basename(dir);
  const storyOf = new Map<string, string>();
  const what = new Map<string, string>();
  for (const s of stories.stories) {
    what.set(`${corpus}:${s.id}`, s.what ?? '');
    for (const link of s.items) storyOf.set(linkKey(link), `${corpus}:${s.id}`);
  }
  const items: Item[] = [];
  const now = new Date();
  for (const feed of [...new Set(labels.items.map((l) => l.feed))]) {
    const { articles } = await readFeedArticles(await readFile(path.join(dir, feed)), { now });
    const byUrl = new Map(articles.filter((a) => a.url).map((a) => [linkKey(a.url!), a]));
    for (const label of labels.items.filter((l) => l.feed === feed && l.relevant)) {
      const a = byUrl.get(linkKey(label.link));
      const gold = storyOf.get(linkKey(label.link));
      if (!a || !gold) continue;
      const at = (a.publishedAt ?? now).getTime();
      items.push({ id: firstId + items.length, at, labelledAt: at, lang: a.lang, countries: label.countries, features: storyFeatures({ title: a.title, text: a.text }), gold, title: a.title });
    }
  }
  return { items, what };
}

/** Each story moved whole so that its first item falls inside [T0, T0 + days). */
function fold(items: Item[], days: number): Item[] {
  const first = new Map<string, number>();
  for (const i of items) first.set(i.gold, Math.min(first.get(i.gold) ?? Infinity, i.at));
  const T0 = Date.UTC(2026, 0, 1);
  const period = days * DAY;
  return items.map((i) => {
    const f = first.get(i.gold)!;
    return { ...i, at: i.at + T0 + ((((f - T0) % period) + period) % period) - f };
  });
}

function describe(a: Item, b: Item): string {
  const pair = pairScore(a.features, b.features, namesCount(a.lang, b.lang));
  const reason = matchItems(a, b) ?? matchItems(b, a);
  const line = (i: Item) => `    [${i.lang}] ${new Date(i.at).toISOString().slice(0, 16)} ${i.countries.join(',')} ${i.title.slice(0, 100)}`;
  return [
    line(a),
    line(b),
    `    score ${pair.score.toFixed(2)} coverage ${pair.coverage.toFixed(2)} anchor ${pair.anchor.toFixed(2)} gap ${(Math.abs(a.at - b.at) / 3_600_000).toFixed(0)} h` +
      ` parties ${sharesTwoCountries(a.countries, b.countries) ? 'shared' : 'differ'} match ${reason ? `${reason.kind}${reason.strong ? ' (strong)' : ''}` : 'none'}` +
      `${eventsDisagree(a.features, b.features) ? ` apart (${eventsDisagree(a.features, b.features)})` : ''}`,
    `    shared: ${pair.keys.join(' ') || '-'}`,
  ].join('\n');
}

function report(name: string, items: Item[], what: Map<string, string>, folded: boolean): void {
  const { storyOf } = groupItems(items);
  let gold = 0;
  let found = 0;
  let formed = 0;
  let wrong = 0;
  const wrongStories = new Set<string>();
  const out: string[] = [];
  for (let x = 0; x < items.length; x++) {
    for (let y = x + 1; y < items.length; y++) {
      const a = items[x]!;
      const b = items[y]!;
      const same = a.gold === b.gold;
      const together = storyOf.get(a.id) === storyOf.get(b.id);
      if (same) gold++;
      if (same && together) found++;
      if (together) formed++;
      if (same && !together && !folded) out.push(`missed ${a.gold} (${what.get(a.gold)})\n${describe(a, b)}`);
      if (!same && together && (!folded || Math.abs(a.labelledAt - b.labelledAt) > 4 * DAY)) {
        wrong++;
        wrongStories.add([a.gold, b.gold].sort().join(' + '));
        out.push(`formed across ${a.gold} (${what.get(a.gold)}) and ${b.gold} (${what.get(b.gold)})\n${describe(a, b)}`);
      }
    }
  }
  console.log(`== ${name}: ${found}/${gold} same-story pairs found, ${formed} pairs formed, ${wrong} across different events (${wrongStories.size} pairs of stories)`);
  if (out.length > 0) console.log(out.join('\n'));
}

// Piped into `head`, stop quietly once the reader has gone.
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const foldAt = args.indexOf('--fold');
const foldDays = foldAt >= 0 ? Number(args[foldAt + 1]) : 0;
const dirs = args.filter((a, i) => !a.startsWith('--') && (foldAt < 0 || i !== foldAt + 1));
if (dirs.length === 0 || (foldAt >= 0 && !(foldDays > 0))) {
  console.error('usage: npx tsx scripts/story-misses.ts [--fold <days>] <corpus-dir>...');
  process.exit(2);
}
const pooled: Item[] = [];
const pooledWhat = new Map<string, string>();
for (const dir of dirs) {
  const { items, what } = await load(dir, pooled.length + 1);
  if (foldDays > 0) {
    pooled.push(...items);
    for (const [k, v] of what) pooledWhat.set(k, v);
  } else {
    report(dir, items, what, false);
  }
}
if (foldDays > 0) report(`${dirs.length} corpora folded into ${foldDays} days`, fold(pooled, foldDays), pooledWhat, true);
