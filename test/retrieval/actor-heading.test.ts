// A clause or plan section headed by the agency a question is about answers before a sibling on another agency.
import { describe, expect, it } from 'vitest';
import { createHeadingActors, dutiesAskedOf, headingActor, passageNames } from '../../retrieval/actor-heading.js';
import { createQueryExpander } from '../../retrieval/expand.js';
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
    // Families, schools and individuals have duties of their own in the law; the verb after the name ends it.
    expect(headingActor('Điều 13. Gia đình tham gia phòng ngừa mua bán người')).toBe('gia dinh');
    expect(headingActor('Điều 16. Trách nhiệm của cơ sở hỗ trợ nạn nhân')).toBe('co so ho tro');
    // Named in passing, or no agency at all.
    expect(headingActor('1. Cơ quan giải cứu (Công an, Bộ đội Biên phòng)')).toBeUndefined();
    expect(headingActor('V. Tổ chức thực hiện')).toBeUndefined();
  });

  it('is the one whose duties a question asks, wherever the question names it acting', () => {
    const article = 'Điều 13. Gia đình tham gia phòng ngừa mua bán người';
    expect(dutiesAskedOf('Anh tôi bị bán mới trốn về, gia đình nên làm gì cho anh ấy?', article)).toBe('gia dinh');
    expect(dutiesAskedOf('Gia đình có vai trò gì?', article)).toBe('gia dinh');
    // Named, but not asked for its duties; or asked for someone else's.
    expect(dutiesAskedOf('Gia đình nạn nhân được hỗ trợ bao nhiêu tiền?', article)).toBeUndefined();
    expect(dutiesAskedOf('Công an xã phải làm gì khi gia đình báo tin?', article)).toBeUndefined();
  });

  it('is the subject of a question naming two actors, not the partner it works with', () => {
    const family = 'Điều 13. Gia đình tham gia phòng ngừa mua bán người';
    const police = '2. Công an tỉnh';
    expect(dutiesAskedOf('Công an tỉnh phối hợp cùng gia đình nạn nhân phải làm những gì?', family)).toBeUndefined();
    expect(dutiesAskedOf('Công an tỉnh phối hợp cùng gia đình nạn nhân phải làm những gì?', police)).toBe('cong an tinh');
    expect(dutiesAskedOf('uy ban xa phoi hop cong an tinh lam gi', police)).toBeUndefined();
    // Two subjects joined by "và" are both asked.
    expect(dutiesAskedOf('Gia đình và Công an tỉnh phải làm gì?', family)).toBe('gia dinh');
    expect(dutiesAskedOf('Gia đình và Công an tỉnh phải làm gì?', police)).toBe('cong an tinh');
  });

  it('is named by a passage in its headings, among others, or in its text as the one given something to do', () => {
    expect(passageNames({ path: ['Điều 40. Cơ sở bảo trợ xã hội, cơ sở hỗ trợ nạn nhân'], text: '1. Tiếp nhận.' }, 'co so ho tro')).toBe(
      true,
    );
    expect(passageNames({ path: ['Điều 6. Tiếp nhận'], text: '1. Ủy ban nhân dân cấp xã khi tiếp nhận …' }, 'uy ban nhan dan')).toBe(true);
    expect(passageNames({ path: ['Điều 6. Tiếp nhận'], text: '1. Đưa nạn nhân về Ủy ban nhân dân cấp xã.' }, 'uy ban nhan dan')).toBe(
      false,
    );
    expect(passageNames({ path: ['Điều 7. Tuyên truyền'], text: 'nâng cao trách nhiệm của cơ quan, gia đình, cá nhân.' }, 'gia dinh')).toBe(
      false,
    );
    expect(
      passageNames(
        { path: ['Điều 21. Hỗ trợ tâm lý'], text: 'Đối với trẻ em, cơ sở hỗ trợ nạn nhân có trách nhiệm liên hệ.' },
        'co so ho tro',
      ),
    ).toBe(true);
  });

  it('points a question to the units it heads when the question has it act, not when it writes to it', () => {
    const units = [
      { path: ['V. Phân công', '2. Công an tỉnh'], text: 'a) Nắm tình hình.' },
      { path: ['V. Phân công', '3. Sở Y tế'], text: 'Khám bệnh.' },
    ];
    const boost = createHeadingActors(units, 1.3);
    const of = (q: string) => units.map((_, i) => Math.round((boost(q)?.(i) ?? 1) * 100) / 100);
    // Opening the question and asked for its duties, the actor's own units count twice over.
    expect(of('cong an tinh phai lam gi')).toEqual([1.69, 1]);
    expect(of('Công an tỉnh có tiếp nhận hồ sơ không?')).toEqual([1.3, 1]);
    expect(of('Hồ sơ gửi Công an tỉnh gồm gì?')).toEqual([1, 1]);
    expect(of('Nạn nhân được hỗ trợ gì?')).toEqual([1, 1]);
    // Named only in the setting of the question, before the clause that asks.
    expect(of('Khi Công an tỉnh thông báo thì cơ quan nào tiếp nhận?')).toEqual([1, 1]);
    expect(of('Khi có tin báo thì Công an tỉnh phải làm gì?')).toEqual([1.3, 1]);
    expect(of('Công an tỉnh nhận tin báo thì phải làm gì?')).toEqual([1.69, 1]);
    // A health facility ("cơ sở y tế") is not the provincial department ("Sở Y tế").
    expect(of('Nạn nhân được khám tại cơ sở y tế nào?')).toEqual([1, 1]);
    expect(of('Sở Y tế có khám cho nạn nhân không?')).toEqual([1, 1.3]);
    // Typed with diacritics, "có Sở Y tế" (has) names the department; typed without, "co so y te" stays a facility.
    expect(of('Tỉnh nào có Sở Y tế nhận khám cho nạn nhân?')).toEqual([1, 1.3]);
    expect(of('tinh nao co so y te nhan kham cho nan nhan')).toEqual([1, 1]);
  });

  it('knows the agency a question names in everyday words, through the documents’ name for it', () => {
    const units = [
      { path: ['Điều 6', '3. Công an cấp huyện nơi người khai là nạn nhân cư trú'], text: 'Xác minh.' },
      { path: ['Điều 6', '2. Phòng Lao động - Thương binh và Xã hội cấp huyện'], text: 'Tiếp nhận.' },
    ];
    const of = (boost: ReturnType<typeof createHeadingActors>, q: string) =>
      units.map((_, i) => Math.round((boost(q)?.(i) ?? 1) * 100) / 100);
    const expander = createQueryExpander([{ everyday: ['công an huyện'], legal: ['công an cấp huyện'] }]);
    const boost = createHeadingActors(units, 1.3, expander);
    expect(of(boost, 'công an huyện có làm giấy xác nhận không')).toEqual([1.3, 1]);
    expect(of(boost, 'cong an huyen co lam giay xac nhan khong')).toEqual([1.3, 1]);
    // Written to, not acting; and without the expander the everyday name is not known.
    expect(of(boost, 'gửi giấy cho công an huyện thế nào')).toEqual([1, 1]);
    expect(of(createHeadingActors(units, 1.3), 'công an huyện có làm giấy xác nhận không')).toEqual([1, 1]);
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
