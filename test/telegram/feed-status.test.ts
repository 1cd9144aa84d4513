import { afterEach, describe, expect, it } from 'vitest';
import { feedStatus } from '../../src/telegram/features/admin.js';
import { ADMIN_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

const at = new Date('2026-11-30T10:00:00Z');

describe('feed status in /feeds', () => {
  it.each([
    ['never fetched', { enabled: true, lastSuccessAt: null, lastCheckedAt: null, consecutiveErrors: 0 }, 'not-fetched'],
    ['fetched, never worked, errors', { enabled: true, lastSuccessAt: null, lastCheckedAt: at, consecutiveErrors: 3 }, 'never-worked'],
    ['errors counted before any check time', { enabled: true, lastSuccessAt: null, lastCheckedAt: null, consecutiveErrors: 1 }, 'never-worked'],
    ['worked, now failing', { enabled: true, lastSuccessAt: at, lastCheckedAt: at, consecutiveErrors: 2 }, 'failing'],
    ['worked', { enabled: true, lastSuccessAt: at, lastCheckedAt: at, consecutiveErrors: 0 }, 'fine'],
    ['paused, never worked', { enabled: false, lastSuccessAt: null, lastCheckedAt: at, consecutiveErrors: 5 }, 'paused'],
  ] as const)('%s → %s', (_label, feed, expected) => {
    expect(feedStatus(feed)).toBe(expected);
  });

  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a feed that never succeeded is not shown 🟢', async () => {
    h = await startHarness();
    const feeds = h.app.stores.feeds;
    const broken = feeds.insert({ url: 'https://broken.example/rss', name: 'Broken', title: null, language: 'en', siteUrl: null, addedBy: 'test', createdAt: at });
    feeds.update(broken.id, { lastCheckedAt: at, consecutiveErrors: 4, lastError: 'HTTP 404' });
    const fresh = feeds.insert({ url: 'https://fresh.example/rss', name: 'Fresh', title: null, language: 'en', siteUrl: null, addedBy: 'test', createdAt: at });
    const good = feeds.insert({ url: 'https://good.example/rss', name: 'Good', title: null, language: 'en', siteUrl: null, addedBy: 'test', createdAt: at });
    feeds.update(good.id, { lastCheckedAt: at, lastSuccessAt: at });
    const text = (await h.say('/feeds', { from: ADMIN_ID })).map((m) => m.text).join('\n');
    expect(text).toContain(`🔴 #${broken.id} Broken`);
    expect(text).toContain(`⚪ #${fresh.id} Fresh`);
    expect(text).toContain(`🟢 #${good.id} Good`);
    expect(text).toContain('🔴 never worked');
  });
});
