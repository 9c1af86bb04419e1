// The extractive answer leads with the sentence that answers and quotes without cutting off the fact.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer, excerptOf } from '../../handlers/answer.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { questionParts, withinNamedText, withoutTextReferences } from '../../handlers/answer/parts.js';
import type { Group } from '../../handlers/answer/groups.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

describe('answerTypes', () => {
  it.each([
    ['Hồ sơ phải nộp trong bao lâu?', 'time'],
    ['Báo cáo gửi trước ngày nào?', 'time'],
    ['Mỗi người được hỗ trợ bao nhiêu tiền?', 'amount'],
    ['Cơ quan nào chịu trách nhiệm tiếp nhận?', 'agency'],
    ['Cần chuẩn bị giấy tờ gì?', 'papers'],
    ['Chế độ hỗ trợ gồm những gì?', 'list'],
  ])('%s asks for %s', (q, type) => expect(answerTypes(q)).toContain(type));

  it.each([
    ['Tổ tư vấn phải có tối thiểu mấy thành viên?', 'count'],
    ['Đoàn kiểm tra gồm ít nhất bao nhiêu người?', 'count'],
    ['Mỗi lần cấp bao nhiêu bộ hồ sơ?', 'count'],
  ])('%s asks for %s', (q, type) => expect(answerTypes(q)).toContain(type));

  it.each([
    ['Phải báo trước cho bên xuất nhập cảnh mấy hôm?', 'time'],
    ['Kế hoạch đặt ra bảo vệ được mấy phần nạn nhân?', 'amount'],
    ['Tiền ăn đi đường được chi ở mức nào?', 'amount'],
  ])('reads the chat form %s as asking for %s', (q, type) => expect(answerTypes(q)).toContain(type));

  it('does not read a share or a number of days asked in chat ("mấy phần", "mấy hôm") as a count of things', () => {
    expect(answerTypes('Kế hoạch đặt ra bảo vệ được mấy phần nạn nhân?')).not.toContain('count');
    expect(answerTypes('Phải báo trước mấy hôm?')).toEqual(['time']);
  });

  it('reads a rate written with a slash ("bao nhiêu/ngày") as an amount per day, not a number of days or things', () => {
    for (const q of ['Người tham gia bảo vệ được chi bao nhiêu/ngày?', 'tien an bao nhieu / nguoi'])
      expect(answerTypes(q), q).toEqual(['amount']);
    // Between digits a slash is still a number or a date.
    expect(answerTypes('Hồ sơ theo Thông tư 84/2019 nộp trước ngày nào?')).toEqual(['time', 'date']);
  });

  it('does not read a phone number or a number of days as a count of things', () => {
    expect(answerTypes('Tổng đài bảo vệ trẻ em số mấy?')).not.toContain('count');
    expect(answerTypes('Phải báo cáo trong mấy ngày?')).toEqual(['time']);
  });

  it('recognises a count of things, not a clause marker, a reference, a date or a number of days', () => {
    expect(carries('count', 'b) Có ít nhất 04 (bốn) thành viên đã qua tập huấn.')).toBe(true);
    expect(carries('count', 'Diện tích tối thiểu 15 m2 cho mỗi người.')).toBe(true);
    for (const s of ['1. Điều kiện thành lập tổ tư vấn', 'theo quy định tại khoản 2 Điều 7', 'từ ngày 01/07/2025', 'trong 10 (mười) ngày'])
      expect(carries('count', s), s).toBe(false);
  });

  it('recognises sentences that carry an amount, a time limit or an agency', () => {
    expect(carries('amount', 'Mức chi 50.000 đồng/người/lần.')).toBe(true);
    expect(carries('time', 'trong thời hạn 05 (năm) ngày làm việc')).toBe(true);
    expect(carries('agency', 'Thông báo cho Sở Y tế nơi cư trú.')).toBe(true);
    expect(carries('time', 'Tổ chức tuyên truyền cho người dân.')).toBe(false);
  });
});

