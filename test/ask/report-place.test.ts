// Where a victim or their family reports in person: the sentence comes from the documents (the text in force
// first), the pipeline answers "trình báo thì đến đâu" with it, and the first reply to someone back and safe adds it
// after the hotlines. Small hand-made corpora, questions written for this test.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import {
  asksWhereToReport,
  asksWhomToTellAfterCrossing,
  borderReportPlaces,
  cameBack,
  inPersonFor,
  reportPlace,
} from '../../handlers/report-place.js';
import { situationOf } from '../../handlers/conversation/situation.js';
import { firstCaseReply } from '../../handlers/replies/situation.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const OLD_LAW = {
  doc: doc('regulations/old-law.md', 'Luật Cũ 01/2000', null, { status: 'replaced' as const, year: 2000 }),
  sections: [
    {
      path: ['Điều 5. Tiếp nhận người tự trở về', '1.'],
      text: '1. Nạn nhân có thể đến Phòng Tiếp dân cũ khai báo về việc bị mua bán. Phòng Tiếp dân cũ báo cáo cấp trên.',
    },
  ],
};
const NEW_LAW = {
  doc: doc('regulations/new-law.md', 'Luật Mới 02/2024', null, { year: 2024 }),
  sections: [
    {
      path: ['Điều 9. Tiếp nhận người đến trình báo', '1.'],
      text: '1. Người có căn cứ cho rằng mình là nạn nhân thì đến Ủy ban Tiếp nhận cấp xã hoặc Đồn Mẫu nơi gần nhất trình báo về việc bị mua bán. Ủy ban Tiếp nhận cấp xã thông báo ngay cho cấp tỉnh.',
    },
  ],
};
const PLAN = {
  doc: doc('plans/mau.md', 'KH Tỉnh Mẫu', 'quang-nam'),
  sections: [{ path: ['II. Nhiệm vụ'], text: 'Tuyên truyền về trình báo về việc bị mua bán đến người dân.' }],
};

const both = makeCorpus('h', [OLD_LAW, NEW_LAW, PLAN]);
// A guidance text whose clause on people back from abroad is a heading over its points, as parsed documents have it.
const GUIDANCE = {
  doc: doc('regulations/guidance.md', 'TT Mẫu 03/2014', null, { year: 2014 }),
  sections: [
    {
      path: [
        'Điều 5. Tiếp nhận nạn nhân từ nước ngoài tự trở về',
        '1. Trường hợp nạn nhân từ nước ngoài tự trở về, đến trình báo tại Trạm Biên Mẫu',
        'a) Trạm Biên Mẫu thực hiện',
      ],
      text: '- Lấy lời khai nạn nhân;\n- Bàn giao nạn nhân cho Ủy ban Tiếp nhận cấp xã gần nhất.',
    },
    {
      path: [
        'Điều 5. Tiếp nhận nạn nhân từ nước ngoài tự trở về',
        '1. Trường hợp nạn nhân từ nước ngoài tự trở về, đến trình báo tại Trạm Biên Mẫu',
        'b) Ủy ban Tiếp nhận cấp xã thực hiện',
      ],
      text: 'Tiếp nhận, xác minh theo quy định.',
    },
  ],
};
const withBorder = makeCorpus('g', [OLD_LAW, NEW_LAW, GUIDANCE, PLAN]);

describe('reportPlace', () => {
  it('takes the sentence naming where to go from the text in force, over a replaced one and over plans', () => {
    const place = reportPlace(both);
    expect(place?.doc.id).toBe('regulations/new-law.md');
    expect(place?.quote).toBe(
      'Người có căn cứ cho rằng mình là nạn nhân thì đến Ủy ban Tiếp nhận cấp xã hoặc Đồn Mẫu nơi gần nhất trình báo về việc bị mua bán.',
    );
  });

  it('falls back to the replaced text when it is the only one, and finds nothing in a corpus without such a sentence', () => {
    expect(reportPlace(makeCorpus('o', [OLD_LAW]))?.quote).toMatch(/^Nạn nhân có thể đến Phòng Tiếp dân cũ/);
    expect(reportPlace(makeCorpus('p', [PLAN]))).toBeUndefined();
  });
});

