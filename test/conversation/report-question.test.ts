// A report that also asks something the documents answer: the case flow is unchanged (case stored, hotlines
// first, officers told) and the documents' answer to the question follows the case reply.
import { describe, expect, it } from 'vitest';
import { UNSURE_INTRO } from '../../handlers/answer.js';
import { answerInReport, questionPartOf, questionsOf } from '../../handlers/conversation/report-question.js';
import type { AnswerResult, StreamingAnswerer } from '../../handlers/conversation/deps.js';
import { setup } from './helpers.js';

const REPORT_ASKING =
  'Cháu tôi bị người ta lừa bán qua biên giới, tuần trước mới được đưa về nhà. Gia đình tôi muốn làm đơn xin hỗ trợ cho cháu thì gửi đơn ở đâu?';
const EMERGENCY_ASKING =
  'Cứu tôi với, tôi đang bị giữ trong một xưởng may, họ lấy mất giấy tờ của tôi. Nếu thoát ra được thì tôi có được hỗ trợ tiền đi lại về nhà không?';
const QUOTE = 'Theo Văn bản mẫu [1]: «Nạn nhân làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú.»';
const ESCAPE_QUOTE = 'Theo Văn bản mẫu [1]: «Nạn nhân được hỗ trợ tiền đi lại từ nơi tiếp nhận về nơi cư trú.»';

/** Reports that ask nothing the documents answer: a follow-up answer here would be noise. */
const PURE_REPORTS = [
  'Hàng xóm nhà tôi có đứa con gái 16 tuổi đi theo một người lạ lên thành phố làm việc, từ hôm đó không liên lạc được.',
  'Tôi thấy một nhóm người lạ hay đến xóm rủ các cô gái trẻ sang bên kia biên giới lấy chồng, hứa cho nhiều tiền.',
  'Em gái tôi đi xuất khẩu lao động, giờ gọi về khóc nói bị chủ giữ hộ chiếu và không cho ra ngoài.',
  'Có kẻ gọi điện đòi gia đình tôi chuyển 50 triệu thì mới thả con tôi về.',
  'Con tôi đi làm ở Campuchia ba tháng nay, không biết giờ nó đang ở đâu, điện thoại cũng tắt máy.',
  'Tôi bị lừa sang làm ở một công ty bên kia biên giới, bị bắt làm việc suốt ngày đêm, mới trốn về được hôm qua.',
];

const answerWith =
  (result: AnswerResult): StreamingAnswerer =>
  async () =>
    result;

