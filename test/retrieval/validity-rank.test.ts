import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../knowledge/types.js';
import { groupKey, openKnowledgeIndex } from '../../retrieval/index.js';
import { overlap, pointTerms, validityMultipliers, withoutCommonTerms } from '../../retrieval/validity-rank.js';
import { makeCorpus, SECTION_UNITS } from './fixture.js';

const reg = (id: string, shortName: string, extra: Partial<DocMeta> = {}): DocMeta => ({
  id,
  title: shortName,
  shortName,
  kind: 'regulation',
  province: null,
  year: 2013,
  number: null,
  status: 'in_force',
  contentHash: id,
  ...extra,
});

const AMOUNT = 'Mức hỗ trợ tiền ăn cho nạn nhân trong thời gian tạm trú tại cơ sở bảo trợ xã hội là 40.000 đồng mỗi ngày.';

function corpus() {
  return makeCorpus('v1', [
    // The older, replaced text comes first and repeats the amount twice, so on raw evidence it would win.
    {
      doc: reg('regulations/old.md', 'TTLT cũ', { status: 'replaced', statusNote: 'đã được thay thế bởi NĐ mới' }),
      sections: [
        { path: ['Điều 3. Mức hỗ trợ tiền ăn'], text: `${AMOUNT} ${AMOUNT}` },
        { path: ['Điều 9. Xử lý vi phạm hành chính'], text: 'Cơ sở vi phạm quy định về giấy phép hoạt động thì bị xử phạt hành chính.' },
      ],
    },
    { doc: reg('regulations/new.md', 'NĐ mới'), sections: [{ path: ['Điều 5. Mức hỗ trợ tiền ăn'], text: AMOUNT }] },
    {
      doc: reg('regulations/other.md', 'TT khác'),
      sections: [{ path: ['Điều 2. Tập huấn'], text: 'Tập huấn kỹ năng tiếp nhận nạn nhân cho cán bộ cơ sở.' }],
    },
  ]);
}

describe('validity ranking on the same point', () => {
  it('measures containment overlap of content bigrams', () => {
    const a = pointTerms(AMOUNT);
    expect(overlap(a, pointTerms(`${AMOUNT} Thêm một câu khác hẳn về tập huấn.`))).toBe(1);
    expect(overlap(a, pointTerms('Tập huấn kỹ năng tiếp nhận cho cán bộ.'))).toBeLessThan(0.2);
    expect(overlap(a, new Set())).toBe(0);
  });

  it('demotes a candidate only when a more valid candidate covers the same point', () => {
    const terms = [pointTerms(AMOUNT), pointTerms(AMOUNT), pointTerms('Tập huấn kỹ năng cho cán bộ cơ sở.')];
    const weight = [0.85, 1, 0.85];
    const m = validityMultipliers(
      [0, 1, 2],
      (i) => weight[i],
      (i, j) => overlap(terms[i], terms[j]) >= 0.5,
    );
    expect(m.get(0)).toBe(0.85);
    expect(m.has(1)).toBe(false);
    expect(m.has(2)).toBe(false);
  });

  it('ranks the text in force above the replaced one saying the same thing', async () => {
    const index = await openKnowledgeIndex({ corpus: corpus(), fusion: SECTION_UNITS });
    const hits = await index.search('mức hỗ trợ tiền ăn cho nạn nhân tạm trú tại cơ sở bảo trợ xã hội', { k: 3 });
    expect(hits[0].doc.id).toBe('regulations/new.md');
    expect(hits[1].doc.id).toBe('regulations/old.md');
    // Without validity ranking the replaced text's repetition wins.
    const plain = await openKnowledgeIndex({ corpus: corpus(), fusion: { ...SECTION_UNITS, validity: false } });
    expect((await plain.search('mức hỗ trợ tiền ăn cho nạn nhân tạm trú tại cơ sở bảo trợ xã hội', { k: 3 }))[0].doc.id).toBe(
      'regulations/old.md',
    );
  });

  it('keeps a replaced text first on a point no text in force covers', async () => {
    const index = await openKnowledgeIndex({ corpus: corpus(), fusion: SECTION_UNITS });
    const hits = await index.search('cơ sở vi phạm giấy phép bị xử phạt hành chính thế nào', { k: 3 });
    expect(hits[0].doc.id).toBe('regulations/old.md');
  });
});

