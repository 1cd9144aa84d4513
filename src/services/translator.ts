/**
 * The translation port. Services ask it for a story's headline and summary in a reader's language;
 * it answers null when it cannot (no LLM configured, down, slow, over budget, nonsense), and the
 * caller shows the original with the offline gist. Nothing in the core knows whether an LLM exists.
 */

export type ReaderLocale = 'en' | 'id' | 'ru' | 'zh';

export interface TranslationRequest {
  headline: string;
  summary: string;
  /** Language of the original (the item's detected language). */
  from: string;
  to: ReaderLocale;
}

export interface Translation {
  headline: string;
  summary: string;
  /** Always true: the message marks it as machine-translated. */
  machine: true;
}

/** What admins see in /stats and `troika llm check`. */
export interface TranslatorHealth {
  configured: boolean;
  /** ok | timeout | rate-limited | server-error | bad-output | over-budget | unreachable | paused | never-used */
  last: string;
  lastAt: Date | null;
  lastError: string | null;
  tokensToday: number;
  dailyTokens: number;
  cacheHits: number;
  translated: number;
  failed: number;
  /** After a timeout, 429, 5xx or no answer, no request is sent before this (the gist is shown meanwhile). */
  pausedUntil: Date | null;
}

export interface Translator {
  /** Whether an LLM is configured at all (else every answer is null: the gist is shown). */
  readonly configured: boolean;
  /** Ask the LLM (or the cache); null when it cannot. Never throws. */
  translate(request: TranslationRequest): Promise<Translation | null>;
  /** The cached translation only, without asking anyone (for replies that must not wait). */
  cached(request: TranslationRequest): Translation | null;
  health(): TranslatorHealth;
}

/** No LLM configured: nothing is translated, readers get the original and the offline gist. */
export const offlineTranslator: Translator = {
  configured: false,
  translate: async () => null,
  cached: () => null,
  health: () => ({ configured: false, last: 'never-used', lastAt: null, lastError: null, tokensToday: 0, dailyTokens: 0, cacheHits: 0, translated: 0, failed: 0, pausedUntil: null }),
};
