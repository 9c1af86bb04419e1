// A list block gives back the whole list that a heading states, whichever of its pieces a question finds: the
// clauses of an article cut one per section, the points of a plan's heading, the dashes of one section's text.
import { describe, expect, it } from 'vitest';
import { listBlockAt } from '../../retrieval/list-block.js';
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
});

describe('overview weight of list blocks and tiers', () => {
  const units = buildUnits(corpus, 0);
  const prior = createOverviewPrior(units, corpus.sections, new Map([[law.id, law]]), {
    heading: 0,
    perItem: 0.1,
    catalogue: 0,
    unscopedPlan: 1,
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
    const p = createOverviewPrior(u, tiered.sections, new Map([[law.id, law]]), { heading: 0, perItem: 0, catalogue: 0, unscopedPlan: 1 });
    const i = (article: string) => u.findIndex((x) => x.path[0].startsWith(article));
    expect(p.multiplier(i('Điều 27'), 0, false, 'xa')).toBeLessThan(p.multiplier(i('Điều 28'), 0, false, 'xa'));
    expect(p.multiplier(i('Điều 27'), 0, false)).toBe(p.multiplier(i('Điều 28'), 0, false));
  });
});
