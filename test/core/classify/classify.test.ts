import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[] | null];

// Hand-written items (not from any corpus): positives name the expected parties, negatives use null.
const relevance: Case[] = [
  // English
  ['en: export controls on AI chips', 'en', 'Washington widens curbs on AI accelerators bound for China',
    'The Commerce Department added new licence requirements for Nvidia and AMD accelerators shipped to Chinese data centres, citing military use of artificial intelligence.', ['CN', 'US']],
  ['en: Russia-China AI agreement', 'en', 'Moscow and Beijing sign memorandum on joint AI research',
    'Russian and Chinese research institutes agreed to cooperate on large language models and to exchange researchers.', ['CN', 'RU']],
  ['en: three parties', 'en', 'Kremlin and Beijing team up on AI to counter American dominance',
    'Russia and China pledged joint work on neural networks. Officials said the partnership is a response to US sanctions and export controls on chips.', ['CN', 'RU', 'US']],
  ['en: no AI, only geopolitics', 'en', 'US and China agree to extend tariff truce', 'Officials from Washington and Beijing said soybean purchases would resume.', null],
  ['en: AI, one country only', 'en', 'OpenAI opens a new office in Texas', 'The ChatGPT maker will hire 200 engineers to work on its next model.', null],
  ['en: AI between other countries', 'en', 'Japan and the EU sign AI safety pact', 'Tokyo and Brussels agreed to share evaluations of frontier AI models.', null],
  ['en: passing mention of rivalry', 'en', 'Startup launches an AI tutor for schools in Ohio',
    'The chatbot helps pupils with algebra and reading. The company has raised $20 million. It says its model is trained on textbooks, as competition with China intensifies.', null],
  ['en: US-listed shares', 'en', "Baidu's US-listed shares rise on AI cloud growth", 'Revenue from its AI cloud unit rose 30% in the quarter, the Chinese search company said.', null],
  // Indonesian
  ['id: AS melarang chip AI ke China', 'id', 'AS Perketat Ekspor Chip AI ke China',
    'Pemerintah Amerika Serikat memperketat aturan ekspor chip kecerdasan buatan ke Tiongkok demi alasan keamanan nasional.', ['CN', 'US']],
  ['id: Rusia dan Cina kerja sama', 'id', 'Rusia dan Cina Sepakati Kerja Sama Kecerdasan Buatan',
    'Kedua negara menandatangani perjanjian riset bersama di bidang model bahasa besar.', ['CN', 'RU']],
  ['id: kartu as', 'id', 'Kartu As Oppo untuk Pasar Ponsel: Fitur AI Kamera', 'Oppo mengandalkan fitur AI sebagai kartu as untuk bersaing dengan merek China lain di Indonesia.', null],
  ['id: only Indonesia', 'id', 'Startup Lokal Rilis Asisten AI Berbahasa Sunda', 'Aplikasi kecerdasan buatan ini dikembangkan di Bandung.', null],
  // Russian
  ['ru: morphology of Китай', 'ru', 'Россия и Китай создадут совместную лабораторию по нейросетям',
    'Российские и китайские ученые договорились о сотрудничестве в области искусственного интеллекта. Лаборатория откроется в Пекине.', ['CN', 'RU']],
  ['ru: санкции США', 'ru', 'Санкции США ограничили поставки ускорителей Nvidia в Россию',
    'Российские компании, обучающие нейросети, ищут замену американским чипам.', ['RU', 'US']],
  ['ru: Китай-город', 'ru', 'В Китай-городе появились камеры с ИИ', 'Нейросеть распознает нарушения парковки в центре Москвы.', null],
  ['ru: Ай-Петри', 'ru', 'Ай-Петри: канатная дорога снова работает', 'Туристы из Китая и России поднялись на плато.', null],
  // Chinese
  ['zh: 中美 chip controls', 'zh', '美国加码对华芯片出口管制，英伟达H20受限',
    '美国商务部宣布收紧对中国出口先进人工智能芯片，中方表示坚决反对。', ['CN', 'US']],
  ['zh: 中俄 AI cooperation', 'zh', '中俄签署人工智能合作协议', '双方将在大模型和算力领域开展联合研究。', ['CN', 'RU']],
  ['zh: 美的 is not the US', 'zh', '美的发布AI冰箱', '美的集团推出搭载大模型的冰箱，可识别食材。', null],
  ['zh: 俄罗斯方块 is Tetris', 'zh', '俄罗斯方块新纪录：AI与人类玩家同台', '一名美国玩家打破纪录。', null],
  ['zh: 美团 and 爱奇艺', 'zh', '美团与爱奇艺合作推出AI推荐', '两家公司将在国内市场推出新功能。', null],
  ['zh: word boundaries (其中|美国, not 中美)', 'zh', '某修图应用上线AI新功能', '公司称海外用户增长超过四成，其中美国市场表现突出。', null],
  ['en: benchmark comparison is an aside', 'en', 'Startup releases an open-weight coding model',
    'The lab says the model tops a coding benchmark, beating rivals including Chinese labs such as DeepSeek and OpenAI models.', null],
  ['id: wrong language hint', 'en', 'AS Tuding China Curi Teknologi AI Lewat Peretasan',
    'Departemen Kehakiman AS mendakwa warga negara China atas pencurian rahasia chip AI.', ['CN', 'US']],
];

describe('classifyArticle relevance and parties', () => {
  it.each(relevance)('%s', (_name, lang, title, text, countries) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant).toBe(countries !== null);
    expect(c.countries).toEqual(countries ?? []);
    if (countries === null) expect(c.stance).toBeNull();
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(c.score >= 0.5).toBe(c.relevant);
  });
});

