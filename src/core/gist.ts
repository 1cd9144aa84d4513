/**
 * The offline gist: one short line in the reader's language for a story none of whose reports is in
 * that language. Built from what the classifier and the entity table already know (the parties and
 * stance, the topic, the names involved), with the words from the locale files and the names in
 * the reader's script where the entity table has a standard form. No network, no model. Pure.
 */
import { entity, entityName, findEntities } from './entities.js';
import { intlTag, type Locale, type Translate } from './locale.js';
import { COUNTRIES, type Country, type Stance, type Topic } from './types.js';

/** What the gist says, before it is put into words. */
export interface GistFacts {
  countries: Country[];
  stance: Stance | null;
  topic: Topic | null;
  /** Entity keys (the shared table's), most telling first. */
  entities: string[];
}

/** Names shown at most: a gist is one line. */
export const GIST_MAX_NAMES = 3;

const STANCE_SIGN: Record<Stance, string> = { cooperation: '🤝', competition: '⚔️', mixed: '⚖️' };
/** The three parties are shown as countries; their own entity rows (and their capitals) would repeat them. */
const PARTY_KEYS = new Set(['us', 'cn', 'ru']);
/** Below this weight a name says little about the event (capitals, "Kremlin"): left out of the gist. */
const MIN_WEIGHT = 0.45;

/**
 * The facts of a story: its parties, stance and first topic, and the entities its reports name,
 * ordered by how many reports name them, then by how much they tell (the table's weight). A name
 * contained in another picked one ("Nvidia" in "Nvidia H20") is dropped.
 */
export function gistFacts(story: { countries: readonly Country[]; stance: Stance | null; topics: readonly Topic[] }, texts: readonly string[]): GistFacts {
  const seen = new Map<string, { reports: number; first: number; weight: number }>();
  let order = 0;
  for (const text of texts) {
    for (const key of findEntities(text)) {
      const row = entity(key);
      if (!row || PARTY_KEYS.has(key) || (row.weight ?? 1) < MIN_WEIGHT) continue;
      const entry = seen.get(key) ?? { reports: 0, first: order++, weight: row.weight ?? 1 };
      entry.reports++;
      seen.set(key, entry);
    }
  }
  const ranked = [...seen.entries()].sort((a, b) => b[1].reports - a[1].reports || b[1].weight - a[1].weight || a[1].first - b[1].first).map(([key]) => key);
  const english = (key: string) => entityName(key, 'en').toLowerCase();
  const picked: string[] = [];
  for (const key of ranked) {
    if (picked.length >= GIST_MAX_NAMES) break;
    if (picked.some((p) => english(p).includes(english(key)))) continue;
    // A more specific name replaces the one it contains.
    const inside = picked.findIndex((p) => english(key).includes(english(p)));
    if (inside >= 0) picked.splice(inside, 1, key);
    else picked.push(key);
  }
  return {
    countries: COUNTRIES.filter((c) => story.countries.includes(c)),
    stance: story.stance,
    topic: story.topics[0] ?? null,
    entities: picked,
  };
}

/** "USA ⚔️ China" in the locale: the parties with the stance's sign between them. */
function partiesOf(facts: GistFacts, t: Translate): string {
  const names = facts.countries.map((c) => t(`country-label-${c}`));
  if (names.length === 0) return '';
  const sign = facts.stance ? ` ${STANCE_SIGN[facts.stance]} ` : ' – ';
  return names.join(sign);
}

/**
 * The gist line as plain text (the caller escapes it): "In brief: USA ⚔️ China · chips and export
 * controls · Nvidia H20 and Huawei". Empty when there is nothing to say.
 */
export function composeGist(facts: GistFacts, locale: Locale, t: Translate): string {
  const names = facts.entities.map((key) => entityName(key, locale));
  const parts = [
    partiesOf(facts, t),
    facts.topic ? t(`gist-topic-${facts.topic}`) : '',
    names.length ? new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }).format(names) : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return t('story-gist', { gist: parts.join(' · ') });
}
