// Who presides over the case a question names: the clause whose headings name that case and that opens with the body
// presiding, not the steps under it nor another case's clause. Hand-made corpus, questions written for this test.
import { describe, expect, it } from 'vitest';
import { asksPresidingBody, presidingClauseHit, presidingWeight } from '../../handlers/answer/presiding-clause.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { answerTypes } from '../../retrieval/question-type.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const CIRCULAR = {
  doc: doc('regulations/mau.md', 'TT Mẫu', null),
  sections: [
    {
      path: [
        'Điều 4. Đón người trở về',
        '1. Đón người trở về qua nhà ga hàng không',
        'a) Cục Xuất cảnh chủ trì, phối hợp với các cơ quan thực hiện việc đón như sau',
      ],
      text: '- Trước ngày người đó về, thông báo danh sách cho Sở Y tế.\n- Tại nhà ga: kiểm diện, đón người trở về và ký biên bản với phía nước ngoài.',
    },
    {
      path: ['Điều 4. Đón người trở về', '2. Đón người trở về qua bến tàu thủy', 'a)'],
      text: 'a) Cục Xuất cảnh báo cho Công an tỉnh nơi có bến tàu để phối hợp.',
    },
    {
      path: ['Điều 4. Đón người trở về', '2. Đón người trở về qua bến tàu thủy', 'b)'],
      text: 'b) Đồn Biên phòng bến tàu chủ trì thực hiện: kiểm diện, đón người trở về và ký biên bản với phía nước ngoài.',
    },
  ],
};
const corpus = makeCorpus('h-presiding-clause', [CIRCULAR]);
const index = { corpus } as KnowledgeIndex;
const steps: SearchHit = {
  chunk: corpus.chunks.find((c) => c.sectionId === corpus.sections[0].id)!,
  doc: CIRCULAR.doc,
  score: 1,
  confidence: 0.8,
  otherProvince: false,
};

describe('asksPresidingBody', () => {
  it('reads which body presides over or takes someone in', () => {
    for (const q of ['Ai chủ trì việc đón qua nhà ga?', 'co quan nao tiep nhan nguoi ve qua ben tau']) {
      expect(asksPresidingBody(q), q).toBe(true);
    }
  });

  it('leaves a question naming the acting body, or asking no body, alone', () => {
    for (const q of ['Công an tỉnh tiếp nhận người trở về thế nào?', 'Tiếp nhận người trở về qua nhà ga gồm những bước gì?']) {
      expect(asksPresidingBody(q), q).toBe(false);
    }
  });
});

describe('presidingClauseHit', () => {
  it('gives the clause heading the case asked, with the body presiding first', () => {
    const air = presidingClauseHit(index, 'Người về qua nhà ga hàng không thì cơ quan nào chủ trì tiếp nhận?', [steps], 0.8);
    expect(air?.chunk.text.split('\n')[0]).toContain('Cục Xuất cảnh chủ trì');
    const sea = presidingClauseHit(index, 'Người về bằng bến tàu thủy thì ai chủ trì tiếp nhận?', [steps], 0.8);
    expect(sea?.chunk.text).toContain('Đồn Biên phòng bến tàu chủ trì');
  });

  it('gives nothing when the question names no case a clause heads', () => {
    expect(presidingClauseHit(index, 'Cơ quan nào chủ trì tiếp nhận?', [steps], 0.8)).toBeUndefined();
    // Returning from abroad is every case's: it names none of them.
    expect(presidingClauseHit(index, 'Cơ quan nào chủ trì tiếp nhận người trở về từ nước ngoài?', [steps], 0.8)).toBeUndefined();
  });
});

describe('presidingWeight', () => {
  const q = 'Người về qua nhà ga thì cơ quan nào chủ trì tiếp nhận?';
  const [profile, types] = [queryProfile(q), answerTypes(q)];

  it('weighs a sentence opening with the body presiding above the steps under it', () => {
    expect(
      presidingWeight('a) Cục Xuất cảnh chủ trì, phối hợp với các cơ quan thực hiện việc tiếp nhận như sau:', profile, types),
    ).toBeGreaterThan(1);
    expect(presidingWeight('Tại nhà ga: kiểm diện, đón người trở về và ký biên bản.', profile, types)).toBe(1);
  });

  it('weighs nothing for a body presiding over another task than the one asked', () => {
    expect(presidingWeight('Công an tỉnh chủ trì, phối hợp tăng cường kiểm tra các công ty môi giới.', profile, types)).toBe(1);
    // The words every passage shares (the subject, who is taken in) name no task.
    const child = 'Ai đứng ra tiếp nhận trẻ em bị mua bán trở về?';
    const sentence = 'Công an tỉnh chủ trì đấu tranh phòng, chống tội phạm mua bán người, trẻ em trở về địa phương.';
    expect(presidingWeight(sentence, queryProfile(child), answerTypes(child))).toBe(1);
  });

  it('weighs nothing for a question not asking who presides', () => {
    const other = 'Người về qua nhà ga được hỗ trợ gì?';
    expect(presidingWeight('a) Cục Xuất cảnh chủ trì, phối hợp thực hiện việc đón như sau:', queryProfile(other), answerTypes(other))).toBe(
      1,
    );
  });
});
