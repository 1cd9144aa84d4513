/**
 * Grouping cost per item, and how it grows with the number of stored items: relevant items from
 * generated events (several reports each, in en/id/ru/zh, named with the shared entity table) at a
 * steady rate a day, grouped from scratch as the start-up backfill does, at growing sizes. With
 * candidate lookup by indexed keys the cost per item stays flat (no comparison with every story).
 * Run alone (`node dist/bench/grouping.js [--sizes 10000,50000,100000]`) or from `npm run bench`.
 */
import { entityKeys, entityName } from '../src/core/entities.js';
import { openDatabase } from '../src/db/client.js';
import { createStoryStore } from '../src/db/story-store.js';
import { random } from './lib/generate.js';

/** Relevant items a day: 100,000 over the 400 days relevant items are kept. */
const PER_DAY = 250;
const LANGS = ['en', 'en', 'zh', 'ru', 'id'] as const;
const EVENT_WORDS: Record<string, string[]> = {
  en: ['bans', 'signs deal with', 'launches model with', 'faces export curbs over', 'invests in', 'sues', 'meets', 'reports on'],
  id: ['melarang', 'menandatangani kesepakatan dengan', 'meluncurkan model bersama', 'investasi di', 'bertemu'],
  ru: ['запретил', 'подписал соглашение с', 'представил модель с', 'инвестирует в', 'встретился с'],
  zh: ['禁止', '签署协议', '发布模型', '投资', '会晤'],
};
const PAIRS = ['CN,US', 'CN,RU', 'RU,US', 'CN,RU,US'];
/** Words for the rest of a lead, so reports of different events do not look like copies of each other. */
const FILLER: Record<string, string[]> = {
  en: 'officials analysts said market government policy security industry research supply chain partners week statement plans growth risk talks data rules access compute chips model'.split(' '),
  id: 'pejabat analis mengatakan pasar pemerintah kebijakan keamanan industri riset pasokan mitra pekan pernyataan rencana pertumbuhan risiko data aturan akses komputasi'.split(' '),
  ru: 'чиновники аналитики заявили рынок правительство политика безопасность отрасль исследования поставки партнеры неделя заявление планы рост риск данные правила доступ'.split(' '),
  zh: '官员 分析人士 表示 市场 政府 政策 安全 行业 研究 供应链 合作伙伴 本周 声明 计划 增长 风险 数据 规则 算力'.split(' '),
};

/** Store `count` relevant, ungrouped items from generated events; returns nothing, fills the database. */
function generateEvents(db: ReturnType<typeof openDatabase>, count: number, seed = 7): void {
  const rnd = random(seed);
  const names = entityKeys().filter((k) => !['us', 'cn', 'ru'].includes(k));
  // Popular names are named far more often (Zipf-like): Nvidia, Huawei and DeepSeek in many events.
  const pick = () => names[Math.floor(names.length * rnd() ** 2.2)]!;
  const sqlite = db.$client;
  const feedId = Number(sqlite.prepare("insert into feeds (url, name, added_by, created_at) values ('https://bench.example/feed', 'Bench', 'bench', 0)").run().lastInsertRowid);
  const insert = sqlite.prepare(
    `insert into items (dedupe_key, url, link, title, text, summary, lang, source, published_at, first_seen_at, sort_at, relevant, score, countries, stance, topics, evidence)
     values (?, ?, ?, ?, ?, '', ?, 'Bench', ?, ?, ?, 1, 0.8, ?, 'competition', '[]', '{}')`,
  );
  const source = sqlite.prepare('insert into item_sources (feed_id, item_key, item_id, seen_at) values (?, ?, ?, ?)');
  const start = Date.UTC(2024, 0, 1);
  const fill = sqlite.transaction(() => {
    let n = 0;
    for (let event = 0; n < count; event++) {
      const at = start + Math.floor((n / PER_DAY) * 86_400_000);
      const [a, b, c] = [pick(), pick(), pick()];
      const amount = rnd() < 0.3 ? `$${1 + Math.floor(rnd() * 90)} billion` : '';
      const reports = 1 + Math.floor(-Math.log(1 - rnd() * 0.97) * 1.2);
      const countries = PAIRS[Math.floor(rnd() * PAIRS.length)]!;
      for (let r = 0; r < reports && n < count; r++, n++) {
        const lang = LANGS[Math.floor(rnd() * LANGS.length)]!;
        const words = EVENT_WORDS[lang]!;
        const title = `${entityName(a, lang)} ${words[event % words.length]} ${entityName(b, lang)} ${amount}`.trim();
        const filler = Array.from({ length: 30 }, () => FILLER[lang]![Math.floor(rnd() * FILLER[lang]!.length)]).join(' ');
        const text = `${title}. ${entityName(c, lang)} ${words[(event + 1) % words.length]} ${entityName(a, lang)}: ${filler}.`;
        const when = at + Math.floor(rnd() * 30 * 3600_000);
        const link = `https://bench.example/${event}/${r}`;
        const id = Number(insert.run(link, link, link, title, text, lang, when, when, when, countries).lastInsertRowid);
        source.run(feedId, link, id, when);
      }
    }
  });
  fill();
}

export function benchGrouping(sizes: number[]): void {
  const perItem: number[] = [];
  for (const size of sizes) {
    const db = openDatabase(':memory:');
    generateEvents(db, size);
    const stories = createStoryStore(db);
    const t = performance.now();
    const grouped = stories.groupUngrouped();
    const ms = performance.now() - t;
    const storyCount = db.$client.prepare('select count(*) from stories').pluck().get() as number;
    perItem.push(ms / grouped);
    console.log(
      `grouping ${String(size).padStart(7)} stored items: ${(ms / 1000).toFixed(1)} s, ${((ms / grouped) * 1000).toFixed(0)} µs/item, ${storyCount} stories (${Math.round(size / PER_DAY)} days at ${PER_DAY} relevant items a day)`,
    );
    db.$client.close();
  }
  if (perItem.length > 1) {
    const growth = perItem[perItem.length - 1]! / perItem[0]!;
    console.log(`grouping cost per item, largest ÷ smallest size: ${growth.toFixed(2)} (1 = linear total; all-pairs would be ≈ ${(sizes[sizes.length - 1]! / sizes[0]!).toFixed(0)})`);
  }
}

if (process.argv[1]?.endsWith('grouping.js') || process.argv[1]?.endsWith('grouping.ts')) {
  const flag = process.argv.indexOf('--sizes');
  const sizes = flag > 0 ? process.argv[flag + 1]!.split(',').map(Number) : [10_000, 50_000, 100_000];
  benchGrouping(sizes);
}
