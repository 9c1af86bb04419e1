// Precise facts: a date asked is a day of the calendar, a text's replacement is in its final article, and a point
// naming what it grants only by number is read with the clauses it refers to.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { referredClauses } from '../../retrieval/references.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

describe('a date and a replaced text as kinds of answer', () => {
  it('asks for a date with "trước ngày nào" or "hạn chót", not with "trong bao lâu"', () => {
    for (const q of ['Sở phải nộp báo cáo năm trước ngày nào?', 'han chot nop bao cao la ngay may', 'Hạn chót gửi kế hoạch là khi nào?'])
      expect(answerTypes(q), q).toContain('date');
    expect(answerTypes('Phải trả lời trong bao lâu?')).not.toContain('date');
  });

  it('reads a day of the calendar as a date, not the number of a text nor a rate', () => {
    for (const s of ['báo cáo trước ngày 15/12 hằng năm', 'Định kỳ 06 tháng (trước 15/5)', 'có hiệu lực kể từ ngày 10 tháng 11 năm 2013'])
      expect(carries('date', s), s).toBe(true);
    for (const s of ['thay thế Thông tư liên tịch số 03/2008/TTLT-BCA', 'mức chi 40.000 đồng/người/ngày', 'trong thời hạn 05 (năm) ngày'])
      expect(carries('date', s), s).toBe(false);
  });

  it('asks what a text itself replaced, not what replaced it', () => {
    for (const q of [
      'Thông tư liên tịch 01/2014 thay thế văn bản nào?',
      'thong tu 134 bai bo nhung thong tu nao',
      'Nghị định này thay cho quyết định nào?',
    ])
      expect(answerTypes(q), q).toContain('replaces');
    for (const q of [
      'Văn bản nào thay thế Thông tư 134?',
      'Thông tư 134 bị thay thế bởi văn bản nào?',
      'Thông tư 134 đã được thay thế chưa?',
    ])
      expect(answerTypes(q), q).not.toContain('replaces');
    expect(carries('replaces', 'Bãi bỏ Thông tư liên tịch số 116/2007/TTLT-BTC-BLĐTBXH')).toBe(true);
    expect(
      carries('replaces', 'Trường hợp các văn bản được dẫn chiếu được sửa đổi, bổ sung, thay thế thì thực hiện theo văn bản mới'),
    ).toBe(false);
  });
});

const rules = {
  doc: doc('regulations/tt-bao-ve.md', 'TT bảo vệ', null, { title: 'Thông tư mẫu về bảo vệ người làm chứng' }),
  sections: [
    { path: ['Điều 3. Các biện pháp bảo vệ', '1.'], text: 'Giữ bí mật thông tin về nơi cư trú của người được bảo vệ.' },
    { path: ['Điều 3. Các biện pháp bảo vệ', '2.'], text: 'Bố trí nơi tạm lánh cho người được bảo vệ.' },
    { path: ['Điều 3. Các biện pháp bảo vệ', '3.'], text: 'Xét xử kín.' },
    {
      path: ['Điều 4. Thẩm quyền', '1. Người có thẩm quyền quyết định áp dụng biện pháp bảo vệ bao gồm', 'a)'],
      text: 'Trưởng Công an xã có thẩm quyền quyết định áp dụng biện pháp bảo vệ quy định tại các Khoản 1 và 2 Điều 3 Thông tư này đối với người làm chứng.',
    },
    {
      path: ['Điều 4. Thẩm quyền', '1. Người có thẩm quyền quyết định áp dụng biện pháp bảo vệ bao gồm', 'b)'],
      text: 'Chánh án Tòa án có thẩm quyền quyết định áp dụng biện pháp bảo vệ quy định tại các Khoản 1, 2 và 3 Điều 3 Thông tư này trong vụ án do Tòa án thụ lý.',
    },
  ],
};

