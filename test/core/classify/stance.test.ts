import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[], stance: string];

// Hand-written items for who a stance cue belongs to: a cue counts toward the relation only when it is an act
// between the parties, not a word inside a name, a requirement or what is discussed. Not taken from any corpus.
const cases: Case[] = [
  ['a licence one must have is the requirement (要许可证)', 'zh', '高端服务器也要许可证 美国收紧对华AI芯片出口',
    '美国商务部宣布，向中国出口搭载英伟达AI芯片的服务器须获得许可，中方表示坚决反对。', ['CN', 'US'], 'competition'],
  ['an Indonesian headline without the verb prefix (Gabung)', 'id', 'Alibaba Gabung Aliansi Keamanan AI Bentukan OpenAI',
    'Alibaba resmi menjadi anggota aliansi keamanan kecerdasan buatan yang dibentuk OpenAI dan Anthropic. Aliansi itu menyusun standar pengujian model.', ['CN', 'US'], 'cooperation'],
  ['a joint paper that draws fire is mixed', 'en', 'Joint Stanford-Peking University AI paper draws fire in Congress',
    'Researchers at Stanford and Peking University co-authored a paper on language-model safety and say their labs will keep collaborating. US lawmakers asked the university to stop the partnership.', ['CN', 'US'], 'mixed'],
];

describe('stance: which cues belong to the relation', () => {
  it.each(cases)('%s', (_name, lang, title, text, countries, stance) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(true);
    expect(c.countries).toEqual(countries);
    expect(c.stance, c.evidence.rules.join('\n')).toBe(stance);
  });

  it('reads the United Nations (联合国, Объединённых Наций) as a name, not a joint act', () => {
    const zh = classifyArticle({ lang: 'zh', title: '联合国人工智能科学小组发布报告 美国拒绝算力登记', text: '美国驻联合国大使表示不会接受，中国代表批评美国搞垄断。' });
    expect(zh.evidence.cooperation).toEqual([]);
    expect(zh.evidence.ignored).toContain('联合国');
    const ru = classifyArticle({ lang: 'ru', title: 'США отвергли доклад ООН по ИИ', text: 'Доклад Организации Объединённых Наций по искусственному интеллекту США отвергли, Китай раскритиковал Вашингтон.' });
    expect(ru.evidence.cooperation).toEqual([]);
    expect(ru.evidence.ignored).toContain('Объединённых Наций');
  });
});
