// A person still abroad asking where over there to get help to come home: the documents' sentences on the
// representative mission abroad answer, not the phone directory. Hand-made corpus, questions written for this test.
import { describe, expect, it } from 'vitest';
import { asksHelpAbroad, asksProtectionAbroad, helpAbroadAnswer, protectionAbroadAnswer, staysAbroad } from '../../handlers/ask/abroad.js';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const LAW = {
  doc: doc('regulations/law.md', 'Luật Mẫu 01/2011', null, { status: 'replaced' as const, year: 2011 }),
  sections: [
    {
      path: ['Điều 26. Tiếp nhận nạn nhân từ nước ngoài trở về', '1.', 'a)'],
      text: 'a) Cơ quan đại diện Việt Nam ở nước ngoài tiếp nhận thông tin về nạn nhân, cấp giấy tờ cần thiết, làm thủ tục đưa họ về nước;',
    },
    {
      path: ['Điều 30. Trách nhiệm của Bộ Mẫu'],
      text: 'Thông tin, tài liệu do cơ quan đại diện Việt Nam ở nước ngoài cung cấp được dùng để xác định nạn nhân.',
    },
  ],
};
const GUIDANCE = {
  doc: doc('regulations/guidance.md', 'TT Mẫu 02/2014', null, { year: 2014 }),
  sections: [
    {
      path: ['Điều 4. Tiếp nhận nạn nhân đang ở nước ngoài', '1.', 'b)'],
      text:
        'b) Trường hợp người tự khai là nạn nhân đến trình báo tại cơ quan đại diện Việt Nam ở nước ngoài:\n' +
        '- Hướng dẫn nạn nhân kê khai vào Tờ khai.\n' +
        'Trong thời hạn 03 ngày, Cơ quan đại diện Việt Nam ở nước ngoài cấp giấy thông hành cho nạn nhân không có giấy tờ hợp lệ.',
    },
  ],
};
const corpus = makeCorpus('abroad', [LAW, GUIDANCE]);

