const ZONES: Record<string, string> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
  MSK: '+0300', CET: '+0100', CEST: '+0200', BST: '+0100', JST: '+0900', KST: '+0900', WIB: '+0700', HKT: '+0800', SGT: '+0800',
};

// Earlier than this a feed date is a placeholder (epoch zero, 0001-01-01), not a publication time.
const EARLIEST_PLAUSIBLE = Date.UTC(1995, 0, 1);

/** Parse a feed date (RFC 822 with named zones, ISO 8601/W3CDTF, partial dates); null when unusable. */
export function parseFeedDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  let s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  // RFC 822 named zones that Date.parse does not know.
  s = s.replace(/\b([A-Z]{1,4})$/, (zone) => ZONES[zone] ?? zone);
  // W3CDTF partial dates: "2003-12" and "2003".
  if (/^\d{4}(-\d{2})?$/.test(s)) s = s.length === 4 ? `${s}-01-01T00:00:00Z` : `${s}-01T00:00:00Z`;
  // ISO date-times without a zone are UTC in feeds (Date.parse would take local time).
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s = s.replace(' ', 'T') + 'Z';
  // "2025-01-02 10:00:00 +0800" → ISO.
  s = s.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?) ?([+-]\d{2}):?(\d{2})$/, '$1T$2$3:$4');
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  return new Date(ms);
}

/** A publication date fit to store: implausibly old → null, future beyond a day → clamped to now. */
export function saneDate(date: Date | null, now: Date): Date | null {
  if (!date) return null;
  const ms = date.getTime();
  if (ms < EARLIEST_PLAUSIBLE) return null;
  if (ms > now.getTime() + 24 * 3600_000) return new Date(now.getTime());
  return date;
}
