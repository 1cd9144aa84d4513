import { describe, expect, it } from 'vitest';
import { compileTerms, type TermHit, type TermRow } from '../../src/core/term-matcher.js';

/** The Han matching as it was first written: each form searched for on its own, longest forms first. */
function referenceHanHits(rows: readonly TermRow[], text: string): TermHit[] {
  const han = rows.flatMap((r) => r.forms.map((form) => ({ key: r.key, form }))).sort((a, b) => b.form.length - a.form.length);
  const hits: TermHit[] = [];
  for (const { key, form } of han) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) hits.push({ key, surface: form, start: at, end: at + form.length });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: TermHit[] = [];
  for (const h of hits) {
    if (accepted.some((a) => a.start <= h.start && h.end <= a.end && !(a.start === h.start && a.end === h.end && a.key !== h.key))) continue;
    accepted.push(h);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

describe('term matcher', () => {
  it('finds Han forms in one pass exactly as searching each form did: overlaps, repeats, one form under two keys', () => {
    const rows: TermRow[] = [
      { key: 'cn', forms: ['中国', '中', '中中'] },
      { key: 'us', forms: ['美国', '美'] },
      { key: 'trade', forms: ['中美', '美中贸易', '贸易'] },
      { key: 'also-cn', forms: ['中国'] },
      { key: 'chip', forms: ['芯片', 'H20芯片'] },
    ];
    const matcher = compileTerms(rows);
    const alphabet = ['中', '国', '美', '贸', '易', '芯', '片', 'H20', ' ', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + (next() % 14) }, () => alphabet[next() % alphabet.length]).join('');
      // Latin words are matched apart from Han; the H20 row's Han form is what this compares.
      expect(matcher.match(text).filter((h) => /\p{Script=Han}/u.test(h.surface)), text).toEqual(referenceHanHits(rows, text));
    }
    expect(matcher.match('中中中').map((h) => [h.key, h.start])).toEqual([['cn', 0], ['cn', 2]]);
  });

  it('gives the same hits when two tables read the same text one after the other', () => {
    const a = compileTerms([{ key: 'nvidia', forms: ['Nvidia', 'H20'] }]);
    const b = compileTerms([{ key: 'export', forms: ['export control*'] }]);
    const text = 'Nvidia H20 export controls tightened';
    const first = [a.match(text), b.match(text)];
    expect(first[0]!.map((h) => h.key)).toEqual(['nvidia', 'nvidia']);
    expect(first[1]!.map((h) => h.surface)).toEqual(['export controls']);
    expect([a.match(text), b.match(text), a.match('other words'), a.match(text)]).toEqual([...first, [], first[0]]);
  });
});