describe('excerptOf', () => {
  it('keeps the clause with the fact of a long sentence, marking what was left out', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `cơ quan thứ ${i + 1} phối hợp tuyên truyền trong cộng đồng dân cư`).join(', ');
    const sentence = `${filler}, Sở Y tế báo cáo kết quả trước ngày 15/12 hằng năm, ${filler}.`;
    const q = 'Sở Y tế báo cáo trước ngày nào?';
    const out = excerptOf(sentence, queryProfile(q), answerTypes(q), 200);
    expect(out).toContain('trước ngày 15/12');
    expect(out.length).toBeLessThanOrEqual(210);
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(excerptOf('Câu ngắn.', queryProfile(q), [], 200)).toBe('Câu ngắn.');
  });

  it('keeps a short opening clause that states the asked deadline with the long clause naming who must act', () => {
    const sentence =
      'Trong thời hạn 10 (mười) ngày làm việc, kể từ ngày có sự thay đổi, tổ chức, cá nhân được cấp giấy phép hoạt động của ' +
      'điểm tư vấn cộng đồng phải gửi một bộ hồ sơ đề nghị sửa đổi giấy phép đến cơ quan cấp phép ở địa phương để được xem xét, ' +
      'giải quyết theo đúng quy định, bổ sung.';
    const q = 'Điểm tư vấn cộng đồng thay đổi người phụ trách thì phải gửi hồ sơ sửa đổi giấy phép trong bao lâu?';
    const out = excerptOf(sentence, queryProfile(q), answerTypes(q), 240);
    expect(out.startsWith('Trong thời hạn 10 (mười) ngày làm việc,')).toBe(true);
    expect(out).toContain('hồ sơ đề nghị sửa đổi giấy phép');
    expect(out.endsWith(' …')).toBe(true);
  });

  it('keeps the reference that says what a clause grants, even when the question words sit in its opening', () => {
    const sentence =
      'Người đang chờ xác minh là công dân Việt Nam, người không quốc tịch thường trú ở Việt Nam, người dưới 18 tuổi đi cùng, ' +
      'người thân thích đi cùng họ ở trong nước, người làm chứng đi cùng, người phiên dịch đi cùng họ trong thời gian chờ, ' +
      'được hưởng chế độ hỗ trợ quy định tại các điểm từ điểm a đến điểm g khoản 1 Điều này.';
    const q = 'Người dưới 18 tuổi đi cùng người đang chờ xác minh ở trong nước được hỗ trợ gì?';
    const out = excerptOf(sentence, queryProfile(q), answerTypes(q), 200);
    expect(out).toContain('điểm a đến điểm g khoản 1');
    expect(out.length).toBeLessThanOrEqual(210);
  });

  it('of two runs holding the question words, quotes the later one, where the opening words lead', () => {
    const sentence =
      'Chủ trì, phối hợp với các cơ quan liên quan thực hiện trợ giúp pháp lý cho người dân ở thôn, bản khi có nhu cầu; ' +
      'tổ chức tuyên truyền pháp luật, những quy định pháp luật khác có liên quan như đăng ký hộ tịch, cho nhận con nuôi, ' +
      'hợp đồng lao động đi làm việc ở nước ngoài.';
    const q = 'Tuyên truyền những quy định pháp luật nào?';
    expect(excerptOf(sentence, queryProfile(q), answerTypes(q), 200)).toContain('cho nhận con nuôi');
  });
});

