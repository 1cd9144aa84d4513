import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[], stance: string];

// Hand-written items (not taken from any corpus): a headline whose field is stated in the second sentence of a wire
// lead, and the acts that decide a stance without the usual cue words.
const relevantCases: Case[] = [
  ['a vague headline whose lead holds a dialogue on AI (диалог по: the tie and its subject)', 'ru', 'Раунд в Вене',
    'Делегации США и Китая провели в Вене диалог по искусственному интеллекту и рискам передовых моделей. Следующая встреча пройдет весной.', ['CN', 'US'], 'cooperation'],
  ['a one-country headline with no act, the lead acting between two parties with the field named', 'en', 'Treasury widens its blacklist',
    'The US Treasury added nine Chinese companies that develop artificial intelligence for surveillance drones to its sanctions list on Tuesday. Beijing said it firmly opposed the move.', ['CN', 'US'], 'competition'],
  ['the field is in the second lead sentence (en)', 'en', 'US fines two freight agents over shipments to Moscow',
    'The US Commerce Department fined two freight forwarders in Miami on Monday and barred them from exporting for five years. The agency said the firms had shipped GPUs for training neural networks to a Russian cloud operator through Armenia.', ['RU', 'US'], 'competition'],
  ['a vague headline whose field is in the second lead sentence (en)', 'en', 'Second round in Vienna wraps up',
    'Delegations from Washington and Beijing closed two days of meetings in Vienna on Friday. The two sides compared how they test large language models for chemical and biological misuse and agreed to meet again in the spring.', ['CN', 'US'], 'cooperation'],
  ['the field is in the second lead sentence (id)', 'id', 'Pejabat Rusia dan China Bertemu di Kazan',
    'Pejabat kementerian digital Rusia dan China menggelar pertemuan dua hari di Kazan pekan ini. Mereka menandatangani rencana kerja untuk menguji sistem kecerdasan buatan dalam layanan publik kedua negara.', ['CN', 'RU'], 'cooperation'],
  ['a licence one will need is the requirement, not a permit (en)', 'en', 'Chip-layout software joins the controlled list',
    'Design software used to lay out AI accelerators will need a US export licence when it is sold to Chinese customers, the Commerce Department said, and cloud-hosted versions are covered too.', ['CN', 'US'], 'competition'],
  ['a licence rule is the requirement, not a permit (zh)', 'zh', '商务部回应美方存储芯片出口许可新规',
    '美国商务部宣布向中国出口高带宽存储器须事先取得许可，原则上不予核准。商务部发言人表示坚决反对。', ['CN', 'US'], 'competition'],
  ['a Taiwan headline\'s 美國祭 is the US imposing (zh-Hant)', 'zh', '美國祭AI晶片出口許可 中國買家轉向國產',
    '美國商務部公布新規，出口先進人工智慧晶片至中國須事先取得許可，中國業者加速轉向國產加速卡。', ['CN', 'US'], 'competition'],
  ['a request turned down is a refusal (en)', 'en', 'Chinese lab says no to US pre-release testing',
    'Zhipu has turned down a request from a US government institute to evaluate its next large language model before launch, saying a foreign review had no basis.', ['CN', 'US'], 'competition'],
  ['a partnership not renewed is decoupling (en)', 'en', 'Google will not renew its Tsinghua fellowship',
    'Google will not renew a machine-learning fellowship that brought researchers from Tsinghua University in Beijing to its labs, citing US rules on frontier models.', ['CN', 'US'], 'competition'],
  ['co-sponsors at the UN against the third are mixed (id)', 'id', 'Resolusi AI Militer Lolos, Rusia dan China Jadi Pengusul',
    'Sidang PBB meloloskan resolusi tentang kecerdasan buatan militer. Rusia dan China menjadi pengusul, sementara Amerika Serikat menolak dan memberikan suara menentang.', ['CN', 'RU', 'US'], 'mixed'],
  ['an expert group set up together is cooperation (ru)', 'ru', 'Россия и Китай создадут экспертную группу по ИИ в медицине',
    'Минздрав России и Национальная комиссия здравоохранения КНР договорились создать экспертную группу по применению нейросетей в диагностике.', ['CN', 'RU'], 'cooperation'],
  ['a sovereign wealth fund investing is no claim of sovereignty (ru)', 'ru', 'Российский и китайский суверенные фонды вложат $1 млрд в ИИ-стартапы',
    'РФПИ и китайский суверенный фонд договорились вложить $1 млрд в российские компании, разрабатывающие нейросети.', ['CN', 'RU'], 'cooperation'],
  ['a San Jose court is the US (ru)', 'ru', 'Суд в Сан-Хосе',
    'Суд в Сан-Хосе арестовал двух граждан Китая по делу о незаконном вывозе в Шэньчжэнь серверов с ускорителями Nvidia для обучения нейросетей.', ['CN', 'US'], 'competition'],
  ['美 abbreviates the US before a verb (zh)', 'zh', '美拟限制中国企业租用云端算力',
    '美国商务部提出草案，要求云服务商核查租用大量GPU训练大模型的中国客户。', ['CN', 'US'], 'competition'],
  ['a programme not renewed is decoupling (zh)', 'zh', '微软不再续签与清华的人工智能联合培养项目',
    '微软表示不再续签与北京清华大学的机器学习联合培养项目，称受美国出口管制影响。', ['CN', 'US'], 'competition'],
  ['a 美+verb headline compound carries the permit (zh)', 'zh', '美批准两家芯片企业对华出售AI加速卡',
    '两家美国芯片企业获得许可，可向中国客户出售人工智能加速卡，但最先进产品仍受出口管制。', ['CN', 'US'], 'mixed'],
  ['a 美+verb headline compound carries the act (zh)', 'zh', '美拉黑十家中国AI企业', '美国商务部将十家中国人工智能企业列入实体清单。', ['CN', 'US'], 'competition'],
  ['"wins US licences" is a permit that names the US (en)', 'en', 'Chipmaker wins US licences for accelerator sales to China',
    'The company said it can now ship a cut-down AI accelerator to Chinese customers, while export controls still bar its flagship parts.', ['CN', 'US'], 'mixed'],
  ['two parties both hostile to the third, with a trade word for the victims, are no trade (en)', 'en', 'Report: Chinese and Russian state hackers use AI against US utilities',
    'A threat report says groups tied to Chinese and Russian intelligence used AI models to write phishing lures and scan networks of US defence contractors and water utilities.', ['CN', 'RU', 'US'], 'competition'],
  ['two parties trading while the third acts against it are mixed (en)', 'en', 'Chinese vendors keep shipping AI servers to Russia despite US sanctions',
    'Chinese server makers shipped thousands of AI accelerators to Russian cloud operators this year, customs data show, even as Washington threatened secondary sanctions.', ['CN', 'RU', 'US'], 'mixed'],
  ['between Russia and China a gap is aimed at a third, not at each other (en)', 'en', "Chinese servers close Russia's AI compute gap",
    'Russian cloud operators bought about 8,000 Chinese AI accelerators in the first half, customs data show. Chinese suppliers now deliver within six weeks.', ['CN', 'RU'], 'cooperation'],
  ['purchases and deliveries with no other cue are cooperation (ru)', 'ru', 'Российские банки переходят на китайские ускорители для обучения нейросетей',
    'Крупные российские банки закупили около 3 тыс. ускорителей китайских производителей. Поставки идут по прямым контрактам с дистрибьюторами из КНР.', ['CN', 'RU'], 'cooperation'],
  ['two parties vowing a joint push against the third named beside them are mixed (en)', 'en', "China, Russia vow joint AI push against 'US tech hegemony'",
    'Their declaration, adopted at a regional digital forum, names open-source models and shared data centres as priorities.', ['CN', 'RU', 'US'], 'mixed'],
  ['one party backing its own bill is no cooperation (en)', 'en', 'Senate panel backs bill to track exported AI chips',
    'The Senate Commerce Committee backed a bill that would require location checks on AI accelerators. Sponsors said the measure would stop US chips from being smuggled to China.', ['CN', 'US'], 'competition'],
  ['a maker shipping at home after a US block is no cooperation (id)', 'id', 'Huawei Siap Kirim Massal Chip Ascend, Isi Celah Nvidia',
    'Huawei akan mulai mengirim chip Ascend secara massal ke pelanggan di China bulan depan. Langkah ini datang setelah Amerika Serikat memblokir penjualan chip H20 Nvidia ke China.', ['CN', 'US'], 'competition'],
  ['a licence granted "as Washington keeps tightening rules" is inside the fight (en)', 'en', 'AMD wins licence for MI308 sales to China',
    'The Commerce Department granted AMD licences to sell MI308 AI accelerators to Chinese cloud customers. The approval comes as Washington keeps tightening rules on advanced chips for China.', ['CN', 'US'], 'mixed'],
  ['machine-translated neuronets are AI (en)', 'en', 'Sber and Baidu will open common laboratory in Moscow',
    'Russian bank Sber and Chinese company Baidu signed memorandum about common laboratory where engineers will teach neuronets for medicine.', ['CN', 'RU'], 'cooperation'],
];

