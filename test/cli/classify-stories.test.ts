import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/cli/classify.js';
import { parseConfig } from '../../src/config.js';

function rss(title: string, items: Array<{ link: string; title: string; text: string; date: string }>): string {
  const body = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><description>${i.text}</description><pubDate>${i.date}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link>${body}</channel></rss>`;
}

async function run(files: string[]): Promise<Array<Record<string, unknown>>> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  const code = await classifyCommand(files, parseConfig({}) as never, out, new PassThrough());
  expect(code).toBe(0);
  return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('troika classify: the story field', () => {
  it('is shared by the items of one event across the inputs of a run, and null when not relevant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-classify-'));
    const en = join(dir, 'en.xml');
    const ru = join(dir, 'ru.xml');
    writeFileSync(en, rss('EN', [
      { link: 'https://en.example/h20', title: 'Nvidia to take a $5.5 billion hit after US requires a licence for H20 AI chip sales to China', text: 'The US government told Nvidia that exports of its H20 AI chips to China now need a licence; Nvidia expects a $5.5 billion charge as the chip war with China deepens.', date: 'Wed, 16 Apr 2025 12:50:00 GMT' },
      { link: 'https://en.example/cake', title: 'A recipe for lemon cake', text: 'Flour, sugar and lemons.', date: 'Wed, 16 Apr 2025 13:00:00 GMT' },
    ]));
    writeFileSync(ru, rss('RU', [
      { link: 'https://ru.example/h20', title: 'Nvidia потеряет $5,5 млрд из-за ограничений США на поставки ИИ-чипов H20 в Китай', text: 'Власти США потребовали лицензию на экспорт ИИ-ускорителей H20 в Китай; Nvidia спишет $5,5 млрд. Это новый виток технологического противостояния США и Китая.', date: 'Wed, 16 Apr 2025 05:40:00 GMT' },
    ]));
    const lines = await run([en, ru]);
    const items = lines.filter((l) => l.type !== 'feed');
    const byLink = new Map(items.map((i) => [i.link, i]));
    expect(byLink.get('https://en.example/h20')!.relevant).toBe(true);
    expect(byLink.get('https://ru.example/h20')!.relevant).toBe(true);
    expect(byLink.get('https://en.example/h20')!.story).toEqual(expect.any(String));
    expect(byLink.get('https://en.example/h20')!.story).toBe(byLink.get('https://ru.example/h20')!.story);
    expect(byLink.get('https://en.example/cake')!.story).toBeNull();
    // The field is added; the others are all still there.
    expect(Object.keys(items[0]!)).toEqual(['link', 'title', 'published', 'lang', 'relevant', 'score', 'countries', 'stance', 'topics', 'summary', 'evidence', 'content', 'story']);
  });
});
