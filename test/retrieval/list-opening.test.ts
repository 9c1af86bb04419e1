// A question asking for a list cut into one unit per item is answered from the list's beginning, not from whichever
// item repeats its words most; a question naming one item keeps that item.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { listOpenings } from '../../retrieval/list-opening.js';
import { buildUnits } from '../../retrieval/units.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const BANNED = 'Điều 3. Các hành vi bị nghiêm cấm';
const STEPS = 'Điều 4. Hiệu lực thi hành';
const corpus = makeCorpus('openings', [
  {
    doc: doc('regulations/luat.md', 'Luật phòng, chống mua bán người', null),
    sections: [
      { path: [BANNED, '1.'], text: '1. Mua bán người theo quy định của Bộ luật Hình sự.' },
      { path: [BANNED, '2.'], text: '2. Thỏa thuận mua bán người từ khi còn đang là bào thai.' },
      { path: [BANNED, '3.'], text: '3. Đe dọa, trả thù nạn nhân, người làm chứng, người tố giác.' },
      { path: [BANNED, '4.'], text: '4. Lợi dụng hoạt động phòng, chống mua bán người để trục lợi, thực hiện hành vi trái pháp luật.' },
      { path: [STEPS, '1.'], text: '1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2012.' },
      { path: [STEPS, '2.'], text: '2. Chính phủ quy định chi tiết các điều, khoản được giao trong Luật.' },
    ],
  },
]);

describe('list openings', () => {
  it("points each item of a list to the unit holding the list's beginning", () => {
    const units = buildUnits(corpus, 0);
    const at = (heading: string, clause: string) => units.findIndex((u) => u.path[0] === heading && u.path[1] === clause);
    const openings = listOpenings(units, corpus.sections);
    expect(openings[at(BANNED, '4.')]).toBe(at(BANNED, '1.'));
    expect(openings[at(BANNED, '2.')]).toBe(at(BANNED, '1.'));
    // The beginning itself, and the two clauses of an article that lists nothing, point nowhere.
    expect(openings[at(BANNED, '1.')]).toBe(-1);
    expect(openings[at(STEPS, '2.')]).toBe(-1);
  });

  it('answers a question asking for the list with its beginning, and one naming an item with that item', async () => {
    const first = async (question: string, listOpening?: number) => {
      const fusion = listOpening === undefined ? SECTION_UNITS : { ...SECTION_UNITS, listOpening };
      const index = await openKnowledgeIndex({ corpus, fusion });
      return (await index.search(question, { k: 3 }))[0].chunk.path[1];
    };
    const list = 'Trong phòng, chống mua bán người, những hành vi nào bị nghiêm cấm?';
    expect(await first(list, 0)).toBe('4.');
    expect(await first(list)).toBe('1.');
    expect(await first('Lợi dụng hoạt động phòng, chống mua bán người để trục lợi có bị nghiêm cấm không, gồm những hành vi nào?')).toBe(
      '4.',
    );
  });

  it("keeps an item first when it states the share a question on a plan's targets asks for and the beginning does not", async () => {
    const AIMS = 'II. Mục tiêu';
    const plan = makeCorpus('aims', [
      {
        doc: doc('plans/ke-hoach.md', 'Kế hoạch hỗ trợ nạn nhân', 'quang-nam'),
        sections: [
          {
            path: [AIMS, '1.'],
            text: '1. Huy động các ngành tham gia, giúp nạn nhân được tiếp cận các dịch vụ hỗ trợ, hòa nhập cộng đồng.',
          },
          { path: [AIMS, '2.'], text: '2. Đẩy mạnh truyền thông nâng cao nhận thức của cộng đồng.' },
          { path: [AIMS, '3.'], text: '3. Phấn đấu 100% nạn nhân được tiếp cận các dịch vụ hỗ trợ theo nhu cầu.' },
          { path: [AIMS, '4.'], text: '4. Tăng cường kiểm tra, giám sát việc thực hiện Kế hoạch.' },
        ],
      },
    ]);
    const index = await openKnowledgeIndex({ corpus: plan, fusion: SECTION_UNITS });
    const first = async (question: string) => (await index.search(question, { k: 3 }))[0].chunk.path[1];
    expect(await first('Kế hoạch có những chỉ tiêu nào về nạn nhân được tiếp cận dịch vụ hỗ trợ?')).toBe('3.');
    // Asked for the plan's aims in general, the list's beginning stands for it.
    expect(await first('Kế hoạch có những mục tiêu gì?')).toBe('1.');
  });
});

describe('an item naming what the question asks a list of', () => {
  const GROUNDS = 'Điều 5. Căn cứ để xác định nạn nhân';
  const LEAD = '3. Trường hợp không chứng minh được một người có phải là nạn nhân hay không thì xem xét các căn cứ sau';
  const grounds = makeCorpus('grounds', [
    {
      doc: doc('regulations/nd.md', 'Nghị định về xác định nạn nhân', null),
      sections: [
        { path: [GROUNDS, LEAD], text: `${LEAD}:` },
        { path: [GROUNDS, LEAD, 'a)'], text: 'a) Người đó được phát hiện, giải cứu cùng với nạn nhân khác;' },
        { path: [GROUNDS, LEAD, 'b)'], text: 'b) Người đó đã chung sống cùng với nạn nhân khác tại nơi bị giam giữ;' },
        {
          path: [GROUNDS, LEAD, 'c) Biểu hiện về thể chất và tinh thần'],
          text: 'c) Biểu hiện về thể chất và tinh thần: Có dấu hiệu bị bóc lột tình dục, cưỡng bức lao động, bị thương tích;',
        },
      ],
    },
  ]);

  it('keeps the item first when it alone holds the words naming the list ("dấu hiệu gì")', async () => {
    const index = await openKnowledgeIndex({ corpus: grounds, fusion: SECTION_UNITS });
    const hits = await index.search('không chứng minh được là nạn nhân thì xem dấu hiệu gì', { k: 3 });
    expect(hits[0].chunk.text).toContain('Có dấu hiệu bị bóc lột');
  });
});