const falseFriends: Array<[name: string, lang: Lang, title: string, text: string, ignored: string]> = [
  ['Air India flight', 'en', 'AI171 crash report released', 'Investigators in India published the preliminary report on the Air India Boeing; US and Chinese experts assisted.', 'Air India'],
  ['Ai Weiwei', 'en', 'Ai Weiwei opens show in Berlin', 'The Chinese artist criticised censorship in China and the US.', 'Ai Weiwei'],
  ['avian influenza', 'en', 'Avian influenza (AI) spreads in US and China poultry', 'AI outbreaks were reported on farms in Iowa and in Chinese provinces.', 'AI'],
  ['Allen Iverson', 'en', "'AI' tours China", 'Allen Iverson, known as AI, met fans in Beijing and spoke about US-China friendship.', 'Allen Iverson'],
  ['bone china', 'en', 'US tariffs hit bone china makers', 'British potteries say American demand for fine china has fallen.', 'bone china'],
  ['flu burung', 'id', 'Flu Burung (AI) Merebak, Harga Telur Naik', 'Wabah AI di AS dan China ikut mendorong harga.', 'flu burung'],
];

describe('false friends are recognised and ignored', () => {
  it.each(falseFriends)('%s', (_name, lang, title, text, ignored) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant).toBe(false);
    expect(c.evidence.ignored.map((x) => x.toLowerCase())).toContain(ignored.toLowerCase());
  });
});

const fuzzy: Array<[written: string, read: string]> = [
  ['Saberbank', 'Sberbank'],
  ['Gigachte', 'GigaChat'],
  ['Nvidea', 'Nvidia'],
  ['Deepseak', 'DeepSeek'],
  ['Puttin', 'Putin'],
];

describe('misspelled names', () => {
  it.each(fuzzy)('%s is read as %s', (written, read) => {
    const c = classifyArticle({ title: `${written} in the news`, text: `Reporters asked about ${written} again.`, lang: 'en' });
    expect(c.evidence.fuzzy).toContain(`${written}→${read}`);
  });

  it.each([['Inter'], ['Intern'], ['Tesco'], ['Pudding']])('does not stretch %s into a name', (word) => {
    const c = classifyArticle({ title: `${word} wins`, text: `${word} beat the rest.`, lang: 'en' });
    expect(c.evidence.fuzzy).toEqual([]);
  });
});

const stance: Array<[name: string, lang: Lang, title: string, text: string, expected: string]> = [
  ['cooperation', 'en', 'US and Chinese scientists agree on joint AI safety dialogue',
    'Researchers from both countries signed a statement calling for cooperation on evaluating frontier AI models.', 'cooperation'],
  ['competition', 'en', 'US adds Chinese AI chip firms to entity list',
    'The Commerce Department blacklisted a dozen Chinese companies it accused of helping the PLA develop AI, tightening export controls.', 'competition'],
  ['mixed', 'en', 'Russia and China deepen AI partnership to counter US sanctions',
    'Moscow and Beijing signed agreements on joint research into large language models. Both sides criticised US export controls and sanctions as an attempt to preserve American dominance in AI.', 'mixed'],
  ['ru competition', 'ru', 'США ввели санкции против российских разработчиков ИИ',
    'Ограничения затронут поставки ускорителей Nvidia в Россию.', 'competition'],
  ['zh cooperation', 'zh', '中俄高校共建人工智能联合实验室', '双方将联合培养大模型方向研究生。', 'cooperation'],
];

describe('stance', () => {
  it.each(stance)('%s', (_name, lang, title, text, expected) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant).toBe(true);
    expect(c.stance).toBe(expected);
  });
});

describe('evidence', () => {
  it('lists terms per category and explains the decision', () => {
    const c = classifyArticle({
      title: 'China condemns new US curbs on Nvidia AI chips',
      text: "Beijing's commerce ministry said the export controls on artificial intelligence chips hurt cooperation.",
      lang: 'en',
    });
    expect(c.relevant).toBe(true);
    expect(c.evidence.ai).toEqual(expect.arrayContaining(['AI chips', 'artificial intelligence', 'Nvidia']));
    expect(c.evidence.countries.CN).toEqual(expect.arrayContaining(['China', 'Beijing']));
    expect(c.evidence.countries.US).toEqual(expect.arrayContaining(['US', 'Nvidia']));
    expect(c.evidence.competition).toEqual(expect.arrayContaining(['curbs', 'export controls']));
    expect(c.evidence.rules.some((r) => r.startsWith('relevant'))).toBe(true);
    expect(c.topics).toContain('chips-export-controls');
  });

  it('trusts the script over a wrong language hint', () => {
    const c = classifyArticle({ title: 'Россия и Китай договорились о сотрудничестве в сфере ИИ', text: '', lang: 'en' });
    expect(c.relevant).toBe(true);
    expect(c.countries).toEqual(['CN', 'RU']);
    expect(c.evidence.rules[0]).toMatch(/overridden/);
  });

  it('reads Indonesian "AS" only in Indonesian text', () => {
    const id = classifyArticle({ title: 'China dan AS Bersaing Ketat di Bidang Kecerdasan Buatan', text: 'Persaingan chip AI makin panas.', lang: 'id' });
    expect(id.countries).toEqual(['CN', 'US']);
    const en = classifyArticle({ title: 'AS ROMA and CHINA DAILY AI CUP', text: 'A football friendly.', lang: 'en' });
    expect(en.evidence.countries.US ?? []).not.toContain('AS');
  });

  it('handles empty input', () => {
    const c = classifyArticle({ title: '', text: '', lang: 'other' });
    expect(c).toMatchObject({ relevant: false, countries: [], stance: null, topics: [] });
  });
});
