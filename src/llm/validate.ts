import type { ReaderLocale } from '../services/translator.js';

/**
 * Is an LLM's answer a plausible translation? Empty, far too long, HTML or markup, or in the wrong
 * script is nonsense: the reader then gets the original and the gist instead.
 */
export function checkTranslation(source: string, output: string, to: ReaderLocale): string | null {
  const text = output.trim();
  if (text === '' && source.trim() !== '') return 'empty';
  if (text.length > source.length * 4 + 200) return 'too long';
  if (/<\/?[a-z][^>]*>|&lt;|&#\d+;|```/i.test(text)) return 'markup';
  // English and Indonesian share a script: a "translation" that is the source again is caught here.
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (words(source).split(' ').length >= 4 && words(text) === words(source)) return 'untranslated';
  const letters = [...text.matchAll(/\p{L}/gu)].length;
  if (letters < 3) return null;
  const count = (re: RegExp) => [...text.matchAll(re)].length;
  const share = {
    ru: count(/\p{Script=Cyrillic}/gu) / letters,
    zh: count(/\p{Script=Han}/gu) / letters,
    en: count(/\p{Script=Latin}/gu) / letters,
    id: count(/\p{Script=Latin}/gu) / letters,
  }[to];
  // Names stay in their own script (Huawei in a Russian headline), so only most of it must match.
  const needed = to === 'zh' ? 0.3 : 0.5;
  return share >= needed ? null : 'wrong language';
}
