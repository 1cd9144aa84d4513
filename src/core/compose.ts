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

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}

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

/** Pack blocks into messages, splitting only between blocks, each within the length and entity budgets. */
export function packMessages(blocks: string[], separator = '\n\n'): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
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
export function composeDigest(args: { dateLabel: string; stories: StoryView[] }): string[] {
  const header = `<b>Troika briefing — ${escapeHtml(args.dateLabel)}</b>\n${escapeHtml(composeTotals(args.stories))}`;
  if (args.stories.length === 0) return [`${header}\nNo new stories about US–China–Russia AI relations since your last briefing.`];
  return packMessages([header, ...args.stories.map((s, i) => composeStory(s, i + 1))]);
}

/** A titled list of stories (for /latest, /china, /search ...). */
export function composeStoryList(heading: string, stories: StoryView[], emptyText: string): string[] {
  if (stories.length === 0) return [escapeHtml(emptyText)];
  return packMessages([`<b>${escapeHtml(heading)}</b>`, ...stories.map((s, i) => composeStory(s, i + 1))]);
}