describe('reading the question part of a report', () => {
  it('keeps the sentence that asks and leaves the account around it out', () => {
    expect(questionPartOf(REPORT_ASKING)).toBe('Gia đình tôi muốn làm đơn xin hỗ trợ cho cháu thì gửi đơn ở đâu?');
    expect(questionPartOf('Mẹ tôi mới được giải cứu về. nhà nghèo, xin trợ cấp có hạn bao lâu không')).toBe(
      'nhà nghèo, xin trợ cấp có hạn bao lâu không',
    );
    // Whom to find there: "tìm ai", "gặp ai" ask the documents too.
    expect(questionPartOf('Chị tôi bị bán sang bên kia. Giờ ở bên đó thì tìm ai để được giúp về nước')).toBe(
      'Giờ ở bên đó thì tìm ai để được giúp về nước',
    );
  });

  it('keeps asking for a number, for whom a task is given to, and for how the law names the situation', () => {
    expect(questionPartOf('Cháu tôi bị dụ qua Lào rồi mất liên lạc. Muốn gọi tổng đài của tỉnh để báo thì số mấy?')).toBe(
      'Muốn gọi tổng đài của tỉnh để báo thì số mấy?',
    );
    expect(questionPartOf('ở xóm có người lạ hay dụ trẻ con đi làm xa, gọi số nào để báo vậy')).toBeDefined();
    expect(questionPartOf('Quán karaoke giữ mấy em tiếp viên. Kế hoạch của tỉnh giao ai phát hiện, xử lý?')).toBe(
      'Kế hoạch của tỉnh giao ai phát hiện, xử lý?',
    );
    expect(questionPartOf('Con bé 16 tuổi tự đi theo người ta qua biên giới làm, vậy có tính là mua bán người không')).toBeDefined();
    // Which fund or source pays.
    expect(questionPartOf('Chị tôi bị bán sang Lào, đang chờ giấy tờ để về. Tiền vé máy bay lấy từ nguồn nào?')).toBe(
      'Tiền vé máy bay lấy từ nguồn nào?',
    );
    expect(questionPartOf('em toi bi giu ben do, tien an o trong luc cho ve thi quy nao tra')).toBeDefined();
    // Which organisation or office: "hội đoàn nào", "sở nào", "trạm nào".
    expect(questionPartOf('Chị tôi bị bán về được một tháng. Muốn học may thì hội nào giúp?')).toBe('Muốn học may thì hội nào giúp?');
    expect(questionPartOf('em moi bi lua ban ve, can viec lam thi so nao lo')).toBeDefined();
    // Folded, "hồi nào" (when) and "đoạn nào" (which part) inside an account ask nothing.
    expect(questionPartOf('Con tôi đi làm bên Campuchia, không biết hồi nào bị bán, giờ mất liên lạc rồi.')).toBeUndefined();
    expect(questionPartOf('em toi bi lua sang trung quoc, khong nho la doan nao thi bi ban')).toBeUndefined();
    // "Quý nào cũng" is every quarter, not which fund.
    expect(questionPartOf('Con tôi bị bán sang Lào, nhà tôi quý nào cũng gửi tiền cho bọn nó.')).toBeUndefined();
  });

  it('finds no question in reports that only tell, nor in where a person is now or was taken', () => {
    for (const text of PURE_REPORTS) expect(questionPartOf(text), text).toBeUndefined();
    expect(questionPartOf('Chị tôi bị lừa bán đi đâu không ai biết.')).toBeUndefined();
    // "thì" opens what the person wants to do next, not where they were taken.
    expect(questionPartOf('tui o ben campuchia, bi ep lam viec thi den dau')).toBe('tui o ben campuchia, bi ep lam viec thi den dau');
    // Asking the reader, or whether the situation is what it seems: for the officer, not the documents.
    expect(questionPartOf('Em gái tôi mất tích mấy hôm nay, có ai thấy không?')).toBeUndefined();
    expect(questionPartOf('Có người rủ em tôi đi làm lương cao, có phải lừa đảo không?')).toBeUndefined();
  });

  it('reads southern and central chat forms of asking, with or without diacritics', () => {
    const asked = [
      'Chị tôi bị bán qua bên kia mới về, nhà nước có giúp gì cho chị đi học lại không ạ',
      'em bị gạt qua Lào làm mới trốn dìa, giờ còn được hưởng chế độ hông',
      'anh tui bị bắt ở lò gạch mới thoát ra, giờ thì phải kêu ai liền',
      'Con tui bị bán qua bên nớ mới về, muốn học nghề thì nộp giấy tờ chi, nộp mô?',
      'con bé mới được cứu về, xin trợ cấp thì nói với xã được hông hay phải làm đơn',
      'chau toi bi ban sang trung quoc moi ve, gio xin vay von thi muon o dau duoc ha',
    ];
    for (const text of asked) expect(questionPartOf(text), text).toBeDefined();
  });

  it('reads which of two ways a step takes, how it is done and who may decide it as asking the documents', () => {
    expect(questionPartOf('Tụi nó nhắn tin dọa giết cả nhà. Xin công an bảo vệ thì phải lên tận nơi hay nhắn tin là được?')).toBe(
      'Xin công an bảo vệ thì phải lên tận nơi hay nhắn tin là được?',
    );
    expect(questionsOf('Bọn chúng hăm dọa em hoài, em xin bảo vệ thì gọi điện được hay phải làm đơn')).toContain(
      'em xin bảo vệ thì gọi điện được hay phải làm đơn',
    );
    expect(questionsOf('Con tôi bị bán, bọn chúng còn đe dọa, ai có thẩm quyền cho gia đình được bảo vệ?')).toContain(
      'ai có thẩm quyền cho gia đình được bảo vệ?',
    );
    expect(questionPartOf('Chị tôi trốn khỏi chủ rồi. Thủ tục trình báo bên đó ra sao')).toBe('Thủ tục trình báo bên đó ra sao');
    expect(questionPartOf('Bọn chúng còn đe dọa. Đơn xin bảo vệ nộp cho ai')).toBe('Đơn xin bảo vệ nộp cho ai');
    // "Hay" alone is "often"; "ra sao" alone asks how somebody is, which the officer answers.
    for (const text of ['Bọn nó hay gọi điện dọa con tôi lắm.', 'Chị tôi bị bán sang bên kia, không biết giờ ra sao rồi.'])
      expect(questionPartOf(text), text).toBeUndefined();
  });

  it('takes neither a plea about what to do now nor a question to the officer for a question to the documents', () => {
    for (const text of [
      'Con gái tôi vừa gọi về khóc, nói bị giữ ở bên kia, tôi phải làm sao bây giờ?',
      'em gai toi mat lien lac hai thang roi, gia dinh nen lam gi',
      'Chị tôi bị lừa đi làm xa, cả tháng nay chặn hết liên lạc, cán bộ có giúp được không ạ?',
      'Cháu tôi đi làm ở bên kia từ tháng trước, đến nay chưa nhắn gì về nhà.',
    ])
      expect(questionPartOf(text), text).toBeUndefined();
  });

  it('does not take "ban đầu" or "đau" for "đâu"', () => {
    expect(questionPartOf('Từ ban đầu họ đã hứa việc nhẹ lương cao.')).toBeUndefined();
    expect(questionPartOf('Em bị đánh đau lắm.')).toBeUndefined();
  });
});

