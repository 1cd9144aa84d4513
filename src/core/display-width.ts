/**
 * How many terminal columns a string takes, for tables that stay aligned with Chinese, Japanese or
 * Korean names, emoji and accented letters:
 *
 *   displayWidth(text): number                       // columns on a terminal
 *   padToWidth(text, width): string                  // spaces added up to `width` columns
 *   clipToWidth(text, maxWidth): string              // at most maxWidth columns, "…" when shortened
 *
 * Counted per grapheme cluster (what a reader sees as one character): East Asian Wide and Fullwidth
 * characters take 2 columns, emoji 2, combining marks, zero-width and control characters 0,
 * everything else 1 (East Asian Ambiguous counts as narrow, as terminals outside East Asia show it).
 */
import { eastAsianWidth } from 'get-east-asian-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}/u;
/** Keycap emoji: a digit, # or * followed by VS16 and the enclosing keycap. */
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3/u;
/** Takes no column on its own: marks, controls, format characters (ZWJ, ZWSP, soft hyphen, BOM). */
const ZERO_WIDTH = /^[\p{M}\p{Cc}\p{Cf}]/u;
const VS16 = '\uFE0F';

/** Columns of one grapheme cluster. */
function clusterWidth(cluster: string): number {
  if (EMOJI_PRESENTATION.test(cluster) || REGIONAL_INDICATOR.test(cluster) || KEYCAP.test(cluster)) return 2;
  // A text-style pictograph (❤, ☺) becomes an emoji with VS16 or as part of a ZWJ sequence.
  if (PICTOGRAPHIC.test(cluster) && (cluster.includes(VS16) || cluster.includes('\u200D'))) return 2;
  if (ZERO_WIDTH.test(cluster)) return 0;
  return eastAsianWidth(cluster.codePointAt(0)!);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Terminal columns of `text` (one line; control characters count 0). */
export function displayWidth(text: string): number {
  if (isAscii(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += clusterWidth(segment);
  return width;
}

/** `text` followed by as many spaces as make it `width` columns wide (unchanged if already wider). */
export function padToWidth(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

/** At most `maxWidth` columns of `text`, cut between grapheme clusters and ending in "…" when shortened. */
export function clipToWidth(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  if (maxWidth <= 0) return '';
  const budget = maxWidth - 1; // the ellipsis takes one column
  let width = 0;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    const w = clusterWidth(segment);
    if (width + w > budget) break;
    width += w;
    out += segment;
  }
  return `${out}…`;
}
