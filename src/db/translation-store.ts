import { createHash } from 'node:crypto';
import type { Db } from './client.js';

/** The cache key of a text: the same headline and summary are translated once, whichever story carries them. */
export function textHash(from: string, headline: string, summary: string): string {
  return createHash('sha256').update(`${from}\u0000${headline}\u0000${summary}`).digest('hex').slice(0, 32);
}

/** Machine translations cached per (text hash, locale), and the LLM tokens spent per UTC day. */
export function createTranslationStore(db: Db) {
  const sqlite = db.$client;
  const get = sqlite.prepare<[string, string], { headline: string; summary: string }>('select headline, summary from translations where text_hash = ? and locale = ?');
  const put = sqlite.prepare('insert or replace into translations (text_hash, locale, headline, summary, model, created_at) values (?, ?, ?, ?, ?, ?)');
  const tokens = sqlite.prepare<[string], { value: string }>('select value from meta where key = ?');
  const addTokens = sqlite.prepare(
    "insert into meta (key, value) values (?, ?) on conflict(key) do update set value = cast(cast(value as integer) + cast(excluded.value as integer) as text)",
  );
  const day = (now: Date) => `llm_tokens:${now.toISOString().slice(0, 10)}`;
  const pruneTranslations = sqlite.prepare('delete from translations where created_at < ?');
  const pruneTokens = sqlite.prepare("delete from meta where key >= 'llm_tokens:' and key < ?");
  return {
    get(hash: string, locale: string): { headline: string; summary: string } | undefined {
      return get.get(hash, locale);
    },
    put(hash: string, locale: string, translation: { headline: string; summary: string }, model: string, now: Date): void {
      put.run(hash, locale, translation.headline, translation.summary, model, now.getTime());
    },
    tokensOn(now: Date): number {
      return Number(tokens.get(day(now))?.value ?? 0);
    },
    addTokens(now: Date, count: number): void {
      addTokens.run(day(now), String(Math.max(0, Math.round(count))));
    },
    /** Forget translations made before `before` and the token counts of days before it. */
    prune(before: Date): number {
      pruneTokens.run(day(before));
      return pruneTranslations.run(before.getTime()).changes;
    },
  };
}

export type TranslationStore = ReturnType<typeof createTranslationStore>;