describe('a report that also asks a question', () => {
  it('opens the case, replies with the case first, then the documents’ answer to the question alone', async () => {
    const t = setup({
      labels: { [REPORT_ASKING]: 'report' },
      deps: { answer: answerWith({ kind: 'answer', text: QUOTE, citations: [] }) },
    });
    const out = await t.conv.handle(t.citizen(REPORT_ASKING));
    const mine = out.filter((m) => m.to.chatId === 'chat-citizen');
    expect(mine.map((m) => m.kind)).toEqual(['case', 'answer']);
    expect(mine[0].text).toContain('#1');
    expect(mine[1].text).toContain('Về điều bạn hỏi, theo tài liệu:');
    expect(mine[1].text).toContain('Ủy ban nhân dân cấp xã');
    expect(mine[1].caseId).toBe(mine[0].caseId);
    // The officers still get the case, and the record keeps the report and what the person was told.
    expect(out.some((m) => m.kind === 'officer' && m.to.channel === 'telegram')).toBe(true);
    const record = t.store.messages(mine[0].caseId!);
    expect(record.map((m) => m.direction)).toEqual(['citizen', 'bot', 'bot']);
    expect(record[0].text).toBe(REPORT_ASKING);
    expect(record[2].text).toContain('Ủy ban nhân dân cấp xã');
    expect(t.logs()).not.toContain('gửi đơn ở đâu');
    expect(t.logs()).not.toContain('lừa bán');
  });

  it('asks the pipeline the question sentence only, through the instant answerer when there is one', async () => {
    const asked: string[] = [];
    const t = setup({
      labels: { [REPORT_ASKING]: 'report' },
      deps: {
        answer: async () => {
          throw new Error('the model answerer must not be waited on for a report');
        },
        instantAnswer: async (q) => {
          asked.push(q);
          return { kind: 'answer', text: QUOTE, citations: [] };
        },
      },
    });
    const out = await t.conv.handle(t.citizen(REPORT_ASKING));
    expect(asked).toEqual(['Gia đình tôi muốn làm đơn xin hỗ trợ cho cháu thì gửi đơn ở đâu?']);
    expect(out.filter((m) => m.to.chatId === 'chat-citizen').map((m) => m.kind)).toEqual(['case', 'answer']);
  });

  it('puts the numbers and safety advice of an emergency first, the documents’ answer after them', async () => {
    const t = setup({
      labels: { [EMERGENCY_ASKING]: 'emergency' },
      deps: { answer: answerWith({ kind: 'answer', text: ESCAPE_QUOTE, citations: [] }) },
    });
    const out = await t.conv.handle(t.citizen(EMERGENCY_ASKING));
    const mine = out.filter((m) => m.to.chatId === 'chat-citizen');
    expect(mine.map((m) => m.kind)).toEqual(['emergency', 'answer']);
    expect(mine[0].text.indexOf('113')).toBeLessThan(mine[0].text.indexOf('#1'));
    expect(t.store.getCase(mine[0].caseId!)?.urgent).toBe(true);
  });

  it('adds nothing when the case reply already answers the question or the report asks nothing', async () => {
    const cases: [string, AnswerResult][] = [
      // Only the lines the case reply already gives.
      [REPORT_ASKING, { kind: 'answer', text: 'Số điện thoại cần nhớ:\n• 113: Công an (khẩn cấp), 24/7.', citations: [] }],
      ...PURE_REPORTS.map((text): [string, AnswerResult] => [text, { kind: 'answer', text: QUOTE, citations: [] }]),
    ];
    for (const [text, result] of cases) {
      const t = setup({ labels: { [text]: 'report' }, deps: { answer: answerWith(result) } });
      const out = await t.conv.handle(t.citizen(text));
      const mine = out.filter((m) => m.to.chatId === 'chat-citizen');
      expect(
        mine.map((m) => m.kind),
        text,
      ).toEqual(['case']);
      expect(mine[0].text).not.toContain('Về điều bạn hỏi');
    }
  });

  it('says, after the case reply, that the documents do not answer the question and the officer will advise', async () => {
    const cases: [AnswerResult, string][] = [
      [{ kind: 'abstain', text: 'Nội dung này không có trong các văn bản hiện có.', citations: [] }, 'không có trong các văn bản hiện có'],
      [{ kind: 'answer', text: `${UNSURE_INTRO}\n${QUOTE}`, citations: [] }, 'chưa tìm thấy câu trả lời rõ ràng'],
      // The nearest passage on another matter: it shares no words with what is asked, and is not quoted.
      [
        { kind: 'answer', text: 'Theo Văn bản mẫu [1]: «Tổ chức tập huấn kỹ năng cho cán bộ tuyến cơ sở.»', citations: [] },
        'chưa tìm thấy câu trả lời rõ ràng',
      ],
    ];
    for (const [result, said] of cases) {
      const t = setup({ labels: { [REPORT_ASKING]: 'report' }, deps: { answer: answerWith(result) } });
      const out = await t.conv.handle(t.citizen(REPORT_ASKING));
      const mine = out.filter((m) => m.to.chatId === 'chat-citizen');
      expect(mine.map((m) => m.kind)).toEqual(['case', 'answer']);
      expect(mine[1].text).toContain(said);
      expect(mine[1].text).toContain('Cán bộ nhận vụ việc sẽ tư vấn thêm');
      expect(mine[1].text).not.toContain('«');
      expect(mine[1].citations ?? []).toEqual([]);
      // The officer sees what the person was told.
      expect(t.store.messages(mine[0].caseId!).at(-1)?.text).toBe(mine[1].text);
    }
  });

  it('keeps the case reply when answering the question fails', async () => {
    const t = setup({
      labels: { [REPORT_ASKING]: 'report' },
      deps: {
        answer: async () => {
          throw new Error('index unavailable');
        },
      },
    });
    const out = await t.conv.handle(t.citizen(REPORT_ASKING));
    expect(out.filter((m) => m.to.chatId === 'chat-citizen').map((m) => m.kind)).toEqual(['case']);
    expect(t.store.listCases()).toHaveLength(1);
  });
});

