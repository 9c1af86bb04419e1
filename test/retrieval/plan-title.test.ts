// A question naming a plan by its title asks something of that plan: the title's words do not decide which of its
// passages answers.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { withoutPlanTitle } from '../../retrieval/plan-title.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const TITLE = 'Kế hoạch thực hiện công tác hỗ trợ nạn nhân bị mua bán trên địa bàn tỉnh Quảng Nam năm 2024';
const plan = doc('plans/qn.md', 'KH Quảng Nam 2024', 'quang-nam', { title: TITLE });
const law = doc('regulations/luat.md', 'Luật mẫu', null, { title: 'Luật mẫu về hỗ trợ nạn nhân' });
const docs = [plan, law];

describe('the title of a plan a question names', () => {
  it('is left out of what is scored, from its plan word on, accented or not', () => {
    expect(withoutPlanTitle(`Kinh phí thực hiện ${TITLE} lấy từ nguồn nào?`, docs)).toBe('Kinh phí thực hiện lấy từ nguồn nào?');
    expect(withoutPlanTitle('kinh phi ke hoach thuc hien cong tac ho tro nan nhan bi mua ban lay o dau', docs)).toBe('kinh phi lay o dau');
  });

  it('is kept when the question names no plan by it, or asks about nothing else', () => {
    for (const q of [
      'Nạn nhân bị mua bán trên địa bàn tỉnh được hỗ trợ những gì?',
      'Kế hoạch hỗ trợ nạn nhân của Quảng Nam giao Sở Y tế làm gì?',
      `${TITLE} là gì?`,
    ])
      expect(withoutPlanTitle(q, docs), q).toBe(q);
  });

  it('does not let the plan’s opening line, which repeats it, outrank the section answering', async () => {
    const corpus = makeCorpus('h-plan-title', [
      {
        doc: plan,
        sections: [
          { path: [], text: `${TITLE}. Căn cứ Kế hoạch giai đoạn 2021-2025, Ủy ban nhân dân tỉnh ban hành ${TITLE}.` },
          { path: ['IV. Kinh phí thực hiện'], text: 'Từ nguồn ngân sách các cấp và các nguồn tài trợ hợp pháp khác.' },
        ],
      },
      { doc: law, sections: [{ path: ['Điều 1. Phạm vi'], text: 'Luật này quy định việc hỗ trợ nạn nhân bị mua bán.' }] },
    ]);
    const index = await openKnowledgeIndex({ corpus, fusion: SECTION_UNITS });
    const [top] = await index.search(`Kinh phí thực hiện ${TITLE} lấy từ nguồn nào?`, { k: 3 });
    expect(top.chunk.path).toEqual(['IV. Kinh phí thực hiện']);
  });
});
