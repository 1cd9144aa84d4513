import { describe, expect, it } from 'vitest';
import { firstSentence, hanNumber, storyFeatures } from '../../../src/core/stories/features.js';
import { eventsDisagree } from '../../../src/core/stories/group.js';
import { storyItems } from '../../helpers/story-items.js';

const { item, grouped } = storyItems(Date.UTC(2026, 4, 4, 8));

describe('a vague headline: the lead’s first sentence states the event', () => {
  it('cuts the first sentence at a full stop before a capital, not inside an abbreviation, and at 。', () => {
    expect(firstSentence('U.S. officials met on Monday. They left on Tuesday.')).toBe('U.S. officials met on Monday.');
    expect(firstSentence('双方签署备忘录。首批项目明年启动。')).toBe('双方签署备忘录。');
    expect(firstSentence('no full stop at all')).toBe('no full stop at all');
  });

  it('a headline naming nothing the tables read takes its keys from the first sentence', () => {
    const f = storyFeatures({
      title: 'A quiet week for chip packagers',
      text: 'The Commerce Department said on Tuesday that high-bandwidth memory sold to buyers in China will need a licence. Packagers in Malaysia expect fewer orders.',
    });
    expect(f.leadTitle).toBe(true);
    expect(f.titleKeys).toEqual(expect.arrayContaining(['e:commerce-dept', 'e:hbm', 'c:licence']));
    expect(f.titleKeys).not.toContain('e:malaysia');
  });

  it('a headline that names an entity or an event keeps its own keys', () => {
    const f = storyFeatures({ title: 'Nvidia shares slide', text: 'The Commerce Department said on Tuesday that memory sold to China will need a licence.' });
    expect(f.leadTitle).toBeUndefined();
    expect(f.titleKeys).not.toContain('e:commerce-dept');
  });

  it('a headline stating an act ("new restrictions") is not vague: its lead stays a lead', () => {
    const f = storyFeatures({ title: 'Новые ограничения для трёх институтов', text: 'Под санкции США попали институты Altair и Vostok.' });
    expect(f.leadTitle).toBeUndefined();
    expect(f.titleKeys).not.toContain('c:sanction');
  });

  it('a feature headline joins the reports of its event in other languages', () => {
    const items = [
      item('en', 'Paperwork season for memory makers', 'The US Commerce Department told suppliers on Monday that high-bandwidth memory and the tools that stack it will need a licence when the buyer is in China. Officials gave a 30-day grace period.', 0),
      item('zh', '商务部回应美方高带宽存储器出口管制新规', '商务部新闻发言人表示，美方将高带宽存储器纳入出口许可证管理，是滥用出口管制的行为，中方将采取必要措施。', 15),
    ];
    expect(grouped(items)).toHaveLength(1);
  });

  it('a lead’s figures stand in for no headline figure: "7 other companies" is not a list of 8 apart', () => {
    const vague = storyFeatures({ title: 'Another memory maker on the list', text: 'The Commerce Department added Acme Memory and 7 other Chinese companies to the Entity List on Friday. The rule also covers HBM.' });
    const counted = storyFeatures({ title: '商务部回应美方将8家中国实体列入实体清单', text: '美方将8家中国实体列入实体清单，涉及高带宽内存。' });
    expect(vague.titleKeys).toContain('k:7');
    expect(eventsDisagree(vague, counted)).toBeNull();
  });
});

describe('numbers written in Chinese numerals', () => {
  it('reads 十二, 二十, 三百零五 and refuses what is no numeral', () => {
    expect(['十二', '二十', '三百零五', '十', '两千'].map(hanNumber)).toEqual([12, 20, 305, 10, 2000]);
    expect(hanNumber('六六')).toBeNull();
  });

  it('counts firms in Chinese numerals like digits, from three, but not ordinals or "several hundred"', () => {
    expect(storyFeatures({ title: '美方把十五家中国企业列入清单', text: '' }).keys).toContain('k:15');
    expect(storyFeatures({ title: 'US lists 15 Chinese firms', text: '' }).keys).toContain('k:15');
    expect(storyFeatures({ title: '第三家企业上市', text: '' }).keys.filter((k) => k.startsWith('k:'))).toEqual([]);
    expect(storyFeatures({ title: '数百名工程师离职', text: '' }).keys.filter((k) => k.startsWith('k:'))).toEqual([]);
  });
});

