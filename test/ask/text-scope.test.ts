import { describe, expect, it } from 'vitest';
import { asksWholeScope, textScope } from '../../handlers/ask/text-scope.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { readUpdatesOf } from '../../knowledge/updates.js';
import type { AskDeps, AskResult } from '../../handlers/ask/types.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);
const deps: AskDeps = {
  answer: async () => ({ kind: 'abstain', text: '', citations: [] }),
  corpus: () => corpus,
  updates: () => updates,
};
const ask = (text: string) => textScope({ text, province: null, userProvince: null, history: [] }, deps) as AskResult | undefined;

describe('what a named text covers as a whole', () => {
  it('is asked by its scope, ending the question', () => {
    expect(asksWholeScope('Luật năm 2024 điều chỉnh những vấn đề gì?')).toBe(true);
    expect(asksWholeScope('Nghị định 62 quy định về những nội dung gì vậy')).toBe(true);
    expect(asksWholeScope('phạm vi điều chỉnh của thông tư 78 là gì')).toBe(true);
    // One point of the text is asked, not its scope.
    expect(asksWholeScope('Luật 53 quy định gì về thời hạn xác minh?')).toBe(false);
    expect(asksWholeScope('Luật 53 quy định những hành vi nào bị cấm?')).toBe(false);
    // A part of the text is asked.
    expect(asksWholeScope('Luật 53/2024 có bao nhiêu chương và chương VI quy định về gì?')).toBe(false);
    expect(asksWholeScope('Điều 5 Nghị định 62 nói về vấn đề gì?')).toBe(false);
  });

  it("is answered by the text's scope article, quoted, for an excerpt named as today's law too", () => {
    for (const [question, doc] of [
      ['Luật phòng, chống mua bán người năm 2024 điều chỉnh những vấn đề gì?', 'regulations/luat-53-2024-trich.md'],
      ['luật mới về phòng chống mua bán người quy định những nội dung gì', 'regulations/luat-53-2024-trich.md'],
      ['Luật 2011 điều chỉnh những vấn đề gì?', 'regulations/luat-66-2011.md'],
      ['TT 78 quy dinh nhung gi', 'regulations/tt-78-2013-bqp.md'],
    ]) {
      const r = ask(question);
      expect(r?.kind, question).toBe('answer');
      expect(r?.citations[0]?.docId, question).toBe(doc);
      expect(r?.citations[0]?.label, question).toContain('Phạm vi điều chỉnh');
      expect(r?.text, question).toMatch(/«(Luật|Thông tư) này quy định/u);
    }
  });

  it('leaves questions naming no text, or two, to the other steps', () => {
    expect(ask('Kế hoạch này quy định những nội dung gì?')).toBeUndefined();
    expect(ask('Luật 2011 và Luật 2024 quy định những vấn đề gì?')).toBeUndefined();
    expect(ask('Luật 53 quy định gì về thời hạn xác minh?')).toBeUndefined();
  });
});
