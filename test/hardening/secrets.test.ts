/**
 * The bot token and the webhook secret never reach stdout or stderr, at LOG_LEVEL=trace, on the
 * error paths (Telegram unreachable, 401, failed and reset calls) and in webhook mode.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, emptyDatabase, freePort, runProgram, runToEnd, startFakeBotApi } from './spawn.js';

const ADMIN = 1001;
const READER = 2002;


afterEach(cleanUp);

const randomSecret = (length: number) => randomBytes(length).toString('base64url').slice(0, length);


function expectNoSecret(output: string, secrets: Record<string, string>): void {
  for (const [name, secret] of Object.entries(secrets)) {
    const at = output.indexOf(secret);
    expect(at, `${name} leaked: …${output.slice(Math.max(0, at - 200), at + secret.length + 50)}…`).toBe(-1);
  }
}

function post(port: number, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

describe('secrets never in the output', () => {
  it('long polling at trace level, with Telegram failing calls and refusing the token', async () => {
    const token = `${7_100_000_000 + Math.floor(Math.random() * 1e6)}:AA${randomSecret(33)}`;
    const secrets = { token, 'token secret part': token.split(':')[1]! };
    const fake = await startFakeBotApi({ token, limits: { scale: 100 } });
    const path = emptyDatabase();
    const env = { DATABASE_PATH: path, BOT_TOKEN: token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'trace', ADMIN_IDS: String(ADMIN) };
    let output = '';

    // Start-up against a Telegram that rejects the token.
    fake.failNext('getMe', { status: 401, description: 'Unauthorized' });
    const rejected = await runToEnd('src/main.ts', [], env);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(/Telegram rejected BOT_TOKEN/);
    output += rejected.stdout + rejected.stderr;

    // A running bot whose calls fail: getMe (reset, grammY retries), command menu (reset), replies (reset, 400, 403).
    fake.failNext('getMe', { resetConnection: true });
    fake.failNext('setMyCommands', { resetConnection: true, times: 2 });
    fake.failNext('deleteWebhook', { status: 500, description: 'Internal Server Error' });
    const bot = runProgram('src/main.ts', [], env);
    await bot.waitForOutput('bot started (long polling)');
    await fake.waitFor(() => (fake!.stats.byMethod.getUpdates ?? 0) > 0, 10_000);
    fake.failNext('sendMessage', { resetConnection: true });
    fake.failNext('sendMessage', { status: 400, description: 'Bad Request: chat not found' });
    fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    const texts: Array<[number, string]> = [[READER, '/start'], [READER, '/help'], [READER, '/latest'], [ADMIN, '/feeds'], [ADMIN, `/addfeed https://example.invalid/${token}/feed.xml`], [READER, token], [READER, 'hello']];
    for (const [from, text] of texts) fake.sendText(from, from, text);
    // Every update handled: three replies failed, the rest went through.
    await fake.waitFor(() => (fake!.stats.byMethod.sendMessage ?? 0) >= texts.length, 15_000);
    await bot.waitForOutput('update handling failed');
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code, bot.stderr()).toBe(0);
    output += bot.stdout() + bot.stderr();

    // The error paths did run and were logged at trace level…
    expect(output).toMatch(/"level":10|"level":20|"level":30/);
    expect(output).toMatch(/Network request for 'sendMessage' failed|network error/);
    expect(output).toMatch(/command (list|menu)/);
    // …and nothing of the token is in there.
    expectNoSecret(output, secrets);
    console.log(`[secrets] polling: ${output.split('\n').length} lines of output, ${(output.match(/\[redacted\]/g) ?? []).length} redactions, no token`);
  }, 30_000);

  it('webhook mode: a request with a wrong secret is refused and the secret is not printed', async () => {
    const token = `${7_200_000_000 + Math.floor(Math.random() * 1e6)}:AA${randomSecret(33)}`;
    const webhookSecret = randomSecret(40);
    const fake = await startFakeBotApi({ token, limits: { scale: 100 } });
    const port = await freePort();
    const env = {
      DATABASE_PATH: emptyDatabase(), BOT_TOKEN: token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'trace',
      BOT_MODE: 'webhook', WEBHOOK_URL: 'https://example.invalid/hook', WEBHOOK_SECRET: webhookSecret, PORT: String(port),
    };
    const bot = runProgram('src/main.ts', [], env);
    await bot.waitForOutput('webhook set');
    await bot.waitForOutput('webhook server listening');
    expect(fake.webhookUrl).toBe('https://example.invalid/hook');
    // Telegram is told the secret (that is the point), over the Bot API, not in the output.
    expect(fake.calls.find((c) => c.method === 'setWebhook')?.params.secret_token).toBe(webhookSecret);

    const update = { update_id: 1, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: READER, type: 'private', first_name: 'R' }, from: { id: READER, is_bot: false, first_name: 'R' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } };
    const wrong = await post(port, update, { 'X-Telegram-Bot-Api-Secret-Token': `${webhookSecret}x` });
    expect([401, 403]).toContain(wrong.status);
    const none = await post(port, update, {});
    expect([401, 403]).toContain(none.status);
    expect(fake.sent).toHaveLength(0);
    // The right secret gets the update handled (so the handling path ran at trace level too).
    const right = await post(port, { ...update, update_id: 2 }, { 'X-Telegram-Bot-Api-Secret-Token': webhookSecret });
    expect(right.status).toBe(200);
    await fake.waitFor(() => fake!.sent.length > 0, 5000);

    bot.child.kill('SIGTERM');
    expect((await bot.exited).code, bot.stderr()).toBe(0);
    const output = bot.stdout() + bot.stderr();
    expect(output).toContain('"msg":"stopped"');
    expectNoSecret(output, { 'webhook secret': webhookSecret, token, 'token secret part': token.split(':')[1]! });
    console.log(`[secrets] webhook: wrong secret → ${wrong.status}, no secret → ${none.status}, right secret → ${right.status}; ${output.split('\n').length} lines of output, no secret`);
  }, 30_000);
});
