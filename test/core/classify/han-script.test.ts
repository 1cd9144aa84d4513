import { describe, expect, it } from 'vitest';
import { SIMPLIFY_REGIONAL as SIMPLIFY, hanReaderFor } from '../../../src/core/classify/compile.js';
import { classifyArticle } from '../../../src/core/classify/index.js';

// Taiwan and Hong Kong write some words differently, not only some characters: 神經網路 is 神经网络.
describe('regional Chinese vocabulary', () => {
  it.each([
    ['神經網路處理器', '神经网络处理器'],
    ['人工智慧演算法', '人工智能算法'],
    ['伺服器與軟體', '服务器与软件'],
    ['資料中心', '数据中心'],
    ['輝達晶片', '英伟达芯片'],
    // Longest word first: 智慧財產權 is intellectual property, not "AI property".
    ['智慧財產權', '知识产权'],
  ])('%s reads as %s', (traditional, mainland) => {
    expect(SIMPLIFY(traditional)).toBe(mainland);
  });

  it('reads mainland text with its own words (智慧 and 资料 keep their mainland senses there)', () => {
    expect(hanReaderFor('智慧城市资料显示，国产芯片')('智慧城市资料')).toBe('智慧城市资料');
    expect(hanReaderFor('人工智慧演算法，美國')('人工智慧演算法')).toBe('人工智能算法');
  });

  it('never brings in a country the text did not name (Oklahoma is 俄克拉何马 on the mainland)', () => {
    expect(SIMPLIFY('奧克拉荷馬州')).not.toMatch(/俄/);
  });

  it('reads a Taiwanese item whose AI is said with regional words', () => {
    const c = classifyArticle({
      lang: 'zh',
      title: '俄中合製氣象衛星 搭載神經網路晶片',
      text: '俄羅斯與中國合作研製的氣象衛星搭載類神經網路處理器，可在軌即時分析雲圖資料，雙方將共享演算法與資料。',
    });
    expect(c.relevant).toBe(true);
    expect(c.countries).toEqual(['CN', 'RU']);
  });

  it('keeps the lexicon\'s Taiwan forms matching after the rewrite (影像辨識)', () => {
    const c = classifyArticle({ lang: 'zh', title: '美國禁止採購中國影像辨識系統', text: '美國國會要求聯邦機構停止採購中國企業的人臉辨識與影像辨識系統。' });
    expect(c.evidence.ai.length).toBeGreaterThan(0);
  });
});
