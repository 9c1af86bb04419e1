import { describe, expect, it } from 'vitest';
import { unreproducedFormAsked } from '../../handlers/ask/forms.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import type { Corpus } from '../../knowledge/types.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);

/** The bundled corpus with a section headed as an annex, as when a deployer adds the forms. */
function withAnnex(heading: string): Corpus {
  const [first] = corpus.sections;
  return { ...corpus, sections: [...corpus.sections, { ...first, id: `${first.id}-annex`, path: [heading], text: 'Họ và tên: …' }] };
}

describe('forms the documents name but do not reproduce', () => {
  it('reads a question on what a form holds, and says where the documents name the form', () => {
    for (const q of [
      'Mẫu tờ khai dùng cho nạn nhân bị mua bán trong nước gồm những mục nào?',
      'giay xac nhan nan nhan bi mua ban co nhung noi dung gi',
      'Biên bản giao, nhận nạn nhân phải ghi những thông tin gì?',
    ]) {
      const found = unreproducedFormAsked(q, corpus);
      expect(found, q).toBeDefined();
      expect(found!.place, q).toMatch(/Điều \d+/);
    }
  });

  it('leaves which form to use, who fills it in and what a file holds to the documents', () => {
    for (const q of [
      'Cán bộ xã hướng dẫn nạn nhân kê khai vào tờ khai nào?',
      'Giấy xác nhận nạn nhân do cơ quan nào cấp?',
      'Hồ sơ gửi kèm tờ khai gồm những giấy tờ gì?',
    ])
      expect(unreproducedFormAsked(q, corpus), q).toBeUndefined();
  });

  it('leaves a form the corpus reproduces to the documents', () => {
    const q = 'Tờ khai dùng cho nạn nhân bị mua bán trong nước gồm những mục nào?';
    expect(unreproducedFormAsked(q, withAnnex('Phụ lục 2. Mẫu Tờ khai dùng cho nạn nhân bị mua bán trong nước'))).toBeUndefined();
  });
});
