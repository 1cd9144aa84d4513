import { afterEach, describe, expect, it } from 'vitest';
import { READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('/settings tz free entry', () => {
  it.each([
    ['asia/jakarta', 'Asia/Jakarta', null],
    ['europe/BERLIN', 'Europe/Berlin', null],
    ['jakarta', 'UTC', 'Did you mean Asia/Jakarta?'],
    ['UTC+7', 'UTC', 'Did you mean Etc/GMT-7?'],
  ])('%s → stored %s', async (typed, stored, suggestion) => {
    h = await startHarness();
    await h.say('/subscribe');
    const [reply] = await h.say(`/settings tz ${typed}`);
    expect(h.app.stores.subscribers.get(READER_ID)?.timezone).toBe(stored);
    if (suggestion) expect(reply?.text).toContain(suggestion);
    else expect(reply?.text).toContain(`Time zone set to ${stored}`);
  });
});
