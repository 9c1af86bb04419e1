import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { parseProvince } from '../../handlers/ask/province.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { UNSURE_INTRO } from '../../handlers/answer.js';
import { readUpdatesOf } from '../../knowledge/updates.js';

const directory = loadContacts();

function fakeAnswer(text = 'Theo các văn bản hiện có:\n\n[1] X\n«trích»') {
  const calls: { q: string; province: string | null | undefined }[] = [];
  const deps: AskDeps = {
    answer: async (q, ctx) => {
      calls.push({ q, province: ctx.province });
      return { kind: 'answer', text, citations: [{ n: 1, label: 'X', sectionId: 's', docId: 'd' }] };
    },
    contacts: () => directory,
  };
  return { deps, calls };
}

/** The bundled documents, read once for the steps that ask them. */
const bundled = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const withBundled = (deps: AskDeps): AskDeps => ({ ...deps, corpus: () => bundled });

/** Each message, taken for small talk, gets the honest "not in the documents" with the lines, from no passage. */
async function expectNotCovered(messages: string[]): Promise<void> {
  const { deps, calls } = fakeAnswer();
  for (const asked of messages) {
    const r = await askQuestion(asked, { intent: 'smalltalk' }, withBundled(deps));
    expect(r.kind, asked).toBe('abstain');
    expect(r.text, asked).toContain('không có trong các văn bản hiện có');
    expect(r.text, asked).toContain('111');
  }
  expect(calls).toHaveLength(0);
}

/** Each message, taken for small talk, gets the greeting. */
async function expectGreeting(messages: string[]): Promise<void> {
  const { deps } = fakeAnswer();
  for (const chat of messages) expect((await askQuestion(chat, { intent: 'smalltalk' }, withBundled(deps))).kind, chat).toBe('notice');
}

