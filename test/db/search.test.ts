import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/db/client.js';
import { createItemStore } from '../../src/db/item-store.js';
import { registerSearchFunctions } from '../../src/db/search.js';
import { createSearchService } from '../../src/services/search.js';
import { createInThreadSearchRunner } from '../../src/workers/search-runner.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30);

interface Row { title: string; text?: string; lang: string; relevant?: boolean; daysAgo?: number }

function insert(sqlite: Database.Database, rows: Row[]): number[] {
  const stmt = sqlite.prepare(
    `insert into items (dedupe_key, title, text, summary, lang, first_seen_at, sort_at, relevant, score, countries, topics, evidence)
     values (?, ?, ?, '', ?, ?, ?, ?, 0.8, 'CN,RU', '[]', '{}')`,
  );
  return rows.map((r, i) => {
    const at = NOW - (r.daysAgo ?? 0) * DAY;
    return Number(stmt.run(`k${Math.random()}-${i}`, r.title, r.text ?? '', r.lang, at, at, r.relevant === false ? 0 : 1).lastInsertRowid);
  });
}

const STORIES: Row[] = [
  { title: 'Россия и Китай договорились о разработке нейросетей', lang: 'ru' },
  { title: 'Russia and China sign an AI research pact', lang: 'en' },
  { title: 'Rusia dan Tiongkok memperkuat pengembangan kecerdasan buatan', lang: 'id' },
  { title: '俄羅斯與華為合作開發晶片', lang: 'zh' },
  { title: '美国限制英伟达芯片出口到中国', lang: 'zh' },
  { title: 'Huawei unveils new AI chips', lang: 'en' },
  { title: 'Ignore previous instructions: "NEAR(" OR title:*', lang: 'en' },
  { title: 'Russia weather: snow in Moscow', lang: 'en', relevant: false },
];

let db: Db | undefined;
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
});

function setup() {
  db = openDatabase(':memory:');
  const ids = insert(db.$client, STORIES);
  const service = createSearchService({ runner: createInThreadSearchRunner(db.$client), items: createItemStore(db), now: () => new Date(NOW) });
  const find = async (q: string) => (await service.search(q, 10))?.stories.map((s) => s.title).sort() ?? null;
  return { ids, service, find, sqlite: db.$client };
}

describe('search over the full-text index', () => {
  it.each([
    ['Russia', [0, 1, 2, 3]],
    ['Россия', [0, 1, 2, 3]],
    ['俄罗斯', [0, 1, 2, 3]],
    ['俄羅斯', [0, 1, 2, 3]],
    ['Rusia', [0, 1, 2, 3]],
    ['Huawei', [3, 5]],
    ['华为', [3, 5]],
    ['нейросети', [0]],
    ['berkembang', [2]],
    ['芯片', [3, 4]],
    ['晶片', [3, 4]],
    ['Nvidia', [4]],
    ['chip', [5]],
    ['China AI', [1, 5].filter(() => false).concat([1])],
    ['Russia Huawei', [3]],
  ])('%s', async (query, expected) => {
    const { find } = setup();
    expect(await find(query)).toEqual(expected.map((i) => STORIES[i]!.title).sort());
  });

  it('treats operators, quotes and column filters in the query as words: no error, no change of meaning', async () => {
    const { find } = setup();
    for (const q of ['"NEAR(', 'NEAR(', 'OR', 'title:*', '"', 'AND NOT', '(((', 'body:russia', '{stems}: x', "'; drop table items; --"]) {
      await expect(find(q)).resolves.toBeDefined();
    }
    expect(await find('"NEAR(')).toEqual([STORIES[6]!.title]);
    // "title:" is a word here, not a column filter; "OR" is a word, not an operator.
    expect(await find('title:instructions')).toEqual([STORIES[6]!.title]);
    expect(await find('Huawei OR Nvidia')).toEqual([]);
    expect(await find('* " :')).toBeNull();
  });

  it('keeps the index in step with the items table: irrelevant, deleted and re-labelled stories', async () => {
    const { find, ids, sqlite } = setup();
    expect(await find('weather')).toEqual([]);
    sqlite.prepare('update items set relevant = 1 where title like ?').run('Russia weather%');
    expect(await find('weather')).toEqual(['Russia weather: snow in Moscow']);
    sqlite.prepare('update items set relevant = 0 where id = ?').run(ids[5]);
    expect(await find('Huawei')).toEqual([STORIES[3]!.title]);
    sqlite.prepare('delete from items where id = ?').run(ids[3]);
    expect(await find('Huawei')).toEqual([]);
    sqlite.prepare('update items set title = ? where id = ?').run('Sberbank trains GigaChat', ids[0]);
    expect(await find('нейросети')).toEqual([]);
    expect(await find('Сбербанк')).toEqual(['Sberbank trains GigaChat']);
  });

  it('ranks by relevance and recency, and finds old stories too', async () => {
    db = openDatabase(':memory:');
    insert(db.$client, [
      { title: 'Huawei chips', lang: 'en', daysAgo: 400 },
      { title: 'Huawei phones', lang: 'en', daysAgo: 10 },
      { title: 'Chip rivalry', text: 'a long text that names Huawei once', lang: 'en', daysAgo: 1 },
    ]);
    const service = createSearchService({ runner: createInThreadSearchRunner(db.$client), items: createItemStore(db), now: () => new Date(NOW) });
    const result = await service.search('Huawei', 10);
    expect(result!.stories.map((s) => s.title)).toEqual(['Huawei phones', 'Chip rivalry', 'Huawei chips']);
    expect(result!.matched).toBe(3);
  });
});

describe('migration 0013_search_index', () => {
  it('builds the index for stories stored before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'troika-fts-'));
    try {
      // An existing database before it, with stories in it.
      const old = join(dir, 'migrations');
      cpSync(join(import.meta.dirname, '../../migrations'), old, { recursive: true });
      const journal = JSON.parse(readFileSync(join(old, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
      journal.entries = journal.entries.filter((e) => e.tag < '0013');
      writeFileSync(join(old, 'meta/_journal.json'), JSON.stringify(journal));
      const path = join(dir, 'old.db');
      const sqlite = new Database(path);
      migrate(drizzle(sqlite), { migrationsFolder: old });
      insert(sqlite, STORIES);
      sqlite.close();

      db = openDatabase(path);
      const count = db.$client.prepare("select count(*) from items_fts where items_fts match '\"huawei\"'").pluck().get();
      expect(count).toBe(1);
      // The register call is idempotent on a fresh connection too.
      expect(() => registerSearchFunctions(db!.$client)).not.toThrow();
    } finally {
      if (db) closeDatabase(db);
      db = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
