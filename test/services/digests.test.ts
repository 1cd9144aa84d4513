import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { LabelledArticle } from '../../src/core/pipeline.js';
import { createDigestService, type MessageSender, type SendResult } from '../../src/services/digests.js';
import { createTestApp } from '../helpers/app.js';
import { distinctText } from '../helpers/distinct-text.js';

const START = new Date('2026-11-26T09:00:00Z');

function story(i: number): LabelledArticle {
  return {
    article: {
      itemKey: `k${i}`, dedupeKey: `d${i}`, link: `https://x.example/${i}`, url: `https://x.example/${i}`, title: `US and China spar over AI chips ${i}`,
      // Each a different event: stories are grouped, and two copies of one event would be one story.
      text: `Washington tightened export controls on Nvidia accelerators for China. ${distinctText(i)}`, lang: 'en', publishedAt: new Date(START.getTime() - 3600_000), author: null, source: null,
    },
    classification: { relevant: true, score: 0.9, countries: ['CN', 'US'], stance: 'competition', topics: ['chips-export-controls'], evidence: { ai: [], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: [] } },
    summary: 'Washington tightened export controls.',
  };
}

describe('due briefings', () => {
  let app: App;
  afterEach(() => app?.close());

  function setup(results: SendResult[]) {
    let now = START;
    app = createTestApp({ now: () => now });
    const feed = app.stores.feeds.insert({ url: 'https://x.example/feed', addedBy: 'test', createdAt: START });
    app.stores.items.storeArticles(feed.id, [story(1), story(2)], new Date(START.getTime() - 600_000), 'Wire');
    app.stores.subscribers.subscribe({ chatId: 7, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: new Date(START.getTime() - 3600_000) });
    const sent: string[] = [];
    const sender: MessageSender = {
      sendHtml: async (_chat, html) => {
        const result = results.shift() ?? { ok: true };
        if (result.ok) sent.push(html);
        return result;
      },
    };
    const service = createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: () => now, logger: app.logger, translations: app.translations });
    return { service, sent, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
  }

  it('sends once a day and never repeats a story', async () => {
    const { service, sent, advance } = setup([]);
    expect(await service.sendDue()).toMatchObject({ due: 1, sent: 1 });
    expect(sent.join()).toContain('US and China spar over AI chips 1');
    expect(await service.sendDue()).toMatchObject({ due: 0 });
    advance(24 * 3600_000);
    // Next day: nothing new, so nothing is sent (empty days are off by default).
    expect(await service.sendDue()).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(sent).toHaveLength(1);
  });

  it('backs off after a transient failure and resumes later', async () => {
    const { service, sent, advance } = setup([{ ok: false, kind: 'failed', description: 'network down' }]);
    expect(await service.sendDue()).toMatchObject({ failed: 1 });
    expect(await service.sendDue()).toMatchObject({ due: 0 });
    advance(61_000);
    expect(await service.sendDue()).toMatchObject({ due: 1, sent: 1 });
    expect(sent).toHaveLength(1);
  });

  it('gives up on a day after repeated failures', async () => {
    const failures: SendResult[] = Array.from({ length: 20 }, () => ({ ok: false, kind: 'failed', description: '502 Bad Gateway' }));
    const { service, advance } = setup(failures);
    for (let i = 0; i < 24; i++) {
      await service.sendDue();
      advance(15 * 60_000);
    }
    const ledger = app.stores.deliveries.get(7, '2026-11-26')!;
    expect(ledger.status).toBe('abandoned');
    expect(ledger.attempts).toBeLessThanOrEqual(8);
    expect(ledger.lastError).toBe('502 Bad Gateway');
  });

  it('offers the stories of a briefing that reached nobody again the next day', async () => {
    const failures: SendResult[] = Array.from({ length: 8 }, () => ({ ok: false, kind: 'failed', description: 'network down' }));
    const { service, sent, advance } = setup(failures);
    for (let i = 0; i < 24 && app.stores.deliveries.get(7, '2026-11-26')?.status !== 'abandoned'; i++) {
      await service.sendDue();
      advance(15 * 60_000);
    }
    expect(app.stores.deliveries.get(7, '2026-11-26')!.status).toBe('abandoned');
    expect(sent).toHaveLength(0);
    advance(24 * 3600_000);
    expect(await service.sendDue()).toMatchObject({ sent: 1 });
    expect(sent.join()).toContain('US and China spar over AI chips 1');
  });

  it('marks a blocked chat inactive and stops', async () => {
    const { service } = setup([{ ok: false, kind: 'blocked', description: 'Forbidden: bot was blocked by the user' }]);
    await service.sendDue();
    expect(app.stores.subscribers.get(7)!.active).toBe(false);
    expect(await service.sendDue()).toMatchObject({ due: 0 });
  });
});

describe('time zone changes', () => {
  it('does not send a second briefing the same day after moving west', async () => {
    let now = new Date('2026-11-26T09:00:00Z');
    const app = createTestApp({ now: () => now });
    try {
      const feed = app.stores.feeds.insert({ url: 'https://x.example/feed', addedBy: 'test', createdAt: now });
      app.stores.items.storeArticles(feed.id, [story(1)], new Date(now.getTime() - 600_000), 'Wire');
      app.stores.subscribers.subscribe({ chatId: 8, chatType: 'private', title: null, digestTime: '08:00', timezone: 'Asia/Jakarta', now: new Date(now.getTime() - 3600_000) });
      const sent: number[] = [];
      const service = createDigestService({
        items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries,
        sender: { sendHtml: async (chat) => (sent.push(chat), { ok: true }) }, now: () => now, logger: app.logger, translations: app.translations,
      });
      expect(await service.sendDue()).toMatchObject({ sent: 1 });
      app.stores.items.storeArticles(feed.id, [story(2)], new Date(now.getTime() + 30_000), 'Wire');
      // 09:00 UTC is already the 27th in Jakarta... and still the 26th in Los Angeles.
      app.stores.subscribers.updateSettings(8, { timezone: 'America/Los_Angeles', digestTime: '00:30' }, now);
      now = new Date(now.getTime() + 60_000);
      expect(await service.sendDue()).toMatchObject({ due: 0 });
      now = new Date(now.getTime() + 24 * 3600_000);
      expect(await service.sendDue()).toMatchObject({ sent: 1 });
      expect(sent).toEqual([8, 8]);
    } finally {
      app.close();
    }
  });
});
