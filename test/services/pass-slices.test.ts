/**
 * A pass serves up to a hundred chats at once. When the sender answers at once (a fast connection,
 * or the storage benchmark), the chats' continuations all run in one turn of the loop; the time
 * slice only stops each at its next check, so whatever a chat does between two checks is paid a
 * hundred times over before a reader's command gets in (the 105-220 ms stalls of bench:storage:
 * one subscriber read, one ledger row and one history read per chat in flight, in one turn).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDigestService } from '../../src/services/digests.js';
import { storeStories } from '../helpers/bot-harness.js';

let app: App | undefined;
afterEach(() => app?.close());

/** Store calls since the loop last turned. */
let calls = 0;
/** Work a store call stands for on a busy machine. */
function busy(ms: number): void {
  calls++;
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('a pass to many chats', () => {
  it('never does much more in one turn of the loop than its 15 ms slice holds, with 100 chats in flight', async () => {
    const now = new Date('2026-06-01T08:00:00Z');
    app = createApp(parseConfig({ DATABASE_PATH: ':memory:' }), createLogger('silent'), { seed: false, now: () => now });
    storeStories(app, Array.from({ length: 6 }, (_, i) => ({ title: `US and China talk about AI, round ${i}` })), new Date(now.getTime() - 3_600_000));
    const subscribers = app.stores.subscribers;
    for (let chat = 1; chat <= 400; chat++) subscribers.subscribe({ chatId: chat, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: new Date(now.getTime() - 86_400_000) });
    // Each chat's reads and ledger writes cost 0.5 ms each.
    const stores = { ...app.stores, subscribers: { ...subscribers, get: (id: number) => (busy(0.5), subscribers.get(id)) } };
    const deliveries = app.stores.deliveries;
    const slowDeliveries = { ...deliveries, open: (args: Parameters<typeof deliveries.open>[0]) => (busy(0.5), deliveries.open(args)), historyOf: (id: number) => (busy(0.5), deliveries.historyOf(id)) };
    const digests = createDigestService({ items: stores.items, stories: stores.stories, subscribers: stores.subscribers, deliveries: slowDeliveries, sender: { sendHtml: async () => ({ ok: true, messageId: 1 }) }, now: () => now, logger: createLogger('silent'), fanOut: 100 });

    // Counted in store calls per turn of the loop, not in ms (a busy machine stretches any slice).
    let most = 0;
    let running = true;
    const probe = () => {
      most = Math.max(most, calls);
      calls = 0;
      if (running) setImmediate(probe);
    };
    setImmediate(probe);
    const report = await digests.sendDue();
    running = false;
    expect(report).toMatchObject({ sent: 400, failed: 0 });
    // A 15 ms slice holds 30 calls of 0.5 ms. On a loaded machine the probe may see two or three
    // slices between its own turns (measured 86-103 at load 10-13 on 2 cores), so the bound is
    // half the old behaviour rather than one slice. Before: 100 chats × (read, history, ledger
    // row) in one turn, 300 calls.
    expect(most).toBeLessThanOrEqual(150);
  });
});
