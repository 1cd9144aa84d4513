/** The relevance classifier: is this item about AI between at least two of CN, RU and US? */
import type { Classification, ClassifyInput, Country, Evidence, Stance, Topic } from '../types.js';
import { COUNTRIES, TOPICS } from '../types.js';
import type { Match } from './matcher.js';
import { matchSentence } from './matcher.js';
import { MAIN, TOPIC, hanReaderFor } from './compile.js';
import { toSentences } from './text.js';
import type { Sentence } from './text.js';

/** Tunable weights; exported so tests and the evaluation can report them. */
export const WEIGHTS = {
  title: 3,
  lead: 1.5,
  body: 1,
  /** A sentence whose only country mention sits in an aside ("as competition with the US intensifies"). */
  aside: 0.25,
  /** Presence a country needs to be a party on its own (a title mention, or two body sentences). */
  party: 2,
  /** Share of the (weighted) text that must talk about AI for AI to be the main subject. */
  aiCoverage: 0.3,
  /** Coverage that suffices when AI is stated in at least two sentences, one of them unambiguously. */
  aiSpreadCoverage: 0.2,
  /** Minimum weighted AI signal. */
  aiMin: 2,
  /** Minimum relation strength between the parties. */
  relation: 1,
  /**
   * Distinct cues needed on each side for a mixed stance, and (outside chip stories) the share of the
   * stronger side the weaker side must reach: two passing "risk"/"challenge" words in a dialogue do not make it mixed.
   */
  mixedVariety: 2,
  mixedRatio: 0.25,
  /** Distinct cooperation cues (not trade words: a chip story names sales and suppliers as the goods being controlled) a mixed stance needs. */
  mixedCooperation: 2,
  /** Share of AI coverage a title naming a research setting (and no AI term) borrows from an AI lead. */
  settingFromLead: 0.5,
  /** Weight of a commercial cue (sell, order) relative to a cooperation cue. */
  trade: 0.5,
  /** Relation credit for two parties in one sentence without any cue. */
  bareCoMention: 0.15,
  /** Relation credit for a cue sentence naming only one of the parties. */
  oneSided: 0.25,
  /** Relation cue weight of a research setting (lab, university, research centre) shared by two parties in a sentence. */
  sharedSetting: 0.5,
  /** Relation credit for two countries coordinated as one subject ("Russian and Chinese scientists") without a cue. */
  joint: 0.4,
} as const;

interface SentenceFacts {
  w: number;
  ai: number;
  aiWeak: number;
  /** Unambiguous AI terms that are not goods (neural networks, a model; not an AI chip): the field named outright. */
  aiField: number;
  countries: Map<Country, number>;
  /** Countries seen only through firms/labs in this sentence. */
  entityOnly: Set<Country>;
  /** Countries seen only through "our own" words (отечественные) in this sentence. */
  domesticOnly: Set<Country>;
  /** Countries seen only through their AI products (ChatGPT, Claude) in this sentence. */
  productOnly: Set<Country>;
  coop: number;
  trade: number;
  comp: number;
  /** A competition cue in the dated part of the sentence ("the approval comes as Washington keeps tightening rules"). */
  earlierComp: boolean;
  /** Competition cues that name the rivalry as a frame (race, tensions, dependence, substitution), not an act. */
  frames: number;
  frameTerms: string[];
  coopTerms: string[];
  tradeTerms: string[];
  compTerms: string[];
  aside: boolean;
  /** Two different countries joined by a conjunction ("US and Chinese envoys"). */
  joint: boolean;
  /** Chip and chipmaking terms (AI-enabling when the item is about export controls). */
  hardware: number;
  /** An export-control cue is present. */
  control: boolean;
  /** Cooperation cues that are permitted trade in controlled goods (a licence granted, sales approved). */
  licence: number;
  licenceTerms: string[];
  /** A refusal ("reject", "tolak", 拒绝): this sentence's trade and cooperation cues count as competition. */
  refusal: boolean;
  /** A ban, licence requirement or illicit trade: this sentence's trade cues count as competition. */
  block: boolean;
  /** Relation cues after a time anchor ("two weeks after Washington cleared sales"): they date the news, they are not its relation. */
  earlierCues: number;
  /**
   * Two countries joined as the objects of someone else's act ("Spain to investigate X, Meta and TikTok", "an alternative
   * to the US and China"): the conflict cue before them is not between them.
   */
  coObjects: boolean;
  /** Countries named only after such a time anchor. */
  dated: Set<Country>;
  /** An illicit channel (smuggling, shell companies). */
  illicit: boolean;
  /** Undoing a restriction ("lifted the ban"): the ban or requirement in this sentence does not turn its licences and trade. */
  lift: boolean;
  /** Trade cues as written, before a refusal or ban turned them (who trades with whom, even when it is stopped). */
  tradeRaw: number;
  /** Trade cues turned into competition by a ban, refusal or requirement in the sentence. */
  flippedTrade: number;
  /** Cooperation cues as written, before a refusal turned them (talks named in a headline that says they failed). */
  coopRaw: number;
  /** A background marker ("despite sanctions"): this sentence's competition cues are context. */
  background: boolean;
  /** The marker as written, kept when a lone "despite US controls" is read as the relation after all. */
  backgroundRaw: boolean;
  /** Countries named right after a background marker ("despite US sanctions"): context, not parties. */
  backdrop: Set<Country>;
  /** "Both sides", "the two countries", 双方: the sentence speaks of both parties without naming them. */
  anaphor: boolean;
  /** A research or engineering setting (research centre, university, lab) whose field is stated elsewhere. */
  setting: boolean;
  /** A governance instrument (standard, rules, framework) whose field is stated elsewhere. */
  instrument: boolean;
  /** A platform taking up the other side's model or service (lands on, 上线). */
  hosting: boolean;
}

/** A product code: one to three capitals, two to four digits, up to two capitals (B40, H20E, MI308, L40S). */
const CHIP_CODE = /^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}$/;
/** Codes of other things that share the shape: summits (G20, COP29), aircraft and weapons (F35, J20, Su57, A320, B737, S400), flights (MH370). */
const NOT_CHIP_CODE = /^(?:G|COP|F|J|SU|TU|MIG|MH|A3|B7|S|KH|AK|T|BTR|IL|AN|CJ|FY|Q|H5|H7|N)\d/i;

/** Where a match starts among its sentence's tokens (its first word's first occurrence; Han matches count as 0). */
function tokenIndexOf(s: Sentence, m: Match): number {
  const first = m.entry.words[0];
  if (!first || m.entry.words.length === 0) return 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (first.cs ? t.orig === first.text : first.prefix ? t.fold.startsWith(first.text) : t.fold === first.text) return i;
  }
  return 0;
}

/** Words that make two joined countries each other's counterparts ("between the US and China", antara, между). */
const RECIPROCAL = new Set(['between', 'among', 'versus', 'vs', 'antara', 'между', 'против']);

/** Cue kinds a time anchor ("two weeks after ...") moves out of the news and into its dating. */
const EARLIER_CUES = new Set(['coop', 'trade', 'comp', 'refusal', 'block', 'lift', 'illicit']);

