/**
 * Made-up words, different for every seed: test stories built from them never look like one
 * event to story grouping (no shared entities, no near-duplicate text), as real distinct stories.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'su', 'da', 'go', 'hi', 'ju', 'bo', 'fe', 'ly', 'qua', 'sto', 'wen'];

export function distinctText(seed: number, words = 30): string {
  let x = (seed * 2654435761 + 12345) >>> 0;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    const n = 2 + (next() % 2);
    let word = '';
    for (let k = 0; k < n; k++) word += SYLLABLES[next() % SYLLABLES.length];
    out.push(word);
  }
  return out.join(' ');
}
