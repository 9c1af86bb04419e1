// A list block gives back the whole list that a heading states, whichever of its pieces a question finds: the
// clauses of an article cut one per section, the points of a plan's heading, the dashes of one section's text.
import { describe, expect, it } from 'vitest';
import { articleBlockAt, itemText, listBlockAt, outlineBlockAt, parentBlockAt } from '../../retrieval/list-block.js';
import { createOverviewPrior, tierOf } from '../../retrieval/overview.js';
import { buildUnits } from '../../retrieval/units.js';
import { doc, makeCorpus } from './fixture.js';

const law = doc('regulations/nd.md', 'NĐ bảo vệ', null);
const plan = doc('plans/tinh.md', 'KH Tỉnh', 'tinh');
const corpus = makeCorpus('blocks', [
  {
    doc: law,
    sections: [
      { path: ['Điều 11. Hồ sơ áp dụng biện pháp bảo vệ'], text: 'Hồ sơ áp dụng biện pháp bảo vệ bao gồm:' },
      { path: ['Điều 11. Hồ sơ áp dụng biện pháp bảo vệ', '1.'], text: '1. Văn bản đề nghị bảo vệ.' },
      { path: ['Điều 11. Hồ sơ áp dụng biện pháp bảo vệ', '2.'], text: '2. Lý lịch cá nhân của người được bảo vệ.' },
      { path: ['Điều 11. Hồ sơ áp dụng biện pháp bảo vệ', '3.'], text: '3. Quyết định áp dụng biện pháp bảo vệ.' },
      { path: ['Điều 12. Hiệu lực thi hành', '1.'], text: '1. Nghị định có hiệu lực từ ngày ký.' },
      { path: ['Điều 12. Hiệu lực thi hành', '2.'], text: '2. Các bộ chịu trách nhiệm thi hành.' },
      { path: ['Điều 13. Trình tự áp dụng', '1.'], text: '1. Cơ quan có thẩm quyền thực hiện các việc sau:' },
      { path: ['Điều 13. Trình tự áp dụng', '1.', 'a)'], text: 'a) Tiếp nhận đề nghị;' },
      { path: ['Điều 13. Trình tự áp dụng', '2.'], text: '2. Ra quyết định.' },
      { path: ['Điều 13. Trình tự áp dụng', '3.'], text: '3. Thông báo cho người được bảo vệ.' },
    ],
  },
  {
    doc: plan,
    sections: [
      {
        path: ['V. Tổ chức thực hiện', '2. Công an tỉnh'],
        text: '- Phối hợp giải cứu nạn nhân;\n- Phát động phong trào toàn dân tố giác tội phạm;\n- Tập huấn nghiệp vụ xác minh.',
      },
      { path: ['V. Tổ chức thực hiện', '3. Sở Y tế'], text: 'Chỉ đạo các cơ sở y tế khám, chữa bệnh cho nạn nhân.' },
      { path: ['V. Tổ chức thực hiện', '5. Sở Tư pháp'], text: '- Trợ giúp pháp lý cho nạn nhân;\n- Rà soát văn bản quy phạm pháp luật.' },
      {
        path: ['V. Tổ chức thực hiện', '4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh', 'a)'],
        text: `a) Chủ trì truyền thông ${'tại cộng đồng, '.repeat(30)}.`,
      },
      {
        path: ['V. Tổ chức thực hiện', '4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh', 'b)'],
        text: 'b) Lồng ghép nội dung phòng, chống mua bán người.',
      },
    ],
  },
]);
const at = (heading: string) => corpus.sections.findIndex((s) => s.path.join(' › ').endsWith(heading));

