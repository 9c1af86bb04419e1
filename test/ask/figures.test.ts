// Figures of what happened (counts, shares reached) are not in plans and regulations: say so and where to ask,
// unless the documents do state such a figure; a plan's own targets are still answered.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { figureAsked } from '../../handlers/ask/figures.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import type { Corpus } from '../../knowledge/types.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now: new Date('2026-12-01T00:00:00Z') });

function deps(c: Corpus = corpus) {
  const calls: string[] = [];
  const d: AskDeps = {
    answer: async (q) => {
      calls.push(q);
      return { kind: 'answer', text: 'Theo KH [1]: «100% nạn nhân được tiếp cận dịch vụ.»', citations: [] };
    },
    corpus: () => c,
  };
  return { d, calls };
}

describe('figures asked', () => {
  it('are counts of events or people in a period, or shares reached, in official or chat wording', () => {
    expect(figureAsked('Năm 2023 tỉnh đã tiếp nhận bao nhiêu nạn nhân bị mua bán trở về?')).toBe('nạn nhân');
    expect(figureAsked('binh dinh nam 2022 xay ra bao nhieu vu mua ban nguoi vay')).toBe('vụ');
    expect(figureAsked('Tổng đài 111 đã nhận được bao nhiêu cuộc gọi?')).toBe('cuộc gọi');
    expect(figureAsked('Giai đoạn 2016-2020 đã xác minh được bao nhiêu trường hợp là nạn nhân?')).toBe('trường hợp');
    expect(figureAsked('Tỷ lệ nạn nhân bị bán sang Trung Quốc chiếm bao nhiêu phần trăm?')).toBe('tỷ lệ');
    expect(figureAsked('Kết quả năm 2024: tỷ lệ cán bộ được tập huấn đạt bao nhiêu %?')).toBe('tỷ lệ');
    // An interest rate in percent is a term of a loan, not a share of what happened.
    expect(figureAsked('Vay vốn thì lãi suất bao nhiêu phần trăm một năm?')).toBeUndefined();
  });

  it('are results of a plan, statistics asked by name, or the situation of a period, without "bao nhiêu" too', () => {
    expect(figureAsked('Theo kế hoạch năm nay tỉnh giải cứu được mấy người?')).toBe('người');
    expect(figureAsked('Kế hoạch của huyện tiếp nhận được bao nhiêu trường hợp rồi?')).toBe('trường hợp');
    expect(figureAsked('Xin số liệu về các vụ mua bán người năm 2022')).toBe('vụ');
    expect(figureAsked('so lieu nan nhan tro ve moi nhat cua tinh')).toBe('nạn nhân');
    expect(figureAsked('Tình hình nạn nhân bị mua bán trong năm qua ra sao?')).toBe('nạn nhân');
  });

  it('are not the things a chat names with a plural "mấy" before asking about them', () => {
    expect(figureAsked('Ở Đồng Nai mấy vụ mua bán người bị bắt thì có đưa ra xét xử lưu động không?')).toBeUndefined();
    expect(figureAsked('mấy người bị bán trở về năm 2023 thì nay được hỗ trợ gì')).toBeUndefined();
    // Counted by "có", or with no "thì" after it, "mấy" still asks how many.
    expect(figureAsked('Năm ngoái có mấy vụ mua bán người thì bị xử lý?')).toBe('vụ');
    expect(figureAsked('Năm 2023 tỉnh đã tiếp nhận mấy nạn nhân?')).toBe('nạn nhân');
  });

  it('are not the things named with "mấy" in a question asking who acts or whether something is done', () => {
    expect(figureAsked('Mấy vụ án mua bán người có được xét xử kín không, ai quyết định?')).toBeUndefined();
    expect(figureAsked('may doi tuong mua ban nguoi bi bat thi co quan nao dieu tra')).toBeUndefined();
    expect(figureAsked('mấy vụ án mua bán người xử kín được không')).toBeUndefined();
    // However long what lies between "có" and the "không" that ends the question, and for how it is done.
    expect(
      figureAsked('mấy vụ mua bán người công an bắt được ở tỉnh có được tòa đem về tận xã xử cho bà con cùng xem không ạ?'),
    ).toBeUndefined();
    expect(figureAsked('mấy vụ mua bán người bị phát hiện được xử lý như thế nào')).toBeUndefined();
    expect(figureAsked('Có mấy vụ mua bán người được xử lưu động không?')).toBe('vụ');
    expect(figureAsked('Từ đầu năm đến nay mấy vụ mua bán người được xử lưu động, có nhiều không?')).toBe('vụ');
    // A period or a result keeps it a count, and "bao nhiêu" always counts.
    expect(figureAsked('Năm 2024 mấy vụ án được xét xử lưu động, tòa nào xử?')).toBe('vụ');
    expect(figureAsked('Có bao nhiêu vụ án được đưa ra xét xử lưu động, ai chọn?')).toBe('vụ');
  });

  it('are not the cases a "mấy" points at or names as what is talked about, while a count stays one', () => {
    for (const q of [
      'Bà con gặp mấy vụ dụ dỗ như thế thì nên trình báo ở đâu?',
      'Chị ấy đã thoát về được, mấy vụ kiểu này thì báo ai?',
      'Cán bộ thôn nhắc bà con về mấy vụ lừa đi làm thuê để làm gì?',
      'may truong hop nhu vay thi bao cho ai',
    ])
      expect(figureAsked(q), q).toBeUndefined();
    expect(figureAsked('Năm nay tỉnh đã phát hiện mấy vụ như vậy?')).toBe('vụ');
    expect(figureAsked('Huyện có mấy vụ kiểu này rồi?')).toBe('vụ');
    expect(figureAsked('tỉnh mình xảy ra mấy vụ rồi, ai thống kê?')).toBe('vụ');
    // A pointer that closes the question asks how many such cases there are.
    expect(figureAsked('Tỉnh có khoảng mấy vụ như thế?')).toBe('vụ');
    expect(figureAsked('Bên mình bị mấy vụ kiểu này rồi?')).toBe('vụ');
  });

  it('are not who keeps statistics or how they are reported, nor a rule asked about today', () => {
    for (const q of [
      'Đơn vị nào thống kê số liệu nạn nhân trở về?',
      'thong ke so lieu nan nhan thi chia theo nhung nhom nao',
      'Số liệu về nạn nhân được báo cáo định kỳ mấy tháng?',
      'Tình hình nạn nhân ở địa phương do cơ quan nào nắm bắt?',
      'Hiện nay có mấy trường hợp được từ chối biện pháp bảo vệ?',
      'Hiện nay nạn nhân được hỗ trợ bao nhiêu tiền ăn một ngày?',
      // Which figures a body must keep is a duty the plans state, not the figures kept.
      'Văn phòng Ủy ban nhân dân tỉnh phải thống kê những số liệu gì?',
      'cong an tinh thong ke so lieu gi ve nan nhan',
      'Sở Y tế cần tổng hợp số liệu nào về nạn nhân năm nay?',
    ])
      expect(figureAsked(q), q).toBeUndefined();
  });

  it("are not a plan's targets, a deadline, an amount, an age, or how many cases a rule lists", () => {
    for (const q of [
      'Kế hoạch năm 2024 của tỉnh phấn đấu bao nhiêu phần trăm cán bộ được tập huấn?',
      'Chỉ tiêu của đề án về bảo vệ an toàn cho nạn nhân là bao nhiêu phần trăm?',
      'Nạn nhân được hỗ trợ tiền ăn tối đa bao nhiêu ngày?',
      'Trợ cấp khó khăn ban đầu là bao nhiêu tiền?',
      'Người dưới bao nhiêu tuổi đi cùng nạn nhân được hỗ trợ?',
      'Luật quy định mấy trường hợp được từ chối biện pháp bảo vệ?',
      'Kế hoạch giao ai thống kê số nạn nhân bị mua bán trở về?',
    ])
      expect(figureAsked(q), q).toBeUndefined();
  });
});

