/**
 * Generated stored items for benchmarks and query-plan tests: realistic multilingual titles and
 * texts (en, id, ru, zh), ~10 % relevant, spread over time, written straight through prepared
 * statements in large transactions (a million rows in well under a minute).
 */
import type { Db } from '../../src/db/client.js';

const TITLES: Record<string, string[]> = {
  en: [
    'US tightens export controls on advanced AI chips to China',
    'Russia and China sign agreement on joint artificial intelligence research',
    'Washington weighs new limits on Chinese AI labs as rivalry deepens',
    'Startup raises funding for enterprise chatbot platform',
    'Central bank holds rates steady amid inflation worries',
    'Local team wins regional football championship',
    'Beijing unveils plan to lead global AI governance talks',
    'Moscow courts Chinese chipmakers after Western sanctions',
  ],
  id: [
    'AS memperketat kontrol ekspor cip AI canggih ke Tiongkok',
    'Rusia dan Tiongkok sepakati kerja sama riset kecerdasan buatan',
    'Harga beras naik menjelang akhir tahun',
    'Pemerintah umumkan program beasiswa baru untuk mahasiswa',
    'Persaingan AS dan Tiongkok di bidang kecerdasan buatan memanas',
  ],
  ru: [
    'США ужесточают экспортный контроль на чипы для ИИ в Китай',
    'Россия и Китай договорились о сотрудничестве в области искусственного интеллекта',
    'Центробанк сохранил ключевую ставку',
    'В Москве открылась выставка современного искусства',
    'Конкуренция США и Китая в сфере ИИ обостряется',
  ],
  zh: [
    '美国收紧对华先进人工智能芯片出口管制',
    '中俄签署人工智能联合研究合作协议',
    '央行维持利率不变',
    '本地球队夺得地区足球冠军',
    '中美人工智能竞争加剧 专家呼吁对话',
  ],
};
/**
 * Events of their own, one a day for `freshEvent`: each names two firms the repeated headlines
 * never do, so it cannot join their stories, and a week apart, beyond any story's 72-hour span.
 */
const FRESH_EVENTS = [
  'Huawei and Sberbank open a joint AI lab in Shenzhen',
  'Nvidia and Microsoft halt AI cloud sales to Chinese labs',
  'Baidu and Yandex agree to share speech recognition models',
  'SMIC and Micron trade accusations over memory chip patents',
  'Alibaba and Kaspersky sign an AI security research pact',
  'OpenAI and Google testify on Chinese model distillation',
  'Tencent and MTS launch a cross-border AI payments service',
];
const FILLER: Record<string, string> = {
  en: 'Officials said the measures would take effect next month, while industry groups warned of disruption to supply chains and research partnerships across the region. ',
  id: 'Pejabat mengatakan langkah tersebut akan berlaku bulan depan, sementara kelompok industri memperingatkan gangguan rantai pasok dan kemitraan riset. ',
  ru: 'Чиновники заявили, что меры вступят в силу в следующем месяце, а отраслевые группы предупредили о сбоях в цепочках поставок и научном сотрудничестве. ',
  zh: '官员表示，这些措施将于下月生效，行业团体警告称，这可能扰乱供应链和地区研究合作。',
};
const LANGS = ['en', 'en', 'en', 'id', 'ru', 'zh'] as const;
const PAIRS = ['CN,US', 'CN,RU', 'RU,US', 'CN,RU,US'];
const STANCES = ['cooperation', 'competition', 'mixed'];

/** A small deterministic PRNG, so generated databases are the same run to run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** How many items to add. */
  count: number;
  /** Items are spread evenly (first seen) over [start, end). */
  start: Date;
  end: Date;
  /** Share of relevant items (default 0.1). */
  relevantShare?: number;
  /** Feeds to spread the items over (created when missing, default 50). */
  feeds?: number;
  /**
   * Distinguishes keys between calls on the same database; it also ends each title. Letters then
   * digits (`d16-`) read as a product code that every item of the call shares, which groups them
   * all into a few stories: use digits (`16-`) where items are grouped.
   */
  keyPrefix?: string;
  seed?: number;
  /** Rows per transaction (default 20,000). */
  batch?: number;
  /**
   * Make this share of the relevant items (default none) report the day's own event (index into a
   * weekly cycle, e.g. the day number): a day of repeated headlines otherwise only grows the stories
   * of the days before, and a briefing pass has nothing new to send.
   */
  freshEvent?: { index: number; share: number };
  /** Give each relevant item a story of its own (fast; real grouping is the stories engineer's refresh path). */
  singletonStories?: boolean;
}