describe('askQuestion', () => {
  it("reads a province's abbreviation in an agency's name as the province it names", async () => {
    const { deps, calls } = fakeAnswer();
    await askQuestion('Báo QN phải làm gì về phòng chống mua bán người?', { province: null }, deps);
    await askQuestion('Sở LĐTBXH ST chỉ đạo trung tâm nào tiếp nhận nạn nhân?', { province: 'quang-nam' }, deps);
    expect(calls[0].q).toContain('Báo Quảng Nam');
    expect(calls[1].q).toContain('LĐTBXH Sóc Trăng');
    // The province set from it picks the province's own line when none is chosen.
    const contact = await askQuestion('Báo tin mua bán người ở QN thì gọi số nào?', { province: null }, deps);
    expect(contact.text).toContain('1800 1581');
  });

  it('answers a contact question from the directory, not from retrieval', async () => {
    const { deps, calls } = fakeAnswer();
    const r = await askQuestion('Gọi số nào để báo tin mua bán người?', { province: 'quang-nam' }, deps);
    expect(r.text).toContain('1800 1581');
    expect(calls).toHaveLength(0);
  });

  it('asks the documents which agency provides a named service, keeping the directory for numbers and as the fallback', async () => {
    const { deps, calls } = fakeAnswer('Theo KH [1]: «Sở Tư pháp chỉ đạo Trung tâm Trợ giúp pháp lý nhà nước…»');
    const service = await askQuestion('Nạn nhân cần trợ giúp pháp lý thì liên hệ cơ quan nào?', { province: 'quang-nam' }, deps);
    expect(service.text).toMatch(/^Theo KH \[1\]: «Sở Tư pháp/);
    expect(calls).toHaveLength(1);
    // Asking for the number of the same service is a directory question.
    const number = await askQuestion('Số điện thoại trợ giúp pháp lý cho nạn nhân là số mấy?', { province: 'quang-nam' }, deps);
    expect(number.text).toContain('1800 1581');
    expect(calls).toHaveLength(1);
    // When the documents give a hedged answer, one whose lead names no agency, or none, the directory answers.
    for (const [kind, text] of [
      ['answer', `${UNSURE_INTRO}\n«Sở Tư pháp…»`],
      ['answer', 'Theo TTLT [1]: «nạn nhân được hỗ trợ một lần chi phí»'],
      ['abstain', 'Không có.'],
    ] as const) {
      const weak: AskDeps = { ...deps, answer: async () => ({ kind, text, citations: [] }) };
      const r = await askQuestion('Nạn nhân cần chỗ ở tạm thời thì liên hệ đơn vị nào?', { province: 'quang-nam' }, weak);
      expect(r.text, kind).toContain('Số điện thoại cần nhớ');
    }
  });

  it('asks again the way the documents name a provider when the first lead gives a rate or no service', async () => {
    const calls: string[] = [];
    const deps: AskDeps = {
      answer: async (q) => {
        calls.push(q);
        return q.includes('cơ quan nào thực hiện')
          ? {
              kind: 'answer',
              text: 'Theo KH [1]: «Chỉ đạo các cơ sở y tế khám, chữa bệnh cho nạn nhân.»',
              citations: [{ n: 1, label: 'KH › V. Tổ chức thực hiện › 5. Sở Y tế', sectionId: 's', docId: 'd' }],
            }
          : {
              kind: 'answer',
              text: 'Theo TTLT [1]: «Tiền khám, chữa bệnh: áp dụng mức chi của Bộ Tài chính.»',
              citations: [{ n: 1, label: 'TTLT › Điều 3', sectionId: 't', docId: 'e' }],
            };
      },
      contacts: () => directory,
    };
    const r = await askQuestion('Nạn nhân cần khám chữa bệnh thì liên hệ ở đâu?', { province: 'quang-nam' }, deps);
    expect(calls).toEqual(['Nạn nhân cần khám chữa bệnh thì liên hệ ở đâu?', 'Nạn nhân cần khám chữa bệnh thì cơ quan nào thực hiện?']);
    // The quote names no agency, but its section is the agency's.
    expect(r.text).toMatch(/^Theo KH \[1\]: «Chỉ đạo các cơ sở y tế/);
  });

  it('prefers the lead whose agency gives the service over one naming an agency only where it is given', async () => {
    const calls: string[] = [];
    const deps: AskDeps = {
      answer: async (q) => {
        calls.push(q);
        const text = q.includes('cơ quan nào thực hiện')
          ? 'Theo Luật [1]: «Trung tâm trợ giúp pháp lý nhà nước thực hiện trợ giúp pháp lý cho nạn nhân.»'
          : 'Theo KH [1]: «… trợ giúp pháp lý cho nạn nhân trong thời gian lưu trú tại Trung tâm Bảo trợ xã hội tỉnh.»';
        return { kind: 'answer', text, citations: [{ n: 1, label: 'X › Điều 1', sectionId: 's', docId: 'd' }] };
      },
      contacts: () => directory,
    };
    const r = await askQuestion('Nạn nhân cần trợ giúp pháp lý thì liên hệ nơi nào?', { province: null }, deps);
    expect(calls).toHaveLength(2);
    expect(r.text).toMatch(/^Theo Luật \[1\]: «Trung tâm trợ giúp pháp lý nhà nước thực hiện/);
    // With no better lead, the one naming an agency still answers rather than the directory.
    const only: AskDeps = {
      ...deps,
      answer: async (q) => ({
        ...(await deps.answer(q, {})),
        text: 'Theo KH [1]: «… trợ giúp pháp lý cho nạn nhân trong thời gian lưu trú tại Trung tâm Bảo trợ xã hội tỉnh.»',
      }),
    };
    expect((await askQuestion('Nạn nhân cần trợ giúp pháp lý thì liên hệ nơi nào?', { province: null }, only)).text).toMatch(/^Theo KH/);
  });

  it('answers a contact question even when triage took it for small talk', async () => {
    const { deps } = fakeAnswer();
    const r = await askQuestion('cho mình xin số đường dây nóng', { province: null, intent: 'smalltalk' }, deps);
    expect(r.text).toContain('111');
  });

  it('answers a short message on the subject even when triage took it for small talk', async () => {
    const { deps, calls } = fakeAnswer();
    const r = await askQuestion('chế độ trợ cấp cho nạn nhân', { intent: 'smalltalk' }, withBundled(deps));
    expect(r.kind).toBe('answer');
    expect(calls).toHaveLength(1);
  });

  it('answers a short question in the documents’ own words even when triage took it for small talk', async () => {
    const { deps, calls } = fakeAnswer();
    const withCorpus = withBundled(deps);
    expect((await askQuestion('những hành vi nào bị nghiêm cấm', { intent: 'smalltalk' }, withCorpus)).kind).toBe('answer');
    expect(calls).toHaveLength(1);
    // Words the documents do not use, or no question asked: still small talk.
    for (const chat of ['bạn tên gì', 'cảm ơn nhiều nhé'])
      expect((await askQuestion(chat, { intent: 'smalltalk' }, withCorpus)).kind, chat).toBe('notice');
    expect(calls).toHaveLength(1);
  });

  it('says a question about the world outside the documents is not covered, instead of greeting', async () => {
    await expectNotCovered([
      'hôm nay thời tiết thế nào',
      'xe buýt số 5 chạy đến mấy giờ',
      'xe buyt so 5 chay den may gio',
      'bạn ơi cho hỏi lịch tiếp dân tuần sau',
      // A province of the documents and, folded, their "có mua": typed with diacritics, "có mưa" is the weather.
      'mai ở Đồng Nai có mưa không',
    ]);
    // Asked of the bot itself, with or without marks ("ban" is also "bán"): the greeting.
    await expectGreeting(['bạn có biết hát không', 'ban co biet hat khong', 'bot có buồn không']);
  });

  it('reads a request typed like a search, without a question word or marks, as asking the world', async () => {
    await expectNotCovered([
      'lich cat nuoc khu pho 4 thang nay',
      'gia vang sjc hom nay',
      'giờ mở cửa bưu điện huyện',
      'mat dien o phuong minh toi nay',
    ]);
    // Chat that names a day or a word like "lịch" without asking for anything stays small talk.
    await expectGreeting(['hôm nay mệt quá', 'hẹn gặp lại tuần sau nhé', 'bạn lịch sự quá', 'cam on, hen tuan sau']);
  });

  it("says a plan of a province the documents do not hold is not covered, even when it names a victims' year", async () => {
    const { deps, calls } = fakeAnswer();
    for (const asked of [
      'Kế hoạch hỗ trợ nạn nhân bị mua bán của tỉnh Lào Cai năm 2024 giao sở nào chủ trì?',
      'ke hoach ho tro nan nhan bi mua ban cua tinh Lao Cai nam 2024 giao so nao chu tri',
    ]) {
      const r = await askQuestion(asked, {}, { ...withBundled(deps), updates: () => readUpdatesOf(BUNDLED_KNOWLEDGE_DIR) });
      expect(r.kind, asked).toBe('abstain');
      expect(r.text, asked).toMatch(/^Thông tin về Lao Cai|^Thông tin về Lào Cai/);
    }
    expect(calls).toHaveLength(0);
  });

  it('asks the documents about a plan even when triage took the message for small talk', async () => {
    const { deps, calls } = fakeAnswer();
    const r = await askQuestion('kế hoạch này lấy tiền ở đâu', { province: 'quang-nam', intent: 'smalltalk' }, withBundled(deps));
    expect(r.kind).toBe('answer');
    expect(calls).toHaveLength(1);
  });

  it('greets small talk that asks nothing', async () => {
    const { deps, calls } = fakeAnswer();
    const r = await askQuestion('chào bạn', { intent: 'smalltalk' }, deps);
    expect(r.kind).toBe('notice');
    expect(calls).toHaveLength(0);
  });

  it('gives a clear message for input that cannot be a question', async () => {
    const { deps, calls } = fakeAnswer();
    expect((await askQuestion('   ', {}, deps)).text).toContain('Bạn chưa nhập câu hỏi');
    expect((await askQuestion('What support do victims get?'.replace(/[a-z]/gi, 'ж'), {}, deps)).text).toContain('tiếng Việt');
    expect(calls).toHaveLength(0);
  });

  it('passes other questions to the retrieval answer with the user province', async () => {
    const { deps, calls } = fakeAnswer();
    const r = await askQuestion('Nạn nhân được hỗ trợ những gì?', { province: 'binh-dinh' }, deps);
    expect(r.kind).toBe('answer');
    expect(calls).toEqual([{ q: 'Nạn nhân được hỗ trợ những gì?', province: 'binh-dinh' }]);
  });

  it('never shows button payloads or prompt tags in the text', async () => {
    const { deps } = fakeAnswer('Trả lời [1]\n\n(Xem toàn văn [1] → full:3r.2)\n<tai_lieu>');
    const r = await askQuestion('Nạn nhân được hỗ trợ những gì?', {}, deps);
    expect(r.text).toBe('Trả lời [1]');
  });
});