describe('asksHelpAbroad', () => {
  it.each([
    'Em gái tôi bị bán sang Trung Quốc, giờ ở bên đó phải đến cơ quan nào để được giúp về nước?',
    'chi toi bi lua qua campuchia, mat het giay to, gio tim ai de duoc ve',
    'Con tôi đang ở Malaysia, muốn về Việt Nam thì liên hệ ai bên ấy?',
    'Nạn nhân đang ở nước ngoài không có hộ chiếu thì làm sao để về nước?',
    // Over there and wanting Vietnam's agencies told, whether or not a country is named.
    'Tôi hiện ở Đài Loan, muốn tố giác chủ sử dụng với cơ quan Việt Nam thì tìm ai?',
    'minh o ben han quoc, bi giu giay to, muon bao cho phia viet nam thi lien he dau',
    'Em ấy còn ở bên đó, muốn trình báo thì đến cơ quan nào?',
    // A call or a message from over there is no one back.
    'Con tôi gọi điện từ bên Trung Quốc về, nói bị giữ không cho về, muốn đưa về thì liên hệ cơ quan nào?',
    'Cháu tôi bị lừa sang Campuchia, vẫn gửi tiền từ nước ngoài về, giờ muốn về nước thì tìm cơ quan nào?',
    // The host country ("nước sở tại") is over there too.
    'Người bị bán ra nước ngoài đã trốn thoát thì tìm cơ quan nào ở nước sở tại để trình báo?',
    // Still over there and asking where to report, with no wish to come home said.
    'Người bị mua bán còn đang ở nước ngoài thì khai báo ở đâu?',
    'Chị tôi bị bán sang Lào, thoát ra rồi mà chưa về được, giờ chị phải tới đâu trình báo?',
    'em toi bi ban qua campuchia, van con ket ben do, em phai trinh bao voi co quan nao',
    // "tới" (to) folds like "tôi" (I): going to report is not the asker reporting from home.
    'Người bị bán còn kẹt lại ở Campuchia thì phải tới trình báo ở đâu?',
    'nguoi bi ban con ket lai o campuchia thi phai di toi trinh bao o dau',
    // Money sent home, or a ransom, is no fare.
    'con toi o campuchia van gui tien ve nha, gio no muon ve nuoc thi lien he co quan nao',
    'Em tôi bị giữ bên Campuchia, bọn nó đòi ai trả tiền chuộc mới cho về, giờ liên hệ cơ quan nào?',
    // "Báo cáo" said for reporting it, not an office's report of results.
    'Em gái tôi bị bán sang Trung Quốc, giờ còn kẹt bên đó. Muốn về nước thì báo cáo với cơ quan nào?',
  ])('%s → yes', (q) => expect(asksHelpAbroad(q)).toBe(true));

  it.each([
    // Already back, a number asked for, no wish to come home, or not abroad at all.
    'Chị tôi bị bán sang Lào, đã trốn về nhà, muốn trình báo thì đến đâu?',
    // Back from over there, however the place is said.
    'Em gái tôi trốn từ bên kia biên giới về, giờ đi trình báo ở đâu?',
    'Con tôi bị giữ ở Campuchia, muốn về thì gọi số nào?',
    'Con tôi đang ở Trung Quốc thì gia đình báo tin cho ai?',
    'Người lao động muốn về quê thì liên hệ cơ quan nào?',
    'Cơ quan đại diện ở nước ngoài cấp giấy thông hành trong bao lâu?',
    // The asker is at home, reporting on a relative abroad or on whoever sold them.
    'Con tôi đang ở Campuchia, muốn báo cho công an thì đến đâu?',
    'Vợ tôi bị bán sang Lào, gia đình muốn tố giác kẻ bán thì báo cơ quan nào?',
    'Thấy người quen bị lừa dắt sang bên kia bán, tôi cần báo cho cơ quan nào?',
    'em ho minh bi dua qua ben do roi, minh phai bao cho ai',
    'Con trai tôi bị bán qua Trung Quốc, đến giờ chưa về, gia đình tôi muốn trình báo thì đến đâu?',
    // "dì tôi" (my aunt) typed with marks is the family at home.
    'Con gái dì tôi bị bán qua bên kia, dì tôi muốn trình báo thì đến cơ quan nào?',
    // Who takes in a person handed back at the border: the reception at home.
    'Người bị bán bên Lào được trả về qua cửa khẩu ở tỉnh thì bên nào nhận?',
    'nan nhan bi ban sang trung quoc duoc dua ve san bay thi co quan nao ra don',
    // The fare home is asked: the rules on what is paid answer it.
    'Người bị bán ở Lào được giúp về nước thì tiền vé máy bay do ai trả, đưa về tới đâu?',
    'nguoi bi ban dang o campuchia muon ve que thi tien xe ai lo, lien he ai',
    // An office's statistics or reports on victims abroad: the plans' division of work.
    'Cơ quan nào thống kê số nạn nhân bị mua bán ở nước ngoài và chi phí về nước cho nạn nhân?',
    'Đơn vị nào tổng hợp, báo cáo việc đưa nạn nhân ở nước ngoài về nước?',
  ])('%s → no', (q) => expect(asksHelpAbroad(q)).toBe(false));
});

describe('staysAbroad', () => {
  it.each([
    'Nạn nhân đang ở nước ngoài thì trình báo ở đâu?',
    'Cháu bị bán sang Campuchia, đến nay vẫn chưa về.',
    'Vợ tôi bị bán qua Trung Quốc, trốn được nhưng còn kẹt lại bên đó.',
    'Em tôi bị đưa sang Lào, hiện vẫn còn bên ấy.',
  ])('%s → yes', (q) => expect(staysAbroad(q)).toBe(true));

  it.each([
    'Chị tôi bị bán sang Lào, đã trốn về nhà rồi.',
    'Con tôi bị bán sang Trung Quốc, nay đã về nước được hai tháng.',
    'Nạn nhân đang ở trung tâm bảo trợ xã hội của tỉnh.',
    'Em tôi đi lao động ở Bình Dương, vẫn chưa về quê.',
  ])('%s → no', (q) => expect(staysAbroad(q)).toBe(false));
});

