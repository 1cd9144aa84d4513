/**
 * Names the tables do not know, as grouping keys (`l:scale`): a firm, a lab, a place or a person
 * written in Latin letters travels unchanged between languages ("Scale AI" in an English wire, a
 * Russian reaction and a Chinese notice), so a new event's parties match before anyone adds them
 * to entities-data.ts. Pure.
 *
 * Which words are names depends on the script around them:
 * - in Russian or Chinese copy, every Latin word of three or more letters is a name (or a code);
 * - in English or Indonesian copy, a capitalised word that does not open a sentence is, unless it
 *   is one of the capitalised common words below (days, months, titles, outlets, bureaucracy).
 * - in Russian copy, a capitalised Cyrillic word inside a sentence, the last of a run (the surname
 *   in "Кирилл Дмитриев"), transliterated, with its case ending off (Дмитриева → dmitriev).
 * A headline's first word is capitalised anyway, and English ones are often in Title Case, so a
 * headline word in Latin or Cyrillic letters is a name only when the lead also writes it as one.
 * Every name is keyed by a rough spelling (c/k, w/v, y/i, kh/h, doubled letters), so "Arctic",
 * "Arktik" and Арктика, or Dmitriev and Дмитриев, are one key.
 */

const LATIN_WORD = /(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])/g;
const LATIN_LETTER = /[A-Za-z]/g;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
const HAN_LETTER = /\p{Script=Han}/gu;

/** Capitalised words that are not the names of a party to an event. */
const NOT_NAMES = new Set(
  (
    // Days and months (en, id).
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus oktober desember ' +
    // Titles, offices and the words of institutions' names.
    'president prime minister ministry secretary chairman chairwoman chief executive officer director deputy general senior vice head spokesman spokeswoman spokesperson ' +
    'department agency bureau committee council commission office center centre foundation association academy institute university college school ' +
    'national state federal government administration house senate congress parliament court supreme justice foreign trade commerce defense defence security treasury ' +
    'presiden menteri kementerian perdagangan luar negeri dalam badan pusat nasional republik rakyat serikat kepala direktur utama wakil dewan komisi lembaga universitas institut pemerintah juru bicara ' +
    // Firms' legal forms and generic business words.
    'inc ltd llc corp corporation group holdings company technologies technology tech labs systems bank fund capital partners ventures tbk ' +
    // Outlets and wires quoted by every story.
    'reuters bloomberg xinhua tass interfax ria novosti caixin nikkei antara kompas tempo detik kontan cnbc cnn bbc wsj sputnik yonhap kyodo politico axios semafor ' +
    'news daily times post journal press wire herald tribune review weekly gazette global people ' +
    // Technology words written capitalised.
    // Regions and words English copy and Indonesian copy both capitalise.
    'asia europe africa america south north east west southeast world international ceo cto cfo ' +
    'gpu gpus cpu cpus npu llm llms api apis app apps cloud chip chips model models data open source internet web agi artificial intelligence machine learning ' +
    // Sentence words capitalised after quotes or in lists.
    'the this that these those there they their its his her our and but for with from into over under after before while when where which who what why how also not new more most ' +
    'dan yang untuk dengan dari pada dalam atau ini itu juga akan sudah telah'
  ).split(' '),
);

/**
 * Whether the text is mostly in Latin letters (English, Indonesian) rather than Cyrillic or Han (a
 * Han character counts as a word's worth of letters: 商务部将Corvex、Lumora列入清单 is Chinese).
 */
function isLatinText(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(LATIN_LETTER) > count(CYRILLIC_LETTER) + 4 * count(HAN_LETTER);
}

/** Whether a word at this offset opens a sentence (so its capital says nothing). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“”‘’«»()[\]—–-]/u.test(text[i]!)) i--;
  return i < 0 || /[.!?:;…]/u.test(text[i]!);
}

const CYRILLIC_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Script=Cyrillic}]{3,}(?![\p{L}\p{N}])/gu;
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
/** Russian case endings, longest first: Дмитриева, Арктике and Уиткоффом come back to their stems. */
const CASE_ENDING = /(?:ого|его|ому|ему|ыми|ими|ами|ями|ой|ей|ом|ем|ым|им|ах|ях|ую|ая|яя|а|я|у|ю|е|ы|и)$/u;
/** Capitalised Russian words inside a sentence that name no party (transliterated and spelled roughly). */
const NOT_CYRILLIC_NAMES = new Set([
  'prezident', 'premier', 'ministr', 'glava', 'gendirektor', 'ministerstv', 'sovet', 'bezopasnost', 'upravlen', 'komitet', 'departament', 'sluzhb',
  'agentstv', 'tsentr', 'institut', 'universitet', 'akademi', 'fond', 'gosudarstven', 'federaln', 'natsionaln', 'rosiisk', 'kitaisk', 'amerikansk',
  'gosduma', 'duma', 'pravitelstv', 'kabinet', 'palat', 'sud', 'minister', 'narodn', 'obedinen', 'mezhdunarodn', 'vsemirn',
]);

