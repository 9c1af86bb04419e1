// A question naming a plan or a law by its title asks something of that text: the title's words do not decide which of
// its passages answers.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { asksOfLocalAction, asksOfPlan, withoutTextTitle } from '../../retrieval/plan-title.js';
import { foldedWords } from '../../knowledge/text.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const TITLE = 'Kế hoạch thực hiện công tác hỗ trợ nạn nhân bị mua bán trên địa bàn tỉnh Quảng Nam năm 2024';
const plan = doc('plans/qn.md', 'KH Quảng Nam 2024', 'quang-nam', { title: TITLE });
const law = doc('regulations/luat.md', 'Luật mẫu', null, { title: 'Luật mẫu về hỗ trợ nạn nhân' });
const docs = [plan, law];

describe('the title of a plan or a law a question names', () => {
  it('is left out of what is scored, from its plan word on, accented or not', () => {
    expect(withoutTextTitle(`Kinh phí thực hiện ${TITLE} lấy từ nguồn nào?`, docs)).toBe('Kinh phí thực hiện lấy từ nguồn nào?');
    expect(withoutTextTitle('kinh phi ke hoach thuc hien cong tac ho tro nan nhan bi mua ban lay o dau', docs)).toBe('kinh phi lay o dau');
  });

  it('is kept when the question names no plan by it, or asks about nothing else', () => {
    for (const q of [
      'Nạn nhân bị mua bán trên địa bàn tỉnh được hỗ trợ những gì?',
      'Kế hoạch hỗ trợ nạn nhân của Quảng Nam giao Sở Y tế làm gì?',
      `${TITLE} là gì?`,
    ])
      expect(withoutTextTitle(q, docs), q).toBe(q);
  });

  it('is left out for a law named by its title as well', () => {
    const named = doc('regulations/luat-pc.md', 'Luật PC', null, { title: 'Luật Phòng, chống mua bán người' });
    expect(withoutTextTitle('Theo Luật Phòng, chống mua bán người năm 2011, nạn nhân có những quyền gì?', [named])).toBe(
      'Theo năm 2011, nạn nhân có những quyền gì?',
    );
    // "phòng, chống mua bán người" without the law's name is what is asked about; so is the law itself, asked what is
    // new in it or when it applies.
    for (const q of [
      'Công tác phòng, chống mua bán người ở xã gồm những việc gì?',
      'Luật Phòng, chống mua bán người năm 2024 có gì mới so với luật cũ?',
      'Luật Phòng, chống mua bán người có hiệu lực thi hành từ năm nào?',
    ])
      expect(withoutTextTitle(q, [named]), q).toBe(q);
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

describe('a question asking what a plan says', () => {
  const asks = (q: string) => asksOfPlan(foldedWords(q));

  it('is told by the plan named as a text, accented or not', () => {
    for (const q of [
      'Kinh phí thực hiện kế hoạch lấy từ những nguồn nào?',
      'Theo kế hoạch, Sở Y tế làm gì?',
      'Đài truyền hình có nhiệm vụ gì trong kế hoạch hỗ trợ nạn nhân?',
      'ke hoach cua tinh giao hoi phu nu lam gi',
      'Đề án này đặt chỉ tiêu gì?',
    ])
      expect(asks(q), q).toBe(true);
  });

  it('is not a plan named as a task, nor the planning department', () => {
    for (const q of [
      'Công an tỉnh thống nhất kế hoạch tiếp nhận với ai?',
      'Sở Kế hoạch và Đầu tư làm gì?',
      'Đề án thành lập cơ sở hỗ trợ nạn nhân gồm nội dung gì?',
      'Nạn nhân được hỗ trợ những gì?',
    ])
      expect(asks(q), q).toBe(false);
  });

  it('is told by whether the province or district itself does something, not one of its bodies or its duty', () => {
    for (const q of [
      'tỉnh có làm gì để giúp người bị bán không',
      'huyện mình có kêu gọi bà con giúp đỡ không',
      'tinh co de y may cong ty moi gioi ko',
      'dân quê hay bị lừa đi làm ăn xa, tỉnh có hướng dẫn cách phòng không',
      'người bị bán về quê rồi thì tỉnh có lo cho đi học không',
    ])
      expect(asksOfLocalAction(q), q).toBe(true);
    for (const q of [
      'công an huyện có cấp giấy xác nhận không',
      'Sở Y tế tỉnh có nhiệm vụ gì',
      'ủy ban nhân dân tỉnh có trách nhiệm gì',
      'tỉnh có phải báo cáo không',
      'người ở tỉnh khác có được hỗ trợ không',
      // Typed with marks, these only fold like "tỉnh có".
      'tình cờ phát hiện người bị bán thì báo ở đâu',
      'tôi tính có nên báo không',
    ])
      expect(asksOfLocalAction(q), q).toBe(false);
  });

  it('puts the plan’s passage before a national text saying as much', async () => {
    const shortTitled = doc('plans/qn.md', 'KH Quảng Nam 2024', 'quang-nam', { title: 'Kế hoạch hỗ trợ nạn nhân năm 2024' });
    const corpus = makeCorpus('h-plan-asked', [
      {
        doc: shortTitled,
        sections: [
          { path: ['IV. Kinh phí thực hiện'], text: 'Từ nguồn ngân sách các cấp và các nguồn tài trợ hợp pháp khác.' },
          { path: ['V. Tổ chức thực hiện', '1. Sở Y tế'], text: 'Chủ trì hỗ trợ y tế cho nạn nhân.' },
        ],
      },
      {
        doc: law,
        sections: [
          { path: ['Điều 3. Kinh phí'], text: 'Kinh phí thực hiện hỗ trợ nạn nhân lấy từ các nguồn: ngân sách nhà nước; tài trợ.' },
          { path: ['Điều 4. Y tế'], text: 'Nạn nhân được khám bệnh.' },
        ],
      },
    ]);
    const index = await openKnowledgeIndex({ corpus, fusion: SECTION_UNITS });
    const first = async (q: string) => (await index.search(q, { k: 2 }))[0].chunk.docId;
    expect(await first('Kinh phí hỗ trợ nạn nhân lấy từ những nguồn nào?')).toBe('regulations/luat.md');
    expect(await first('Kinh phí thực hiện kế hoạch hỗ trợ nạn nhân lấy từ những nguồn nào?')).toBe('plans/qn.md');
  });
});