describe('amounts, percentages and counts written out', () => {
  it('amounts and percentages in Chinese numerals are the keys their digits give', () => {
    const key = (title: string, kind: string) => storyFeatures({ title, text: '' }).keys.filter((k) => k.startsWith(kind));
    expect(key('基金规模三百亿元', 'n:')).toEqual(key('基金规模300亿元', 'n:'));
    expect(key('芯片补贴十亿美元', 'n:')).toEqual(['n:1e9']);
    expect(key('加征百分之二十五的关税', 'p:')).toEqual(key('加征25%的关税', 'p:'));
    expect(key('千万不要低估', 'n:')).toEqual([]);
  });

  it('counts from eleven to twenty in words, in Indonesian and Russian', () => {
    expect(storyFeatures({ title: 'AS masukkan dua belas perusahaan China ke daftar', text: '' }).keys).toContain('k:12');
    expect(storyFeatures({ title: 'США внесли в список двенадцать китайских компаний', text: '' }).keys).toContain('k:12');
  });
});

describe('a prison term and the theft it punishes, in four languages', () => {
  it('two headlines with different terms are two verdicts', () => {
    const six = storyFeatures({ title: 'Ex-engineer sentenced to six years for stealing chip designs', text: '' });
    const nine = storyFeatures({ title: '前工程师窃取芯片设计被判处九年有期徒刑', text: '' });
    const sixZh = storyFeatures({ title: '前工程师窃取芯片设计被判刑六年', text: '' });
    expect(eventsDisagree(six, nine)).toBe('numbers-differ');
    expect(eventsDisagree(six, sixZh)).toBeNull();
  });

  const term = (title: string, text = '') => storyFeatures({ title, text }).keys.filter((k) => k.startsWith('y:'));
  it('the years of a sentence are one key whatever the language or numerals', () => {
    expect(term('Court sentences ex-engineer to eight years in prison')).toEqual(['y:8']);
    expect(term('Ex-engineer gets eight years', 'A federal court in Texas handed down the term on Monday.')).toEqual(['y:8']);
    expect(term('Mantan Insinyur Divonis Delapan Tahun Penjara')).toEqual(['y:8']);
    expect(term('Суд приговорил бывшего инженера к восьми годам колонии')).toEqual(['y:8']);
    expect(term('前工程师窃取芯片设计被判处八年有期徒刑')).toEqual(['y:8']);
    expect(term('前工程師竊取晶片設計 判刑八年')).toEqual(['y:8']);
  });

  it('years with no court or prison in the item are no term', () => {
    expect(term('Startup gets two years to divest', 'Regulators gave the firm until 2028.')).toEqual([]);
    expect(term('2026年判刑')).toEqual([]);
  });

  it('the verdict and the theft are kinds of event in every language', () => {
    for (const title of ['Engineer convicted of stealing chip designs', 'Insinyur divonis karena mencuri desain cip', 'Инженер осужден за кражу чертежей чипов', '工程师窃取芯片设计获刑']) {
      expect(storyFeatures({ title, text: '' }).keys).toEqual(expect.arrayContaining(['c:verdict', 'c:theft']));
    }
  });

  it('a sentencing told in English and traditional Chinese is one story', () => {
    const items = [
      item('en', 'Engineer gets seven years for design theft', 'A federal judge in Austin sentenced a former Corvane Labs engineer to seven years in prison for copying accelerator designs before moving to a start-up in Hangzhou.', 0),
      item('zh', '前美國晶片公司工程師竊密 判刑七年', '美國德州奧斯汀聯邦法院判處前Corvane Labs工程師七年徒刑，他在離職前複製加速器設計檔案，隨後赴杭州創業。', 4),
    ];
    expect(grouped(items)).toHaveLength(1);
  });
});

describe('kinds of event: a registry and poisoned training data', () => {
  it('are read in four languages', () => {
    for (const title of ['Panel urges a registry of large training runs', 'Panel usulkan registri model besar', 'Группа предложила реестр крупных моделей', '小组建议建立大模型登记制度']) {
      expect(storyFeatures({ title, text: '' }).keys).toContain('c:registry');
    }
    for (const title of ['Agencies say a network poisoned chatbot training data', 'Jaringan itu meracuni data pelatihan', 'Сеть пыталась отравить обучающие данные', '境外网络向训练数据投毒']) {
      expect(storyFeatures({ title, text: '' }).keys).toContain('c:data-poisoning');
    }
  });
});

describe('chip packaging and model copying', () => {
  it('advanced packaging is one kind of event in four languages', () => {
    for (const title of ['New curbs on advanced packaging tools', 'Pembatasan alat pengemasan canggih', 'Ограничения на оборудование для корпусирования', '美方限制先进封装设备', '封測廠評估新規']) {
      expect(storyFeatures({ title, text: '' }).keys).toContain('c:packaging');
    }
  });

  it('copying a rival’s models is distillation, however it is worded', () => {
    for (const title of ['Lab accused of distilling rival models', 'Лабораторию обвинили в копировании моделей конкурента', '美方指责中企“蒸馏”模型']) {
      expect(storyFeatures({ title, text: '' }).keys).toContain('c:distillation');
    }
  });
});
