// A question asking what a term means is answered by the sentences that define it, the text in force first.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { definedTerm } from '../../handlers/answer/definitions.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const OLD_LAW = doc('regulations/luat-cu.md', 'Luật cũ 1/2011', null, {
  title: 'Luật Phòng, chống mua bán người',
  status: 'replaced',
  statusNote: 'đã được thay thế bởi Luật mới 2/2024',
});
const NEW_LAW = doc('regulations/luat-moi.md', 'Luật mới 2/2024', null, { title: 'Luật Phòng, chống mua bán người' });

// The replaced text comes first and says the term more often: only the definitions' own status may put the new one first.
const SOURCES = [
  {
    doc: OLD_LAW,
    sections: [
      { path: ['Điều 2. Giải thích từ ngữ'], text: 'Trong Luật này, các từ ngữ dưới đây được hiểu như sau:' },
      {
        path: ['Điều 2. Giải thích từ ngữ', '1.'],
        text: '1. Cưỡng bức lao động là việc dùng vũ lực buộc người khác lao động trái ý muốn.',
      },
      { path: ['Điều 2. Giải thích từ ngữ', '2.'], text: '2. Nô lệ tình dục là việc một người bị lệ thuộc phải phục vụ nhu cầu tình dục.' },
      {
        path: ['Điều 9. Phát hiện cưỡng bức lao động'],
        text: 'Cơ quan lao động kiểm tra nơi có dấu hiệu cưỡng bức lao động. Người phát hiện cưỡng bức lao động báo ngay cho Công an.',
      },
    ],
  },
  {
    doc: NEW_LAW,
    sections: [
      { path: ['Điều 2. Giải thích từ ngữ'], text: 'Trong Luật này, các từ ngữ dưới đây được hiểu như sau:' },
      {
        path: ['Điều 2. Giải thích từ ngữ', '3.'],
        text: '3. Cưỡng bức lao động là việc dùng vũ lực hoặc thủ đoạn khác ép buộc nạn nhân lao động trái ý muốn của họ.\nTrường hợp khác do pháp luật quy định.',
      },
    ],
  },
];

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: makeCorpus('defs', SOURCES), fusion: SECTION_UNITS });
});

describe('definition questions', () => {
  it('read the term asked about, whatever words ask for its meaning', () => {
    expect(definedTerm('Cưỡng bức lao động được hiểu là gì?')).toBe('cuong buc lao dong');
    expect(definedTerm('cuong buc lao dong la gi')).toBe('cuong buc lao dong');
    expect(definedTerm('Thế nào là cưỡng bức lao động?')).toBe('cuong buc lao dong');
    expect(definedTerm('Theo luật mới thì cưỡng bức lao động là gì?')).toBe('cuong buc lao dong');
    expect(definedTerm('Cưỡng bức lao động nghĩa là gì theo luật hiện hành?')).toBe('cuong buc lao dong');
  });

  it('are not lists, other questions or long phrases', () => {
    expect(definedTerm('Các biện pháp bảo vệ là gì?')).toBeUndefined();
    expect(definedTerm('Nạn nhân được hỗ trợ những gì?')).toBeUndefined();
    expect(definedTerm('Cơ quan nào tiếp nhận nạn nhân khi họ trở về từ nước ngoài là gì?')).toBeUndefined();
  });

  it('lead with the definition of the text in force, the replaced one after it', async () => {
    const r = await answer('Cưỡng bức lao động được hiểu là gì?', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/luat-moi.md', 'regulations/luat-cu.md']);
    expect(r.text.split('\n')[0]).toContain('«Cưỡng bức lao động là việc dùng vũ lực hoặc thủ đoạn khác');
    // The defining paragraph, not what the clause adds after it; nor the article that only uses the term.
    expect(r.text).not.toContain('Trường hợp khác');
    expect(r.text).not.toContain('Cơ quan lao động kiểm tra');
  });

  it('quote the replaced text when no text in force defines the term', async () => {
    const r = await answer('Nô lệ tình dục là gì?', { index, province: null });
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/luat-cu.md']);
    expect(r.text).toContain('Nô lệ tình dục là việc một người bị lệ thuộc');
  });
});

// Who counts as a group of people: the clause listing its members, not the clauses (sharing more of the question's
// words) that only name the group in a procedure.
const PROTECTION = {
  doc: doc('regulations/nd-bao-ve.md', 'NĐ bảo vệ 1/2012', null, { title: 'Nghị định về bảo vệ nạn nhân' }),
  sections: [
    { path: ['Điều 6. Đối tượng bảo vệ', '1.'], text: '1. Nạn nhân của hành vi mua bán người.' },
    {
      path: ['Điều 6. Đối tượng bảo vệ', '2. Người thân thích của nạn nhân, bao gồm'],
      text: '2. Người thân thích của nạn nhân, bao gồm: Vợ, chồng, cha đẻ, mẹ đẻ, cha nuôi, anh ruột, ông ngoại của nạn nhân.',
    },
    {
      path: ['Điều 10. Trình tự áp dụng biện pháp bảo vệ', '3.'],
      text: '3. Khi có căn cứ cho rằng người thân thích của nạn nhân bị đe dọa, cơ quan thụ lý tự mình quyết định áp dụng biện pháp bảo vệ để được bảo vệ an toàn.',
    },
  ],
};

describe('who counts as a group of people', () => {
  let protection: KnowledgeIndex;
  beforeAll(async () => {
    protection = await openKnowledgeIndex({ corpus: makeCorpus('members', [PROTECTION]), fusion: SECTION_UNITS });
  });

  it('is answered by the clause listing its members, whatever words ask it', async () => {
    for (const q of [
      'Những ai được coi là người thân thích của nạn nhân để được áp dụng biện pháp bảo vệ?',
      'nguoi than thich cua nan nhan gom nhung ai',
      'Người thân thích của nạn nhân là những ai?',
    ]) {
      const r = await answer(q, { index: protection, province: null });
      expect(r.text.split('\n')[0], q).toContain('Người thân thích của nạn nhân, bao gồm: Vợ, chồng');
      expect(r.text, q).not.toContain('cơ quan thụ lý');
    }
  });

  it('is not read into a question asking something else of the group', async () => {
    const r = await answer('Khi người thân thích của nạn nhân bị đe dọa thì cơ quan nào quyết định áp dụng biện pháp bảo vệ?', {
      index: protection,
      province: null,
    });
    expect(r.text.split('\n')[0]).toContain('cơ quan thụ lý');
  });
});
