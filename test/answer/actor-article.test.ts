// A question asking what an actor must do is answered by the law's article written for that actor ("Gia đình tham
// gia phòng ngừa mua bán người"), without a hedge, though the situation it sets out shares more words with other passages.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, UNSURE_INTRO } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
});

describe('the article written for the actor a question asks the duties of', () => {
  it('leads the answer, with no hedge, however the question sets out the situation', async () => {
    for (const q of [
      'Cháu gái bị bán sang biên giới vừa được giải cứu về nhà, gia đình có trách nhiệm gì với cháu?',
      'Gia đình giữ vai trò gì trong việc phòng, chống mua bán người?',
    ]) {
      const r = await answer(q, { index });
      expect(r.text.startsWith(UNSURE_INTRO), q).toBe(false);
      expect(r.citations[0].label, q).toContain('Điều 13. Gia đình tham gia phòng ngừa mua bán người');
    }
  });

  it("leads over the article's own clauses, which name the actor too", async () => {
    const r = await answer('Cơ sở hỗ trợ nạn nhân phải làm những gì?', { index });
    expect(r.citations[0].label).toContain('Điều 16. Trách nhiệm của cơ sở hỗ trợ nạn nhân');
  });

  it('is not asked for when the question names the actor but asks no duty of it', async () => {
    const r = await answer('Con tôi bị bán sang Trung Quốc đã về, gia đình tôi có được tham gia phiên tòa không?', { index });
    expect(r.citations[0]?.label ?? '').not.toContain('Điều 13. Gia đình tham gia phòng ngừa mua bán người');
  });
});
