/** Public vocabulary of the HTTP feed fetcher (an adapter: the only place that talks HTTP to feeds). */

export interface FetchOptions {
  /** Overall deadline for the whole fetch, including every redirect hop and the body. */
  timeoutMs: number;
  /** Cap on the body, counted AFTER decompression (defends against zip bombs). */
  maxBytes: number;
  /** FEED_ALLOW_PRIVATE: when true, the default address policy allows every address. */
  allowPrivate: boolean;
  userAgent: string;
  /** Default 5. */
  maxRedirects?: number;
  /**
   * A body past a megabyte keeps this process's large-body turn (one large body at a time) after the
   * fetch returns, until the outcome's `release` is called: for a caller that analyses the body next,
   * so that no other large body is read meanwhile. The caller must call `release` (in a finally).
   */
  keepLargeBodyTurn?: boolean;
  /**
   * Test seam: decides whether a resolved IP may be contacted. When given it replaces the default
   * policy entirely (allowPrivate is then ignored). The default blocks private, loopback, link-local,
   * multicast, unspecified, CGNAT (100.64/10), ULA, reserved ranges and IPv4-mapped/embedded forms
   * of those, unless allowPrivate.
   */
  isAddressAllowed?: (ip: string) => boolean;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | {
      kind: 'ok';
      status: number;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      /** The final URL when every redirect in the chain was permanent (301/308); null otherwise or without redirects. */
      movedPermanentlyTo: string | null;
      /** With keepLargeBodyTurn: ends the body's large-body turn (a no-op for a small body); idempotent. */
      release?: () => void;
    }
  | { kind: 'not-modified'; finalUrl: string; movedPermanentlyTo: string | null }
  | { kind: 'failed'; error: FetchError };

export type FetchErrorKind =
  | 'invalid-url'
  | 'blocked-address'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'rate-limited'
  | 'network'
  | 'dns'
  | 'empty-body'
  | 'not-a-feed';

export interface FetchError {
  kind: FetchErrorKind;
  /** Short, clear, user-facing (admins see it in Telegram). */
  message: string;
  status?: number;
  /** From Retry-After (delta seconds or HTTP date) on 429/503. */
  retryAfterMs?: number;
}
