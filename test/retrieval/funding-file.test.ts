// A question asking where money comes from finds the passage naming the source, and one asking what a file is made of
// finds the clause enumerating that file, although their words are elsewhere in the documents too.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import { createQueryExpander } from '../../retrieval/expand.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const plan = doc('plans/de-an.md', 'ĐA tỉnh', 'dong-nai', { title: 'Đề án hỗ trợ nạn nhân' });
const decree = doc('regulations/bao-ve.md', 'NĐ bảo vệ', null);
const corpus = makeCorpus('funding-file', [
  {
    doc: plan,
    sections: [
      { path: ['III. Nhiệm vụ', '1. Tiếp nhận nạn nhân'], text: 'Tổ chức tiếp nhận, hỗ trợ nạn nhân ở tỉnh và đưa về địa phương.' },
      { path: ['VI. Tổ chức thực hiện', '2. Kinh phí thực hiện'], text: 'Sử dụng kinh phí thường xuyên của UBND tỉnh phân bổ cho các sở.' },
    ],
  },
  {
    doc: decree,
    sections: [
      {
        path: ['Điều 10. Trình tự áp dụng biện pháp bảo vệ'],
        text: 'Người đề nghị bảo vệ nạn nhân và người thân thích phải có văn bản gửi cơ quan có thẩm quyền.',
      },
      {
        path: ['Điều 11. Hồ sơ bảo vệ'],
        text: 'Hồ sơ áp dụng biện pháp bảo vệ bao gồm: 1. Văn bản đề nghị bảo vệ. 2. Lý lịch cá nhân của người được bảo vệ, người thân thích.',
      },
    ],
  },
]);

async function top(question: string, province: string | null = null, answerTypeBoost?: Record<string, number>): Promise<string> {
  // With the answer types' boosts given, the asking clause's words (askedClause) are left out: the boosts alone decide.
  const index = await openKnowledgeIndex({
    corpus,
    fusion: { ...SECTION_UNITS, ...(answerTypeBoost ? { answerTypeBoost, askedClause: 0 } : {}) },
  });
  const [hit] = await index.search(question, { k: 3, province });
  return hit.chunk.path.at(-1) ?? '';
}

describe('where the money comes from', () => {
  it('is asked with a money word and a source word, not by a place asked', () => {
    expect(answerTypes('Tiền để làm đề án lấy ở đâu ra?')).toContain('funding');
    expect(answerTypes('Tiền để làm đề án lấy ở đâu ra?')).not.toContain('place');
    expect(answerTypes('kinh phi thuc hien lay tu nguon nao')).toContain('funding');
    // The source named as a fund: which fund pays.
    expect(answerTypes('Tiền vé máy bay về nước do quỹ nào chi?')).toContain('funding');
    // Paying asked, or a fund: the source of money, though no money word is used.
    expect(answerTypes('Khoản hỗ trợ ăn ở cho nạn nhân lấy từ nguồn nào?')).toContain('funding');
    expect(answerTypes('Bảo vệ nhân chứng thì nguồn nào chi trả?')).toContain('funding');
    expect(answerTypes('Hồ sơ làm theo quy định nào?')).not.toContain('funding');
    // Folded, "quý nào" (which quarter) reads like "quỹ nào": a fund needs a money word of its own.
    expect(answerTypes('Các sở báo cáo kết quả thực hiện kế hoạch vào quý nào?')).not.toContain('funding');
    // A paper asked for is not money.
    expect(answerTypes('Giấy xác nhận nạn nhân lấy ở đâu?')).not.toContain('funding');
    // Who bears a cost asks its source; who does a task is no money asked.
    expect(answerTypes('tiền chi cho việc xác minh nạn nhân ai lo')).toContain('funding');
    expect(answerTypes('kinh phi bao ve nan nhan ai chi')).toContain('funding');
    expect(answerTypes('việc xác minh nạn nhân ai lo')).not.toContain('funding');
    // A victim's own expense asks the support given, not a budget.
    expect(answerTypes('tiền xe về quê cho nạn nhân thì ai lo')).not.toContain('funding');
    expect(answerTypes('ai lo tiền ăn dọc đường cho nạn nhân')).not.toContain('funding');
    expect(carries('funding', 'Sử dụng kinh phí thường xuyên của UBND tỉnh.')).toBe(true);
    expect(carries('funding', 'Tổ chức tiếp nhận nạn nhân.')).toBe(false);
  });

  it('adds the documents’ funding terms to the question', () => {
    const phrases = createQueryExpander().expand('Tiền để làm đề án lấy ở đâu ra?');
    expect(phrases).toContain('kinh phí thường xuyên');
    expect(createQueryExpander().expand('Giấy xác nhận lấy ở đâu ra?')).not.toContain('kinh phí thường xuyên');
  });

  it('finds the plan’s funding section rather than a task sharing the question’s words', async () => {
    expect(await top('Tiền để làm đề án tiếp nhận, hỗ trợ nạn nhân ở tỉnh lấy ở đâu ra?', 'dong-nai')).toBe('2. Kinh phí thực hiện');
  });
});

describe('the papers of a file', () => {
  it('is asked of a file, not of where to send it', () => {
    expect(answerTypes('Hồ sơ đề nghị bảo vệ phải có những giấy tờ gì?')).toContain('file');
    expect(answerTypes('hồ sơ cấp lại giấy phép gồm những gì')).toContain('file');
    expect(answerTypes('Nộp hồ sơ ở đâu?')).not.toContain('file');
    expect(carries('file', 'Hồ sơ áp dụng biện pháp bảo vệ bao gồm: 1. Văn bản đề nghị bảo vệ.')).toBe(true);
    expect(carries('file', 'Phải có văn bản đề nghị gửi cơ quan có thẩm quyền.')).toBe(false);
  });

  it('finds the clause enumerating the file', async () => {
    const q = 'Muốn xin bảo vệ nạn nhân và người thân thích thì hồ sơ phải có những giấy tờ gì?';
    expect(await top(q, null, {})).toBe('Điều 10. Trình tự áp dụng biện pháp bảo vệ');
    expect(await top(q)).toBe('Điều 11. Hồ sơ bảo vệ');
  });
});
