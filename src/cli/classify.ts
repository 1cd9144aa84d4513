import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { USER_AGENT } from '../app.js';
import type { Config } from '../config.js';
import { labelArticles, readFeedArticles, type LabelledArticle } from '../core/pipeline.js';
import { groupArticles } from '../core/stories/index.js';
import { fetchFeed } from '../fetch/index.js';
import { isOutputClosed, UsageError } from './io.js';

export const CLASSIFY_HELP = `usage: troika classify <file-or-url>...

Reads each feed (a local file or an http(s) URL) through the same decode → parse → normalise →
classify path as the bot, and prints JSON lines on stdout: one {"type":"feed",...} line per feed,
then one object per item with link, title, published (ISO 8601 UTC or null), lang, relevant,
score, countries, stance, topics, summary, evidence, content (the item's full plain text) and story
(a string shared by the items of one story among all the inputs of this run, null when not relevant).
No database is used.`;

async function readSource(source: string, config: Config): Promise<{ bytes: Uint8Array; contentType: string | null; url: string | null }> {
  if (/^https?:\/\//i.test(source)) {
    const outcome = await fetchFeed(source, { etag: null, lastModified: null }, { timeoutMs: config.FETCH_TIMEOUT_MS, maxBytes: config.FETCH_MAX_BYTES, allowPrivate: config.FEED_ALLOW_PRIVATE, userAgent: USER_AGENT });
    if (outcome.kind === 'failed') throw new Error(outcome.error.message);
    if (outcome.kind === 'not-modified') throw new Error('the server answered 304 Not Modified');
    return { bytes: outcome.body, contentType: outcome.contentType, url: outcome.finalUrl };
  }
  return { bytes: await readFile(source), contentType: null, url: null };
}

/** `troika classify`: exit 0 when every source was read, 1 when some could not be. */
export async function classifyCommand(argv: string[], config: Config, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    out.write(CLASSIFY_HELP + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('classify needs at least one feed file or URL');
  let failures = 0;
  const now = new Date();
  // Stories are shared across every input of the run, so items are printed once all are read. The
  // first feed's line is printed as soon as it is known (it is the first line either way): if the
  // reader is already gone (`| head -0`, a consumer that died), that write tells us, and the
  // remaining inputs are not fetched for nobody.
  const feeds: Array<{ header: string; labelled: LabelledArticle[] }> = [];
  for (const source of positionals) {
    if (isOutputClosed(out)) break;
    try {
      const { bytes, contentType, url } = await readSource(source, config);
      const { feed, articles } = await readFeedArticles(bytes, { contentType, now, feedUrl: url });
      feeds.push({ header: JSON.stringify({ type: 'feed', title: feed.title, link: feed.link, source, items: articles.length, dropped: feed.dropped }), labelled: labelArticles(articles) });
      if (feeds.length === 1) {
        out.write(feeds[0]!.header + '\n');
        await new Promise((resolve) => setImmediate(resolve)); // a failed write reports itself here
      }
    } catch (error) {
      failures++;
      err.write(`troika classify: ${source}: ${(error as Error).message}\n`);
    }
  }
  if (isOutputClosed(out)) return failures ? 1 : 0;
  const stories = groupArticles(feeds.flatMap((f) => f.labelled), now);
  let index = 0;
  let lines = 0;
  for (const [f, { header, labelled }] of feeds.entries()) {
    if (f > 0) out.write(header + '\n');
    for (const { article, classification, summary } of labelled) {
      // The reader left (`| head`): formatting the rest would be for nobody. Errors report asynchronously.
      if (++lines % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (isOutputClosed(out)) return failures ? 1 : 0;
      const { story } = stories[index++]!;
      out.write(
        JSON.stringify({
          link: article.link,
          title: article.title,
          published: article.publishedAt ? article.publishedAt.toISOString() : null,
          lang: article.lang,
          relevant: classification.relevant,
          score: Math.round(classification.score * 1000) / 1000,
          countries: classification.countries,
          stance: classification.stance,
          topics: classification.topics,
          summary,
          evidence: classification.evidence,
          content: article.text,
          story,
        }) + '\n',
      );
    }
  }
  return failures ? 1 : 0;
}
