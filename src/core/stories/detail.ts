/** `/story <id>`: every report of a story, grouped by origin, and why they were grouped. Pure. */
import { entityName } from '../entities.js';
import { ORIGIN_FLAG, ORIGINS, type Origin } from '../origin.js';
import { escapeHtml } from '../telegram-html.js';
import { clipText } from '../clip.js';
import { STANCE_MARK, FLAG } from '../compose.js';
import type { Country, Stance } from '../types.js';
import type { Translate } from '../locale.js';
import type { GroupReason, KeptApart } from './group.js';

export interface DetailMember {
  id: number;
  title: string;
  url: string | null;
  lang: string;
  outlet: string | null;
  origin: string | null;
  stateMedia: boolean;
  publishedAt: Date | null;
  sortAt: Date;
  reason: GroupReason | null;
  /** Stories this report matched by keys and was kept out of, because a member disagrees. */
  apart?: readonly KeptApart[];
}


/** A grouping key in words: an entity's English name, an event kind, an amount, a percentage, a code. */
export function describeKey(key: string): string {
  const [kind, name] = [key.slice(0, 2), key.slice(2)];
  switch (kind) {
    case 'e:':
      return entityName(name, 'en');
    case 'c:':
      return name.replace(/-/g, ' ');
    case 'p:':
      return `${name}%`;
    case 'x:':
      return name.toUpperCase();
    case 'n:': {
      const m = /^(\d+)e(\d+)$/.exec(name);
      if (!m) return name;
      const exp = Number(m[2]);
      const [unit, div] = exp >= 12 ? ['trillion', 12] : exp >= 9 ? ['billion', 9] : exp >= 6 ? ['million', 6] : ['', 0];
      return `≈${Number(m[1]) * 10 ** (exp - div)}${unit ? ` ${unit}` : ''}`;
    }
    default:
      return key;
  }
}

const stamp = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const originOf = (m: DetailMember): Origin => ((ORIGINS as readonly string[]).includes(m.origin ?? '') ? (m.origin as Origin) : 'other');

/** The lines of `/story`: a heading, the reports by origin, then why each joined. */
export function composeStoryDetail(story: { id: number; stance: Stance | null; countries: Country[]; firstAt: Date; lastAt: Date }, members: readonly DetailMember[], t: Translate): string[] {
  const mark = story.stance ? STANCE_MARK[story.stance] : '•';
  const flags = story.countries.map((c) => FLAG[c]).join('');
  const lines = [`${mark} ${flags} <b>${escapeHtml(t('story-detail-title', { id: String(story.id), reports: t('story-reports', { count: members.length }), from: stamp(story.firstAt), to: stamp(story.lastAt) }))}</b>`];
  const byId = new Map(members.map((m) => [m.id, m]));
  for (const origin of ORIGINS) {
    const mine = members.filter((m) => originOf(m) === origin);
    if (mine.length === 0) continue;
    lines.push(`<b>${ORIGIN_FLAG[origin]} ${escapeHtml(t(`story-origin-${origin}`))}</b> (${mine.length})`);
    for (const m of mine) {
      const outlet = escapeHtml(clipText(m.outlet ?? t('story-unknown-outlet'), 60)) + (m.stateMedia ? ` (${escapeHtml(t('story-state'))})` : '');
      const head = m.url && /^https?:\/\//i.test(m.url) ? `<a href="${escapeHtml(m.url)}">${outlet}</a>` : outlet;
      lines.push(`• ${head} · ${escapeHtml(m.lang.toUpperCase())} · ${escapeHtml(stamp(m.publishedAt ?? m.sortAt))}\n  ${escapeHtml(clipText(m.title, 160))}`);
    }
  }
  const joined = members.filter((m) => m.reason);
  if (joined.length > 0) {
    lines.push(`<b>${escapeHtml(t('story-why-grouped'))}</b>`);
    for (const m of joined) {
      const r = m.reason!;
      const other = byId.get(r.itemId);
      const keys = r.keys.filter((k) => !['e:us', 'e:cn', 'e:ru'].includes(k)).map(describeKey);
      // Both headlines state the same direction of the act: part of why they are one event.
      if (r.act) keys.push(t(`story-act-${r.act}`));
      const args = { lang: m.lang.toUpperCase(), outlet: m.outlet ?? t('story-unknown-outlet'), otherLang: (other?.lang ?? '').toUpperCase(), other: other?.outlet ?? t('story-unknown-outlet') };
      const joinedText = t(r.kind === 'near-duplicate' ? 'story-joined-duplicate' : 'story-joined', args);
      lines.push(`• ${escapeHtml(joinedText)}${keys.length ? ` (${escapeHtml(t('story-shared', { keys: keys.join(', ') }))})` : ''}`);
    }
  } else if (members.length === 1) {
    lines.push(`<i>${escapeHtml(t('story-single'))}</i>`);
  }
  // Reports that matched another story by their names but state facts one of its reports contradicts.
  const apart = members.flatMap((m) => [...new Map((m.apart ?? []).map((a) => [a.storyId, a])).values()].map((a) => ({ m, a })));
  if (apart.length > 0) {
    lines.push(`<b>${escapeHtml(t('story-kept-apart'))}</b>`);
    for (const { m, a } of apart) {
      const args = { lang: m.lang.toUpperCase(), outlet: m.outlet ?? t('story-unknown-outlet'), id: String(a.storyId), why: t(`story-apart-${a.why}`) };
      lines.push(`• ${escapeHtml(t('story-apart-line', args))}`);
    }
  }
  return lines;
}
