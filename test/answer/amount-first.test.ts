// A question asking only how much is answered first by the passage stating the amount of what it pays for, when the
// ranker puts the passage granting the same thing in kind just ahead of it.
import { describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

describe('an amount asked for', () => {
  it('leads with the passage pricing the thing, not the one granting it in kind', async () => {
    const index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
    const q = 'Nạn nhân ở trung tâm được tiền quần áo, đồ dùng cá nhân tối đa bao nhiêu?';
    const [first] = await index.search(q, { k: 2, todayFirst: true });
    expect(first.chunk.text).not.toMatch(/\d\s*đồng/u);
    const r = await answer(q, { index });
    expect(r.kind).toBe('answer');
    expect(r.text.split('\n')[0]).toMatch(/400\.000 đồng/u);
  });
});
