// What a body receiving information or a victim must pass on, and to whom: the regulations' sentence for the case
// closest to the question's, never the same duty for another case. Hand-made corpus and questions.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { bodyPassesOn, passedTo, passOnAnswer, passOnAsked, passOnRule, timeLimitOf } from '../../handlers/ask/pass-on.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const GUIDANCE = {
  doc: doc('regulations/guidance.md', 'TT Mẫu 01/2014', null, { year: 2014 }),
  sections: [
    {
      path: ['Chương II', 'Điều 4. Tiếp nhận nạn nhân đang ở nước ngoài', '1.'],
      text: '1. Cơ quan đại diện Việt Nam ở nước ngoài, khi tiếp nhận thông tin về nạn nhân, thực hiện các công việc sau:',
    },
    {
      path: ['Chương II', 'Điều 4. Tiếp nhận nạn nhân đang ở nước ngoài', '1.', 'a)'],
      text: 'a) Trường hợp có thông tin cho biết nạn nhân chưa được giải cứu thì thông báo ngay cho Cơ quan Sở tại Mẫu để giải cứu.',
    },
    {
      path: ['Chương II', 'Điều 4. Tiếp nhận nạn nhân đang ở nước ngoài', '4. Tổ chức tiếp nhận nạn nhân trở về qua cửa khẩu', 'c)'],
      text: 'c) Đồn Biên phòng cửa khẩu nơi nạn nhân nhập cảnh kiểm diện nạn nhân, sau đó bàn giao nạn nhân cho Phòng Xuất nhập cảnh Mẫu.',
    },
    {
      path: [
        'Chương II',
        'Điều 5. Tiếp nhận nạn nhân từ nước ngoài tự trở về',
        '1. Trường hợp nạn nhân từ nước ngoài tự trở về, đến trình báo tại Đồn Biên phòng',
        'a) Đồn Biên phòng thực hiện',
      ],
      text: '- Lấy lời khai nạn nhân;\n- Bàn giao nạn nhân cho Ủy ban Xã Mẫu gần nhất nơi người đó trình báo.',
    },
    {
      path: ['Chương IV', 'Điều 8. Tiếp nhận, xác minh nạn nhân', '1. Trường hợp nạn nhân chưa được giải cứu'],
      text: 'Khi nhận được thông tin về nạn nhân, cơ quan tiếp nhận thông tin có trách nhiệm báo ngay cho Phòng Điều tra Mẫu nơi nạn nhân bị giữ để giải cứu.',
    },
    {
      path: ['Chương III', 'Điều 7. Xác minh nạn nhân được giải cứu', '1.'],
      text: '1. Cơ quan giải cứu (Công an, Bộ đội Biên phòng) hỗ trợ nhu cầu thiết yếu và bàn giao nạn nhân cho Phòng Tiếp nhận Mẫu nơi giải cứu.',
    },
  ],
};
const corpus = makeCorpus('pass', [GUIDANCE]);
const deps: AskDeps = {
  answer: async () => ({ kind: 'abstain', text: 'không có', citations: [] }),
  corpus: () => corpus,
};