describe('listBlockAt', () => {
  it('an article of one-line clauses is a list, from its heading or from any of its clauses', () => {
    const block = listBlockAt(corpus.sections, at('Điều 11. Hồ sơ áp dụng biện pháp bảo vệ › 2.'));
    expect(block?.path).toEqual(['Điều 11. Hồ sơ áp dụng biện pháp bảo vệ']);
    expect(block?.intro).toBe('Hồ sơ áp dụng biện pháp bảo vệ bao gồm');
    expect(block?.items).toEqual([
      '1. Văn bản đề nghị bảo vệ.',
      '2. Lý lịch cá nhân của người được bảo vệ.',
      '3. Quyết định áp dụng biện pháp bảo vệ.',
    ]);
    expect(block?.split).toBe(true);
    expect(listBlockAt(corpus.sections, at('Điều 11. Hồ sơ áp dụng biện pháp bảo vệ'))?.items).toHaveLength(3);
  });

  it('two clauses, or clauses with points of their own, are not a list', () => {
    expect(listBlockAt(corpus.sections, at('Điều 12. Hiệu lực thi hành › 1.'))).toBeUndefined();
    expect(listBlockAt(corpus.sections, at('Điều 13. Trình tự áp dụng › 2.'))).toBeUndefined();
  });

  it("a plan heading whose text enumerates dashes is a list introduced by the heading's title", () => {
    const block = listBlockAt(corpus.sections, at('2. Công an tỉnh'));
    expect(block).toMatchObject({ intro: 'Công an tỉnh', split: false });
    expect(block?.items[1]).toBe('- Phát động phong trào toàn dân tố giác tội phạm;');
    expect(listBlockAt(corpus.sections, at('3. Sở Y tế'))).toBeUndefined();
  });

  it("a plan heading's two dashes are its tasks: a list, where an article's clause needs three", () => {
    expect(listBlockAt(corpus.sections, at('5. Sở Tư pháp'))?.items).toEqual([
      '- Trợ giúp pháp lý cho nạn nhân;',
      '- Rà soát văn bản quy phạm pháp luật.',
    ]);
  });

  it('a plan heading that names an agency lists its points as its tasks, two of them and however long', () => {
    const block = listBlockAt(corpus.sections, at('4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh › b)'));
    expect(block).toMatchObject({ intro: 'Đề nghị Hội Liên hiệp Phụ nữ tỉnh', split: true });
    expect(block?.items).toHaveLength(2);
  });
});

describe('parentBlockAt', () => {
  const heading = ['V. Phân công', '4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh'];
  const nested = makeCorpus('nested', [
    {
      doc: plan,
      sections: [
        { path: [...heading, 'a)'], text: 'a) Chủ trì truyền thông tại cộng đồng.' },
        { path: [...heading, 'b)'], text: 'b) Nhân rộng các mô hình hiệu quả.' },
        {
          path: [...heading, 'c) Triển khai chiến lược truyền thông'],
          text: '- Tổ chức các chiến dịch truyền thông;\n- Tập huấn cộng tác viên;\n- Tư vấn cho phụ nữ có nguy cơ cao.',
        },
      ],
    },
  ]);

  it("is the heading's points around a point that lists within itself, where listBlockAt gives the point's own list", () => {
    const c = nested.sections.findIndex((s) => s.path.at(-1)?.startsWith('c)'));
    expect(listBlockAt(nested.sections, c)?.path).toEqual([...heading, 'c) Triển khai chiến lược truyền thông']);
    const block = parentBlockAt(nested.sections, c);
    expect(block?.path).toEqual(heading);
    expect(block?.items).toHaveLength(3);
    expect(block?.items[1]).toBe('b) Nhân rộng các mô hình hiệu quả.');
  });

  it('is none for a section that is no point of a heading', () => {
    expect(parentBlockAt(corpus.sections, at('2. Công an tỉnh'))).toBeUndefined();
  });
});

