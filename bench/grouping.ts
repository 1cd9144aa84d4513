/**
 * Grouping cost per item, and how it grows with the number of stored items: relevant items from
 * generated events (several reports each, in en/id/ru/zh, named with the shared entity table) at a
 * steady rate a day. For each size N, N items are stored already grouped (each in its event's
 * story, with its keys in story_keys, as the incremental grouping leaves them), then the next
 * NEW_ITEMS items are grouped as a refresh would, and timed: the cost of one new item with N stored.
 * With candidate lookup by indexed keys that cost stays flat (no comparison with every story). Also
 * printed: story_keys' size on disk per 100,000 items (SQLite's dbstat), and the grouping from
 * scratch of the smallest size (the start-up backfill).
 * The database is a file under the system's temporary directory, deleted at the end.
 * Run alone (`node dist/bench/grouping.js [--sizes 10000,100000,1000000]`) or from `npm run bench`.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entityKeys, entityName } from '../src/core/entities.js';
import { openDatabase } from '../src/db/client.js';
import { createStoryStore, keyHash } from '../src/db/story-store.js';
import { indexKeys } from '../src/core/stories/group.js';
import { storyFeatures } from '../src/core/stories/index.js';
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

/** Items grouped and timed after the stored ones, at every size. */
const NEW_ITEMS = 5_000;

/**
 * Group the first `stored` ungrouped items as their events (one story per event), fast and without
 * matching: what the incremental grouping would leave, keys indexed the same way.
 */
function prefill(db: ReturnType<typeof openDatabase>, stored: number): void {
  const sqlite = db.$client;
  const rows = sqlite.prepare('select id, title, text, lang, sort_at, link from items order by sort_at, id limit ?').all(stored) as Array<{ id: number; title: string; text: string; lang: string; sort_at: number; link: string }>;
  const insertStory = sqlite.prepare(`insert into stories (first_at, last_at, first_seen_at, last_seen_at, item_count, stance, countries, topics, key_terms, score) values (?, ?, ?, ?, 1, 'competition', 'CN,US', '[]', '[]', 0.8)`);
  const growStory = sqlite.prepare('update stories set last_at = max(last_at, ?), last_seen_at = max(last_seen_at, ?), item_count = item_count + 1 where id = ?');
  const setStory = sqlite.prepare('update items set story_id = ?, story_features = ? where id = ?');
  const insertKey = sqlite.prepare('insert or ignore into story_keys (key, at, item_id, weight) values (?, ?, ?, ?)');
  const storyOfEvent = new Map<string, number>();
  sqlite.transaction(() => {
    for (const r of rows) {
      const event = r.link.split('/')[3]!;
      let story = storyOfEvent.get(event);
      if (story === undefined) {
        story = Number(insertStory.run(r.sort_at, r.sort_at, r.sort_at, r.sort_at).lastInsertRowid);
        storyOfEvent.set(event, story);
      } else growStory.run(r.sort_at, r.sort_at, story);
      const features = storyFeatures({ title: r.title, text: r.text });
      setStory.run(story, JSON.stringify(features), r.id);
      for (const k of indexKeys(features, r.lang)) insertKey.run(keyHash(k.key), r.sort_at, r.id, k.weight);
    }
    sqlite.prepare("insert into meta (key, value) values ('story_keys_indexed', '1') on conflict (key) do update set value = excluded.value").run();
  })();
}

/** story_keys' table and index pages, in bytes (dbstat). */
function storyKeysBytes(db: ReturnType<typeof openDatabase>): number | null {
  try {
    return db.$client.prepare("select sum(pgsize) from dbstat where name in ('story_keys', 'story_keys_item')").pluck().get() as number;
  } catch {
    return null;
  }
}

function openBenchDb(size: number): { db: ReturnType<typeof openDatabase>; file: string } {
  const file = path.join(tmpdir(), `troika-bench-grouping-${process.pid}-${size}.db`);
  const db = openDatabase(file);
  // Search indexing is not what is measured here; without it a million items are generated faster.
  db.$client.exec('drop trigger if exists items_fts_insert');
  return { db, file };
}

function removeDb(db: ReturnType<typeof openDatabase>, file: string): void {
  db.$client.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

export function benchGrouping(sizes: number[]): void {
  const perItem: number[] = [];
  for (const size of sizes) {
    const { db, file } = openBenchDb(size);
    generateEvents(db, size + NEW_ITEMS);
    prefill(db, size);
    const stories = createStoryStore(db);
    const t = performance.now();
    const grouped = stories.groupUngrouped();
    const ms = performance.now() - t;
    perItem.push(ms / grouped);
    const keyRows = db.$client.prepare('select count(*) from story_keys').pluck().get() as number;
    const bytes = storyKeysBytes(db);
    const per100k = bytes === null ? 'dbstat unavailable' : `${((bytes / (size + grouped)) * 100_000 / 1024 / 1024).toFixed(1)} MiB per 100,000 items`;
    console.log(
      `grouping with ${String(size).padStart(9)} stored items: ${((ms / grouped) * 1000).toFixed(0)} µs per new item (${grouped} new items, ${(ms / 1000).toFixed(1)} s); story_keys ${keyRows} rows, ${per100k}`,
    );
    removeDb(db, file);
  }
  if (perItem.length > 1) {
    const growth = perItem[perItem.length - 1]! / perItem[0]!;
    console.log(`grouping cost per new item, largest ÷ smallest size: ${growth.toFixed(2)} (1 = flat; comparing with every story would be ≈ ${(sizes[sizes.length - 1]! / sizes[0]!).toFixed(0)})`);
  }
  // The start-up backfill: every item of the smallest size grouped from scratch.
  const smallest = Math.min(...sizes);
  const { db, file } = openBenchDb(smallest);
  generateEvents(db, smallest);
  const t = performance.now();
  const grouped = createStoryStore(db).groupUngrouped();
  const ms = performance.now() - t;
  const storyCount = db.$client.prepare('select count(*) from stories').pluck().get() as number;
  console.log(`grouping ${smallest} stored items from scratch (start-up backfill): ${(ms / 1000).toFixed(1)} s, ${((ms / grouped) * 1000).toFixed(0)} µs/item, ${storyCount} stories`);
  removeDb(db, file);
}

if (process.argv[1]?.endsWith('grouping.js') || process.argv[1]?.endsWith('grouping.ts')) {
  const flag = process.argv.indexOf('--sizes');
  const sizes = flag > 0 ? process.argv[flag + 1]!.split(',').map(Number) : [10_000, 100_000];
  benchGrouping(sizes);
}
