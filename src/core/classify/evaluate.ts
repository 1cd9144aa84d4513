/** Scores classifier predictions against labels: relevance P/R/F1, exact country sets, stance. Pure. */
import type { Evidence } from '../types.js';

/** One labelled item, as in a corpus labels.json. */
export interface LabelItem {
  link: string;
  lang: string;
  relevant: boolean;
  countries: string[];
  stance: string | null;
  feed?: string;
  hard?: boolean;
  why?: string;
}

/** One prediction, keyed by the label's link. */
export interface Prediction {
  link: string;
  lang: string;
  relevant: boolean;
  countries: string[];
  stance: string | null;
  evidence?: Evidence;
  title?: string;
  /** Chinese items: the script they are written in ('hant' traditional, 'hans' simplified), reported apart. */
  script?: 'hant' | 'hans' | null;
}

export interface Metrics {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Items labelled relevant (denominator of the two accuracies below). */
  labelledRelevant: number;
  countriesCorrect: number;
  countriesAccuracy: number;
  stanceCorrect: number;
  stanceAccuracy: number;
}

export type ErrorKind = 'false-positive' | 'false-negative' | 'countries' | 'stance';

export interface WrongItem {
  link: string;
  lang: string;
  title: string;
  kinds: ErrorKind[];
  expected: { relevant: boolean; countries: string[]; stance: string | null };
  got: { relevant: boolean; countries: string[]; stance: string | null };
  hard: boolean;
  why: string;
  evidence?: Evidence;
}

export interface EvalReport {
  overall: Metrics;
  byLang: Record<string, Metrics>;
  /** Chinese items by script ('zh-Hant', 'zh-Hans'), when predictions carry one. */
  byScript: Record<string, Metrics>;
  wrong: WrongItem[];
  /** Labels with no prediction (the item was not found in its feed). */
  missing: string[];
}

interface Acc {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  rel: number;
  cc: number;
  sc: number;
}

const emptyAcc = (): Acc => ({ items: 0, tp: 0, fp: 0, fn: 0, tn: 0, rel: 0, cc: 0, sc: 0 });
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

function toMetrics(a: Acc): Metrics {
  const precision = ratio(a.tp, a.tp + a.fp);
  const recall = ratio(a.tp, a.tp + a.fn);
  // With no positives predicted or labelled, F1 is undefined; report 1 when nothing was wrong.
  const f1 = a.tp + a.fp + a.fn === 0 ? 1 : ratio(2 * precision * recall, precision + recall);
  return {
    items: a.items, tp: a.tp, fp: a.fp, fn: a.fn, tn: a.tn, precision, recall, f1,
    labelledRelevant: a.rel, countriesCorrect: a.cc, countriesAccuracy: a.rel === 0 ? 1 : ratio(a.cc, a.rel),
    stanceCorrect: a.sc, stanceAccuracy: a.rel === 0 ? 1 : ratio(a.sc, a.rel),
  };
}

/**
 * Pair one feed's labels with the articles the pipeline read from it: by link (under `key`, the canonical form), then,
 * for links the pipeline rewrote beyond canonicalisation, in feed order when the counts of the rest agree.
 */
export function pairLabels<L extends { link: string }, A extends { url?: string | null }>(labels: readonly L[], articles: readonly A[], key: (link: string) => string): Array<[L, A]> {
  const byUrl = new Map(articles.filter((a) => a.url).map((a) => [key(a.url!), a]));
  const used = new Set<A>();
  const pairs: Array<[L, A]> = [];
  const pending: L[] = [];
  for (const label of labels) {
    const a = byUrl.get(key(label.link));
    if (a && !used.has(a)) {
      used.add(a);
      pairs.push([label, a]);
    } else pending.push(label);
  }
  const rest = articles.filter((a) => !used.has(a));
  if (pending.length > 0 && pending.length === rest.length) pending.forEach((l, i) => pairs.push([l, rest[i]!]));
  return pairs;
}

