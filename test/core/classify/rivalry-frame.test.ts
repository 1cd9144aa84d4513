import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

// Hand-written items (not taken from any corpus). Someone else's story (a Korean chipmaker, a European lab, a state
// bill) that names the US-China rivalry once, late and only as a frame, is a passing mention, and so is a third party's
// story that names the parties in a single later sentence; a late sentence stating an act under a headline that names
// a party, or a headline or lead naming the parties, keeps the item. A firm's own news with the other party in one later
// sentence is a passing mention too, unless that sentence develops the rivalry.
const passing: Array<[name: string, lang: Lang, title: string, text: string]> = [
  ['a memory maker\'s quarter with "tensions" late (en)', 'en', 'Memory maker books record quarter on AI accelerator demand',
    'The Korean memory maker reported record operating profit as orders for high-bandwidth memory used in AI accelerators doubled. Capital spending will rise by a quarter next year. Executives flagged tensions between Washington and Beijing as a risk to watch.'],
  ['a European lab\'s funding round with "a sovereign alternative" late (en)', 'en', 'Paris AI lab raises €2bn in Europe\'s largest round this year',
    'The Paris-based developer of large language models raised €2bn led by a group of pension funds. Most of the money will go to compute. It pitches itself to governments as a sovereign alternative to American and Chinese providers.'],
  ['a procurement story with "the race with China" late (en)', 'en', 'Army picks three vendors for language-model planning pilot',
    'The Pentagon chose three companies to build large language model assistants for planning staff, with prototypes due next year. Officials said the pilot was part of a push to speed adoption of generative AI in a race with China.'],
  ['a national AI roadmap with dependence late (id)', 'id', 'Pemerintah Rilis Peta Jalan Kecerdasan Buatan Nasional',
    'Kementerian merilis peta jalan kecerdasan buatan nasional yang menargetkan 50 ribu talenta digital. Anggaran akan dibagi ke riset dan pusat data. Menteri menyebut Indonesia tidak ingin bergantung pada AS maupun China.'],
  ['a Russian bank\'s chatbot with the gap to the US late (ru)', 'ru', 'Банк запустил нейросетевого ассистента для малого бизнеса',
    'Крупный российский банк представил ассистента на основе большой языковой модели для предпринимателей. Сервис поможет готовить отчеты и договоры. По оценке аналитиков, отставание от США и Китая в генеративном ИИ остается заметным.'],
  ['a third party\'s headline that names no AI term, with the rivalry late (en)', 'en', 'Japan\'s chip champion signs its first customers',
    'The Japanese chipmaker said it had signed two US design start-ups as the first customers of its 2-nanometre pilot line, a milestone for Tokyo. It is courting designers of AI accelerators. Officials describe the project as insurance against supply shocks as US-China tensions persist.'],
  ['a foundry expansion with the rivalry late (zh)', 'zh', 'AI订单推动晶圆代工厂上调先进封装产能目标',
    '一家晶圆代工企业宣布将先进封装产能提高六成，以满足AI加速卡订单。公司同时上调了全年资本开支。分析师认为，中美之间的竞争仍是行业长期变量。'],
  ['a third party\'s quarter with one later sentence stating an act (en)', 'en', 'Memory maker posts record profit on HBM demand',
    'The Korean memory maker reported record quarterly profit as sales of high-bandwidth memory for AI accelerators doubled. The company said sales to China, which fell after US curbs, are now a tenth of revenue.'],
  ['a ministry\'s AI roadmap opening the door to both sides\' vendors (id)', 'id', 'Kementerian Rilis Peta Jalan Kecerdasan Artifisial 2026-2030',
    'Kementerian merilis peta jalan kecerdasan artifisial nasional yang menargetkan 100 ribu talenta AI dan pusat data baru. Pemerintah membuka pintu bagi vendor dari Amerika Serikat maupun China untuk memasok infrastruktur.'],
  // A firm's own news (earnings, a launch, an office opening) under a headline that names one party only through its
  // firms and states no act, with the other party in a single later sentence.
  ['a chipmaker\'s quarter with China once (en)', 'en', 'Nvidia posts record data-centre revenue on AI demand',
    'Nvidia reported quarterly revenue of $57bn, driven by demand for its Blackwell accelerators from cloud providers. Gross margin widened to 73 per cent. Revenue from China, where US rules limit what it can sell, was a low single-digit share.'],
  ['a phone launch with sanctions once (zh)', 'zh', '华为发布新款折叠屏手机 搭载盘古大模型助手',
    '华为今日在深圳发布新款折叠屏手机，搭载基于盘古大模型的智能助手，起售价9999元。新机采用自研麒麟芯片，续航提升两成。受美国制裁影响，华为手机此前一度退出高端市场。'],
  ['an office opening with China once (id)', 'id', 'OpenAI Buka Kantor Pertama di Jakarta',
    'OpenAI resmi membuka kantor pertamanya di Jakarta untuk melayani pelanggan korporat di Indonesia. Perusahaan menargetkan kerja sama dengan sejumlah bank dan operator seluler. Layanan ChatGPT sendiri tidak tersedia di China karena diblokir pemerintah setempat.'],
];

