/**
 * A local HTTP server on 127.0.0.1 (port 0) for fetcher tests: routes → handlers, fixture serving,
 * and a record of every connection and request, so a test can assert a request was never made.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  method: string;
  /** Path plus query, as sent on the request line. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL for a path on this server. */
  url(path: string): string;
  /** Registers (or replaces) the handler for an exact pathname; unknown paths get 404. */
  route(path: string, handler: Handler): void;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests whose pathname is `path`. */
  requestsTo(path: string): RecordedRequest[];
  /** TCP connections ever accepted (a refused fetch must leave this at 0). */
  readonly connectionCount: number;
  /** Connections currently open. */
  openConnections(): number;
  /** Resolves once every connection has closed; rejects after `timeoutMs`. */
  waitForNoConnections(timeoutMs?: number): Promise<void>;
  /** Forgets routes and records. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a server with the given routes; close it in afterAll/afterEach. */
export async function startFeedServer(routes: Record<string, Handler> = {}): Promise<FeedServer> {
  const table = new Map<string, Handler>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let connectionCount = 0;

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = table.get(new URL(path, 'http://x').pathname);
    if (!handler) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    connectionCount++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void table.set(path, handler),
    get requests() {
      return requests;
    },
    requestsTo: (path) => requests.filter((r) => new URL(r.path, 'http://x').pathname === path),
    get connectionCount() {
      return connectionCount;
    },
    openConnections: () => sockets.size,
    async waitForNoConnections(timeoutMs = 1000) {
      const until = Date.now() + timeoutMs;
      while (sockets.size > 0) {
        if (Date.now() > until) throw new Error(`${sockets.size} connection(s) still open after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    reset() {
      table.clear();
      requests.length = 0;
      connectionCount = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// ---- handler factories -------------------------------------------------------------------------

export interface Reply {
  status?: number;
  headers?: Record<string, string | number>;
}

/** Responds with a fixed body. */
export function respond(body: string | Buffer, { status = 200, headers = {} }: Reply = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers).end(body);
  };
}

/** Serves a file (e.g. a fixture feed) with the given Content-Type. */
export function serveFile(path: string, contentType = 'application/rss+xml; charset=utf-8'): Handler {
  const body = readFileSync(path);
  return respond(body, { headers: { 'Content-Type': contentType, 'Content-Length': body.length } });
}

/** Redirects to `location` (absolute or relative) with the given 3xx status. */
export function redirect(status: number, location: string): Handler {
  return respond('', { status, headers: { Location: location } });
}

/** Sends headers, then `body` one byte every `intervalMs` until done or the client goes away. */
export function trickle(body: string | Buffer, intervalMs: number, headers: Record<string, string> = { 'Content-Type': 'application/rss+xml' }): Handler {
  const bytes = Buffer.from(body);
  return (req, res) => {
    res.writeHead(200, headers);
    let i = 0;
    const timer = setInterval(() => {
      if (i >= bytes.length) {
        clearInterval(timer);
        res.end();
        return;
      }
      res.write(bytes.subarray(i, ++i));
    }, intervalMs);
    req.socket.on('close', () => clearInterval(timer));
  };
}

/** Accepts the request and never answers. */
export function hang(): Handler {
  return () => {};
}

export interface StreamStats {
  /** Bytes handed to the socket so far. */
  bytesWritten: number;
  /** True once the client closed the connection before the stream finished. */
  aborted: boolean;
}

/**
 * Streams `totalBytes` lazily in `chunkSize` pieces, honouring backpressure, so a 50 MB body is
 * never materialised on the server either. `prefix` goes first (e.g. an XML declaration).
 */
export function streamBytes(totalBytes: number, stats: StreamStats, opts: Reply & { chunkSize?: number; prefix?: string } = {}): Handler {
  const chunkSize = opts.chunkSize ?? 64 * 1024;
  const chunk = Buffer.alloc(chunkSize, 0x20);
  return (req, res) => {
    res.writeHead(opts.status ?? 200, opts.headers ?? { 'Content-Type': 'application/rss+xml' });
    req.socket.on('close', () => {
      if (stats.bytesWritten < totalBytes) stats.aborted = true;
    });
    if (opts.prefix) {
      res.write(opts.prefix);
      stats.bytesWritten += Buffer.byteLength(opts.prefix);
    }
    const pump = (): void => {
      while (stats.bytesWritten < totalBytes && !res.destroyed) {
        const n = Math.min(chunkSize, totalBytes - stats.bytesWritten);
        stats.bytesWritten += n;
        if (!res.write(n === chunkSize ? chunk : chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
}
