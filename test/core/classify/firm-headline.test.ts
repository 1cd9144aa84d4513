import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { Lang } from '../../../src/core/types.js';

// Hand-written items (not taken from any corpus). A firm's own news (earnings, a launch, an office opening) under a
// headline that names one party only through its firms and states no act, with the other party in a single later
// sentence, is a passing mention; a later sentence stating an act inside the rivalry's frame, or a second sentence on
// the other party, keeps the item.
const passing: Array<[name: string, lang: Lang, title: string, text: string]> = [
  ['a chipmaker\'s quarter with China once (en)', 'en', 'Nvidia posts record data-centre revenue on AI demand',
    'Nvidia reported quarterly revenue of $57bn, driven by demand for its Blackwell accelerators from cloud providers. Gross margin widened to 73 per cent. Revenue from China, where US rules limit what it can sell, was a low single-digit share.'],
  ['a phone launch with sanctions once (zh)', 'zh', '华为发布新款折叠屏手机 搭载盘古大模型助手',
    '华为今日在深圳发布新款折叠屏手机，搭载基于盘古大模型的智能助手，起售价9999元。新机采用自研麒麟芯片，续航提升两成。受美国制裁影响，华为手机此前一度退出高端市场。'],
  ['an office opening with China once (id)', 'id', 'OpenAI Buka Kantor Pertama di Jakarta',
    'OpenAI resmi membuka kantor pertamanya di Jakarta untuk melayani pelanggan korporat di Indonesia. Perusahaan menargetkan kerja sama dengan sejumlah bank dan operator seluler. Layanan ChatGPT sendiri tidak tersedia di China karena diblokir pemerintah setempat.'],
];

const kept: Array<[name: string, lang: Lang, title: string, text: string, countries: string[]]> = [
  ['a later sentence developing the rivalry with several acts (zh)', 'zh', '新一代模型跑在国产集群上',
    '月之暗面发布新一代大模型，其训练主要基于华为昇腾集群完成。业内人士指出，在美国收紧高端芯片出口管制、英伟达对华供应受限的背景下，国产算力有望加速摆脱对美国芯片的依赖。', ['CN', 'US']],
  ['a later sentence stating an act inside the rivalry\'s frame (zh)', 'zh', '寒武纪前三季度营收增长逾五倍 净利润首次转正',
    '国产AI芯片企业寒武纪前三季度营收同比增长逾五倍，净利润首次转正。公司称云计算客户批量采购其加速卡。业内人士认为，在美国持续收紧对华先进芯片出口的背景下，国内云厂商正加快国产算力替代。', ['CN', 'US']],
  ['the other party in two later sentences (en)', 'en', 'Moore Threads shares soar on Shanghai debut',
    'Shares of GPU maker Moore Threads rose fourfold on their first day of trading in Shanghai. The Chinese company is on the US entity list and cannot buy American design software. Investors bet it will win orders that Nvidia can no longer fill because US export rules bar its best chips from China.', ['CN', 'US']],
];

describe('a firm\'s own news with the other party once', () => {
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