describe('passages a step chose for what the report asks', () => {
  const question = 'Chị tôi bị bán sang bên kia, giờ muốn về thì nhờ ai giúp?';
  const chosen = {
    kind: 'answer' as const,
    text: 'Theo Văn bản mẫu [1]: «Cơ quan đại diện tiếp nhận nạn nhân.»\n\nTrích dẫn:\n[1] X',
    citations: [],
  };

  it('follow the case reply even when they share no words with the question', async () => {
    const r = await answerInReport(question, null, 'Cảm ơn bạn đã báo tin.', async () => ({ ...chosen, chosenForAsk: true }));
    expect(r?.text).toContain('«Cơ quan đại diện tiếp nhận nạn nhân.»');
    // The nearest passage found, with no word of the question, is left out: the person is told it was not found.
    const nearest = await answerInReport(question, null, 'Cảm ơn bạn đã báo tin.', async () => chosen);
    expect(nearest?.text).not.toContain('«');
    expect(nearest?.text).toContain('chưa tìm thấy câu trả lời rõ ràng');
  });

  it('are left out when the case reply already says them', async () => {
    const caseReply = 'Cảm ơn bạn. Theo X: «Cơ quan đại diện tiếp nhận nạn nhân.»';
    expect(await answerInReport(question, null, caseReply, async () => ({ ...chosen, chosenForAsk: true }))).toBeUndefined();
  });
});