describe('outlineBlockAt', () => {
  const outlined = makeCorpus('outline', [
    {
      doc: plan,
      sections: [
        { path: ['III. Nhiệm vụ và giải pháp', '1. Công tác truyền thông', 'a)'], text: 'a) Đẩy mạnh truyền thông tại cộng đồng.' },
        { path: ['III. Nhiệm vụ và giải pháp', '1. Công tác truyền thông', 'b)'], text: 'b) Xây dựng tài liệu truyền thông.' },
        { path: ['III. Nhiệm vụ và giải pháp', '2. Công tác tiếp nhận nạn nhân'], text: 'Tiếp nhận kịp thời.' },
        { path: ['III. Nhiệm vụ và giải pháp', '3.'], text: '3. Nâng cao năng lực cán bộ; tổ chức tập huấn hằng năm.' },
        { path: ['IV. Kinh phí'], text: 'Ngân sách tỉnh.' },
        { path: ['V. Mục tiêu', '1. Mục tiêu', 'a)'], text: 'a) Mục tiêu 01: tuyên truyền.' },
        { path: ['V. Mục tiêu', '1. Mục tiêu', 'b)'], text: 'b) Mục tiêu 02: tiếp nhận.' },
        { path: ['V. Mục tiêu', '2. Các chỉ tiêu cụ thể', 'a)'], text: 'a) 100% nạn nhân được hỗ trợ.' },
        { path: ['V. Mục tiêu', '3. Phạm vi thực hiện'], text: 'Toàn tỉnh.' },
      ],
    },
    {
      doc: law,
      sections: [
        { path: ['Điều 10. Trình tự áp dụng', '1.'], text: '1. Người đề nghị gửi văn bản đề nghị. Văn bản ghi rõ họ tên.' },
        { path: ['Điều 10. Trình tự áp dụng', '2.'], text: '2. Cơ quan xem xét sự cần thiết.' },
        { path: ['Điều 10. Trình tự áp dụng', '3.'], text: '3. Ra quyết định áp dụng.' },
        { path: ['Điều 13. Trình tự khác', '1.'], text: '1. Cơ quan thực hiện các việc sau:' },
        { path: ['Điều 13. Trình tự khác', '1.', 'a)'], text: 'a) Tiếp nhận đề nghị;' },
        { path: ['Điều 13. Trình tự khác', '2.'], text: '2. Ra quyết định.' },
        { path: ['Điều 13. Trình tự khác', '3.'], text: '3. Thông báo.' },
      ],
    },
  ]);
  const find = (heading: string) => outlined.sections.findIndex((s) => s.path.join(' › ').endsWith(heading));

  it("a plan section's numbered parts, from any of their points, are one line each: the title, else the text's first paragraph", () => {
    const block = outlineBlockAt(outlined.sections, find('1. Công tác truyền thông › b)'));
    expect(block?.path).toEqual(['III. Nhiệm vụ và giải pháp']);
    expect(block?.intro).toBe('Nhiệm vụ và giải pháp');
    // An untitled part names all its tasks in its paragraph, not only in its first clause.
    expect(block?.items).toEqual([
      '1. Công tác truyền thông',
      '2. Công tác tiếp nhận nạn nhân',
      '3. Nâng cao năng lực cán bộ; tổ chức tập huấn hằng năm.',
    ]);
  });

  it("an article's clauses are its steps in order, unless a clause lists points of its own", () => {
    expect(outlineBlockAt(outlined.sections, find('Điều 10. Trình tự áp dụng › 3.'))?.items).toEqual([
      '1. Người đề nghị gửi văn bản đề nghị. Văn bản ghi rõ họ tên.',
      '2. Cơ quan xem xét sự cần thiết.',
      '3. Ra quyết định áp dụng.',
    ]);
    expect(outlineBlockAt(outlined.sections, find('Điều 13. Trình tự khác › 2.'))).toBeUndefined();
    expect(outlineBlockAt(outlined.sections, find('IV. Kinh phí'))).toBeUndefined();
  });

  it('an article mixing plain clauses and clauses of points is whole with its points under their clause; others are not', () => {
    expect(articleBlockAt(outlined.sections, find('Điều 13. Trình tự khác › 2.'))?.items).toEqual([
      '1. Cơ quan thực hiện các việc sau:\na) Tiếp nhận đề nghị;',
      '2. Ra quyết định.',
      '3. Thông báo.',
    ]);
    expect(articleBlockAt(outlined.sections, find('Điều 10. Trình tự áp dụng › 3.'))).toBeUndefined();
    expect(articleBlockAt(outlined.sections, find('1. Công tác truyền thông › b)'))).toBeUndefined();
  });

  it('a section whose first part is named like itself is no outline: that part holds the list', () => {
    expect(outlineBlockAt(outlined.sections, find('1. Mục tiêu › b)'))).toBeUndefined();
    expect(listBlockAt(outlined.sections, find('1. Mục tiêu › b)'))?.items).toHaveLength(2);
  });

  it('a point named by its heading is still an item, and its text keeps the heading when it does not repeat it', () => {
    const named = makeCorpus('named', [
      {
        doc: law,
        sections: [
          {
            path: ['Điều 5. Căn cứ', '1. Một người là nạn nhân khi', 'a) Mua bán người'],
            text: 'a) Mua bán người: coi người như hàng hóa;',
          },
          {
            path: ['Điều 5. Căn cứ', '1. Một người là nạn nhân khi', 'b) Chuyển giao người để'],
            text: '- Ép buộc bán dâm;\n- Cưỡng bức lao động;',
          },
          { path: ['Điều 5. Căn cứ', '1. Một người là nạn nhân khi', 'c)'], text: 'c) Tuyển mộ người.' },
        ],
      },
    ]);
    const block = listBlockAt(named.sections, 1);
    expect(block?.items).toEqual([
      'a) Mua bán người: coi người như hàng hóa;',
      'b) Chuyển giao người để:\n- Ép buộc bán dâm;\n- Cưỡng bức lao động;',
      'c) Tuyển mộ người.',
    ]);
    expect(itemText(named.sections[0])).toBe('a) Mua bán người: coi người như hàng hóa;');
  });
});