describe('passOnAsked', () => {
  it.each([
    ['nan nhan nguoi nuoc ngoai chua duoc giai cuu thi bao ngay cho don vi nao', 'inform'],
    ['Có thông tin về nạn nhân thì xã phải chuyển tin cho đơn vị nào?', 'inform'],
    ['Biên phòng giải cứu được nạn nhân thì chuyển nạn nhân cho ai?', 'handover'],
    ['Nạn nhân tự về thì đồn bàn giao nạn nhân cho cơ quan nào?', 'handover'],
    ['Đồn sẽ giao cô ấy cho ai tiếp nhận?', 'handover'],
    ['Trung tâm thông tin ngay cho cơ quan nào?', 'inform'],
    ['Xã tiếp nhận nạn nhân thì báo cho Bộ Mẫu hay Sở Mẫu?', 'inform'],
  ])('%s → %s', (q, kind) => expect(passOnAsked(q)).toBe(kind));

  it('reads "được giao cho ai" as a task assigned, not a person handed over', () =>
    expect(passOnAsked('Việc tiếp nhận được giao cho ai?')).toBeUndefined());

  it('reads "sau đó được giao cho …" after a step of the person\'s way as the person handed on by the body they came to', () => {
    const q = 'Em tôi tự về, đến trình báo ở đồn biên phòng rồi thì sau đó được giao cho ai?';
    expect(passOnAsked(q)).toBe('handover');
    expect(bodyPassesOn(q)).toBe(true);
    expect(passOnAsked('Nhiệm vụ này sau đó được giao cho ai?')).toBeUndefined();
    // The body asked for is not one the person came to.
    expect(bodyPassesOn('Con tôi trốn được thì sau đó được chuyển giao cho cơ quan nào?')).toBe(false);
  });

  it('tells a body passing it on from a person asking', () => {
    expect(bodyPassesOn('Có người báo con gái bị bán chưa được cứu về, cơ quan tiếp nhận tin phải báo cho đơn vị nào?')).toBe(true);
    expect(bodyPassesOn('Tôi nhận được tin em tôi chưa được giải cứu thì báo ngay cho ai?')).toBe(false);
  });

  it('reads a department or an office named in full as one body passing it on, however long its name', () => {
    expect(bodyPassesOn('Trước khi nạn nhân nhập cảnh, Cục Quản lý xuất nhập cảnh phải thông báo cho cơ quan nào?')).toBe(true);
    expect(bodyPassesOn('Sở Lao động - Thương binh và Xã hội nhận bàn giao xong thì thông báo cho ai?')).toBe(true);
    // Folded, "số" is "sở": a number asked for is no office.
    expect(bodyPassesOn('so nao de bao cho ai')).toBe(false);
  });

  it.each([
    // With diacritics, "xa" is far, not "xã"; where someone lives, goes or works is a place, not a body acting.
    'Nhà tôi ở xa, tôi phải báo cho ai?',
    'Nhà em ở xã Bình Minh, em phải báo cho ai ạ?',
    'con tôi đi làm xa, bị lừa bán, tôi phải báo cho ai?',
    // The person named before the verb is the one acting.
    'Xã này em phải báo cho ai ạ?',
    // "Cực" (very, active) is no department ("cục").
    'Em cực kỳ sợ, em sẽ báo cho ai?',
    'tôi tích cực tố giác thì phải báo cho cơ quan nào',
  ])('%s → a person reporting, not a body passing it on', (q) => expect(bodyPassesOn(q)).toBe(false));

  it('still reads a commune typed without diacritics and a department named as bodies passing it on', () => {
    expect(bodyPassesOn('xa phai bao cho co quan nao khi co nguoi tu den khai')).toBe(true);
    expect(bodyPassesOn('Cục Lãnh sự phải thông báo cho cơ quan nào?')).toBe(true);
  });

  it('reads a body speaking of itself, an official at it and its duty as the body passing it on', () => {
    expect(bodyPassesOn('Xã tôi phải báo cho cơ quan nào khi có người tự trở về?')).toBe(true);
    expect(bodyPassesOn('Công an xã chúng tôi phải thông báo cho đơn vị nào?')).toBe(true);
    expect(bodyPassesOn('Cán bộ ở xã phải báo cho cơ quan nào khi có người tự về?')).toBe(true);
    expect(bodyPassesOn('Trách nhiệm của xã là phải thông báo cho cơ quan nào?')).toBe(true);
  });

  it('reads "được đưa về đâu" after the person\'s way as the person handed on', () =>
    expect(passOnAsked('Em tôi tự về, đến trình báo ở đồn biên phòng thì sau đó em ấy sẽ được đưa về đâu?')).toBe('handover'));

  it.each([
    // How long, a report upward, or nothing passed on.
    'Giấy phép có thời hạn bao lâu và ai cấp?',
    'Sở phải báo cáo kết quả cho cơ quan nào?',
    'Nạn nhân được hỗ trợ những gì?',
  ])('%s → nothing passed on', (q) => expect(passOnAsked(q)).toBeUndefined());
});

