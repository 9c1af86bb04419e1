// With the user's province known, a national rule first is followed by how the province's plan carries it out, before
// other national texts that say something close; the plan leads when it holds as much of the question. Hand-made corpus.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const OFF = { depth: 0, share: 0.6, leadShare: 0.8 };

const corpus = makeCorpus('own-plan-second', [
  {
    doc: doc('regulations/luat.md', 'Luật mẫu', null),
    sections: [
      {
        path: ['Điều 37. Hỗ trợ học văn hóa'],
        text: 'Nạn nhân là người chưa thành niên thuộc hộ nghèo, nếu tiếp tục đi học thì được hỗ trợ tiền học phí, tiền mua sách giáo khoa.',
      },
    ],
  },
  {
    doc: doc('regulations/nghi-dinh.md', 'Nghị định mẫu', null),
    sections: [
      {
        path: ['Điều 23. Hỗ trợ học văn hóa'],
        text: 'Nạn nhân thuộc hộ nghèo được miễn học phí và hỗ trợ chi phí học tập khi tiếp tục đi học.',
      },
      { path: ['Điều 24. Thủ tục'], text: 'Hồ sơ đề nghị hỗ trợ học phí của nạn nhân đi học gồm đơn và giấy xác nhận.' },
    ],
  },
  {
    doc: doc('plans/quang-nam.md', 'KH Quảng Nam', 'quang-nam'),
    sections: [
      {
        path: ['V. Tổ chức thực hiện', '7. Sở Giáo dục và Đào tạo'],
        text: 'Tạo điều kiện cho nạn nhân bị mua bán trở về được tiếp tục đi học; thực hiện chế độ miễn giảm học phí.',
      },
    ],
  },
]);

describe("the own province's plan after the national rule", () => {
  const order = async (
    province: string | null,
    ownPlanSecond?: { depth: number; share: number; leadShare: number },
    question = 'Nạn nhân tiếp tục đi học thì học phí thế nào?',
  ) => {
    const fusion = ownPlanSecond ? { ...SECTION_UNITS, ownPlanSecond } : SECTION_UNITS;
    const index = await openKnowledgeIndex({ corpus, fusion });
    const hits = await index.search(question, { k: 4, province });
    return hits.map((h) => h.doc.id);
  };

  it('comes second when the province is known and the national rule leads', async () => {
    const off = await order('quang-nam', OFF);
    expect(off[0]).not.toBe('plans/quang-nam.md');
    expect(off.indexOf('plans/quang-nam.md')).toBeGreaterThan(1);
    const second = await order('quang-nam', { depth: 8, share: 0.6, leadShare: 2 });
    expect(second[0]).toBe(off[0]);
    expect(second[1]).toBe('plans/quang-nam.md');
  });

  it('leads when it holds as much of the question as the rule, and only then', async () => {
    // The plan states the fee and the schooling as fully as the rule does.
    expect((await order('quang-nam'))[0]).toBe('plans/quang-nam.md');
    // The rule also names the textbooks asked about; the plan does not.
    const books = 'Nạn nhân tiếp tục đi học thì học phí, sách giáo khoa thế nào?';
    expect((await order('quang-nam', undefined, books))[0]).toBe('regulations/luat.md');
  });

  it('leads when the question asks who does it: the plan names the province’s own body', async () => {
    const who = 'Nạn nhân tiếp tục đi học thì ai lo học phí?';
    const off = await order('quang-nam', OFF, who);
    expect(off[0]).not.toBe('plans/quang-nam.md');
    expect((await order('quang-nam', undefined, who))[0]).toBe('plans/quang-nam.md');
    // No province known: the national order.
    expect((await order(null, undefined, who))[0]).toBe(off[0]);
  });

  it('leads when the question has a body act and the passage is that body’s task in the plan', async () => {
    // "ngành giáo dục" is the plan's "Sở Giáo dục và Đào tạo" (actor-heading.ts); asked as an overview too.
    for (const body of [
      'Nạn nhân chưa thành niên tiếp tục đi học thì ngành giáo dục có hỗ trợ tiền học phí, tiền mua sách giáo khoa không?',
      'Nạn nhân chưa thành niên thuộc hộ nghèo tiếp tục đi học thì ngành giáo dục giúp gì?',
    ]) {
      const off = await order('quang-nam', OFF, body);
      expect(off[0]).not.toBe('plans/quang-nam.md');
      expect((await order('quang-nam', undefined, body))[0]).toBe('plans/quang-nam.md');
    }
  });

  it('keeps the national order when no province is known', async () => {
    expect(await order(null)).toEqual(await order(null, OFF));
  });
});

describe("the own province's plan spelling out the situation asked", () => {
  const sea = makeCorpus('own-plan-situation', [
    {
      doc: doc('regulations/thong-tu.md', 'Thông tư mẫu', null),
      sections: [
        {
          path: ['Điều 10. Bố trí chỗ ở tạm thời cho nạn nhân được Bộ đội Biên phòng giải cứu'],
          text: '1. Bộ đội Biên phòng khi giải cứu nạn nhân có trách nhiệm hỗ trợ nhu cầu thiết yếu: bố trí chỗ ở tạm thời, hỗ trợ ăn, mặc.',
        },
        { path: ['Điều 11. Bảo vệ nạn nhân'], text: 'Bộ đội Biên phòng áp dụng các biện pháp bảo vệ nạn nhân theo thẩm quyền.' },
      ],
    },
    {
      doc: doc('plans/soc-trang.md', 'KH Sóc Trăng', 'soc-trang'),
      sections: [
        {
          path: ['II. Nội dung phối hợp', '6. Hỗ trợ nhu cầu thiết yếu cho nạn nhân'],
          text: [
            '- Sở Lao động - Thương binh và Xã hội chỉ đạo Trung tâm Bảo trợ xã hội tỉnh tiếp nhận nạn nhân, bố trí chỗ ăn, ở phù hợp với giới tính, lứa tuổi.',
            '- Bộ Chỉ huy Bộ đội Biên phòng tỉnh bố trí chỗ ở tạm thời cho nạn nhân do cơ quan Biên phòng giải cứu hoặc phát hiện tại khu vực biên giới, hải đảo, trên biển.',
            '- Công an tỉnh chỉ đạo cơ quan Công an các cấp bố trí phương tiện, cán bộ đưa người chưa thành niên về nơi cư trú.',
            '- Ủy ban nhân dân cấp huyện chỉ đạo hướng dẫn thủ tục, cấp kinh phí hỗ trợ đi lại, tiền ăn trong thời gian đi đường.',
            '- Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh ưu tiên khám, chữa bệnh cho người được tiếp nhận.',
          ].join('\n'),
        },
      ],
    },
  ]);

  it('leads when it holds more of the question than the rule ahead of it', async () => {
    const first = async (ownPlanSecond?: { depth: number; share: number; leadShare: number }) => {
      const fusion = ownPlanSecond ? { ...SECTION_UNITS, ownPlanSecond } : SECTION_UNITS;
      const index = await openKnowledgeIndex({ corpus: sea, fusion });
      const question = 'Biên phòng giải cứu nạn nhân trên biển thì có bố trí chỗ ở tạm thời không?';
      return (await index.search(question, { k: 3, province: 'soc-trang' }))[0].doc.id;
    };
    expect(await first(OFF)).toBe('regulations/thong-tu.md');
    expect(await first()).toBe('plans/soc-trang.md');
  });
});
