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
 * Headlines in Latin script are often in Title Case, so a headline word is a name only when the
 * lead also writes it as one.
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

/** Name words of one text, lower-cased, outside the given covered spans (entities, codes). */
function namesIn(text: string, covered: (start: number, end: number) => boolean, latin: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    const word = m[0];
    const folded = word.toLowerCase();
    if (NOT_NAMES.has(folded) || covered(m.index, m.index + word.length)) continue;
    // A first name before a known name ("Vladimir Putin") belongs to that entity.
    const next = m.index + word.length + 1;
    if (text[next - 1] === ' ' && covered(next, next + 1)) continue;
    if (latin && (word[0] !== word[0]!.toUpperCase() || opensSentence(text, m.index))) continue;
    out.push(folded);
  }
  return out;
}

/**
 * The name keys of an item's headline and lead (`l:` + the word), and those the headline carries.
 * `coveredTitle` and `coveredLead` tell which spans the entity table and the codes already read.
 */
export function nameKeys(
  title: string,
  lead: string,
  coveredTitle: (start: number, end: number) => boolean,
  coveredLead: (start: number, end: number) => boolean,
): { keys: string[]; titleKeys: string[] } {
  const leadNames = namesIn(lead, coveredLead, isLatinText(lead));
  let titleNames: string[];
  if (isLatinText(title)) {
    // Title Case: a headline word is a name when the lead writes it as one.
    const inLead = new Set(leadNames);
    titleNames = namesIn(title, coveredTitle, false).filter((w) => inLead.has(w));
  } else {
    titleNames = namesIn(title, coveredTitle, false);
  }
  const titleKeys = [...new Set(titleNames)].map((w) => `l:${w}`);
  return { keys: [...new Set([...titleKeys, ...leadNames.map((w) => `l:${w}`)])], titleKeys };
}