describe('answer composition', () => {
  let fixture: KnowledgeIndex;
  let bundled: KnowledgeIndex;
  beforeAll(async () => {
    fixture = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    bundled = await openBundledIndex();
  });

  it('quotes no further sentence for a part of a yes-no question that the lead already answers', async () => {
    const r = await answer('Người thân bị dọa đánh thì gọi hay nhắn tin xin bảo vệ được không, có cần làm văn bản sau đó không', {
      index: bundled,
      province: null,
    });
    const lead = leadOf(r.text);
    expect(lead).toContain('qua điện thoại');
    expect(lead).toContain('thể hiện bằng văn bản');
    expect(lead).not.toMatch(/^Và \[/m);
  });

  it('leads with the sentence carrying the asked deadline, named with its source, without an unsure intro', async () => {
    const r = await answer('Công an tỉnh gửi báo cáo kết quả trước ngày nào?', { index: fixture, province: 'quang-nam' });
    const first = r.text.split('\n')[0];
    expect(first).toMatch(/^Theo KH Quảng Nam 2024 \[1\]: «.*15\/12.*»$/);
    expect(r.text).not.toContain('chưa chắc chắn');
  });

  it('reaches past a lead-in to the sentence or point of the same clause that states what is asked', async () => {
    const rules = {
      doc: doc('regulations/tt-mau.md', 'TT mẫu', null, { title: 'Thông tư mẫu về chi hỗ trợ nạn nhân' }),
      sections: [
        {
          path: ['Điều 5. Chi bồi dưỡng'],
          text:
            '1. Chi bồi dưỡng cho người trực tiếp canh giữ cơ sở tạm lánh của nạn nhân vào ban đêm. Mức chi tối đa 80.000 đồng/người/đêm.\n' +
            '2. Chi in tài liệu tuyên truyền cho người dân ở thôn, bản.\n' +
            '3. Chi tiền ăn cho học viên lớp tập huấn: 50.000 đồng/người/ngày.',
        },
        {
          path: ['Điều 7. Tổ tư vấn cộng đồng'],
          text: '1. Tổ tư vấn cộng đồng được thành lập khi có đủ các điều kiện sau\na) Có nơi sinh hoạt ổn định tại thôn, bản;\nb) Có ít nhất 04 (bốn) thành viên đã qua tập huấn.',
        },
      ],
    };
    const index = await openKnowledgeIndex({ corpus: makeCorpus('h-lead', [rules]), fusion: SECTION_UNITS });
    const lead = async (q: string) => (await answer(q, { index, province: null })).text.split('\n')[0];
    expect(await lead('Người canh giữ cơ sở tạm lánh ban đêm được bồi dưỡng bao nhiêu tiền?')).toMatch(/canh giữ.*80\.000 đồng/);
    expect(await lead('Thành lập tổ tư vấn cộng đồng cần tối thiểu mấy thành viên?')).toContain('04 (bốn) thành viên');
    // Another clause's amount is about something else: the lead never borrows it.
    expect(await lead('In tài liệu tuyên truyền cho người dân ở thôn, bản được chi bao nhiêu tiền?')).not.toContain('50.000');
  });

  it('leads with the sentence matching what the headings do not already say, among sentences stating a deadline', async () => {
    const rules = {
      doc: doc('regulations/tt-hoc-nghe.md', 'TT học nghề', null, { title: 'Thông tư mẫu về hỗ trợ học nghề' }),
      sections: [
        {
          path: ['Điều 9. Hỗ trợ học nghề', '3. Thủ tục chi hỗ trợ học nghề được quy định như sau'],
          text:
            'Trong thời hạn 03 (ba) ngày làm việc, kể từ ngày nhận được đơn, Ủy ban nhân dân cấp xã lập hồ sơ gửi Phòng Văn hóa.\n' +
            'Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận đủ hồ sơ, Phòng Văn hóa có trách nhiệm thẩm định, trình Chủ tịch xem xét.\n' +
            'Trong thời hạn 02 (hai) ngày làm việc, kể từ ngày nhận được văn bản trình của Phòng Văn hóa, Chủ tịch quyết định chi hỗ trợ học nghề cho người lao động.',
        },
      ],
    };
    const index = await openKnowledgeIndex({ corpus: makeCorpus('h-focus', [rules]), fusion: SECTION_UNITS });
    const r = await answer('Phòng Văn hóa thẩm định hồ sơ đề nghị hỗ trợ học nghề trong bao lâu?', { index, province: null });
    expect(r.text.split('\n')[0]).toContain('05 (năm) ngày làm việc');
  });

  it('answers a list question with the clause and its lettered points', async () => {
    const r = await answer('Nạn nhân là công dân Việt Nam được hưởng những chế độ hỗ trợ nào?', { index: bundled, province: null });
    expect(r.kind).toBe('answer');
    for (const item of ['Hỗ trợ y tế', 'Hỗ trợ tâm lý', 'Trợ giúp pháp lý']) expect(r.text).toContain(item);
  });

  it('quotes every point of a clause whose points are sections of their own, not only those the passage holds', async () => {
    const r = await answer('Khi không chứng minh được một người có phải là nạn nhân không thì xem xét thêm những căn cứ nào?', {
      index: bundled,
      province: null,
    });
    const lead = r.text.split('Trích dẫn:')[0];
    for (const point of ['a) Người đó được phát hiện', 'c) Biểu hiện về thể chất và tinh thần', 'đ) Những thông tin hợp pháp khác'])
      expect(lead).toContain(point);
  });

  it('answers whether an act is forbidden from the list of prohibited acts, in everyday words without accents', async () => {
    const r = await answer('thoa thuan ban dua be chua sinh co bi cam khong', { index: bundled, province: null });
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('bào thai');
    expect(r.citations[0]?.docId).toBe('regulations/luat-53-2024-trich.md');
    // An act the lists do not hold is still outside the documents.
    expect((await answer('hut thuoc noi cong cong co bi cam khong', { index: bundled, province: null })).kind).toBe('abstain');
  });

  it('shows the validity note of a replaced text next to its citation', async () => {
    const r = await answer('Theo TTLT 134/2013, mức chi mua thuốc chữa bệnh cho người được xác định là nạn nhân?', {
      index: bundled,
      province: null,
    });
    const cited = r.citations.find((c) => c.docId.includes('ttlt-134'));
    expect(cited?.label).toMatch(/thay thế/);
    expect(r.text).toContain(cited!.label);
  });
});

describe('questionParts', () => {
  it('splits a question into the separate things it asks', () => {
    expect(questionParts('Giấy phép có thời hạn tối đa bao lâu và ai là người quyết định cấp?')).toEqual([
      'Giấy phép có thời hạn tối đa bao lâu',
      'ai là người quyết định cấp?',
    ]);
    expect(questionParts('xac minh trong bao lau, vu viec phuc tap thi toi da may ngay')).toHaveLength(2);
  });

  it('reads where papers go, by any verb of sending or going, as an ask of its own', () => {
    expect(questionParts('Đơn gia hạn nộp lên đâu, ai ký quyết định?')).toEqual(['Đơn gia hạn nộp lên đâu', 'ai ký quyết định?']);
    expect(questionParts('giay de nghi gui toi dau, bao lau co ket qua')).toHaveLength(2);
  });

  it('keeps a question that asks one thing whole, whatever its commas, "và" or negations', () => {
    for (const q of [
      'Sở Kế hoạch và Đầu tư tham mưu bố trí kinh phí cho dự án phòng, chống mua bán người theo luật nào?',
      'Nạn nhân đang ở cơ sở bảo trợ không may qua đời, người nhà không đến kịp thì ai lo hậu sự?',
      'Nạn nhân không còn thân nhân thì được hỗ trợ chi phí khám chữa bệnh theo mức nào?',
      'Công an xác minh và trả lời kết quả trong bao lâu?',
    ])
      expect(questionParts(q), q).toEqual([q]);
  });

  it('reads the other option of a choice as an ask of its own, but not "có hay không" nor "hay" meaning often', () => {
    expect(questionParts('Gấp thì gọi điện đề nghị được không, hay bắt buộc phải gửi văn bản?')).toEqual([
      'Gấp thì gọi điện đề nghị được không',
      'hay bắt buộc phải gửi văn bản?',
    ]);
    expect(questionParts('goi dien de nghi duoc khong hay phai lam van ban')).toEqual([
      'goi dien de nghi duoc khong',
      'hay phai lam van ban',
    ]);
    for (const q of ['Nạn nhân có được hỗ trợ tiền ăn hay không?', 'Những ai hay bị mua bán?']) expect(questionParts(q), q).toEqual([q]);
  });
});

describe('answers to a question offering two options', () => {
  const rules = {
    doc: doc('regulations/nd-bao-ve.md', 'NĐ bảo vệ', null, { title: 'Nghị định mẫu về bảo vệ nạn nhân' }),
    sections: [
      { path: ['Điều 10. Trình tự áp dụng biện pháp bảo vệ'], text: '' },
      {
        path: ['Điều 10. Trình tự áp dụng biện pháp bảo vệ', '1.'],
        text: '1. Tổ chức, cá nhân đề nghị áp dụng biện pháp bảo vệ phải có văn bản đề nghị gửi cơ quan có thẩm quyền. Trường hợp khẩn cấp có thể đề nghị qua điện thoại nhưng sau đó phải thể hiện bằng văn bản.',
      },
      {
        path: ['Điều 10. Trình tự áp dụng biện pháp bảo vệ', '2.'],
        text: '2. Cơ quan có thẩm quyền xem xét văn bản đề nghị áp dụng biện pháp bảo vệ trong thời hạn 24 giờ.',
      },
    ],
  };
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-options', [rules]), fusion: SECTION_UNITS });
  });

  it('quotes the sentence stating each option, not only the one sharing more of the question’s words', async () => {
    const r = await answer('Xin áp dụng biện pháp bảo vệ nạn nhân gấp thì gọi được không, hay bắt buộc phải gửi văn bản đề nghị?', {
      index,
      province: null,
    });
    const lead = leadOf(r.text);
    expect(lead).toContain('phải có văn bản đề nghị');
    expect(lead).toContain('qua điện thoại');
  });
});

