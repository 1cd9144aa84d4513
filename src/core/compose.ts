import { clipText, truncateText } from './clip.js';
import type { Translate } from './locale.js';
import { ORIGIN_FLAG, type Origin } from './origin.js';
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
  /** Distinct outlets carrying the story. */
  sourceCount?: number;
  /** Distinct outlets per origin bloc, most first. */
  origins?: Array<[Origin, number]>;
  /** One link per other language version. */
  languages?: Array<{ lang: string; url: string }>;
  /** Set when at least three outlets carry it, all from this one origin bloc. */
  blindSpot?: Origin | null;
  /** Every item comes from state media. */
  stateOnly?: boolean;
  /** The story's latest item (shown in lists). */
  date?: Date | undefined;
  /** What is new since the chat last got this story. */
  developing?: { newSources: number; newOrigins: Origin[] };
  /** No report is in the reader's language: the offline gist line in it (plain text), shown under the headline. */
  gist?: string;
  /** Title and summary are a machine translation from this language (the message says so). */
  translatedFrom?: string;
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

/** "5 sources · 🇺🇸 2 · 🇨🇳 2 · 🇷🇺 1" (empty for a single source). */
export function composeOriginLine(story: StoryView, t: Translate): string {
  const n = story.sourceCount ?? 1;
  if (!story.origins || n < 2) return '';
  return [t('story-sources', { count: n }), ...story.origins.map(([o, c]) => `${ORIGIN_FLAG[o]} ${c}`)].join(' · ');
}

/** "EN · RU · ZH", each a link to that language's version. */
function composeLanguageLinks(story: StoryView): string {
  const links = (story.languages ?? []).map((l) => ({ ...l, href: safeHref(l.url) })).filter((l) => l.href).slice(0, 4);
  return links.map((l) => `<a href="${escapeHtml(l.href!)}">${escapeHtml(l.lang.toUpperCase())}</a>`).join(' · ');
}

