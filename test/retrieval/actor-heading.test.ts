// A clause or plan section headed by the agency a question is about answers before a sibling on another agency.
import { describe, expect, it } from 'vitest';
import { createHeadingActors, headingActor } from '../../retrieval/actor-heading.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

describe('the agency a heading is about', () => {
  it('is the one it opens with, past its marker, a duty noun or a time limit', () => {
    expect(headingActor('2. Công an tỉnh')).toBe('cong an tinh');
    expect(headingActor('a) Đồn Biên phòng, Cảnh sát biển thực hiện:')).toBe('don bien phong');
    expect(headingActor('4. Đề nghị Hội liên hiệp Phụ nữ tỉnh')).toBe('hoi lien hiep phu');
    expect(headingActor('d) Trong thời hạn 03 ngày, kể từ khi nhận được báo cáo, Cục Quản lý xuất nhập cảnh kiểm tra')).toBe(
      'cuc quan ly xuat',
    );
    // Named in passing, or no agency at all.
    expect(headingActor('1. Cơ quan giải cứu (Công an, Bộ đội Biên phòng)')).toBeUndefined();
    expect(headingActor('V. Tổ chức thực hiện')).toBeUndefined();
  });

  it('points a question to the units it heads when the question has it act, not when it writes to it', () => {
    const units = [
      { path: ['V. Phân công', '2. Công an tỉnh'], text: 'a) Nắm tình hình.' },
      { path: ['V. Phân công', '3. Sở Y tế'], text: 'Khám bệnh.' },
    ];
    const boost = createHeadingActors(units, 1.3);
    const of = (q: string) => units.map((_, i) => boost(q)?.(i) ?? 1);
    expect(of('cong an tinh phai lam gi')).toEqual([1.3, 1]);
    expect(of('Hồ sơ gửi Công an tỉnh gồm gì?')).toEqual([1, 1]);
    expect(of('Nạn nhân được hỗ trợ gì?')).toEqual([1, 1]);
  });

  it('puts the plan section of the agency asked about before a section sharing more of the question’s words', async () => {
    const plan = doc('plans/dong-nai.md', 'ĐA Đồng Nai', 'dong-nai');
    const corpus = makeCorpus('actor-heading', [
      ...SOURCES,
      {
        doc: plan,
        sections: [
          {
            path: ['III. Nhiệm vụ', '4. Công tác tiếp nhận, xác minh nạn nhân'],
            text: 'Tổ chức tiếp nhận, xác minh, xác định nạn nhân trên địa bàn tỉnh.',
          },
          { path: ['V. Phân công', '2. Công an tỉnh'], text: 'Chủ động nắm tình hình tội phạm, điều tra các vụ án.' },
        ],
      },
    ]);
    const first = async (headingActorBoost: number) => {
      const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, headingActorBoost } });
      const hits = await index.search('Công an tỉnh Đồng Nai làm gì trong tiếp nhận nạn nhân?', { k: 3 });
      return hits.find((h) => h.doc.id === plan.id)?.chunk.path.at(-1);
    };
    expect(await first(1)).toBe('4. Công tác tiếp nhận, xác minh nạn nhân');
    expect(await first(1.3)).toBe('2. Công an tỉnh');
  });
});
