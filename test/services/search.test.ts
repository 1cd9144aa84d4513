import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, storeStories, type Harness } from '../helpers/bot-harness.js';

// A database file, as in production: searches then run in the worker thread with their own connection.
describe('search on a database file (worker thread)', () => {
  let dir: string;
  let h: Harness;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'troika-search-'));
    h = await startHarness({ env: { DATABASE_PATH: join(dir, 'troika.db') } });
    const langs = ['en', 'ru', 'zh', 'id'] as const;
    const titles = { en: 'Russia and China extend AI chip deal', ru: 'Россия и Китай обучают нейросети', zh: '俄罗斯与中国合作研发人工智能芯片', id: 'Rusia dan Tiongkok mengembangkan kecerdasan buatan' };
    for (let batch = 0; batch < 20; batch++) {
      storeStories(h.app, Array.from({ length: 100 }, (_, i) => {
        const lang = langs[i % 4]!;
        return { title: `${titles[lang]} ${batch}-${i}`, lang, url: `https://example.com/s/${batch}/${i}` };
      }));
    }
    storeStories(h.app, [{ title: 'Huawei shows a new Ascend accelerator', lang: 'en' }, { title: '华为发布新款昇腾芯片', lang: 'zh' }]);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds stories across languages through the worker', async () => {
    const [reply] = await h.say('/search Huawei');
    // The English and Chinese reports are one story (same firm, same launch): either headline may lead it.
    expect(reply?.text).toMatch(/Huawei shows a new Ascend accelerator|华为发布新款昇腾芯片/);
    expect(reply?.text).toMatch(/\d{4}-\d{2}-\d{2}/);
    const [forms] = await h.say('/search нейросетей');
    expect(forms?.text).toContain('Россия и Китай обучают нейросети');
    const [syntax] = await h.say('/search "NEAR( OR title:*');
    expect(syntax?.text).toBe('No relevant stories match “"NEAR( OR title:*”.');
  });

  it('keeps the main thread free while 30 searches run, and other readers are answered', async () => {
    let worstGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const t = performance.now();
      worstGap = Math.max(worstGap, t - last);
      last = t;
    }, 5);
    const searches = Array.from({ length: 30 }, (_, i) => h.app.search.search(['Russia', 'нейросети', '芯片', 'kembang', 'China AI'][i % 5]!, 10));
    const startedAt = performance.now();
    const [start] = await h.say('/start', { from: 424242 });
    const startMs = performance.now() - startedAt;
    const results = await Promise.all(searches);
    clearInterval(timer);
    expect(results.every((r) => r !== null && r.stories.length === 10)).toBe(true);
    expect(start?.text).toBeTruthy();
    // Generous bounds (a shared, loaded machine): each search alone takes a few milliseconds.
    expect(startMs).toBeLessThan(2000);
    expect(worstGap).toBeLessThan(500);
  });
});