/** The blind-spot note: what the other side is not reporting. */
function composeBlindSpot(story: StoryView, t: Translate): string {
  if (!story.blindSpot) return '';
  return t(story.stateOnly ? 'story-blind-spot-state' : 'story-blind-spot', { flag: ORIGIN_FLAG[story.blindSpot], origin: story.blindSpot });
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Under a headline not in the reader's language: "machine translation from …", else the offline gist (HTML). */
function readerNote(story: StoryView, t: Translate): string {
  if (story.translatedFrom) {
    const from = ['en', 'id', 'ru', 'zh'].includes(story.translatedFrom) ? story.translatedFrom : 'other';
    return `<i>${escapeHtml(t(`story-translated-from-${from}`))}</i>`;
  }
  return story.gist ? `<i>${escapeHtml(clip(story.gist, 200))}</i>` : '';
}

/** One story as HTML: stance mark, flags, linked headline, outlet, summary, origins, other languages, blind spot. */
export function composeStory(story: StoryView, t: Translate, index?: number): string {
  const mark = story.stance ? STANCE_MARK[story.stance] : '•';
  const flags = story.countries.map((c) => FLAG[c]).join('');
  const title = escapeHtml(clip(story.title, 300));
  const href = safeHref(story.url);
  const linked = href ? `<a href="${escapeHtml(href)}">${title}</a>` : `<b>${title}</b>`;
  const number = index !== undefined ? `${index}. ` : '';
  const originLine = composeOriginLine(story, t);
  // Without origins (an older caller), the plain count still says how many carried it.
  const more = !originLine && story.sourceCount && story.sourceCount > 1 ? ` · ${t('story-sources', { count: story.sourceCount })}` : '';
  const dated = story.date ? ` · ${isoDate(story.date)}` : '';
  const source = story.source ? `<i>${escapeHtml(clip(story.source, 80))}</i>${dated}${more}` : `${dated}${more}`.replace(/^ · /, '');
  const summary = story.summary ? escapeHtml(clip(story.summary, 320)) : '';
  const idTag = story.id !== undefined ? ` <code>#${story.id}</code>` : '';
  const lines = [
    `${number}${mark} ${flags} ${linked}${idTag}`.replace(/ +/g, ' '),
    readerNote(story, t),
    [source, summary].filter(Boolean).join(' — '),
    [escapeHtml(originLine), composeLanguageLinks(story)].filter(Boolean).join(' · '),
    escapeHtml(composeBlindSpot(story, t)),
  ].filter(Boolean);
  return lines.join('\n');
}

/** One line for the overflow list: mark, linked headline, outlet, sources. */
export function composeStoryLine(story: StoryView, t: Translate): string {
  const mark = story.stance ? STANCE_MARK[story.stance] : '•';
  const title = escapeHtml(clip(story.title, 140));
  const href = safeHref(story.url);
  const linked = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const n = story.sourceCount ?? 1;
  const extra = [story.source ? escapeHtml(clip(story.source, 40)) : '', n > 1 ? escapeHtml(t('story-sources', { count: n })) : '', story.blindSpot ? '👁' : ''].filter(Boolean).join(' · ');
  // A one-line headline marks a machine translation with its sign only; an untranslated one gets the gist below.
  const note = story.translatedFrom ? ' 🌐' : story.gist ? `\n   ${readerNote(story, t)}` : '';
  return `${mark} ${linked}${extra ? ` — ${extra}` : ''}${story.id !== undefined ? ` #${story.id}` : ''}${note}`;
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

/** Stories shown in full; the rest become one-line headlines in an expandable quote. */
export const FULL_STORIES = 8;
/** From this many stories on, full stories sit under country-pair headings. */
export const HEADINGS_FROM = 6;
/** One-line headlines per expandable quote (each quote stays well inside one message). */
const LINES_PER_QUOTE = 15;

/** Number each later part of a split briefing: "(2/3)" on its first line. */
function numberParts(parts: string[]): string[] {
  if (parts.length < 2) return parts;
  return parts.map((p, i) => (i === 0 ? p : `<i>(${i + 1}/${parts.length})</i>\n${p}`));
}

/**
 * The daily briefing in the reader's locale: a header with the date and totals; the top stories in
 * full (under country-pair headings on longer days); the rest as one-line headlines in an
 * expandable quote; stories that grew since the chat got them under "Developing"; split into
 * numbered messages.
 */
export function composeDigest(args: { dateLabel: string; stories: StoryView[]; developing?: StoryView[]; hidden?: number; t: Translate; weekly?: boolean }): string[] {
  const { t } = args;
  const developing = args.developing ?? [];
  // The weekly recap (Monday) is the week's top stories, told the same way under its own title.
  const header = `<b>${t(args.weekly ? 'weekly-title' : 'digest-title', { date: escapeHtml(args.dateLabel) })}</b>\n${composeTotals(args.stories, t)}`;
  const hidden = args.hidden ?? 0;
  if (args.stories.length === 0 && developing.length === 0) {
    if (args.weekly) return [`${header}\n${hidden > 0 ? `${t('digest-hidden', { count: hidden })}\n` : ''}${t('weekly-empty')}`];
    if (hidden > 0) return [`${header}\n${t('digest-hidden-only', { count: hidden })}`];
    return [`${header}\n${t('digest-empty')}`];
  }
  // A daily briefing is about its day: no per-story dates (lists show them).
  const full = args.stories.slice(0, FULL_STORIES).map((s) => ({ ...s, date: undefined }));
  const rest = args.stories.slice(FULL_STORIES);
  const blocks = [header];
  if (args.stories.length >= HEADINGS_FROM) {
    // Pairs in the order of their best story; stories keep their rank inside a pair.
    const keyOf = (s: StoryView) => COUNTRIES.filter((c) => s.countries.includes(c)).join(',');
    const order: string[] = [];
    for (const s of full) if (!order.includes(keyOf(s))) order.push(keyOf(s));
    let n = 0;
    for (const key of order) {
      const group = full.filter((x) => keyOf(x) === key);
      const flags = group[0]!.countries.map((c) => FLAG[c]).join('');
      blocks.push(`<b>${flags} ${escapeHtml(pairLabel(group[0]!.countries, t) ?? '')}</b>`);
      for (const s of group) blocks.push(composeStory(s, t, ++n));
    }
  } else {
    full.forEach((s, i) => blocks.push(composeStory(s, t, i + 1)));
  }
  for (let i = 0; i < rest.length; i += LINES_PER_QUOTE) {
    const lines = rest.slice(i, i + LINES_PER_QUOTE).map((s) => composeStoryLine(s, t));
    const title = i === 0 ? `<b>${t('digest-more', { count: rest.length })}</b>\n` : '';
    blocks.push(`${title}<blockquote expandable>${lines.join('\n')}</blockquote>`);
  }
  if (developing.length > 0) {
    const lines = developing.map((s) => {
      const d = s.developing;
      const what = [
        d && d.newSources > 0 ? t('digest-developing-sources', { count: d.newSources }) : '',
        d && d.newOrigins.length ? t('digest-developing-origins', { flags: d.newOrigins.map((o) => ORIGIN_FLAG[o]).join(' ') }) : '',
      ].filter(Boolean).join(', ');
      return `${composeStoryLine(s, t)}${what ? `\n   ${escapeHtml(what)}` : ''}`;
    });
    blocks.push(`<b>${t('digest-developing')}</b>\n${lines.join('\n')}`);
  }
  if (hidden > 0) blocks.push(`<i>${t('digest-hidden-more', { count: hidden })}</i>`);
  return numberParts(packMessages(blocks));
}

/** A titled list of stories (for /latest, /china, /search ...); heading and empty text are HTML. */
export function composeStoryList(headingHtml: string, stories: StoryView[], emptyHtml: string, t: Translate): string[] {
  if (stories.length === 0) return [emptyHtml];
  return packMessages([`<b>${headingHtml}</b>`, ...stories.map((s, i) => composeStory(s, t, i + 1))]);
}
