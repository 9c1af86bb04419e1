// With the user's province known, an answer led by a national text also quotes the province plan's own assignment.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

const PLAN = 'plans/quang-nam-2024-ho-tro-nan-nhan.md';

describe("the province plan's point beside a national text", () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('is quoted after the national clause when the province is known', async () => {
    const r = await answer('Nạn nhân đi học lại có được miễn học phí không?', { index, province: 'quang-nam' });
    expect(r.citations[0].docId).toMatch(/^regulations\//);
    expect(r.citations.map((c) => c.docId)).toContain(PLAN);
    expect(r.text).toContain('miễn giảm học phí');
  });

  it('is not added without a province, nor from another province', async () => {
    const none = await answer('Nạn nhân đi học lại có được miễn học phí không?', { index, province: null });
    expect(none.citations.some((c) => c.docId.startsWith('plans/'))).toBe(false);
    const other = await answer('Nạn nhân đi học lại có được miễn học phí không?', { index, province: 'soc-trang' });
    expect(other.citations.map((c) => c.docId)).not.toContain(PLAN);
  });
});
