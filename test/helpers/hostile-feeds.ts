/**
 * The hostile feed set of issue 12.9, served from a local feed server: a body just under the 10 MiB
 * cap with 11,000 items, a 50 MB body, a gzip bomb, 10,000 items, 100,000 nested elements, next to
 * ORDINARY_FEEDS ordinary feeds of 30 items each. Used by test/hardening/ingest-memory.test.ts and
 * bench/ingest-memory.ts, so the test and the benchmark measure the same thing.
 */
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { respond, streamBytes, type FeedServer, type Handler } from './feed-server.js';

const MiB = 1024 * 1024;
const RSS = { 'Content-Type': 'application/rss+xml; charset=utf-8' };
export const ORDINARY_FEEDS = 12;
export const ORDINARY_ITEMS = 30;

const date = (i: number) => new Date(Date.UTC(2026, 10, 25, 12) - i * 60_000).toUTCString();

function feed(title: string, items: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link>${items}</channel></rss>`;
}

function item(key: string, title: string, description: string, i: number): string {
  return `<item><guid isPermaLink="false">${key}</guid><title>${title}</title><link>https://news.example/${key}</link><pubDate>${date(i)}</pubDate><description>${description}</description></item>`;
}

/** Items until the document reaches `bytes` (just under the 10 MiB default cap). */
function nearCap(bytes: number, prefix: string, paragraph: string): string {
  const parts: string[] = [];
  let size = 200;
  for (let i = 0; size < bytes; i++) {
    const it = item(`${prefix}-${i}`, `${prefix} report ${i}: weekend weather and football`, `&lt;p&gt;${paragraph.repeat(6)}&lt;/p&gt;`, i);
    size += Buffer.byteLength(it);
    if (size >= bytes) break;
    parts.push(it);
  }
  return feed(`${prefix} near the cap`, parts.join(''));
}

function gzipBomb(): Buffer {
  const member = zlib.gzipSync(Buffer.alloc(MiB, 0x20), { level: 9 });
  return Buffer.concat([zlib.gzipSync('<?xml version="1.0"?><rss version="2.0"><channel><title>'), ...Array(100).fill(member)]);
}

/** Registers the hostile and ordinary feeds on `server`; returns their paths (hostile first). */
export function routeHostileFeeds(server: FeedServer): string[] {
  const english = 'Washington and Beijing traded new rules on artificial intelligence chips while Moscow watched the talks closely. ';
  // The large feeds are not about AI: what reading them holds is measured, not story grouping.
  const local = 'The local football club won again on Sunday while the weather stayed mild and dry across the region. ';
  const hostile: Record<string, Handler> = {
    '/near-cap.xml': respond(nearCap(10 * MiB - 64 * 1024, 'big', local), { headers: RSS }),
    // Fresh counts per request: the same server serves every run of the benchmark.
    '/oversize.xml': (req, res) => streamBytes(50 * MiB, { bytesWritten: 0, aborted: false }, { prefix: '<?xml version="1.0"?><rss version="2.0"><channel>' })(req, res),
    '/bomb.xml': respond(gzipBomb(), { headers: { ...RSS, 'Content-Encoding': 'gzip' } }),
    '/ten-thousand.xml': respond(feed('Ten thousand', Array.from({ length: 10_000 }, (_, i) => item(`many-${i}`, `Item ${i}: a new bakery opens downtown`, 'A short line.', i)).join('')), { headers: RSS }),
    '/nested.xml': respond(feed('Nested', item('deep-0', 'Deep', 'x', 0) + '<item><title>deep</title>' + '<x>'.repeat(100_000) + '</x>'.repeat(100_000) + '</item>'), { headers: RSS }),
  };
  for (const [path, handler] of Object.entries(hostile)) server.route(path, handler);
  const ordinary = Array.from({ length: ORDINARY_FEEDS }, (_, f) => `/ordinary-${f}.xml`);
  ordinary.forEach((path, f) => {
    server.route(path, respond(feed(`Ordinary ${f}`, Array.from({ length: ORDINARY_ITEMS }, (_, i) => item(`o${f}-${i}`, `Ordinary ${f} item ${i}: US and Russia talk about AI`, english, i)).join('')), { headers: RSS }));
  });
  return [...Object.keys(hostile), ...ordinary];
}

/** Peak resident set (VmHWM, kB → MB) of a live process, or null once it is gone. */
export function vmHwmMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}
