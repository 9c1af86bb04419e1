// Whether a situation counts as one of the law's terms is answered by the clause defining that term, not by the
// passages that only use it.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { askedTerms, createDefiningClauses, definingTerms } from '../../retrieval/defining-clause.js';
import { thesaurusExpander } from '../../retrieval/expand.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

const TERMS = ['mua ban nguoi', 'cuong buc lao dong', 'boc lot tinh duc'];

describe('the terms a clause defines', () => {
  it('reads the words before "là việc" or "là hành vi", without the numbering', () => {
    expect(definingTerms('3. Cưỡng bức lao động là việc dùng vũ lực để ép buộc nạn nhân phải lao động.')).toEqual(['cuong buc lao dong']);
    expect(definingTerms('1. Mua bán người là hành vi tuyển mộ, vận chuyển người.')).toEqual(['mua ban nguoi']);
    // Who a rule applies to is no definition of a term.
    expect(definingTerms('Nạn nhân là người chưa thành niên thì được hỗ trợ tiền học phí.')).toEqual([]);
  });
});

describe('the term a question asks whether something counts as', () => {
  const asked = (q: string) => [...askedTerms(q, TERMS, thesaurusExpander())];

  it('reads the term named right after the ask, with or without diacritics', () => {
    expect(asked('xưởng giữ người làm không cho nghỉ thì có tính là cưỡng bức lao động không')).toEqual(['cuong buc lao dong']);
    expect(asked('dua dua nho di lam lay tien thi co bi coi la mua ban nguoi khong')).toEqual(['mua ban nguoi']);
  });

  it('reads the term from the everyday words the thesaurus reads as it', () => {
    expect(asked('dẫn con nhà người ta đi làm thuê có bị coi là buôn người không')).toEqual(['mua ban nguoi']);
    expect(asked('bắt làm quần quật như vậy có phải là bị bóc lột không')).toContain('cuong buc lao dong');
  });

  it('reads a question asking what the law calls a situation', () => {
    expect(asked('làm không công, không trả công thì luật gọi là gì')).toEqual(['cuong buc lao dong']);
  });

  it('reads no term where the ask is about something else', () => {
    expect(asked('thấy mua bán người thì có phải báo công an không')).toEqual([]);
    expect(asked('Tội cưỡng bức lao động bị xử lý thế nào?')).toEqual([]);
    // "cố tình" (deliberately) typed with marks is no "có tính".
    expect(asked('kẻ cố tình cưỡng bức lao động thì bị xử lý ra sao')).toEqual([]);
  });

  it('weighs up only the clauses defining the asked term', () => {
    const units = [
      { text: '3. Cưỡng bức lao động là việc dùng vũ lực để ép buộc nạn nhân phải lao động trái ý muốn của họ.' },
      { text: 'Người bị cưỡng bức lao động được hỗ trợ.' },
    ];
    const weigh = createDefiningClauses(units, thesaurusExpander(), 2)('có tính là cưỡng bức lao động không');
    expect([0, 1].map((i) => weigh?.(i))).toEqual([2, 1]);
    expect(createDefiningClauses(units, thesaurusExpander(), 2)('cưỡng bức lao động bị phạt thế nào')).toBeUndefined();
    expect(createDefiningClauses(units, thesaurusExpander(), 1)('có tính là cưỡng bức lao động không')).toBeUndefined();
  });
});

describe('a situation asked as one of the law’s terms, in the bundled documents', () => {
  let on: KnowledgeIndex;
  let off: KnowledgeIndex;
  beforeAll(async () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    on = await openKnowledgeIndex({ corpus });
    off = await openKnowledgeIndex({ corpus, fusion: { definingClauseBoost: 1 } });
  });

  it('ranks the clause defining forced labour above the signs a victim shows', async () => {
    const q = 'bà chủ bắt làm quần quật không cho về quê, như vậy có phải là bị bóc lột không';
    const [first] = await on.search(q, { k: 3, todayFirst: true });
    expect(first.chunk.text).toContain('Cưỡng bức lao động là việc');
    const [without] = await off.search(q, { k: 3, todayFirst: true });
    expect(without.chunk.text).not.toContain('Cưỡng bức lao động là việc');
  });
});
