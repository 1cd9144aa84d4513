/**
 * `src/main.ts` as a process when Telegram cannot be reached: within ~10 s a log line names the
 * host and the reason and says when it retries; it keeps retrying; Ctrl-C (SIGINT) exits 0 and
 * releases the instance lock. Three ways to be unreachable: refused, unknown host, no answer.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, emptyDatabase, onCleanup, runProgram } from './spawn.js';

afterEach(cleanUp);

/** Accepts connections and never answers (a proxy or firewall that swallows requests). */
async function blackHole(): Promise<number> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((s) => void sockets.add(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onCleanup(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((r) => server.close(() => r()));
  });
  return (server.address() as { port: number }).port;
}

const TOKEN = '7000000001:AAHfakeTOKENforTROIKAtests012345678';

describe('start-up with Telegram unreachable', () => {
  it.each([
    ['connection refused', async () => 'http://127.0.0.1:9', /cannot reach 127\.0\.0\.1:9: ECONNREFUSED, retrying in 5 s/],
    ['unknown host', async () => 'http://troika-no-such-host.invalid', /cannot reach troika-no-such-host\.invalid: (ENOTFOUND|EAI_AGAIN), retrying in 5 s/],
    ['no answer', async () => `http://127.0.0.1:${await blackHole()}`, /cannot reach 127\.0\.0\.1:\d+: no answer \(timed out\), retrying in 5 s/],
  ])('%s: says so within 10 s, retries, and Ctrl-C exits 0 releasing the lock', async (_name, root, expected) => {
    const path = emptyDatabase();
    const started = Date.now();
    const bot = runProgram('src/main.ts', [], { DATABASE_PATH: path, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: await root(), LOG_LEVEL: 'info', PIPELINE_WORKERS: '0' });
    // Loading the program through tsx can take long on a busy machine; the promise is counted
    // from the moment it starts contacting Telegram.
    await bot.waitForOutput(/"msg":"contacting [^"]+"/, 30_000);
    const contacting = Date.now();
    await bot.waitForOutput(expected, 10_000);
    const firstLineMs = Date.now() - started;
    const afterContactMs = Date.now() - contacting;
    expect(existsSync(`${path}.lock`)).toBe(true);
    bot.child.kill('SIGINT');
    expect(await bot.exited, bot.stderr()).toEqual({ code: 0, signal: null });
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(bot.stderr()).toContain('"msg":"stopped"');
    console.log(`[unreachable] ${_name}: reason logged ${afterContactMs} ms after contacting began (${firstLineMs} ms after process start)`);
  }, 60_000);
});
