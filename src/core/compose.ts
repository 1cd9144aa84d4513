import { clipText, truncateText } from './clip.js';
import type { Translate } from './locale.js';
import { escapeHtml, parseTelegramHtml } from './telegram-html.js';
import { COUNTRIES, type Country, type Stance } from './types.js';

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
export function composeStory(story: StoryView, t: Translate, index?: number): string {
  const mark = story.stance ? STANCE_MARK[story.stance] : '•';
  const flags = story.countries.map((c) => FLAG[c]).join('');
  const title = escapeHtml(clip(story.title, 300));
  const href = safeHref(story.url);
  const linked = href ? `<a href="${escapeHtml(href)}">${title}</a>` : `<b>${title}</b>`;
  const number = index !== undefined ? `${index}. ` : '';
  const more = story.sourceCount && story.sourceCount > 1 ? ` · ${t('story-sources', { count: story.sourceCount })}` : '';
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

/** A pair of countries as the locale writes it ("CN–US", "Китай–США", "中美"), in a fixed order. */
function pairLabel(countries: Country[], t: Translate): string | null {
  if (countries.length < 2) return null;
  const [a, b] = COUNTRIES.filter((c) => countries.includes(c));
  if (countries.length > 2) return COUNTRIES.map((c) => t(`country-short-${c}`)).join('–');
  return t('country-pair', { a: t(`country-short-${a!}`), b: t(`country-short-${b!}`) });
}

/** The totals line (HTML): stories, by stance, by country pair. */
export function composeTotals(stories: StoryView[], t: Translate): string {
  const stance: Record<string, number> = {};
  const pairs = new Map<string, number>();
  for (const s of stories) {
    if (s.stance) stance[s.stance] = (stance[s.stance] ?? 0) + 1;
    const label = pairLabel(s.countries, t);
    if (label) pairs.set(label, (pairs.get(label) ?? 0) + 1);
  }
  const parts = [t('digest-stories', { count: stories.length })];
  for (const st of ['cooperation', 'competition', 'mixed'] as const) if (stance[st]) parts.push(t(`digest-stance-${st}`, { count: stance[st] }));
  const pairText = [...pairs]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${escapeHtml(k)} ${n}`)
    .join(', ');
  return parts.join(' · ') + (pairText ? ` · ${pairText}` : '');
}

/** The daily briefing in the reader's locale: a header with the date and totals, then the ranked stories, split into messages. */
export function composeDigest(args: { dateLabel: string; stories: StoryView[]; hidden?: number; t: Translate }): string[] {
  const { t } = args;
  const header = `<b>${t('digest-title', { date: escapeHtml(args.dateLabel) })}</b>\n${composeTotals(args.stories, t)}`;
  const hidden = args.hidden ?? 0;
  if (args.stories.length === 0) {
    if (hidden > 0) return [`${header}\n${t('digest-hidden-only', { count: hidden })}`];
    return [`${header}\n${t('digest-empty')}`];
  }
  const footer = hidden > 0 ? [`<i>${t('digest-hidden-more', { count: hidden })}</i>`] : [];
  return packMessages([header, ...args.stories.map((s, i) => composeStory(s, t, i + 1)), ...footer]);
}

/** "3 stories hidden by your filters (/settings)." in the reader's locale: their own topic and muted-word filters. */
export function hiddenByFilters(count: number, t: Translate): string {
  return t('digest-hidden', { count });
}

/** A titled list of stories (for /latest, /china, /search ...); heading and empty text are HTML. */
export function composeStoryList(headingHtml: string, stories: StoryView[], emptyHtml: string, t: Translate): string[] {
  if (stories.length === 0) return [emptyHtml];
  return packMessages([`<b>${headingHtml}</b>`, ...stories.map((s, i) => composeStory(s, t, i + 1))]);
}
