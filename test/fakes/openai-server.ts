// A fake OpenAI-compatible server on 127.0.0.1 for tests: chat completions (JSON and SSE streaming)
// and embeddings, with scripted replies and failure injection. It records every request.
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequestBody {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  [k: string]: unknown;
}

/** What the script returns for one chat request: plain reply text, or an injected failure. */
export type ChatReply =
  | string
  | {
      text?: string;
      /** HTTP status to answer with instead of a completion (429, 500, ...). */
      status?: number;
      /** Seconds, sent as the retry-after header (with 429). */
      retryAfter?: number;
      /** Never answer: the request stays open until the client gives up or the server closes. */
      hang?: boolean;
      /** For streaming: the content deltas to send (default: the text split into words). */
      chunks?: string[];
    };

export type ChatScript = (body: ChatRequestBody, callIndex: number) => ChatReply | Promise<ChatReply>;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface FakeOpenAI {
  /** Base URL to give the `openai` client, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Replace the chat script at any time. */
  chat: ChatScript;
  /** Optional failure injection for embeddings: return a status (and retry-after) to fail a call. */
  embedFail?: (body: any, callIndex: number) => { status: number; retryAfter?: number } | undefined;
  /** Requests to one path. */
  calls(path: '/v1/chat/completions' | '/v1/embeddings'): RecordedRequest[];
  /** Resolves once `n` requests to `path` have been received (for tests that must not sleep). */
  waitForCalls(path: string, n: number): Promise<void>;
  close(): Promise<void>;
}

/** Deterministic unit vector derived from the text's sha256, so equal texts get equal vectors. */
export function fakeVector(text: string, dim: number): number[] {
  const out: number[] = [];
  let block = createHash('sha256').update(text).digest();
  let i = 0;
  while (out.length < dim) {
    if (i + 2 > block.length) {
      block = createHash('sha256').update(block).digest();
      i = 0;
    }
    out.push(block.readUInt16LE(i) / 65535 - 0.5);
    i += 2;
  }
  const norm = Math.hypot(...out) || 1;
  return out.map((v) => v / norm);
}

export async function startFakeOpenAI(opts: { chat?: ChatScript; embedDim?: number } = {}): Promise<FakeOpenAI> {
  const embedDim = opts.embedDim ?? 8;
  const requests: RecordedRequest[] = [];
  const waiters: { path: string; n: number; resolve: () => void }[] = [];
  let chatCalls = 0;
  let embedCalls = 0;
  let idSeq = 0;

  const fake: FakeOpenAI = {
    baseURL: '',
    requests,
    chat: opts.chat ?? (() => 'Câu trả lời mẫu [1].'),
    calls: (path) => requests.filter((r) => r.path === path),
    waitForCalls(path, n) {
      if (fake.calls(path as '/v1/embeddings').length >= n) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ path, n, resolve }));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const notify = () => {
    for (const w of [...waiters]) {
      if (fake.calls(w.path as '/v1/embeddings').length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };

  const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const handleChat = async (body: ChatRequestBody, res: http.ServerResponse) => {
    const reply = await fake.chat(body, chatCalls++);
    const r = typeof reply === 'string' ? { text: reply } : reply;
    if (r.hang) return; // leave the response open
    if (r.status && r.status >= 400) {
      const headers: Record<string, string> = {};
      if (r.retryAfter !== undefined) headers['retry-after'] = String(r.retryAfter);
      sendJson(res, r.status, { error: { message: `injected ${r.status}`, type: 'fake_error', code: null } }, headers);
      return;
    }
    const text = r.text ?? '';
    const id = `chatcmpl-fake${++idSeq}`;
    const created = Math.floor(Date.now() / 1000);
    if (!body.stream) {
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model: body.model,
        system_fingerprint: null,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '', refusal: null }, null));
    const parts = r.chunks ?? text.split(/(?<=\s)/);
    for (const p of parts) res.write(chunk({ content: p }, null));
    res.write(chunk({}, 'stop'));
    res.end('data: [DONE]\n\n');
  };

  const handleEmbeddings = (body: any, res: http.ServerResponse) => {
    const fail = fake.embedFail?.(body, embedCalls++);
    if (fail) {
      const headers: Record<string, string> = fail.retryAfter !== undefined ? { 'retry-after': String(fail.retryAfter) } : {};
      sendJson(res, fail.status, { error: { message: `injected ${fail.status}`, type: 'fake_error', code: null } }, headers);
      return;
    }
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    const base64 = body.encoding_format === 'base64';
    sendJson(res, 200, {
      object: 'list',
      model: body.model,
      data: inputs.map((t, index) => {
        const v = fakeVector(String(t), embedDim);
        const embedding = base64 ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
        return { object: 'embedding', index, embedding };
      }),
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    });
  };

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(parts).toString('utf8');
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        sendJson(res, 400, { error: { message: 'invalid json' } });
        return;
      }
      const path = (req.url ?? '').split('?')[0];
      requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      notify();
      if (req.method === 'POST' && path === '/v1/chat/completions') {
        handleChat(body, res).catch(() => sendJson(res, 500, { error: { message: 'script failed' } }));
      } else if (req.method === 'POST' && path === '/v1/embeddings') {
        handleEmbeddings(body, res);
      } else {
        sendJson(res, 404, { error: { message: 'not found' } });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  fake.baseURL = `http://127.0.0.1:${port}/v1`;
  return fake;
}
