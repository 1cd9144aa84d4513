import { clipText, truncateText } from './clip.js';
import { titleFingerprint } from './normalize.js';
import type { Lang } from './types.js';

const MAX_SUMMARY = 280;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  const locale = lang === 'other' ? 'en' : lang;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

// Chinese has no spaces: cut anywhere; otherwise at the last word boundary.
const cutAtWord = (text: string, max: number): string => clipText(text, max, { atWord: true });

/**
 * An extractive summary in the item's own language: its first one or two sentences that are
 * not a repeat of the title, at most 280 characters.
 */
export function summarizeArticle(article: { title: string; text: string; lang: Lang }): string {
  // Two sentences within 280 characters come from the opening; segmenting more is wasted work.
  const text = truncateText(article.text, 1200);
  const titleKey = titleFingerprint(article.title);
  // Only the first sentences can make the summary: stop segmenting once two are found.
  const sentences: string[] = [];
  for (const { segment } of sentenceSegmenter(article.lang).segment(text)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    // Only a sentence about as short as the title can repeat it: skip the costly fingerprint otherwise.
    if (sentence.length <= article.title.length + 10) {
      const key = titleFingerprint(sentence);
      if (key.length === 0 || key === titleKey || (key.length < 20 && titleKey.includes(key))) continue;
    }
    sentences.push(sentence);
    if (sentences.length === 2) break;
  }
  if (sentences.length === 0) return '';
  const first = sentences[0]!;
  if (first.length >= MAX_SUMMARY) return cutAtWord(first, MAX_SUMMARY);
  const second = sentences[1];
  const joiner = article.lang === 'zh' ? '' : ' ';
  if (second && first.length + joiner.length + second.length <= MAX_SUMMARY) return first + joiner + second;
  return first;
}
