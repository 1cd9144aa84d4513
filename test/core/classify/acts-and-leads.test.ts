import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[], stance: string];

// Hand-written items (not taken from any corpus) for four mechanisms: a headline's act taking its field from the
// lead, sanctions punishing the trade beside them, a counterweight making the rival a party, and a withheld
// cooperation word that is no clash either.
const relevantCases: Case[] = [
  ['a headline act whose field is in the lead (en)', 'en', 'Washington and Beijing agree to compare test results',
    'Officials of the United States and China signed a letter on sharing results of safety tests of artificial intelligence systems before release, the ministries said.', ['CN', 'US'], 'cooperation'],
  ['a headline act whose field is in the lead (id)', 'id', 'Peneliti Rusia dan China Teken Nota Kesepahaman',
    'Peneliti dari Rusia dan China menandatangani nota kesepahaman untuk menguji keamanan sistem kecerdasan buatan bersama-sama di Novosibirsk.', ['CN', 'RU'], 'cooperation'],
  ['a headline act whose field is in the lead (ru)', 'ru', 'Минюст США закрыл сайты московской сети',
    'Министерство юстиции США закрыло сайты, где, по обвинению ведомства, связанная с Кремлём сеть публиковала тексты, написанные нейросетью.', ['RU', 'US'], 'competition'],
  ['a sanction punishes the imports beside it', 'en', 'Treasury sanctions Moscow firm over graphics processors',
    'The US Treasury sanctioned a Moscow trading house for importing American GPUs used to train neural networks for military drones.', ['RU', 'US'], 'competition'],
  ['a counterweight is set up as the rival (ru)', 'ru', 'Россия и Китай создадут общий центр ИИ',
    'Россия и Китай подписали соглашение о совместном центре искусственного интеллекта, который стороны называют противовесом американским моделям.', ['CN', 'RU', 'US'], 'mixed'],
  ['self-driving systems are AI (ru)', 'ru', '«Яндекс» поставит систему автономного вождения китайскому автоконцерну',
    '«Яндекс» и китайский автоконцерн договорились устанавливать беспилотную систему российской компании на машины китайской марки.', ['CN', 'RU'], 'cooperation'],
  ['high-bandwidth memory is an AI chip (zh)', 'zh', '商务部回应美方高带宽存储器出口管制',
    '美国商务部宣布对向中国出口高带宽存储器实施许可要求，中国商务部表示坚决反对。', ['CN', 'US'], 'competition'],
  ['a prison sentence is a conflict act (id)', 'id', 'Insinyur Divonis Tiga Tahun karena Bawa Rahasia Cip AI AS ke China',
    'Pengadilan di Amerika Serikat menjatuhkan vonis tiga tahun penjara kepada seorang insinyur yang membawa desain cip kecerdasan buatan ke perusahaan di China.', ['CN', 'US'], 'competition'],
  ['talks that end without agreement over a dispute are mixed (en)', 'en', 'US-China AI talks end without agreement',
    'American and Chinese officials held a day of talks on military uses of artificial intelligence in Oslo but failed to agree on a text, with US export controls on chips raised by the Chinese side.', ['CN', 'US'], 'mixed'],
  ['talks that end without agreement over a dispute are mixed (zh)', 'zh', '中美人工智能对话在日内瓦举行',
    '中美两国官员在日内瓦举行第二轮人工智能对话，双方同意保持沟通。由于美方芯片出口管制的分歧，会议未能发表联合声明。', ['CN', 'US'], 'mixed'],
  ['machine translation is AI (ru)', 'ru', '«Яндекс» и Baidu займутся машинным переводом',
    '«Яндекс» и китайская Baidu подписали соглашение о совместной разработке систем машинного перевода между русским и китайским языками.', ['CN', 'RU'], 'cooperation'],
  ['Siberia is Russia (ru)', 'ru', 'Сибирь нагреют нейросетями',
    'Китайская компания и облачный оператор из Иркутска договорились построить в Сибири центр обработки данных для обучения нейросетей.', ['CN', 'RU'], 'cooperation'],
  ['supercomputers on an export list are AI-enabling compute (zh)', 'zh', '商务部回应美方将8家中国实体列入出口管制清单',
    '美国商务部将8家中国超级计算机研发机构列入出口管制实体清单，商务部表示坚决反对。', ['CN', 'US'], 'competition'],
  ['Peng Cheng Laboratory is Chinese (zh)', 'zh', '鹏城实验室与俄罗斯联邦储蓄银行签署大模型合作备忘录',
    '鹏城实验室与俄罗斯联邦储蓄银行在深圳签署大模型评测合作备忘录。', ['CN', 'RU'], 'cooperation'],
  ['a Russian city names Russia (id)', 'id', 'Kampus di Yekaterinburg dan Chengdu Luncurkan Riset Bersama Kecerdasan Buatan',
    'Sebuah universitas di Yekaterinburg dan mitranya di Chengdu sepakat meluncurkan laboratorium bersama untuk riset kecerdasan buatan.', ['CN', 'RU'], 'cooperation'],
  ['a Russian city names Russia (ru)', 'ru', 'Тверской дата-центр закупит китайские ускорители для нейросетей',
    'Оператор дата-центра в Твери подписал договор с китайским поставщиком ускорителей для обучения нейросетей.', ['CN', 'RU'], 'cooperation'],
  ['the mainland is China in Hong Kong copy (zh)', 'zh', '美商務部將內地AI晶片設計商列入實體清單',
    '美國商務部把一家內地人工智能晶片設計商列入實體清單，公司股價下跌。', ['CN', 'US'], 'competition'],
  ['a statement not issued is no clash', 'en', 'US and China hold AI risk talks behind closed doors',
    'US and Chinese officials met behind closed doors in Vienna to talk about incident reporting for artificial intelligence, but issued no joint statement.', ['CN', 'US'], 'cooperation'],
];

