import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[], stance: string];

// Hand-written items for who a stance cue belongs to: a cue counts toward the relation only when it is an act
// between the parties, not a word inside a name, a requirement or what is discussed. Not taken from any corpus.
const cases: Case[] = [
  ['Western sanctions as the setting of Russia–China trade leave that trade cooperation', 'en', 'Chinese AI server exports to Russia climb',
    'Exports of Chinese servers with AI accelerators to Russia rose by half in 2025, customs data show. Russian buyers have relied on Chinese suppliers since Western sanctions cut off direct supply in 2022.', ['CN', 'RU'], 'cooperation'],
  ['a firm named Sever is no severing of ties', 'en', 'Siberian operator Sever Data orders Chinese AI servers',
    'Sever Data, a Russian data-centre operator, signed a contract to buy servers with Huawei Ascend AI accelerators from a Chinese distributor for a cluster in Novosibirsk.', ['CN', 'RU'], 'cooperation'],
  ['risk as the subject of safety talks is no competition (风险)', 'zh', '中美专家在新加坡讨论前沿模型风险评估',
    '来自中美两国人工智能安全研究机构的专家在新加坡举行闭门研讨，交流前沿大模型的风险评估方法，双方同意明年继续举办。', ['CN', 'US'], 'cooperation'],
  ['talks ending with no consensus beside a dispute are mixed (无共识)', 'zh', '中美AI磋商结束 双方无共识',
    '中美第三轮人工智能政府间磋商在维也纳结束，中方再次批评美方芯片出口管制，双方无共识，但同意保持沟通。', ['CN', 'US'], 'mixed'],
  ['customs checks on the other side\'s chips are competition, not trade (ru)', 'ru', 'Таможня Китая усилила досмотр серверов с чипами Nvidia',
    'Главное таможенное управление КНР ужесточило проверки партий серверов с ускорителями Nvidia, ввозимых через порты Шэньчжэня и Шанхая, сообщили участники рынка.', ['CN', 'US'], 'competition'],
  ['customs checks on the other side\'s chips are competition, not trade (id)', 'id', 'Bea Cukai China Perketat Pemeriksaan Chip Nvidia',
    'Otoritas bea cukai China memperketat pemeriksaan terhadap impor chip kecerdasan buatan Nvidia di sejumlah pelabuhan selatan, menurut sumber industri.', ['CN', 'US'], 'competition'],
  ['customs checks on the other side\'s chips are competition, not trade (zh)', 'zh', '海关加强查验进口AI服务器',
    '中国海关近期在深圳、上海等口岸加强对进口英伟达AI芯片服务器的查验，多批货物被要求补充材料。', ['CN', 'US'], 'competition'],
  ['a sale licensed between two named states is mixed with no other cue (en)', 'en', 'Washington lets AMD sell MI308 accelerators to China for a 15% cut',
    'AMD will ship its MI308 AI accelerators to Chinese cloud customers after the Commerce Department issued the licences, the company said. The government will receive 15 per cent of the revenue from those sales.', ['CN', 'US'], 'mixed'],
  ['a sale licensed between two named states is mixed with no other cue (zh)', 'zh', '美国批准AMD向中国出售MI308芯片 政府抽成15%',
    'AMD表示，美国商务部已向其发放许可，允许向中国云计算客户出售MI308人工智能加速卡，相关销售收入的15%将上缴美国政府。', ['CN', 'US'], 'mixed'],
  ['a firm\'s promise of resumed sales, no state licensing in the title, stays cooperation (en)', 'en', "Nvidia's chief, in Shanghai, says H20 sales will resume",
    'Nvidia chief executive Jensen Huang told reporters in Shanghai that the company had been assured it could sell H20 chips to Chinese customers again, and praised Chinese AI models as world class.', ['CN', 'US'], 'cooperation'],
  ['a licence one must have is the requirement (要许可证)', 'zh', '高端服务器也要许可证 美国收紧对华AI芯片出口',
    '美国商务部宣布，向中国出口搭载英伟达AI芯片的服务器须获得许可，中方表示坚决反对。', ['CN', 'US'], 'competition'],
  ['an Indonesian headline without the verb prefix (Gabung)', 'id', 'Alibaba Gabung Aliansi Keamanan AI Bentukan OpenAI',
    'Alibaba resmi menjadi anggota aliansi keamanan kecerdasan buatan yang dibentuk OpenAI dan Anthropic. Aliansi itu menyusun standar pengujian model.', ['CN', 'US'], 'cooperation'],
  ['a joint paper that draws fire is mixed', 'en', 'Joint Stanford-Peking University AI paper draws fire in Congress',
    'Researchers at Stanford and Peking University co-authored a paper on language-model safety and say their labs will keep collaborating. US lawmakers asked the university to stop the partnership.', ['CN', 'US'], 'mixed'],
  ['a dialogue about war risk is cooperation: "war" is what is discussed', 'en', 'US and Chinese scientists talk about AI that could start a war',
    'Former US and Chinese officers and scientists met in Vienna to discuss machine learning in nuclear command systems and agreed to meet again in spring.', ['CN', 'US'], 'cooperation'],
  ['обсудили риски: what is discussed is not a clash', 'ru', 'Российские и американские учёные обсудили угрозы военного ИИ',
    'Учёные из России и США на встрече в Вене обсудили угрозы и риски применения искусственного интеллекта в системах предупреждения о ракетном нападении и договорились продолжить диалог.', ['RU', 'US'], 'cooperation'],
  ['a permission that was never given is withheld', 'en', 'Chinese AI lab sues Washington over export blacklist',
    'Beijing-based AI lab MiniMax sued the US Commerce Department, saying it was never allowed to answer the evidence behind its listing. MiniMax says the listing cost it partners in Europe.', ['CN', 'US'], 'competition'],
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

  it('keeps a conflict cue after "discuss" when a new party comes in ("discussed US sanctions")', () => {
    const c = classifyArticle({ lang: 'en', title: 'Russia and China discuss US sanctions on AI chips', text: '' });
    expect(c.evidence.competition.join(' ')).toMatch(/sanctions/);
    const topic = classifyArticle({ lang: 'en', title: 'Russia and China discuss AI chip export controls', text: '' });
    expect(topic.evidence.competition).toEqual([]);
    expect(topic.evidence.rules.join('\n')).toMatch(/what is discussed/);
  });

  it('reads "not only" as affirming and "did not sign" as withholding', () => {
    const both = classifyArticle({ lang: 'en', title: 'US and China not only agreed on AI safety tests but signed a pact', text: '' });
    expect(both.evidence.competition).toEqual([]);
    const refused = classifyArticle({ lang: 'id', title: 'China dan AS tidak menandatangani deklarasi AI', text: '' });
    expect(refused.evidence.cooperation).toEqual([]);
  });
});
