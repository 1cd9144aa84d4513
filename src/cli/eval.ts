/** `troika eval <corpus-dir> [--errors] [--json]`: run a labelled corpus through the pipeline and the classifier. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readFeedArticles } from '../core/pipeline.js';
import { canonicalUrl } from '../core/canonical-url.js';
import { classifyArticle } from '../core/classify/index.js';
import { chineseScriptOf } from '../core/classify/han-script.js';
import { evaluate, formatErrors, formatReport, pairLabels } from '../core/classify/evaluate.js';
import type { LabelItem, Prediction } from '../core/classify/evaluate.js';
import { evaluateStories, formatStoryReport, groupArticles, type StoryMetrics } from '../core/stories/index.js';
import type { StoryError } from '../core/stories/evaluate.js';
import type { Article, Classification } from '../core/types.js';

const USAGE = 'usage: troika eval <corpus-dir> [--errors] [--json]';

interface LabelFile {
  items: Array<LabelItem & { feed: string }>;
}

interface StoriesFile {
  stories: Array<{ id: string; what?: string; items: string[] }>;
}

function isStoriesFile(x: unknown): x is StoriesFile {
  return typeof x === 'object' && x !== null && Array.isArray((x as { stories?: unknown }).stories);
}

/** The corpus's stories.json, if it has one (null when absent; an error message when unreadable). */
async function readStories(dir: string): Promise<StoriesFile | null | string> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(dir, 'stories.json'), 'utf8'));
    return isStoriesFile(parsed) ? parsed : 'expected {"stories": [...]}';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : (err as Error).message;
  }
}

function isLabelFile(x: unknown): x is LabelFile {
  return typeof x === 'object' && x !== null && Array.isArray((x as { items?: unknown }).items);
}

/** Canonical form used on both sides, so tracking parameters never break the match. */
function linkKey(link: string): string {
  return canonicalUrl(link) ?? link.trim();
}

