/** Small, pure clean-ups of what feeds and OPML files say about a feed. */

/** A site link worth keeping: http(s) and not absurdly long. */
export function cleanSiteUrl(input: string | null | undefined): string | null {
  if (!input) return null;
  try {
    const url = new URL(input.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= 2048 ? url.href : null;
  } catch {
    return null;
  }
}

/** A BCP 47-looking language tag (en, zh-CN), lower-cased primary subtag; anything else is dropped. */
export function cleanLanguage(input: string | null | undefined): string | null {
  const s = input?.trim();
  return s && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(s) ? s.replace(/^[A-Za-z]+/, (p) => p.toLowerCase()) : null;
}
