// A tiny hand-made corpus: two provincial plans and one national regulation.
import type { Chunk, Corpus, DocMeta, Section } from '../../knowledge/types.js';

/** A document's metadata with the fields tests rarely vary filled in. */
export function doc(id: string, shortName: string, province: string | null, extra: Partial<DocMeta> = {}): DocMeta {
  return {
    id,
    title: shortName,
    shortName,
    kind: province ? 'plan' : 'regulation',
    province,
    year: 2024,
    number: null,
    status: 'in_force',
    contentHash: id,
    ...extra,
  };
}

export const SOURCES: { doc: DocMeta; sections: { path: string[]; text: string }[] }[] = [
  {
    doc: doc('plans/quang-nam.md', 'KH Quảng Nam 2024', 'quang-nam', { title: 'Kế hoạch hỗ trợ nạn nhân trên địa bàn tỉnh Quảng Nam' }),
    sections: [
      { path: ['V. Tổ chức thực hiện'], text: '' },
      {
        path: ['V. Tổ chức thực hiện', '2. Công an tỉnh'],
        text: 'Chủ trì tiếp nhận, xác minh thông tin tố giác về mua bán người. Phối hợp với Bộ đội Biên phòng tỉnh giải cứu nạn nhân. Báo cáo kết quả về Sở LĐTBXH trước ngày 15/12 hằng năm.',
      },
      {
        path: ['V. Tổ chức thực hiện', '3. Sở Y tế'],
        text: 'Hướng dẫn các cơ sở y tế khám, chữa bệnh cho nạn nhân bị mua bán. Bảo đảm thuốc men cần thiết.',
      },
    ],
  },
  {
    doc: doc('plans/binh-dinh.md', 'KH Bình Định 2021', 'binh-dinh', { title: 'Kế hoạch hỗ trợ nạn nhân tỉnh Bình Định' }),
    sections: [
      {
        path: ['III. Nhiệm vụ', '4. Hỗ trợ học nghề'],
        text: 'Nạn nhân có nhu cầu học nghề được hỗ trợ học nghề một lần theo quy định. Hội Liên hiệp Phụ nữ tỉnh tư vấn việc làm cho nạn nhân.',
      },
    ],
  },
  {
    doc: doc('regulations/nd-09.md', 'NĐ 09/2013/NĐ-CP', null, {
      kind: 'regulation',
      title: 'Nghị định quy định chi tiết Luật Phòng, chống mua bán người',
    }),
    sections: [
      {
        path: ['Điều 12. Hỗ trợ nhu cầu thiết yếu'],
        text: 'Nạn nhân được hỗ trợ nhu cầu thiết yếu gồm ăn, mặc, ở trong thời gian lưu trú tại cơ sở bảo trợ xã hội. Thời gian hỗ trợ không quá 60 ngày.',
      },
      {
        path: ['Điều 20. Trợ cấp khó khăn ban đầu'],
        text: 'Nạn nhân thuộc hộ nghèo được trợ cấp khó khăn ban đầu một lần. Ủy ban nhân dân cấp xã lập hồ sơ đề nghị.',
      },
    ],
  },
];

export function makeCorpus(hash = 'h1', sources = SOURCES): Corpus {
  const docs: DocMeta[] = [];
  const sections: Section[] = [];
  const chunks: Chunk[] = [];
  for (const src of sources) {
    docs.push(src.doc);
    src.sections.forEach((s, ordinal) => {
      const id = `${src.doc.id}#${ordinal}`;
      sections.push({ id, docId: src.doc.id, ordinal, path: s.path, text: s.text });
      if (s.text) {
        chunks.push({
          id: `${id}~0`,
          docId: src.doc.id,
          sectionId: id,
          path: s.path,
          text: s.text,
          passage: `${s.path.join(' › ')}\n${s.text}`,
        });
      }
    });
  }
  return { docs, sections, chunks, hash, errors: [] };
}

/** Index options that keep every parser section as its own retrieval unit (no merging of small siblings). */
export const SECTION_UNITS = { unitChars: 0 };
