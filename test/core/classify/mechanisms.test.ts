import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[] | null, stance: string | null];

// Hand-written items for the mechanisms added after a blind check (vague headlines, acts without cue
// words, chipmaking tools, who is a party to a stance cue). Not taken from any corpus.
const cases: Case[] = [
  ['vague headline, the lead carries the news', 'en', 'Talks in Geneva',
    'China and the United States discussed export controls on AI chips during two days of talks, officials said. Both delegations agreed to meet again.', ['CN', 'US'], 'cooperation'],
  ['vague headline in Indonesian', 'id', 'Pembicaraan di Jenewa', 'China dan Amerika Serikat membahas kontrol ekspor cip kecerdasan buatan dalam perundingan dua hari.', ['CN', 'US'], 'cooperation'],
  ['a licence requirement is the act', 'en', 'A new licence rule',
    'Washington will require exporters to obtain a licence before shipping Nvidia H20 accelerators to China, the Commerce Department said on Tuesday.', ['CN', 'US'], 'competition'],
  ['a required export permit is not a permit granted', 'id', 'AS wajibkan izin ekspor chip H20 ke China',
    'Pemerintah AS mewajibkan Nvidia mengantongi izin ekspor untuk menjual chip H20 ke China.', ['CN', 'US'], 'competition'],
  ['an approved list that leaves a firm out', 'en', 'Beijing publishes list of approved data-centre accelerators; Nvidia left out',
    'Chinese regulators approved a list of trusted accelerators for state data centres that includes Huawei and Cambricon but excludes Nvidia.', ['CN', 'US'], 'competition'],
  ['chipmaking tools without the word AI', 'zh', '美國對華晶片設備出口實施新限制', '美國商務部宣布限制向中國出口先進半導體製造設備。', ['CN', 'US'], 'competition'],
  ['toolmakers under controls', 'en', 'Chinese chip toolmaker gains as US controls bite',
    'Naura reported record orders as Chinese fabs replace American tools from Applied Materials and Lam Research restricted by Washington.', ['CN', 'US'], 'competition'],
  ['sanctions as the backdrop of a deal', 'en', 'Russia and China sign AI research pact',
    'Moscow and Beijing signed an agreement on joint research into large language models despite Western sanctions on Russian technology firms. The deal covers data centres and talent exchange.', ['CN', 'RU'], 'cooperation'],
  ['US sanctions as the backdrop of a deal', 'en', 'Russian bank and Chinese lab team up on AI despite US sanctions',
    'Sberbank and a Chinese AI lab will jointly train models, even though the bank remains under US sanctions.', ['CN', 'RU'], 'cooperation'],
  ['несмотря на санкции США', 'ru', 'Россия и Китай договорились о совместной разработке ИИ',
    'Москва и Пекин подписали соглашение о сотрудничестве в области искусственного интеллекта, несмотря на санкции США.', ['CN', 'RU'], 'cooperation'],
  ['儘管面臨西方制裁', 'zh', '俄中簽署人工智能合作協議', '儘管面臨西方制裁，俄羅斯與中國仍簽署了人工智能聯合研究協議。', ['CN', 'RU'], 'cooperation'],
  ['licensed sales inside an export-control fight', 'en', 'Nvidia gets licences to sell H20 in China as export fight drags on',
    'The US granted Nvidia licences to resume H20 sales to Chinese customers, while keeping export controls on its most advanced chips.', ['CN', 'US'], 'mixed'],
  ['refusal: avoid and reject', 'en', 'China tells tech firms to avoid Nvidia H20 chips',
    'Beijing has urged ByteDance and Alibaba to reject orders of Nvidia H20 chips and buy domestic accelerators instead.', ['CN', 'US'], 'competition'],
  ['refusal: tolak', 'id', 'China Minta Perusahaan Tolak Chip Nvidia',
    'Pemerintah China meminta raksasa teknologi menolak pembelian chip Nvidia H20 dan beralih ke chip buatan dalam negeri.', ['CN', 'US'], 'competition'],
  ['refusal: отказаться', 'ru', 'Пекин призвал компании отказаться от чипов Nvidia',
    'Власти Китая рекомендовали технологическим компаниям отказаться от закупок ускорителей Nvidia H20.', ['CN', 'US'], 'competition'],
  ['refusal: 拒绝', 'zh', '北京要求企业拒绝采购英伟达芯片', '中国监管部门要求字节跳动等企业拒绝采购英伟达H20芯片，转用国产芯片。', ['CN', 'US'], 'competition'],
  ['smuggling is not trade', 'en', 'Smugglers moved $1bn of Nvidia chips into China',
    'Investigators say networks smuggled Nvidia GPUs into China through third countries despite US export controls.', ['CN', 'US'], 'competition'],
  ['an exclusion is itself the relation', 'ru', 'В госзаказ Китая ускорители Nvidia не попали',
    'В перечень для государственных вычислительных центров КНР вошли только ускорители Huawei и Cambricon.', ['CN', 'US'], 'competition'],
  ['a provider cutting off customers', 'en', 'US model provider stops serving Chinese-owned customers',
    'The model developer said it will no longer sell API access to companies controlled from China.', ['CN', 'US'], 'competition'],
  ['"отечественные" beside China is China\'s own industry', 'ru', 'США разрешили Nvidia продавать ускорители в Китай',
    'Администрация США разрешила продажу ускорителей H20 китайским клиентам, а китайские регуляторы советуют компаниям переходить на отечественные ускорители.', ['CN', 'US'], 'cooperation'],
  // Read per sentence: a sentence naming one party only ("Huawei ships to Chinese customers") carries no US–CN trade.
  ['trade inside one country is not trade between the parties', 'id', 'AS Blokir Cip Nvidia, Huawei Isi Kekosongan',
    'Huawei mulai mengirim cip Ascend ke pelanggan di dalam negeri China. Penjualan cip AI Nvidia ke China diblokir pemerintah AS sejak April.', ['CN', 'US'], 'competition'],
  ['chips in a car story are not AI', 'en', 'Ford to cut car production due to chip shortage',
    'The US carmaker said a shortage of basic automotive chips from suppliers in China would hit output.', null, null],
  // Round 3 mechanisms: anaphora for the parties, a share for mixed, weak-AI titles as vague, licences need goods.
  ["\"both sides\" (双方) speaks of the two parties", 'zh', "中美学者闭门讨论AI安全",
    "来自清华大学和斯坦福大学的人工智能研究人员本周在香港会面，讨论前沿模型的风险。双方发表联合声明，呼吁两国政府建立模型安全测试结果的交流机制。", ['CN', 'US'], 'cooperation'],
  ["\"both sides\" in English", 'en', "US and Chinese officials hold AI talks in Vienna",
    "American and Chinese officials met in Vienna to discuss the risks of military AI. Both sides agreed to set up a working group and to exchange notes on model testing, and pledged to meet again in the autumn.", ['CN', 'US'], 'cooperation'],
  ["обе стороны", 'ru', "Россия и Китай провели консультации по ИИ",
    "Представители России и Китая обсудили в Пекине вопросы регулирования искусственного интеллекта. Обе стороны договорились о совместной разработке стандартов и обмене экспертами.", ['CN', 'RU'], 'cooperation'],
  ["a dialogue with passing \"risks\" and \"challenges\" stays cooperation", 'en', "US and China resume AI dialogue",
    "Officials from Washington and Beijing met in Singapore for the first round of the revived intergovernmental dialogue on artificial intelligence. They discussed the risks of AI in military command systems and misuse of open models by criminal groups, and agreed to form an incident-reporting working group. Both sides called it a constructive exchange and promised to cooperate on global challenges.", ['CN', 'US'], 'cooperation'],
  ["vague title with only a weak AI word: the lead is the headline", 'ru', "Серверы пошли с Востока",
    "Поставки в Россию серверов с ускорителями из Китая выросли втрое за год. Покупатели — банки и операторы ЦОДов, которые обучают нейросети.", ['CN', 'RU'], 'cooperation'],
  ["vague title in Indonesian, weak AI word only", 'id', "Server datang dari Timur",
    "Impor server dengan akselerator AI dari China ke Rusia naik tiga kali lipat tahun ini, menurut data bea cukai.", ['CN', 'RU'], 'cooperation'],
  // Round 3 mechanisms, continued: research settings, apostrophes in patterns, licences on tools, withdrawals, weapon names.
  ["a research setting in the title takes its field from the lead", 'en', "Alibaba to open research centre in Moscow",
    "Alibaba will open a research centre in Moscow to develop machine-learning tools for Russian retailers, the company said on Monday. It plans to hire 150 engineers.", ['CN', 'RU'], 'cooperation'],
  ["a trade deal listing AI chips among goods is not about AI", 'en', "US and China agree to extend trade truce by 90 days",
    "Washington and Beijing agreed on Sunday to extend their tariff truce, with soybeans, rare earths and AI chips among the goods covered. Stocks rose in Asia. Analysts said farm exports would benefit most.", null, null],
  ["People's Liberation Army is read like the tokeniser reads it; war games are rivalry", 'en', "Inside Project Kestrel",
    "The Pentagon is paying two start-ups to build AI agents that play People's Liberation Army commanders in wargames, officials said. Planners will use them to rehearse a blockade.", ['CN', 'US'], 'competition'],
  ["licensed servicing of chipmaking tools inside export curbs: AI-enabling without the word AI, and mixed", 'id', "AS izinkan Lam Research layani pabrik SMIC",
    "Pemerintah AS memberi izin kepada Lam Research untuk memperbaiki mesin etsa di pabrik SMIC di tengah pembatasan ekspor yang terus diperketat.", ['CN', 'US'], 'mixed'],
  ["withdrawal (pull out, stop sharing, tighter rules) is a refusal", 'en', "IBM to pull AI team out of Shanghai",
    "IBM will withdraw its machine-learning team from Shanghai and stop sharing model code with Chinese partners, citing tighter US rules.", ['CN', 'US'], 'competition'],
  ["weapon names are not attacks; \"investigators said\" is not an investigation", 'en', "What powers the new Lancet",
    "Russian attack drones now carry Chinese-made machine-vision chips that lock onto targets without a pilot, investigators said. A Shenzhen supplier ships the modules to Russia through Hong Kong.", ['CN', 'RU'], 'cooperation'],
  ["冒充 / 虛假: an influence operation in traditional Chinese", 'zh', "俄羅斯網軍用AI冒充美國媒體",
    "報告指，與俄羅斯政府有關的網絡利用人工智能冒充美國地方媒體，散布虛假新聞，目標是美國選民。", ['RU', 'US'], 'competition'],
  // Acts without the usual cue words: border refusals, unauthorised use, co-authorship.
  ["goods turned back at customs: a refusal of the trade", 'en', "Customs turn back Nvidia shipments",
    "Chinese customs officers turned back shipments of Nvidia H200 accelerators that Washington had cleared for sale to Chinese buyers, people familiar with the matter said.", ['CN', 'US'], 'competition'],
  ["tanpa izin / tidak sah: unauthorised use is a violation", 'id', "Peneliti militer China pakai model AI Meta",
    "Peneliti yang terkait militer China memakai model Llama buatan Meta tanpa izin untuk membangun sistem intelijen; Meta menyebut penggunaan itu tidak sah.", ['CN', 'US'], 'competition'],
  ["соавтор / поблагодарила: co-authorship and thanks are cooperation", 'ru', "Генассамблея ООН одобрила резолюцию по ИИ",
    "Соавтором резолюции по искусственному интеллекту, внесенной США, стал Китай; американская сторона поблагодарила Пекин за конструктивную работу.", ['CN', 'US'], 'cooperation'],
  // Round 4 mechanisms: misspelled names, products for their makers, chips by kind and by code, lifted bans,
  // investment screening, joint subjects, AI named by what it does, and trade between two parties under the third's pressure.
  ["a misspelled stem (Rusian) and a five-letter name with a letter added (Chaina)", 'en', "Rusian lab and Chaina university sign neural network pact",
    "A Rusian research institute and a university in Chaina signed an agreement to train neural networks together and exchange engineers.", ['CN', 'RU'], 'cooperation'],
  ["a product acted on stands for its maker's country", 'en', "Moscow blocks Gemini and Copilot in ministries",
    "Russia's digital ministry ordered state agencies to block access to Gemini and Copilot chatbots, citing the risk of data leaks.", ['RU', 'US'], 'competition'],
  ["a product in a benchmark comparison is a passing mention", 'en', "GigaChat 3 beats Claude on Russian-language tests",
    "Sber said its new GigaChat model outperformed Claude and Llama on a set of Russian-language reasoning tasks.", null, null],
  ["продукт в запрете: ChatGPT и Claude — американские", 'id', "Rusia Larang Pegawai Negeri Pakai ChatGPT dan Claude",
    "Pemerintah Rusia melarang pegawai negeri memakai ChatGPT dan Claude di perangkat dinas dan meminta mereka beralih ke GigaChat.", ['RU', 'US'], 'competition'],
  ["accelerators are goods: a licence for them inside the fight is mixed", 'ru', "AMD получила лицензию на поставки ускорителей в Китай",
    "Минторг США выдал AMD лицензию на продажу ускорителей китайским компаниям, а регулятор КНР в тот же день начал проверку безопасности этих чипов.", ['CN', 'US'], 'mixed'],
  ["a chip model code in a chip story is an AI accelerator", 'en', "Nvidia wins licence for L30 sales to China",
    "The Commerce Department granted Nvidia a licence to sell the L30, a cut-down data-centre chip, to Chinese buyers, while Beijing's regulator summoned the company over security concerns.", ['CN', 'US'], 'mixed'],
  ["a summit code is not a chip", 'en', "Leaders meet at the G20",
    "US and Chinese leaders met at the G20 summit and discussed tariffs on steel and soybeans.", null, null],
  ["a lifted ban is the fight the easing happens in", 'en', "China lifts Micron ban as US keeps memory curbs",
    "China's cyberspace regulator lifted its ban on Micron memory in state networks, and Micron received a US licence to sell high-bandwidth memory to Chinese server makers; Washington kept its curbs on the newest HBM.", ['CN', 'US'], 'mixed'],
  ["an investment-screening authority is itself a block", 'en', "CFIUS orders Chinese fund to sell stake in AI chip designer",
    "The Committee on Foreign Investment in the United States ordered a fund backed by Chinese state capital to sell its stake in a Texas start-up that designs AI accelerators.", ['CN', 'US'], 'competition'],
  ["the unreliable entity list bars trade", 'en', "Beijing puts US drone-AI maker on unreliable entity list",
    "China's commerce ministry added an American military AI company to its unreliable entity list, barring it from trade and investment in China.", ['CN', 'US'], 'competition'],
  ["两国机构联合发布：比较词是主题，不是旁白", 'zh', "中国与俄罗斯研究机构联合发布多模态大模型评测体系",
    "中俄两国研究机构共同制定了多模态大模型的评测方法，并将在两国高校推广。", ['CN', 'RU'], 'cooperation'],
  ["voice cloning is AI without the word", 'id', "AS Jatuhkan Sanksi pada Jaringan Kloning Suara Rusia",
    "Departemen Keuangan AS menjatuhkan sanksi kepada perusahaan Moskwa yang menjual perangkat kloning suara untuk menipu bank-bank Amerika.", ['RU', 'US'], 'competition'],
  ["FSD is self-driving AI", 'zh', "美国车企FSD获准在华推送", "特斯拉的FSD智能辅助驾驶系统获得中国监管部门批准，将在国内推送。", ['CN', 'US'], 'cooperation'],
  ["two parties trading under the third's secondary sanctions: mixed", 'en', "Chinese banks halt payments for Russian AI servers",
    "Several Chinese banks stopped payments from Russian companies for servers used to train neural networks, fearing US secondary sanctions.", ['CN', 'RU', 'US'], 'mixed'],
  ["a governance instrument in the title takes its field from the lead", 'en', "Geneva body adopts watermark standard pushed by Beijing",
    "A UN working group adopted a standard for watermarking AI-generated images proposed by Chinese state firms; the US delegation voted against it and objected to its tracing rules.", ['CN', 'US'], 'competition'],
  ["a title naming a rule but a lead without AI stays out", 'en', "China and US agree new rules for soybean inspections",
    "Customs agencies in Washington and Beijing agreed to common inspection rules for soybean cargoes.", null, null],
  ["enforcement acts: arrested, extradited", 'en', "Engineer arrested over Chinese AI chip designs",
    "US agents arrested a former Intel engineer accused of taking AI accelerator designs to a Chinese start-up; prosecutors will seek to extradite his partner.", ['CN', 'US'], 'competition'],
  ["штраф и иск: правовые меры — соперничество", 'ru', "Китайский регулятор оштрафовал Nvidia",
    "Госрегулятор КНР оштрафовал Nvidia на 1 млрд юаней за нарушения при сделке, а американская компания подала иск.", ['CN', 'US'], 'competition'],
  ["the field's research venues are AI", 'en', "Chinese scientists miss ICML over US visa delays",
    "Hundreds of researchers from Chinese labs could not attend ICML in Seattle after US consulates delayed their visas, organisers said.", ['CN', 'US'], 'competition'],
  ["tanpa sopir: driverless is AI", 'id', "Truk Tanpa Sopir China Uji Coba di Jalan Rusia",
    "Perusahaan China dan operator logistik Rusia bersama-sama menguji truk tanpa sopir di jalur Moskwa–Kazan.", ['CN', 'RU'], 'cooperation'],
  ["умные камеры и СП", 'ru', "Российский холдинг и Huawei создадут СП по умным камерам",
    "Российская госкорпорация и китайская Huawei договорились о совместном выпуске умных камер с распознаванием лиц.", ['CN', 'RU'], 'cooperation'],
  ["中美洲 is Central America, not China–US", 'zh', "中国与中美洲国家签署人工智能合作协议", "中国科技部与中美洲多国签署人工智能合作谅解备忘录。", null, null],
  ["下架 in the US store is an act against Chinese apps", 'zh', "多款国产AI应用在美区应用商店下架", "多款国产大模型应用被美区苹果应用商店下架，原因是美国的新规。", ['CN', 'US'], 'competition'],
  ["保持领先: a race named as the aim of a one-country plan is an aside", 'zh', "白宫发布AI基础设施计划",
    "白宫要求联邦机构加快数据中心审批，以确保美国在与中国的人工智能竞赛中保持领先。", null, null],
  ["trade words in an export-control story are the goods controlled, not a cooperation side", 'en', "US curbs exports of AI networking gear to China",
    "The Commerce Department tightened export controls on optical modules used in AI clusters, requiring a licence for shipments to China; US suppliers said Chinese customers bought a third of their sales.", ['CN', 'US'], 'competition'],
  ["a clash at the UN among three is competition, not two against one", 'en', "Russia and China block US text on military AI",
    "A US-drafted Security Council statement on AI-enabled weapons failed after Russia objected; Russia's ambassador accused Washington of hypocrisy, and China's envoy said the text was unbalanced.", ['CN', 'RU', 'US'], 'competition'],
  ["two parties agreeing against the third's dominance is mixed", 'en', "Russia and China agree to build AI standards without the US",
    "Russia and China agreed to develop joint AI standards. Officials in Moscow said the aim is to end US dominance in AI rule-setting.", ['CN', 'RU', 'US'], 'mixed'],
  ["a negated cooperation verb is a refusal (не поддержала)", 'ru', "Россия не поддержала американский проект по военному ИИ",
    "Российская сторона не поддержала американский проект заявления о военном применении искусственного интеллекта и обвинила США в двойных стандартах.", ['RU', 'US'], 'competition'],
  ["a hyphenated country pair is a pair (Rusia-China)", 'id', "Truk Otonom Uji Jalur Rusia-China",
    "Operator logistik dari kedua negara bersama-sama menguji truk otonom di jalur perbatasan.", ['CN', 'RU'], 'cooperation'],
  ["nicknames and transliterations name countries (Uncle Sam, Middle Kingdom)", 'en', "Uncle Sam blacklists Middle Kingdom AI labs",
    "Uncle Sam added four Middle Kingdom artificial intelligence labs to its export blacklist this week.", ['CN', 'US'], 'competition'],
  ["Mikron is the Russian chipmaker, not Micron misspelled", 'en', "Mikron and Huawei to co-develop AI chips",
    "Russian chipmaker Mikron and Huawei signed an agreement to co-develop AI accelerators for data centres.", ['CN', 'RU'], 'cooperation'],
  ["chip-design software (EDA) under export controls is AI-enabling", 'en', "US adds EDA tools to China export rule",
    "The Commerce Department extended export controls to electronic design automation software sold to Chinese chip designers; Synopsys and Cadence must now obtain licences.", ['CN', 'US'], 'competition'],
  ["俄 in a US state name is not Russia (俄勒冈)", 'zh', "英伟达在俄勒冈州建设人工智能数据中心", "这座数据中心将服务美国云计算客户。", null, null],
  ["Belarus is not Russia (白俄罗斯)", 'zh', "白俄罗斯与中国签署人工智能合作协议", "白俄罗斯和中国将共同开发大模型。", null, null],
  ["a tie between the sides is settled by the headline's act", 'en', "Talks in Vienna",
    "Russian and American diplomats discussed military uses of artificial intelligence for the first time since 2022.", ['RU', 'US'], 'cooperation'],
  ["smuggling through a third country's shell companies is competition, not two-party trade", 'en', "Smuggling ring moved Nvidia GPUs to Russia via China",
    "Prosecutors say the network shipped Nvidia accelerators to Russian buyers through Chinese shell companies.", ['CN', 'RU', 'US'], 'competition'],
  ["影像辨識: recognition systems are AI in traditional Chinese", 'zh', "美國制裁提供影像辨識晶片的中國廠商",
    "美國財政部制裁三家中國廠商，指其向俄軍提供用於無人機的影像辨識晶片。", ['CN', 'RU', 'US'], 'competition'],
  ["香港 is China, as Hong Kong is in English", 'zh', "港科大與莫斯科大學合辦人工智慧碩士課程", "香港科技大學與莫斯科國立大學宣布合作開設人工智慧碩士課程。", ['CN', 'RU'], 'cooperation'],
  ["Indonesian affixes reach stem cues (mengancam ← ancam*)", 'id', "Washington Mengancam Beijing soal Chip AI",
    "Pemerintah Amerika Serikat mengancam perusahaan China yang memasok cip kecerdasan buatan ke pihak ketiga.", ['CN', 'US'], 'competition'],
  ["a threat over help to the third is competition (пригрозил)", 'ru', "Вашингтон пригрозил Пекину за помощь Москве в ИИ",
    "Госдеп предупредил китайские компании о санкциях за передачу России технологий искусственного интеллекта военного назначения.", ['CN', 'RU', 'US'], 'competition'],
  ["'federal' and the surname Huang are not the US by themselves", 'en', "Russian federal agency and Huang's Tsinghua lab sign AI pact",
    "Russia's federal science agency and Professor Huang's lab at Tsinghua University signed an agreement to jointly train language models.", ['CN', 'RU'], 'cooperation'],
  ["国会/众议院 without 美 is any parliament (日本国会)", 'zh', "日本国会通过法案限制中国AI应用", "日本众议院通过法案，限制政府机构使用中国人工智能应用。", null, null],
  ["a ban on the trade itself is not trade between the other two", 'en', "US bans AI chip sales to China and Russia",
    "The Commerce Department banned sales of advanced AI chips to Chinese and Russian buyers and added twelve distributors to the entity list.", ['CN', 'RU', 'US'], 'competition'],
];