/** Matches after a background marker that still belong to it ("despite | tough | US | sanctions"). */
const BACKGROUND_REACH = 3;

const LANG_ID_WORDS = new Set(['yang', 'dan', 'di', 'ke', 'dengan', 'untuk', 'ini', 'itu', 'dari', 'akan', 'dalam', 'tidak', 'juga', 'sebagai', 'oleh', 'pada', 'atas', 'bisa',
  'para', 'bahwa', 'telah', 'sudah', 'karena', 'lewat', 'soal', 'usai', 'tak', 'bukan', 'agar', 'serta', 'kepada', 'hingga', 'setelah',
  'sejak', 'menjadi', 'lebih', 'tersebut', 'kini', 'masih', 'ada', 'secara', 'warga', 'negara', 'pemerintah', 'bersama']);
const LANG_EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'as', 'its', 'said', 'was', 'by', 'from', 'are', 'has']);

/** The language the text is actually in, trusting the script over the detector's hint. */
export function effectiveLang(hint: string, sentences: Sentence[]): string {
  let han = 0;
  let cyr = 0;
  let lat = 0;
  let idw = 0;
  let enw = 0;
  for (const s of sentences) {
    for (const r of s.han) han += r.length;
    for (const t of s.tokens) {
      const c = t.fold.charCodeAt(0);
      if (c >= 0x400 && c <= 0x4ff) cyr += t.fold.length;
      else {
        lat += t.fold.length;
        // Only lower-case function words: Indonesian "AS" is not English "as".
        if (t.orig !== t.fold) continue;
        if (LANG_ID_WORDS.has(t.fold)) idw++;
        else if (LANG_EN_WORDS.has(t.fold)) enw++;
      }
    }
  }
  if (han > 0 && han * 2 >= cyr + lat * 0.5) return 'zh';
  if (cyr > lat) return 'ru';
  // The hint stands unless the function words clearly disagree with it.
  if (hint === 'id') return (enw >= 2 && idw === 0) || (enw >= 3 && enw >= 2 * idw) ? 'en' : 'id';
  if (hint === 'en') return (idw >= 2 && enw === 0) || (idw >= 3 && idw >= 2 * enw) ? 'id' : 'en';
  return idw > enw ? 'id' : 'en';
}

