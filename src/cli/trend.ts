import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { MAX_TREND_WEEKS, parseTrendWeeks, type TrendLocale } from '../core/trend.js';
import { UsageError } from './io.js';

export const TREND_HELP = `usage: troika trend [--weeks N] [--until YYYY-MM-DD] [--out FILE] [--locale en|id|ru|zh] [--json] [--force]

  Render the /trend chart from the database: stories per week by country pair and the share of
  cooperation, competition and mixed. --weeks 1-${MAX_TREND_WEEKS} (default 12); --out writes the PNG
  (default trend.png; refuses to overwrite without --force); --until ends the chart with the week
  holding that date (default today); --json prints the weekly numbers.`;

const LOCALES: readonly TrendLocale[] = ['en', 'id', 'ru', 'zh'];

export async function trendCommand(argv: string[], app: App, out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { weeks: { type: 'string' }, until: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    out.write(TREND_HELP + '\n');
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const weeks = parseTrendWeeks(values.weeks);
  if (!weeks.ok) throw new UsageError(`--weeks must be a whole number from 1 to ${MAX_TREND_WEEKS}`);
  const locale = (values.locale ?? 'en') as TrendLocale;
  if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  let until: Date | undefined;
  if (values.until !== undefined) {
    until = new Date(`${values.until}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.until) || Number.isNaN(until.getTime())) throw new UsageError('--until must be a date as YYYY-MM-DD');
  }
  const file = values.out ?? 'trend.png';
  if (existsSync(file) && !values.force) throw new UsageError(`${file} exists; add --force to overwrite it`);
  const started = performance.now();
  const chart = await app.trend.chart(weeks.weeks, locale, until);
  writeFileSync(file, chart.png);
  const ms = Math.round(performance.now() - started);
  if (values.json) {
    out.write(JSON.stringify({ file, bytes: chart.png.length, ms, caption: chart.caption, weeks: chart.weeks.map((w) => ({ week: new Date(w.weekStart).toISOString().slice(0, 10), total: w.total, byPair: w.byPair, byStance: w.byStance })) }) + '\n');
  } else {
    out.write(`${file}: ${chart.png.length} bytes, ${weeks.weeks} weeks, ${ms} ms\n${chart.caption}\n`);
  }
  return 0;
}
