// Who directs a plan: its line naming the steering board answers, from the plan of the user's province. Hand-made
// corpus, questions written for this test.
import { describe, expect, it } from 'vitest';
import { asksDirector, steeringBoardHit } from '../../handlers/answer/steering-board.js';
import { foldedWords } from '../../knowledge/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const PLAN = {
  doc: doc('plans/mau.md', 'KH Mẫu 2024', 'ha-giang'),
  sections: [
    { path: ['Kế hoạch hỗ trợ nạn nhân tỉnh Hà Giang'], text: 'Thực hiện kế hoạch hỗ trợ nạn nhân trên địa bàn tỉnh.' },
    {
      path: ['IV. Giải pháp', '2. Về tổ chức thực hiện'],
      text: 'a) Phát huy vai trò của các sở.\nb) Tăng cường sự chỉ đạo của Ban Chỉ đạo phòng, chống tội phạm tỉnh.',
    },
  ],
};
const OTHER = {
  doc: doc('plans/khac.md', 'KH Khác 2024', 'cao-bang'),
  sections: [
    {
      path: ['V. Tổ chức thực hiện'],
      text: 'Các sở triển khai kế hoạch.\nBáo cáo kết quả kiểm tra được gửi cho Ban Chỉ đạo tỉnh để theo dõi.',
    },
  ],
};
const corpus = makeCorpus('h-steering-board', [PLAN, OTHER]);
const index = { corpus } as KnowledgeIndex;
const title: SearchHit = {
  chunk: corpus.chunks.find((c) => c.sectionId === corpus.sections[0].id)!,
  doc: PLAN.doc,
  score: 1,
  confidence: 0.7,
  otherProvince: false,
};

describe('asksDirector', () => {
  it('reads which board or body directs the plan', () => {
    for (const q of ['Kế hoạch này do ban nào chỉ đạo?', 'ban chi dao nao chi dao de an', 'Ai lãnh đạo việc thực hiện kế hoạch?']) {
      expect(asksDirector(foldedWords(q)), q).toBe(true);
    }
  });

  it('leaves who directs a body in one task alone', () => {
    expect(asksDirector(foldedWords('Ai chỉ đạo trung tâm tiếp nhận nạn nhân?'))).toBe(false);
    expect(asksDirector(foldedWords('Kế hoạch này có mấy phần?'))).toBe(false);
    // Carrying out a task or an operation is no plan.
    expect(asksDirector(foldedWords('Ai chỉ huy lực lượng khi triển khai giải cứu nạn nhân trên biển?'))).toBe(false);
    expect(asksDirector(foldedWords('Ai điều phối việc thực hiện tiếp nhận nạn nhân bị trao trả?'))).toBe(false);
  });
});

describe('steeringBoardHit', () => {
  it("quotes the plan's line naming its steering board, cited by its section", () => {
    const hit = steeringBoardHit(index, 'Ban nào chỉ đạo kế hoạch này?', [title], 'ha-giang', 0.7);
    expect(hit?.chunk.text).toBe('b) Tăng cường sự chỉ đạo của Ban Chỉ đạo phòng, chống tội phạm tỉnh.');
    expect(hit?.chunk.path.at(-1)).toBe('2. Về tổ chức thực hiện');
  });

  it('gives nothing when the plan asked about names no board directing it (a board sent reports is none)', () => {
    expect(steeringBoardHit(index, 'Ban nào chỉ đạo kế hoạch này?', [], 'cao-bang', 0.7)).toBeUndefined();
  });
});
