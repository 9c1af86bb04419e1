// The LLM overhead benchmark must tell a real generated answer from the extractive fallback;
// latency figures are not checked here (no wall-clock assertions in tests).
import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { measureLlmOverhead, OVERHEAD_QUESTIONS } from '../../tools/bench/llm-overhead.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const opts = { questions: OVERHEAD_QUESTIONS.slice(0, 3), warmupRounds: 0, rounds: 1 };

describe('bench: LLM path overhead', () => {
  it('counts generated answers when the model cites a passage', async () => {
    const r = await measureLlmOverhead(corpus, opts);
    expect(r.samples).toBe(3);
    expect(r.generated + r.abstained).toBe(3);
    expect(r.fallbacks).toEqual({});
    expect(r.valid).toBe(true);
  });

  it('reports the figure as invalid when every answer fell back to extractive', async () => {
    const r = await measureLlmOverhead(corpus, { ...opts, reply: 'Câu trả lời không có trích dẫn.' });
    expect(r.generated).toBe(0);
    expect(r.fallbacks.no_valid_citation).toBe(3 - r.abstained);
    expect(r.valid).toBe(false);
  });
});
