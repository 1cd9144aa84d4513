import { describe, expect, it } from 'vitest';
import { groupItems, storyFeatures } from '../../../src/core/stories/index.js';
import { storyItems, type TitledItem } from '../../helpers/story-items.js';

const names = (title: string, text: string) => storyFeatures({ title, text }).keys.filter((k) => k.startsWith('l:'));

describe('names the tables do not know', () => {
  it('in Russian or Chinese copy, every Latin word is a name', () => {
    expect(names('Пекин наказал Corvex и Lumora', 'Министерство коммерции КНР внесло компании Corvex и Lumora в список.')).toEqual(['l:korveks', 'l:lumor']);
    expect(names('商务部将Corvex、Lumora列入清单', '')).toEqual(['l:korveks', 'l:lumor']);
  });

  it('in English copy, a capitalised word inside a sentence, not the first word, a month or an office', () => {
    expect(names('Beijing Punishes Corvex', 'Officials said on Monday that Corvex and the Ministry were told. Lumora declined to comment.')).toEqual(['l:korveks']);
  });

  it('a Latin word in a Cyrillic headline is a name without the lead', () => {
    const f = storyFeatures({ title: 'Пекин и Corvex подписали соглашение', text: 'Стороны договорились о сотрудничестве.' });
    expect(f.titleKeys).toContain('l:korveks');
  });

  it('a Title Case headline word is a name only when the lead writes it as one', () => {
    const f = storyFeatures({ title: 'Beijing Blacklists Corvex In Sharp Escalation', text: 'The move against Corvex came after weeks of warnings.' });
    expect(f.titleKeys).toContain('l:korveks');
    expect(f.keys).not.toEqual(expect.arrayContaining(['l:blacklists', 'l:sharp', 'l:escalation']));
  });

  it('a Russian surname, transliterated with its case ending off, meets its Latin spelling', () => {
    expect(names('Fund head meets Corvex', 'Officials said Anatoly Sedykh, the fund head, met Corvex in Kazan.')).toEqual(expect.arrayContaining(['l:sedih']));
    expect(names('Фонд и Corvex', 'По словам Анатолия Седых, фонд встретился с Corvex.')).toEqual(expect.arrayContaining(['l:sedih', 'l:korveks']));
    expect(names('Глава фонда', 'Сделку одобрил Анатолий Седых.')).toEqual(['l:sedih']);
  });

  it('a name ending in a vowel meets its Russian form, whose ending comes off as a case ending', () => {
    expect(names('', 'The envoy Nebenzia spoke.')).toEqual(names('', 'Выступил постпред Небензя.'));
    expect(names('', 'Публикации сети «Стрела» удалили.')).toEqual(names('', 'Sites of the network Strela were removed.'));
  });

  it('the same name spelled two ways in Latin letters is one key', () => {
    expect(names('', 'Officials met Kirill Dmitriyev.')).toEqual(names('', 'Para pejabat bertemu Kirill Dmitriev.'));
  });

  it('words the tables read, and a known person’s first name, are not names again', () => {
    expect(names('Vladimir Putin meets Nvidia', 'President Vladimir Putin met Jensen Huang of Nvidia in Moscow.')).toEqual([]);
  });
});

const { item } = storyItems(Date.UTC(2026, 5, 1, 6));
function storyCount(items: TitledItem[]): number {
  return new Set(groupItems(items).storyOf.values()).size;
}

describe('groupItems with names the tables do not know', () => {
  it('one event about unknown firms, in en, ru, zh and id', () => {
    const items = [
      item('en', 'Beijing adds two US drone-software firms to its blacklist', "China's commerce ministry added drone-software makers Corvex and Lumora to a trade blacklist, citing their work for the US military.", 0),
      item('zh', '商务部将Corvex、Lumora列入出口管制管控名单', '商务部宣布，将美国无人机软件公司Corvex和Lumora列入出口管制管控名单，理由是其为美军提供服务。', 2),
      item('ru', 'Пекин ответил американским разработчикам ПО для дронов', 'Министерство коммерции КНР внесло американские компании Corvex и Lumora в черный список из-за их работы на армию США.', 22),
      item('id', 'China Masukkan Dua Perusahaan Drone AS ke Daftar Hitam', 'Kementerian Perdagangan China memasukkan Corvex dan Lumora, pembuat perangkat lunak drone asal AS, ke daftar hitam.', 30),
    ];
    expect(storyCount(items)).toBe(1);
  });

  it('a reaction in Russian that names the envoy only in Cyrillic', () => {
    const items = [
      item('en', 'Envoy floats joint Siberian data hub with US firms', 'Anatoly Sedykh, the envoy for economic ties, said he had discussed a data hub in Siberia with US counterparts.', 0, ['RU', 'US']),
      item('ru', 'Седых рассказал о переговорах с США по дата-центру в Сибири', 'Спецпредставитель Анатолий Седых заявил, что обсуждал с американскими партнерами дата-центр в Сибири.', 18, ['RU', 'US']),
    ];
    expect(storyCount(items)).toBe(1);
  });

  it('two English reports of different events sharing an office word stay apart', () => {
    const items = [
      item('en', 'Commerce Ministry fines US chip firm', 'The Ministry said on Tuesday that Corvex would pay a fine over antitrust violations in China.', 0),
      item('en', 'US drone maker opens Shanghai office', 'The Ministry welcomed Lumora, which opened a research office in Shanghai to work with Chinese universities.', 10),
    ];
    expect(storyCount(items)).toBe(2);
  });

  it('the same unknown firm in two different events a day apart stays two stories', () => {
    const items = [
      item('en', 'Corvex raises $2 billion from Gulf investors', 'US drone-software maker Corvex raised $2 billion from investors in Abu Dhabi, with Chinese funds excluded.', 0),
      item('ru', 'Пекин внес Corvex в черный список', 'Министерство коммерции КНР внесло американскую компанию Corvex в черный список, запретив ей торговлю с Китаем.', 20),
    ];
    expect(storyCount(items)).toBe(2);
  });
});
