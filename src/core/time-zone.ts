/**
 * Time zone names as people type them: "asia/jakarta" is Asia/Jakarta (stored in the canonical
 * case, so equal zones compare equal), and a near miss ("jakarta", "UTC+7", "Asia/Jakrta") gets a
 * suggestion instead of a bare refusal. Pure: only the Intl time zone database.
 */

export type TimeZoneMatch = { ok: true; zone: string } | { ok: false; suggestion: string | null };

function resolved(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The canonical spelling of a valid zone name, or null when Intl does not know it. */
export function canonicalTimeZone(input: string): string | null {
  const name = input.trim();
  if (!name || name.length > 50) return null;
  const zone = resolved(name);
  if (!zone) return null;
  // Intl may also map an alias to another zone (EST → America/Panama): keep the reader's own name then.
  return zone.toLowerCase() === name.toLowerCase() ? zone : name;
}

// Offsets that are not whole hours have no Etc/GMT zone: the best-known city with that offset all year.
const FRACTIONAL_OFFSET_CITY: Record<string, string> = {
  '-3:30': 'America/St_Johns',
  '+3:30': 'Asia/Tehran',
  '+4:30': 'Asia/Kabul',
  '+5:30': 'Asia/Kolkata',
  '+5:45': 'Asia/Kathmandu',
  '+6:30': 'Asia/Yangon',
  '+9:30': 'Australia/Darwin',
  '+10:30': 'Australia/Lord_Howe',
  '+12:45': 'Pacific/Chatham',
};

/** "UTC+7", "GMT-03:00", "+5:30" → a zone with that offset ("Etc/GMT-7": POSIX signs are inverted). */
function fromOffset(name: string): string | null {
  const m = /^(?:utc|gmt|z)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (minutes === 0) {
    if (hours === 0) return 'UTC';
    if ((m[1] === '+' && hours <= 14) || (m[1] === '-' && hours <= 12)) return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
    return null;
  }
  return FRACTIONAL_OFFSET_CITY[`${m[1]}${hours}:${String(minutes).padStart(2, '0')}`] ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

let known: string[] | null = null;
const knownZones = () => (known ??= Intl.supportedValuesOf('timeZone'));

/** The zone a near miss most likely meant, or null when nothing is close enough to suggest. */
export function suggestTimeZone(input: string): string | null {
  const name = input.trim();
  if (!name || name.length > 50) return null;
  const offset = fromOffset(name);
  if (offset) return offset;
  const typed = name.toLowerCase().replace(/\s+/g, '_');
  const city = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
  // A city alone ("jakarta", "new york"), then a small typo in the full name or in the city.
  const byCity = knownZones().find((zone) => city(zone) === typed);
  if (byCity) return byCity;
  const budget = typed.length <= 4 ? 1 : 2;
  let best: { zone: string; distance: number } | null = null;
  for (const zone of knownZones()) {
    const distance = Math.min(editDistance(typed, zone.toLowerCase()), typed.includes('/') ? Infinity : editDistance(typed, city(zone)));
    if (distance <= budget && (!best || distance < best.distance)) best = { zone, distance };
  }
  return best?.zone ?? null;
}

/** A typed zone: its canonical name, or why not with the likeliest meaning. */
export function matchTimeZone(input: string): TimeZoneMatch {
  const zone = canonicalTimeZone(input);
  return zone ? { ok: true, zone } : { ok: false, suggestion: suggestTimeZone(input) };
}