describe('acts and leads', () => {
  it.each(relevantCases)('%s', (_name, lang, title, text, countries, stance) => {
    const c = classifyArticle({ title, text, lang });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(true);
    expect(c.countries).toEqual(countries);
    expect(c.stance, c.evidence.rules.join('\n')).toBe(stance);
  });

  it('keeps AI goods in a list a passing mention when the headline names no field', () => {
    const c = classifyArticle({ lang: 'en', title: 'US and China agree to extend their trade truce',
      text: 'Washington and Beijing agreed to extend a truce covering soybeans, rare earths and AI chips for another year.' });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(false);
  });

  it('reads a quality comparison with a US model (по качеству) as a passing mention in a Russian earnings story', () => {
    const c = classifyArticle({ lang: 'ru', title: '«Сбер»: выручка от ИИ-сервисов выросла вдвое',
      text: '«Сбер» сообщил, что выручка от сервисов искусственного интеллекта за девять месяцев выросла вдвое. В банке отметили, что российские модели догоняют американские по качеству ответов на русском языке.' });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(false);
  });

  it('does not read a stalled bill as failed talks', () => {
    const c = classifyArticle({ lang: 'en', title: 'Bill to curb Chinese rentals of US AI chips stalls in the Senate',
      text: 'A House bill that would bar Chinese AI developers from renting Nvidia GPUs in US clouds has stalled in the Senate, where supporters say export controls need the rule.' });
    expect(c.stance, c.evidence.rules.join('\n')).toBe('competition');
  });

  it('reads a House Select Committee as a US body, not the Russian firm Selectel', () => {
    const c = classifyArticle({ lang: 'en', title: 'Select Committee says Chinese lab copied OpenAI models',
      text: 'The House Select Committee on the CCP said a Chinese AI lab used distillation to copy OpenAI and Anthropic models.' });
    expect(c.countries).toEqual(['CN', 'US']);
  });
});