describe('askQuestion stages', () => {
  it('reports each stage it enters, in order, ending where the first step replies', async () => {
    const { deps } = fakeAnswer();
    const seen: string[] = [];
    await askQuestion('Nạn nhân được hỗ trợ những gì?', { onStage: (s) => seen.push(s) }, deps);
    expect(seen).toEqual([
      'read',
      'checkQuestion',
      'figuresNotHeld',
      'sumNotHeld',
      'plannedAmendmentNotHeld',
      'textParticulars',
      'textScope',
      'partnerPlan',
      'planOfUnknownPlace',
      'changes',
      'mergedUnitPlan',
      'laterPeriodNotHeld',
      'planOfPeriodNotHeld',
      'helpAbroad',
      'reportInPerson',
      'reportInSetApartCase',
      'passOn',
      'contacts',
      'outOfScope',
      'greeting',
      'retrieval',
      'notes',
      'done',
    ]);
    seen.length = 0;
    await askQuestion('   ', { onStage: (s) => seen.push(s) }, deps);
    expect(seen).toEqual(['read', 'checkQuestion', 'notes', 'done']);
  });
});

describe('parseProvince', () => {
  it('accepts a slug or a name and lists the known provinces otherwise', () => {
    expect(parseProvince('quang-nam')).toEqual({ province: 'quang-nam' });
    expect(parseProvince('Bình Định')).toEqual({ province: 'binh-dinh' });
    expect(parseProvince(undefined)).toEqual({ province: null });
    const bad = parseProvince('ha-giang');
    expect('error' in bad && bad.error).toMatch(/ha-giang.*quang-nam \(Quảng Nam\)/);
  });
});