describe('the lead paragraph', () => {
  it.each(relevantCases)('%s', (_name, lang, title, text, countries, stance) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(true);
    expect(c.countries).toEqual(countries);
    expect(c.stance, c.evidence.rules.join('\n')).toBe(stance);
  });

  it.each([
    ['en', 'Xi and Putin hold a phone call', 'The two presidents discussed gas deliveries, payments in national currencies and the coming SCO summit. They also touched on cooperation in the digital economy and artificial intelligence, the Kremlin said.'],
    ['ru', 'Путин и Си Цзиньпин поговорили по телефону', 'Лидеры России и Китая обсудили поставки нефти и подготовку к саммиту БРИКС. Кроме того, они коротко коснулись совместной работы в области искусственного интеллекта.'],
    ['zh', '中俄元首通电话', '两国元首就能源合作和上合组织峰会筹备交换意见。此外，双方还谈及人工智能领域的合作。'],
    ['zh', '某手机厂商三季度营收增长两成 海外出货创新高', '公司三季度营收同比增长两成，海外出货量创历史新高。在中美科技竞争加剧的背景下，公司表示将继续加大自研芯片和大模型投入。'],
    ['id', 'Bursa Jakarta Menguat, Saham Teknologi Ikut Reli AI', 'Indeks saham di Jakarta naik 0,8% pada pembukaan Senin. Saham pusat data memimpin setelah reli saham AI di Wall Street, sementara investor menunggu hasil perundingan dagang AS-China.'],
    ['zh', '港股收涨 AI概念股走强 投资者关注中美贸易谈判', '恒生指数收涨1.2%，AI概念股和芯片股领涨，投资者关注新一轮中美贸易谈判进展。'],
    ['zh', '欧洲代工厂在中美科技竞争夹缝中扩产', '一家欧洲晶圆代工企业位于德累斯顿的新产线开始试产，首批客户包括多家AI芯片初创公司。欧盟已为该项目提供补贴，公司计划明年将产能提高一倍。'],,
  ] as Array<[Lang, string, string]>)('keeps a topic added with "also", a rivalry behind a one-country earnings headline or a market wrap, a passing mention (%s)', (lang, title, text) => {
    const c = classifyArticle({ lang, title, text });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(false);
  });
});
