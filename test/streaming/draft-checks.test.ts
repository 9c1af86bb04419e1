import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import type { Citation } from '../../handlers/types.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { readUpdatesOf } from '../../knowledge/updates.js';

// A streamed draft may be replaced by a check after it; the reply says whether it is still that draft
// (AnswerResult.fromDraft), so the channel that showed the draft can tell the reader it was withdrawn.

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now: new Date('2026-12-01T00:00:00Z') });
const updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);

/** Pipeline deps whose generated answer streams a draft and cites `docId`, recording whether it was streamed. */
function streamedFrom(docId: string) {
  const streamed: boolean[] = [];
  const citations: Citation[] = [{ n: 1, label: docId, sectionId: `${docId}#0`, docId }];
  const deps: AskDeps = {
    answer: async (_q, ctx) => {
      streamed.push(Boolean(ctx.onToken));
      ctx.onToken?.('Bản nháp');
      return { kind: 'answer', text: 'Theo văn bản [1]: «…»', citations, ...(ctx.onToken ? { fromDraft: true } : {}) };
    },
    corpus: () => corpus,
    updates: () => updates,
  };
  return { deps, streamed };
}

const onToken = () => undefined;

describe('checks after a streamed draft', () => {
  it('a question on the excerpt answered from another text withdraws the draft', async () => {
    const { deps } = streamedFrom('regulations/nd-09-2013.md');
    const r = await askQuestion('Luật 53/2024 quy định trách nhiệm của Bộ Tư pháp thế nào?', { onToken }, deps);
    expect(r.kind).toBe('abstain');
    expect(r.fromDraft).toBeFalsy();
  });

  it('an answer that keeps the draft says so, change notes and all', async () => {
    const { deps } = streamedFrom('regulations/luat-53-2024-trich.md');
    const r = await askQuestion('Điều 37 Luật 53/2024 quy định những hỗ trợ nào?', { onToken }, deps);
    expect(r.kind).toBe('answer');
    expect(r.fromDraft).toBe(true);
  });

  it('candidate answers that are judged once whole are never streamed', async () => {
    const { deps, streamed } = streamedFrom('plans/kh-quang-nam-2024.md');
    // No plan or rule names who interprets, so the candidates come from retrieval.
    await askQuestion('Nạn nhân cần phiên dịch thì liên hệ cơ quan nào?', { onToken }, deps);
    expect(streamed.length).toBeGreaterThan(0);
    expect(streamed.every((s) => !s)).toBe(true);
  });
});