describe('answers to a question that asks two things', () => {
  const rules = {
    doc: doc('regulations/tt-xac-minh.md', 'TT xác minh', null, { title: 'Thông tư mẫu về xác minh nạn nhân' }),
    sections: [
      {
        path: ['Điều 6. Xác minh nạn nhân tự đến trình báo', '2. Phòng Lao động cấp huyện có trách nhiệm thực hiện những việc sau đây:'],
        text: '',
      },
      {
        path: [
          'Điều 6. Xác minh nạn nhân tự đến trình báo',
          '2. Phòng Lao động cấp huyện có trách nhiệm thực hiện những việc sau đây:',
          'a)',
        ],
        text: 'a) Trong thời hạn 03 (ba) ngày kể từ khi nhận được thông báo, bố trí cho nạn nhân về nơi cư trú;',
      },
      {
        path: [
          'Điều 6. Xác minh nạn nhân tự đến trình báo',
          '3. Công an cấp huyện nơi nạn nhân cư trú có trách nhiệm thực hiện những việc sau:',
        ],
        text: '',
      },
      {
        path: [
          'Điều 6. Xác minh nạn nhân tự đến trình báo',
          '3. Công an cấp huyện nơi nạn nhân cư trú có trách nhiệm thực hiện những việc sau:',
          'a)',
        ],
        text: 'a) Xác minh, xác định nạn nhân và trả lời kết quả trong thời hạn không quá 20 (hai mươi) ngày kể từ ngày nhận được công văn;',
      },
      {
        path: [
          'Điều 6. Xác minh nạn nhân tự đến trình báo',
          '3. Công an cấp huyện nơi nạn nhân cư trú có trách nhiệm thực hiện những việc sau:',
          'b)',
        ],
        text: 'b) Đối với các vụ việc phức tạp liên quan đến nhiều địa phương thì thời hạn xác minh không được quá 60 (sáu mươi) ngày.',
      },
      { path: ['Điều 9. Giấy phép thành lập cơ sở'], text: '' },
      {
        path: ['Điều 9. Giấy phép thành lập cơ sở', '1.'],
        text: '1. Chủ tịch Ủy ban nhân dân cấp tỉnh căn cứ văn bản đề xuất của Sở quyết định việc cấp Giấy phép thành lập.',
      },
      { path: ['Điều 9. Giấy phép thành lập cơ sở', '2.'], text: '2. Giấy phép thành lập có thời hạn tối đa là 05 (năm) năm.' },
    ],
  };
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-parts', [rules]), fusion: SECTION_UNITS });
  });
  it('leads with each part’s answer, from the neighbouring point of the same clause, each cited', async () => {
    const r = await answer(
      'Công an cấp huyện xác minh nạn nhân trong bao lâu, và nếu vụ việc phức tạp liên quan nhiều địa phương thì thời hạn là bao lâu?',
      { index, province: null },
    );
    const lead = leadOf(r.text);
    expect(lead).toContain('60 (sáu mươi) ngày');
    expect(lead).toContain('20 (hai mươi) ngày');
    // The other clause's deadline answers neither part.
    expect(lead).not.toContain('03 (ba) ngày');
    expect(lead.split('\n')).toHaveLength(2);
    expect(lead).toMatch(/\[2\]: «a\) Xác minh/);
  });

  it('finds the other part in another clause of the article, and adds nothing for a one-part question', async () => {
    const both = leadOf(
      (await answer('Giấy phép thành lập cơ sở có thời hạn tối đa mấy năm và ai quyết định cấp?', { index, province: null })).text,
    );
    expect(both).toContain('05 (năm) năm');
    expect(both).toContain('Chủ tịch Ủy ban nhân dân cấp tỉnh');
    const one = leadOf((await answer('Giấy phép thành lập cơ sở có thời hạn tối đa mấy năm?', { index, province: null })).text);
    expect(one).toContain('05 (năm) năm');
    expect(one.split('\n')).toHaveLength(1);
  });
});

