import { describe, expect, it } from 'vitest';
import { entityForms, entityName, findEntities } from '../../src/core/entities.js';

describe('findEntities: one key whatever the language or script', () => {
  it.each([
    ['Nvidia to take a $5.5 billion hit on H20 sales', ['nvidia', 'h20']],
    ['Nvidia потеряет $5,5 млрд из-за ограничений на поставки чипов H20', ['nvidia', 'h20']],
    ['美国收紧H20出口，英伟达将计提55亿美元', ['h20', 'nvidia']],
    ['網信辦約談輝達：H20晶片存在後門', ['cac', 'nvidia', 'h20']],
    ['DeepSeek 与 深度求索', ['deepseek']],
    ['Сбербанк и GigaChat; у Сбера новый партнёр', ['sberbank', 'gigachat']],
    ['华为的昇腾芯片 / Хуавэй / Huawei Ascend 910C', ['huawei', 'ascend']],
    ['Shanghai Consensus signed in Shanghai', ['shanghai-consensus', 'shanghai']],
    ['美国商务部出台新规，商务部回应', ['commerce-dept', 'mofcom']],
  ])('%s', (text, keys) => {
    const found = findEntities(text);
    for (const k of keys) expect(found).toContain(k);
  });

  it.each([
    ['as it was announced, the plan went ahead', 'us'],
    ['лимит на поставки', 'lima'],
    ['правда ли это', 'pravda-network'],
  ])('no false friend: %s', (text, key) => {
    expect(findEntities(text)).not.toContain(key);
  });

  it('high-bandwidth memory is HBM in every language and script', () => {
    for (const text of ['Rules tighten on high-bandwidth memory', '美方限制高带宽存储器对华出口', '美方限制高頻寬記憶體出口', 'Ограничения на память с высокой пропускной способностью', 'Ekspor memori bandwidth tinggi dibatasi']) {
      expect(findEntities(text)).toContain('hbm');
    }
  });

  it('the UN science panel, its envoys and the Pravda network in several scripts', () => {
    expect(findEntities('Panel ilmiah internasional PBB dan Independent International Scientific Panel')).toContain('un-ai-panel');
    expect(findEntities('Независимая международная научная группа опубликовала доклад')).toContain('un-ai-panel');
    expect(findEntities('獨立國際科學小組發表報告')).toContain('un-ai-panel');
    expect(findEntities('Небензя и Фу Цун против Уолтца')).toEqual(expect.arrayContaining(['nebenzia', 'fu-cong', 'waltz']));
    expect(findEntities('傅聰與華爾茲')).toEqual(expect.arrayContaining(['fu-cong', 'waltz']));
    expect(findEntities('сеть сайтов «Правда» и Агентство по кибербезопасности США')).toEqual(expect.arrayContaining(['pravda-network', 'cisa']));
  });

  it('an ordinary word one letter from a name is not the name ("Compute" is not Computex)', () => {
    expect(findEntities('A former Brightline Compute engineer')).not.toContain('computex');
    expect(findEntities('Nvidia shows new chips at Computex')).toContain('computex');
  });

  it('a match inside a longer one is not counted twice', () => {
    expect(findEntities('Shanghai Cooperation Organization summit')).toEqual(['sco']);
  });
});

describe('entityName: the standard form per locale', () => {
  it.each([
    ['nvidia', 'en', 'Nvidia'],
    ['nvidia', 'zh', '英伟达'],
    ['nvidia', 'zh-hant', '輝達'],
    ['huawei', 'zh-Hant', '華為'],
    ['sberbank', 'ru', 'Сбербанк'],
    ['deepseek', 'zh', '深度求索'],
    ['gigachat', 'id', 'GigaChat'],
    ['unknown-key', 'en', 'unknown-key'],
  ])('%s in %s is %s', (key, locale, name) => {
    expect(entityName(key, locale)).toBe(name);
  });

  it('entityForms lists the other-language forms a search should also find', () => {
    expect(entityForms('huawei')).toEqual(expect.arrayContaining(['Huawei', '华为', '華為', 'хуавэй']));
  });
});