describe('asksProtectionAbroad', () => {
  it.each([
    'Cháu tôi bị bán sang Campuchia, còn kẹt bên đó, ai lo bảo vệ cháu?',
    'Nạn nhân đang ở nước ngoài thì cơ quan nào bảo hộ?',
    'nan nhan van con o nuoc ngoai thi duoc bao ve nhu the nao',
    'chau con ket ben lao, ben nao bao ve tinh mang cho chau',
    // Typed with marks, "bảo vệ" before a body is still protection ("báo về" is told apart by its marks).
    'Cháu còn kẹt bên Lào, ai bảo vệ, công an hay đại sứ quán?',
  ])('%s → yes', (q) => expect(asksProtectionAbroad(q)).toBe(true));

  it.each([
    // The family at home to protect, the person already back, or nobody abroad.
    'Em tôi bị bán sang Lào chưa về, bọn chúng tới nhà dọa, ai bảo vệ gia đình tôi?',
    'Con tôi bị bán sang Trung Quốc, đã trốn về nhà, giờ ai bảo vệ cháu?',
    'Nạn nhân đang ở trung tâm bảo trợ thì ai bảo vệ?',
    // Where to go, not who protects; "báo về" (report to) folds like "bảo vệ" (protect).
    'Nạn nhân đang ở nước ngoài thì trình báo ở đâu?',
    'Cháu còn kẹt bên Lào, bên nào báo về công an tỉnh?',
    'chau con ket ben lao, ben nao bao ve cong an tinh',
  ])('%s → no', (q) => expect(asksProtectionAbroad(q)).toBe(false));
});

describe('protectionAbroadAnswer', () => {
  const PROTECTS = {
    doc: doc('regulations/protect.md', 'Luật Mẫu 03/2011', null, { status: 'replaced' as const, year: 2011 }),
    sections: [
      {
        path: ['Điều 46. Trách nhiệm của Bộ Ngoại giao', '1.'],
        text: '1. Chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài thực hiện công tác bảo hộ đối với công dân Việt Nam là nạn nhân.',
      },
    ],
  };
  const planOf = (province: string) => ({
    doc: doc(`plans/${province}.md`, `KH ${province}`, province),
    sections: [
      {
        path: ['5. Bảo vệ an toàn cho nạn nhân'],
        text: '- Văn phòng tham mưu đề xuất Bộ Ngoại giao chỉ đạo Cơ quan đại diện Việt Nam ở nước ngoài áp dụng các biện pháp bảo vệ nạn nhân.',
      },
    ],
  });
  const protectCorpus = makeCorpus('protect', [PROTECTS, planOf('tinh-a'), planOf('tinh-b')]);

  it("quotes the mission's protection of citizens, then the plan of the province asked about only", () => {
    const r = protectionAbroadAnswer(protectCorpus, 'tinh-a', '• 113: Công an');
    expect(r?.citations.map((c) => c.docId)).toEqual(['regulations/protect.md', 'plans/tinh-a.md']);
    expect(r?.text).toMatch(/^Theo Luật Mẫu 03\/2011 .*«Chỉ đạo các cơ quan đại diện .* công tác bảo hộ/);
    expect(r?.text).toContain('• 113');
  });

  it('quotes no plan when the province is not known', () => {
    expect(protectionAbroadAnswer(protectCorpus, null, '')?.citations.map((c) => c.docId)).toEqual(['regulations/protect.md']);
  });

  it('answers nothing from a corpus that does not say it', () => {
    expect(protectionAbroadAnswer(corpus, 'tinh-a', '')).toBeUndefined();
  });
});

