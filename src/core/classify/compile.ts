/** Builds the matchers from all lexicons once, at module load. */
import type { Country } from '../types.js';
import type { LexiconData } from './lexicon/types.js';
import type { Effect, Matcher } from './matcher.js';
import { compileMatcher } from './matcher.js';
import { chineseScriptOf, createRegionalVocabulary, createSimplifier } from './han-script.js';
import { EN } from './lexicon/en.js';
import { ID } from './lexicon/id.js';
import { RU } from './lexicon/ru.js';
import { ZH } from './lexicon/zh.js';

export const LEXICONS: readonly LexiconData[] = [EN, ID, RU, ZH];

type Item = { pattern: string; effect: Effect; lang: string; fuzzy?: boolean };

function itemsOf(lex: LexiconData): Item[] {
  const out: Item[] = [];
  const push = (patterns: readonly string[], effect: Effect, fuzzy = false): void => {
    for (const pattern of patterns) {
      const e: Effect = pattern === '=AI' ? { ...effect, abbr: true } : effect;
      out.push({ pattern, effect: e, lang: lex.lang, fuzzy });
    }
  };
  push(lex.ai.strong, { cat: 'ai' });
  push(lex.ai.weak, { cat: 'aiWeak' });
  push(lex.ai.hardware ?? [], { cat: 'aiWeak', hardware: true });
  push(lex.ai.chips ?? [], { cat: 'ai', hardware: true });
  for (const c of Object.keys(lex.countries) as Country[]) {
    const def = lex.countries[c];
    push(def.names, { cat: 'country', countries: [c] }, true);
    push(def.entities ?? [], { cat: 'country', countries: [c], entity: true }, true);
    push(def.aiEntities ?? [], { cat: 'country', countries: [c], entity: true }, true);
    push(def.aiEntities ?? [], { cat: 'ai' }, true);
    push(def.products ?? [], { cat: 'country', countries: [c], entity: true, product: true });
    push(def.products ?? [], { cat: 'ai' });
    push(def.domestic ?? [], { cat: 'country', countries: [c], domestic: true });
    push(def.blocs ?? [], { cat: 'country', countries: [c], domestic: true });
  }
  for (const [pattern, cs] of lex.pairs ?? []) out.push({ pattern, effect: { cat: 'country', countries: [...cs].sort() }, lang: lex.lang });
  push(lex.cooperation, { cat: 'coop' });
  push(lex.trade ?? [], { cat: 'trade' });
  push(lex.competition, { cat: 'comp' });
  push(lex.exportControls ?? [], { cat: 'comp', control: true });
  push(lex.licensing ?? [], { cat: 'coop', licence: true });
  // A refusal or a ban is itself a competitive act, besides turning the trade next to it.
  push(lex.refusals ?? [], { cat: 'refusal' });
  push(lex.refusals ?? [], { cat: 'comp' });
  push(lex.blocks ?? [], { cat: 'block' });
  push(lex.lifts ?? [], { cat: 'lift' });
  push(lex.illicit ?? [], { cat: 'illicit' });
  push(lex.blocks ?? [], { cat: 'comp' });
  push(lex.background ?? [], { cat: 'background' });
  push(lex.earlier ?? [], { cat: 'earlier' });
  push(lex.formerly ?? [], { cat: 'formerly' });
  push(lex.exemptions ?? [], { cat: 'formerly' });
  push(lex.hosting ?? [], { cat: 'hosting' });
  push(lex.discussions ?? [], { cat: 'discussion' });
  push(lex.stalemates ?? [], { cat: 'stalemate' });
  push(lex.hosting ?? [], { cat: 'trade' });
  push(lex.asides, { cat: 'aside' });
  push(lex.rivalryFrames ?? [], { cat: 'frame' });
  push(lex.conjunctions ?? [], { cat: 'conj' });
  push(lex.anaphors ?? [], { cat: 'anaphor' });
  push(lex.researchSettings ?? [], { cat: 'setting' });
  push(lex.instruments ?? [], { cat: 'instrument' });
  push(lex.ignore, { cat: 'ignore' });
  push(lex.aiAbbrevGuards, { cat: 'guard' });
  return out;
}

function topicItems(lex: LexiconData): Item[] {
  const out: Item[] = [];
  for (const [topic, patterns] of Object.entries(lex.topics)) {
    for (const pattern of patterns ?? []) out.push({ pattern, effect: { cat: 'topic', topic: topic as Effect['topic'] }, lang: lex.lang });
  }
  return out;
}


const HAN_CHAR = /\p{Script=Han}/u;

/** Every Han character the lexicons use: these stay as written when traditional text is simplified. */
function hanCharsOf(lexicons: readonly LexiconData[]): Set<string> {
  const out = new Set<string>();
  const add = (x: unknown): void => {
    if (typeof x === 'string') {
      for (const c of x) if (HAN_CHAR.test(c)) out.add(c);
    } else if (Array.isArray(x)) x.forEach(add);
    else if (x && typeof x === 'object') Object.values(x).forEach(add);
  };
  lexicons.forEach(add);
  return out;
}

/** Traditional → simplified characters, built once. */
const SIMPLIFY_CHARS: (run: string) => string = createSimplifier(hanCharsOf(LEXICONS));
/** Taiwan and Hong Kong words → mainland words (神经网路→神经网络), on simplified characters. */
const MAINLAND_WORDS = createRegionalVocabulary(SIMPLIFY_CHARS);

/** A Han run of simplified or mainland text as the lexicons read it: simplified characters. */
export const SIMPLIFY = SIMPLIFY_CHARS;
/** A Han run of a Taiwan or Hong Kong text as the lexicons read it: simplified characters, mainland words (神經網路 → 神经网络). */
export const SIMPLIFY_REGIONAL = (run: string): string => MAINLAND_WORDS(SIMPLIFY_CHARS(run));

const HAN_TEXT = /\p{Script=Han}/u;

/**
 * How to read the Han runs of one item: a text written in traditional characters is read with mainland words too
 * (a run such as 人工智慧演算法 has no traditional-only character, so the item decides, not the run).
 */
export function hanReaderFor(text: string): (run: string) => string {
  return HAN_TEXT.test(text) && chineseScriptOf(text) === 'hant' ? SIMPLIFY_REGIONAL : SIMPLIFY;
}

/**
 * Taiwan forms the lexicons list (影像辨识, 人工智慧, 晶片) also in the mainland form a traditional text is rewritten
 * to (图像辨识, 人工智能, 芯片), so a term keeps matching after the rewrite.
 */
function withMainlandForms(items: Item[]): Item[] {
  const out = [...items];
  for (const it of items) {
    if (!HAN_CHAR.test(it.pattern)) continue;
    const bang = it.pattern.startsWith('!') ? '!' : '';
    const mainland = MAINLAND_WORDS(it.pattern.slice(bang.length));
    if (mainland !== it.pattern.slice(bang.length)) out.push({ ...it, pattern: bang + mainland });
  }
  return out;
}

/** Main matcher: AI terms, countries, relation cues, asides, false friends. */
export const MAIN: Matcher = compileMatcher(withMainlandForms(LEXICONS.flatMap(itemsOf)));
/** Topic matcher, run separately so topic words never shadow relation terms. */
export const TOPIC: Matcher = compileMatcher(withMainlandForms(LEXICONS.flatMap(topicItems)));
