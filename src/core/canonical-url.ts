const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ref|ref_src|ref_url|mod|channel|cmpid|ncid|spm|share|from|rss|feed|src|at_medium|at_campaign|wt_mc|wt\.mc_id|cid)$/i;

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
  const kept = [...url.searchParams].filter(([key]) => !TRACKING_PARAMS.test(key));
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
