const MINUTE = 60_000;
const MAX_BACKOFF = 24 * 60 * MINUTE;

/** Deterministic jitter in [0, 1) from the feed id, so failing feeds do not retry in lockstep. */
function jitterFor(feedId: number, attempt: number): number {
  let h = (feedId * 2654435761 + attempt * 40503) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507) >>> 0;
  h ^= h >>> 13;
  return (h % 10_000) / 10_000;
}

/**
 * When to try a failing feed again: exponential from the refresh interval, doubled per
 * consecutive failure, capped at 24 h, with up to 25% jitter; never before the server's Retry-After.
 */
export function nextCheckAfterFailure(args: { feedId: number; consecutiveErrors: number; now: Date; intervalMs: number; retryAfterMs?: number | undefined }): Date {
  const exponent = Math.min(Math.max(args.consecutiveErrors - 1, 0), 16);
  const base = Math.min(args.intervalMs * 2 ** exponent, MAX_BACKOFF);
  const delay = base * (1 + 0.25 * jitterFor(args.feedId, args.consecutiveErrors));
  return new Date(args.now.getTime() + Math.max(delay, args.retryAfterMs ?? 0));
}
