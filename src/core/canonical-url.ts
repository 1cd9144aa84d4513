// Parameters that only ever track a click.
const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|ref_url|cmpid|ncid|spm|at_medium|at_campaign|wt\.mc_id|maca)$/i;
// Parameters that sometimes identify the article (?cid=42, ?channel=tech) and sometimes only say
// "came from the feed" (?ref=rss, ?mod=rss_topstories): dropped only with a feed-ish value.
const SOURCE_PARAMS = /^(ref|mod|channel|from|src|source|feed|share|cid|traffic_source)$/i;
const FEEDISH_VALUE = /^(rss|atom|feed|feeds|xml|newsletter|email|social|share|twitter|facebook|telegram)([_-].*)?$|[_-](rss|feed)$/i;

function isTracking(key: string, value: string): boolean {
  return TRACKING_PARAMS.test(key) || (SOURCE_PARAMS.test(key) && FEEDISH_VALUE.test(value));
}

/** The URL with tracking parameters and fragment removed and the host lower-cased; null if not http(s). */
export function canonicalUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([key, value]) => !isTracking(key, value));
  url.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  return url.toString();
}

/** A feed's link resolved against the feed's own address, left as the publisher wrote it otherwise. */
export function resolveLink(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (!base) return trimmed;
  try {
    return new URL(trimmed, base).toString();
  } catch {
    return trimmed;
  }
}
