/**
 * A compact text form for a list of ids, as the delivery ledger keeps the items of each briefing:
 * sorted, each id as its difference from the previous one, in base 36, comma-separated
 * ("2s9t,1,a,2" for 131,753 131,754 131,764 131,766). About a third of a JSON array's size for the
 * ids of one briefing, which close together; ledger rows written before it hold JSON arrays, and
 * both read back the same.
 */
export function encodeIdList(ids: Iterable<number>): string {
  const sorted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id >= 0).sort((a, b) => a - b);
  let previous = 0;
  return sorted
    .map((id) => {
      const delta = id - previous;
      previous = id;
      return delta.toString(36);
    })
    .join(',');
}

/** The ids of an encoded list, or of a JSON array of numbers (older rows); anything else gives none. */
export function decodeIdList(text: string): number[] {
  if (text === '') return [];
  if (text.startsWith('[')) {
    try {
      const value = JSON.parse(text) as unknown;
      return Array.isArray(value) ? value.filter((id): id is number => Number.isSafeInteger(id)) : [];
    } catch {
      return [];
    }
  }
  const ids: number[] = [];
  let previous = 0;
  for (const part of text.split(',')) {
    const delta = parseInt(part, 36);
    if (!Number.isSafeInteger(delta) || delta < 0) return [];
    previous += delta;
    ids.push(previous);
  }
  return ids;
}

/** How many ids an encoded list (or JSON array) holds, in SQL: for counts over many ledger rows. */
export const SQL_ID_LIST_LENGTH = (column: string) =>
  `(case when ${column} = '' then 0 when ${column} like '[%' then json_array_length(${column}) else length(${column}) - length(replace(${column}, ',', '')) + 1 end)`;