describe('a short clause and a passage that borrows its words', () => {
  // A replaced law's clause of six content bigrams, and a plan in force whose sentence on school lessons uses most of
  // them: by share alone the two are "on the same point" and the law's clause would yield to the plan.
  const texts = () =>
    makeCorpus('v3', [
      {
        doc: reg('regulations/old-law.md', 'Luật cũ', { status: 'replaced', statusNote: 'đã được thay thế' }),
        sections: [{ path: ['Điều 40. Cơ sở bảo trợ xã hội', 'c)'], text: 'c) Giáo dục kỹ năng sống, hướng nghiệp cho nạn nhân;' }],
      },
      {
        doc: reg('regulations/school-plan.md', 'KH trường học'),
        sections: [
          {
            path: ['Điều 3. Sở Giáo dục và Đào tạo'],
            text: 'Đưa vào chương trình ngoại khóa nội dung giáo dục kỹ năng sống cho học sinh để phòng ngừa trở thành nạn nhân.',
          },
        ],
      },
    ]);
  const question = 'Dạy kỹ năng sống cho nạn nhân';
  const first = async (samePointMinShared?: number) => {
    const fusion = samePointMinShared === undefined ? SECTION_UNITS : { ...SECTION_UNITS, samePointMinShared };
    const index = await openKnowledgeIndex({ corpus: texts(), fusion });
    return (await index.search(question, { k: 2 }))[0].doc.id;
  };

  it('keeps the clause first: sharing a few words is not saying the same thing', async () => {
    expect(await first()).toBe('regulations/old-law.md');
    // Counting the share only, the clause yields to the school plan.
    expect(await first(0)).toBe('regulations/school-plan.md');
  });
});

describe('validity ranking on the question asked', () => {
  // Two texts that say different things, each covering the question's words: an old circular on fees and a plan
  // in force that assigns the same relief to a department.
  const texts = (planExtra: Partial<DocMeta> = {}) =>
    makeCorpus('v2', [
      {
        doc: reg('regulations/old-fees.md', 'TTLT cũ', { status: 'replaced', statusNote: 'đã được thay thế' }),
        sections: [
          {
            path: ['Điều 7. Hỗ trợ khác'],
            text: 'Nạn nhân được miễn giảm học phí theo nghị định của Chính phủ về giáo dục, từ năm học 2010 đến năm học 2015.',
          },
        ],
      },
      {
        doc: reg('regulations/plan.md', 'KH giáo dục', planExtra),
        sections: [
          {
            path: ['Điều 2. Sở Giáo dục và Đào tạo'],
            text: 'Chỉ đạo các trường tạo điều kiện để nạn nhân được miễn giảm học phí và tiếp tục đi học sau khi trở về địa phương.',
          },
        ],
      },
    ]);
  const question = 'Nạn nhân có được miễn giảm học phí không?';

  it('puts the text in force first when it covers the question as well', async () => {
    const first = async (sameAnswer: number) => {
      const index = await openKnowledgeIndex({ corpus: texts(), fusion: { ...SECTION_UNITS, sameAnswer } });
      return (await index.search(question, { k: 2 }))[0].doc.id;
    };
    // The two passages share too little to be "on the same point": the replaced text's repetition wins on its own.
    expect(await first(0)).toBe('regulations/old-fees.md');
    expect(await first(0.9)).toBe('regulations/plan.md');
  });

  it('keeps the replaced text first against a text detailing a replaced law', async () => {
    const basisNote = 'hướng dẫn Luật cũ, luật này đã được thay thế';
    const index = await openKnowledgeIndex({ corpus: texts({ basisNote }), fusion: { ...SECTION_UNITS, sameAnswer: 0.9 } });
    expect((await index.search(question, { k: 2 }))[0].doc.id).toBe('regulations/old-fees.md');
  });

  it('settles near ties only: far weaker evidence in force does not overtake', async () => {
    const index = await openKnowledgeIndex({ corpus: texts(), fusion: { ...SECTION_UNITS, sameAnswer: 0.9, sameAnswerScore: 0.99 } });
    expect((await index.search(question, { k: 2 }))[0].doc.id).toBe('regulations/old-fees.md');
  });
});

