/**
 * A fake OpenAI-compatible chat-completions server on loopback, for the LLM adapter's tests and
 * the report's demo. Each request is answered by the next scripted behaviour (the last one repeats):
 * a translation, a status with headers, silence (a timeout) or raw content.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  | { kind: 'translate'; translate: (request: { headline: string; summary: string; system: string }) => { headline: string; summary: string }; tokens?: number; delayMs?: number }
  | { kind: 'content'; content: string; tokens?: number }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' };

export interface FakeLlmServer {
  baseUrl: string;
  /** Requests received: their JSON bodies and authorization header. */
  requests: Array<{ body: { model: string; messages: Array<{ role: string; content: string }> }; authorization: string | undefined; at: number }>;
  /** Most requests being answered at once. */
  maxConcurrent: number;
  script(...behaviours: FakeBehaviour[]): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  let behaviours: FakeBehaviour[] = [{ kind: 'content', content: '{"headline":"","summary":""}' }];
  const requests: FakeLlmServer['requests'] = [];
  const hanging = new Set<() => void>();
  let concurrent = 0;
  const state = { maxConcurrent: 0 };
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const body = (await readJson(req)) as FakeLlmServer['requests'][number]['body'];
      requests.push({ body, authorization: req.headers.authorization, at: Date.now() });
      const behaviour = behaviours.length > 1 ? behaviours.shift()! : behaviours[0]!;
      if (behaviour.kind === 'hang') {
        const end = () => res.destroy();
        hanging.add(end);
        res.on('close', () => hanging.delete(end));
        return;
      }
      if (behaviour.kind === 'status') {
        res.writeHead(behaviour.status, { 'content-type': 'application/json', ...behaviour.headers }).end(JSON.stringify(behaviour.body ?? { error: { message: `status ${behaviour.status}` } }));
        return;
      }
      let content: string;
      if (behaviour.kind === 'translate' && behaviour.delayMs) {
        concurrent++;
        state.maxConcurrent = Math.max(state.maxConcurrent, concurrent);
        await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
        concurrent--;
      }
      if (behaviour.kind === 'translate') {
        const user = JSON.parse(body.messages.find((m) => m.role === 'user')?.content ?? '{}') as { headline: string; summary: string };
        content = JSON.stringify(behaviour.translate({ ...user, system: body.messages.find((m) => m.role === 'system')?.content ?? '' }));
      } else content = behaviour.content;
      const tokens = behaviour.tokens ?? 100;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: Math.floor(tokens / 2), completion_tokens: Math.ceil(tokens / 2), total_tokens: tokens },
        }),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    script(...next) {
      behaviours = next;
    },
    async close() {
      for (const end of hanging) end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