describe('a report asking for a number', () => {
  const lines = 'Số điện thoại cần nhớ:\n• 111: Tổng đài quốc gia bảo vệ trẻ em. [1]';
  const cited = [{ n: 1, label: 'KH mẫu › Tổng đài', sectionId: 'plans/mau.md#3', docId: 'plans/mau.md' }];
  const caseReply = 'Cảm ơn bạn đã báo tin.\nNếu có nguy hiểm hoặc cần gấp, hãy gọi:\n• 111: Tổng đài quốc gia bảo vệ trẻ em';

  it('gets the documents’ lines with their sources, even those the case reply lists', async () => {
    const asked = 'Em tôi bị dụ đi biên giới, không về. Gọi số nào để báo?';
    const r = await answerInReport(asked, null, caseReply, async () => ({ kind: 'answer', text: lines, citations: cited }));
    expect(r?.text).toContain('• 111: Tổng đài quốc gia bảo vệ trẻ em. [1]');
    // Without a source to add, the same lines are the case reply's again.
    expect(await answerInReport(asked, null, caseReply, async () => ({ kind: 'answer', text: lines, citations: [] }))).toBeUndefined();
    // The rule on whom to report to, quoted beside the lines, does not turn them into a passage off the question.
    const withRule = `${lines}\nTheo Luật mẫu [2]: «Cá nhân có nghĩa vụ tố giác hành vi vi phạm với cơ quan Công an.»`;
    const r2 = await answerInReport(asked, null, caseReply, async () => ({ kind: 'answer', text: withRule, citations: cited }));
    expect(r2?.text).toContain('• 111: Tổng đài quốc gia bảo vệ trẻ em. [1]');
  });
});

describe('putting what a report asks to the pipeline', () => {
  const text = 'Em gái tôi bị bán qua Lào, tuần trước mới trốn về, nhà nghèo, giờ muốn học nghề thì nộp đơn ở đâu?';

  it('tries the asking clause with the circumstances told beside it, then alone, then the whole sentence', () => {
    expect(questionsOf(text)).toEqual(['nhà nghèo, giờ muốn học nghề thì nộp đơn ở đâu?', 'giờ muốn học nghề thì nộp đơn ở đâu?', text]);
    // An alternative after the asking clause is part of the question.
    expect(questionsOf('Con tui mới được cứu về, nói với xã được không, hay phải làm đơn?')[0]).toBe(
      'nói với xã được không, hay phải làm đơn?',
    );
    expect(questionsOf('Chị tôi bị bán sang bên kia rồi mất liên lạc.')).toEqual([]);
  });

  it('takes the first confident answer, asking no further', async () => {
    const asked: string[] = [];
    const r = await answerInReport(text, null, 'Cảm ơn bạn đã báo tin.', async (q) => {
      asked.push(q);
      return asked.length === 1
        ? { kind: 'abstain', text: 'Nội dung này không có trong các văn bản hiện có.', citations: [] }
        : { kind: 'answer', text: 'Theo Văn bản mẫu [1]: «Nạn nhân có nhu cầu học nghề thì nộp đơn tại xã.»', citations: [] };
    });
    expect(asked).toEqual(['nhà nghèo, giờ muốn học nghề thì nộp đơn ở đâu?', 'giờ muốn học nghề thì nộp đơn ở đâu?']);
    expect(r?.text).toContain('«Nạn nhân có nhu cầu học nghề thì nộp đơn tại xã.»');
  });

  it('says the documents do not cover the question only when every way of asking it abstains', async () => {
    let n = 0;
    const r = await answerInReport(text, null, 'Cảm ơn bạn đã báo tin.', async () =>
      n++ === 0
        ? { kind: 'answer', text: `${UNSURE_INTRO}\n«Một đoạn gần đúng.»`, citations: [] }
        : { kind: 'abstain', text: 'Nội dung này không có trong các văn bản hiện có.', citations: [] },
    );
    expect(n).toBe(4);
    expect(r?.text).toContain('chưa tìm thấy câu trả lời rõ ràng');
    const none = await answerInReport(text, null, 'Cảm ơn bạn đã báo tin.', async () => ({
      kind: 'abstain',
      text: 'Nội dung này không có trong các văn bản hiện có.',
      citations: [],
    }));
    expect(none?.text).toContain('không có trong các văn bản hiện có');
  });
});

