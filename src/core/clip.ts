/**
 * The one way to shorten text: cut at a grapheme boundary, so an emoji, a flag or a letter with its
 * combining marks is kept whole or dropped whole, never split into a lone surrogate (which Telegram
 * rejects and SQLite stores as invalid bytes).
 *
 *   truncateText(text, maxUnits): string                  // at most maxUnits UTF-16 units, no marker
 *   clipText(text, maxUnits, { ellipsis?, atWord? }): string   // ends in "…" when shortened
 *
 * Lengths are UTF-16 code units because that is what Telegram and JavaScript count.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A grapheme cluster is rarely longer than a few units (a family emoji is 11); segmenting a window
 * around the cut instead of the whole text keeps this cheap for 20,000-character bodies. A cluster
 * longer than the window is cut at a code point boundary instead.
 */
const WINDOW = 64;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The largest grapheme boundary at or before `at` (0 ≤ at ≤ text.length). */
export function graphemeBoundaryBefore(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (at <= 0) return 0;
  const start = Math.max(0, at - WINDOW);
  const window = text.slice(start, Math.min(text.length, at + WINDOW));
  let boundary = start;
  for (const { index, segment } of graphemes.segment(window)) {
    const end = start + index + segment.length;
    if (end > at) break;
    boundary = end;
  }
  // No boundary in the window (a cluster longer than it, e.g. stacked combining marks): cut at a code point.
  if (boundary === start && start > 0) return isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
  return boundary;
}

/** At most `maxUnits` UTF-16 units of `text`, ending at a grapheme boundary; no marker. */
export function truncateText(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  return text.slice(0, graphemeBoundaryBefore(text, Math.max(0, maxUnits)));
}

export interface ClipOptions {
  /** Appended when the text was shortened (default "…"). */
  ellipsis?: string;
  /** Prefer the last space when it is in the final 40 % (not for languages without spaces). */
  atWord?: boolean;
}

/** At most `maxUnits` UTF-16 units, marker included, cut at a grapheme boundary; trailing space and punctuation dropped. */
export function clipText(text: string, maxUnits: number, options: ClipOptions = {}): string {
  if (text.length <= maxUnits) return text;
  const ellipsis = options.ellipsis ?? '…';
  if (maxUnits <= ellipsis.length) return truncateText(ellipsis, Math.max(0, maxUnits));
  let cut = truncateText(text, maxUnits - ellipsis.length);
  if (options.atWord && !/\s/u.test(text.charAt(cut.length))) {
    const lastSpace = cut.lastIndexOf(' ');
    if (lastSpace > maxUnits * 0.6) cut = cut.slice(0, lastSpace);
  }
  return cut.replace(/[\s,;:，、；：-]+$/u, '') + ellipsis;
}

/** True when `text` holds a lone surrogate (invalid UTF-16, unencodable as UTF-8). */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}
