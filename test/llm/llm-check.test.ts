import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llmCommand } from '../../src/cli/llm.js';
import { parseConfig } from '../../src/config.js';
import { startFakeLlmServer, type FakeLlmServer } from '../helpers/fake-llm-server.js';

function collect(): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  return { out: new Writable({ write: (c, _e, cb) => { chunks.push(String(c)); cb(); } }), text: () => chunks.join('') };
}

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(async () => {
  await fake.close();
});

describe('troika llm check', () => {
  const config = (env: Record<string, string> = {}) => parseConfig({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model', LLM_API_KEY: 'sk-never-printed-0123456789', LLM_TIMEOUT_MS: '1000', ...env });

  it('says translation works, and never prints the key', async () => {
    fake.script({ kind: 'translate', translate: () => ({ headline: 'Россия и Китай подписали соглашение об ИИ', summary: 'Страны откроют совместные лаборатории.' }) });
    const { out, text } = collect();
    expect(await llmCommand(['check'], config(), out)).toBe(0);
    expect(text()).toContain('✓ translation works');
    expect(text()).not.toContain('sk-never-printed');
  });

  it('says what is wrong: garbage, server errors, nothing listening, not configured', async () => {
    fake.script({ kind: 'content', content: 'I cannot help with that.' });
    let c = collect();
    expect(await llmCommand(['check'], config(), c.out)).toBe(1);
    expect(c.text()).toContain('not the JSON object');
    fake.script({ kind: 'status', status: 401 });
    c = collect();
    expect(await llmCommand(['check'], config(), c.out)).toBe(1);
    expect(c.text()).toContain('refused the key');
    c = collect();
    expect(await llmCommand(['check'], config({ LLM_BASE_URL: 'http://127.0.0.1:9/v1' }), c.out)).toBe(1);
    expect(c.text()).toContain('nothing answers');
    c = collect();
    expect(await llmCommand(['check'], parseConfig({}), c.out)).toBe(2);
    expect(c.text()).toContain('off');
  });
});