describe('answers to a question asking where papers go and who grants', () => {
  const rules = {
    doc: doc('regulations/nd-giay-phep.md', 'NĐ giấy phép', null, { title: 'Nghị định mẫu về cơ sở hỗ trợ nạn nhân' }),
    sections: [
      {
        path: ['Điều 5. Thẩm quyền cấp, gia hạn Giấy phép thành lập cơ sở'],
        text: 'Chủ tịch Ủy ban nhân dân cấp tỉnh nơi cơ sở đặt trụ sở có thẩm quyền cấp, gia hạn Giấy phép thành lập cơ sở.',
      },
      { path: ['Điều 6. Trình tự gửi hồ sơ đề nghị cấp Giấy phép thành lập'], text: '' },
      {
        path: ['Điều 6. Trình tự gửi hồ sơ đề nghị cấp Giấy phép thành lập', '1.'],
        text: '1. Tổ chức đề nghị cấp Giấy phép thành lập gửi 01 bộ hồ sơ đến Sở Nội vụ nơi dự kiến đặt trụ sở để thẩm định.',
      },
      { path: ['Điều 12. Cấp lại Giấy phép thành lập'], text: '' },
      {
        path: ['Điều 12. Cấp lại Giấy phép thành lập', '3.'],
        text: '3. Khi Giấy phép thành lập bị mất, tổ chức phải gửi 01 bộ hồ sơ đến Sở Nội vụ để làm thủ tục cấp lại Giấy phép.',
      },
    ],
  };
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-competence', [rules]), fusion: SECTION_UNITS });
  });

  it('answers who grants by the article on the competence for it, after where the papers go', async () => {
    const r = await answer('Muốn mở cơ sở thì nộp hồ sơ xin giấy phép thành lập tới đâu, ai là người cấp giấy phép?', {
      index,
      province: null,
    });
    const lead = leadOf(r.text);
    expect(lead).toContain('Sở Nội vụ nơi dự kiến đặt trụ sở');
    expect(lead).toContain('Chủ tịch Ủy ban nhân dân cấp tỉnh');
    expect(lead.indexOf('Sở Nội vụ')).toBeLessThan(lead.indexOf('Chủ tịch'));
  });
});

