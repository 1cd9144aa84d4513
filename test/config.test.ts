import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { ConfigError, defaultPipelineWorkers, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ DATABASE_PATH: 'data/troika.db', FETCH_CRON: '*/30 * * * *', FEED_ALLOW_PRIVATE: false, DEFAULT_TIMEZONE: 'UTC', DIGEST_TIME: '08:00', BOT_MODE: 'polling', ADMIN_IDS: [] });
  });

  it('starts one pipeline worker per core beyond the first, one to two, unless PIPELINE_WORKERS says otherwise', () => {
    expect([1, 2, 3, 4, 16].map(defaultPipelineWorkers)).toEqual([1, 1, 2, 2, 2]);
    expect(parseConfig({}).PIPELINE_WORKERS).toBe(defaultPipelineWorkers(availableParallelism()));
    expect(parseConfig({ PIPELINE_WORKERS: '0' }).PIPELINE_WORKERS).toBe(0);
    expect(parseConfig({ PIPELINE_WORKERS: '2' }).PIPELINE_WORKERS).toBe(2);
  });

  it('keeps items 30 days, relevant ones 400 days, pruning daily, by default', () => {
    expect(parseConfig({})).toMatchObject({ RETENTION_DAYS: 30, RETENTION_RELEVANT_DAYS: 400, PRUNE_CRON: '17 3 * * *' });
  });

  it('reads typed values', () => {
    expect(parseConfig({ ADMIN_IDS: '1, 22,333', FETCH_CONCURRENCY: '8', FEED_ALLOW_PRIVATE: 'true' })).toMatchObject({ ADMIN_IDS: [1, 22, 333], FETCH_CONCURRENCY: 8, FEED_ALLOW_PRIVATE: true });
  });

  it.each([
    [{ FETCH_CONCURRENCY: 'lots' }, /FETCH_CONCURRENCY/],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, /DEFAULT_TIMEZONE: an IANA time zone/],
    [{ DIGEST_TIME: '25:00' }, /DIGEST_TIME: a time of day/],
    [{ FETCH_CRON: 'every minute' }, /FETCH_CRON: a cron expression/],
    [{ ADMIN_IDS: 'alice' }, /ADMIN_IDS/],
    [{ BOT_MODE: 'webhook' }, /WEBHOOK_URL: required[\s\S]*WEBHOOK_SECRET: required/],
    [{ FEED_ALLOW_PRIVATE: 'maybe' }, /FEED_ALLOW_PRIVATE/],
    // /trend shows 52 weeks: relevant items must be kept longer than that.
    [{ RETENTION_RELEVANT_DAYS: '300' }, /RETENTION_RELEVANT_DAYS: a whole number from 371/],
    [{ RETENTION_DAYS: '2' }, /RETENTION_DAYS: a whole number from 7/],
    [{ RETENTION_DAYS: '500', RETENTION_RELEVANT_DAYS: '400' }, /RETENTION_RELEVANT_DAYS: must be at least RETENTION_DAYS/],
    [{ PRUNE_CRON: 'daily' }, /PRUNE_CRON: a cron expression/],
    // Choices in plain words, not zod's "Invalid option: expected one of \"fatal\"|…".
    [{ LOG_LEVEL: 'loud' }, /^invalid configuration:\n {2}- LOG_LEVEL: one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)$/],
    [{ BOT_MODE: 'poll' }, /^invalid configuration:\n {2}- BOT_MODE: one of polling, webhook \(got "poll"\)$/],
    [{ BOT_MODE: 'Webhook' }, /WEBHOOK_URL: required[\s\S]*WEBHOOK_SECRET: required/],
  ])('names each bad variable: %o', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('takes choices in any case, as people type them', () => {
    expect(parseConfig({ LOG_LEVEL: ' INFO ', BOT_MODE: 'Polling' })).toMatchObject({ LOG_LEVEL: 'info', BOT_MODE: 'polling' });
  });

  it('never echoes secrets in its messages', () => {
    try {
      parseConfig({ BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.example/hook', WEBHOOK_SECRET: 'short secret!' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('short secret!');
    }
  });
});

describe('booleans in any case', () => {
  it.each([['TRUE', true], ['Yes', true], [' 1 ', true], ['False', false], ['NO', false], ['0', false]])('FEED_ALLOW_PRIVATE=%s', async (value, expected) => {
    const { parseConfig } = await import('../src/config.js');
    expect(parseConfig({ FEED_ALLOW_PRIVATE: value }).FEED_ALLOW_PRIVATE).toBe(expected);
  });
  it('a bad value says what is expected in plain words', async () => {
    const { parseConfig } = await import('../src/config.js');
    expect(() => parseConfig({ FEED_ALLOW_PRIVATE: 'maybe' })).toThrow(/FEED_ALLOW_PRIVATE: true or false \(also 1\/0, yes\/no, any case\) \(got "maybe"\)/);
  });
});
