// A question asking the positive ("khi nào được cấp") is answered by the rule, not by the cases it excludes, and the
// reverse; the negation is read from the words, not from a "không" that only asks.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { asksNegative, statesNegative } from '../../retrieval/question-type.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const corpus = makeCorpus('polarity', [
  {
    doc: doc('regulations/giay-phep.md', 'NĐ giấy phép', null),
    sections: [
      {
        path: ['Điều 4. Điều kiện thành lập cơ sở'],
        text: 'Tổ chức được cấp giấy phép thành lập cơ sở phải có trụ sở ổn định và nhân viên được đào tạo.',
      },
      {
        path: ['Điều 10. Các trường hợp không cấp giấy phép thành lập cơ sở'],
        text: 'Tổ chức nước ngoài; tổ chức đã bị thu hồi giấy phép thành lập cơ sở.',
      },
    ],
  },
]);

async function top(question: string, otherPolarity?: number): Promise<string> {
  const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, ...(otherPolarity ? { otherPolarity } : {}) } });
  const [hit] = await index.search(question, { k: 2 });
  return hit.chunk.path[0];
}

describe('polarity of a question and of a passage', () => {
  it('reads a negation, not a "không" that only asks nor one naming a person or a limit', () => {
    expect(asksNegative('Những trường hợp nào không được cấp giấy phép?')).toBe(true);
    expect(asksNegative('ai thì bị từ chối cho mở cơ sở')).toBe(true);
    expect(asksNegative('tỉnh ko cho mở thì sao')).toBe(true);
    expect(asksNegative('Làm mất giấy phép thì có được cấp lại không?')).toBe(false);
    expect(asksNegative('Có được cấp hay không, và ai cấp?')).toBe(false);
    expect(asksNegative('Người không quốc tịch được hỗ trợ gì?')).toBe(false);
    expect(asksNegative('Ai đưa người chưa thành niên về nơi cư trú?')).toBe(false);
  });

  it('tells a passage about the negative case by its heading or its opening case', () => {
    expect(statesNegative(['Điều 10. Các trường hợp không cấp giấy phép'], 'Tổ chức nước ngoài.')).toBe(true);
    expect(statesNegative(['Điều 8. Tiếp nhận'], 'Trường hợp không đủ căn cứ xác định nạn nhân thì báo cáo.')).toBe(true);
    expect(statesNegative(['Điều 4. Chi tiền tàu xe cho nạn nhân nhưng không có khả năng chi trả'], 'Mức chi.')).toBe(false);
    expect(statesNegative(['Chương IV (tên chương chưa đối chiếu)', 'Điều 27. Tiếp nhận'], 'Người nào phát hiện thì báo.')).toBe(false);
    expect(statesNegative(['Điều 6. Tiếp nhận'], 'Trong thời hạn không quá 03 ngày, Phòng báo cáo.')).toBe(false);
    // A paragraph after the clause's rule that opens with the negative case is about it too; a detail inside a sentence is not.
    const rule = '3. Công an cấp huyện xác minh, xác định nạn nhân và trả lời kết quả.';
    expect(
      statesNegative(
        ['Điều 7. Xác minh'],
        `${rule}\nTrường hợp xác định không phải là nạn nhân, Phòng làm thủ tục đưa người đó ra khỏi cơ sở.`,
      ),
    ).toBe(true);
    expect(statesNegative(['Điều 7. Xác minh'], `${rule}\nNạn nhân được hỗ trợ; trường hợp không có giấy tờ thì xác minh.`)).toBe(false);
  });

  it('answers the positive question with the rule and the negative one with the excluded cases', async () => {
    expect(await top('Khi nào được cấp giấy phép thành lập cơ sở?', 1)).toBe('Điều 10. Các trường hợp không cấp giấy phép thành lập cơ sở');
    expect(await top('Khi nào được cấp giấy phép thành lập cơ sở?')).toBe('Điều 4. Điều kiện thành lập cơ sở');
    expect(await top('Trường hợp nào không được cấp giấy phép thành lập cơ sở?')).toBe(
      'Điều 10. Các trường hợp không cấp giấy phép thành lập cơ sở',
    );
  });
});