describe('a point naming what it grants only by number', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-refs', [rules]), fusion: SECTION_UNITS });
  });

  it('is read with the clauses of its own text it refers to, not with those of another text', () => {
    const sections = index.corpus.sections;
    const id = rules.doc.id;
    const path = rules.sections[4].path;
    expect(referredClauses(sections, id, path, rules.sections[4].text)).toContain('Xét xử kín');
    expect(referredClauses(sections, id, path, rules.sections[3].text)).not.toContain('Xét xử kín');
    expect(referredClauses(sections, id, path, 'theo khoản 3 Điều 3 Luật Phòng, chống mua bán người')).toBe('');
    expect(referredClauses(sections, id, ['Điều 3. Các biện pháp bảo vệ', '1.'], 'các biện pháp tại khoản 2 Điều này')).toContain(
      'tạm lánh',
    );
  });

  it('answers who decides a measure with the point granting that measure, whichever point the ranker found', async () => {
    const r = await answer('Ai có thẩm quyền quyết định áp dụng biện pháp xét xử kín?', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(r.text.split('\n')[0]).toContain('Chánh án');
    expect(r.citations[0].label).toContain('điểm b');
    // A question naming the actor is still answered by that actor's point.
    const local = await answer('Trưởng Công an xã được quyết định áp dụng biện pháp bảo vệ nào?', { index, province: null });
    expect(local.text.split('\n')[0]).toContain('Trưởng Công an xã');
  });

  it('is found by the words of the clauses it refers to, as strongly as the clause that holds them', async () => {
    const hits = await index.search('Ai có thẩm quyền quyết định bố trí nơi tạm lánh?', { k: 5 });
    const measure = hits.find((h) => h.chunk.path[0].startsWith('Điều 3'));
    const point = hits.find((h) => h.chunk.path.at(-1) === 'a)');
    expect(point?.confidence).toBeGreaterThanOrEqual(measure?.confidence ?? 1);
  });

  it('a point of its own clause ("điểm a Khoản 4 Điều này") is not read as the whole clause', () => {
    const sections = index.corpus.sections;
    expect(referredClauses(sections, rules.doc.id, rules.sections[4].path, 'người nêu tại điểm a Khoản 2 Điều 3 Thông tư này')).toBe('');
    expect(referredClauses(sections, rules.doc.id, rules.sections[4].path, 'người nêu tại Khoản 1 Điều 4 Thông tư này')).toBe('');
  });
});

describe('a narrow kind of answer asked', () => {
  it('brings the clause stating it even when another clause holds more of the question words', async () => {
    // The circular's clause 3 repeats "thay thế"; clause 2 is the one that repeals ("Bãi bỏ Thông tư liên tịch số 116/2007 …").
    const bundled = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
    const r = await answer('Thông tư liên tịch 134/2013 thay thế những văn bản nào?', { index: bundled, province: null });
    expect(r.text.split('Trích dẫn:')[0]).toContain('116/2007');
  });
});

