import { describe, expect, it } from 'vitest';
import { composeDigest, composeStory, FULL_STORIES } from '../../../src/core/compose.js';
import { parseTelegramHtml } from '../../../src/core/telegram-html.js';
import { buildStoryView, isDeveloping, rankStoryViews, type MemberInput } from '../../../src/core/stories/view.js';
import { composeStoryDetail, describeKey } from '../../../src/core/stories/detail.js';
import { loadTranslations } from '../../../src/i18n/translations.js';

const t = loadTranslations().translator('en');

const T = new Date('2025-04-16T12:00:00Z');
let nextId = 1;
function member(outlet: string, origin: string | null, lang: string, hours = 0, extra: Partial<MemberInput> = {}): MemberInput {
  const id = nextId++;
  return { id, title: `${outlet} reports the H20 licence rule`, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}`, lang, outlet, feedId: id, origin, stateMedia: false, sortAt: new Date(T.getTime() + hours * 3600_000), score: 0.8, summary: `Summary by ${outlet}.`, sourceCount: 1, ...extra };
}
const story = (id: number) => ({ id, stance: 'competition' as const, countries: ['CN' as const, 'US' as const], score: 0.9, firstAt: T, lastAt: T });

describe('story views', () => {
  it('count distinct outlets per origin and link each other language once', () => {
    const members = [member('Reuters', 'US', 'en'), member('CNBC', 'US', 'en', 1), member('Xinhua', 'CN', 'zh', 2), member('Sina', 'CN', 'zh', 3), member('TASS', 'RU', 'ru', 4), member('Reuters', 'US', 'en', 5)];
    const view = buildStoryView(story(7), members);
    expect(view.sourceCount).toBe(5);
    expect(view.origins).toEqual([['US', 2], ['CN', 2], ['RU', 1]]);
    expect(view.languages?.map((l) => l.lang)).toEqual(['zh', 'ru']);
    expect(view.blindSpot).toBeNull();
    const html = composeStory(view, t, 1);
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(html).toContain('5 sources · 🇺🇸 2 · 🇨🇳 2 · 🇷🇺 1');
    expect(html).toMatch(/<a href="[^"]+">ZH<\/a> · <a href="[^"]+">RU<\/a>/);
    expect(html).toContain('<code>#7</code>');
  });

  it('prefer a headline in the reader’s languages, else the most cited, else the earliest', () => {
    const members = [member('Sina', 'CN', 'zh', 0), member('Reuters', 'US', 'en', 2, { sourceCount: 3 }), member('TASS', 'RU', 'ru', 1)];
    expect(buildStoryView(story(1), members).source).toBe('Reuters');
    expect(buildStoryView(story(1), members, { preferLangs: ['ru'] }).source).toBe('TASS');
  });

  it('mark a blind spot: three or more outlets, all from one bloc', () => {
    const only = [member('Xinhua', 'CN', 'zh', 0, { stateMedia: true }), member('CGTN', 'CN', 'en', 1, { stateMedia: true }), member('Global Times', 'CN', 'en', 2, { stateMedia: true })];
    const view = buildStoryView(story(3), only);
    expect(view.blindSpot).toBe('CN');
    expect(composeStory(view, t)).toContain('👁 Blind spot: only 🇨🇳 CN state media report this');
    expect(buildStoryView(story(3), only.slice(0, 2)).blindSpot).toBeNull();
    expect(buildStoryView(story(3), [...only, member('VOA', 'US', 'en')]).blindSpot).toBeNull();
  });

  it('say what grew since the chat saw it, and whether that is "Developing"', () => {
    const seen = [member('Xinhua', 'CN', 'zh'), member('Sina', 'CN', 'zh', 1)];
    const later = [member('TASS', 'RU', 'ru', 5)];
    const view = buildStoryView(story(4), [...seen, ...later], { seenItemIds: new Set(seen.map((m) => m.id)) });
    expect(view.developing).toEqual({ newSources: 1, newOrigins: ['RU'] });
    expect(isDeveloping(view)).toBe(true);
    const sameBloc = buildStoryView(story(4), [...seen, member('36Kr', 'CN', 'zh', 6)], { seenItemIds: new Set(seen.map((m) => m.id)) });
    expect(isDeveloping(sameBloc)).toBe(false);
  });

  it('rank several outlets and origins above one', () => {
    const one = { view: buildStoryView(story(1), [member('A', 'US', 'en')]), score: 0.9, lastAt: T };
    const many = { view: buildStoryView(story(2), [member('B', 'US', 'en'), member('C', 'CN', 'zh'), member('D', 'RU', 'ru')]), score: 0.9, lastAt: T };
    expect(rankStoryViews([one, many], T).map((s) => s.view.id)).toEqual([2, 1]);
  });
});

describe('composeDigest by story', () => {
  const views = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const pair = i % 3 === 0 ? (['CN', 'RU'] as const) : (['CN', 'US'] as const);
      return buildStoryView({ ...story(100 + i), countries: [...pair] }, [member(`Outlet ${i}`, 'US', 'en', 0, { title: `Event number ${i} & <more>`, summary: 'A summary of the event. '.repeat(12) }), member(`Other ${i}`, 'CN', 'zh')]);
    });

  it('shows the top stories in full under pair headings, the rest as one-liners in an expandable quote, and numbers later parts', () => {
    const parts = composeDigest({ dateLabel: 'Wednesday, 16 April 2025', stories: views(20), t });
    const all = parts.join('\n');
    for (const part of parts) {
      const parsed = parseTelegramHtml(part);
      expect(parsed.ok, part).toBe(true);
      if (parsed.ok) expect(parsed.text.length).toBeLessThanOrEqual(3800);
    }
    expect(all).toContain('<b>🇨🇳🇺🇸 CN–US</b>');
    expect(all).toContain('<b>🇨🇳🇷🇺 CN–RU</b>');
    expect((all.match(/^\d+\. /gm) ?? []).length).toBe(FULL_STORIES);
    expect(all).toContain(`<b>${20 - FULL_STORIES} more stories</b>`);
    const quote = /<blockquote expandable>([\s\S]*?)<\/blockquote>/.exec(all);
    expect(quote?.[1]?.split('\n')).toHaveLength(20 - FULL_STORIES);
    const entities = parts.flatMap((p) => { const r = parseTelegramHtml(p); return r.ok ? r.entities.map((e) => e.type) : []; });
    expect(entities).toContain('expandable_blockquote');
    if (parts.length > 1) parts.slice(1).forEach((p, i) => expect(p.startsWith(`<i>(${i + 2}/${parts.length})</i>\n`)).toBe(true));
    expect(parts[0]!.startsWith('<b>Troika briefing')).toBe(true);
  });

  it('a split briefing says (2/2) on its second part', () => {
    const long = views(8).map((v) => ({ ...v, title: 'A long headline '.repeat(18), summary: 'Long summary. '.repeat(30) }));
    const parts = composeDigest({ dateLabel: 'Today', stories: long, t });
    expect(parts.length).toBe(2);
    expect(parts[1]!.startsWith('<i>(2/2)</i>\n')).toBe(true);
  });

  it('skips headings on short days and lists Developing stories with what changed', () => {
    const seen = [member('Xinhua', 'CN', 'zh')];
    const developing = buildStoryView(story(9), [...seen, member('TASS', 'RU', 'ru'), member('VOA', 'US', 'en')], { seenItemIds: new Set([seen[0]!.id]) });
    const parts = composeDigest({ dateLabel: 'Today', stories: views(2), developing: [developing], t });
    const all = parts.join('\n');
    expect(all).not.toContain('CN–US</b>');
    expect(all).toContain('<b>📈 Developing</b>');
    expect(all).toContain('+2 sources, now also 🇺🇸 🇷🇺');
    expect(parseTelegramHtml(all).ok).toBe(true);
  });
});

describe('/story detail', () => {
  it('groups reports by origin and says why they were grouped', () => {
    const a = { ...member('Reuters', 'US', 'en'), publishedAt: T, reason: null };
    const b = { ...member('TASS', 'RU', 'ru', 3), publishedAt: null, stateMedia: true, reason: { kind: 'shared-keys' as const, strong: false, itemId: a.id, score: 6.1, keys: ['e:h20', 'e:nvidia', 'e:us', 'n:6e9', 'c:licence'] } };
    const lines = composeStoryDetail({ ...story(5) }, [a, b], t);
    const text = lines.join('\n');
    expect(parseTelegramHtml(text).ok).toBe(true);
    expect(text).toContain('<b>🇺🇸 US outlets</b> (1)');
    expect(text).toContain('<b>🇷🇺 Russian outlets</b> (1)');
    expect(text).toContain('TASS (state)</a>');
    expect(text).toContain('RU TASS: the same event as the EN report from Reuters (shared: Nvidia H20, Nvidia, ≈6 billion, licence)');
  });

  it('shows the direction two joined reports share, and the stories a report was kept out of', () => {
    const a = { ...member('Reuters', 'US', 'en'), publishedAt: T, reason: null, apart: [{ storyId: 4, itemId: 40, why: 'opposite-acts' as const }] };
    const b = { ...member('TASS', 'RU', 'ru', 3), publishedAt: null, reason: { kind: 'shared-keys' as const, strong: false, itemId: a.id, score: 5, keys: ['e:h20', 'c:resume-sales'], act: 'ease' as const } };
    const text = composeStoryDetail({ ...story(5) }, [a, b], t).join('\n');
    expect(parseTelegramHtml(text).ok).toBe(true);
    expect(text).toContain('(shared: Nvidia H20, resume sales, both lift or ease a restriction)');
    expect(text).toContain('<b>Kept apart</b>\n• EN Reuters: not the same event as story #4: one report imposes a restriction, the other lifts or eases one');
  });

  it.each([
    ['e:huawei', 'Huawei'],
    ['c:export-control', 'export control'],
    ['p:17', '17%'],
    ['x:910c', '910C'],
    ['n:6e11', '≈600 billion'],
    ['n:5e12', '≈5 trillion'],
  ])('describeKey(%s) = %s', (key, text) => {
    expect(describeKey(key)).toBe(text);
  });
});
