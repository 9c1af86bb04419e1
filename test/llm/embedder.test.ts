import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeVector, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { createLlmClient } from '../../handlers/generate/llm.js';
import { createOpenAIEmbedder } from '../../retrieval/openai-embedder.js';
import { createBreaker } from '../../retrieval/breaker.js';

const EMB = '/v1/embeddings' as const;
let fake: FakeOpenAI;
let dir: string;

beforeAll(async () => {
  fake = await startFakeOpenAI({ embedDim: 12 });
  dir = mkdtempSync(join(tmpdir(), 'embed-cache-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.embedFail = undefined;
});

const norm = (v: Float32Array) => Math.hypot(...v);

describe('OpenAI-compatible embedder', () => {
  it('batches requests, returns unit vectors in input order and names the model in its id', async () => {
    const e = createOpenAIEmbedder({ client: createLlmClient({ baseURL: fake.baseURL }), model: 'emb-a', batchSize: 2 });
    const texts = ['hỗ trợ nạn nhân', 'công an tỉnh', 'trợ giúp pháp lý', 'tái hòa nhập', 'xác minh'];
    const out = await e.embed(texts);
    expect(e.id).toBe('openai:emb-a');
    expect(e.dim).toBe(12);
    expect(fake.calls(EMB).map((r) => r.body.input.length)).toEqual([2, 2, 1]);
    expect(fake.calls(EMB)[0].body.model).toBe('emb-a');
    out.forEach((v, i) => {
      expect(v).toBeInstanceOf(Float32Array);
      expect(norm(v)).toBeCloseTo(1, 5);
      expect(v[0]).toBeCloseTo(fakeVector(texts[i], 12)[0], 5);
    });
    e.close();
  });

  it('serves repeated texts from the cache: a second call does not hit the server', async () => {
    const e = createOpenAIEmbedder({ client: createLlmClient({ baseURL: fake.baseURL }), model: 'emb-b', batchSize: 8 });
    const first = await e.embed(['một', 'hai', 'một']);
    expect(fake.calls(EMB)).toHaveLength(1);
    expect(fake.calls(EMB)[0].body.input).toEqual(['một', 'hai']);
    const second = await e.embed(['hai', 'một']);
    expect(fake.calls(EMB)).toHaveLength(1);
    expect(Array.from(second[1])).toEqual(Array.from(first[0]));
    e.close();
  });

  it('persists the cache on disk per model, and knows its dimension on reopening', async () => {
    const client = createLlmClient({ baseURL: fake.baseURL });
    const a = createOpenAIEmbedder({ client, model: 'emb-c', cacheDir: dir });
    await a.embed(['điều 4', 'điều 5']);
    a.close();
    const b = createOpenAIEmbedder({ client, model: 'emb-c', cacheDir: dir });
    expect(b.dim).toBe(12);
    await b.embed(['điều 5', 'điều 4']);
    expect(fake.calls(EMB)).toHaveLength(1);
    b.close();
    // Another model must not reuse those vectors.
    const c = createOpenAIEmbedder({ client, model: 'emb-d', cacheDir: dir });
    await c.embed(['điều 4']);
    expect(fake.calls(EMB)).toHaveLength(2);
    c.close();
  });

  it('retries a 429 and a 500 with backoff', async () => {
    fake.embedFail = (_b, i) => (i === 0 ? { status: 429, retryAfter: 0 } : i === 1 ? { status: 500 } : undefined);
    const e = createOpenAIEmbedder({ client: createLlmClient({ baseURL: fake.baseURL }), model: 'emb-e', baseDelayMs: 1 });
    const [v] = await e.embed(['thử lại', 'lần hai', 'lần ba']);
    expect(norm(v)).toBeCloseTo(1, 5);
    expect(fake.calls(EMB)).toHaveLength(3);
    e.close();
  });

  it('indexing gives up after its attempts and rejects a dimension change', async () => {
    fake.embedFail = () => ({ status: 503 });
    const e = createOpenAIEmbedder({ client: createLlmClient({ baseURL: fake.baseURL }), model: 'emb-f', attempts: 2, baseDelayMs: 1 });
    await expect(e.embed(['x', 'y', 'z'])).rejects.toThrow();
    expect(fake.calls(EMB)).toHaveLength(2);
    e.close();
    fake.embedFail = undefined;
    const wrong = createOpenAIEmbedder({ client: createLlmClient({ baseURL: fake.baseURL }), model: 'emb-g', dim: 1536 });
    await expect(wrong.embed(['x', 'y', 'z'])).rejects.toThrow(/dimensions/);
    await expect(wrong.ready()).resolves.toBeUndefined();
    wrong.close();
    const probe = createOpenAIEmbedder({ client: createLlmClient({ baseURL: fake.baseURL }), model: 'emb-h' });
    expect(probe.dim).toBe(0);
    await probe.ready();
    expect(probe.dim).toBe(12);
    probe.close();
  });

  it('a failing query embedding degrades to a zero vector, and the breaker then skips the endpoint', async () => {
    const client = createLlmClient({ baseURL: fake.baseURL });
    const breaker = createBreaker({ failureThreshold: 1, openMs: 60_000 });
    const e = createOpenAIEmbedder({ client, model: 'emb-i', baseDelayMs: 1, breaker });
    await e.embed(['a', 'b', 'c']);
    fake.embedFail = () => ({ status: 500 });
    const before = fake.calls(EMB).length;
    const [q] = await e.embed(['câu hỏi']);
    expect(Array.from(q)).toEqual(new Array(12).fill(0));
    expect(fake.calls(EMB).length).toBe(before + 2);
    expect(breaker.state()).toBe('open');
    await e.embed(['câu hỏi khác']);
    expect(fake.calls(EMB).length).toBe(before + 2);
    // Cached texts are still served while the endpoint is down.
    const [a] = await e.embed(['a']);
    expect(Math.hypot(...a)).toBeCloseTo(1, 5);
    e.close();
  });
});
