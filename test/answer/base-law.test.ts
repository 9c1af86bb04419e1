// A decree's entitlement is quoted after the clause of the law it details that states the same condition: the law is
// the base text. What only the decree states (how much) is left to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { withBaseLaw } from '../../handlers/answer/base-law.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const LAW = {
  doc: doc('regulations/law.md', 'Luật Mẫu 66/2011', null, { number: '66/2011/QH12', year: 2011 }),
  sections: [
    { path: ['Điều 37. Hỗ trợ học văn hóa, học nghề', '1.'], text: '1. Nạn nhân là người chưa thành niên được hỗ trợ tiền học phí.' },
    {
      path: ['Điều 38. Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn', '1.'],
      text: '1. Nạn nhân khi trở về địa phương, nếu thuộc hộ nghèo thì được hỗ trợ một lần tiền trợ cấp khó khăn ban đầu.',
    },
    { path: ['Điều 38. Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn', '2.'], text: '2. Nạn nhân có nhu cầu vay vốn được xem xét.' },
  ],
};
const DECREE = {
  doc: doc('regulations/decree.md', 'NĐ Mẫu 09/2013', null, { number: '09/2013/NĐ-CP', implementsLaw: '66/2011/QH12', year: 2013 }),
  sections: [
    { path: ['Điều 23. Hỗ trợ học nghề, trợ cấp khó khăn ban đầu', '2.'], text: '2. Chế độ hỗ trợ gồm:' },
    {
      path: ['Điều 23. Hỗ trợ học nghề, trợ cấp khó khăn ban đầu', '2.', 'c)'],
      text: 'c) Nạn nhân thuộc hộ nghèo khi trở về nơi cư trú được hỗ trợ một lần tiền trợ cấp khó khăn ban đầu theo mức do Bộ Tài chính quy định.',
    },
    { path: ['Điều 25. Trách nhiệm của Bộ'], text: 'Bộ hướng dẫn cơ sở hỗ trợ nạn nhân lập dự toán hằng năm.' },
  ],
};

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: makeCorpus('h-base-law', [LAW, DECREE]), fusion: SECTION_UNITS });
});

const lead = (text: string) => text.split('\n')[0];

describe("a decree's entitlement asked who gets it", () => {
  it("is led by the law's clause stating the condition, the decree's sentence quoted after it", async () => {
    const r = await answer('nạn nhân trở về nơi cư trú thì cần điều kiện gì để được trợ cấp khó khăn ban đầu theo mức Bộ Tài chính', {
      index,
      province: null,
    });
    expect(lead(r.text)).toContain('nếu thuộc hộ nghèo thì được hỗ trợ một lần');
    expect(r.text).toContain('theo mức do Bộ Tài chính quy định');
    expect(r.citations?.map((c) => c.docId)).toEqual(['regulations/law.md', 'regulations/decree.md']);
  });

  it('is left to the decree when the question asks how much', async () => {
    const r = await answer('trợ cấp khó khăn ban đầu cho nạn nhân về nơi cư trú theo mức Bộ Tài chính là bao nhiêu tiền', {
      index,
      province: null,
    });
    expect(r.citations?.map((c) => c.docId)).not.toContain('regulations/law.md');
  });
});

describe('the old law asked by name', () => {
  it("reads one passage further for the decree's article, past the lists of kinds that come first", async () => {
    const ranked = await index.search('trợ cấp khó khăn ban đầu theo mức Bộ Tài chính', { k: 6, province: null });
    const decree = ranked.find((h) => h.doc.id === 'regulations/decree.md' && h.chunk.path.at(-1) === 'c)') as SearchHit;
    const list = (id: string): SearchHit => ({
      ...decree,
      doc: { ...decree.doc, id, implementsLaw: undefined },
      chunk: { ...decree.chunk, path: ['Điều 1. Đối tượng và chế độ hỗ trợ'] },
    });
    const passages = [list('regulations/new-law.md'), list('regulations/other-list.md'), decree];
    const q = 'theo luật cũ thì ai được trợ cấp khó khăn ban đầu';
    expect(withBaseLaw(index, q, passages, 0.5)?.[2].doc.id).toBe('regulations/law.md');
    expect(withBaseLaw(index, 'ai được trợ cấp khó khăn ban đầu', passages, 0.5)).toBeUndefined();
  });
});

describe('the law replaced by a law in force', () => {
  const TODAY = {
    doc: doc('regulations/today.md', 'Luật Mẫu 53/2024', null, { number: '53/2024/QH15', year: 2024 }),
    sections: [
      {
        path: ['Điều 37. Đối tượng và chế độ hỗ trợ', '4.'],
        text: '4. Nạn nhân là người nước ngoài bị mua bán tại Việt Nam được hưởng hỗ trợ nhu cầu thiết yếu, trợ cấp khó khăn ban đầu.',
      },
    ],
  };
  const REPLACED = { ...LAW, doc: { ...LAW.doc, status: 'replaced' as const, statusNote: 'đã được thay thế bởi Luật Mẫu 53/2024/QH15' } };
  let replaced: KnowledgeIndex;
  beforeAll(async () => {
    replaced = await openKnowledgeIndex({ corpus: makeCorpus('h-base-law-today', [REPLACED, DECREE, TODAY]), fusion: SECTION_UNITS });
  });

  it("leads with today's law when it says whom it supports", async () => {
    const r = await answer('người nước ngoài bị mua bán tại Việt Nam về nơi cư trú có được trợ cấp khó khăn ban đầu không', {
      index: replaced,
      province: null,
    });
    expect(lead(r.text)).toMatch(/^Theo Luật Mẫu 53\/2024 /);
    expect(r.text).toContain('người nước ngoài bị mua bán tại Việt Nam');
  });

  it("leads with the old law's clause when the question asks the condition only that clause states", async () => {
    // Today's clause names foreigners sold in Việt Nam as the question does, yet the condition asked is the old law's.
    const r = await answer('người nước ngoài bị mua bán tại Việt Nam về nơi cư trú cần điều kiện gì để được trợ cấp khó khăn ban đầu', {
      index: replaced,
      province: null,
    });
    expect(lead(r.text)).toContain('nếu thuộc hộ nghèo thì được hỗ trợ một lần');
  });
});