describe('passOnRule', () => {
  it("a foreign national's case is not the case of a victim abroad, though both are not yet rescued", () => {
    const r = passOnRule('Nạn nhân người nước ngoài chưa được giải cứu thì phải báo ngay cho đơn vị nào?', corpus);
    expect(r?.quote).toContain('Phòng Điều tra Mẫu');
  });

  it('a clause of the mission abroad answers only a question speaking of the mission; a body at home gets its own', () => {
    for (const q of [
      'Cơ quan đại diện Việt Nam ở nước ngoài có thông tin nạn nhân chưa được giải cứu thì thông báo ngay cho ai?',
      'Đại sứ quán nhận được tin công dân bị bán chưa được giải cứu thì báo cho ai?',
    ])
      expect(passOnRule(q, corpus)?.quote, q).toContain('Cơ quan Sở tại Mẫu');
    for (const q of [
      'Có thông tin nạn nhân ở nước ngoài chưa được giải cứu thì thông báo ngay cho ai?',
      'Công an xã nhận được tin một người bị bán sang Lào, chưa được giải cứu, phải báo ngay cho ai?',
    ])
      expect(passOnRule(q, corpus)?.quote, q).toContain('Phòng Điều tra Mẫu');
  });

  it('the case the question names (back on their own) picks its article over a sibling clause of another case', () => {
    for (const q of [
      'Nạn nhân tự trốn về từ Trung Quốc, trình báo ở đồn biên phòng thì đồn bàn giao cho cơ quan nào?',
      'Cô ấy tự về qua cửa khẩu, đến đồn biên phòng khai báo, đồn sẽ giao cô ấy cho ai?',
      'nan nhan tu ve nuoc trinh bao o don bien phong thi don ban giao cho ai',
    ])
      expect(passOnRule(q, corpus)?.quote, q).toContain('Ủy ban Xã Mẫu');
    const handedBack = 'Nạn nhân được nước ngoài trao trả qua cửa khẩu thì Đồn Biên phòng cửa khẩu bàn giao nạn nhân cho ai?';
    expect(passOnRule(handedBack, corpus)?.quote).toContain('Phòng Xuất nhập cảnh Mẫu');
  });

  it("the plan of the province asked about states its bodies' duties; another province's plan does not", () => {
    const PLAN = {
      doc: doc('plans/mau.md', 'KH Tỉnh Mẫu', 'tinh-mau'),
      sections: [
        {
          path: ['II. Nội dung phối hợp', '5. Bảo vệ an toàn cho nạn nhân'],
          text: '- Trung tâm Bảo trợ xã hội tỉnh áp dụng biện pháp bảo vệ. Khi phát hiện có dấu hiệu không an toàn đối với nạn nhân tại Trung tâm Bảo trợ xã hội tỉnh thì thông tin ngay cho Công an Tỉnh Mẫu.',
        },
      ],
    };
    const withPlan = makeCorpus('plan', [GUIDANCE, PLAN]);
    const q = 'Trung tâm Bảo trợ xã hội tỉnh thấy nạn nhân có dấu hiệu không an toàn thì thông tin cho ai?';
    expect(passOnAsked(q)).toBe('inform');
    expect(passOnRule(q, withPlan, 'tinh-mau')?.quote).toContain('Công an Tỉnh Mẫu');
    expect(passOnRule(q, withPlan, 'tinh-khac')?.quote ?? '').not.toContain('Công an Tỉnh Mẫu');
  });

  it('a rescued victim is handed over as the article on the rescued says, not as one back on their own', () => {
    const RESCUE = {
      doc: doc('regulations/rescue.md', 'TT Cứu Mẫu', null, { year: 2014 }),
      sections: [
        {
          path: [
            'Chương II',
            'Điều 5. Tiếp nhận nạn nhân tự trở về',
            '1. Trường hợp nạn nhân tự trở về, đến trình báo tại Đồn Biên phòng hoặc được Bộ đội Biên phòng phát hiện trên biển',
            'a) Đồn Biên phòng thực hiện',
          ],
          text: '- Bàn giao nạn nhân cho Ủy ban Xã Mẫu gần nhất nơi người đó được phát hiện.',
        },
        {
          path: ['Chương III', 'Điều 7. Nạn nhân được giải cứu', '1.'],
          text: '1. Cơ quan Công an, Bộ đội Biên phòng đã giải cứu nạn nhân chuyển ngay người đó đến Phòng Tiếp nhận Mẫu.',
        },
      ],
    };
    const withRescue = makeCorpus('rescue', [RESCUE]);
    for (const q of [
      'Nạn nhân được bộ đội biên phòng giải cứu trên biển thì biên phòng chuyển giao cho ai?',
      'nan nhan duoc bo doi bien phong giai cuu tren bien thi bien phong chuyen giao cho ai',
    ])
      expect(passOnRule(q, withRescue)?.quote, q).toContain('Phòng Tiếp nhận Mẫu');
    // Not yet rescued is not rescued.
    expect(
      passOnRule('Nạn nhân chưa được bộ đội biên phòng giải cứu trên biển thì biên phòng chuyển giao cho ai?', withRescue)?.quote ?? '',
    ).not.toContain('Phòng Tiếp nhận Mẫu');
  });

  it('the body the question names as passing it on picks its own duty over a sentence sharing more words', () => {
    const LAW = {
      doc: doc('regulations/law.md', 'Luật Mẫu', null, { year: 2024 }),
      sections: [
        {
          path: ['Chương II', 'Điều 15. Phòng ngừa trong cơ sở kinh doanh', '1.'],
          text: 'b) Cơ sở kinh doanh nắm thông tin về người bị bán và thông báo cho cơ quan có thẩm quyền khi có yêu cầu.',
        },
        {
          path: ['Chương IV', 'Điều 27. Tiếp nhận người đến trình báo', '1.'],
          text: '1. Người bị mua bán đến Ủy ban nhân dân cấp xã trình báo. Ủy ban nhân dân cấp xã có trách nhiệm thông báo ngay với cơ quan Y tế Mẫu.',
        },
        {
          path: ['Chương IV', 'Điều 28. Hỗ trợ', '1.'],
          text: '1. Phòng Lao động - Thương binh và Xã hội thông báo cho cơ quan Lao động Mẫu về người bị bán.',
        },
      ],
    };
    const withLaw = makeCorpus('law', [LAW]);
    // "Xã hội" (social) in an office's name is no commune.
    for (const q of ['Xã phải báo cho cơ quan nào khi có người bị bán đến?', 'xa phai bao cho co quan nao khi co nguoi bi ban den'])
      expect(passOnRule(q, withLaw)?.quote, q).toContain('cơ quan Y tế Mẫu');
    // A centre whose name says "xã hội" (social) is no commune: the commune's duty is not the centre's.
    expect(
      passOnRule('Trung tâm Bảo trợ xã hội tỉnh phải thông báo cho cơ quan nào khi có người bị bán đến?', withLaw)?.quote ?? '',
    ).not.toContain('cơ quan Y tế Mẫu');
    // A body named where a person reports, bound to nothing, picks no duty of its own.
    expect(passOnRule('Bên xã thì trình báo ở đâu?', withLaw)).toBeUndefined();
  });

  it('a rescue still wanted ("cần được giải cứu", "chờ được giải cứu") is not a rescued victim', () => {
    const held = makeCorpus('held', [
      {
        doc: doc('regulations/held.md', 'TT Giữ', null),
        sections: [
          { path: ['Điều 1. Nạn nhân được giải cứu'], text: 'Cơ quan giải cứu bàn giao nạn nhân cho Phòng Nhận Mẫu.' },
          { path: ['Điều 2. Nạn nhân đang bị giữ'], text: 'Đồn Biên phòng nơi nạn nhân đang bị giữ bàn giao nạn nhân cho Phòng Giữ Mẫu.' },
        ],
      },
    ]);
    for (const q of [
      'Nạn nhân đang bị giữ, cần được giải cứu thì đồn biên phòng bàn giao nạn nhân cho ai?',
      'nan nhan dang bi giu, cho duoc giai cuu thi don bien phong ban giao nan nhan cho ai',
    ])
      expect(passOnRule(q, held)?.quote, q).toContain('Phòng Giữ Mẫu');
  });

  it('handing a rescued victim over is answered by the handover sentence', () => {
    expect(passOnRule('Bộ đội biên phòng giải cứu nạn nhân thì bàn giao nạn nhân cho ai?', corpus)?.quote).toContain('Phòng Tiếp nhận Mẫu');
  });

  it('asked what a text named by its year says, quotes that text rather than one implementing it', () => {
    const OLD_LAW = {
      doc: doc('regulations/old-law.md', 'Luật Cũ 2011', null, { year: 2011, number: '66/2011/QH12' }),
      sections: [
        {
          path: ['Chương IV', 'Điều 25. Tiếp nhận nạn nhân được giải cứu', '1.'],
          text: '1. Cơ quan Công an đã giải cứu nạn nhân có trách nhiệm chuyển ngay người đó đến Phòng Luật Mẫu gần nơi giải cứu.',
        },
      ],
    };
    const both = makeCorpus('named-law', [GUIDANCE, OLD_LAW]);
    const asked = 'công an giải cứu được nạn nhân thì bàn giao nạn nhân cho ai?';
    expect(passOnRule(asked, both)?.quote).toContain('Phòng Tiếp nhận Mẫu');
    expect(passOnRule(`Theo luật 2011, ${asked}`, both)?.quote).toContain('Phòng Luật Mẫu');
  });

  it('reads a question typed with diacritics with them: news about a victim is not protecting one', () => {
    const words = makeCorpus('dia', [
      {
        doc: doc('regulations/duty.md', 'TT Mẫu 02/2015', null, { year: 2015 }),
        sections: [
          { path: ['Điều 3. Bảo vệ nạn nhân'], text: 'Cơ quan bảo vệ nạn nhân là trẻ em thông báo cho Phòng Bảo vệ Mẫu.' },
          {
            path: ['Điều 4. Tin về người bị giữ'],
            text: 'Cơ quan nhận tin báo về người bị giữ có trách nhiệm báo ngay cho Đội Giải cứu Mẫu.',
          },
          { path: ['Điều 5. Báo cáo'], text: 'Sở tổng hợp và thông báo cho Bộ Mẫu hằng năm.' },
        ],
      },
    ]);
    expect(passOnRule('Nhận tin báo về nạn nhân là trẻ em bị giữ thì báo ngay cho ai?', words)?.quote).toContain('Đội Giải cứu Mẫu');
  });

  it("asked for today's rule, quotes the text in force on the case rather than one detailing the replaced law", () => {
    const OLD_GUIDANCE = {
      doc: doc('regulations/old-guidance.md', 'TT Cũ 01/2014', null, {
        year: 2014,
        number: '01/2014/TTLT-MẪU',
        basisNote: 'hướng dẫn Luật Cũ, luật này đã được thay thế',
      }),
      sections: [
        {
          path: ['Chương II', 'Điều 6. Tiếp nhận, xác minh nạn nhân tự đến trình báo', '1.'],
          text: '1. Ủy ban nhân dân cấp xã khi tiếp nhận nạn nhân tự đến trình báo về việc bị mua bán có trách nhiệm thông báo ngay cho Phòng Cũ Mẫu.',
        },
      ],
    };
    const TODAY = {
      doc: doc('regulations/today-law.md', 'Luật Mới 2024', null, { year: 2024 }),
      sections: [
        {
          path: ['Chương IV', 'Điều 27. Tiếp nhận người đến trình báo', '1.'],
          text: '1. Ủy ban nhân dân cấp xã có trách nhiệm thông báo ngay với Cơ quan Mới Mẫu.',
        },
      ],
    };
    const both = makeCorpus('today', [OLD_GUIDANCE, TODAY]);
    const asked = 'xã tiếp nhận người tự đến trình báo bị mua bán thì phải thông báo cho ai?';
    expect(passOnRule(`Theo luật mới, ${asked}`, both)?.doc.id).toBe('regulations/today-law.md');
    expect(passOnRule(`Hiện nay ${asked}`, both)?.doc.id).toBe('regulations/today-law.md');
    // Not asked for it either: what applies today leads, its case being nearly as close as the older text's.
    expect(passOnRule(asked, both)?.doc.id).toBe('regulations/today-law.md');
    // Asked what the older text or the old law says, the older text answers.
    expect(passOnRule(`Theo luật cũ, ${asked}`, both)?.doc.id).toBe('regulations/old-guidance.md');
    expect(passOnRule(`Theo TT Cũ 01/2014, ${asked}`, both)?.doc.id).toBe('regulations/old-guidance.md');
  });

  it('asked also within how long, adds the sentence of the same article stating the time limit', () => {
    const LAW = {
      doc: doc('regulations/today-law.md', 'Luật Mới 2024', null, { year: 2024 }),
      sections: [
        {
          path: ['Chương IV', 'Điều 27. Tiếp nhận người đến trình báo', '1.'],
          text: '1. Ủy ban nhân dân cấp xã có trách nhiệm thông báo ngay với Cơ quan Mới Mẫu.',
        },
        {
          path: ['Chương IV', 'Điều 27. Tiếp nhận người đến trình báo', '2.'],
          text: '2. Cơ quan Mới Mẫu tiếp nhận và chậm nhất là 03 ngày phải xác minh thông tin ban đầu.',
        },
      ],
    };
    const law = makeCorpus('limit', [LAW]);
    const asked = 'xã tiếp nhận người tự đến trình báo thì thông báo cho ai và thời hạn xác minh là bao lâu?';
    const rule = passOnRule(asked, law)!;
    expect(timeLimitOf(asked, rule, law)?.quote).toContain('chậm nhất là 03 ngày');
    // Whom alone is asked, or the duty's sentence states the time itself: nothing is added.
    expect(timeLimitOf('xã tiếp nhận người tự đến trình báo thì thông báo cho ai?', rule, law)).toBeUndefined();
    expect(timeLimitOf(asked, { ...rule, quote: 'Trong 05 ngày, xã thông báo cho Cơ quan Mới Mẫu.' }, law)).toBeUndefined();
  });

  it('a question sharing too little with every case gets nothing', () => {
    expect(passOnRule('Hồ sơ thì chuyển cho ai?', corpus)).toBeUndefined();
  });
});