/** Run the evaluation; returns the process exit code (0 ok, 2 bad arguments or missing corpus). */
export async function evalCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n\nScores the classifier against a labelled corpus (labels.json in <corpus-dir>): precision, recall\nand F1 of relevance, exact country-set match and stance accuracy, overall, per language and, for Chinese,\nper script (zh-Hans simplified, zh-Hant traditional). With a stories.json: the story grouping end to end\n(over the items the classifier finds relevant) and the grouping alone (over the labelled relevant items).\n  --errors  list each wrong item with its evidence\n  --json    print the figures as JSON\n`);
    return 0;
  }
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const args = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--errors' && f !== '--json');
  const dir = args[0];
  if (!dir || unknown.length > 0) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const labelsPath = path.join(dir, 'labels.json');
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    process.stderr.write(`eval: corpus directory not found: ${dir}\n${USAGE}\n`);
    return 2;
  }
  let labels: LabelFile;
  try {
    const parsed: unknown = JSON.parse(await readFile(labelsPath, 'utf8'));
    if (!isLabelFile(parsed)) throw new Error('expected {"items": [...]}');
    labels = parsed;
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `unreadable (${(err as Error).message})`;
    process.stderr.write(`eval: labels file ${why}: ${labelsPath}\n`);
    return 2;
  }

  const predictions: Prediction[] = [];
  const classified: Array<{ link: string; article: Article; classification: Classification }> = [];
  const feeds = [...new Set(labels.items.map((l) => l.feed))];
  const now = new Date();
  for (const feed of feeds) {
    const mine = labels.items.filter((l) => l.feed === feed);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.join(dir, feed));
    } catch {
      process.stderr.write(`eval: feed file missing, its ${mine.length} labels count as unmatched: ${feed}\n`);
      continue;
    }
    const { articles } = await readFeedArticles(bytes, { now });
    for (const [label, a] of pairLabels(mine, articles, linkKey)) {
      const c = classifyArticle({ title: a.title, text: a.text, lang: a.lang });
      classified.push({ link: label.link, article: a, classification: c });
      const script = label.lang === 'zh' ? chineseScriptOf(`${a.title} ${a.text ?? ''}`) : null;
      predictions.push({ link: label.link, lang: a.lang, relevant: c.relevant, countries: c.countries, stance: c.stance, evidence: c.evidence, title: a.title, script });
    }
  }

  const report = evaluate(predictions, labels.items);
  const storiesFile = await readStories(dir);
  if (typeof storiesFile === 'string') process.stderr.write(`eval: stories.json unreadable, story figures skipped (${storiesFile})\n`);
  let stories: { metrics: StoryMetrics; errors: StoryError[] } | null = null;
  let storiesOnLabels: { metrics: StoryMetrics; errors: StoryError[] } | null = null;
  if (storiesFile && typeof storiesFile !== 'string') {
    const storyOf = new Map<string, string>();
    for (const s of storiesFile.stories) for (const link of s.items) storyOf.set(linkKey(link), s.id);
    const langOf = new Map(labels.items.map((l) => [linkKey(l.link), l.lang]));
    const score = (run: typeof classified) => {
      const grouped = groupArticles(run, now);
      return evaluateStories(new Map(run.map((c, i) => [linkKey(c.link), grouped[i]!.story])), { storyOf, langOf });
    };
    // End to end: the classifier decides which items are grouped (a relevant item it rejects stays alone).
    stories = score(classified);
    // Grouping alone: the labelled relevance and countries, so the classifier's misses do not count here.
    const labelOf = new Map(labels.items.map((l) => [linkKey(l.link), l]));
    storiesOnLabels = score(classified.map((c) => {
      const label = labelOf.get(linkKey(c.link));
      return label ? { ...c, classification: { ...c.classification, relevant: label.relevant, countries: label.countries as Classification['countries'] } } : c;
    }));
  }
  if (flags.has('--json')) {
    const slim = { ...report, wrong: flags.has('--errors') ? report.wrong : report.wrong.map(({ evidence: _e, ...w }) => w) };
    const storyPart = stories
      ? {
          stories: { ...stories.metrics, ...(flags.has('--errors') ? { errors: stories.errors } : {}) },
          storiesOnLabels: { ...storiesOnLabels!.metrics, ...(flags.has('--errors') ? { errors: storiesOnLabels!.errors } : {}) },
        }
      : {};
    process.stdout.write(`${JSON.stringify({ ...slim, ...storyPart }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report)}\n`);
    if (stories) process.stdout.write(`\n${formatStoryReport(stories.metrics)}\n`);
    if (storiesOnLabels) process.stdout.write(`\ngrouping alone (labelled relevance and countries):\n${formatStoryReport(storiesOnLabels.metrics)}\n`);
    if (flags.has('--errors') && report.wrong.length + report.missing.length > 0) process.stdout.write(`\n${formatErrors(report)}\n`);
    if (flags.has('--errors') && stories && stories.errors.length > 0) process.stdout.write(`\n${formatStoryErrors(stories.errors, classified)}\n`);
    if (flags.has('--errors') && storiesOnLabels && storiesOnLabels.errors.length > 0) {
      process.stdout.write(`\ngrouping alone (labelled relevance), its errors:\n${formatStoryErrors(storiesOnLabels.errors, classified)}\n`);
    }
  }
  return 0;
}

/** Each wrongly merged or split story, item by item, with the gold and predicted story. */
function formatStoryErrors(errors: StoryError[], classified: Array<{ link: string; article: Article }>): string {
  const byLink = new Map(classified.map((c) => [linkKey(c.link), c.article]));
  const out: string[] = [];
  for (const e of errors) {
    out.push(e.kind === 'merged' ? '✗ different events in one predicted story:' : '✗ one labelled story split:');
    for (const item of e.items) {
      const a = byLink.get(item.link);
      const date = a?.publishedAt ? a.publishedAt.toISOString().slice(0, 16) : '-';
      out.push(`  ${item.gold} → ${item.predicted ?? 'not relevant'}  [${a?.lang ?? '?'}] ${date} ${a?.title.slice(0, 90) ?? item.link}`);
    }
    out.push('');
  }
  return out.join('\n');
}
