import { describe, expect, it } from 'vitest';
import { createPacer, inBulkLane } from '../../src/telegram/notifier.js';

describe('pacer: a queue per chat under one global rate, replies before briefings', () => {
  it('a chat with many messages waiting never delays another chat', async () => {
    const pacer = createPacer({ perSecond: 50, groupPerMinute: 600, perChatPerSecond: 10 });
    const t0 = Date.now();
    const flood = Array.from({ length: 20 }, () => pacer.wait(1));
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    await pacer.wait(2);
    // One global gap (20 ms) at most, not behind the 20 × 110 ms of chat 1.
    expect(Date.now() - started).toBeLessThan(80);
    await Promise.all(flood);
    // Chat 1 itself kept its own spacing.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(19 * 110 - 20);
  });

  it('keeps order within a chat and serves the interactive lane first among ready chats', async () => {
    const pacer = createPacer({ perSecond: 20, groupPerMinute: 600, perChatPerSecond: 100 });
    const order: string[] = [];
    const bulk = Array.from({ length: 10 }, (_, i) => inBulkLane(() => pacer.wait(100 + i).then(() => void order.push(`bulk${i}`))));
    await new Promise((r) => setTimeout(r, 5));
    const reply = pacer.wait(42).then(() => void order.push('reply'));
    const sameChat = [pacer.wait(7).then(() => void order.push('a')), pacer.wait(7).then(() => void order.push('b'))];
    await Promise.all([...bulk, reply, ...sameChat]);
    // The reply went right after the bulk message already dispatched, far ahead of the other nine.
    expect(order.indexOf('reply')).toBeLessThanOrEqual(2);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('bulk5'));
    expect(pacer.waiting()).toBe(0);
  });

  it('never exceeds the global rate', async () => {
    const pacer = createPacer({ perSecond: 100, groupPerMinute: 600, perChatPerSecond: 1 });
    const times: number[] = [];
    await Promise.all(Array.from({ length: 30 }, (_, i) => pacer.wait(i + 1).then(() => void times.push(Date.now()))));
    for (let i = 10; i < times.length; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThanOrEqual(95);
  });
});
