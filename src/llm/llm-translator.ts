import { createRequire } from 'node:module';
import type OpenAIClient from 'openai';
import { textHash, type TranslationStore } from '../db/translation-store.js';
import type { Logger } from '../logger.js';
import type { Translation, TranslationRequest, Translator, TranslatorHealth } from '../services/translator.js';
import { parseTranslationReply, translationMessages } from './prompt.js';
import { checkTranslation } from './validate.js';

export interface LlmSettings {
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  timeoutMs: number;
  dailyTokens: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Retries after a timeout, 429 (honouring Retry-After) or 5xx, with exponential backoff. */
  maxRetries?: number;
  /** After a failed call (retries spent), no request for this long, so a down server costs one timeout, not one per story. */
  pauseMs?: number;
}

/** Outcomes after which the server is left alone for a while: asking again at once would fail the same way. */
const PAUSING = new Set(['timeout', 'unreachable', 'server-error', 'rate-limited']);
/** Longest pause a Retry-After header can ask for. */
const MAX_PAUSE_MS = 15 * 60_000;
/** Translations are kept this long: a story leaves the briefings after a week. */
const KEEP_TRANSLATIONS_MS = 30 * 24 * 3600_000;

type OpenAI = OpenAIClient;
let openAi: typeof OpenAIClient | undefined;
/**
 * The client library, loaded on first use (every error check and client go through it): without an
 * LLM configured, the bot and the command line never load it (about 2 MB of heap).
 */
function openAiLibrary(): typeof OpenAIClient {
  openAi ??= (createRequire(import.meta.url)('openai') as { default: typeof OpenAIClient }).default;
  return openAi;
}