describe('relevance and stance mechanisms', () => {
  it.each(cases)('%s', (_name, lang, title, text, countries, stance) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(countries !== null);
    expect(c.countries).toEqual(countries ?? []);
    expect(c.stance, c.evidence.rules.join('\n')).toBe(stance);
  });

  it('reads misspelled stems within one edit, not first names or common nouns two edits away', () => {
    const typo = classifyArticle({ lang: 'en', title: 'Rusians and Amerikan labs', text: '' });
    expect(typo.evidence.countries.RU).toEqual(['Rusians']);
    expect(typo.evidence.countries.US).toEqual(['Amerikan']);
    const name = classifyArticle({ lang: 'ru', title: 'Дмитрий Соколов из Пекина рассказал о нейросети', text: '' });
    expect(name.evidence.countries.RU).toBeUndefined();
  });

  it('explains the vague-headline and refusal readings in the evidence', () => {
    const vague = classifyArticle({ lang: 'en', title: 'Talks in Geneva', text: 'China and the United States discussed export controls on AI chips.' });
    expect(vague.evidence.rules.join('\n')).toMatch(/lead sentence is weighed as the headline/);
    const refusal = classifyArticle({ lang: 'zh', title: '北京要求企业拒绝采购英伟达芯片', text: '' });
    expect(refusal.evidence.rules.join('\n')).toMatch(/refusal/);
  });
});
