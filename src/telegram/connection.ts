/**
 * The bot's connections to the Bot API: kept alive, minus the ones the server may have closed.
 *
 *   telegramClient(apiRoot: string): ApiClientOptions
 *
 * A server closes a kept-alive connection after it sat idle for a while (and says how long in its
 * Keep-Alive header: Node's server, the fake Bot API, says 5 s). Node's agent closes its side a
 * second earlier, by a timer, which does not fire while the loop is busy (a pass on a crowded
 * machine): the next request then went into the socket the server had just closed and failed
 * with "socket hang up" / ECONNRESET (60 of 100,000 sends in bench:broadcast). Here an idle
 * connection is judged by the clock when a request picks one, not by a timer: one idle past the
 * server's announced timeout less a second is closed and a fresh one used.
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import type { ApiClientOptions } from 'grammy';

const freedAt = Symbol('freedAt');
const staleAfter = Symbol('staleAfter');
type TrackedSocket = Socket & { [freedAt]?: number; [staleAfter]?: number; _httpMessage?: { res?: { headers: Record<string, string | string[] | undefined> } } };
/** What Node's agent does not declare in its types. */
interface AgentInternals {
  freeSockets: Record<string, TrackedSocket[] | undefined>;
  keepSocketAlive(socket: TrackedSocket): boolean;
  addRequest(req: unknown, options: unknown, ...rest: unknown[]): void;
}

/** Node's own margin before the announced timeout (HTTP_AGENT_KEEP_ALIVE_TIMEOUT_BUFFER). */
const MARGIN_MS = 1000;

function guardStaleSockets<T extends HttpAgent>(agent: T): T {
  const internals = agent as unknown as AgentInternals;
  const keepSocketAlive = internals.keepSocketAlive.bind(agent);
  const addRequest = internals.addRequest.bind(agent);
  internals.keepSocketAlive = (socket) => {
    const keep = keepSocketAlive(socket);
    const hint = socket._httpMessage?.res?.headers['keep-alive'];
    const seconds = typeof hint === 'string' ? Number(/timeout=(\d+)/.exec(hint)?.[1]) : Number.NaN;
    socket[freedAt] = Date.now();
    socket[staleAfter] = Number.isFinite(seconds) ? seconds * 1000 - MARGIN_MS : Number.POSITIVE_INFINITY;
    return keep;
  };
  internals.addRequest = (req, options, ...rest) => {
    const now = Date.now();
    for (const [name, sockets] of Object.entries(internals.freeSockets)) {
      if (!sockets) continue;
      const fresh = sockets.filter((s) => !(now - (s[freedAt] ?? now) >= (s[staleAfter] ?? Number.POSITIVE_INFINITY)));
      for (const s of sockets) if (!fresh.includes(s)) s.destroy();
      if (fresh.length > 0) internals.freeSockets[name] = fresh;
      else delete internals.freeSockets[name];
    }
    addRequest(req, options, ...rest);
  };
  return agent;
}

/** grammY client options for the Bot API at `apiRoot`: a bounded wait per call and guarded keep-alive connections. */
export function telegramClient(apiRoot: string): ApiClientOptions {
  const agent = guardStaleSockets(apiRoot.startsWith('https:') ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true }));
  // A bounded wait per call (long polls ask for 30 s) so a hung connection fails and is retried.
  return { apiRoot, timeoutSeconds: 60, baseFetchConfig: { agent, compress: true } };
}