/** Compare predictions with labels, overall and per label language. */
export function evaluate(predictions: readonly Prediction[], labels: readonly LabelItem[]): EvalReport {
  const byLink = new Map(predictions.map((p) => [p.link, p]));
  const all = emptyAcc();
  const per = new Map<string, Acc>();
  const perScript = new Map<string, Acc>();
  const wrong: WrongItem[] = [];
  const missing: string[] = [];
  for (const l of labels) {
    const p = byLink.get(l.link);
    if (!p) {
      missing.push(l.link);
      continue;
    }
    let lang = per.get(l.lang);
    if (!lang) per.set(l.lang, (lang = emptyAcc()));
    const kinds: ErrorKind[] = [];
    const accs = [all, lang];
    if (p.script) {
      const key = `${l.lang}-${p.script === 'hant' ? 'Hant' : 'Hans'}`;
      let s = perScript.get(key);
      if (!s) perScript.set(key, (s = emptyAcc()));
      accs.push(s);
    }
    for (const a of accs) a.items++;
    if (l.relevant && p.relevant) for (const a of accs) a.tp++;
    else if (!l.relevant && p.relevant) { for (const a of accs) a.fp++; kinds.push('false-positive'); }
    else if (l.relevant && !p.relevant) { for (const a of accs) a.fn++; kinds.push('false-negative'); }
    else for (const a of accs) a.tn++;
    if (l.relevant) {
      for (const a of accs) a.rel++;
      const countriesOk = p.relevant && sameSet(p.countries, l.countries);
      const stanceOk = p.relevant && p.stance === l.stance;
      if (countriesOk) for (const a of accs) a.cc++;
      else if (p.relevant) kinds.push('countries');
      if (stanceOk) for (const a of accs) a.sc++;
      else if (p.relevant) kinds.push('stance');
    }
    if (kinds.length > 0) {
      wrong.push({
        link: l.link, lang: l.lang, title: p.title ?? '', kinds,
        expected: { relevant: l.relevant, countries: [...l.countries], stance: l.stance },
        got: { relevant: p.relevant, countries: [...p.countries], stance: p.stance },
        hard: l.hard ?? false, why: l.why ?? '',
        ...(p.evidence ? { evidence: p.evidence } : {}),
      });
    }
  }
  const byLang: Record<string, Metrics> = {};
  for (const k of [...per.keys()].sort()) byLang[k] = toMetrics(per.get(k)!);
  const byScript: Record<string, Metrics> = {};
  for (const k of [...perScript.keys()].sort()) byScript[k] = toMetrics(perScript.get(k)!);
  return { overall: toMetrics(all), byLang, byScript, wrong, missing };
}

const pct = (x: number): string => x.toFixed(3);

/** A fixed-width table: one row per language and one for all. */
export function formatReport(r: EvalReport): string {
  const head = ['lang', 'items', 'tp', 'fp', 'fn', 'prec', 'recall', 'F1', 'rel', 'countries', 'stance'];
  const row = (name: string, m: Metrics): string[] => [
    name, String(m.items), String(m.tp), String(m.fp), String(m.fn), pct(m.precision), pct(m.recall), pct(m.f1),
    String(m.labelledRelevant), pct(m.countriesAccuracy), pct(m.stanceAccuracy),
  ];
  // Script rows follow their language's row (zh, then zh-Hans and zh-Hant).
  const langRows = Object.entries(r.byLang).flatMap(([k, m]) => [
    row(k, m),
    ...Object.entries(r.byScript ?? {}).filter(([s]) => s.startsWith(`${k}-`)).map(([s, sm]) => row(` ${s}`, sm)),
  ]);
  const rows = [head, ...langRows, row('all', r.overall)];
  const widths = head.map((_, i) => Math.max(...rows.map((x) => x[i]!.length)));
  const line = (x: string[]): string => x.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  out.push(`wrong items: ${r.wrong.length}${r.missing.length ? `; labels without a matching item: ${r.missing.length}` : ''}`);
  return out.join('\n');
}

const fmtOne = (x: { relevant: boolean; countries: string[]; stance: string | null }): string =>
  x.relevant ? `relevant [${x.countries.join(',')}] ${x.stance ?? '-'}` : 'not relevant';

/** Each wrong item with what was expected, what came out and the evidence behind it. */
export function formatErrors(r: EvalReport): string {
  const out: string[] = [];
  for (const w of r.wrong) {
    out.push(`✗ [${w.lang}] ${w.kinds.join(', ')}${w.hard ? ' (hard)' : ''}: ${w.title}`);
    out.push(`  link: ${w.link}`);
    out.push(`  expected: ${fmtOne(w.expected)}${w.why ? ` — ${w.why}` : ''}`);
    out.push(`  got:      ${fmtOne(w.got)}`);
    const e = w.evidence;
    if (e) {
      const cs = Object.entries(e.countries).map(([c, t]) => `${c}: ${(t ?? []).join(', ')}`).join('; ');
      out.push(`  ai: ${e.ai.join(', ') || '-'} | countries: ${cs || '-'}`);
      out.push(`  cooperation: ${e.cooperation.join(', ') || '-'} | competition: ${e.competition.join(', ') || '-'}`);
      if (e.fuzzy.length) out.push(`  fuzzy: ${e.fuzzy.join(', ')}`);
      if (e.ignored.length) out.push(`  ignored: ${e.ignored.join(', ')}`);
      for (const rule of e.rules) out.push(`  · ${rule}`);
    }
    out.push('');
  }
  for (const m of r.missing) out.push(`? no item found for label ${m}`);
  return out.join('\n');
}
