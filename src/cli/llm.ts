import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { classifyLlmError, createLlmClient } from '../llm/llm-translator.js';
import { parseTranslationReply, translationMessages } from '../llm/prompt.js';
import { checkTranslation } from '../llm/validate.js';
import { UsageError } from './io.js';

export const LLM_HELP = `usage: troika llm check

Tries the configured OpenAI-compatible endpoint (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY) with one
short translation request and says what works: the server answers, the model replies, the reply is
the JSON the bot needs, in the right language. The key is never printed. Exit code 0 when
translation works, 1 when it does not, 2 when no LLM is configured.`;

const SAMPLE = { headline: 'Russia and China sign an AI research pact', summary: 'The two countries agreed to open joint laboratories.', from: 'en', to: 'ru' as const };

/** `troika llm check`: one short request to the configured endpoint, reported step by step. */
export async function llmCommand(argv: string[], config: Config, out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help || positionals.length === 0) {
    out.write(LLM_HELP + '\n');
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== 'check' || positionals.length > 1) throw new UsageError(`unknown llm subcommand "${positionals.join(' ')}" (try: troika llm check)`);
  if (!config.LLM_BASE_URL) {
    out.write('LLM translation is off: LLM_BASE_URL is not set (readers get the original and the offline gist).\n');
    return 2;
  }
  out.write(`endpoint ${config.LLM_BASE_URL}, model ${config.LLM_MODEL}, key ${config.LLM_API_KEY ? 'set' : 'not set'}, timeout ${config.LLM_TIMEOUT_MS} ms\n`);
  const client = createLlmClient({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, dailyTokens: config.LLM_DAILY_TOKENS, maxRetries: 0 });
  const started = Date.now();
  let content: string;
  let tokens: number | undefined;
  try {
    const completion = await client.chat.completions.create({ model: config.LLM_MODEL, messages: translationMessages(SAMPLE), temperature: 0, max_tokens: 300 });
    content = completion.choices[0]?.message?.content ?? '';
    tokens = completion.usage?.total_tokens;
  } catch (error) {
    const kind = classifyLlmError(error);
    const hint: Record<string, string> = {
      unreachable: 'nothing answers at LLM_BASE_URL: check the address and that the server runs',
      timeout: `no answer within LLM_TIMEOUT_MS (${config.LLM_TIMEOUT_MS} ms): a slow local model may need more`,
      refused: 'the server refused the key: check LLM_API_KEY',
      'not-found': 'the server does not know this model or path: check LLM_MODEL and that LLM_BASE_URL ends in /v1',
      'rate-limited': 'the server is rate-limiting this key (429)',
      'server-error': 'the server failed (5xx)',
    };
    out.write(`✗ request failed (${kind}): ${hint[kind] ?? (error as Error).message}\n`);
    return 1;
  }
  out.write(`✓ the server answered in ${Date.now() - started} ms${tokens !== undefined ? `, ${tokens} tokens` : ''}\n`);
  const reply = parseTranslationReply(content);
  if (!reply) {
    out.write(`✗ the reply is not the JSON object the bot asks for: ${JSON.stringify(content.slice(0, 200))}\n`);
    return 1;
  }
  const problem = checkTranslation(SAMPLE.headline, reply.headline, 'ru') ?? checkTranslation(SAMPLE.summary, reply.summary, 'ru');
  if (problem) {
    out.write(`✗ the reply is JSON but not a usable Russian translation (${problem}): ${JSON.stringify(reply.headline.slice(0, 200))}\n`);
    return 1;
  }
  out.write(`✓ translation works: "${SAMPLE.headline}" → "${reply.headline}"\n`);
  return 0;
}