function pushUnique(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

/** Show a lexicon name in the case the text used ("gigachat" → "Gigachat" for "Gigachte"). */
function displayName(pattern: string, found: string): string {
  if (pattern !== pattern.toLowerCase()) return pattern;
  return found[0] === found[0]?.toUpperCase() ? pattern.charAt(0).toUpperCase() + pattern.slice(1) : pattern;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Classify one item; pure, fast, and explains itself in `evidence.rules`. */
/**
 * What an item is about is in its title and lead (news is written as an inverted pyramid). Full
 * articles from content:encoded mention China or the US somewhere in passing; reading only the lead
 * keeps those mentions from deciding relevance, and keeps the cost flat for long texts.
 */
export const LEAD_CHARS = 1500;

function leadOf(text: string): string {
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.slice(0, LEAD_CHARS);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('。'), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > LEAD_CHARS / 2 ? cut.slice(0, end + 1) : cut;
}

export function classifyArticle(input: ClassifyInput): Classification {
  const titleText = input.title ?? '';
  const leadText = leadOf(input.text ?? '');
  const sentences = toSentences(titleText, leadText, hanReaderFor(titleText + leadText));
  const lang = effectiveLang(input.lang, sentences);
  const evidence: Evidence = { ai: [], countries: {}, cooperation: [], competition: [], fuzzy: [], ignored: [], rules: [] };
  if (lang !== input.lang && input.lang !== 'other') evidence.rules.push(`language hint ${input.lang} overridden by script/stopwords: ${lang}`);

  // 1. Match every sentence.
  const perSentence: Match[][] = sentences.map((s) => {
    const out: Match[] = [];
    matchSentence(MAIN, s, lang, out);
    return out;
  });
  const guarded = perSentence.some((ms) => ms.some((m) => m.entry.effects.some((e) => e.cat === 'guard')));
  if (guarded) evidence.rules.push('guard: context says "AI" is not artificial intelligence (avian influenza, a name, a flight), bare "AI" ignored');

  const chipCodes: string[] = [];
  let liftedControl = false;
  let jointSubject = false;
  let discussedTopic = false;
  let negatedCue = false;
  let requiredLicence = false;
  let stalemate = false;
  // 2. Facts per sentence.
  let bodyIndex = 0;
  const facts: SentenceFacts[] = sentences.map((s, si) => {
    const w = s.isTitle ? WEIGHTS.title : bodyIndex++ === 0 ? WEIGHTS.lead : WEIGHTS.body;
    const f: SentenceFacts = {
      w, ai: 0, aiWeak: 0, aiField: 0, countries: new Map(), entityOnly: new Set(), domesticOnly: new Set(), productOnly: new Set(), coop: 0, trade: 0, comp: 0, earlierComp: false, frames: 0, frameTerms: [], coopTerms: [], tradeTerms: [], compTerms: [], aside: false, joint: false,
      hardware: 0, control: false, licence: 0, licenceTerms: [], refusal: false, block: false, earlierCues: 0, coObjects: false, dated: new Set(), illicit: false, lift: false, tradeRaw: 0, flippedTrade: 0, coopRaw: 0, background: false, backgroundRaw: false, backdrop: new Set(), anaphor: false, setting: false, instrument: false, hosting: false,
    };
    let backgroundReach = 0;
    const named = new Set<Country>();
    const plain = new Set<Country>();
    const maker = new Set<Country>();
    // Coordination: country, conjunction, other country as consecutive matches.
    let prevCountries: readonly Country[] | null = null;
    let afterConj = false;
    // After a time anchor that follows the news in its sentence, the sentence's remaining cues are the earlier act.
    let earlier = false;
    // A cooperation cue after two joined countries: they are its subject ("CAICT and the Russian AI Alliance jointly publish").
    let jointThenCoop = false;
    const beforeAnchor = new Set<Country>();
    // Whether a conflict cue came before the sentence's first country (null until a country is seen).
    let compBeforeCountry: boolean | null = null;
    let tradeBeforeCountry = 0;
    const topical = topicsDiscussed(perSentence[si]!);
    for (const m of perSentence[si]!) {
      // Read before any cue is set aside: "talks on X failed to agree" is still a stalemate.
      if (m.entry.effects.some((e) => e.cat === 'stalemate')) stalemate = true;
      if (topical?.has(m)) {
        pushUnique(evidence.ignored, m.found);
        discussedTopic = true;
        continue;
      }
      if (earlier && m.entry.effects.some((e) => EARLIER_CUES.has(e.cat))) {
        if (m.entry.effects.some((e) => e.cat === 'coop' || e.cat === 'trade' || e.cat === 'comp')) f.earlierCues++;
        if (m.entry.effects.some((e) => e.cat === 'comp' || e.cat === 'block')) f.earlierComp = true;
        pushUnique(evidence.ignored, m.found);
        continue;
      }
      if (m.entry.effects.some((e) => e.cat === 'earlier') && tokenIndexOf(sentences[si]!, m) > 1) earlier = true;
      if (m.entry.effects.some((e) => e.cat === 'formerly')) earlier = true;
      const here = m.entry.effects.find((e) => e.cat === 'country')?.countries;
      if (here) {
        if (afterConj && prevCountries && here.some((c) => !prevCountries!.includes(c))) f.joint = true;
        if (compBeforeCountry === null) {
          compBeforeCountry = f.comp + f.trade > 0;
          tradeBeforeCountry = f.trade;
        }
        prevCountries = here;
        afterConj = false;
      } else if (m.entry.effects.some((e) => e.cat === 'conj')) afterConj = prevCountries !== null;
      else {
        prevCountries = null;
        afterConj = false;
      }
      if (m.fuzzyOf) pushUnique(evidence.fuzzy, `${m.found}→${displayName(m.fuzzyOf, m.found)}`);
      const inBackground = backgroundReach > 0;
      if (backgroundReach > 0) backgroundReach--;
      // A negated cooperation or trade word ("did not sign", "tidak membeli") is withheld: neither side.
      const withheld = m.entry.effects.some((e) => e.cat === 'coop' || e.cat === 'trade') && negated(sentences[si]!, m);
      if (withheld) {
        pushUnique(evidence.ignored, m.found);
        negatedCue = true;
      }
      // A licence one needs ("will need a US export licence", "wajib mengantongi izin") is the requirement, not a permit.
      const required = !withheld && m.entry.effects.some((e) => e.cat === 'coop' && e.licence) && requiredBefore(sentences[si]!, m);
      if (required) requiredLicence = true;
      for (const e of m.entry.effects) {
        switch (e.cat) {
          case 'ignore':
            pushUnique(evidence.ignored, m.found);
            break;
          case 'ai':
            if (e.abbr && guarded) {
              pushUnique(evidence.ignored, m.found);
              break;
            }
            f.ai++;
            if (e.hardware) f.hardware++;
            // A firm (Nvidia) names the goods' maker, not the field.
            else if (!m.entry.effects.some((x) => x.cat === 'country')) f.aiField++;
            pushUnique(evidence.ai, m.found);
            break;
          case 'aiWeak':
            f.aiWeak++;
            if (e.hardware) f.hardware++;
            pushUnique(evidence.ai, m.found);
            break;
          case 'country':
            for (const c of e.countries ?? []) {
              f.countries.set(c, (f.countries.get(c) ?? 0) + 1);
              if (!e.entity) named.add(c);
              if (!e.domestic) plain.add(c);
              if (!e.product) maker.add(c);
              if (inBackground) f.backdrop.add(c);
              // What a time anchor brings in is context: a country named only there is a passing mention.
              if (earlier) f.dated.add(c);
              else beforeAnchor.add(c);
              const list = (evidence.countries[c] ??= []);
              pushUnique(list, m.found);
            }
            break;
          case 'coop':
            if (withheld) break;
            if (required) {
              f.block = true;
              break;
            }
            f.coop++;
            if (f.joint) jointThenCoop = true;
            if (e.licence) {
              f.licence++;
              f.licenceTerms.push(m.entry.pattern);
            }
            f.coopTerms.push(m.entry.pattern);
            pushUnique(evidence.cooperation, m.found);
            break;
          case 'trade':
            if (withheld) break;
            f.trade++;
            f.tradeTerms.push(m.entry.pattern);
            pushUnique(evidence.cooperation, m.found);
            break;
          case 'comp':
            f.comp++;
            if (m.entry.effects.some((x) => x.cat === 'frame')) {
              f.frames++;
              f.frameTerms.push(m.entry.pattern);
            }
            if (e.control) f.control = true;
            f.compTerms.push(m.entry.pattern);
            pushUnique(evidence.competition, m.found);
            break;
          case 'aside':
            f.aside = true;
            break;
          case 'refusal':
            f.refusal = true;
            break;
          case 'block':
            f.block = true;
            break;
          case 'lift':
            f.lift = true;
            break;
          case 'illicit':
            f.illicit = true;
            break;
          case 'anaphor':
            f.anaphor = true;
            break;
          case 'setting':
            f.setting = true;
            break;
          case 'hosting':
            f.hosting = true;
            break;
          case 'instrument':
            f.instrument = true;
            break;
          case 'background':
            f.background = true;
            f.backgroundRaw = true;
            backgroundReach = BACKGROUND_REACH;
            break;
          default:
            break;
        }
      }
    }
    for (const c of f.countries.keys()) {
      if (!named.has(c)) f.entityOnly.add(c);
      if (!plain.has(c)) f.domesticOnly.add(c);
      if (!maker.has(c)) f.productOnly.add(c);
    }
    // Two countries acting as one subject ("CAICT and the Russian AI Alliance jointly publish a benchmark") are what the
    // sentence is about: a comparison word there (评测, benchmark) names their joint work, not an aside.
    if (f.aside && f.joint && jointThenCoop) {
      f.aside = false;
      jointSubject = true;
    }
    f.tradeRaw = f.trade;
    f.coopRaw = f.coop;
    // Undoing a control ("取消了对华EDA限制", "lifted curbs on") grants what the control withheld: a permit, the cooperation
    // side of the fight, in any language, whether or not the lifting verb is itself listed as a permit.
    if (f.lift && f.control && f.licence === 0) {
      f.licence++;
      f.coop++;
      f.coopTerms.push('lifted control');
      liftedControl = true;
    }
    // A country named both in the backdrop and outside it in the same sentence is not only backdrop.
    for (const c of f.backdrop) if ((f.countries.get(c) ?? 0) > 1) f.backdrop.delete(c);
    for (const c of beforeAnchor) f.dated.delete(c);
    // "A struggle for talent between the US and China" is between them: a reciprocal word keeps the pair the rivals.
    f.coObjects = f.joint && compBeforeCountry === true && f.coop === 0 && f.trade === tradeBeforeCountry && f.countries.size === 2 && !sentences[si]!.tokens.some((t) => RECIPROCAL.has(t.fold));
    return f;
  });

  if (liftedControl) evidence.rules.push('a control undone (lifted, 取消, снят) is a permit: the cooperation side of the fight');
  if (requiredLicence) evidence.rules.push('a licence one needs ("will need an export licence") is the requirement, not a permit');
  if (negatedCue) evidence.rules.push('a negated cooperation or trade word ("never allowed", "не подписали", "tidak membeli") is withheld: neither side (a statement not issued is no clash either)');
  if (discussedTopic) evidence.rules.push('what is discussed is not an act: conflict words right after "discuss" / "talk about" are its subject');
  if (jointSubject) evidence.rules.push('two countries joined as one subject of a joint act: the comparison word beside them is the subject, not an aside');
  // 2a. Chip model codes the lexicons do not list (B40, L20, MI325X): in an item about chips, a product code
  // is an AI accelerator by name. Writers and vendors coin new ones every quarter; the pattern outlives any list.
  if (facts.some((f) => f.hardware > 0)) {
    sentences.forEach((s, si) => {
      for (const t of s.tokens) {
        if (!CHIP_CODE.test(t.orig) || NOT_CHIP_CODE.test(t.orig) || MAIN.exact.has(t.fold)) continue;
        facts[si]!.ai++;
        facts[si]!.hardware++;
        pushUnique(evidence.ai, t.orig);
        pushUnique(chipCodes, t.orig);
      }
    });
    if (chipCodes.length > 0) evidence.rules.push(`chip model codes in a chip story read as AI accelerators: ${chipCodes.join(', ')}`);
  }

  // 2b. Acts that decide a cue's side. Refusing, banning or smuggling turns trade and cooperation
  // in that sentence into competition ("told firms to stop buying Nvidia chips", "tolak", "拒绝采购").
  // A ban, a licence requirement or smuggling turns only the trade in it ("requires a licence for H20 sales").
  let refused = false;
  for (const f of facts) {
    const flipCoop = f.refusal && f.coop > 0;
    // A ban being lifted is not a ban in force: "lifted the 2023 ban" keeps the sentence's licences and trade.
    const inForce = (f.block || f.control) && !f.lift;
    const flipTrade = (f.refusal || inForce) && f.trade > 0;
    // Next to a requirement ("must obtain a licence", "wajib mengantongi izin") a licence is the hurdle, not a permit.
    const flipLicence = !flipCoop && f.block && !f.lift && f.licence > 0;
    if (!flipCoop && !flipTrade && !flipLicence) continue;
    refused = true;
    if (flipLicence) {
      f.comp += f.licence;
      f.coop -= f.licence;
      f.compTerms.push(...f.licenceTerms.map((t) => `¬${t}`));
      for (const t of f.licenceTerms) f.coopTerms.splice(f.coopTerms.indexOf(t), 1);
      f.licence = 0;
    }
    if (flipCoop) {
      f.comp += f.coop;
      f.compTerms.push(...f.coopTerms.map((t) => `¬${t}`));
      f.coop = 0;
      f.licence = 0;
      f.coopTerms = [];
    }
    if (flipTrade) {
      f.flippedTrade = f.trade;
      f.comp += f.trade;
      f.compTerms.push(...f.tradeTerms.map((t) => `¬${t}`));
      f.trade = 0;
      f.tradeTerms = [];
    }
  }
  if (refused) evidence.rules.push('refusal: trade (and, after a refusal, cooperation) next to a refusal, ban, licence requirement or smuggling counts as competition');
  // Export controls on chips and chipmaking tools are AI-enabling by the rules, said with or without "AI".
  // The headline (or a vague headline's lead) must be about it, so a passing line on chip controls in a
  // trade-truce story stays passing.
  const headline = facts.slice(0, 2).filter((f, i) => i === 0 || (sentences[0]?.isTitle && facts[0]!.countries.size === 0 && facts[0]!.ai + facts[0]!.aiWeak === 0));
  // A licence to sell or service chips and chipmaking tools exists only because of controls: it is that context too.
  const controlOf = (f: SentenceFacts): boolean => f.control || (f.licence > 0 && f.hardware > 0);
  const controlled = facts.some(controlOf) && facts.some((f) => f.hardware > 0) && headline.some((f) => controlOf(f) || f.hardware > 0);
  if (controlled) {
    for (const f of facts) f.ai += f.hardware + (controlOf(f) ? 1 : 0);
    evidence.rules.push('export controls: chips and chipmaking tools count as AI-enabling');
  }
  // A country named right after "despite"/"under sanctions" is backdrop only when two other countries
  // make a deal in the item ("Russia and China sign an AI pact despite US sanctions"); on its own the
  // same phrase is the relation ("Chinese chipmakers grow despite US export controls").
  const dealers = new Set<Country>();
  for (const f of facts) {
    if (f.coop + f.trade === 0) continue;
    const named = [...f.countries.keys()].filter((c) => !f.backdrop.has(c));
    if (named.length >= 2) for (const c of named) dealers.add(c);
  }
  // When no country is named anywhere outside such a clause, the rivalry is only the setting of someone else's news
  // ("雖然中美科技戰仍有不確定性，但全年展望維持正面" in a Taiwanese earnings report): the backdrop stays.
  const namedOutside = new Set<Country>();
  for (const f of facts) for (const c of f.countries.keys()) if (!f.backdrop.has(c)) namedOutside.add(c);
  const onlySetting = namedOutside.size === 0 && facts.some((f) => f.backdrop.size > 0);
  let backdropUsed = false;
  for (const f of facts) {
    if (!f.background || onlySetting) continue;
    for (const c of f.backdrop) if (dealers.has(c) || dealers.size < 2) f.backdrop.delete(c);
    if (dealers.size < 2) f.background = false;
    else backdropUsed = true;
  }
  if (onlySetting) evidence.rules.push('the countries are named only in a concessive or background clause: the setting of the news, not its relation');
  if (backdropUsed) evidence.rules.push(`backdrop: sanctions or controls named as the setting of a ${[...dealers].join('–')} deal are context, not the relation`);

  // A vague headline ("Talks in Geneva") names neither a country nor AI: the lead sentence carries the news.
  const title = sentences[0]?.isTitle ? facts[0] : undefined;
  const lead = title ? facts[1] : undefined;
  // A title with only a weak AI word ("Servers came from the East") is as vague as one without any.
  const vagueTitle = title !== undefined && title.countries.size === 0 && title.ai === 0;
  if (vagueTitle && lead) {
    title.w = WEIGHTS.body;
    lead.w = WEIGHTS.title;
    evidence.rules.push('the title names no country and no AI: the lead sentence is weighed as the headline');
  }

  // 3. Is AI the main subject?
  let total = 0;
  let aiCovered = 0;
  let aiSignal = 0;
  let titleAi = false;
  let settingFromLead = false;
  for (const f of facts) {
    total += f.w;
    const strength = f.ai + 0.5 * f.aiWeak;
    if (f.ai > 0 || f.aiWeak >= 2) aiCovered += f.w;
    else if (f.aiWeak > 0) aiCovered += f.w * 0.5;
    else if (f === title && (f.setting || f.instrument) && lead && lead.ai > 0) {
      // "Huawei to open a research centre in St Petersburg" + "...to develop machine-learning algorithms": a title
      // naming a research setting and no field takes its field from the lead, at half weight.
      aiCovered += f.w * WEIGHTS.settingFromLead;
      aiSignal += f.w * WEIGHTS.settingFromLead * Math.min(lead.ai + 0.5 * lead.aiWeak, 2) * 0.5;
      settingFromLead = true;
    }

    aiSignal += f.w * Math.min(strength, 2);
    if (f.w === WEIGHTS.title && f.ai > 0) titleAi = true;
  }
  const coverage = total > 0 ? aiCovered / total : 0;
  const strongAny = facts.some((f) => f.ai > 0);
  // A long lead dilutes coverage: an item whose AI is stated in two sentences (one of them unambiguously) carries AI
  // through its story even when the headline names only the act ("Treasury targets Chinese satellite firm" + "...imagery
  // processed by machine-learning software" + "...AI-driven targeting"). One AI sentence stays a passing mention
  // ("a truce covering soybeans, rare earths and AI chips").
  const aiSentences = facts.filter((f) => f.ai > 0 || f.aiWeak > 0).length;
  const spread = aiSentences >= 2 && coverage >= WEIGHTS.aiSpreadCoverage;
  // A headline naming the act but not the field ("Scientists of both countries call for red lines", "Treasury targets
  // suppliers behind Russian drone 'vision'", "Quiet talks in Geneva end") takes its field from the lead paragraph: its
  // first two sentences, as wire leads run (who did what, then what it was about). One of them must state an act with the
  // field named outright (not only as goods: "a truce covering soybeans and AI chips" stays a passing mention), once two
  // parties have been named by then.
  let fieldFromLead = false;
  const actsIn = (f: SentenceFacts): boolean => f.coopRaw + f.comp + f.tradeRaw > 0 || f.block || f.refusal || f.illicit;
  // The headline must state an act, name two countries or be vague (none): a one-country earnings headline is no act
  // whose field the lead names.
  // A one-country headline with no act ("Treasury widens its list") still takes its field from a lead sentence that itself
  // names two parties and acts between them with the field named ("OFAC added 14 Russian AI developers to its sanctions list").
  if (title !== undefined && title.ai === 0) {
    const headlineOpen = actsIn(title) || title.countries.size !== 1;
    const named = new Set(actorsIn(title));
    for (let i = 1; i < Math.min(3, facts.length); i++) {
      const f = facts[i]!;
      if (!headlineOpen && (actorsIn(f).length < 2 || f.comp + f.coopRaw === 0)) continue;
      for (const c of actorsIn(f)) named.add(c);
      // "The leaders also touched on AI" adds a topic to the act before it: the field of the headline is elsewhere.
      // The field sentence names a party itself (or "both delegations"): a backdrop in the headline ("Rapidus finds its
      // place between the US and China") over a lead about someone else is no act of theirs.
      const own = actorsIn(f).length > 0 || f.anaphor;
      if (f.aiField > 0 && own && actsIn(f) && !f.aside && !f.backgroundRaw && !addsTopic(sentences[i]!) && named.size >= 2) {
        fieldFromLead = true;
        break;
      }
    }
  }
  const aiMain = strongAny && ((aiSignal >= WEIGHTS.aiMin && (coverage >= WEIGHTS.aiCoverage || (titleAi && aiSignal >= 4) || spread)) || fieldFromLead);
  evidence.rules.push(`AI ${aiMain ? 'is' : 'is not'} the main subject: signal ${round(aiSignal)}, coverage ${round(coverage)}${titleAi ? ', in title' : ''}${spread && coverage < WEIGHTS.aiCoverage && !(titleAi && aiSignal >= 4) ? `, stated in ${aiSentences} sentences` : ''}${fieldFromLead && coverage < WEIGHTS.aiCoverage && !spread ? ', the headline\'s act takes its field from the lead' : ''}${settingFromLead ? `, the ${title?.setting ? 'research setting' : 'instrument'} in the title takes its field from the lead` : ''}${strongAny ? '' : ', no unambiguous AI term'}`);

  // 4. Which countries are substantively present?
  const presence = new Map<Country, number>();
  for (const f of facts) {
    for (const c of f.countries.keys()) {
      // A product named alone is how benchmark comparisons speak ("beats GPT-4o"): it weighs like an aside.
      const lone = (f.aside && f.countries.size <= 2) || f.backdrop.has(c) || f.productOnly.has(c) || f.dated.has(c);
      const w = lone ? f.w * WEIGHTS.aside : f.w;
      presence.set(c, (presence.get(c) ?? 0) + w * (f.entityOnly.has(c) ? 0.8 : 1));
    }
  }
  const parties = new Set<Country>();
  for (const [c, p] of presence) if (p >= WEIGHTS.party - 1e-9) parties.add(c);
  // A country seen only through its AI products is a party only when the sentence acts on them (bans, blocks, refuses).
  const actsOn = (f: SentenceFacts, c: Country): boolean => !f.productOnly.has(c) || f.block || f.refusal || f.control;
  // Two countries named together with a relation cue are parties to that relation.
  for (const f of facts) {
    if (f.aside || f.coObjects || f.coop + (f.background ? 0 : f.comp) === 0 || f.countries.size < 2) continue;
    for (const c of f.countries.keys()) {
      if (!parties.has(c) && !f.backdrop.has(c) && !f.dated.has(c) && !f.domesticOnly.has(c) && actsOn(f, c)) {
        parties.add(c);
        evidence.rules.push(`${c} is a party: named with ${[...f.countries.keys()].filter((x) => x !== c).join('/')} in a sentence with a relation cue`);
      }
    }
  }
  // A country named only in passing joins when a sentence puts it in a relation (a cooperation or
  // competition cue, not an aside) while another country is already a party.
  let grew = parties.size > 0 && parties.size < COUNTRIES.length;
  while (grew) {
    grew = false;
    for (const f of facts) {
      if (f.aside || f.background || f.coObjects || f.coop + f.comp === 0) continue;
      const here = [...f.countries.keys()].filter((c) => !f.backdrop.has(c) && !f.dated.has(c) && !f.domesticOnly.has(c) && actsOn(f, c));
      // Without a party in the sentence, only a rival set against an existing relation joins
      // ("Russia and China ... US monopoly is unacceptable").
      if (!here.some((c) => parties.has(c)) && !(parties.size >= 2 && f.comp > 0)) continue;
      for (const c of here) {
        if (!parties.has(c)) {
          parties.add(c);
          grew = true;
          const with_ = here.filter((x) => parties.has(x) && x !== c);
          evidence.rules.push(`${c} joins: named in passing, but in a sentence with a relation cue${with_.length ? ` next to ${with_.join('/')}` : ''}`);
        }
      }
    }
  }
  for (const [c, p] of presence) {
    if (!parties.has(c)) evidence.rules.push(`${c} is a passing mention (presence ${round(p)})`);
  }

  // 5. Relation between the parties: co-occurrence in a sentence, weighted by cues.
  let relation = 0;
  let jointCredit = 0;
  const partyCount = parties.size;
  let coop = 0;
  const coopTerms = new Map<string, number>();
  const compTerms = new Set<string>();
  let comp = 0;
  let licensed = 0;
  let controlFight = false;
  let settingTie = false;
  // "Both sides" / 双方 / обе стороны speaks of the two parties: the sentence counts as naming both.
  const pair = partyCount === 2 ? COUNTRIES.filter((c) => parties.has(c)) : null;
  const westFacing = partyCount === 2 && parties.has('CN') && parties.has('RU');
  let anaphorUsed = false;
  // Where the parties meet: the parties the headline (title and lead) names, the later sentences naming any of them, and
  // the later sentences tying two of them with an act or only with the rivalry as a frame, how many later sentences name
  // each party, and whether a later sentence ties two of them with an act inside the rivalry's frame.
  const headParties = new Set<Country>();
  let laterActs = 0;
  let laterFrames = 0;
  let laterMentions = 0;
  const laterByParty = new Map<Country, number>();
  let laterFramedAct = false;
  for (const f of facts) {
    let here = [...f.countries.keys()].filter((c) => parties.has(c));
    if (f.w > WEIGHTS.body) {
      for (const c of here) if (!f.backdrop.has(c) && !f.dated.has(c)) headParties.add(c);
    } else {
      if (here.length > 0 || f.anaphor) laterMentions++;
      for (const c of here) laterByParty.set(c, (laterByParty.get(c) ?? 0) + 1);
      if (here.length >= 2 && ((f.control && f.comp - f.frames - f.flippedTrade >= 2) || (f.comp > f.frames && f.frames > 0))) laterFramedAct = true;
    }
    if (f.w <= WEIGHTS.body && here.length >= 2) {
      if (framesOnly(f)) laterFrames++;
      else laterActs++;
    }
    if (pair && f.anaphor && here.length < 2) {
      here = pair;
      anaphorUsed = true;
    }
    const cueW = f.aside ? f.w * WEIGHTS.aside : f.w;
    // A research setting shared by two parties ("Tencent opens a lab at Novosibirsk University") is a weak tie.
    const shared = f.setting && here.length >= 2 ? WEIGHTS.sharedSetting : 0;
    if (shared > 0) settingTie = true;
    const cues = f.coop + f.comp + WEIGHTS.trade * f.trade + shared + WEIGHTS.aside * f.earlierCues;
    if (here.length >= 1) {
      // Trade counts for the stance only between two parties: Huawei shipping to Chinese buyers is not US–CN trade.
      const trade = here.length >= 2 ? f.trade : 0;
      // One party enacting its own instrument ("Trump signed the Chip Security Act", "a Senate panel backs the bill") is no
      // cooperation with anyone: its signing and backing words are the enactment.
      const enacted = f.instrument && f.countries.size === 1 && here.length === 1 ? f.coopTerms.filter((t) => ENACTING.test(t)).length : 0;
      coop += cueW * (f.coop - enacted + WEIGHTS.trade * trade);
      // Sanctions in the backdrop of a deal ("despite Western sanctions") are context, not the relation.
      // Between Russia and China, a race, a gap or a substitution is aimed at a third (the West, the US), not at each other.
      // Sanctions named as the setting of a Russia–China deal ("since Western sanctions cut off direct supply") are the
      // West's act: the trade they cut stays the two parties' trade.
      const westernSetting = westFacing && f.backgroundRaw;
      const rivalCues = westernSetting ? 0 : westFacing ? f.comp - f.frames : f.comp;
      if (westernSetting && here.length >= 2) coop += cueW * WEIGHTS.trade * f.flippedTrade;
      if (!f.coObjects) comp += (f.background ? f.w * WEIGHTS.aside : cueW) * rivalCues;
      licensed += f.licence;
      if (f.control || f.block) controlFight = true;
      for (const t of f.coopTerms) if (!(enacted > 0 && ENACTING.test(t))) coopTerms.set(t, Math.max(coopTerms.get(t) ?? 0, 1));
      if (trade > 0) for (const t of f.tradeTerms) if (!coopTerms.has(t)) coopTerms.set(t, WEIGHTS.trade);
      if (!f.background && !f.coObjects) for (const t of f.compTerms) if (!(westFacing && f.frameTerms.includes(t))) compTerms.add(t);
    }
    if (here.length >= 2 && cues > 0 && !f.coObjects) relation += cueW * Math.min(2, cues);
    else if (here.length >= 2 && f.coObjects) relation += cueW * WEIGHTS.bareCoMention;
    else if (here.length >= 2 && f.joint) jointCredit += cueW * WEIGHTS.joint;
    else if (here.length >= 2) relation += cueW * WEIGHTS.bareCoMention;
    else if (here.length === 1 && cues > 0 && partyCount >= 2) relation += cueW * WEIGHTS.oneSided * Math.min(2, cues);
  }
  if (anaphorUsed) evidence.rules.push(`"both sides" / "the two countries" read as ${pair!.join(' and ')}`);
  // Coordination ("Russian and Chinese scientists") only supports a relation the item also states somewhere.
  if (coop + comp > 0) relation += jointCredit;
  // A headline and lead about a third party (a Korean chipmaker, an Indonesian ministry, an EU-Japan pact) with the
  // parties in a single later sentence, whatever its cue ("sales to China fell after US curbs"): the rules' passing
  // mention. A vague headline (no country, no AI term) leaves the body to carry the story.
  if (laterMentions === 1 && headParties.size === 0 && !vagueTitle && relation >= WEIGHTS.relation) {
    relation = Math.min(relation, WEIGHTS.relation - 0.01);
    evidence.rules.push('the headline and lead name none of the parties, and only one later sentence does: a passing mention');
  }
  // Someone else's story (a Japanese foundry, a European lab's raise, a state AI bill) that ties the parties only in
  // later sentences naming their rivalry as a frame ("as US-China tensions persist", "the race with China") under a
  // headline naming at most one of them, vague or not: the same passing mention.
  if (laterFrames > 0 && laterActs === 0 && headParties.size <= 1 && relation >= WEIGHTS.relation) {
    relation = Math.min(relation, WEIGHTS.relation - 0.01);
    evidence.rules.push('the parties meet only in a later sentence naming their rivalry as a frame (race, tensions), under a headline naming at most one of them: a passing mention');
  }
  // A firm's own business (earnings, a phone launch, a data centre opening) under a headline (title and lead) that first
  // names its one party through a firm and states no act against anyone (nor a deal in the title), with every other party
  // in a single later sentence ("sales to customers in China, where Micron faces restrictions, were a small share"): the
  // same aside. A later sentence that develops the rivalry (an act inside its frame, "as the US tightens exports, domestic
  // substitution speeds up", or an export control with another act, besides any trade they turn) explains the news: it stays.
  const othersOnce = [...parties].filter((c) => !headParties.has(c));
  const headSentences = facts.filter((f) => f.w > WEIGHTS.body);
  const headlineActs = headSentences.some((f) => f.comp > 0 || f.control || f.block || f.refusal || f.illicit || (f === title && (f.instrument || f.coopRaw > 0)));
  const firmHeadline = headParties.size === 1 && [...headParties].every((c) => headSentences.find((f) => f.countries.has(c))?.entityOnly.has(c));
  if (firmHeadline && !headlineActs && !vagueTitle && !laterFramedAct && othersOnce.length > 0 && othersOnce.every((c) => laterByParty.get(c) === 1) && relation >= WEIGHTS.relation) {
    relation = Math.min(relation, WEIGHTS.relation - 0.01);
    evidence.rules.push('a firm\'s own news under a headline stating no act, the other parties in one later sentence each: a passing mention');
  }
  const partyList = COUNTRIES.filter((c) => parties.has(c));
  const hasRelation = partyList.length >= 2 && relation >= WEIGHTS.relation;
  if (partyList.length >= 2) evidence.rules.push(`relation between ${partyList.join('/')}: ${round(relation)} (needs ${WEIGHTS.relation})`);
  else evidence.rules.push(`fewer than two parties (${partyList.join('/') || 'none'})`);

  const relevant = aiMain && hasRelation;
  let stance: Stance | null = null;
  if (relevant) {
    const hi = Math.max(coop, comp);
    const lo = Math.min(coop, comp);
    // Mixed needs variety on both sides (two distinct cues each), not one cue repeated.
    let coopVariety = 0;
    for (const v of coopTerms.values()) coopVariety += v;
    const compVariety = compTerms.size;
    // Two parties cooperating against the third ("RU and CN team up to end US dominance") is mixed by construction.
    let strongCoop = 0;
    for (const v of coopTerms.values()) if (v >= 1) strongCoop++;
    // Licensed or ongoing chip sales inside an export-control fight: the rules' own example of mixed.
    // A licence to sell exists only because of controls: when the headline is the licensed sale and the item
    // also carries competition, it is that fight.
    // A licence is about goods: "resume" or "approve" in a story with no chip or tool in it is not a licensed sale.
    // A title licensing chips between two states it names as states ("Washington lets Nvidia sell H200 to China, takes a
    // cut", "美放行辉达芯片输中") is the control regime at work even with no other cue; a firm's visit promising resumed
    // sales ("Nvidia's CEO in Beijing vows H20 sales will resume") is not.
    const stateLicence = title !== undefined && !title.block && !title.control && (title.licence > 0 || (title.tradeRaw > 0 && facts.some((f) => f.w > WEIGHTS.body && f.licence > 0))) && title.hardware + title.ai > 0 && [...title.countries.keys()].filter((c) => parties.has(c) && !title.entityOnly.has(c)).length >= 2;
    const licensedSales = (stateLicence || headline.some((f) => f.licence > 0)) && licensed > 0 && (controlFight || ((comp > 0 || facts.some((f) => f.earlierComp) || stateLicence) && facts.some((f) => f.hardware > 0)));
    // One headline naming both the uptake of the other side's model and the act against it ("DeepSeek R1 lands on AWS,
    // even as US agencies rush to ban it", "亚马逊云科技上线通义千问模型 美议员要求审查"): the rules' mixed.
    const hostedInFight = title !== undefined && title.hosting && title.comp > 0 && !title.control && partiesIn(title, parties) >= 1 && headline.every((f) => !f.illicit);
    // Talks that end without the agreement they sought, with a dispute named in the item ("ended without a joint
    // statement as export controls hung over the room"): the dialogue and the dispute are both the news. The dialogue must
    // be more than the forum of a clash (two distinct cooperation cues, or one in the title: a UN debate where they "did not agree" is the clash).
    const failedTalks = stalemate && (strongCoop >= WEIGHTS.mixedCooperation || (title?.coopRaw ?? 0) > 0) && comp > 0 && partyList.length >= 2;
    if (failedTalks) {
      stance = 'mixed';
      evidence.rules.push('talks that end without agreement, with a dispute named: mixed');
    } else if (hostedInFight) {
      stance = 'mixed';
      evidence.rules.push('the headline names both the uptake of the other side\'s model and the act against it: mixed');
    } else if (licensedSales) {
      stance = 'mixed';
      evidence.rules.push('licensed sales inside an export-control fight: mixed');
    }
    // Outside chip stories (where sales and controls run side by side), the weaker side must also weigh.
    else if (Math.min(coopVariety, compVariety) >= WEIGHTS.mixedVariety && strongCoop >= WEIGHTS.mixedCooperation && (lo >= WEIGHTS.mixedRatio * hi || (!westFacing && facts.some((f) => f.hardware > 0)))) {
      stance = 'mixed';
      evidence.rules.push(`both sides weigh: ${lo >= WEIGHTS.mixedRatio * hi ? 'the weaker reaches a quarter of the stronger' : 'a chip story'}`);
    } else if (
      // Two parties on one side against the third: some sentence must join two parties without a conflict cue
      // ("Russia and China agree..."); an envoy quoted in a clash ("Nebenzia accused Washington, and China's envoy said...")
      // or "Moscow and Beijing blocked the text" is the clash itself.
      // A cooperation cue itself ("Russia's envoy, backing China's call, said Western controls were the obstacle") joins
      // them even beside a conflict cue when the third is not named there as an actor: the cue names what the two oppose.
      // Two of them coordinated ("Beijing and Moscow jointly backing ... the US rebuffed") or two cooperation cues
      // ("China, Russia vow joint push against US hegemony") join them even with the third named beside.
      partyList.length === 3 && compVariety >= 1 && strongCoop >= 1 && facts.some((f) => (f.comp === 0 ? (f.coop > 0 || f.joint) && partiesIn(f, parties) >= 2
        : f.coop >= f.comp && (f.joint || f.coop >= 2 || COUNTRIES.filter((c) => parties.has(c) && f.countries.has(c) && !f.backdrop.has(c) && !f.dated.has(c) && !f.domesticOnly.has(c)).length === 2)))) {
      stance = 'mixed';
      evidence.rules.push('two parties cooperate with the third as rival: mixed');
    }
    // Two parties trading while the third acts against it (secondary sanctions, an accusation of supply): the trade is
    // the cooperation side even when the pressure stopped it ("Chinese banks froze payments for Russian servers"). A
    // sentence that bans the trade itself ("the US bans chip sales to China and Russia") is not such trade.
    // A headline about smuggling or shell companies makes the whole trade illicit: that is competition.
    // One of the two stopping that trade under the third's pressure ("Alibaba Cloud stops renting GPUs to Russian clients",
    // the US unnamed in that sentence) still names the trade.
    else if (partyList.length === 3 && compVariety >= 1 && !headline.some((f) => f.illicit) && facts.some((f) => f.tradeRaw > 0 && !f.control && (hostileCues(f) < f.tradeRaw || f.block || f.background) && partiesIn(f, parties) >= 2 && (!f.block || partiesIn(f, parties) === 2))) {
      stance = 'mixed';
      evidence.rules.push('two parties trade while the third acts against it: mixed');
    }
    // No cue between them: a shared setting, a joint subject, or goods bought and delivered (a party's purchases, the
    // other's suppliers, named apart) is cooperation, unless a ban, control or refusal stands anywhere, dated or not
    // (Huawei shipping to Chinese buyers "after the US blocked H20 sales").
    else if (hi === 0) {
      const trading = facts.some((f) => f.tradeRaw > 0 && partiesIn(f, parties) >= 1) && !facts.some((f) => f.block || f.control || f.illicit || f.refusal || f.earlierCues > 0);
      stance = settingTie || facts.some((f) => f.joint) || trading ? 'cooperation' : 'competition';
    }
    else if (comp === coop) {
      // A tie is settled by what the headline (the title, or a vague title's lead) does.
      const hCoop = headline.reduce((n, f) => n + f.coop + WEIGHTS.trade * f.trade, 0);
      const hComp = headline.reduce((n, f) => n + f.comp, 0);
      stance = hCoop > hComp ? 'cooperation' : 'competition';
    } else stance = comp > coop ? 'competition' : 'cooperation';
    evidence.rules.push(`stance ${stance}: cooperation ${round(coop)} (${round(coopVariety)} distinct), competition ${round(comp)} (${compVariety} distinct)`);
  }
  const score = scoreOf(aiSignal, coverage, aiMain, relation, partyList.length, relevant);
  evidence.rules.push(relevant ? `relevant (score ${round(score)})` : `not relevant (score ${round(score)})`);

  return {
    relevant,
    score,
    countries: relevant ? partyList : [],
    stance,
    topics: topicsOf(sentences, lang),
    evidence,
  };
}

/** Cooperation words that also enact a party's own instrument: signing, passing, adopting, backing a law. */
const ENACTING = /^(sign|pass|adopt|approv|enact|back|endors|support|подпис|принял|прин[яи]т|утверд|menandatangan|mengesah|disahkan|签署|通过|批准)/;

/** Competition cues that act against someone (not frames, not trade turned by a refusal): hacking, theft, threats, bans. */
function hostileCues(f: SentenceFacts): number {
  return f.compTerms.filter((t) => !t.startsWith('¬')).length - f.frames;
}

/** A sentence whose only cues name the rivalry as a frame (race, tensions, dependence): no act, deal, ban or control. */
function framesOnly(f: SentenceFacts): boolean {
  return f.comp > 0 && f.frames >= f.comp && f.coopRaw === 0 && !f.block && !f.control && !f.refusal && !f.illicit;
}

/** Negations that withhold the cooperation or trade word right after them (one or two words on: "was never allowed", "did not sign"). */
const NEGATIONS = new Set(['not', 'never', 'no', 'didn', 'doesn', 'don', 'won', 'hasn', 'haven', 'hadn', 'wasn', 'weren', 'isn', 'aren', 'couldn', 'wouldn', 'shouldn',
  'tidak', 'tak', 'belum', 'bukan', 'не', 'ни', 'нет']);
/** "not only", "не только", "tidak hanya": the cue after them is affirmed. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'только', 'лишь', 'hanya', 'saja', 'sekadar']);

function negated(s: Sentence, m: Match): boolean {
  if (m.entry.words.length === 0 || s.tokens.length === 0) return false;
  const i = tokenIndexOf(s, m);
  if (i === 0) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = s.tokens[k]!.fold;
    if (NOT_ONLY.has(t)) return false;
    if (NEGATIONS.has(t)) return true;
  }
  return false;
}

/** Words that make the licence after them one that must be had ("need a licence", "wajib izin", "требуется лицензия"). */
const REQUIREMENTS = new Set(['need', 'needs', 'needed', 'require', 'requires', 'required', 'requiring', 'must', 'obtain', 'apply', 'applying', 'seek', 'under', 'without',
  'wajib', 'perlu', 'harus', 'memerlukan', 'butuh', 'membutuhkan', 'tanpa',
  'нужна', 'нужно', 'нужны', 'потребуется', 'потребуются', 'требуется', 'требуются', 'требует', 'требуют', 'необходима', 'необходимо', 'обязаны', 'обязан', 'без']);

function requiredBefore(s: Sentence, m: Match): boolean {
  const i = tokenIndexOf(s, m);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (REQUIREMENTS.has(s.tokens[k]!.fold)) return true;
  return false;
}

/** Matches a discussion verb can reach: the next few, like a background marker's. */
const DISCUSSION_REACH = 3;
const CONFLICT_CATS = new Set(['comp', 'block', 'refusal', 'illicit']);

/**
 * Conflict cues that are the subject of a discussion in this sentence ("talk about machines that might start a war",
 * "discuss export controls"): those within reach of a discussion verb, when no country other than those named before
 * the verb comes in after it ("discussed US sanctions" stays a conflict cue). Null when the sentence has none.
 */
function topicsDiscussed(matches: readonly Match[]): Set<Match> | null {
  let out: Set<Match> | null = null;
  for (let k = 0; k < matches.length; k++) {
    if (!matches[k]!.entry.effects.some((e) => e.cat === 'discussion')) continue;
    const before = new Set<Country>();
    for (let j = 0; j < k; j++) for (const c of matches[j]!.entry.effects.find((e) => e.cat === 'country')?.countries ?? []) before.add(c);
    const held: Match[] = [];
    let newcomer = false;
    for (let j = k + 1; j < matches.length; j++) {
      const effects = matches[j]!.entry.effects;
      const cs = effects.find((e) => e.cat === 'country')?.countries;
      if (cs && cs.some((c) => !before.has(c))) newcomer = true;
      if (j <= k + DISCUSSION_REACH && effects.some((e) => CONFLICT_CATS.has(e.cat))) held.push(matches[j]!);
    }
    if (newcomer || held.length === 0) continue;
    out ??= new Set();
    for (const m of held) out.add(m);
  }
  return out;
}

/** Words that add a further topic to what the sentence before said ("The leaders also touched on AI", также, juga, 此外). */
const ADDITIONS = new Set(['also', 'additionally', 'besides', 'также', 'тоже', 'кроме', 'juga', 'pula', 'selain']);
const HAN_ADDITIONS = ['此外', '另外', '还谈', '也谈', '还讨论', '也讨论', '还就', '也就', '还提到', '也提到', '还涉及', '也涉及', '亦就', '亦谈'];

function addsTopic(s: Sentence): boolean {
  return s.tokens.some((t) => ADDITIONS.has(t.fold)) || s.han.some((run) => HAN_ADDITIONS.some((w) => run.includes(w)));
}

/** Countries a sentence names as actors: not only in the backdrop of a deal or after a time anchor. */
function actorsIn(f: SentenceFacts): Country[] {
  return [...f.countries.keys()].filter((c) => !f.backdrop.has(c) && !f.dated.has(c));
}

/** Parties named in a sentence as actors (not only in the backdrop of a deal or after a time anchor). */
function partiesIn(f: SentenceFacts, parties: ReadonlySet<Country>): number {
  let n = 0;
  for (const c of f.countries.keys()) if (parties.has(c) && !f.backdrop.has(c) && !f.dated.has(c)) n++;
  return n;
}

function scoreOf(aiSignal: number, coverage: number, aiMain: boolean, relation: number, parties: number, relevant: boolean): number {
  const a = Math.min(1, aiSignal / 8) * 0.5 + Math.min(1, coverage / 0.6) * 0.5;
  const r = parties >= 2 ? Math.min(1, relation / 4) : 0;
  const raw = 0.5 * a + 0.5 * r;
  // Keep the score on the right side of 0.5 so it agrees with the decision.
  const s = relevant ? 0.5 + raw / 2 : Math.min(0.49, raw / 2 + (aiMain ? 0.1 : 0));
  return Math.round(s * 1000) / 1000;
}

function topicsOf(sentences: Sentence[], lang: string): Topic[] {
  const counts = new Map<Topic, number>();
  for (const s of sentences) {
    const out: Match[] = [];
    matchSentence(TOPIC, s, lang, out);
    for (const m of out) for (const e of m.entry.effects) if (e.topic) counts.set(e.topic, (counts.get(e.topic) ?? 0) + (s.isTitle ? 2 : 1));
  }
  return TOPICS.filter((t) => (counts.get(t) ?? 0) >= 2);
}
