/**
 * The canonical entity table's API: find the entities an item names, in any language or script,
 * and show an entity's name in a reader's locale. The table itself is data (entities-data.ts).
 */
import { ENTITIES, type EntityKind, type EntityRow } from './entities-data.js';
import { compileTerms, foldTerm, type TermHit } from './term-matcher.js';

export type { EntityKind, EntityRow } from './entities-data.js';

export type EntityLocale = 'en' | 'id' | 'ru' | 'zh' | 'zh-Hant';

const byKey = new Map<string, EntityRow>(ENTITIES.map((e) => [e.key, e]));

function formsOf(e: EntityRow): string[] {
  // A name also listed as a case-sensitive form (=Lima: "lima" is Indonesian for five) keeps that form only.
  const exact = new Set(e.forms.filter((f) => f.startsWith('=')).map((f) => f.slice(1)));
  const names = Object.values(e.names).filter((n): n is string => Boolean(n) && !exact.has(n!));
  return [...new Set([...e.forms, ...names])];
}

let matcher: ReturnType<typeof compileTerms> | null = null;
function entityMatcher() {
  matcher ??= compileTerms(ENTITIES.map((e) => ({ key: e.key, forms: formsOf(e) })));
  return matcher;
}

/**
 * Names spelled one letter off (machine translation and hurried copy: "Nvidea", "Deepsek",
 * "Saberbank"). Only capitalised words of at least this many letters are compared, with single
 * Latin or Cyrillic forms of at least this length: shorter names (Putin, Apple) are too close to
 * ordinary words.
 */
const FUZZY_MIN_LENGTH = 6;
const FUZZY_WORD = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Script=Latin}\p{Script=Cyrillic}]{5,}(?![\p{L}\p{N}])/gu;

/**
 * Proper names get misspelled ("Saint-Peterburg"), and so do countries in hurried machine translation
 * ("Rusian", "Chaina"); a country's short name (China, India) is compared from five letters.
 */
const FUZZY_KINDS = new Set<EntityKind>(['firm', 'lab', 'model', 'chip', 'person', 'place', 'forum', 'country', 'institution']);
const FUZZY_MIN_COUNTRY_LENGTH = 5;
/** Names that are also ordinary words, whose neighbours are too ("Ascent", "Clause", "Сбором"). */
const ORDINARY_WORDS = new Set(['ascend', 'claude', 'cadence', 'alphabet', 'moonshot', 'lancet', 'сбером', 'jensen', 'computex']);

/** The word and every word one deletion away from it. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two words are at most one edit apart (insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

let fuzzyIndex: Map<string, Array<{ key: string; form: string }>> | null = null;
function fuzzyForms(): Map<string, Array<{ key: string; form: string }>> {
  if (fuzzyIndex) return fuzzyIndex;
  fuzzyIndex = new Map();
  for (const e of ENTITIES) {
    if (!FUZZY_KINDS.has(e.kind)) continue;
    for (const raw of formsOf(e)) {
      const form = foldTerm(raw.replace(/^=/, ''));
      if (form.length < (e.kind === 'country' ? FUZZY_MIN_COUNTRY_LENGTH : FUZZY_MIN_LENGTH) || ORDINARY_WORDS.has(form) || !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(form)) continue;
      for (const d of deletions(form)) {
        const list = fuzzyIndex.get(d) ?? [];
        if (!list.some((x) => x.key === e.key && x.form === form)) list.push({ key: e.key, form });
        fuzzyIndex.set(d, list);
      }
    }
  }
  return fuzzyIndex;
}

// The fuzzy reading of a word depends on the word alone, and the same capitalised words come back in
// item after item: remembered (up to FUZZY_MEMO_SIZE words, then started afresh) instead of trying
// every deletion again.
const FUZZY_MEMO_SIZE = 20_000;
const fuzzyMemo = new Map<string, string | null>();

/** The entity a word is one edit away from, if any (the first found, deletions in order). */
function fuzzyKey(word: string, index: Map<string, Array<{ key: string; form: string }>>): string | null {
  const known = fuzzyMemo.get(word);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const d of deletions(word)) {
    found = index.get(d)?.find((c) => withinOneEdit(word, c.form))?.key ?? null;
    if (found) break;
  }
  if (fuzzyMemo.size >= FUZZY_MEMO_SIZE) fuzzyMemo.clear();
  fuzzyMemo.set(word, found);
  return found;
}

/** Every entity mention in the text (key, surface form and position), in text order. */
export function findEntityMentions(text: string): TermHit[] {
  const exact = entityMatcher().match(text);
  const extra: TermHit[] = [];
  const index = fuzzyForms();
  for (const m of text.matchAll(FUZZY_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (exact.some((h) => h.start < end && start < h.end)) continue;
    const found = fuzzyKey(foldTerm(m[0]), index);
    if (found) extra.push({ key: found, surface: m[0], start, end });
  }
  return extra.length === 0 ? exact : [...exact, ...extra].sort((a, b) => a.start - b.start);
}

/** The distinct entity keys a text names, in order of first mention. */
export function findEntities(text: string): string[] {
  return [...new Set(findEntityMentions(text).map((h) => h.key))];
}

/** The table row for a key, if there is one. */
export function entity(key: string): EntityRow | undefined {
  return byKey.get(key);
}

/** How much sharing this entity says that two items report one event (see EntityRow.weight). */
export function entityWeight(key: string): number {
  return byKey.get(key)?.weight ?? 1;
}

/**
 * The entity's display name for a locale: the locale's standard form when the table has one
 * (traditional Chinese falls back to simplified), else the English name.
 */
export function entityName(key: string, locale: string): string {
  const e = byKey.get(key);
  if (!e) return key;
  const lower = locale.toLowerCase();
  const wanted: EntityLocale = lower === 'zh-hant' || lower === 'zh-tw' || lower === 'zh-hk' ? 'zh-Hant' : (lower.split('-')[0] as EntityLocale);
  return e.names[wanted] ?? (wanted === 'zh-Hant' ? e.names.zh : undefined) ?? e.names.en;
}

/** Every form of an entity (display names included): what a cross-language search should also look for. */
export function entityForms(key: string): string[] {
  const e = byKey.get(key);
  return e ? formsOf(e).map((f) => f.replace(/^=/, '')) : [];
}

/** All entity keys of a kind (for tests and tools). */
export function entityKeys(kind?: EntityKind): string[] {
  return ENTITIES.filter((e) => !kind || e.kind === kind).map((e) => e.key);
}
