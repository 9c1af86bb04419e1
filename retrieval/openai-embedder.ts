// Embedder backed by an OpenAI-compatible /embeddings endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio):
// batched, retried with backoff, cached by model + text hash. Its id names the model, so switching
// embedder (or model) makes the index rebuild its vectors.
import type OpenAI from 'openai';
import type { Logger } from 'pino';
import { createBreaker, type Breaker } from './breaker.js';
import { APIConnectionError, APIError } from 'openai';
import { join } from 'node:path';
import type { Embedder } from './types.js';
import { openEmbedCache, textHash, type EmbedCache } from './embed-cache.js';

export interface OpenAIEmbedderOptions {
  client: OpenAI;
  model: string;
  /** Expected vector length; learned from the cache or the first response when omitted. */
  dim?: number;
  /** Texts per request (default 64). */
  batchSize?: number;
  /** Directory for `embed-cache.sqlite`; without it the cache lives in memory. */
  cacheDir?: string;
  /** Attempts per batch (default 4) and first backoff delay (default 500 ms, doubled each time). */
  attempts?: number;
  baseDelayMs?: number;
  /** Per-request timeout for indexing batches (default 60 s). */
  timeoutMs?: number;
  /**
   * Query-time calls (at most 2 uncached texts) get this timeout (default 5 s) and a single retry.
   * When they fail, or the breaker is open, they resolve to zero vectors instead of throwing: the
   * vector side then matches nothing and the search degrades to lexical ranking, so an embeddings
   * outage never turns into an error for the user. Indexing calls still throw.
   */
  queryTimeoutMs?: number;
  breaker?: Breaker;
  logger?: Logger;
}

export interface OpenAIEmbedder extends Embedder {
  /** Makes sure `dim` is known (one request when neither given nor cached). */
  ready(): Promise<void>;
  close(): void;
}

function normalize(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  let n = 0;
  for (const x of out) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryable(err: unknown): boolean {
  if (err instanceof APIConnectionError) return true;
  return err instanceof APIError && (err.status === 429 || (err.status ?? 0) >= 500);
}

export function createOpenAIEmbedder(opts: OpenAIEmbedderOptions): OpenAIEmbedder {
  const batchSize = Math.max(1, opts.batchSize ?? 64);
  const attempts = Math.max(1, opts.attempts ?? 4);
  const baseDelay = opts.baseDelayMs ?? 500;
  const cache: EmbedCache = openEmbedCache(opts.cacheDir ? join(opts.cacheDir, 'embed-cache.sqlite') : ':memory:');
  let dim = opts.dim ?? cache.dim(opts.model) ?? 0;

  const breaker = opts.breaker ?? createBreaker({ failureThreshold: 3, openMs: 30_000 });

  async function request(batch: string[], query: boolean): Promise<Float32Array[]> {
    const tries = query ? Math.min(2, attempts) : attempts;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await opts.client.embeddings.create(
          { model: opts.model, input: batch, encoding_format: 'float' },
          { maxRetries: 0, timeout: query ? (opts.queryTimeoutMs ?? 5000) : (opts.timeoutMs ?? 60_000) },
        );
        const byIndex = [...res.data].sort((a, b) => a.index - b.index);
        if (byIndex.length !== batch.length) throw new Error(`embeddings: expected ${batch.length} vectors, got ${byIndex.length}`);
        return byIndex.map((d) => normalize(d.embedding));
      } catch (err) {
        if (!retryable(err) || attempt + 1 >= tries) throw err;
        const raw = err instanceof APIError ? err.headers?.get('retry-after') : null;
        const hinted = raw == null ? NaN : Number(raw);
        const wait = Number.isFinite(hinted) && hinted >= 0 ? hinted * 1000 : baseDelay * 2 ** attempt;
        // A query cannot wait long: the user is waiting for the answer.
        if (query && wait > 1000) throw err;
        await sleep(wait);
      }
    }
  }

  function checkDim(vectors: Float32Array[]): void {
    for (const v of vectors) {
      if (dim && v.length !== dim) throw new Error(`embeddings: model ${opts.model} returned ${v.length} dimensions, expected ${dim}`);
      dim = v.length;
    }
  }

  const embedder: OpenAIEmbedder = {
    id: `openai:${opts.model}`,
    get dim() {
      return dim;
    },
    async embed(texts) {
      const hashes = texts.map(textHash);
      const found = cache.get(opts.model, [...new Set(hashes)]);
      // Each distinct missing text is sent once.
      const missing = [...new Set(hashes.filter((h) => !found.has(h)))];
      const textOf = new Map(hashes.map((h, i) => [h, texts[i]]));
      const query = missing.length > 0 && missing.length <= 2 && texts.length <= 2;
      if (query) {
        try {
          if (!breaker.allow()) throw new Error('embeddings breaker open');
          const vectors = await request(
            missing.map((h) => textOf.get(h)!),
            true,
          );
          checkDim(vectors);
          breaker.success();
          cache.put(
            opts.model,
            missing.map((hash, j) => ({ hash, vector: vectors[j] })),
          );
          missing.forEach((h, j) => found.set(h, vectors[j]));
        } catch (err) {
          if (!(err instanceof Error && err.message === 'embeddings breaker open')) breaker.failure();
          opts.logger?.warn(
            { event: 'embed_query_failed', model: opts.model, err: err instanceof Error ? err.name : 'unknown' },
            'query embedding failed, vector search skipped',
          );
          return hashes.map((h) => found.get(h) ?? new Float32Array(dim));
        }
        return hashes.map((h) => found.get(h)!);
      }
      for (let i = 0; i < missing.length; i += batchSize) {
        const part = missing.slice(i, i + batchSize);
        const vectors = await request(
          part.map((h) => textOf.get(h)!),
          false,
        );
        checkDim(vectors);
        cache.put(
          opts.model,
          part.map((hash, j) => ({ hash, vector: vectors[j] })),
        );
        part.forEach((h, j) => found.set(h, vectors[j]));
      }
      return hashes.map((h) => found.get(h)!);
    },
    async ready() {
      if (!dim) checkDim(await request(['dim probe'], false));
    },
    close: () => cache.close(),
  };
  return embedder;
}
