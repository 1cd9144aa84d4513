import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { reclaimAfterLargeBody } from '../heap.js';

/** Raised inside the fetcher to end a fetch with a specific FetchError. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`feed is larger than the ${formatBytes(maxBytes)} limit; stopped reading`);
    this.name = 'BodyTooLargeError';
  }
}

export class UnsupportedEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`unsupported Content-Encoding "${encoding.slice(0, 40)}"`);
    this.name = 'UnsupportedEncodingError';
  }
}

// Lenient flushing so a body cut short at the end still yields what arrived (as browsers do).
const ZLIB_OPTS: zlib.ZlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_OPTS: zlib.BrotliOptions = { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

/** A body at least this large is read one at a time in this process (largeBodyTurn) and followed by a garbage collection (reclaimAfterLargeBody). */
export const LARGE_BODY_BYTES = 1024 * 1024;

export interface ReadBodyOptions {
  /**
   * Keep this process's large-body turn after the body is returned, until the returned `release` is
   * called: the caller analyses the body first, so the next large body is not read meanwhile (the
   * refresher: one large body live at a time, from its first megabyte through its analysis).
   */
  keepTurn?: boolean;
  /** Told when this body starts (true) and stops (false) waiting for its turn (the fetcher pauses its deadline). */
  onTurnWait?: (waiting: boolean) => void;
}

export interface ReadBodyResult {
  body: Buffer;
  /** Ends this body's large-body turn, if it kept one (keepTurn); idempotent. Otherwise a no-op. */
  release: () => void;
}

const noop = (): void => {};

/**
 * Reads the response body, decompressing gzip/deflate/br on the fly and stopping as soon as the
 * DECOMPRESSED size passes maxBytes, so a 50 MB body or a gzip bomb is never held in memory.
 * Streams are consumed with backpressure: the decompressor only inflates as fast as we read.
 */
export async function readBody(res: IncomingMessage, maxBytes: number, options: ReadBodyOptions = {}): Promise<ReadBodyResult> {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let declared: number | null = null;
  if (encoding === '' || encoding === 'identity') {
    const length = Number(res.headers['content-length'] ?? NaN);
    if (Number.isFinite(length) && length > maxBytes) throw new BodyTooLargeError(maxBytes);
    if (Number.isSafeInteger(length) && length >= 0) declared = length;
  }
  const source = await decodedStream(res, encoding);
  // With a declared length each chunk is copied into one buffer of that size as it arrives, so the
  // chunks die young instead of waiting, as long as the body, for a full garbage collection (a 10 MB
  // body held as 160 chunks plus their concatenation is 20 MB until V8 next collects its old space).
  // (Without one, copying into a buffer of maxBytes measured worse than joining the chunks at the end.)
  const whole = declared !== null ? Buffer.allocUnsafeSlow(declared) : null;
  const chunks: Buffer[] = [];
  let total = 0;
  let filled = 0;
  let release: (() => void) | null = null;
  let kept = false;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
      // Past a megabyte a body waits its turn: one large body is read at a time in this process
      // (meanwhile the server is held back by TCP), so four concurrent fetches of 10 MB feeds or gzip
      // bombs hold one body's worth, not four.
      if (release === null && total >= LARGE_BODY_BYTES) release = await largeBodyTurn(options.onTurnWait);
      if (whole && chunks.length === 0 && total <= whole.length) filled += chunk.copy(whole, filled);
      else chunks.push(chunk);
    }
    kept = options.keepTurn === true && release !== null;
  } finally {
    if (source !== res) source.destroy();
    if (release && !kept) {
      release();
      reclaimAfterLargeBody();
    }
  }
  // No length, or not the one declared (Node ends a response that is short of its Content-Length
  // with an error, but a longer one is possible with a lenient parser): join what arrived.
  const body = whole && filled === whole.length ? whole : Buffer.concat(whole ? [whole.subarray(0, filled), ...chunks] : chunks, total);
  if (!kept) return { body, release: noop };
  const end = release!;
  let ended = false;
  return {
    body,
    release: () => {
      if (ended) return;
      ended = true;
      end();
      reclaimAfterLargeBody();
    },
  };
}

let largeBodyBusy = false;
const waitingForLargeBody: Array<() => void> = [];

/** Wait until no other large body is being read (or kept); resolves with the function that ends this one's turn. */
async function largeBodyTurn(onWait?: (waiting: boolean) => void): Promise<() => void> {
  if (largeBodyBusy) {
    onWait?.(true);
    await new Promise<void>((resolve) => waitingForLargeBody.push(resolve));
    onWait?.(false);
  }
  largeBodyBusy = true;
  return () => {
    const next = waitingForLargeBody.shift();
    if (next) next();
    else largeBodyBusy = false;
  };
}

async function decodedStream(res: IncomingMessage, encoding: string): Promise<Readable> {
  switch (encoding) {
    case '':
    case 'identity':
      return res;
    case 'gzip':
    case 'x-gzip':
      return piped(res, zlib.createGunzip(ZLIB_OPTS));
    case 'br':
      return piped(res, zlib.createBrotliDecompress(BROTLI_OPTS));
    case 'deflate':
      return inflateEither(res);
    default:
      throw new UnsupportedEncodingError(encoding);
  }
}

function piped<T extends NodeJS.ReadWriteStream & Readable>(res: Readable, decoder: T): T {
  // pipeline destroys both sides when either fails or is destroyed; errors surface on `decoder`.
  pipeline(res, decoder, () => {});
  return decoder;
}

/**
 * HTTP "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate.
 * Peek at the first two bytes: a zlib header has CM=8 and (CMF*256+FLG) % 31 === 0.
 */
async function inflateEither(res: IncomingMessage): Promise<Readable> {
  const { head, ended } = await readPrefix(res, 2);
  const b0 = head[0];
  const b1 = head[1];
  const zlibWrapped = b0 !== undefined && b1 !== undefined && (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
  const inflater = zlibWrapped ? zlib.createInflate(ZLIB_OPTS) : zlib.createInflateRaw(ZLIB_OPTS);
  if (ended) {
    inflater.end(head);
    return inflater;
  }
  if (head.length > 0) res.unshift(head);
  return piped(res, inflater);
}

async function readPrefix(stream: Readable, n: number): Promise<{ head: Buffer; ended: boolean }> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < n) {
    const chunk = stream.read() as Buffer | null;
    if (chunk) {
      parts.push(chunk);
      length += chunk.length;
      continue;
    }
    if (stream.readableEnded) return { head: Buffer.concat(parts), ended: true };
    if (stream.destroyed) throw stream.errored ?? new Error('response closed early');
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        cleanup();
        resolve();
      };
      const fail = (err: Error): void => {
        cleanup();
        reject(err);
      };
      const cleanup = (): void => {
        stream.off('readable', done).off('end', done).off('close', done).off('error', fail);
      };
      stream.on('readable', done).on('end', done).on('close', done).on('error', fail);
    });
  }
  return { head: Buffer.concat(parts), ended: false };
}

/** "5 MiB", "512 KiB", "300 B". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} B`;
}
