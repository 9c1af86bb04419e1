// A question naming a text ("theo Luật 2011", "nghị định 62", "luật mới") is answered from that text first.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { namedExcerpts, namedTexts } from '../../retrieval/named-text.js';
import { doc, makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const newLaw = doc('regulations/luat-53.md', 'Luật 53/2024/QH15', null, { number: '53/2024/QH15', status: 'in_force' });
const oldLaw = doc('regulations/luat-66.md', 'Luật 66/2011/QH12', null, {
  number: '66/2011/QH12',
  status: 'replaced',
  statusNote: 'được thay thế bởi Luật 53/2024/QH15',
});
const decree = doc('regulations/nd-62.md', 'NĐ 62/2012/NĐ-CP', null, { number: '62/2012/NĐ-CP', status: 'in_force' });
const docs = new Map([newLaw, oldLaw, decree].map((d) => [d.id, d]));
const replacedBy = new Map([[oldLaw.id, newLaw.id]]);
const named = (q: string) => [...namedTexts(q, docs, replacedBy)];

describe('the text a question names', () => {
  it('is read from its number, its kind and number, or a law’s year', () => {
    expect(named('Theo Luật 2011, kỳ thị nạn nhân có bị cấm không?')).toEqual([oldLaw.id]);
    expect(named('luat 66/2011 quy dinh gi')).toEqual([oldLaw.id]);
    expect(named('Nghị định 62 quy định biện pháp bảo vệ nào?')).toEqual([decree.id]);
    expect(named('theo nghi dinh so 62 thi sao')).toEqual([decree.id]);
    // A year alone names no law, nor does a number of something else.
    expect(named('Năm 2011 có bao nhiêu nạn nhân?')).toEqual([]);
    expect(named('có 62 nạn nhân được hỗ trợ')).toEqual([]);
    // A number after another kind of text names that text; "hướng dẫn" is said of any guiding text.
    expect(named('Quyết định 66/2011 của tỉnh quy định gì?')).toEqual([]);
    expect(named('hướng dẫn 62/2012 quy định biện pháp bảo vệ nào?')).toEqual([decree.id]);
  });

  it('is the replaced law for "luật cũ" and the law in force for "luật mới"', () => {
    expect(named('luat cu co cam ky thi khong')).toEqual([oldLaw.id]);
    expect(named('Theo luật mới thì ai tiếp nhận?')).toEqual([newLaw.id]);
    expect(named('theo luat hien hanh nan nhan duoc gi')).toEqual([newLaw.id]);
    // Both, or neither: no text is preferred.
    expect(named('luật cũ và luật mới khác nhau gì')).toEqual([]);
    expect(named('nạn nhân được hỗ trợ những gì')).toEqual([]);
    // Typed with marks, "mỗi" (each) is no "mới".
    expect(named('Theo luật, mỗi nạn nhân được hỗ trợ tiền ăn mấy ngày?')).toEqual([]);
    expect(named('theo luat moi thi ai tiep nhan')).toEqual([newLaw.id]);
  });

  it('is never an excerpt, which may not hold the article asked for', () => {
    const excerpt = new Map([...docs].map(([id, d]) => [id, id === newLaw.id ? { ...d, excerpt: true } : d]));
    expect([...namedTexts('Theo luật mới thì ai tiếp nhận?', excerpt, replacedBy)]).toEqual([]);
    expect([...namedTexts('Luật 53/2024 quy định hỗ trợ y tế ở điều nào?', excerpt, replacedBy)]).toEqual([]);
  });

  it('comes first where both laws say the same', async () => {
    const corpus = makeCorpus('named', [
      ...SOURCES,
      {
        doc: newLaw,
        sections: [{ path: ['Điều 3. Các hành vi bị nghiêm cấm'], text: '9. Xúc phạm, kỳ thị, phân biệt đối xử đối với nạn nhân.' }],
      },
      { doc: oldLaw, sections: [{ path: ['Điều 3. Các hành vi bị nghiêm cấm'], text: '9. Kỳ thị nạn nhân.' }] },
    ]);
    const first = async (q: string, namedTextBoost?: number) => {
      const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, ...(namedTextBoost ? { namedTextBoost } : {}) } });
      return (await index.search(q, { k: 3 }))[0].doc.id;
    };
    const q = 'Theo Luật 2011, xúc phạm, kỳ thị nạn nhân có bị nghiêm cấm không?';
    expect(await first(q, 1)).toBe(newLaw.id);
    expect(await first(q)).toBe(oldLaw.id);
    expect(await first('Theo luật mới, kỳ thị nạn nhân có bị cấm không?')).toBe(newLaw.id);
  });

  it('lifts an excerpt named ("luật mới", "luật 2024") that holds the point asked', async () => {
    const excerpt = { ...newLaw, excerpt: true };
    expect([...namedExcerpts('luat moi co cam gia mao nan nhan khong', new Map([...docs, [excerpt.id, excerpt]]), replacedBy)]).toEqual([
      excerpt.id,
    ]);
    const corpus = makeCorpus('named-excerpt', [
      ...SOURCES,
      { doc: excerpt, sections: [{ path: ['Điều 3. Các hành vi bị nghiêm cấm'], text: '11. Giả mạo là nạn nhân để được hỗ trợ.' }] },
      {
        doc: oldLaw,
        sections: [{ path: ['Điều 3. Các hành vi bị nghiêm cấm'], text: '11. Giả mạo là nạn nhân; cấm giả mạo giấy tờ của nạn nhân.' }],
      },
    ]);
    const first = async (q: string, boost?: number) => {
      const fusion = { ...SECTION_UNITS, ...(boost ? { namedExcerpt: { boost, share: 0.5 } } : {}) };
      const index = await openKnowledgeIndex({ corpus, fusion });
      return (await index.search(q, { k: 3 }))[0].chunk.text;
    };
    const q = 'luật mới có cấm giả mạo là nạn nhân không';
    expect(await first(q, 1)).toMatch(/^11\. Giả mạo là nạn nhân; cấm/u);
    expect(await first(q)).toBe('11. Giả mạo là nạn nhân để được hỗ trợ.');
  });
});
