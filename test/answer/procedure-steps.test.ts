// A question asking the steps of a procedure ("thủ tục …", "quy trình …", "các bước", "muốn xin … thì làm thế nào") is
// answered by the list that sets the procedure out, not by the list of what is granted beside it, nor by the
// principles a text holds every procedure to; a question naming those principles still gets them.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { asksSteps } from '../../retrieval/question-type.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
});

/** The text before the quotes: what a reader sees first. */
const leadOf = (text: string) => text.split('\n\nTrích dẫn:')[0];

describe('a question asking the steps of a procedure', () => {
  it('is read in the words of the texts, of chat and without marks', () => {
    for (const q of [
      'Trình tự trả lại nạn nhân cho nước ngoài thế nào?',
      'thu tuc xin hoc nghe cho nan nhan',
      'các bước xác minh một người là nạn nhân',
      'Muốn xin cho con được bảo vệ thì phải làm thế nào?',
      'de de nghi ho tro thi can lam gi',
    ])
      expect(asksSteps(q), q).toBe(true);
  });

  it('is not a question on what is granted or who acts', () => {
    for (const q of ['Nạn nhân được hỗ trợ những gì?', 'Ai xác minh nạn nhân?', 'muốn học nghề thì được hỗ trợ gì'])
      expect(asksSteps(q), q).toBe(false);
  });

  it('leads with the clause setting the procedure out, not with what is granted', async () => {
    const r = await answer('nạn nhân nghèo muốn nhận trợ cấp ban đầu phải qua những bước nào', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(leadOf(r.text)).toContain('Trình tự và thời hạn giải quyết');
  });

  it('does not lead with the principles of every procedure', async () => {
    const r = await answer('trình tự trao trả nạn nhân gồm các bước nào', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(leadOf(r.text)).not.toContain('Nguyên tắc');
    expect(leadOf(r.text)).toContain('Trao trả nạn nhân');
    // Named, the principles still lead.
    const named = await answer('Nguyên tắc và trình tự trao trả nạn nhân là gì?', { index, province: null });
    expect(leadOf(named.text)).toContain('Nguyên tắc xác minh, xác định, tiếp nhận và trao trả nạn nhân');
  });
});
