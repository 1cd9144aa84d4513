/**
 * Where an outlet comes from, so a briefing can show who reports a story: the country bloc
 * (US, CN, RU, ID or other) and whether it is state-run or state-funded media. Pure.
 */

export const ORIGINS = ['US', 'CN', 'RU', 'ID', 'other'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ORIGIN_FLAG: Record<Origin, string> = { US: '🇺🇸', CN: '🇨🇳', RU: '🇷🇺', ID: '🇮🇩', other: '🌐' };

export interface OriginGuess {
  origin: Origin;
  stateMedia: boolean;
}

/** Known outlets by host suffix: origin and state flag (state-run, or state-funded like VOA/RFA). */
const KNOWN_HOSTS: Array<[string, Origin, boolean]> = [
  ['xinhuanet.com', 'CN', true], ['news.cn', 'CN', true], ['cgtn.com', 'CN', true], ['globaltimes.cn', 'CN', true],
  ['people.com.cn', 'CN', true], ['peopledaily.com.cn', 'CN', true], ['chinadaily.com.cn', 'CN', true], ['cctv.com', 'CN', true],
  ['cctv.cn', 'CN', true], ['chinanews.com.cn', 'CN', true], ['chinanews.com', 'CN', true], ['gmw.cn', 'CN', true], ['ecns.cn', 'CN', true],
  ['thepaper.cn', 'CN', false], ['guancha.cn', 'CN', false], ['36kr.com', 'CN', false], ['sina.com.cn', 'CN', false], ['ithome.com', 'CN', false],
  ['scmp.com', 'CN', false], ['caixin.com', 'CN', false], ['hk01.com', 'CN', false], ['sohu.com', 'CN', false], ['163.com', 'CN', false],
  ['tass.ru', 'RU', true], ['tass.com', 'RU', true], ['ria.ru', 'RU', true], ['rt.com', 'RU', true], ['sputniknews.com', 'RU', true],
  ['sputnikglobe.com', 'RU', true], ['rg.ru', 'RU', true], ['1tv.ru', 'RU', true], ['vesti.ru', 'RU', true], ['interfax.ru', 'RU', false],
  ['meduza.io', 'RU', false], ['novayagazeta.eu', 'RU', false], ['themoscowtimes.com', 'RU', false], ['kommersant.ru', 'RU', false],
  ['vedomosti.ru', 'RU', false], ['rbc.ru', 'RU', false], ['cnews.ru', 'RU', false], ['3dnews.ru', 'RU', false], ['habr.com', 'RU', false],
  ['voanews.com', 'US', true], ['rfa.org', 'US', true], ['rferl.org', 'US', true], ['svoboda.org', 'US', true], ['currenttime.tv', 'US', true],
  ['technologyreview.com', 'US', false], ['restofworld.org', 'US', false], ['nytimes.com', 'US', false], ['wsj.com', 'US', false],
  ['washingtonpost.com', 'US', false], ['cnbc.com', 'US', false], ['cnn.com', 'US', false], ['apnews.com', 'US', false], ['bloomberg.com', 'US', false],
  ['theverge.com', 'US', false], ['wired.com', 'US', false], ['techcrunch.com', 'US', false], ['axios.com', 'US', false], ['politico.com', 'US', false],
  ['time.com', 'US', false], ['arstechnica.com', 'US', false], ['semafor.com', 'US', false], ['importai.substack.com', 'US', false],
  ['chinai.substack.com', 'US', false], ['defensenews.com', 'US', false], ['foreignpolicy.com', 'US', false],
  ['antaranews.com', 'ID', true], ['tvri.go.id', 'ID', true], ['rri.co.id', 'ID', true], ['cnbcindonesia.com', 'ID', false], ['detik.com', 'ID', false],
  ['kompas.com', 'ID', false], ['tempo.co', 'ID', false], ['liputan6.com', 'ID', false], ['cnnindonesia.com', 'ID', false], ['tribunnews.com', 'ID', false],
  ['theregister.com', 'other', false], ['bbc.co.uk', 'other', false], ['bbc.com', 'other', false], ['reuters.com', 'other', false],
  ['theguardian.com', 'other', false], ['ft.com', 'other', false], ['economist.com', 'other', false], ['dw.com', 'other', true],
  ['france24.com', 'other', true], ['aljazeera.com', 'other', true], ['cna.com.tw', 'other', true], ['focustaiwan.tw', 'other', true],
  ['nikkei.com', 'other', false], ['news.google.com', 'other', false],
];

const TLDS: Array<[RegExp, Origin]> = [
  [/\.(cn|xn--fiqs8s)$/, 'CN'],
  [/\.(ru|su|xn--p1ai)$/, 'RU'],
  [/\.id$/, 'ID'],
  [/\.(gov|mil|us)$/, 'US'],
];

const LANGUAGE_ORIGIN: Record<string, Origin> = { zh: 'CN', ru: 'RU', id: 'ID' };

/** Best guess for a feed from its address and language; admins correct it with /setorigin. */
export function guessOrigin(feed: { url: string; language?: string | null }): OriginGuess {
  let host = '';
  try {
    host = new URL(feed.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    host = '';
  }
  for (const [suffix, origin, stateMedia] of KNOWN_HOSTS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return { origin, stateMedia };
  }
  for (const [re, origin] of TLDS) if (re.test(host)) return { origin, stateMedia: /\.gov(\.|$)|\.mil$/.test(host) };
  const lang = (feed.language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return { origin: LANGUAGE_ORIGIN[lang] ?? 'other', stateMedia: false };
}

/** Parse `<origin> [state]` as an admin types it: "us", "CN state", "other". */
export function parseOrigin(input: string): { ok: true; value: OriginGuess } | { ok: false; message: string } {
  const [code, flag, ...rest] = input.trim().split(/\s+/).filter(Boolean);
  const origin = ORIGINS.find((o) => o.toLowerCase() === (code ?? '').toLowerCase());
  if (!origin || rest.length > 0 || (flag !== undefined && !/^(state|independent|private|no-state)$/i.test(flag))) {
    return { ok: false, message: `give an origin (${ORIGINS.join(', ')}) and optionally "state", e.g. CN state` };
  }
  return { ok: true, value: { origin, stateMedia: flag !== undefined && /^state$/i.test(flag) } };
}

/** "🇨🇳 CN · state" */
export function formatOrigin(origin: string | null, stateMedia: boolean): string {
  if (!origin) return '❔ origin not set';
  const o = (ORIGINS as readonly string[]).includes(origin) ? (origin as Origin) : 'other';
  return `${ORIGIN_FLAG[o]} ${o}${stateMedia ? ' · state' : ''}`;
}