describe('in the pipeline', () => {
  it('quotes the duty with its source for a procedure, and leaves someone asking about their own people to the directory', async () => {
    const r = await askQuestion('nan nhan nguoi nuoc ngoai chua duoc giai cuu thi bao ngay cho don vi nao', {}, deps);
    expect(r.text).toContain('Phòng Điều tra Mẫu');
    expect(r.citations[0]?.docId).toBe('regulations/guidance.md');
    // The case set out in clauses, "phải báo" with no "thì"; a foreign national held here is not someone abroad.
    const clauses = await askQuestion(
      'Khi nhận được thông tin về một nạn nhân là người nước ngoài đang bị giữ tại Việt Nam, chưa được giải cứu, cơ quan tiếp nhận thông tin phải báo ngay cho đơn vị nào?',
      {},
      deps,
    );
    expect(clauses.text).toContain('Phòng Điều tra Mẫu');
    // Asked by a body about its procedure: nobody asked for help, so no emergency lines follow.
    expect(r.text).not.toContain('113');
    // "… báo ngay cho đơn vị nào" reads as whom to call, but the body passing it on makes it the procedure.
    const body = await askQuestion(
      'Nhận được tin có nạn nhân chưa được giải cứu, cơ quan tiếp nhận thông tin phải báo ngay cho đơn vị nào để giải cứu?',
      {},
      deps,
    );
    expect(body.text).toContain('Phòng Điều tra Mẫu');
    // Someone "ở địa phương" is where the writer is, not a ward passing it on.
    expect(bodyPassesOn('gặp người bị nhốt ở địa phương thì tôi báo ai')).toBe(false);
    const own = await askQuestion('Tôi nhận được tin em tôi chưa được giải cứu thì báo ngay cho ai?', {}, deps);
    expect(own.text).toContain('113');
    expect(own.text).not.toContain('Phòng Điều tra Mẫu');
  });
});

