import { availableParallelism } from 'node:os';
import cron from 'node-cron';
import { z } from 'zod';
import { matchTimeZone } from './core/time-zone.js';

// Any case, surrounding spaces ignored: TRUE, Yes and " 1 " are what people type.
const bool = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'true or false (also 1/0, yes/no, any case)' }))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** One of a few words, in any case; a wrong one is answered with the list in plain words. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(values, { error: `one of ${values.join(', ')}` }));

const int = (min: number, max: number) => {
  const expected = `a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\s*\d+\s*$/, expected)
    .transform(Number)
    .pipe(z.number().min(min, expected).max(max, expected));
};

/** A time zone, stored in its canonical case (asia/jakarta → Asia/Jakarta); a near miss names what it likely meant. */
export const timeZone = z.string().transform((value, ctx) => {
  const match = matchTimeZone(value);
  if (match.ok) return match.zone;
  ctx.addIssue({ code: 'custom', message: `an IANA time zone such as UTC or Asia/Jakarta${match.suggestion ? ` (did you mean ${match.suggestion}?)` : ''}` });
  return z.NEVER;
});
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM, e.g. 08:00');

const adminIds = z
  .string()
  .regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, 'comma-separated Telegram user ids, e.g. 12345,67890')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean).map(Number));

/** Below a week, items would be pruned while their feeds still list them (and stored again as new). */
export const MIN_RETENTION_DAYS = 7;
/** /trend shows 52 weeks: relevant items must outlive them by at least a week. */
export const MIN_RELEVANT_RETENTION_DAYS = 52 * 7 + 7;

// Tokens from BotFather look like 123456789:AA... (id, colon, 35 url-safe characters).
export const botTokenPattern = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;

/**
 * Pipeline workers when PIPELINE_WORKERS is unset: one per core beyond the first (the main thread keeps a core
 * for readers' replies), at least one, at most two. On a 2-core machine a second worker does not make a refresh
 * faster (measured by bench:refresh: 2,430-2,790 ms with two, 2,556-2,670 ms with one) but costs its own heap:
 * peak RSS 196-213 MB with two against 179-193 MB with one (issue 12.9: the bot within 200 MB).
 */
export function defaultPipelineWorkers(cores: number): number {
  return Math.min(2, Math.max(1, cores - 1));
}

const schema = z
  .object({
    DATABASE_PATH: z.string().min(1).default('data/troika.db'),
    LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    FETCH_CRON: z.string().refine((v) => cron.validate(v), 'a cron expression such as */30 * * * *').default('*/30 * * * *'),
    FETCH_CONCURRENCY: int(1, 64).default(4),
    FETCH_TIMEOUT_MS: int(1000, 300_000).default(20_000),
    FETCH_MAX_BYTES: int(1024, 200 * 1024 * 1024).default(10 * 1024 * 1024),
    FEED_ALLOW_PRIVATE: bool.default(false),
    FEED_MAX_FAILURES: int(1, 1000).default(10),
    PIPELINE_WORKERS: int(0, 16).default(defaultPipelineWorkers(availableParallelism())),
    DEFAULT_TIMEZONE: timeZone.default('UTC'),
    DIGEST_TIME: clockTime.default('08:00'),
    BOT_TOKEN: z.string().optional(),
    BOT_MODE: oneOf(['polling', 'webhook']).default('polling'),
    WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
    WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, '16-256 characters A-Z a-z 0-9 _ -').optional(),
    PORT: int(1, 65535).default(8080),
    TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
    ADMIN_IDS: adminIds.default([]),
    SEND_RATE_PER_SECOND: int(1, 1000).default(25),
    SEND_GROUP_PER_MINUTE: int(1, 600).default(20),
    // Retention: non-relevant items go after RETENTION_DAYS; relevant ones (briefings, /trend's
    // year of weekly counts) after RETENTION_RELEVANT_DAYS, which must cover 52 weeks and a margin.
    RETENTION_DAYS: int(MIN_RETENTION_DAYS, 36_500).default(30),
    RETENTION_RELEVANT_DAYS: int(MIN_RELEVANT_RETENTION_DAYS, 36_500).default(400),
    // Optional machine translation through any OpenAI-compatible chat-completions API (off unless LLM_BASE_URL is set).
    LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    LLM_API_KEY: z.string().optional(),
    LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
    LLM_TIMEOUT_MS: int(1000, 300_000).default(20_000),
    LLM_DAILY_TOKENS: int(0, 1_000_000_000).default(200_000),
    PRUNE_CRON: z.string().refine((v) => cron.validate(v), 'a cron expression such as 17 3 * * *').default('17 3 * * *'),
  });

/** Webhook mode needs its URL and secret; checked on the raw values so it is reported with every other problem. */
function webhookProblems(env: Record<string, string | undefined>): string[] {
  if (env.BOT_MODE?.trim().toLowerCase() !== 'webhook') return [];
  const problems: string[] = [];
  if (!env.WEBHOOK_URL) problems.push('WEBHOOK_URL: required when BOT_MODE=webhook (the public https URL Telegram calls)');
  if (!env.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET: required when BOT_MODE=webhook (16+ characters A-Z a-z 0-9 _ -)');
  return problems;
}

/** Relevant items are the ones worth keeping: never for less time than the rest. */
function retentionProblems(env: Record<string, string | undefined>): string[] {
  const days = Number(env.RETENTION_DAYS ?? 30);
  const relevant = Number(env.RETENTION_RELEVANT_DAYS ?? 400);
  if (Number.isFinite(days) && Number.isFinite(relevant) && relevant < days) {
    return [`RETENTION_RELEVANT_DAYS: must be at least RETENTION_DAYS (${days}); relevant items are kept longer than the rest (got "${relevant}")`];
  }
  return [];
}

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validate the environment once; pure (takes the env as an argument). Empty strings count as unset. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(cleaned);
  const webhook = [...webhookProblems(cleaned), ...retentionProblems(cleaned)];
  if (result.success && webhook.length === 0) return result.data;
  const issues = result.success ? [] : result.error.issues;
  const problems = issues.map((issue) => {
    const name = String(issue.path[0] ?? 'config');
    return `${name}: ${issue.message}${name in cleaned && name !== 'BOT_TOKEN' && name !== 'WEBHOOK_SECRET' && name !== 'LLM_API_KEY' ? ` (got "${cleaned[name]}")` : ''}`;
  });
  throw new ConfigError([...problems, ...webhook]);
}

/** Load config or end the program with exit code 2 and one clear message per bad variable. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`troika: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
