/**
 * Process-level test helpers: run the real program (`node --import tsx src/cli.ts|src/main.ts`)
 * as a child with no npm wrapper in between, so SIGKILL hits the program itself.
 *
 * Per-test resources (children, the fake Bot API, servers, temp folders) are registered here and
 * released by `cleanUp`, which each test file runs with `afterEach(cleanUp)`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createFeedStore } from '../../src/db/feed-store.js';
import { createFakeBotApi, type FakeBotApi } from '../../src/telegram/fake-bot-api.js';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Program {
  child: ChildProcess;
  readonly pid: number;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once `pattern` shows up in stdout or stderr; rejects on exit or timeout. */
  waitForOutput(pattern: RegExp | string, timeoutMs?: number): Promise<void>;
}

const running = new Set<Program>();

/** A clean environment: nothing from the developer's shell (no BOT_TOKEN, no DATABASE_PATH) leaks in. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** Whom the child runs as (root only: to see what a user without write permission gets). */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Start `node --import tsx <script> ...args` in the repository root with `env` (and nothing else). */
export function runProgram(script: 'src/cli.ts' | 'src/main.ts', args: string[], env: Record<string, string>, runAs?: RunAs): Program {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...baseEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...runAs });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const l of listeners) l();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
    for (const l of listeners) l();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    // 'close' rather than 'exit': all output has been read by then.
    child.once('close', (code, signal) => {
      running.delete(program);
      resolveExit({ code, signal });
    });
  });
  const program: Program = {
    child,
    get pid() {
      return child.pid!;
    },
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput(pattern, timeoutMs = 15_000) {
      const test = () => (typeof pattern === 'string' ? out.includes(pattern) || err.includes(pattern) : pattern.test(out) || pattern.test(err));
      return new Promise<void>((resolveWait, reject) => {
        if (test()) return resolveWait();
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        const check = () => {
          if (test()) {
            done();
            resolveWait();
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${String(pattern)} in the output after ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(({ code, signal }) => {
          if (!test()) {
            done();
            reject(new Error(`process exited (${code ?? signal}) before ${String(pattern)} showed up\nstdout: ${out}\nstderr: ${err}`));
          }
        });
      });
    },
  };
  running.add(program);
  return program;
}

/** Run to completion; rejects if it takes longer than `timeoutMs` (the process is killed). */
export async function runToEnd(script: 'src/cli.ts' | 'src/main.ts', args: string[], env: Record<string, string>, timeoutMs = 20_000, runAs?: RunAs) {
  const program = runProgram(script, args, env, runAs);
  const timer = setTimeout(() => program.child.kill('SIGKILL'), timeoutMs);
  const { code, signal } = await program.exited;
  clearTimeout(timer);
  if (signal) throw new Error(`${script} ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${program.stdout()}\nstderr: ${program.stderr()}`);
  return { code, stdout: program.stdout(), stderr: program.stderr() };
}

/** SIGKILL every child still running (for afterEach). */
export async function killAll(): Promise<void> {
  const left = [...running];
  for (const p of left) p.child.kill('SIGKILL');
  await Promise.all(left.map((p) => p.exited));
}

const cleanups: Array<() => unknown> = [];

/** Run `release` in the next `cleanUp`, after every child is gone (the last registered runs first). */
export function onCleanup(release: () => unknown): void {
  cleanups.push(release);
}

/**
 * For `afterEach`: SIGKILL every child still running, then release what the test registered (the
 * fake Bot API, servers, temp folders), last first, so nothing outlives its test.
 */
export async function cleanUp(): Promise<void> {
  await killAll();
  for (const release of cleanups.splice(0).reverse()) await release();
}

/** The fake Bot API for this test, closed by `cleanUp`. */
export async function startFakeBotApi(options?: Parameters<typeof createFakeBotApi>[0]): Promise<FakeBotApi> {
  const fake = await createFakeBotApi(options);
  onCleanup(() => fake.close());
  return fake;
}

/** A temp database path for this test, its folder removed by `cleanUp`. */
export function scratchDatabase(): { dir: string; path: string } {
  const db = tempDatabase();
  onCleanup(db.cleanup);
  return { dir: db.dir, path: db.path };
}

/** A migrated database with no feeds (so the first refresh fetches nothing from the network), removed by `cleanUp`. */
export function emptyDatabase(): string {
  const { path } = scratchDatabase();
  const handle = openDatabase(path);
  createFeedStore(handle).setMeta('default_feeds_seeded', new Date().toISOString());
  closeDatabase(handle);
  return path;
}

/** A fresh temp directory and the database path inside it; `cleanup` removes it. */
export function tempDatabase(): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'troika-hardening-'));
  return { dir, path: join(dir, 'troika.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A TCP port that was free a moment ago (PORT must be 1-65535, so 0 is not an option). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
