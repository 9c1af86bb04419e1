// A plan that sets out its work by topic, one dash per agency in each topic, answers what one agency does with that
// agency's dashes gathered from every topic, each cited to its section; a plan that gives the agency a heading of its
// own, or a dash naming the agency only as a partner, does not.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import { agencyDashes } from '../../handlers/answer/agency-points.js';
import type { Section } from '../../knowledge/types.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const section = (i: number, path: string[], text: string): Section => ({ id: `p.md#${i}`, docId: 'p.md', ordinal: i, path, text });

describe('agencyDashes', () => {
  const sections = [
    section(
      0,
      ['II. Nội dung', '4. Tiếp nhận'],
      '- Công an tỉnh tiếp nhận thông tin về nạn nhân.\n- Bộ Chỉ huy Bộ đội Biên phòng tỉnh tiếp nhận nạn nhân tự trở về.',
    ),
    section(
      1,
      ['II. Nội dung', '5. Bảo vệ'],
      '- Sở Y tế phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh bảo vệ nạn nhân.\n- Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh áp dụng biện pháp bảo vệ.',
    ),
  ];

  it("takes the dashes that open with the agency, also beside another, in the document's order", () => {
    expect(agencyDashes(sections, 'p.md', 'bien phong').map((p) => [p.section, p.text.slice(0, 20)])).toEqual([
      [0, '- Bộ Chỉ huy Bộ đội '],
      [1, '- Công an tỉnh, Bộ C'],
    ]);
  });

  it('leaves out a dash that names the agency only as the one worked with', () => {
    expect(agencyDashes(sections, 'p.md', 'y te').map((p) => p.section)).toEqual([1]);
    expect(agencyDashes(sections, 'p.md', 'bien phong').some((p) => p.text.includes('Sở Y tế'))).toBe(false);
  });
});

describe('an agency asked of a plan set out by topic', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openBundledIndex();
  });

  it("gathers the agency's dashes from the plan's topics, each cited to its own section", async () => {
    const r = await answer('Biên phòng tỉnh làm những việc gì trong phối hợp bảo vệ, hỗ trợ người bị mua bán?', {
      index,
      province: 'soc-trang',
    });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo KH Sóc Trăng.*:\n«- /);
    expect(lead).toContain('bố trí chỗ ở tạm thời');
    expect(lead).toContain('áp dụng các biện pháp bảo vệ');
    expect(new Set(r.citations.map((c) => c.label)).size).toBeGreaterThanOrEqual(3);
    // The plan's sections lead; the national rule on the force follows them.
    const plan = r.citations.filter((c) => c.docId === 'plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md');
    expect(r.citations.slice(0, plan.length)).toEqual(plan);
    expect(r.citations.length).toBeGreaterThan(plan.length);
    expect(r.citations.slice(plan.length).every((c) => c.docId.startsWith('regulations/'))).toBe(true);
  });

  it('names and cites the national article whole after the plan, not the clause the ranker matched', async () => {
    const r = await answer('Công an tỉnh có nhiệm vụ gì?', { index, province: 'soc-trang' });
    expect(r.text).toContain('- Điều 42. Trách nhiệm của Bộ Công an [');
    expect(r.citations.at(-1)?.label).toMatch(/^Luật 66\/2011\/QH12 › Điều 42\. Trách nhiệm của Bộ Công an \(/);
  });

  it("answers from the agency's own heading where the plan gives it one", async () => {
    const r = await answer('Bộ Chỉ huy Bộ đội Biên phòng tỉnh có những nhiệm vụ gì?', { index, province: 'quang-nam' });
    expect(r.text).toMatch(/V\. Tổ chức thực hiện › 3\. Bộ Chỉ huy Bộ đội Biên phòng tỉnh/);
  });
});

describe('the national rule after a plan set out by topic', () => {
  const PLAN = 'plans/tinh-mau.md';
  const LAW = 'regulations/luat-mau.md';
  const CARE = 'Điều 9. Trách nhiệm của Bộ Y tế';
  const corpus = () =>
    makeCorpus('h-national-lead', [
      {
        doc: doc(PLAN, 'KH Tỉnh Mẫu', 'soc-trang', { title: 'Kế hoạch phối hợp hỗ trợ nạn nhân tỉnh Mẫu' }),
        sections: [
          {
            path: ['II. Nội dung', '4. Tiếp nhận'],
            text: '- Sở Y tế có nhiệm vụ khám sức khỏe cho nạn nhân được tiếp nhận.\n- Công an tỉnh tiếp nhận thông tin.',
          },
          {
            path: ['II. Nội dung', '5. Hỗ trợ'],
            text: '- Sở Y tế có nhiệm vụ hỗ trợ chi phí khám, chữa bệnh cho nạn nhân.\n- Công an tỉnh bảo vệ nạn nhân.',
          },
        ],
      },
      {
        doc: doc(LAW, 'Luật mẫu', null, { kind: 'regulation', title: 'Luật mẫu về phòng, chống mua bán người' }),
        sections: [
          {
            path: ['Điều 1. Phạm vi điều chỉnh'],
            text: 'Luật này quy định nhiệm vụ của Sở Y tế, Sở Tư pháp, Công an tỉnh và nhiệm vụ của các cơ quan khác trong phòng, chống mua bán người.',
          },
          { path: [CARE], text: '' },
          { path: [CARE, '1.'], text: '1. Bộ Y tế hướng dẫn việc khám, chữa bệnh cho nạn nhân.' },
          { path: [CARE, '2.'], text: '2. Bộ Y tế chỉ đạo các cơ sở khám bệnh bố trí giường cho nạn nhân.' },
        ],
      },
    ]);

  it("does not follow the plan's points with a national article that does not concern the body", async () => {
    const index = await openKnowledgeIndex({ corpus: corpus(), fusion: SECTION_UNITS });
    const r = await answer('Sở Y tế có nhiệm vụ gì?', { index, province: 'soc-trang' });
    expect(r.citations[0].docId).toBe(PLAN);
    // The text's scope article ranks first among its passages, but names the body only as one the text covers.
    expect(r.citations.some((c) => c.label.includes('Phạm vi điều chỉnh'))).toBe(false);
    expect(r.text).not.toContain('Quy định chung');
  });
});
