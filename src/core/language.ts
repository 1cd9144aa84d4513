import type { Lang } from './types.js';

const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'that', 'with', 'on', 'as', 'was', 'by', 'its', 'from', 'are', 'has', 'have', 'will', 'this', 'said', 'it', 'at', 'be', 'an', 'which', 'over', 'new']);
const ID_WORDS = new Set(['yang', 'dan', 'di', 'ini', 'untuk', 'dengan', 'dari', 'itu', 'tidak', 'akan', 'pada', 'dalam', 'juga', 'ke', 'oleh', 'adalah', 'karena', 'bisa', 'lebih', 'sebagai', 'telah', 'sudah', 'atau', 'kata', 'mereka', 'saat', 'para', 'secara', 'menjadi', 'bahwa', 'antara']);

/**
 * Language of a text from its script (Han → zh, Cyrillic → ru) and, for Latin text, from function
 * words (English vs Indonesian). The feed's declared language breaks ties.
 */
export function detectLanguage(text: string, declared?: string | null): Lang {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const hint = declaredLang(declared);
  // Han characters carry about a word each, letters a fraction of one: weigh accordingly.
  if (han * 3 > latin && han >= cyrillic) return han > 0 ? 'zh' : hint ?? 'other';
  // Latin letters come from names, URLs and markup even in Russian text: Cyrillic needs fewer.
  if (cyrillic > latin * 0.6) return 'ru';
  if (latin === 0) return hint ?? 'other';
  let en = 0;
  let id = 0;
  for (const word of sample.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (EN_WORDS.has(word)) en++;
    if (ID_WORDS.has(word)) id++;
  }
  if (en === 0 && id === 0) return hint === 'id' || hint === 'en' ? hint : 'en';
  if (en === id) return hint === 'id' ? 'id' : 'en';
  return id > en ? 'id' : 'en';
}

function declaredLang(declared?: string | null): Lang | null {
  const code = declared?.trim().toLowerCase().slice(0, 2);
  if (code === 'en' || code === 'ru' || code === 'zh') return code;
  if (code === 'id' || code === 'in') return 'id';
  return null;
}
