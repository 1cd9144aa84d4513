import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import { clipCell, formatTable } from '../../src/cli/io.js';

/** Display columns at which each cell after the first starts, per line. */
function columnStarts(table: string): number[][] {
  return table.split('\n').map((line) => {
    const starts: number[] = [];
    const re = /\S+(?: \S+)*/g; // a cell: words separated by single spaces; columns are two apart
    for (let m = re.exec(line); m; m = re.exec(line)) starts.push(displayWidth(line.slice(0, m.index)));
    return starts;
  });
}

describe('CLI tables', () => {
  it('align columns with Chinese, Japanese, Korean names and emoji (display width, not string length)', () => {
    const table = formatTable(
      ['id', 'feed', 'status', 'items'],
      [
        [1, 'Reuters Technology', 'fetched', 12],
        [2, '新华网 科技', 'failed', 0],
        [3, '輝達ニュース한국', 'fetched', 3],
        [4, '🔴 Café e\u0301dition', 'not-modified', null],
      ],
    );
    const starts = columnStarts(table);
    for (const line of starts) expect(line).toEqual(starts[0]);
    expect(table.split('\n')[2]).toMatch(/^2 {3}新华网 科技 {9}failed/);
  });

  it('keeps a cell on one line and clips it by columns', () => {
    expect(formatTable(['a', 'b'], [['x', 'line one\nline two\tend']]).split('\n')).toHaveLength(2);
    expect(clipCell('中华人民共和国国家互联网信息办公室', 10)).toBe('中华人民…');
    expect(clipCell(null, 10)).toBe('');
  });
});
