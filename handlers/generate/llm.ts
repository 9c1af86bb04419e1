// One chat completion with a hard deadline: our own retry with backoff on 429/5xx/connection errors
// (the client is built with maxRetries: 0), never waiting past the deadline, behind the breaker.
import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type { Breaker } from '../../retrieval/breaker.js';
import type { ApiMessage } from './prompts.js';

export class LlmError extends Error {
  constructor(
    public readonly reason: 'timeout' | 'breaker_open' | 'http' | 'network' | 'empty' | 'other',
    public readonly status?: number,
  ) {
    super(`llm ${reason}${status ? ` ${status}` : ''}`);
    this.name = 'LlmError';
  }
}

export interface RetryOptions {
  /** Attempts in total, including the first (default 3). */
  attempts?: number;
  /** First backoff delay (default 250 ms), doubled each retry, plus jitter. */
  baseMs?: number;
}

export interface CompleteOptions {
  client: OpenAI;
  model: string;
  messages: ApiMessage[];
  timeoutMs: number;
  breaker?: Breaker;
  retry?: RetryOptions;
  /** When given, the completion is streamed and each content delta is passed on. */
  onToken?: (delta: string) => void;
  maxTokens?: number;
  temperature?: number;
}

/** Creates the client the way this module expects it: no built-in retries, our deadline rules. */
export function createLlmClient(opts: { apiKey?: string; baseURL?: string; fetch?: typeof fetch }): OpenAI {
  return new OpenAI({
    // Local servers (Ollama, vLLM, LM Studio) accept any key; the client insists on one.
    apiKey: opts.apiKey || 'not-needed',
    baseURL: opts.baseURL,
    maxRetries: 0,
    fetch: opts.fetch,
  });
}

function retryAfterMs(err: APIError): number | undefined {
  const h = err.headers;
  if (!h) return undefined;
  const ms = Number(h.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && h.get('retry-after-ms') !== null) return ms;
  const raw = h.get('retry-after');
  if (raw === null) return undefined;
  const s = Number(raw);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function classify(err: unknown, aborted: boolean): LlmError {
  if (err instanceof LlmError) return err;
  if (aborted || err instanceof APIUserAbortError) return new LlmError('timeout');
  if (err instanceof APIConnectionError) return new LlmError('network');
  if (err instanceof APIError) return new LlmError('http', err.status);
  return new LlmError('other');
}

/** Returns the completion text, or throws LlmError. Never takes longer than `timeoutMs`. */
export async function complete(opts: CompleteOptions): Promise<string> {
  const { breaker } = opts;
  if (breaker && !breaker.allow()) throw new LlmError('breaker_open');
  const attempts = Math.max(1, opts.retry?.attempts ?? 3);
  const baseMs = opts.retry?.baseMs ?? 250;
  const deadline = Date.now() + opts.timeoutMs;
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new LlmError('timeout')), opts.timeoutMs);
  let streamed = false;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const text = await once(opts, ac.signal, deadline, () => (streamed = true));
        if (!text.trim()) throw new LlmError('empty');
        breaker?.success();
        return text;
      } catch (err) {
        const e = classify(err, ac.signal.aborted);
        const retryable =
          !streamed &&
          attempt + 1 < attempts &&
          (e.reason === 'network' || (e.reason === 'http' && (e.status === 429 || (e.status ?? 0) >= 500)));
        if (!retryable) throw e;
        const hinted = err instanceof APIError ? retryAfterMs(err) : undefined;
        const wait = hinted ?? baseMs * 2 ** attempt * (1 + Math.random() * 0.25);
        // Waiting past the deadline would only end in a timeout: give up now.
        if (Date.now() + wait >= deadline) throw e;
        await sleep(wait, ac.signal).catch(() => {
          throw new LlmError('timeout');
        });
      }
    }
  } catch (err) {
    breaker?.failure();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function once(opts: CompleteOptions, signal: AbortSignal, deadline: number, onStreamStart: () => void): Promise<string> {
  const reqOpts = { signal, timeout: Math.max(1, deadline - Date.now()), maxRetries: 0 };
  const base = {
    model: opts.model,
    messages: opts.messages,
    temperature: opts.temperature ?? 0.1,
    ...(opts.maxTokens ? { max_tokens: opts.maxTokens } : {}),
  };
  if (!opts.onToken) {
    const res = await opts.client.chat.completions.create({ ...base, stream: false }, reqOpts);
    return res.choices[0]?.message?.content ?? '';
  }
  const stream = await opts.client.chat.completions.create({ ...base, stream: true }, reqOpts);
  let text = '';
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content;
    if (delta) {
      if (!text) onStreamStart();
      text += delta;
      opts.onToken(delta);
    }
  }
  return text;
}