describe('answers to a question that asks two things of a text it names', () => {
  /** A text whose last article says when it takes effect (clause 1) and what it repeals (clause 2). */
  const finalArticle = (id: string, number: string, effective: string, repealed: string) => ({
    doc: doc(id, `TTLT ${number.split('/').slice(0, 2).join('/')}`, null, {
      title: 'Thông tư liên tịch hướng dẫn chi hỗ trợ nạn nhân',
      number,
    }),
    sections: [
      { path: ['Điều 3. Mức chi hỗ trợ nạn nhân'], text: 'Chi hỗ trợ tiền ăn cho nạn nhân trong thời gian lưu trú tại cơ sở.' },
      { path: ['Điều 7. Điều khoản thi hành'], text: '' },
      { path: ['Điều 7. Điều khoản thi hành', '1.'], text: `1. Thông tư này có hiệu lực thi hành kể từ ngày ${effective}.` },
      { path: ['Điều 7. Điều khoản thi hành', '2.'], text: `2. Bãi bỏ Thông tư liên tịch số ${repealed} hướng dẫn chi hỗ trợ nạn nhân.` },
    ],
  });
  const other = {
    doc: doc('regulations/ttlt-xac-minh.md', 'TTLT 05/2014', null, {
      title: 'Thông tư liên tịch hướng dẫn xác minh nạn nhân',
      number: '05/2014/TTLT-BCA-BYT',
    }),
    sections: [
      {
        path: ['Điều 10. Hiệu lực thi hành'],
        text: 'Thông tư liên tịch này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm 2014 và thay thế Thông tư liên tịch số 02/2008/TTLT-BCA-BYT.',
      },
    ],
  };
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const texts = [
      // The repealed text is named with its date: the clause repealing it carries a date too.
      finalArticle('regulations/tt-chi.md', '21/2013/TTLT-BTC-BYT', '01 tháng 9 năm 2013', '99/2007/TTLT-BTC-BYT ngày 01/02/2007'),
      finalArticle('regulations/tt-chi-moi.md', '22/2013/TTLT-BTC-BYT', '20 tháng 10 năm 2013', '98/2007/TTLT-BTC-BYT'),
      other,
    ];
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-named', texts), fusion: SECTION_UNITS });
  });
  it('leaves the date asked to the clause stating it when the lead carries only the date of a text it names', async () => {
    const r = await answer('Thông tư liên tịch 21/2013 có hiệu lực từ ngày nào và đã bãi bỏ văn bản nào?', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toContain('99/2007');
    expect(lead).toContain('01 tháng 9 năm 2013');
  });

  it('does the same when the question gives the text’s whole number, which the repealing clause echoes', async () => {
    const r = await answer('Thông tư liên tịch 21/2013/TTLT-BTC-BYT có hiệu lực từ ngày nào và bãi bỏ thông tư liên tịch nào?', {
      index,
      province: null,
    });
    const lead = leadOf(r.text);
    expect(lead).toContain('99/2007');
    expect(lead).toContain('01 tháng 9 năm 2013');
  });
});

