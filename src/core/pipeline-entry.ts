/**
 * The analysis (decode → parse → classify → summarize) loaded on first use. With pipeline workers the
 * main thread never analyses a document, so it need not hold the parser, the lexicons and their
 * compiled matchers (about 30 MB resident): only the workers load src/core/pipeline.ts.
 */
import type { AnalyzeOptions, FeedAnalysis } from './pipeline.js';

export type { AnalyzeOptions, FeedAnalysis, LabelledArticle } from './pipeline.js';

export async function analyzeFeedInThread(bytes: Uint8Array, opts: AnalyzeOptions): Promise<FeedAnalysis> {
  const { analyzeFeed } = await import('./pipeline.js');
  return analyzeFeed(bytes, opts);
}
