// Whom to report to in a case the regulations set apart (a foreign national trafficked here, the border, the sea and
// the islands): that case's rule, found by what the texts say, not the general duty to report. Hand-made corpora.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { reportRulesFor } from '../../handlers/ask/report-rule.js';
import { situationAsked, situationRules } from '../../handlers/ask/situations.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const LAW = {
  doc: doc('regulations/law.md', 'Luật Mẫu 01/2011', null, { year: 2011 }),
  sections: [
    {
      path: ['Điều 19. Tố giác', '1.'],
      text: '1. Cá nhân có nghĩa vụ tố giác hành vi mua bán người với cơ quan Công an, Ủy ban Mẫu cấp xã hoặc với bất kỳ cơ quan, tổ chức nào.',
    },
  ],
};
const GUIDANCE = {
  doc: doc('regulations/guidance.md', 'TTLT Mẫu', null, { year: 2014 }),
  sections: [
    {
      path: ['Chương II', 'Điều 6. Tiếp nhận nạn nhân tự đến trình báo', '1.'],
      text: '1. Ủy ban Mẫu cấp xã tiếp nhận người khai là nạn nhân và báo ngay cho Phòng Mẫu cấp huyện.',
    },
    {
      path: ['Chương IV', 'Điều 8. Tiếp nhận, xác minh nạn nhân', '1. Trường hợp nạn nhân chưa được giải cứu:'],
      text: 'Cơ quan tiếp nhận thông tin có trách nhiệm báo ngay cho Đội Điều tra Mẫu nơi nạn nhân bị giữ để giải cứu.',
    },
    {
      path: ['Chương IV', 'Điều 8. Tiếp nhận, xác minh nạn nhân', '2.'],
      text: '2. Lấy lời khai sơ bộ (nếu nạn nhân không biết tiếng Việt thì sử dụng người phiên dịch).',
    },
  ],
};
const BORDER_TEXT = {
  doc: doc('regulations/border.md', 'TT Mẫu Biên phòng', null, { year: 2013 }),
  sections: [
    {
      path: ['Điều 1. Phạm vi điều chỉnh'],
      text: 'Thông tư này quy định biện pháp của Lực lượng Mẫu trong phòng, chống mua bán người ở khu vực biên giới, biển và hải đảo.',
    },
    { path: ['Điều 6. Biện pháp nghiệp vụ', '4.'], text: '4. Tổ chức tiếp nhận, xác minh tin báo tố giác tội phạm mua bán người.' },
  ],
};
const corpus = makeCorpus('s', [LAW, GUIDANCE, BORDER_TEXT]);
const deps: AskDeps = {
  answer: async () => ({ kind: 'abstain', text: 'không có', citations: [] }),
  corpus: () => corpus,
};

describe('the case a question sets apart', () => {
  it.each([
    ['Thấy một người nước ngoài bị bán sang đây thì báo cho cơ quan nào?', 'foreigner'],
    ['nan nhan quoc tich nuoc ngoai thi to giac voi ai', 'foreigner'],
    // A nationality named: a foreign national here, also near the border.
    ['Gặp một phụ nữ quốc tịch Campuchia bị giữ ở xã để bán thì báo ai?', 'foreigner'],
    ['có cô gái Trung Quốc bị đưa sang đây bán thì báo cơ quan nào', 'foreigner'],
    ['người Lào bị lừa bán ở vùng biên giới thì báo ai', 'foreigner'],
    ['Ngoài khơi gặp người bị bán thì báo đơn vị nào?', 'borderSea'],
    ['o vung bien gioi thay nguoi bi ban thi bao ai', 'borderSea'],
    ['Phát hiện người bị mua bán trên hòn đảo thì báo ai?', 'borderSea'],
  ])('%s → %s', (q, situation) => expect(situationAsked(q)).toBe(situation));

  it.each([
    'Muốn tố giác mua bán người thì báo cơ quan nào?',
    // Taken across the border, a victim is abroad; "chỉ đạo" is no island.
    'Em tôi bị đưa qua biên giới bán rồi, báo cơ quan nào?',
    'Ai chỉ đạo việc tiếp nhận nạn nhân?',
    // Sold to China, or to a Chinese man, a victim is Vietnamese.
    'Chị tôi bị bán sang Trung Quốc thì báo cơ quan nào?',
    'Con gái tôi bị bán cho người Trung Quốc thì báo ai?',
  ])('%s → none', (q) => expect(situationAsked(q)).toBeUndefined());
});

describe('the rule for a set-apart case', () => {
  it("for a foreign national is their article's duty to inform at once, found by the article speaking of their language", () => {
    expect(situationRules('Nạn nhân người nước ngoài thì báo cơ quan nào?', corpus).map((s) => s.quote)).toEqual([
      'Cơ quan tiếp nhận thông tin có trách nhiệm báo ngay cho Đội Điều tra Mẫu nơi nạn nhân bị giữ để giải cứu.',
    ]);
  });

  it('at the border or sea is the scope of the text written for that area and its sentence on taking reports', () => {
    expect(situationRules('Trên biển gặp người bị bán thì báo ai?', corpus).map((s) => s.section.path[0])).toEqual([
      'Điều 1. Phạm vi điều chỉnh',
      'Điều 6. Biện pháp nghiệp vụ',
    ]);
  });

  it('is the general duty when no case is set apart, or when no text holds the case', () => {
    expect(reportRulesFor('Tố giác mua bán người thì báo với cơ quan nào?', corpus)[0].quote).toContain('Cá nhân có nghĩa vụ tố giác');
    const lawOnly = makeCorpus('l', [LAW]);
    expect(reportRulesFor('Trên biển gặp người bị bán thì báo ai?', lawOnly)[0].quote).toContain('Cá nhân có nghĩa vụ tố giác');
  });
});

describe('asked whom to report to', () => {
  it('a set-apart case is answered with its rule and the emergency lines, not the general duty', async () => {
    const r = await askQuestion('Thấy người nước ngoài bị giữ để bán thì báo cho cơ quan nào?', {}, deps);
    expect(r.text).toContain('Đội Điều tra Mẫu');
    expect(r.text).not.toContain('Cá nhân có nghĩa vụ tố giác');
    expect(r.text).toContain('113');
    const sea = await askQuestion('ngoai bien phat hien nguoi bi ban thi bao don vi nao', {}, deps);
    expect(sea.text).toContain('Lực lượng Mẫu');
    expect(sea.citations.map((c) => c.docId)).toEqual(['regulations/border.md', 'regulations/border.md']);
  });

  it('a body that received the victim asks its own procedure', async () => {
    const r = await askQuestion('Sau khi tiếp nhận nạn nhân người nước ngoài, Phòng Mẫu phải thông báo cho ai?', {}, deps);
    expect(r.text).not.toContain('Lực lượng Mẫu');
    expect(r.text).not.toMatch(/^Theo TTLT Mẫu › Chương IV › Điều 8[^\n]*: «Cơ quan tiếp nhận thông tin/);
  });
});
