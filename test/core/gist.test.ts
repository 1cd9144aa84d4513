import { describe, expect, it } from 'vitest';
import { composeGist, gistFacts } from '../../src/core/gist.js';
import { LOCALES } from '../../src/core/locale.js';
import { loadTranslations } from '../../src/i18n/translations.js';

const translations = loadTranslations();
const gistIn = (locale: (typeof LOCALES)[number], facts: ReturnType<typeof gistFacts>) => composeGist(facts, locale, translations.translator(locale));

const H20 = gistFacts(
  { countries: ['US', 'CN'], stance: 'competition', topics: ['chips-export-controls', 'business'] },
  ['美国收紧H20出口，英伟达将计提55亿美元', '网信办约谈英伟达：H20芯片存在后门风险'],
);
const SBER = gistFacts(
  { countries: ['RU', 'CN'], stance: 'cooperation', topics: ['models-labs'] },
  ['Сбербанк и Huawei договорились о совместной работе над GigaChat', 'Сбер покажет GigaChat в Пекине'],
);

describe('gistFacts: what the classifier and the entity table know', () => {
  it('takes the parties in a fixed order, the stance, the first topic and the telling names', () => {
    expect(H20).toEqual({ countries: ['CN', 'US'], stance: 'competition', topic: 'chips-export-controls', entities: ['h20', 'cac'] });
  });

  it('keeps the names most reports share first, and leaves out the parties and capitals', () => {
    expect(SBER.entities).toEqual(['gigachat', 'sberbank', 'huawei']);
    const facts = gistFacts({ countries: ['US', 'RU'], stance: null, topics: [] }, ['Washington and Moscow talk AI in Geneva', 'США и Россия: переговоры в Женеве']);
    expect(facts.entities).toEqual(['geneva']);
  });

  it('drops a name contained in a more specific one (Nvidia inside Nvidia H20), whichever comes first', () => {
    expect(gistFacts({ countries: ['US'], stance: null, topics: [] }, ['Nvidia ships H20 again']).entities).toEqual(['h20']);
    expect(gistFacts({ countries: ['US'], stance: null, topics: [] }, ['H20 shipments resume at Nvidia']).entities).toEqual(['h20']);
  });

  it('shows at most three names', () => {
    const many = gistFacts({ countries: ['CN'], stance: null, topics: [] }, ['Huawei, SMIC, Cambricon, Moore Threads and Biren join a new chip alliance']);
    expect(many.entities).toHaveLength(3);
  });
});

describe('composeGist: one line in each of the four locales, names in the reader’s script', () => {
  it.each([
    ['en', 'ℹ️ In brief: China ⚔️ USA · chips and export controls · Nvidia H20 and Cyberspace Administration of China'],
    ['id', 'ℹ️ Intinya: China ⚔️ AS · cip dan kontrol ekspor · Nvidia H20 dan Cyberspace Administration of China'],
    ['ru', 'ℹ️ Вкратце: Китай ⚔️ США · чипы и экспортный контроль · Nvidia H20 и Администрация киберпространства Китая'],
    ['zh', 'ℹ️ 概要：中国 ⚔️ 美国 · 芯片与出口管制 · Nvidia H20和国家网信办'],
  ] as const)('%s', (locale, line) => {
    expect(gistIn(locale, H20)).toBe(line);
  });

  it.each([
    ['en', 'ℹ️ In brief: China 🤝 Russia · AI models and labs · GigaChat, Sberbank, and Huawei'],
    ['id', 'ℹ️ Intinya: China 🤝 Rusia · model dan lab AI · GigaChat, Sberbank, dan Huawei'],
    ['ru', 'ℹ️ Вкратце: Китай 🤝 Россия · модели и ИИ-лаборатории · GigaChat, Сбербанк и Huawei'],
    ['zh', 'ℹ️ 概要：中国 🤝 俄罗斯 · AI模型与实验室 · GigaChat、俄罗斯联邦储蓄银行和华为'],
  ] as const)('Sberbank and Huawei (%s)', (locale, line) => {
    expect(gistIn(locale, SBER)).toBe(line);
  });

  it('says only what it knows: no stance, no topic, no names', () => {
    const bare = gistFacts({ countries: ['US', 'RU'], stance: null, topics: [] }, ['a headline naming nobody']);
    expect(gistIn('ru', bare)).toBe('ℹ️ Вкратце: Россия – США');
    expect(gistIn('zh', gistFacts({ countries: [], stance: null, topics: [] }, ['nothing']))).toBe('');
  });

  it('uses no English word in the other locales (all words come from the locale files)', () => {
    for (const locale of ['ru', 'zh'] as const) expect(gistIn(locale, { ...SBER, topic: 'research', entities: ['sberbank', 'putin'] })).not.toMatch(/[A-Za-z]/);
  });
});
