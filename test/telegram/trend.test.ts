import { afterEach, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/telegram/fake-bot-api/files.js';
import { READER_ID, startHarness, type Harness } from '../helpers/bot-harness.js';

const NOW = new Date('2026-11-30T10:00:00Z');
let h: Harness;
afterEach(async () => {
  await h?.close();
});

function storeStory(at: Date, countries: string, stance: string) {
  h.app.db.$client
    .prepare('insert into stories (first_at, last_at, first_seen_at, last_seen_at, item_count, stance, countries) values (?, ?, ?, ?, 1, ?, ?)')
    .run(at.getTime(), at.getTime(), at.getTime(), at.getTime(), stance, countries);
}

describe('/trend', () => {
  it('sends a PNG chart with a caption stating the week’s change, in the reader’s language; cached until a story is added', async () => {
    h = await startHarness({ now: () => NOW });
    for (let i = 0; i < 9; i++) storeStory(new Date('2026-11-24T12:00:00Z'), 'CN,US', 'competition');
    for (let i = 0; i < 14; i++) storeStory(new Date('2026-11-30T08:00:00Z'), 'CN,US', 'competition');
    const [photo] = await h.say('/trend');
    expect(photo!.photo).toBeDefined();
    expect(pngSize(photo!.photo!.data)).toMatchObject({ width: 1000 });
    expect(photo!.text).toBe('Week of 2026-11-30: 14 stories. Competition stories US–China: 14, up from 9.');
    expect(h.fake.calls.filter((c) => c.method === 'sendPhoto' && c.status === 200)).toHaveLength(1);

    const [zh] = await h.say('/trend 4', { from: { id: READER_ID, language_code: 'zh-hans' } });
    expect(zh!.text).toBe('2026-11-30当周：共14条新闻。 美中竞争新闻：14，上周为9。');

    const started = performance.now();
    await h.say('/trend 4', { from: { id: READER_ID, language_code: 'zh-hans' } });
    expect(performance.now() - started).toBeLessThan(2000);
    storeStory(new Date('2026-11-30T09:00:00Z'), 'RU,US', 'cooperation');
    const [fresh] = await h.say('/trend 4', { from: { id: READER_ID, language_code: 'zh-hans' } });
    expect(fresh!.text).toContain('共15条新闻');
  }, 30_000);

  it.each(['0', '53', 'many'])('/trend %s explains the range and sends nothing else', async (arg) => {
    h = await startHarness({ now: () => NOW });
    const replies = await h.say(`/trend ${arg}`);
    expect(replies.map((m) => m.text)).toEqual(['Give a number of weeks from 1 to 52, e.g. /trend 26 (default 12).']);
  });
});
