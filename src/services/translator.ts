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
  /** ok | timeout | rate-limited | server-error | bad-output | over-budget | unreachable | never-used */
  last: string;
  lastAt: Date | null;
  lastError: string | null;
  tokensToday: number;
  dailyTokens: number;
  cacheHits: number;
  translated: number;
  failed: number;
}

export interface Translator {
  translate(request: TranslationRequest): Promise<Translation | null>;
  health(): TranslatorHealth;
}

/** No LLM configured: nothing is translated, readers get the original and the offline gist. */
export const offlineTranslator: Translator = {
  translate: async () => null,
  health: () => ({ configured: false, last: 'never-used', lastAt: null, lastError: null, tokensToday: 0, dailyTokens: 0, cacheHits: 0, translated: 0, failed: 0 }),
};
