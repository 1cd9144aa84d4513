import { clipText, truncateText } from './clip.js';
import { escapeHtml, parseTelegramHtml } from './telegram-html.js';
import type { Country, Stance } from './types.js';

/** What a message needs to show about a story. */
export interface StoryView {
  id?: number;
  title: string;
  url: string | null;
  source: string | null;
  summary: string;
  stance: Stance | null;
  countries: Country[];
  sourceCount?: number;
}

export const STANCE_MARK: Record<Stance, string> = { cooperation: '🤝', competition: '⚔️', mixed: '⚖️' };
export const FLAG: Record<Country, string> = { CN: '🇨🇳', RU: '🇷🇺', US: '🇺🇸' };

/** Telegram counts 4096 characters after entity parsing; stay well below, and below 50 entities. */
export const MESSAGE_BUDGET = 3800;
export const ENTITY_BUDGET = 50;

const clip = (s: string, max: number): string => clipText(s, max);

function safeHref(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url) || url.length > 2000) return null;
  return url;
}

/** One story as HTML: stance marker, flags, linked title, source and summary. */
export function composeStory(story: StoryView, index?: number): string {
  const mark = story.stance ? STANCE_MARK[story.stance] : '•';
  const flags = story.countries.map((c) => FLAG[c]).join('');
  const title = escapeHtml(clip(story.title, 300));
  const href = safeHref(story.url);
  const linked = href ? `<a href="${escapeHtml(href)}">${title}</a>` : `<b>${title}</b>`;
  const number = index !== undefined ? `${index}. ` : '';
  const more = story.sourceCount && story.sourceCount > 1 ? ` · ${story.sourceCount} sources` : '';
  const source = story.source ? `<i>${escapeHtml(clip(story.source, 80))}</i>${more}` : more.replace(/^ · /, '');
  const summary = story.summary ? escapeHtml(clip(story.summary, 320)) : '';
  const idTag = story.id !== undefined ? ` <code>#${story.id}</code>` : '';
  const lines = [`${number}${mark} ${flags} ${linked}${idTag}`.replace(/ +/g, ' '), [source, summary].filter(Boolean).join(' — ')].filter(Boolean);
  return lines.join('\n');
}

function measure(html: string): { length: number; entities: number } {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`composed invalid Telegram HTML: ${parsed.error}`);
  return { length: parsed.text.length, entities: parsed.entities.length };
}

/** Most messages one oversize block may become; the rest is clipped. */
const MAX_PARTS_PER_BLOCK = 3;

/**
 * A block that alone exceeds a budget (a huge title from an old database, a long error): its plain
 * text in message-sized pieces, cut at line ends where possible and always at grapheme boundaries.
 * Its formatting is dropped: a cut inside a tag could not be sent at all.
 */
function splitOversizeBlock(html: string): string[] {
  const parsed = parseTelegramHtml(html);
  let rest = parsed.ok ? parsed.text : html;
  const pieces: string[] = [];
  while (rest && pieces.length < MAX_PARTS_PER_BLOCK) {
    if (rest.length <= MESSAGE_BUDGET) {
      pieces.push(rest);
      rest = '';
      break;
    }
    const last = pieces.length === MAX_PARTS_PER_BLOCK - 1;
    if (last) {
      pieces.push(clipText(rest, MESSAGE_BUDGET));
      rest = '';
      break;
    }
    let piece = truncateText(rest, MESSAGE_BUDGET);
    const newline = piece.lastIndexOf('\n');
    if (newline > MESSAGE_BUDGET / 2) piece = piece.slice(0, newline);
    pieces.push(piece);
    rest = rest.slice(piece.length).replace(/^\n/, '');
  }
  return pieces.map(escapeHtml);
}

function fits(size: { length: number; entities: number }): boolean {
  return size.length <= MESSAGE_BUDGET && size.entities <= ENTITY_BUDGET;
}

/**
 * Pack blocks into messages, each within the length and entity budgets: split between blocks, and
 * a single block too big for any message is split or clipped on its own.
 */
export function packMessages(blocks: string[], separator = '\n\n'): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => (fits(measure(b)) ? [b] : splitOversizeBlock(b)))) {
    const candidate = current ? current + separator + block : block;
    const size = measure(candidate);
    if (current && (size.length > MESSAGE_BUDGET || size.entities > ENTITY_BUDGET)) {
      messages.push(current);
      current = block;
    } else {
      current = candidate;
    }
  }
  if (current) messages.push(current);
  return messages;
}

function pairKey(countries: Country[]): string | null {
  return countries.length >= 2 ? countries.join('–') : null;
}

/** The totals line: stories, by stance, by country pair. */
export function composeTotals(stories: StoryView[]): string {
  const stance: Record<string, number> = {};
  const pairs: Record<string, number> = {};
  for (const s of stories) {
    if (s.stance) stance[s.stance] = (stance[s.stance] ?? 0) + 1;
    const key = pairKey(s.countries);
    if (key) pairs[key] = (pairs[key] ?? 0) + 1;
  }
  const parts = [`${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`];
  for (const st of ['cooperation', 'competition', 'mixed'] as const) if (stance[st]) parts.push(`${STANCE_MARK[st]} ${stance[st]} ${st}`);
  const pairText = Object.entries(pairs)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return parts.join(' · ') + (pairText ? ` · ${pairText}` : '');
}

/** The daily briefing: a header with the date and totals, then the ranked stories, split into messages. */
export function composeDigest(args: { dateLabel: string; stories: StoryView[]; hidden?: number }): string[] {
  const header = `<b>Troika briefing — ${escapeHtml(args.dateLabel)}</b>\n${escapeHtml(composeTotals(args.stories))}`;
  const hidden = args.hidden ?? 0;
  if (args.stories.length === 0) {
    if (hidden > 0) return [`${header}\n${hiddenByFilters(hidden)} Nothing else is new since your last briefing.`];
    return [`${header}\nNo new stories about US–China–Russia AI relations since your last briefing.`];
  }
  const footer = hidden > 0 ? [`<i>${hiddenByFilters(hidden, true)}</i>`] : [];
  return packMessages([header, ...args.stories.map((s, i) => composeStory(s, i + 1)), ...footer]);
}

/** "3 stories hidden by your filters (/settings)." — the reader's own topic and muted-word filters. */
export function hiddenByFilters(count: number, more = false): string {
  return `${count} ${more ? 'more ' : ''}${count === 1 ? 'story' : 'stories'} hidden by your filters (/settings).`;
}

/** A titled list of stories (for /latest, /china, /search ...). */
export function composeStoryList(heading: string, stories: StoryView[], emptyText: string): string[] {
  if (stories.length === 0) return [escapeHtml(emptyText)];
  return packMessages([`<b>${escapeHtml(heading)}</b>`, ...stories.map((s, i) => composeStory(s, i + 1))]);
}