describe('a figure the documents do not state', () => {
  it('gets "not in the documents" with where to ask, never a quoted target', async () => {
    const { d, calls } = deps();
    const r = await askQuestion('nam ngoai o soc trang co bao nhieu nan nhan duoc ho tro hoc nghe', { province: 'soc-trang' }, d);
    expect(calls).toEqual([]);
    expect(r.kind).toBe('abstain');
    expect(r.text).toMatch(/^Số liệu thống kê \(số nạn nhân\) không có trong các văn bản hiện có: các kế hoạch chỉ nêu chỉ tiêu/);
    expect(r.text).toContain('Sóc Trăng');
    expect(r.text).not.toContain('«');
  });

  it('is answered from the documents once they state one, and a target question always is', async () => {
    const report = corpus.sections[0];
    const withCount: Corpus = {
      ...corpus,
      sections: [...corpus.sections, { ...report, id: `${report.docId}#report`, text: 'Năm 2023 toàn tỉnh tiếp nhận 25 nạn nhân.' }],
    };
    const stated = deps(withCount);
    expect((await askQuestion('Năm 2023 tỉnh tiếp nhận bao nhiêu nạn nhân?', {}, stated.d)).kind).toBe('answer');
    const target = deps();
    const r = await askQuestion('Kế hoạch phấn đấu bao nhiêu phần trăm nạn nhân được tiếp cận dịch vụ?', {}, target.d);
    expect(r.kind).toBe('answer');
    expect(target.calls).toHaveLength(1);
  });
});
