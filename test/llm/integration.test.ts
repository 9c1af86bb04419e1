// The generative path over the real bundled corpus, index and extractive answerer, against the fake server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { documentLabel } from '../../knowledge/cite.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { answer, fullSection } from '../../handlers/answer.js';
import { answererFromConfig, embedderFromConfig } from '../../bot/llm-setup.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import type { Answerer } from '../../handlers/types.js';

let fake: FakeOpenAI;
let index: KnowledgeIndex;
let extractive: Answerer;
const base = { OPENAI_API_KEY: undefined, EMBEDDING_MODEL: undefined, LLM_TIMEOUT_MS: 5000 };

beforeAll(async () => {
  fake = await startFakeOpenAI();
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  extractive = (q, ctx) => answer(q, { index, province: ctx.province });
});
afterAll(async () => {
  await fake.close();
});

describe('generative answers over the bundled corpus', () => {
  it('without LLM settings the extractive answerer is used as is', () => {
    expect(answererFromConfig({ ...base, OPENAI_BASE_URL: undefined, LLM_MODEL: undefined }, { index, extractive })).toBe(extractive);
    expect(embedderFromConfig({ ...base, OPENAI_BASE_URL: fake.baseURL, LLM_MODEL: undefined }, {})).toBeUndefined();
  });

  it('cites real sections whose "Xem toàn văn" buttons open the cited section', async () => {
    fake.chat = () => 'Nạn nhân được hỗ trợ theo quy định [1].';
    const gen = answererFromConfig({ ...base, OPENAI_BASE_URL: fake.baseURL, LLM_MODEL: 'fake' }, { index, extractive });
    expect(gen).not.toBe(extractive);
    const q = 'Nạn nhân bị mua bán được hỗ trợ những gì?';
    const r = await gen(q, { province: 'quang-nam' });
    expect(r.text).toBe('Nạn nhân được hỗ trợ theo quy định [1].');
    expect(r.citations).toHaveLength(1);
    const [hit] = await index.search(q, { k: 5, province: 'quang-nam' });
    expect(r.citations[0].sectionId).toBe(hit.chunk.sectionId);
    const full = fullSection(index, r.buttons![0][0].data);
    expect(full?.citations[0].sectionId).toBe(r.citations[0].sectionId);
    expect(r.citations[0].label.startsWith(`${documentLabel(hit.doc)} › `)).toBe(true);
  });
});