describe('helpAbroadAnswer', () => {
  it('quotes where the person reports and what the mission does, the text in force first, then the hotlines', () => {
    const r = helpAbroadAnswer(corpus, '• 113: Công an');
    const text = r?.text ?? '';
    expect(text).toMatch(/^Theo TT Mẫu 02\/2014 › Điều 4\. .* \[1\]: «Trường hợp người tự khai .* ở nước ngoài:» «Trong thời hạn 03 ngày/);
    expect(text).toContain('\nTheo Luật Mẫu 01/2011 › Điều 26. ');
    expect(text).not.toContain('cung cấp được dùng');
    expect(text.indexOf('• 113')).toBeGreaterThan(text.indexOf('Luật Mẫu'));
    expect(r?.citations.map((c) => c.docId)).toEqual(['regulations/guidance.md', 'regulations/law.md']);
  });

  it('answers nothing from a corpus that does not say it', () => {
    expect(helpAbroadAnswer(makeCorpus('none', [{ ...LAW, sections: [LAW.sections[1]] }]), '')).toBeUndefined();
  });
});

describe('the pipeline', () => {
  const deps: AskDeps = {
    answer: async () => ({ kind: 'answer', text: 'Theo X [1]: «khác»', citations: [] }),
    corpus: () => corpus,
    contacts: () => loadContacts(),
  };

  it('answers help abroad from the documents, not from the phone directory', async () => {
    const r = await askQuestion('Con tôi bị bán sang Malaysia, giờ cháu muốn về thì liên hệ cơ quan nào ở bên đó?', {}, deps);
    expect(r.text).toMatch(/^Theo TT Mẫu 02\/2014/);
    expect(r.text).not.toContain('Số điện thoại cần nhớ');
  });

  it('answers someone over there who wants Vietnam told from the documents', async () => {
    const r = await askQuestion('Tôi đang ở Myanmar, muốn báo cho cơ quan Việt Nam là tôi bị lừa bán thì đến đâu?', {}, deps);
    expect(r.text).toMatch(/^Theo TT Mẫu 02\/2014/);
    expect(r.text).toContain('113');
  });

  it('gives the national lines, not "not in the documents", to a caller naming the country they are in', async () => {
    const r = await askQuestion('Đang ở Hàn Quốc thì gọi số nào để báo tin bị mua bán?', {}, deps);
    expect(r.text).toContain('Số điện thoại cần nhớ');
  });

  it('reads Lào Cai as a province, not as abroad', async () => {
    const r = await askQuestion('Ở Lào Cai thì gọi số nào để báo tin?', {}, deps);
    expect(r.text).toMatch(/Lào Cai không có trong các văn bản/);
  });

  it('answers where a victim still abroad reports with the mission, not the places at home', async () => {
    const atHome = {
      doc: doc('regulations/home.md', 'Luật Mẫu 04/2024', null),
      sections: [
        {
          path: ['Điều 27. Tiếp nhận người đến trình báo', '1.'],
          text: '1. Người nào cho rằng mình là nạn nhân thì đến Ủy ban nhân dân cấp xã trình báo về việc bị mua bán.',
        },
      ],
    };
    const both: AskDeps = { ...deps, corpus: () => makeCorpus('both', [LAW, GUIDANCE, atHome]) };
    const r = await askQuestion('Nạn nhân hiện vẫn ở nước ngoài thì trình báo tại đâu?', {}, both);
    expect(r.text).toMatch(/^Theo TT Mẫu 02\/2014/);
    expect(r.text).not.toContain('Ủy ban nhân dân cấp xã');
    const back = await askQuestion('Nạn nhân đã từ nước ngoài về nhà thì trình báo tại đâu?', {}, both);
    expect(back.text).toContain('Ủy ban nhân dân cấp xã');
  });

  it('keeps the directory for a number', async () => {
    const r = await askQuestion('Con tôi bị giữ ở Campuchia, muốn về thì gọi số nào?', {}, deps);
    expect(r.text).toContain('Số điện thoại cần nhớ');
  });
});