describe('an amount asked', () => {
  it('is read in chat words: a bare "nhiêu", "mấy đồng", "mấy chục nghìn", a sum per day or per session', () => {
    for (const q of [
      'người trông coi được trả nhiêu tiền',
      'tiền ăn nhiêu 1 ngày',
      'bồi dưỡng mấy đồng một ngày',
      'hỗ trợ mấy chục nghìn thôi à',
      'tư vấn một buổi bao nhiêu',
      'trông giữ 1 ngày nhiêu vậy',
    ])
      expect(answerTypes(q), q).toEqual(['amount']);
    // "nhiều" (many) folds like "nhiêu"; a number of days or of people is no sum of money.
    expect(answerTypes('có được nhiều tiền không')).not.toContain('amount');
    expect(answerTypes('được hỗ trợ bao nhiêu ngày')).toEqual(['time']);
    expect(answerTypes('có mấy trăm người được giúp')).not.toContain('amount');
  });

  it('is quoted from the sentence stating it when the clause names whom it pays in a sentence before', async () => {
    const pay = {
      doc: doc('regulations/guard-pay.md', 'TT Mẫu 02/2013', null, { year: 2013 }),
      sections: [
        {
          path: ['Điều 3. Mức chi', '8.'],
          text: '8. Chi hỗ trợ người không hưởng lương trực tiếp trông coi nạn nhân. Mức chi tối đa 100.000 đồng/người/ngày.',
        },
        { path: ['Điều 3. Mức chi', '7.'], text: '7. Chi lập hồ sơ nạn nhân, mức chi 100.000 đồng/01 hồ sơ.' },
        { path: ['Điều 5. Nguồn kinh phí'], text: 'Ngân sách địa phương bố trí kinh phí cho cơ sở hỗ trợ nạn nhân.' },
      ],
    };
    const index = await openKnowledgeIndex({ corpus: makeCorpus('h-guard-pay', [pay]), fusion: SECTION_UNITS });
    const r = await answer('người không hưởng lương trông coi nạn nhân thì được trả nhiêu tiền', { index, province: null });
    expect(r.text.split('Trích dẫn:')[0]).toContain('100.000 đồng/người/ngày');
  });

  it('is quoted with the rest of its point saying for how long it is paid', async () => {
    const pay = {
      doc: doc('regulations/pay.md', 'TT Mẫu 01/2013', null, { year: 2013 }),
      sections: [
        {
          path: ['Điều 4. Mức chi hỗ trợ', '1.', 'a)'],
          text: 'a) Tiền ăn: Hỗ trợ tiền ăn trong thời gian nạn nhân ở tại cơ sở: Mức hỗ trợ 30.000 đồng/người/ngày. Thời gian hỗ trợ tối đa không quá 60 (sáu mươi) ngày.',
        },
        {
          path: ['Điều 4. Mức chi hỗ trợ', '1.', 'b)'],
          text: 'b) Tiền thuốc: Chi theo thực tế, tối đa 500.000 đồng. Cơ sở lập danh sách gửi Sở.',
        },
      ],
    };
    const index = await openKnowledgeIndex({ corpus: makeCorpus('h-pay', [pay]), fusion: SECTION_UNITS });
    const food = await answer('Tiền ăn cho nạn nhân ở cơ sở bao nhiêu một ngày?', { index, province: null });
    expect(food.text.split('\n')[0]).toContain('60 (sáu mươi) ngày');
    // The rest of a point that says no period is left to the full text.
    const drugs = await answer('Tiền thuốc cho nạn nhân tối đa bao nhiêu?', { index, province: null });
    expect(drugs.text.split('\n')[0]).not.toContain('danh sách');
  });
});

describe("a plan's section headed by an agency", () => {
  it("quotes that agency's task, whose sentence names it no more, not a sibling's task sharing more of its words", async () => {
    // "9. Đài Phát thanh - Truyền hình Quảng Nam, Báo Quảng Nam" holds one sentence, "Tăng thời lượng …"; the section
    // before it (Sở Thông tin và Truyền thông) names "Truyền thanh - Truyền hình" and "Đài truyền thanh" in its text.
    const bundled = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
    const r = await answer('Đài Phát thanh - Truyền hình Quảng Nam có nhiệm vụ gì trong kế hoạch hỗ trợ nạn nhân?', {
      index: bundled,
      province: null,
    });
    expect(r.text.split('\n')[0]).toContain('Tăng thời lượng');
    expect(r.citations[0].label).toContain('9. Đài Phát thanh');
  });
});

describe('a facility asked for by its kind', () => {
  it('is named by the first passage naming one of the kind, when no passage sharing more words names one', async () => {
    const bundled = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
    const homeless = await answer('người bị bán về ở Đồng Nai mà không có chỗ ở thì được đưa vô trung tâm nào', {
      index: bundled,
      province: null,
    });
    expect(homeless.text.split('\n')[0]).toContain('Trung tâm Bảo trợ Huấn nghệ cô nhi Biên Hòa');
    expect(homeless.text).not.toMatch(/^Tôi chưa chắc chắn/);
  });
});