describe('a question that names nobody, inside the account of a victim', () => {
  const notCovered = { kind: 'abstain' as const, text: 'Nội dung này không có trong các văn bản hiện có.', citations: [] };
  const found = { kind: 'answer' as const, text: 'Theo Văn bản mẫu [1]: «Hồ sơ gồm đơn đề nghị hỗ trợ của nạn nhân.»', citations: [] };

  it("is put last as asked for the victim, in the documents' word", async () => {
    const asked: string[] = [];
    const text = 'Em gái tôi bị bán qua Trung Quốc, mới được trao trả về hôm qua. Giờ muốn học nghề thì hồ sơ gồm những gì?';
    const r = await answerInReport(text, null, 'Cảm ơn bạn đã báo tin.', async (q) => {
      asked.push(q);
      return q.startsWith('Nạn nhân') ? found : notCovered;
    });
    expect(asked.at(-1)).toBe('Nạn nhân: Giờ muốn học nghề thì hồ sơ gồm những gì?');
    expect(r?.text).toContain('«Hồ sơ gồm đơn đề nghị hỗ trợ của nạn nhân.»');
  });

  it('is not put so when the account tells of no victim', async () => {
    const asked: string[] = [];
    const text = 'Nhà tôi có người lạ hay đến hỏi thăm. Giờ muốn báo thì nộp đơn ở đâu?';
    await answerInReport(text, null, 'Cảm ơn bạn đã báo tin.', async (q) => {
      asked.push(q);
      return notCovered;
    });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((q) => q.startsWith('Nạn nhân'))).toBe(false);
  });
});

describe('a report asking what a paper must say', () => {
  it('is read as asking the documents', () => {
    const text = 'Tụi nó cứ tới nhà dọa giết cả nhà tôi. Đơn xin bảo vệ phải ghi những nội dung gì?';
    expect(questionPartOf(text)).toBe('Đơn xin bảo vệ phải ghi những nội dung gì?');
    expect(questionPartOf('Tụi nó cứ tới nhà dọa giết cả nhà tôi, nội dung tin nhắn rất đáng sợ.')).toBeUndefined();
  });
});

