import http from 'node:http';
import type { ClientRequest, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { BlockedAddressError, blockedMessage, createGuardedLookup, isPublicAddress, unbracket } from './address-policy.js';
import { BodyTooLargeError, UnsupportedEncodingError, readBody } from './body.js';
import { parseRetryAfter } from './retry-after.js';
import { checkFeedBody } from './sniff.js';
import type { FetchError, FetchOptions, FetchOutcome, Validators } from './types.js';
import { validateFeedUrl } from './validate-url.js';

export const DEFAULT_MAX_REDIRECTS = 5;

export const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml, text/xml, */*;q=0.9';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_STATUSES = new Set([301, 308]);

/** An expected failure carried out of the hop loop as a value-bearing exception. */
class Failure extends Error {
  constructor(readonly error: FetchError) {
    super(error.message);
  }
}

/**
 * Fetches a feed over http(s): conditional GET, hand-followed redirects with every hop's URL and
 * resolved IP checked, one overall deadline, a decompressed-size cap. Never throws for expected
 * failures; they come back as `{ kind: 'failed', error }`.
 */
export async function fetchFeed(url: string, validators: Validators, opts: FetchOptions): Promise<FetchOutcome> {
  const start = validateFeedUrl(url);
  if (!start.ok) return { kind: 'failed', error: start.error };

  const isAllowed = opts.isAddressAllowed ?? (opts.allowPrivate ? () => true : isPublicAddress);
  const lookup = createGuardedLookup(isAllowed);
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = new AbortController();
  // The deadline does not run while a large body waits for its turn (another large body being read or
  // analysed is not this server's slowness).
  let remainingMs = opts.timeoutMs;
  let armedAt = Date.now();
  let timer = setTimeout(() => deadline.abort(), remainingMs);
  const onTurnWait = (waiting: boolean): void => {
    if (waiting) {
      clearTimeout(timer);
      remainingMs -= Date.now() - armedAt;
    } else {
      armedAt = Date.now();
      timer = setTimeout(() => deadline.abort(), Math.max(0, remainingMs));
    }
  };

  let current = start.url;
  let host = current.host;
  let redirects = 0;
  let allPermanent = true;
  let req: ClientRequest | undefined;
  try {
    for (;;) {
      host = current.host;
      checkLiteralHost(current, isAllowed);
      const sent = await send(current, requestHeaders(validators, opts.userAgent), lookup, deadline.signal);
      req = sent.req;
      const res = sent.res;
      const status = res.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        const location = res.headers.location;
        if (location === undefined || location.trim() === '') {
          throw new Failure({ kind: 'http-status', status, message: `HTTP ${status} from ${host} without a Location header` });
        }
        req.destroy();
        redirects++;
        if (redirects > maxRedirects) {
          throw new Failure({
            kind: 'too-many-redirects',
            message: `too many redirects (more than ${maxRedirects}) starting at ${start.url.host}`,
          });
        }
        current = nextHop(current, location);
        if (!PERMANENT_STATUSES.has(status)) allPermanent = false;
        continue;
      }

      const finalUrl = current.href;
      const movedPermanentlyTo = redirects > 0 && allPermanent ? finalUrl : null;

      if (status === 304) {
        req.destroy();
        return { kind: 'not-modified', finalUrl, movedPermanentlyTo };
      }
      if (status === 429 || status === 503) {
        const retryAfterMs = parseRetryAfter(res.headers['retry-after'], Date.now());
        req.destroy();
        const error: FetchError = {
          kind: 'rate-limited',
          status,
          message: `${host} is rate limiting or unavailable (HTTP ${status})${retryAfterMs === undefined ? '' : `; retry after ${formatDuration(retryAfterMs)}`}`,
        };
        if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
        throw new Failure(error);
      }
      if (status < 200 || status > 299) {
        req.destroy();
        const reason = res.statusMessage ? ` ${res.statusMessage.slice(0, 60)}` : '';
        throw new Failure({ kind: 'http-status', status, message: `HTTP ${status}${reason} from ${host}` });
      }

      const { body, release } = await readBody(res, opts.maxBytes, { keepTurn: opts.keepLargeBodyTurn === true, onTurnWait });
      const notFeed = checkFeedBody(body, host);
      if (notFeed) {
        release();
        throw new Failure({ ...notFeed, status });
      }
      return {
        kind: 'ok',
        status,
        body,
        ...(opts.keepLargeBodyTurn ? { release } : {}),
        contentType: res.headers['content-type'] ?? null,
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
        finalUrl,
        movedPermanentlyTo,
      };
    }
  } catch (err) {
    return { kind: 'failed', error: toFetchError(err, host, opts, deadline.signal.aborted) };
  } finally {
    clearTimeout(timer);
    // Always release the socket: on success it is already closed (no keep-alive), on failure this frees it.
    req?.destroy();
  }
}

