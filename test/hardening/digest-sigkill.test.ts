/**
 * SIGKILL in the middle of a briefing fan-out to 500 subscribers, then `digest --send` again:
 * every subscriber gets each part exactly once, except at most one part per chat that was in
 * flight when the process died (Telegram accepted it, the ledger had not recorded it yet).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/core/compose.js';
import { formatDateLabel, localClock, localDate } from '../../src/core/local-time.js';
import type { LabelledArticle } from '../../src/core/pipeline.js';
import type { Country, Stance } from '../../src/core/types.js';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createItemStore } from '../../src/db/item-store.js';
import { createStoryStore } from '../../src/db/story-store.js';
import { createDeliveryStore, createSubscriberStore } from '../../src/db/subscriber-store.js';
import { loadTranslations } from '../../src/i18n/translations.js';
import { createLogger } from '../../src/logger.js';
import { createDigestService } from '../../src/services/digests.js';
import { digestConcurrency } from '../../src/telegram/notifier.js';
import { distinctText } from '../helpers/distinct-text.js';
import { cleanUp, runProgram, runToEnd, scratchDatabase, startFakeBotApi } from './spawn.js';

const translations = loadTranslations();
const SUBSCRIBERS = 500;
const FIRST_CHAT = 500_001;
const SEND_RATE = 300;
const KILL_AFTER = 300;


afterEach(cleanUp);

/** A zone whose local clock is well inside the day, so both runs fall on the same local date. */
function zoneAwayFromMidnight(now: Date): string {
  for (const tz of ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'Europe/Moscow', 'Pacific/Honolulu']) {
    const clock = localClock(now, tz);
    if (clock >= '01:00' && clock <= '22:30') return tz;
  }
  throw new Error('no zone away from midnight');
}

const LONG = 'Officials in Washington, Beijing and Moscow traded statements on artificial intelligence export controls, chip supply chains and joint research on safety evaluations, while analysts said the measures would reshape how laboratories in the three countries cooperate and compete on frontier models';

function seed(path: string, now: Date, timezone: string): { parts: string[] } {
  const db = openDatabase(path);
  try {
    const feeds = createFeedStore(db);
    const items = createItemStore(db);
    const subscribers = createSubscriberStore(db);
    feeds.setMeta('default_feeds_seeded', now.toISOString()); // no default feeds in this database
    const feed = feeds.insert({ url: 'https://example.com/wire.xml', name: 'Wire', addedBy: 'test', createdAt: now });
    const stances: Stance[] = ['competition', 'cooperation', 'mixed'];
    const pairs: Country[][] = [['CN', 'US'], ['CN', 'RU'], ['RU', 'US']];
    const labelled: LabelledArticle[] = Array.from({ length: 8 }, (_, i) => {
      const url = `https://example.com/story/${i}`;
      return {
        article: { itemKey: url, dedupeKey: url, link: url, url, title: `Story ${i}: ${distinctText(i, 40)}`, text: `${distinctText(i, 60)} ${LONG}`, lang: 'en', publishedAt: new Date(now.getTime() - (i + 1) * 60_000), author: null, source: null },
        classification: { relevant: true, score: 0.9 - i * 0.01, countries: pairs[i % 3]!, stance: stances[i % 3]!, topics: [], evidence: { ai: [], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: [] } },
        summary: `${LONG} (${i}).`,
      };
    });
    items.storeArticles(feed.id, labelled, new Date(now.getTime() - 10 * 60_000), 'Wire');
    for (let i = 0; i < SUBSCRIBERS; i++) {
      subscribers.subscribe({ chatId: FIRST_CHAT + i, chatType: 'private', title: null, digestTime: '00:00', timezone, now: new Date(now.getTime() - 3600_000) });
    }
    // What one subscriber's briefing looks like, composed the way the service does it.
    const digests = createDigestService({ items, stories: createStoryStore(db), subscribers, deliveries: createDeliveryStore(db), sender: { sendHtml: async () => ({ ok: true }) }, now: () => now, logger: createLogger('silent'), translations });
    const stories = digests.selectStories(subscribers.get(FIRST_CHAT)!, now);
    return { parts: composeDigest({ dateLabel: formatDateLabel(localDate(now, timezone)), stories: stories.stories.map((l) => l.view), t: translations.translator('en') }) };
  } finally {
    closeDatabase(db);
  }
}