describe('askQuestion on what the documents only name', () => {
  const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
  const withCorpus = (): { deps: AskDeps; calls: unknown[] } => {
    const { deps, calls } = fakeAnswer();
    return { deps: { ...deps, corpus: () => corpus }, calls };
  };

  it('says a text the documents only cite is not held, names where they cite it, and quotes nothing', async () => {
    const { deps, calls } = withCorpus();
    const r = await askQuestion('Quy chế phối hợp số 2548/QCPH-LĐTBXH-CA-QP-NG có bao nhiêu điều?', {}, deps);
    expect(r.kind).toBe('abstain');
    expect(r.text).toMatch(/^Toàn văn Quy chế phối hợp số 2548\/QCPH-LĐTBXH-CA-QP-NG không có trong các văn bản hiện có/);
    expect(r.text).toContain('KH Sóc Trăng');
    expect(r.text).not.toContain('«');
    expect(calls).toHaveLength(0);
  });

  it('says what a form holds is not in the documents, naming where the form is required', async () => {
    const { deps, calls } = withCorpus();
    const r = await askQuestion('Tờ khai dùng cho nạn nhân bị mua bán trong nước gồm những mục nào?', {}, deps);
    expect(r.kind).toBe('abstain');
    expect(r.text).toMatch(/không có trong các văn bản hiện có .*Điều 6/s);
    expect(calls).toHaveLength(0);
  });

  it('still asks the documents what a plan says of a text it cites', async () => {
    const { deps, calls } = withCorpus();
    await askQuestion('Kế hoạch của Sóc Trăng được ban hành căn cứ Quy chế phối hợp số 2548 nào?', {}, deps);
    expect(calls).toHaveLength(1);
  });
});

describe('a province written short', () => {
  const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
  const deps: AskDeps = {
    answer: async () => ({ kind: 'abstain', text: 'Không có.', citations: [] }),
    contacts: () => directory,
    corpus: () => corpus,
    updates: () => readUpdatesOf(BUNDLED_KNOWLEDGE_DIR),
  };

  it('is read as the province, whose contacts answer, with no note on the plan that states a national line', async () => {
    const r = await askQuestion('QNam: nạn nhân bị lừa bán trở về thì liên hệ cơ quan nào?', { province: null }, deps);
    expect(r.text).toContain('Trung tâm Công tác xã hội Quảng Nam');
    expect(r.text).toContain('KH Quảng Nam 2024 do tỉnh Quảng Nam ban hành trước khi sáp nhập');
    // The 111 line is cited from the Bình Định plan, which says nothing of Bình Định here.
    expect(r.text).not.toContain('Bình Định');
    const binhDinh = await askQuestion('B.Định: nạn nhân cần hỗ trợ thì liên hệ cơ quan nào?', { province: null }, deps);
    expect(binhDinh.text).toContain('KH Bình Định 2021–2025 do tỉnh Bình Định ban hành trước khi sáp nhập');
  });

  it("that fits two provinces of the documents is read by the user's province, and else as none", async () => {
    const ask = (province: string | null) => askQuestion('ĐN: gọi số nào để báo tin mua bán người?', { province }, deps);
    expect((await ask('quang-nam')).text).toContain('1800 1581');
    expect((await ask('dong-nai')).text).toContain('tỉnh Đồng Nai');
    const none = await ask(null);
    expect(none.text).toContain('/tinh');
    expect(none.text).not.toContain('Đồng Nai');
    expect(none.text).not.toContain('1800 1581');
  });
});
