/**
 * `npm run bench:ingest-memory -- [--runs N] [--workers N]`: peak resident memory of
 * `troika ingest --all` over the hostile feed set of issue 12.9 (test/helpers/hostile-feeds.ts: a
 * 50 MB body, a gzip bomb, 11,000 items just under the 10 MiB cap, 10,000 items, 100,000 nested
 * elements, 12 ordinary feeds), run as `npx troika` runs it (bin/troika.js, compiled), each run on a
 * fresh database. Prints each run's peak RSS (VmHWM, polled every 10 ms until the process exits), its
 * time and CPU time (all threads), and the median and maximum. Target (issue 12.9): ≤ 200 MB on every run. NODE_OPTIONS is passed
 * on to the command (to try a V8 flag or load a probe); anything it writes to stderr is shown.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/db/client.js';
import { createFeedStore } from '../src/db/feed-store.js';
import { startFeedServer } from '../test/helpers/feed-server.js';
import { routeHostileFeeds, vmHwmMb } from '../test/helpers/hostile-feeds.js';

const TARGET_MB = 200;
const { values: args } = parseArgs({ options: { runs: { type: 'string' }, workers: { type: 'string' } } });
const runs = Number(args.runs ?? 5);
const workers = args.workers ?? '2';
// dist/bench/ingest-memory.js or bench/ingest-memory.ts: the project root is two folders up either way.
const here = dirname(fileURLToPath(import.meta.url));
const root = here.endsWith(join('dist', 'bench')) ? dirname(dirname(here)) : dirname(here);

const server = await startFeedServer();
const paths = routeHostileFeeds(server);

/** CPU time (user + system, all threads) a live process has used so far, from /proc/<pid>/stat; null once it is gone. */
function cpuTimeMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // After the command name: state is field 3, utime and stime are fields 14 and 15 (clock ticks, 100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function once(): Promise<{ peakMb: number; cpuMs: number; ms: number; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'troika-ingest-memory-'));
  try {
    const path = join(dir, 'troika.db');
    const db = openDatabase(path);
    const feeds = createFeedStore(db);
    feeds.setMeta('default_feeds_seeded', new Date().toISOString());
    for (const p of paths) feeds.insert({ url: server.url(p), addedBy: 'bench', createdAt: new Date() });
    closeDatabase(db);
    const started = Date.now();
    const child = spawn(process.execPath, [join(root, 'bin', 'troika.js'), 'ingest', '--all'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: path, FEED_ALLOW_PRIVATE: 'true', PIPELINE_WORKERS: workers, FETCH_CONCURRENCY: '4', LOG_LEVEL: 'silent', ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    let peakMb = 0;
    let cpuMs = 0;
    const poll = setInterval(() => {
      peakMb = Math.max(peakMb, vmHwmMb(child.pid!) ?? 0);
      cpuMs = Math.max(cpuMs, cpuTimeMs(child.pid!) ?? 0);
    }, 10);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    clearInterval(poll);
    if (code !== 0) throw new Error(`troika ingest exited with ${code}\n${stdout}`);
    return { peakMb, cpuMs, ms: Date.now() - started, summary: /feeds \d+ · .*/.exec(stdout)?.[0] ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`troika ingest --all over ${paths.length} feeds (${paths.length - 12} hostile), PIPELINE_WORKERS=${workers}, ${runs} runs`);
const peaks: number[] = [];
const cpus: number[] = [];
for (let r = 1; r <= runs; r++) {
  const { peakMb, cpuMs, ms, summary } = await once();
  peaks.push(peakMb);
  cpus.push(cpuMs);
  console.log(`run ${r}: peak RSS ${peakMb.toFixed(0)} MB, ${ms} ms, CPU ${(cpuMs / 1000).toFixed(2)} s  (${summary})`);
}
await server.close();
const sorted = [...peaks].sort((a, b) => a - b);
const max = sorted[sorted.length - 1]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`CPU (user + system, all threads): median ${(median(cpus) / 1000).toFixed(2)} s`);
console.log(`peak RSS: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} MB, max ${max.toFixed(0)} MB (target ≤ ${TARGET_MB} MB: ${max <= TARGET_MB ? 'met' : 'NOT met'})`);
