import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

type Case = [name: string, lang: Lang, title: string, text: string, countries: string[], stance: string];

// Hand-written items (not taken from any corpus): a headline whose field is stated in the second sentence of a wire
// lead, and the acts that decide a stance without the usual cue words.
const relevantCases: Case[] = [
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
  ] as Array<[Lang, string, string]>)('keeps a topic added with "also", or a rivalry behind a one-country earnings headline, a passing mention (%s)', (lang, title, text) => {
    const c = classifyArticle({ lang, title, text });
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(false);
  });
});
