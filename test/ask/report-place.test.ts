// Where a victim or their family reports in person: the sentence comes from the documents (the text in force
// first), the pipeline answers "trình báo thì đến đâu" with it, and the first reply to someone back and safe adds it
// after the hotlines. Small hand-made corpora, questions written for this test.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { asksWhereToReport, inPersonFor, reportPlace } from '../../handlers/report-place.js';
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
  ])('%s → yes', (q) => expect(asksWhereToReport(q)).toBe(true));

  it.each([
    'Xã nhận được trình báo thì báo cho cơ quan nào?',
    'Thời hạn xác minh người đến trình báo là bao lâu?',
    'Muốn báo tin có người bị bán thì gọi ai?',
    // Who acts on a report, not where the asker goes.
    'Hiện tại ai kiểm tra lời khai của người đến trình báo?',
    'Người đến trình báo bị bán thì cấp tỉnh phải phối hợp với ai để làm rõ?',
  ])('%s → no', (q) => expect(asksWhereToReport(q)).toBe(false));
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