describe('asksWhereToReport', () => {
  it.each([
    'Con tôi đã về nhà, muốn khai báo thì đi đâu?',
    'toi tu tron ve roi, trinh bao o dau',
    'Người bị bán trở về thì đến cơ quan nào để trình báo?',
    'Muốn trình báo trực tiếp thì gặp ai ạ?',
    'Nạn nhân tự trốn về thì trình báo cơ quan nào?',
    // Southern "vô" (go in) is a verb of going.
    'thoát về tới biên giới rồi thì vô đâu khai báo',
    // Plain "báo" with going somewhere.
    'Con tôi mất liên lạc, muốn báo thì tới đâu báo?',
    'muon bao thi phai den co quan nao',
    // A choice between two bodies asks which one, with a verb of reporting or after getting back from being sold.
    'Muốn khai báo thì lên ủy ban xã hay ra đồn công an?',
    'chau bi ban sang bien gioi chay thoat ve roi thi toi cong an huyen hay ve xa',
  ])('%s → yes', (q) => expect(asksWhereToReport(q)).toBe(true));

  it.each([
    'Xã nhận được trình báo thì báo cho cơ quan nào?',
    'Thời hạn xác minh người đến trình báo là bao lâu?',
    'Muốn báo tin có người bị bán thì gọi ai?',
    // Who acts on a report, not where the asker goes.
    'Hiện tại ai kiểm tra lời khai của người đến trình báo?',
    'Người đến trình báo bị bán thì cấp tỉnh phải phối hợp với ai để làm rõ?',
    // Protecting, or a line to call, is no going somewhere to report.
    'Bảo vệ nạn nhân thì đưa đi đâu?',
    'Muốn báo tin thì gọi đi đâu?',
    // A choice of bodies for something other than reporting.
    'Nạn nhân muốn học nghề thì đến trung tâm hay lên huyện?',
    // Back from being sold, but going for something else; "tư vấn về" is no "tự về".
    'Con bị bán trốn về rồi, muốn nhận tiền hỗ trợ thì lên xã hay lên huyện?',
    'Nạn nhân cần tư vấn về học nghề thì đến trung tâm hay lên huyện?',
    // "Vợ ai" (whose wife), folded like "vô ai": already reported, asking something else.
    'Con gái tôi bị bán làm vợ ai cũng không biết, nhà đã trình báo công an rồi, giờ phải làm gì?',
  ])('%s → no', (q) => expect(asksWhereToReport(q)).toBe(false));
});

describe('where a person back from abroad reports', () => {
  it('quotes a clause heading once, cited at the clause, with the points under it', () => {
    const found = borderReportPlaces(withBorder);
    expect(found.map((s) => s.quote)).toEqual(['Trường hợp nạn nhân từ nước ngoài tự trở về, đến trình báo tại Trạm Biên Mẫu']);
    expect(found[0].path?.at(-1)).toMatch(/^1\. Trường hợp/);
    expect(found[0].section.text).toContain('Bàn giao nạn nhân');
  });

  it.each([
    'Tôi trốn về qua cửa khẩu hôm qua thì báo cho cơ quan nào?',
    'chi toi tu ve qua duong mon bien gioi, bao cho ai',
    'Tôi vừa trốn từ Trung Quốc về qua đường tiểu ngạch thì báo cho ai?',
  ])('%s → asks whom to tell after crossing', (q) => expect(asksWhomToTellAfterCrossing(q)).toBe(true));

  it.each([
    // Not back, or not a border crossing, or telling about someone else's crossing to the hotline.
    'Con tôi đang ở cửa khẩu, báo cho ai?',
    'Tôi đã về nhà thì báo cho ai?',
    'Thấy người lạ dẫn trẻ em qua biên giới thì báo tin cho ai?',
  ])('%s → no', (q) => expect(asksWhomToTellAfterCrossing(q)).toBe(false));
});