const kept: Array<[name: string, lang: Lang, title: string, text: string, countries: string[]]> = [
  ['a late sentence stating an act, not a frame (en)', 'en', 'US tells cloud providers to report big training runs',
    'The US Commerce Department proposed that cloud providers report customers renting large GPU clusters to train frontier models. Officials said the rule would also bar Chinese firms and their subsidiaries abroad from renting such capacity from US providers.', ['CN', 'US']],
  ['a headline naming both parties with a race (en)', 'en', 'China narrows the AI gap with the US, Stanford index finds',
    'The annual AI Index found that the best Chinese models now trail American ones by a few points on most benchmarks. The gap was far wider a year earlier.', ['CN', 'US']],
  ['a third party\'s headline whose lead names a party (en)', 'en', 'Malaysian police seize servers at Johor warehouse',
    'Malaysian police seized servers packed with Nvidia AI accelerators at a Johor warehouse, acting on a tip from US export-control officers. Investigators said the machines were to be smuggled to a Chinese cloud firm in breach of US rules.', ['CN', 'US']],
  ['a vague headline over a body that states acts (en)', 'en', 'Inside the new data-centre gold rush',
    'Land prices near the port have risen 40 per cent in a year as operators build GPU clusters for training AI models. Chinese cloud groups come because US export rules stop them renting Nvidia capacity at home, and the US embassy has asked for guarantees that no US chips serve Chinese customers.', ['CN', 'US']],
  // Under a firm's headline: a later sentence developing the rivalry, or the other party in two later sentences.
  ['a later sentence developing the rivalry with several acts (zh)', 'zh', '新一代模型跑在国产集群上',
    '月之暗面发布新一代大模型，其训练主要基于华为昇腾集群完成。业内人士指出，在美国收紧高端芯片出口管制、英伟达对华供应受限的背景下，国产算力有望加速摆脱对美国芯片的依赖。', ['CN', 'US']],
  ['a later sentence stating an act inside the rivalry\'s frame (zh)', 'zh', '寒武纪前三季度营收增长逾五倍 净利润首次转正',
    '国产AI芯片企业寒武纪前三季度营收同比增长逾五倍，净利润首次转正。公司称云计算客户批量采购其加速卡。业内人士认为，在美国持续收紧对华先进芯片出口的背景下，国内云厂商正加快国产算力替代。', ['CN', 'US']],
  ['the other party in two later sentences (en)', 'en', 'Moore Threads shares soar on Shanghai debut',
    'Shares of GPU maker Moore Threads rose fourfold on their first day of trading in Shanghai. The Chinese company is on the US entity list and cannot buy American design software. Investors bet it will win orders that Nvidia can no longer fill because US export rules bar its best chips from China.', ['CN', 'US']],
];

describe('a rivalry named once, late, as a frame', () => {
  it.each(passing)('is a passing mention: %s', (_name, lang, title, text) => {
    const c = classifyArticle({ lang, title, text });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(false);
  });

  it.each(kept)('does not hide a real relation: %s', (_name, lang, title, text, countries) => {
    const c = classifyArticle({ lang, title, text });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(true);
    expect(c.countries).toEqual(countries);
  });
});