/**
 * A rough spelling shared by transliterations: Arctic = Arktik, Dmitriev = Dmitriyev, Kirill = Kiril;
 * a final vowel off, as a Russian case ending comes off (Nebenzia = Небензя, Pravda = «Правда»).
 */
export function nameSpelling(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/^(.{4,}?)[aeiou]+$/, '$1');
}

function transliterate(word: string): string {
  let stem = word.toLowerCase().replace(/ё/g, 'е');
  const ending = CASE_ENDING.exec(stem);
  if (ending && stem.length - ending[0].length >= 4) stem = stem.slice(0, ending.index);
  return [...stem].map((ch) => CYRILLIC_TO_LATIN[ch] ?? '').join('');
}

type Covered = (start: number, end: number) => boolean;

/** A first name before a known name ("Vladimir Putin") belongs to that entity (not a name before an event word: "Corvex подписали"). */
function beforeCovered(text: string, end: number, covered: Covered): boolean {
  return text[end] === ' ' && /\p{Lu}/u.test(text[end + 1] ?? '') && covered(end + 1, end + 2);
}

/**
 * Name words of one text, as rough spellings, outside the covered spans (entities, event words).
 * `script`: which words can be names (see the top of the file); `initial`: whether a word that
 * opens a sentence may count (in a headline, checked against the lead instead).
 */
function namesIn(text: string, covered: Covered, script: 'latin' | 'cyrillic' | 'han', initial: boolean): string[] {
  const out: string[] = [];
  if (script === 'cyrillic') {
    for (const m of text.matchAll(CYRILLIC_WORD)) {
      const end = m.index + m[0].length;
      if (covered(m.index, end) || beforeCovered(text, end, covered)) continue;
      if (!initial && opensSentence(text, m.index)) continue;
      // Only the last word of a run of capitalised words: the surname, not the first name.
      if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
      const spelled = nameSpelling(transliterate(m[0]));
      if (spelled.length >= 4 && !NOT_CYRILLIC_NAMES.has(spelled)) out.push(spelled);
    }
  }
  for (const m of text.matchAll(LATIN_WORD)) {
    const word = m[0];
    const folded = word.toLowerCase();
    const end = m.index + word.length;
    if (NOT_NAMES.has(folded) || covered(m.index, end) || beforeCovered(text, end, covered)) continue;
    if (script === 'latin' && (word[0] !== word[0]!.toUpperCase() || (!initial && opensSentence(text, m.index)))) continue;
    out.push(nameSpelling(folded));
  }
  return out;
}

function scriptOf(text: string): 'latin' | 'cyrillic' | 'han' {
  if (isLatinText(text)) return 'latin';
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(CYRILLIC_LETTER) >= count(HAN_LETTER) ? 'cyrillic' : 'han';
}

/**
 * The name keys of an item's headline and lead (`l:` + the rough spelling), and those the
 * headline carries. `coveredTitle` and `coveredLead` tell which spans the tables already read.
 */
export function nameKeys(title: string, lead: string, coveredTitle: Covered, coveredLead: Covered): { keys: string[]; titleKeys: string[] } {
  const leadNames = namesIn(lead, coveredLead, scriptOf(lead), false);
  const titleScript = scriptOf(title);
  let titleNames = namesIn(title, coveredTitle, titleScript, true);
  if (titleScript !== 'han') {
    // A capital in a headline says little: a headline word is a name when the lead writes it as one.
    // Not so a Latin word in a Cyrillic headline ("Роскосмос и NASA испытают ..."): it is written in
    // another script because it is a name, like any Latin word in Chinese copy.
    const inLead = new Set(leadNames);
    const foreign = titleScript === 'cyrillic' ? new Set(namesIn(title, coveredTitle, 'han', true)) : new Set<string>();
    titleNames = titleNames.filter((w) => inLead.has(w) || foreign.has(w));
  }
  const titleKeys = [...new Set(titleNames)].map((w) => `l:${w}`);
  return { keys: [...new Set([...titleKeys, ...leadNames.map((w) => `l:${w}`)])], titleKeys };
}
