import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { ClassifyInput } from '../../../src/core/types.js';

// Vocabulary classes added after an independent blind check: acronym clashes, regional synonyms
// for "artificial intelligence", and "amid the rivalry" asides.
describe('vocabulary classes', () => {
  it.each<[string, ClassifyInput, boolean]>([
    [
      'a Russian regional city (Томск) names Russia',
      { lang: 'ru', title: 'Томск и Шэньчжэнь займутся нейросетями', text: 'Томский государственный университет и Шэньчжэньский университет открыли совместную лабораторию нейросетевых технологий для медицины.' },
      true,
    ],
    [
      'the Pentagon\'s Chinese-military-companies list (1260H) is an act against the listed firms (en)',
      { lang: 'en', title: 'Pentagon adds AI firms to its list', text: 'The Defense Department added three Chinese developers of large language models to its list of Chinese military companies operating in the United States on Friday.' },
      true,
    ],
    [
      'Beijing "strongly opposes" (menentang keras) the listing (id)',
      { lang: 'id', title: 'China Balas Langkah Pentagon', text: 'Kementerian Luar Negeri China menentang keras keputusan Departemen Pertahanan AS memasukkan dua pengembang kecerdasan buatan ke daftar perusahaan militer China.' },
      true,
    ],
    [
      '"supporters" of a bill are a camp, not an act of cooperation',
      { lang: 'en', title: 'Senate panel advances federal AI rulebook that would override state laws', text: 'The Senate Commerce Committee voted 14-12 to advance a bill setting one federal framework for AI models and barring states from enforcing their own AI rules for a decade. Supporters said a patchwork of state laws would slow American developers as the race with China heats up. The bill now goes to the floor.' },
      false,
    ],
    [
      '"the House voted" names the US Congress',
      { lang: 'en', title: 'Lawmakers move to close the GPU rental gap', text: 'The House voted 290-120 on Tuesday to extend export controls to remote access, so that Chinese firms could no longer rent Nvidia GPUs in overseas data centres. The measure now goes to the Senate.' },
      true,
    ],
    [
      'AI as artificial insemination',
      { lang: 'en', title: 'Ranchers turn to AI as China reopens to US beef', text: 'Breeders rely on artificial insemination (AI) to improve herds while Chinese buyers return to American beef.' },
      false,
    ],
    [
      'Indonesian "inteligensi buatan"',
      { lang: 'id', title: 'Rusia dan China sepakat kembangkan inteligensi buatan bersama untuk melawan dominasi Amerika', text: 'Moskow dan Beijing menandatangani perjanjian riset inteligensi buatan bersama, untuk menantang dominasi Amerika Serikat.' },
      true,
    ],
    [
      'Russian "на фоне конкуренции" aside in an earnings story',
      { lang: 'ru', title: 'Выручка «Яндекса» выросла на 30% благодаря нейросетям', text: 'Компания увеличила выручку от рекламы и облачных сервисов искусственного интеллекта. YandexGPT и другие нейросети компания развивает на фоне конкуренции с американскими и китайскими сервисами.' },
      false,
    ],
    [
      'a Russian benchmark by internal measurements, "in Russian" being the language',
      { lang: 'ru', title: 'Новая версия GigaChat обошла Qwen и DeepSeek в тестах', text: 'Сбер выпустил новую версию своей языковой модели. По внутренним замерам банка она опережает открытые китайские модели в задачах на русском языке.' },
      false,
    ],
    [
      'an Indonesian benchmark ("dibanding", "di tes")',
      { lang: 'id', title: 'Alibaba Rilis Qwen Baru, Klaim Kalahkan GPT-5 di Tes Matematika', text: 'Alibaba mengumumkan model bahasa besar terbarunya yang menurut perusahaan lebih unggul dibanding GPT-5 dari OpenAI dalam ujian matematika.' },
      false,
    ],
    [
      'porcelain "china" in an auction story',
      { lang: 'en', title: 'Meissen china and an AI dating tool lift a London sale', text: 'A service of Meissen china led the sale, where American and mainland Chinese collectors competed for the top lots. An AI tool checked the provenance of several pieces.' },
      false,
    ],
    [
      '"must keep pace" is the race itself',
      { lang: 'en', title: 'PLA stages drone-swarm drills; US admiral says Pentagon must keep pace', text: 'State television showed dozens of drones coordinating without pilots during PLA exercises, guided by swarm software built on AI.' },
      true,
    ],
    [
      'object and target recognition are AI',
      { lang: 'en', title: "Treasury list reaches Chinese suppliers of Russia's drones", text: 'The US sanctioned nine Chinese firms that supplied camera modules and object recognition boards for Russian attack drones. Investigators said the boards run target recognition networks trained on vehicles.' },
      true,
    ],
  ])('%s', (_, input, relevant) => {
    expect(classifyArticle(input).relevant).toBe(relevant);
  });
});

describe('long articles', () => {
  it('decides on the title and lead, not on a mention deep in a full article', () => {
    const lead = 'OpenAI released a new video model to US users on Tuesday. The company says the AI model creates short clips from text prompts. ';
    const filler = 'Creators have been experimenting with the tool for weeks, posting clips of cooking, travel and sport. '.repeat(20);
    const tail = 'Rivals in China, including ByteDance, are competing with OpenAI on similar tools.';
    const input = { lang: 'en' as const, title: 'OpenAI launches a video model for creators', text: lead + filler + tail };
    expect(classifyArticle(input).relevant).toBe(false);
    // The same relation stated in the lead does count.
    expect(classifyArticle({ ...input, text: tail + ' ' + lead + filler }).relevant).toBe(true);
  });
});

// Hong Kong, Taiwan and overseas outlets write traditional characters and regional words (晶片, 普丁, 川普).
describe('traditional Chinese reads like simplified', () => {
  it.each<[string, string, string, string, string[]]>([
    ['export licence for chips (Taiwan)', '美國要求輝達對華出口AI晶片須申請許可', '美國商務部表示，輝達向中國出口人工智慧晶片必須取得許可證，華為則加快研發替代產品。',
      '美国要求英伟达对华出口AI芯片须申请许可', ['CN', 'US']],
    ['Russia–China agreement (Hong Kong)', '中俄簽署人工智能合作協議', '俄羅斯與中國周二簽署人工智能合作協議，普京與習近平出席簽字儀式。', '中俄签署人工智能合作协议', ['CN', 'RU']],
    ['Putin as 普丁', '普丁：俄羅斯將與中國共同研發大型語言模型', '俄羅斯總統普丁表示，俄國將與北京在演算法和資料中心方面加強合作。', '', ['CN', 'RU']],
  ])('%s', (_name, title, text, simplifiedTitle, countries) => {
    const trad = classifyArticle({ lang: 'zh', title, text });
    expect(trad.relevant).toBe(true);
    expect(trad.countries).toEqual(countries);
    if (simplifiedTitle) {
      const simp = classifyArticle({ lang: 'zh', title: simplifiedTitle, text: '' });
      expect(classifyArticle({ lang: 'zh', title, text: '' }).countries).toEqual(simp.countries);
    }
  });

  it('leaves simplified text as it is (the lexicon characters are never rewritten)', () => {
    const input = { lang: 'zh' as const, title: '中美就人工智能芯片出口管制举行会谈', text: '双方在日内瓦讨论了先进芯片的出口限制。' };
    expect(classifyArticle(input).evidence.countries).toEqual({ CN: ['中美'], US: ['中美'] });
  });
});