describe('withoutTextReferences', () => {
  it('drops the texts a part names by number, kind words included', () => {
    expect(withoutTextReferences('Thông tư liên tịch 22/2013/TTLT-BTC-BYT có hiệu lực từ ngày nào')).toBe('có hiệu lực từ ngày nào');
    expect(withoutTextReferences('theo NĐ số 62/2012 thì ai quyết định')).toBe('theo thì ai quyết định');
  });

  it('keeps a part that is only a name, and dates that are not numbers of texts', () => {
    expect(withoutTextReferences('Luật 66/2011/QH12')).toBe('Luật 66/2011/QH12');
    expect(withoutTextReferences('báo cáo trước ngày 15/12 hằng năm')).toBe('báo cáo trước ngày 15/12 hằng năm');
  });
});

describe('withinNamedText', () => {
  const named = doc('regulations/tt-chi.md', 'TTLT 21/2013', null, { number: '21/2013/TTLT-BTC-BYT' });
  const another = doc('regulations/ttlt-xac-minh.md', 'TTLT 05/2014', null, { number: '05/2014/TTLT-BCA-BYT' });
  const group = (d: typeof named) => ({ hit: { doc: d, chunk: { docId: d.id } } }) as unknown as Group;
  const pool = [{ g: group(named) }, { g: group(another) }];

  it('answers the parts of a question naming the lead’s text from that text only', () => {
    const q = 'Thông tư liên tịch 21/2013 có hiệu lực từ ngày nào và bãi bỏ văn bản nào?';
    expect(withinNamedText(q, group(named), pool).map((c) => c.g.hit.doc.id)).toEqual([named.id]);
  });

  it('keeps every text when the question names none, or the lead is not the one named', () => {
    expect(withinNamedText('Thông tư có hiệu lực từ ngày nào và bãi bỏ văn bản nào?', group(named), pool)).toHaveLength(2);
    expect(withinNamedText('Thông tư liên tịch 21/2013 có hiệu lực từ ngày nào?', group(another), pool)).toHaveLength(2);
  });
});