describe('a report whose account says who the victim is, where the rule depends on it', () => {
  const notCovered = { kind: 'abstain' as const, text: 'Nội dung này không có trong các văn bản hiện có.', citations: [] };
  const asking = (text: string) => {
    const asked: string[] = [];
    return answerInReport(text, null, 'Cảm ơn bạn đã báo tin.', async (q) => {
      asked.push(q);
      return notCovered;
    }).then(() => asked);
  };

  it('puts the question first as asked for a foreign victim when the account names a person of another country', async () => {
    const asked = await asking('Chủ xưởng gạch gần chợ đang giữ hai thanh niên người Lào. Báo cho bộ phận nào của công an?');
    expect(asked[0]).toBe('Nạn nhân là người nước ngoài thì báo cho bộ phận nào của công an?');
    const unnamed = await asking('Có một cô gái nước ngoài bị giữ ở quán gần nhà, chưa ai cứu. Báo cho phòng nào bên công an?');
    expect(unnamed[0]).toMatch(/^Nạn nhân là người nước ngoài thì /u);
    // The buyer, a husband or a worker from abroad is not the victim.
    for (const text of [
      'Con gái tôi bị bán cho người Trung Quốc, giờ báo cho cơ quan nào?',
      'Em tôi lấy chồng người Đài Loan rồi mất liên lạc, báo cho cơ quan nào?',
      'Em tôi bị người Trung Quốc lừa bán, giờ báo cho cơ quan nào?',
    ]) {
      const asked = await asking(text);
      expect(asked.length, text).toBeGreaterThan(0);
      expect(
        asked.some((q) => q.includes('người nước ngoài')),
        text,
      ).toBe(false);
    }
  });

  it('puts where to report as asked for a victim abroad when the account says they escaped there and are not back', async () => {
    const asked = await asking('Chị tôi bị bán qua Thái Lan, vừa chạy thoát được, giờ đến chỗ nào trình báo để về nước?');
    expect(asked[0]).toMatch(/^Nạn nhân đang ở nước ngoài thì /u);
    // Back home already, or working away in a province ("lao động" is no Lào): the case at home.
    for (const text of [
      'Chị tôi bị bán qua Thái Lan, đã trốn về nhà rồi, giờ đến chỗ nào trình báo?',
      'Em tôi đi lao động ở Bình Dương bị chủ giữ, vừa trốn thoát được, giờ đến chỗ nào trình báo?',
    ]) {
      const home = await asking(text);
      expect(home.length, text).toBeGreaterThan(0);
      expect(
        home.some((q) => q.includes('đang ở nước ngoài')),
        text,
      ).toBe(false);
    }
  });

  it('puts which body to turn to as asked for a victim abroad when the account says they escaped there and are not back', async () => {
    const asked = await asking(
      'Em gái tôi bị lừa sang Campuchia, giờ trốn ra được nhưng còn kẹt bên đó, không giấy tờ gì. Phải liên hệ cơ quan nào để được giúp về nước?',
    );
    expect(asked[0]).toBe('Nạn nhân đang ở nước ngoài thì phải liên hệ cơ quan nào để được giúp về nước?');
    // Back home, the body to turn to is at home; asked how to do something else, it is not where to turn over there.
    for (const text of [
      'Em gái tôi bị lừa sang Campuchia, đã trốn về nhà rồi. Phải liên hệ cơ quan nào để được giúp?',
      'Con tôi bị bán sang Trung Quốc, trốn ra được nhưng chưa về được. Làm thế nào để tố cáo kẻ môi giới ở quê?',
    ]) {
      const asked = await asking(text);
      expect(asked.length, text).toBeGreaterThan(0);
      expect(
        asked.some((q) => q.includes('đang ở nước ngoài')),
        text,
      ).toBe(false);
    }
  });

  it("puts an office's steps as asked for one who came to report there when the account says so", async () => {
    const asked = await asking(
      'Sáng nay có một chị tự tìm đến UBND xã, nói bị bán vô một quán ở tỉnh khác mới trốn về. Cán bộ xã tụi em cần làm những bước gì?',
    );
    expect(asked[0]).toBe('Có người tự đến Ủy ban nhân dân cấp xã trình báo bị mua bán thì cán bộ xã tụi em cần làm những bước gì?');
    // What the person gets is asked of a victim, however they came; a victim handed over, another tier, another
    // account are not one who came to report.
    for (const text of [
      'Sáng nay có một chị tự tìm đến UBND xã, nói bị bán vô một quán mới trốn về. Chị ấy được hỗ trợ gì?',
      'Sáng nay biên phòng giải cứu một chị, đưa về tới xã nơi chị ở. Cán bộ xã tụi em cần làm những bước gì?',
      'Có một cô tự đến Công an tỉnh, khai bị bán sang Trung Quốc. Công an tỉnh cần làm những bước gì?',
      'Tôi lên xã báo chuyện con tôi mất tích mấy hôm nay. Xã phải làm những bước gì?',
      'Có một chị tự đến UBND xã, nói bị bạn trai đánh đập, giữ hết tiền. Cán bộ xã cần làm những bước gì?',
      'Có một cô tự đến UBND tỉnh, nói bị bán sang Trung Quốc. Cán bộ tỉnh cần làm những bước gì?',
    ]) {
      const asked = await asking(text);
      expect(
        asked.some((q) => q.includes('tự đến')),
        text,
      ).toBe(false);
    }
  });

  it('puts who protects the person as asked for a victim abroad when the account says they are not back', async () => {
    const asked = await asking('Con trai tôi bị bán sang Campuchia, tới giờ vẫn chưa về được. Ở bên đó ai lo bảo vệ cho cháu?');
    expect(asked[0]).toBe('Nạn nhân đang ở nước ngoài thì ở bên đó ai lo bảo vệ cho cháu?');
    const stuck = await asking('Em tôi bị bán qua Lào, giờ vẫn còn kẹt bên đó, chưa trốn ra được. Ai có trách nhiệm bảo vệ em ấy?');
    expect(stuck[0]).toMatch(/^Nạn nhân đang ở nước ngoài thì /u);
    // The family at home is the one to protect: not the case of a victim abroad.
    const family = await asking('Em tôi bị bán sang Lào chưa về, bọn chúng tới nhà dọa, ai lo bảo vệ gia đình tôi?');
    expect(family.length).toBeGreaterThan(0);
    expect(family.some((q) => q.includes('đang ở nước ngoài'))).toBe(false);
  });

  it('puts a question about what an agency does as asked for a victim that agency rescued or took in', async () => {
    const asked = await asking('Anh tôi mới được cảnh sát biển cứu về từ một tàu cá hôm kia, cảnh sát biển có lo chỗ ở tạm cho anh không?');
    expect(asked[0]).toBe('Nạn nhân được Cảnh sát biển giải cứu, tiếp nhận thì cảnh sát biển có lo chỗ ở tạm cho anh không?');
    // Asked about something else than the agency's part, the question is put without the victim's case.
    const other = await asking('Anh tôi mới được cảnh sát biển cứu về hôm kia, giờ muốn học nghề thì nộp đơn ở đâu?');
    expect(other.some((q) => q.includes('Cảnh sát biển giải cứu'))).toBe(false);
  });

  it('puts whom the person is handed on to as asked for one who reported at the body the account names', async () => {
    const asked = await asking('Chị tôi bị lừa sang Lào, mới chạy về được và đến công an trình báo. Rồi chị ấy sẽ bị chuyển đến đâu?');
    expect(asked[0]).toBe('Nạn nhân từ nước ngoài tự trở về, đến trình báo tại cơ quan Công an thì rồi chị ấy sẽ bị chuyển đến đâu?');
    // "Chuyển đi đâu" asks the same, with no word between the verb and where.
    const where = await asking('Chị tôi bị lừa sang Lào, mới chạy về được và đến công an trình báo. Rồi chị ấy sẽ bị chuyển đi đâu?');
    expect(where[0]).toBe('Nạn nhân từ nước ngoài tự trở về, đến trình báo tại cơ quan Công an thì rồi chị ấy sẽ bị chuyển đi đâu?');
    // Asked something else than where the person goes next, the question is put without the case.
    const other = await asking('Chị tôi bị lừa sang Lào, mới chạy về được và đến công an trình báo. Giờ muốn học nghề thì nộp đơn ở đâu?');
    expect(other.some((q) => q.includes('đến trình báo tại'))).toBe(false);
  });

  it('reads whether an agency provides something as asking the documents, however long the list asked about', () => {
    const text = 'Chồng tôi vừa thoát khỏi tàu cá, đang ở trạm biên phòng, trạm có lo chỗ ngủ và vé xe cho anh ấy về nhà không?';
    expect(questionPartOf(text)).toBe(text);
  });

  it('takes a quote whose heading names what the question asks about', async () => {
    const ask = (label: string) => async () => ({
      kind: 'answer' as const,
      text: 'Theo Văn bản mẫu [1]: «Nạn nhân làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú.»',
      citations: [{ n: 1, label, sectionId: 's', docId: 'd' }],
    });
    const asked = 'Em mới được đưa về tháng trước, giờ muốn xin trợ cấp khó khăn thì nộp ở đâu?';
    const under = await answerInReport(asked, null, 'Cảm ơn bạn đã báo tin.', ask('Văn bản mẫu › Điều 2. Thủ tục chi trợ cấp khó khăn'));
    expect(under?.text).toContain('«Nạn nhân làm đơn gửi');
    const other = await answerInReport(asked, null, 'Cảm ơn bạn đã báo tin.', ask('Văn bản mẫu › Điều 5. Cấp giấy phép'));
    expect(other?.text ?? '').not.toContain('«Nạn nhân làm đơn gửi');
    // The text's name and its notes, which any quote carries, are no heading ("KH … 2024", "đã hết thời gian thực hiện").
    const noted = await answerInReport(
      'Em ở Quảng Nam, năm 2024 bị lừa bán, giờ muốn xin trợ cấp khó khăn thì nộp ở đâu?',
      null,
      'Cảm ơn bạn đã báo tin.',
      ask('KH Quảng Nam 2024 › V. Tổ chức thực hiện (đã hết thời gian thực hiện)'),
    );
    expect(noted?.text ?? '').not.toContain('«Nạn nhân làm đơn gửi');
  });

  it('takes a quote that names in full what the question shortens ("tiền xe" in "tiền tàu xe")', async () => {
    const quote = 'Theo Văn bản mẫu [1]: «Hỗ trợ tiền tàu xe, tiền ăn trong thời gian đi đường.»';
    const r = await answerInReport(
      'Chị tôi vừa trốn về hôm qua, xã có lo tiền xe về nhà không?',
      null,
      'Cảm ơn bạn đã báo tin.',
      async () => ({
        kind: 'answer',
        text: quote,
        citations: [],
      }),
    );
    expect(r?.text).toContain('«Hỗ trợ tiền tàu xe');
  });
});
