// Whom a report of trafficking goes to: the documents' rule naming the bodies, quoted with its source beside the
// directory's lines; which leads follows what is asked (a body, or a number). Hand-made corpora and questions.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { reportBodies, reportRuleOrder } from '../../handlers/ask/report-rule.js';
import { NO_UPDATES, type Updates } from '../../knowledge/updates.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const LAW = {
  doc: doc('regulations/law.md', 'Luật Mẫu 01/2011', null, { year: 2011 }),
  sections: [
    {
      path: ['Điều 19. Tố giác, tin báo', '1.'],
      text: '1. Cá nhân có nghĩa vụ tố giác hành vi mua bán người với Đồn Mẫu, Ủy ban Mẫu cấp xã hoặc với bất kỳ cơ quan, tổ chức nào.',
    },
    { path: ['Điều 20. Tuyên truyền'], text: 'Cơ quan báo chí tuyên truyền về việc tố giác tội phạm.' },
  ],
};
const PLAN = {
  doc: doc('plans/mau.md', 'KH Tỉnh Mẫu', 'quang-nam'),
  sections: [{ path: ['II. Nhiệm vụ'], text: 'Vận động người dân tố giác với cơ quan chức năng.' }],
};
const corpus = makeCorpus('r', [LAW, PLAN]);
const UPDATES: Updates = {
  ...NO_UPDATES,
  hotlines: [{ number: '999', fact: 'Tổng đài 999 tiếp nhận tố giác về mua bán người.', confidence: 'high', sources: ['Nguồn Mẫu'] }],
};

const deps: AskDeps = {
  answer: async () => ({ kind: 'abstain', text: 'không có', citations: [] }),
  corpus: () => corpus,
  updates: () => UPDATES,
};

describe('reportRuleOrder', () => {
  it.each([
    ['Tố giác hành vi mua bán người thì báo với cơ quan nào?', 'rule-first'],
    ['to giac mua ban nguoi thi bao voi co quan nao', 'rule-first'],
    ['Báo tin buôn người cho đơn vị nào?', 'rule-first'],
    ['Thấy người bị dụ đi bán thì báo công an nào?', 'rule-first'],
    ['Báo tin về vụ buôn người thì gọi số nào?', 'lines-first'],
    ['Tố giác với cơ quan nào, số điện thoại là gì?', 'lines-first'],
    ['Thấy người bị dụ đi bán thì báo ai?', 'lines-first'],
  ])('%s → %s', (q, order) => expect(reportRuleOrder(q)).toBe(order));

  it.each([
    // No report, or a report upward, or nothing asked of where it goes.
    'Gọi số nào khi bị lạc?',
    'Sở phải báo cáo kết quả cho cơ quan nào?',
    'Tố giác mua bán người có được khen thưởng không?',
  ])('%s → no rule', (q) => expect(reportRuleOrder(q)).toBeUndefined());
});

describe('the rule on whom reports go to', () => {
  it("is the regulations' sentence naming the bodies, never a plan's", () => {
    expect(reportBodies(corpus).map((s) => s.quote)).toEqual([
      'Cá nhân có nghĩa vụ tố giác hành vi mua bán người với Đồn Mẫu, Ủy ban Mẫu cấp xã hoặc với bất kỳ cơ quan, tổ chức nào.',
    ]);
    expect(reportBodies(makeCorpus('p', [PLAN]))).toEqual([]);
  });

  it('leads the reply to a question asking which body, with its citation, the line that takes reports today and the lines', async () => {
    const r = await askQuestion('Tố giác mua bán người thì báo với cơ quan nào?', {}, deps);
    expect(r.text.indexOf('Đồn Mẫu')).toBeLessThan(r.text.indexOf('113'));
    expect(r.text).toContain('Tổng đài 999 tiếp nhận tố giác về mua bán người. (nguồn: Nguồn Mẫu)');
    expect(r.citations[0]).toMatchObject({ n: 1, docId: 'regulations/law.md' });
    expect(r.text).toMatch(/Luật Mẫu 01\/2011 › Điều 19[^\n]*\[1\]: «Cá nhân có nghĩa vụ tố giác/);
  });

  it('follows the lines when a number is asked, numbered after their citations', async () => {
    const r = await askQuestion('Báo tin mua bán người thì gọi số nào?', {}, deps);
    expect(r.text.indexOf('113')).toBeLessThan(r.text.indexOf('Đồn Mẫu'));
    expect(r.citations.at(-1)).toMatchObject({ n: r.citations.length, docId: 'regulations/law.md' });
  });

  it('is left out without a regulation stating it: the lines alone', async () => {
    const r = await askQuestion('Tố giác mua bán người thì báo với cơ quan nào?', {}, { ...deps, corpus: () => makeCorpus('q', [PLAN]) });
    expect(r.text).toContain('113');
    expect(r.citations.some((c) => c.docId === 'regulations/law.md')).toBe(false);
  });
});
