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
