import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('interactive replies first', () => {
  it("a reader's command during a 1,000-chat briefing pass is answered before the pass ends, within 1 s", async () => {
    h = await startHarness({ fake: { limits: { scale: 10 }, recordCalls: false }, flood: { perSecond: 200, perChatPerSecond: 5, groupPerMinute: 600 } });
    const now = h.app.now();
    for (let i = 0; i < 1000; i++) {
      const chatId = 100_000 + i;
      h.app.stores.subscribers.subscribe({ chatId, chatType: 'private', title: null, digestTime: '00:00', timezone: 'UTC', now });
      h.app.stores.subscribers.updateSettings(chatId, { sendEmpty: true }, now);
    }
    const digests = h.digests;
    const pass = digests.sendDue();
    await h.fake.waitFor(() => h!.fake.stats.sent >= 100, 10_000);
    const asked = Date.now();
    const [reply] = await h.say('/help');
    const latency = Date.now() - asked;
    const sentAtReply = h.fake.stats.sent;
    const report = await pass;
    expect(report.sent).toBe(1000);
    expect(reply?.text).toBeTruthy();
    expect(latency).toBeLessThan(1000);
    // Answered in the middle of the fan-out, not after it.
    expect(sentAtReply).toBeLessThan(800);
    expect(h.fake.stats.tooManyRequests.total).toBe(0);
  }, 60_000);
});