/** Insert generated items (and their sources) the way the store would; returns the number inserted. */
export function generateItems(db: Db, options: GenerateOptions): number {
  const sqlite = db.$client;
  const rnd = random(options.seed ?? 42);
  const feedCount = options.feeds ?? 50;
  const existing = sqlite.prepare('select id from feeds order by id').pluck().all() as number[];
  const addFeed = sqlite.prepare("insert into feeds (url, name, language, added_by, created_at) values (?, ?, ?, 'bench', ?)");
  for (let i = existing.length; i < feedCount; i++) existing.push(Number(addFeed.run(`https://news${i}.example/feed.xml`, `News ${i}`, LANGS[i % LANGS.length], options.start.getTime()).lastInsertRowid));
  const insertItem = sqlite.prepare(
    `insert into items (dedupe_key, url, link, title, text, summary, lang, source, published_at, first_seen_at, sort_at, relevant, score, countries, stance, topics, evidence, backfill)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const insertSource = sqlite.prepare('insert into item_sources (feed_id, item_key, item_id, seen_at) values (?, ?, ?, ?)');
  const insertStory = options.singletonStories
    ? sqlite.prepare("insert into stories (first_at, last_at, first_seen_at, last_seen_at, item_count, stance, countries, topics, score) values (?, ?, ?, ?, 1, ?, ?, '[]', ?)")
    : null;
  const joinStory = options.singletonStories ? sqlite.prepare('update items set story_id = ? where id = ?') : null;
  const span = options.end.getTime() - options.start.getTime();
  const share = options.relevantShare ?? 0.1;
  const prefix = options.keyPrefix ?? 'g';
  const batch = options.batch ?? 20_000;
  const emptyEvidence = '{"ai":[],"countries":{},"cooperation":[],"competition":[],"fuzzy":[],"ignored":[],"rules":[]}';
  const insertRange = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const drawn = LANGS[Math.floor(rnd() * LANGS.length)]!;
      const titles = TITLES[drawn]!;
      const relevant = rnd() < share;
      const fresh = relevant && options.freshEvent !== undefined && rnd() < options.freshEvent.share;
      const lang = fresh ? 'en' : drawn;
      const headline = fresh ? FRESH_EVENTS[options.freshEvent!.index % FRESH_EVENTS.length]! : titles[Math.floor(rnd() * titles.length)]!;
      const title = `${headline} (${prefix}${i})`;
      const text = title + '. ' + FILLER[lang]!.repeat(2 + Math.floor(rnd() * 4));
      const firstSeen = options.start.getTime() + Math.floor((span * i) / options.count);
      const published = firstSeen - Math.floor(rnd() * 6 * 3600_000);
      const url = `https://news.example/${prefix}/${i}`;
      const feedId = existing[i % existing.length]!;
      const id = Number(
        insertItem.run(
          `${prefix}:${i}`, url, url, title, text, text.slice(0, 280), lang, `News ${feedId}`, published, firstSeen, published,
          relevant ? 1 : 0, relevant ? 0.5 + rnd() / 2 : rnd() / 4, relevant ? PAIRS[Math.floor(rnd() * PAIRS.length)]! : '',
          relevant ? STANCES[Math.floor(rnd() * STANCES.length)]! : null, relevant ? '["chips-export-controls"]' : '[]', emptyEvidence,
        ).lastInsertRowid,
      );
      insertSource.run(feedId, url, id, firstSeen);
      if (relevant && insertStory && joinStory) {
        const story = Number(insertStory.run(published, published, firstSeen, firstSeen, 'competition', 'CN,US', 0.7).lastInsertRowid);
        joinStory.run(story, id);
      }
    }
  });
  for (let from = 0; from < options.count; from += batch) insertRange(from, Math.min(options.count, from + batch));
  return options.count;
}