/** The Retry-After of a 429, in ms, when the server sent one. */
function retryAfterMs(error: unknown): number | null {
  if (!(error instanceof openAiLibrary().APIError)) return null;
  const value = error.headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

/** The OpenAI client for any OpenAI-compatible server (OpenAI, Ollama, llama.cpp, vLLM). */
export function createLlmClient(settings: LlmSettings): OpenAI {
  return new (openAiLibrary())({
    baseURL: settings.baseUrl,
    // Local servers take no key; the client insists on one.
    apiKey: settings.apiKey ?? 'not-needed',
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries ?? 2,
  });
}

/** Why a call failed, in the words /stats uses. */
export function classifyLlmError(error: unknown): string {
  if (error instanceof openAiLibrary().APIConnectionTimeoutError) return 'timeout';
  if (error instanceof openAiLibrary().RateLimitError) return 'rate-limited';
  if (error instanceof openAiLibrary().AuthenticationError || error instanceof openAiLibrary().PermissionDeniedError) return 'refused';
  if (error instanceof openAiLibrary().NotFoundError) return 'not-found';
  if (error instanceof openAiLibrary().InternalServerError) return 'server-error';
  if (error instanceof openAiLibrary().APIConnectionError) return 'unreachable';
  if (error instanceof openAiLibrary().APIError) return `http-${error.status ?? 'error'}`;
  return 'error';
}

/**
 * Translations through an OpenAI-compatible chat-completions API: each (text, locale) once, cached
 * in the database; at most `concurrency` requests at a time; a daily token budget; every answer
 * checked (empty, too long, markup, wrong language → null). Never throws: a failure is a null and
 * a line in the health record.
 */
export function createLlmTranslator(deps: { settings: LlmSettings; store: TranslationStore; now: () => Date; logger: Logger; client?: OpenAI }): Translator {
  const { settings, store, logger } = deps;
  const client = deps.client ?? createLlmClient(settings);
  const limit = Math.max(1, settings.concurrency ?? 2);
  let active = 0;
  const waiting: Array<() => void> = [];
  const health: TranslatorHealth = { configured: true, last: 'never-used', lastAt: null, lastError: null, tokensToday: 0, dailyTokens: settings.dailyTokens, cacheHits: 0, translated: 0, failed: 0, pausedUntil: null };
  const inFlight = new Map<string, Promise<Translation | null>>();
  let prunedDay = '';

  /** Once per UTC day: old translations and token counts go. */
  function pruneDaily(now: Date): void {
    const day = now.toISOString().slice(0, 10);
    if (day === prunedDay) return;
    prunedDay = day;
    try {
      const removed = store.prune(new Date(now.getTime() - KEEP_TRANSLATIONS_MS));
      if (removed > 0) logger.info({ job: 'translate', removed }, 'old machine translations pruned');
    } catch (error) {
      logger.warn({ job: 'translate', err: error }, 'pruning machine translations failed');
    }
  }

  async function slot<T>(work: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  }

  function record(outcome: string, error: string | null): void {
    health.last = outcome;
    health.lastAt = deps.now();
    health.lastError = error;
    if (outcome === 'ok') health.translated++;
    else health.failed++;
  }

  async function call(request: TranslationRequest, hash: string): Promise<Translation | null> {
    const now = deps.now();
    // Queued behind a call that just failed: do not knock again.
    if (health.pausedUntil && now < health.pausedUntil) return null;
    health.tokensToday = store.tokensOn(now);
    if (health.tokensToday >= settings.dailyTokens) {
      record('over-budget', `daily budget of ${settings.dailyTokens} tokens spent`);
      return null;
    }
    try {
      const completion = await client.chat.completions.create({
        model: settings.model,
        messages: translationMessages(request),
        temperature: 0,
        max_tokens: Math.min(2000, 200 + Math.ceil((request.headline.length + request.summary.length) * 1.5)),
      });
      const used = completion.usage?.total_tokens ?? Math.ceil((request.headline.length + request.summary.length) / 2);
      store.addTokens(now, used);
      health.tokensToday = store.tokensOn(now);
      const reply = parseTranslationReply(completion.choices[0]?.message?.content ?? '');
      const problem = !reply
        ? 'no JSON object in the reply'
        : (checkTranslation(request.headline, reply.headline, request.to) ?? checkTranslation(request.summary, reply.summary, request.to));
      if (!reply || problem) {
        record('bad-output', problem);
        logger.warn({ job: 'translate', to: request.to, problem }, 'LLM answer rejected; the original is shown');
        return null;
      }
      store.put(hash, request.to, reply, settings.model, now);
      record('ok', null);
      return { ...reply, machine: true };
    } catch (error) {
      const outcome = classifyLlmError(error);
      record(outcome, error instanceof Error ? error.message : String(error));
      if (PAUSING.has(outcome)) {
        const pause = Math.min(MAX_PAUSE_MS, Math.max(settings.pauseMs ?? 60_000, (outcome === 'rate-limited' && retryAfterMs(error)) || 0));
        health.pausedUntil = new Date(deps.now().getTime() + pause);
      }
      // The error's message only: the request (and so the key) is never logged.
      logger.warn({ job: 'translate', to: request.to, outcome, paused_ms: health.pausedUntil ? health.pausedUntil.getTime() - deps.now().getTime() : 0 }, 'LLM translation failed; the original and the gist are shown');
      return null;
    }
  }

  function fromCache(request: TranslationRequest): Translation | null {
    if (request.from === request.to) return null;
    const cached = store.get(textHash(request.from, request.headline, request.summary), request.to);
    if (!cached) return null;
    health.cacheHits++;
    return { ...cached, machine: true };
  }

  return {
    configured: true,
    cached: fromCache,
    async translate(request) {
      if (request.from === request.to) return null;
      const cached = fromCache(request);
      if (cached) return cached;
      const now = deps.now();
      pruneDaily(now);
      if (health.pausedUntil && now < health.pausedUntil) return null;
      health.pausedUntil = null;
      const hash = textHash(request.from, request.headline, request.summary);
      // The same text asked twice at once (two stories, two chats) costs one request.
      const key = `${hash}:${request.to}`;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = slot(() => call(request, hash)).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    health: () => ({ ...health }),
  };
}