describe('overview weight of list blocks and tiers', () => {
  const units = buildUnits(corpus, 0);
  const prior = createOverviewPrior(units, corpus.sections, new Map([[law.id, law]]), {
    heading: 0,
    perItem: 0.1,
    catalogue: 0,
    unscopedPlan: 1,
    focus: 0,
  });
  const unitAt = (heading: string) => units.findIndex((u) => u.path.join(' › ').endsWith(heading));

  it('each clause of a list article weighs as the whole list; a lone clause does not', () => {
    expect(prior.multiplier(unitAt('Điều 11. Hồ sơ áp dụng biện pháp bảo vệ › 2.'), 0, false)).toBeCloseTo(1.3);
    expect(prior.multiplier(unitAt('Điều 12. Hiệu lực thi hành › 2.'), 0, false)).toBe(1);
  });

  it('reads the tier of government a question or a heading names, not the one in "xã hội"', () => {
    expect(tierOf('Ủy ban nhân dân cấp xã có những nhiệm vụ gì?')).toBe('xa');
    expect(tierOf('UBND tỉnh phải làm gì')).toBe('tinh');
    expect(tierOf('10. Ủy ban nhân dân các huyện, thị xã, thành phố')).toBe('huyen');
    expect(tierOf('Sở Lao động - Thương binh và Xã hội')).toBeUndefined();
  });

  it("a unit whose headings name another tier than the question's weighs less", () => {
    const tiered = makeCorpus('tiers', [
      {
        doc: law,
        sections: [
          { path: ['Điều 27. Trách nhiệm của Ủy ban nhân dân cấp tỉnh'], text: 'Bố trí kinh phí.' },
          { path: ['Điều 28. Trách nhiệm của Ủy ban nhân dân cấp xã'], text: 'Tiếp nhận nạn nhân.' },
        ],
      },
    ]);
    const u = buildUnits(tiered, 0);
    const p = createOverviewPrior(u, tiered.sections, new Map([[law.id, law]]), {
      heading: 0,
      perItem: 0,
      catalogue: 0,
      unscopedPlan: 1,
      focus: 0,
    });
    const i = (article: string) => u.findIndex((x) => x.path[0].startsWith(article));
    expect(p.multiplier(i('Điều 27'), 0, false, 'xa')).toBeLessThan(p.multiplier(i('Điều 28'), 0, false, 'xa'));
    expect(p.multiplier(i('Điều 27'), 0, false)).toBe(p.multiplier(i('Điều 28'), 0, false));
  });
});
