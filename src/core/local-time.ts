/** Calendar helpers in a subscriber's time zone (pure: the instant is passed in). */
import { DEFAULT_LOCALE, intlTag, type Locale } from './locale.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(tz, f);
  }
  return f;
}

function localParts(instant: Date, tz: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(tz).formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** YYYY-MM-DD of the instant in the zone. */
export function localDate(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** HH:MM of the instant in the zone. */
export function localClock(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function offsetMs(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instants where the local date `YYYY-MM-DD` starts and ends in the zone. */
export function localDayRange(date: string, tz: string): { start: Date; end: Date } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const toInstant = (year: number, month: number, day: number) => {
    const guess = Date.UTC(year, month - 1, day);
    // Two passes settle the offset even across a DST change.
    let t = guess - offsetMs(new Date(guess), tz);
    t = guess - offsetMs(new Date(t), tz);
    return new Date(t);
  };
  return { start: toInstant(y, m, d), end: toInstant(y, m, d + 1) };
}

/** "Thursday, 26 November 2026" (or the same in the reader's locale) for a YYYY-MM-DD date. */
export function formatDateLabel(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let f = labelFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : intlTag(locale), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    labelFormatters.set(locale, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}
const labelFormatters = new Map<Locale, Intl.DateTimeFormat>();