describe('result diversity', () => {
  it('groups units by article in legal texts and by parent heading elsewhere', () => {
    expect(groupKey({ docId: 'd', path: ['Chương II', 'Điều 4. Tiếp nhận', '1.', 'a)'] })).toBe(
      groupKey({ docId: 'd', path: ['Chương II', 'Điều 4. Tiếp nhận', '3.'] }),
    );
    expect(groupKey({ docId: 'd', path: ['Chương II', 'Điều 4. Tiếp nhận'] })).not.toBe(
      groupKey({ docId: 'd', path: ['Chương II', 'Điều 5. Xác minh'] }),
    );
    expect(groupKey({ docId: 'p', path: ['V. Tổ chức thực hiện', '2. Công an tỉnh'] })).toBe(
      groupKey({ docId: 'p', path: ['V. Tổ chức thực hiện', '3. Sở Y tế'] }),
    );
  });

  it('lets other articles in before a third unit of one long article', async () => {
    const clause = (n: number) => ({
      path: ['Điều 4. Tiếp nhận nạn nhân', `${n}.`],
      text: `Tiếp nhận nạn nhân tại cửa khẩu, bước ${n} của thủ tục tiếp nhận.`,
    });
    const c = makeCorpus('g1', [
      { doc: reg('regulations/long.md', 'TT dài'), sections: [1, 2, 3, 4, 5].map(clause) },
      {
        doc: reg('regulations/short.md', 'KH ngắn'),
        sections: [{ path: ['Điều 1. Biên phòng'], text: 'Bộ đội Biên phòng tiếp nhận nạn nhân trở về.' }],
      },
    ]);
    const diverse = await openKnowledgeIndex({ corpus: c, fusion: { ...SECTION_UNITS, perGroup: 2 } });
    const hits = await diverse.search('tiếp nhận nạn nhân tại cửa khẩu', { k: 3 });
    expect(hits.map((h) => h.doc.id)).toEqual(['regulations/long.md', 'regulations/long.md', 'regulations/short.md']);
    const flat = await openKnowledgeIndex({ corpus: c, fusion: { ...SECTION_UNITS, perGroup: 0 } });
    expect((await flat.search('tiếp nhận nạn nhân tại cửa khẩu', { k: 3 })).every((h) => h.doc.id === 'regulations/long.md')).toBe(true);
  });

  it('keeps a third unit of an article that holds more of the question than the units before it', async () => {
    const repeated = (n: number, gate: string) => ({
      path: ['Điều 4. Tiếp nhận nạn nhân', `${n}.`],
      text: `Tiếp nhận nạn nhân tại cửa khẩu ${gate}: tiếp nhận nạn nhân tại cửa khẩu, đưa nạn nhân từ cửa khẩu về.`,
    });
    const c = makeCorpus('g2', [
      {
        doc: reg('regulations/long.md', 'TT dài'),
        sections: [
          repeated(1, 'đường bộ'),
          repeated(2, 'sân bay'),
          {
            path: ['Điều 4. Tiếp nhận nạn nhân', '3.'],
            text: 'Cơ quan chủ trì việc tiếp nhận nạn nhân tại cửa khẩu phối hợp với các cơ quan chức năng của địa phương, đối chiếu danh sách, kiểm tra giấy tờ tùy thân và hồ sơ do phía nước ngoài bàn giao, hướng dẫn kê khai, làm thủ tục nhập cảnh, thông báo cho gia đình, bố trí phương tiện đưa về nơi cư trú và ký biên bản giao nhận.',
          },
        ],
      },
      {
        doc: reg('regulations/short.md', 'KH ngắn'),
        sections: [{ path: ['Điều 1. Biên phòng'], text: 'Bộ đội Biên phòng tiếp nhận nạn nhân trở về qua cửa khẩu.' }],
      },
      {
        doc: reg('regulations/other.md', 'TT khác'),
        sections: [1, 2, 3].map((n) => ({ path: [`Điều ${n}. Xử phạt`], text: `Lập biên bản vi phạm hành chính, ký biên bản, mục ${n}.` })),
      },
    ]);
    // The rankers' own order, not reweighed by coverage: the clauses repeating the question's words come first.
    const fusion = { ...SECTION_UNITS, perGroup: 2, vectorWeight: 0, coverageRerank: { floor: 1, depth: 8 } };
    const index = await openKnowledgeIndex({ corpus: c, fusion });
    const hits = await index.search('tiếp nhận nạn nhân tại cửa khẩu có ký biên bản không', { k: 3 });
    expect(hits.map((h) => h.chunk.path.at(-1))).toEqual(['1.', '2.', '3.']);
  });
});

describe('point terms without the corpus subject', () => {
  it('drop the terms most passages hold, so a clause made of them says the same as none', () => {
    const generic = pointTerms('Các nội dung khác có liên quan đến phòng, chống mua bán người.');
    const others = ['Tiếp nhận người đến trình báo về mua bán người.', 'Tập huấn phòng, chống mua bán người cho cán bộ.'].map(pointTerms);
    expect(overlap(generic, others[0])).toBeGreaterThan(0);
    const [g, a] = withoutCommonTerms([generic, ...others], 0.5);
    expect(overlap(g, a)).toBe(0);
    expect(a.has('tiep nhan')).toBe(true);
  });
});