describe('passedTo', () => {
  it.each([
    [
      'Cục Mẫu thông báo cho Công an cấp tỉnh nơi có cửa khẩu chậm nhất là 03 ngày trước khi nạn nhân nhập cảnh.',
      'Cơ quan được báo',
      'Công an cấp tỉnh nơi có cửa khẩu',
    ],
    [
      'Bàn giao nạn nhân cho Ủy ban Xã Mẫu gần nhất nơi người đó trình báo.',
      'Nơi nhận người',
      'Ủy ban Xã Mẫu gần nhất nơi người đó trình báo',
    ],
    ['Cơ quan giải cứu chuyển ngay người đó đến Phòng Tiếp nhận Mẫu để hỗ trợ.', 'Nơi nhận người', 'Phòng Tiếp nhận Mẫu'],
    // A comma lists more bodies.
    [
      'Khi thấy không an toàn thì thông tin ngay cho cơ quan Công an Mẫu và Đồn Mẫu, Cảnh sát biển khu vực để phối hợp.',
      'Cơ quan được báo',
      'cơ quan Công an Mẫu và Đồn Mẫu, Cảnh sát biển khu vực',
    ],
  ])('%s → %s: %s', (quote, lead, body) => expect(passedTo(quote)).toEqual({ lead, body }));

  it('ends the name before what the body does next, and names nobody when where it ends is unclear', () => {
    expect(passedTo('Công an tỉnh thông báo cho Sở Mẫu và phối hợp chuyển tuyến nạn nhân vào Cơ sở Mẫu.')?.body).toBe('Sở Mẫu');
    expect(
      passedTo('Trước khi chuyển giao nạn nhân cho Cơ sở Mẫu hoặc Trung tâm Mẫu, Phòng Mẫu phối hợp với Công an cùng cấp xác minh.'),
    ).toBeUndefined();
  });

  it('reads the body after "cho" when "về" leads what is reported, and hands over a person only when one is named', () => {
    expect(passedTo('Xã thông báo về tình hình nạn nhân cho Sở Mẫu để theo dõi.')?.body).toBe('Sở Mẫu');
    expect(passedTo('Xã chuyển hồ sơ cho Công an Mẫu.')).toBeUndefined();
  });

  it('names nobody when the words after the verb name no agency', () =>
    expect(passedTo('Trường hợp nạn nhân là trẻ em thì thông báo cho người thân thích đến nhận.')).toBeUndefined());

  it('adds no lead naming the asker itself or answering for another body than the one acting', () => {
    const rule = (quote: string) =>
      ({ doc: GUIDANCE.doc, section: { ...GUIDANCE.sections[0], docId: GUIDANCE.doc.id, id: 's' }, quote }) as never;
    const commune = rule('Ủy ban nhân dân cấp xã có trách nhiệm thông báo ngay với Sở Mẫu.');
    expect(passOnAnswer('Sở Mẫu nhận tin của xã xong thì phải báo cho cơ quan nào?', commune).text).not.toContain('Cơ quan được báo');
    expect(passOnAnswer('Xã phải báo cho cơ quan nào?', commune).text).toMatch(/^Cơ quan được báo: Sở Mẫu\./u);
    const post = rule('Đồn Biên phòng thông báo cho Công an Mẫu.');
    expect(passOnAnswer('Xã phải báo cho cơ quan nào?', post).text).not.toContain('Cơ quan được báo');
  });

  it('leads the answer with the body the duty passes it on to, before the quote', async () => {
    const r = await askQuestion('nan nhan nguoi nuoc ngoai chua duoc giai cuu thi bao ngay cho don vi nao', {}, deps);
    const [lead, quoted] = r.text.split('\n');
    expect(lead).toBe('Cơ quan được báo: Phòng Điều tra Mẫu nơi nạn nhân bị giữ.');
    expect(quoted).toMatch(/^Theo .*«/u);
  });
});