describe('cameBack', () => {
  it.each([
    'Cháu tôi bị bán sang Lào, hôm qua chạy từ bên kia biên giới về được rồi.',
    'em gai toi tron tu ben do ve hom truoc',
    'Chị ấy được trao trả từ Trung Quốc về qua cửa khẩu.',
    'Nó tự bắt xe về, giờ đang ở nhà.',
    'Tôi vừa từ bên đó về được hai hôm.',
    'me toi tu tro ve roi',
    // Money or news said as nouns beside it: still back.
    'Cháu tôi bị bán sang Lào, hết tiền nên tự về nhà rồi.',
    'Được tin cháu đã từ Lào về.',
    'Nạn nhân đã từ nước ngoài về nhà.',
  ])('%s → back', (q) => expect(cameBack(q)).toBe(true));

  it.each([
    // Money, a call or a message from over there: the person is still there.
    'Con gái tôi ở Campuchia, tháng nào cũng gửi tiền từ nước ngoài về.',
    'chong toi bi giu ben lao, toi qua moi goi dien tu ben do ve',
    'Em tôi hay nhắn tin từ bên ấy về kêu cứu.',
  ])('%s → not back', (q) => expect(cameBack(q)).toBe(false));
});

describe('the pipeline on where to report in person', () => {
  const deps = (calls: string[]): AskDeps => ({
    answer: async (q) => {
      calls.push(q);
      return { kind: 'answer', text: 'Theo X [1]: «khác»', citations: [] };
    },
    corpus: () => both,
    contacts: () => loadContacts(),
  });

  it('answers with the documents sentence and its citation, and the hotlines, without retrieval', async () => {
    const calls: string[] = [];
    const r = await askQuestion('Em gái tôi được thả về rồi, gia đình muốn khai báo thì đến đâu?', {}, deps(calls));
    expect(calls).toEqual([]);
    expect(r.text).toMatch(/^Theo Luật Mới 02\/2024 › Điều 9\. .* \[1\]: «Người có căn cứ .*Ủy ban Tiếp nhận cấp xã/);
    expect(r.text).toContain('113');
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/new-law.md']);
  });

  it('for someone back from abroad, adds where the documents say they report at the border, after the law', async () => {
    const d = { ...deps([]), corpus: () => withBorder };
    const r = await askQuestion('Chị tôi bị bán sang Lào, nay tự trốn về qua biên giới, muốn trình báo thì đến đâu?', {}, d);
    expect(r.text).toMatch(
      /^Theo Luật Mới 02\/2024 .*\n\nVới người từ nước ngoài tự trở về:\nTheo TT Mẫu 03\/2014 › Điều 5\. .* › khoản 1 \[2\]: «Trường hợp nạn nhân từ nước ngoài/s,
    );
    expect(r.citations.map((c) => c.docId)).toEqual(['regulations/new-law.md', 'regulations/guidance.md']);
    // Back from somewhere at home: the law's sentence alone.
    const home = await askQuestion('Em gái tôi được thả về rồi, gia đình muốn khai báo thì đến đâu?', {}, d);
    expect(home.text).not.toContain('Với người từ nước ngoài');
  });

  it('leaves a question asking for a number to the directory', async () => {
    const calls: string[] = [];
    const r = await askQuestion('Muốn trình báo thì gọi số nào, đến đâu?', {}, deps(calls));
    expect(r.text).toContain('Số điện thoại cần nhớ');
  });
});

describe('the first reply to a report by someone back and safe', () => {
  const reply = (text: string, label: 'emergency' | 'report' = 'report') => {
    const situation = situationOf(text);
    const place = inPersonFor(label, situation, text, both);
    return firstCaseReply(
      label,
      { n: 7, situation, hotlines: '• 113: Công an', waiting: 'Chờ.', ...(place ? { inPerson: `ĐẾN: ${place.quote}` } : {}) },
      true,
    );
  };

  it('adds the place to report in person after the hotlines', () => {
    const text = reply('Tôi bị lừa bán sang bên kia, tuần trước đã trốn về được nhà, giờ muốn trình báo');
    expect(text.indexOf('• 113')).toBeGreaterThan(0);
    expect(text.indexOf('ĐẾN: Người có căn cứ')).toBeGreaterThan(text.indexOf('• 113'));
    expect(text).not.toContain('Giữ điện thoại kín đáo');
  });

  it('does not add it for someone held now, nor to an emergency', () => {
    expect(reply('Cứu em, em đang bị nhốt, muốn trình báo thì đi đâu')).not.toContain('ĐẾN:');
    expect(reply('Chị tôi đã trốn về nhà nhưng bọn chúng đang đến, cứu với', 'emergency')).not.toContain('ĐẾN:');
  });
});
