/**
 * The canonical entity table's API: find the entities an item names, in any language or script,
 * and show an entity's name in a reader's locale. The table itself is data (entities-data.ts).
 */
import { ENTITIES, type EntityKind, type EntityRow } from './entities-data.js';
import { compileTerms, type TermHit } from './term-matcher.js';

export type { EntityKind, EntityRow } from './entities-data.js';

export type EntityLocale = 'en' | 'id' | 'ru' | 'zh' | 'zh-Hant';

const byKey = new Map<string, EntityRow>(ENTITIES.map((e) => [e.key, e]));

function formsOf(e: EntityRow): string[] {
  const names = Object.values(e.names).filter((n): n is string => Boolean(n));
  return [...new Set([...e.forms, ...names])];
}

let matcher: ReturnType<typeof compileTerms> | null = null;
function entityMatcher() {
  matcher ??= compileTerms(ENTITIES.map((e) => ({ key: e.key, forms: formsOf(e) })));
  return matcher;
}

/** Every entity mention in the text (key, surface form and position), in text order. */
export function findEntityMentions(text: string): TermHit[] {
  return entityMatcher().match(text);
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
