import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodeIdList, encodeIdList, SQL_ID_LIST_LENGTH } from '../../src/core/id-list.js';

describe('compact id lists (the ledger\'s item ids)', () => {
  it('round-trips sorted, without duplicates, and is much shorter than JSON for close ids', () => {
    const ids = [131_766, 131_753, 131_754, 131_764, 131_754, 140_001];
    const text = encodeIdList(ids);
    expect(text).toBe(`${(131_753).toString(36)},1,a,2,${(140_001 - 131_766).toString(36)}`);
    expect(decodeIdList(text)).toEqual([131_753, 131_754, 131_764, 131_766, 140_001]);
    const many = Array.from({ length: 120 }, (_, i) => 400_000 + i * 37);
    expect(encodeIdList(many).length).toBeLessThan(JSON.stringify(many).length / 2);
    expect(decodeIdList(encodeIdList(many))).toEqual(many);
  });

  it('reads the JSON arrays of older ledger rows, and the empty list', () => {
    expect(decodeIdList('[3,1,2]')).toEqual([3, 1, 2]);
    expect(decodeIdList('[]')).toEqual([]);
    expect(decodeIdList('')).toEqual([]);
    expect(encodeIdList([])).toBe('');
  });

  it('gives nothing for damaged text instead of wrong ids', () => {
    expect(decodeIdList('[1,')).toEqual([]);
    expect(decodeIdList('a,-1')).toEqual([]);
    expect(decodeIdList('a,,b')).toEqual([]);
  });

  it('counts in SQL what it holds, either form', () => {
    const db = new Database(':memory:');
    db.exec('create table t (ids text not null)');
    const texts = ['', '[]', '[1,2,3]', encodeIdList([5]), encodeIdList([5, 9, 400])];
    for (const text of texts) db.prepare('insert into t values (?)').run(text);
    const counts = db.prepare(`select ${SQL_ID_LIST_LENGTH('ids')} from t order by rowid`).pluck().all();
    expect(counts).toEqual(texts.map((text) => decodeIdList(text).length));
    db.close();
  });
});