describe('digest --send killed with SIGKILL mid fan-out', () => {
  it('resumes: each part reaches each of 500 subscribers once, bar the parts in flight at the kill', async () => {
    const now = new Date();
    const timezone = zoneAwayFromMidnight(now);
    const db = scratchDatabase();
    const { parts } = seed(db.path, now, timezone);
    expect(parts).toHaveLength(2);

    const fake = await startFakeBotApi({ limits: { scale: 20 }, recordCalls: false });
    const env = { DATABASE_PATH: db.path, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, SEND_RATE_PER_SECOND: String(SEND_RATE), LOG_LEVEL: 'warn' };

    const started = Date.now();
    const first = runProgram('src/cli.ts', ['digest', '--send'], env);
    let killedAt = -1;
    const stop = fake.onOutgoing((event) => {
      if (event.kind === 'send' && killedAt < 0 && fake!.sent.length >= KILL_AFTER) {
        killedAt = fake!.sent.length;
        first.child.kill('SIGKILL');
      }
    });
    const firstExit = await first.exited;
    stop();
    expect(firstExit.signal, `first run ended by itself:\n${first.stdout()}\n${first.stderr()}`).toBe('SIGKILL');
    const killMs = Date.now() - started;
    // Give requests already on the wire a moment to land in the fake's log.
    await new Promise((r) => setTimeout(r, 200));
    const sentBeforeRestart = fake.sent.length;

    const second = await runToEnd('src/cli.ts', ['digest', '--send'], env, 25_000);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/failed 0/);
    const totalMs = Date.now() - started;

    // Per chat: how often each part arrived.
    const byChat = new Map<number, string[]>();
    for (const m of fake.sent) {
      const list = byChat.get(m.chat_id) ?? [];
      list.push(m.params.text as string);
      byChat.set(m.chat_id, list);
    }
    let duplicates = 0;
    const chatsWithDuplicate: number[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const chatId = FIRST_CHAT + i;
      const got = byChat.get(chatId) ?? [];
      // Every part at least once, in order of first arrival, nothing else.
      expect([...new Set(got)], `chat ${chatId}`).toEqual(parts);
      const extra = got.length - parts.length;
      if (extra > 0) {
        duplicates += extra;
        chatsWithDuplicate.push(chatId);
      }
      // At most ONE part resent per chat.
      expect(extra, `chat ${chatId} got ${got.length} messages`).toBeLessThanOrEqual(1);
    }
    expect(byChat.size).toBe(SUBSCRIBERS);
    const concurrency = digestConcurrency({ perSecond: SEND_RATE });
    console.log(
      `[digest SIGKILL] kill at ${killedAt} accepted (${killMs} ms); ${sentBeforeRestart} before restart; ${fake.sent.length} total ` +
        `for ${SUBSCRIBERS}×${parts.length} parts; duplicates ${duplicates} (chats ${chatsWithDuplicate.join(', ') || 'none'}); ` +
        `concurrency ${concurrency}; 429s ${fake.stats.tooManyRequests.total}; ${totalMs} ms`,
    );
    expect(duplicates).toBeLessThanOrEqual(concurrency);
    expect(fake.sent.length).toBe(SUBSCRIBERS * parts.length + duplicates);

    // A third pass finds nothing left to do.
    const third = await runToEnd('src/cli.ts', ['digest', '--send'], env);
    expect(third.stdout).toMatch(/due 0 · sent 0/);
    expect(fake.sent.length).toBe(SUBSCRIBERS * parts.length + duplicates);
  }, 45_000);
});