function requestHeaders(validators: Validators, userAgent: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'User-Agent': userAgent,
    Accept: ACCEPT,
    'Accept-Encoding': 'gzip, deflate, br',
  };
  // Stored validators came from a server; drop any that would be an invalid header value.
  if (validators.etag !== null && isHeaderSafe(validators.etag)) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified !== null && isHeaderSafe(validators.lastModified)) {
    headers['If-Modified-Since'] = validators.lastModified;
  }
  return headers;
}

function isHeaderSafe(value: string): boolean {
  return value !== '' && /^[\t\x20-\x7e\x80-\xff]*$/.test(value);
}

function header(res: IncomingMessage, name: 'etag' | 'last-modified'): string | null {
  const value = res.headers[name];
  return typeof value === 'string' ? value : null;
}

/** The connect-time lookup is skipped for IP literals, so they are checked here, before any socket exists. */
function checkLiteralHost(url: URL, isAllowed: (ip: string) => boolean): void {
  const ip = unbracket(url.hostname);
  if (isIP(ip) !== 0 && !isAllowed(ip)) {
    throw new Failure({ kind: 'blocked-address', message: blockedMessage(ip, ip) });
  }
}

function nextHop(from: URL, location: string): URL {
  let resolved: string;
  try {
    resolved = new URL(location.trim(), from).href;
  } catch {
    throw new Failure({ kind: 'invalid-url', message: `${from.host} redirected to an invalid URL` });
  }
  const checked = validateFeedUrl(resolved);
  if (!checked.ok) {
    throw new Failure({ kind: 'invalid-url', message: `${from.host} redirected to an unusable URL: ${checked.error.message}` });
  }
  return checked.url;
}

function send(
  url: URL,
  headers: OutgoingHttpHeaders,
  lookup: LookupFunction,
  signal: AbortSignal,
): Promise<{ req: ClientRequest; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request({
      protocol: url.protocol,
      hostname: unbracket(url.hostname),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      lookup,
      signal,
      agent: false, // a fresh connection per hop: no pooled socket can outlive the fetch or skip the lookup guard
    });
    req.on('error', reject); // stays attached: later errors (after the response) must not go unhandled
    req.on('response', (res) => {
      res.on('error', () => {}); // surfaced to the body reader; this only prevents an unhandled 'error'
      resolve({ req, res });
    });
    req.end();
  });
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA']);

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
};

/** Maps whatever ended a fetch to a FetchError (exported for tests; not part of the public API). */
export function toFetchError(err: unknown, host: string, opts: FetchOptions, timedOut: boolean): FetchError {
  if (err instanceof Failure) return err.error;
  if (err instanceof BlockedAddressError) return { kind: 'blocked-address', message: err.message };
  if (err instanceof BodyTooLargeError) return { kind: 'too-large', message: err.message };
  if (timedOut) return { kind: 'timeout', message: `timed out after ${formatDuration(opts.timeoutMs)} fetching from ${host}` };
  if (err instanceof UnsupportedEncodingError) return { kind: 'network', message: `${host} sent an ${err.message}` };
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (DNS_CODES.has(code)) return { kind: 'dns', message: `could not resolve ${stripPort(host)} (${code})` };
  if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code === 'ERR__ERROR_FORMAT_PADDING_1') {
    return { kind: 'network', message: `${host} sent a corrupt compressed body` };
  }
  const words = NETWORK_WORDS[code] ?? (err instanceof Error ? err.message : String(err));
  return { kind: 'network', message: `could not fetch from ${host}: ${words}${code && NETWORK_WORDS[code] ? ` (${code})` : ''}` };
}

function stripPort(host: string): string {
  return host.replace(/:\d+$/, '');
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}
