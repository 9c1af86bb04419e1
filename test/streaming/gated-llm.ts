// A fake OpenAI-compatible chat endpoint whose streamed answer the test releases chunk by chunk, so
// "slow" streaming is driven by events (the test waits for the preview, then sends the next chunk)
// instead of sleeps. A stream can also be cut mid-way to exercise the fallback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatedStream {
  /** Sends one content delta. */
  push(delta: string): void;
  /** Finishes the completion normally. */
  end(): void;
  /** Cuts the connection mid-stream (the client sees a network error). */
  fail(): void;
}

export interface GatedLlm {
  baseURL: string;
  /** Resolves with the next streaming chat request (already recorded ones first). */
  nextStream(): Promise<GatedStream>;
  /** Non-streaming chat requests seen (question rewrites, triage assist). */
  plainCalls: number;
  close(): Promise<void>;
}

export async function startGatedLlm(opts: { plainReply?: string } = {}): Promise<GatedLlm> {
  const ready: GatedStream[] = [];
  const waiting: ((s: GatedStream) => void)[] = [];
  let seq = 0;

  const offer = (s: GatedStream) => {
    const w = waiting.shift();
    if (w) w(s);
    else ready.push(s);
  };

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}');
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const id = `chatcmpl-gated${++seq}`;
      const created = Math.floor(Date.now() / 1000);
      if (!body.stream) {
        gated.plainCalls++;
        const text = opts.plainReply ?? '';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id,
            object: 'chat.completion',
            created,
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
        return;
      }
      const frame = (delta: Record<string, unknown>, finish: string | null) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(frame({ role: 'assistant', content: '' }, null));
      offer({
        push: (delta) => void res.write(frame({ content: delta }, null)),
        end: () => {
          res.write(frame({}, 'stop'));
          res.end('data: [DONE]\n\n');
        },
        fail: () => res.socket?.destroy(),
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const gated: GatedLlm = {
    baseURL: `http://127.0.0.1:${port}/v1`,
    plainCalls: 0,
    nextStream: () => {
      const s = ready.shift();
      return s ? Promise.resolve(s) : new Promise((resolve) => waiting.push(resolve));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return gated;
}
