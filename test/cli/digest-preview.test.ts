/**
 * `troika digest --preview` shows what a subscriber would get: the same selection and text as a
 * real send (their settings, language and history), and says so when nobody has subscribed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { digestCommand } from '../../src/cli/digest.js';
import { UsageError } from '../../src/cli/io.js';
import { telegramHtmlToText } from '../../src/core/readable.js';
import { createLogger } from '../../src/logger.js';
import { createDigestService, type MessageSender } from '../../src/services/digests.js';
import { createTestApp } from '../helpers/app.js';
import { storeStories } from '../helpers/bot-harness.js';

const NOW = new Date('2026-11-30T10:00:00Z');
let app: App;
afterEach(() => app?.close());

function setUp() {
  app = createTestApp({ now: () => NOW });
  storeStories(app, [
    { title: 'US and China clash over AI chip export controls', topics: ['chips-export-controls'] },
    { title: 'Bitcoin miners in Russia buy Chinese AI accelerators', topics: ['business'], countries: ['CN', 'RU'] },
    { title: 'Pentagon and PLA AI drone race', topics: ['military'] },
  ], new Date(NOW.getTime() - 3600_000));
  const sent: Array<{ chatId: number; text: string }> = [];
  const sender: MessageSender = {
    sendHtml: async (chatId, html) => {
      sent.push({ chatId, text: telegramHtmlToText(html) });
      return { ok: true, messageId: sent.length };
    },
  };
  const digests = () => createDigestService({ items: app.stores.items, stories: app.stores.stories, subscribers: app.stores.subscribers, deliveries: app.stores.deliveries, sender, now: app.now, logger: createLogger('silent'), translations: app.translations });
  return { sent, digests };
}

async function run(argv: string[], digests: () => ReturnType<typeof createDigestService>): Promise<string> {
  let text = '';
  const out = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream;
  expect(await digestCommand(argv, app, async () => digests(), out)).toBe(0);
  return text;
}

const subscribe = (chatId: number, createdAt: Date) => app.stores.subscribers.subscribe({ chatId, chatType: 'private', title: null, digestTime: '08:00', timezone: 'UTC', now: createdAt });

describe('troika digest --preview', () => {
  it('with no subscriber: says so, and shows what a new subscriber with the default settings would get', async () => {
    const { digests } = setUp();
    const text = await run(['--preview'], digests);
    expect(text).toMatch(/^No subscriber yet: this is what a new subscriber with the default settings would get now/);
    expect(text).toContain('language en · at 08:00 UTC · countries all · stances all · topics all · muted words 0');
    expect(text).toContain('US and China clash over AI chip export controls');
    expect(text).toContain('Pentagon and PLA AI drone race');
    expect(text).toContain('Sent now (2026-11-30) it would be:');
  });

  it('for a subscriber: exactly the text a send then delivers, with their language and filters', async () => {
    const { digests, sent } = setUp();
    subscribe(501, new Date(NOW.getTime() - 86_400_000));
    subscribe(502, new Date(NOW.getTime() - 2 * 86_400_000)); // subscribed first: the default choice
    app.stores.subscribers.updateSettings(501, { locale: 'ru', mutedWords: ['bitcoin'], topics: ['chips-export-controls', 'business'] }, NOW);

    const first = await run(['--preview'], digests);
    expect(first).toMatch(/^Briefing for chat 502, the first subscriber \(1 more; --chat ID previews another\)/);

    const preview = await run(['--preview', '--chat', '501'], digests);
    expect(preview).toContain('language ru · at 08:00 UTC');
    expect(preview).toContain("Today's briefing (2026-11-30) has not gone out yet; sent now it would be:");
    expect(preview).not.toContain('Bitcoin');
    expect(preview).not.toContain('Pentagon');

    expect(await digests().sendDue()).toMatchObject({ sent: 2 });
    const delivered = sent.filter((m) => m.chatId === 501).map((m) => m.text).join('\n\n— — —\n\n');
    expect(delivered).toContain('US and China clash');
    expect(preview.endsWith(`\n\n${delivered}\n`)).toBe(true);

    // Briefed today: the preview says so, and with nothing new and empty days quiet, that nothing would go.
    const after = await run(['--preview', '--chat', '501'], digests);
    expect(after).toContain("Today's briefing (2026-11-30) has gone out; if the next one were due now it would be: nothing. No new story matches these settings");
  });

  it('refuses a chat that never subscribed, and --chat with --date', async () => {
    const { digests } = setUp();
    await expect(run(['--preview', '--chat', '777'], digests)).rejects.toThrow(UsageError);
    await expect(run(['--preview', '--chat', 'abc'], digests)).rejects.toThrow(/--chat takes a chat id/);
    await expect(run(['--preview', '--chat', '1', '--date', '2026-11-30'], digests)).rejects.toThrow(/does not go with --date/);
  });

  it('--date still shows the whole day, labelled as not one subscriber’s selection', async () => {
    const { digests } = setUp();
    const text = await run(['--preview', '--date', '2026-11-30'], digests);
    expect(text).toMatch(/^Every story dated 2026-11-30 \(UTC\), as any reader would see the day; not one subscriber's selection\./);
    expect(text).toContain('Bitcoin miners');
  });
});
