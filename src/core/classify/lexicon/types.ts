import type { Country, Topic } from '../../types.js';

/**
 * One language's vocabulary, as data. Pattern syntax (Latin/Cyrillic):
 * - words separated by spaces match consecutive tokens after case/diacritic folding;
 * - a trailing `*` on a word matches any token starting with it (Russian/Indonesian morphology);
 * - a leading `=` makes a word case-sensitive (`=US`, `=AS`, `=AI`);
 * - a leading `!` restricts the whole pattern to texts whose detected language is this lexicon's.
 * Han patterns are plain substrings matched longest-first.
 */
export interface LexiconData {
  lang: 'en' | 'id' | 'ru' | 'zh';
  ai: {
    /** Unambiguous AI terms: artificial intelligence, LLM, model names, AI-chip names. */
    strong: string[];
    /** AI-enabling but ambiguous on their own: chip, GPU, data centre, supercomputer. */
    weak: string[];
    /**
     * Chips and chipmaking, weak on their own (a car's chips are not AI), but AI-enabling by the rules
     * once the item is about export controls on them: such an item needs no word for AI.
     */
    hardware?: string[];
    /**
     * AI chips and accelerators by name or kind (H20, accelerators, ускорители, 算力芯片): strong AI terms that are
     * also goods, so a licence or a sale naming one is a licensed sale of controlled hardware.
     */
    chips?: string[];
  };
  countries: Record<Country, {
    /** Country names, adjectives, demonyms, capitals, leaders, ministries, state media. */
    names: string[];
    /** Firms and labs; they stand for their country and (aiEntity) may also signal AI. */
    entities?: string[];
    /** Firms whose name is itself an AI signal (Nvidia, OpenAI, DeepSeek). */
    aiEntities?: string[];
    /**
     * AI products by name (ChatGPT, Claude, Qwen, GigaChat): an AI signal, and their maker's country when the item
     * acts on them (bans, blocks, restricts, refuses them). Named in a benchmark comparison ("beats GPT-4o") they are
     * a passing mention, so on their own they weigh little for presence.
     */
    products?: string[];
    /**
     * "Our own" words (отечественные): the writer's country by default, but they also describe another
     * country's home industry ("Chinese regulators push firms to domestic accelerators"), so they count
     * for presence and never make a country a party by standing next to a cue.
     */
    domestic?: string[];
    /**
     * Blocs the country belongs to ("западные вендоры", Western firms): they count for presence like a name,
     * but a bloc standing next to a cue does not make the country a party ("Western vendors left the market").
     */
    blocs?: string[];
  }>;
  /** Terms naming two parties at once: 中美, 中俄, американо-китайский. */
  pairs?: Array<[string, Country[]]>;
  cooperation: string[];
  /**
   * Research and engineering settings (research centre, university, laboratory, master's programme): their
   * field is stated elsewhere. A title naming one and no AI term takes its field from a lead that has one
   * ("MSU and Peking University launch a joint master's" + "...in machine learning").
   */
  researchSettings?: string[];
  /**
   * Governance instruments (standard, rules, framework, 标准, стандарт): like a research setting, their field is stated
   * elsewhere; a title naming one and no AI term takes its field from a lead that has one ("ITU approves labelling standard"
   * + "...for AI-generated content").
   */
  instruments?: string[];
  /** Commercial exchange (sell, order, supply): weak cooperation, it often happens inside a rivalry. */
  trade?: string[];
  competition: string[];
  /** Export controls and their instruments (licence requirements, entity list): competition cues that also make chips AI-enabling. */
  exportControls?: string[];
  /** Permitted trade in controlled goods (licences granted, sales approved, waivers): cooperation inside an export-control fight. */
  licensing?: string[];
  /** Refusals (reject, avoid, stop buying, exclude): turn the trade and cooperation cues of their sentence into competition. */
  refusals?: string[];
  /**
   * Undoing a restriction (lift, ease, reverse, 解除, снять): a ban or requirement named in the same sentence is what is
   * being undone ("lifted the 2023 ban on Micron"), so it does not turn that sentence's licences and trade into competition.
   */
  lifts?: string[];
  /** Illicit channels (smuggling, shell companies, evasion): a headline naming one makes the item's trade the contest itself. */
  illicit?: string[];
  /** Bans, licence requirements and illicit trade (ban, smuggle, halt): turn the trade cues of their sentence into competition. */
  blocks?: string[];
  /** Background markers ("despite", "under sanctions"): competition cues in their sentence are context, not a relation, and make no one a party. */
  background?: string[];
  /**
   * Time anchors that hang an earlier or parallel act on the news ("two weeks after Washington cleared H20 sales",
   * "last year, when the US declined to sign", "came as negotiators met", 此前, спустя): the cues after one, in its
   * sentence, date the news and are not its relation.
   */
  earlier?: string[];
  /** Adverbs that put their clause in the past ("previously", ранее, sebelumnya): the cues after one, wherever it stands, are context. */
  formerly?: string[];
  /**
   * Exemptions from controls ("falls outside US export licensing", 无须申请许可, не подпадает под): the control named after
   * one (or inside it) does not apply, so it is no competition cue.
   */
  exemptions?: string[];
  /**
   * Discussion verbs (discuss, talk about, обсудить, membahas, 讨论): the conflict words right after one are what is discussed
   * ("talk about machines that might start a war", "discuss export controls"), not an act between the parties, unless a
   * country not named before it comes in ("discussed US sanctions").
   */
  discussions?: string[];
  /**
   * Talks that end without the agreement they sought ("ended without a joint statement", "не согласовали", "tanpa
   * kesepakatan", 未能达成): with a dispute named in the item, the dialogue and the dispute are both its news (mixed).
   */
  stalemates?: string[];
  /** A platform taking up the other side's model or service (lands on, goes live on, 上线, доступна на): commercial uptake. */
  hosting?: string[];
  /** Constructions that turn a country mention into a passing aside ("as competition with"). */
  asides: string[];
  /**
   * Competition words that name the rivalry as a frame rather than an act (race, tensions, dependence, a sovereign
   * alternative, catching up): patterns that are also in `competition`. Under a headline naming at most one of the
   * parties, a later sentence that ties them only with these is the backdrop of someone else's story
   * ("Executives flagged tensions between Washington and Beijing as a risk").
   */
  rivalryFrames?: string[];
  /**
   * Words that refer back to the two parties ("both sides", "the two countries", 双方, обе стороны): a
   * sentence using one speaks of both parties already found, without naming them again.
   */
  anaphors?: string[];
  /** Coordinating words ("and", "и", "dan", 与): two countries joined by one act together ("Russian and Chinese scientists"). */
  conjunctions?: string[];
  /** False friends: consumed and reported, never counted. */
  ignore: string[];
  /** If any of these occur, bare "AI" abbreviations are read as something else (avian influenza...). */
  aiAbbrevGuards: string[];
  topics: Partial<Record<Topic, string[]>>;
}
