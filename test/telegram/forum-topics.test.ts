import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

let clock = new Date('2026-11-30T10:00:00Z');
const forum = { id: -1001234500001, type: 'supergroup' as const, title: 'Analysts', is_forum: true };
const ADMIN = 4242;

describe('forum topics', () => {
  it('/subscribe in a topic: replies stay in the topic and the briefing goes there; a deleted topic falls back to the whole chat', async () => {
    h = await startHarness({ now: () => clock });
    h.fake.addChat(forum);
    h.fake.setAdmins(forum.id, [ADMIN]);
    const before = h.fake.sent.length;
    await h.handled(h.fake.sendText(forum, ADMIN, '/subscribe', { threadId: 77 }));
    const [reply] = h.fake.sent.slice(before);
    expect(reply!.text).toMatch(/every day at 08:00 \(UTC\).*This topic gets the briefing\./);
    expect(reply!.message_thread_id).toBe(77);
    expect(h.app.stores.subscribers.get(forum.id)).toMatchObject({ threadId: 77 });

    // Other commands asked in the topic are answered in the topic too.
    const n = h.fake.sent.length;
    await h.handled(h.fake.sendText(forum, ADMIN, '/digest', { threadId: 77 }));
    expect(h.fake.sent.slice(n).every((m) => m.message_thread_id === 77)).toBe(true);

    h.app.stores.subscribers.updateSettings(forum.id, { sendEmpty: true }, clock);
    await h.digests.sendDue();
    const briefing = h.fake.messagesTo(forum.id).at(-1)!;
    expect(briefing.text).toMatch(/Troika briefing/);
    expect(briefing.message_thread_id).toBe(77);

    // The topic is deleted: the next briefing goes to the whole chat, and stays there.
    h.fake.deleteTopic(forum.id, 77);
    clock = new Date('2026-12-01T10:00:00Z');
    const report = await h.digests.sendDue();
    expect(report.sent).toBe(1);
    const next = h.fake.messagesTo(forum.id).at(-1)!;
    expect(next.text).toMatch(/Troika briefing/);
    expect(next.message_thread_id).toBeUndefined();
    expect(h.app.stores.subscribers.get(forum.id)!.threadId).toBeNull();
  });

  it('/subscribe in General (no topic) sends to the whole chat, and moving the subscription to a topic is one /subscribe there', async () => {
    clock = new Date('2026-11-30T10:00:00Z');
    h = await startHarness({ now: () => clock });
    h.fake.addChat(forum);
    h.fake.setAdmins(forum.id, [ADMIN]);
    await h.handled(h.fake.sendText(forum, ADMIN, '/subscribe'));
    expect(h.app.stores.subscribers.get(forum.id)!.threadId).toBeNull();
    await h.handled(h.fake.sendText(forum, ADMIN, '/subscribe', { threadId: 5 }));
    expect(h.app.stores.subscribers.get(forum.id)!.threadId).toBe(5);
    expect(h.fake.sent.at(-1)!.text).toMatch(/^Already subscribed: .*This topic gets the briefing\./);
  });
});
