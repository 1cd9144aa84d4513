import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { FetchFn } from '../../src/services/refresh-feeds.js';

/** An app on an in-memory database with the real migrations; loopback feeds allowed. */
export function createTestApp(options: { env?: Record<string, string>; now?: () => Date; fetch?: FetchFn; seed?: boolean } = {}): App {
  const config = parseConfig({ DATABASE_PATH: ':memory:', FEED_ALLOW_PRIVATE: 'true', FETCH_TIMEOUT_MS: '5000', PIPELINE_WORKERS: '0', ...options.env });
  return createApp(config, createLogger('silent'), { seed: options.seed ?? false, ...(options.now ? { now: options.now } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) });
}
