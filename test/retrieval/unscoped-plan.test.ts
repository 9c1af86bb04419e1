// With no province in scope, a question is answered by the rule for everyone: a province's plan saying nearly the same
// yields to the national text, unless the question asks what a plan says.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const corpus = makeCorpus('unscoped-plan', [
  {
    doc: doc('plans/tinh.md', 'KH Sóc Trăng', 'soc-trang', { title: 'Kế hoạch phối hợp tiếp nhận nạn nhân' }),
    sections: [
      {
        path: ['II. Nội dung phối hợp'],
        text: 'Sở Lao động - Thương binh và Xã hội chỉ đạo Trung tâm Bảo trợ xã hội tỉnh tiếp nhận nạn nhân, bố trí chỗ ăn, ở tạm thời cho nạn nhân.',
      },
    ],
  },
  {
    doc: doc('regulations/luat.md', 'Luật 66/2011/QH12', null),
    sections: [
      {
        path: ['Điều 33. Hỗ trợ nhu cầu thiết yếu'],
        text: 'Trong trường hợp cần thiết, nạn nhân được bố trí chỗ ở tạm thời, được hỗ trợ về ăn, mặc.',
      },
    ],
  },
]);

async function first(question: string, province: string | null, unscopedPlan: number): Promise<string> {
  const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, unscopedPlan } });
  return (await index.search(question, { k: 2, province }))[0].doc.id;
}

describe('a plan with no province in scope', () => {
  const q = 'nạn nhân không có chỗ ở thì được bố trí chỗ ăn, ở tạm thời ở đâu';

  it('yields to the national rule on near ties', async () => {
    expect(await first(q, null, 1)).toBe('plans/tinh.md');
    expect(await first(q, null, 0.5)).toBe('regulations/luat.md');
  });

  it('keeps its place when its province is in scope or a plan is asked about', async () => {
    expect(await first(q, 'soc-trang', 0.5)).toBe('plans/tinh.md');
    expect(await first(`theo kế hoạch của tỉnh, ${q}`, null, 0.5)).toBe('plans/tinh.md');
  });
});
