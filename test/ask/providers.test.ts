// Who gives a service: a province's plan names the concrete agency and leads, the national rule follows; without a
// province, the national rule and what each plan names. Hand-made corpus; agencies invented for this test.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { providerAnswer, providerIn } from '../../handlers/ask/providers.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const LAW = {
  doc: doc('regulations/luat.md', 'Luật Mẫu', null),
  sections: [
    {
      path: ['Điều 30. Trách nhiệm của Bộ Mẫu', '2.'],
      text: '2. Hướng dẫn các trung tâm trợ giúp pháp lý thực hiện trợ giúp pháp lý cho nạn nhân.',
    },
    {
      path: ['Điều 39. Cơ quan, tổ chức thực hiện việc hỗ trợ nạn nhân', '3.'],
      text: '3. Cơ sở bảo trợ xã hội thực hiện hỗ trợ tâm lý cho nạn nhân.',
    },
    {
      path: ['Điều 39. Cơ quan, tổ chức thực hiện việc hỗ trợ nạn nhân', '4.'],
      text: '4. Trung tâm trợ giúp pháp lý nhà nước thực hiện trợ giúp pháp lý cho nạn nhân.',
    },
  ],
};
const PLAN_A = {
  doc: doc('plans/a.md', 'KH Quảng Nam Mẫu', 'quang-nam'),
  sections: [
    {
      path: ['V. Tổ chức thực hiện', '1. Sở Xã hội Mẫu'],
      text: 'Tổ chức tập huấn kỹ năng tư vấn tâm lý cho cán bộ. Chỉ đạo Trung tâm Tâm An tư vấn tâm lý cho nạn nhân; tuyên truyền về phòng, chống mua bán người.',
    },
  ],
};
const PLAN_B = {
  doc: doc('plans/b.md', 'KH Bình Định Mẫu', 'binh-dinh'),
  sections: [{ path: ['III. Nhiệm vụ', '2.'], text: 'Tăng cường tuyên truyền về trợ giúp pháp lý cho nạn nhân.' }],
};
const corpus = makeCorpus('p', [LAW, PLAN_A, PLAN_B]);

describe('providerIn', () => {
  it('picks the sentence naming who gives the service, not training or campaigns about it', () => {
    const p = providerIn(corpus, 'psychological', (d) => d.province === 'quang-nam');
    expect(p?.quote).toBe('Chỉ đạo Trung tâm Tâm An tư vấn tâm lý cho nạn nhân');
  });

  it('in a national text, prefers the provider over the ministry that guides it', () => {
    expect(providerIn(corpus, 'legal', (d) => d.province === null)?.quote).toBe(
      'Trung tâm trợ giúp pháp lý nhà nước thực hiện trợ giúp pháp lý cho nạn nhân.',
    );
  });

  it('finds nothing where a plan only campaigns about the service', () => {
    expect(providerIn(corpus, 'legal', (d) => d.province === 'binh-dinh')).toBeUndefined();
  });
});

describe('providerAnswer', () => {
  it('with a province, leads with its plan and keeps the national rule after it', () => {
    const r = providerAnswer('Nạn nhân cần tư vấn tâm lý thì tìm ai?', 'quang-nam', corpus, null);
    expect(r?.text).toMatch(/^Theo KH Quảng Nam Mẫu › V\. Tổ chức thực hiện › 1\. Sở Xã hội Mẫu \[1\]: «Chỉ đạo Trung tâm Tâm An/);
    expect(r?.text).toMatch(/\n\nQuy định chung: theo Luật Mẫu › Điều 39\. .* \[2\]: «Cơ sở bảo trợ xã hội/);
    expect(r?.citations.map((c) => c.docId)).toEqual(['plans/a.md', 'regulations/luat.md']);
  });

  it('says when the province plan names no provider, and gives the national rule', () => {
    const r = providerAnswer('Nạn nhân cần trợ giúp pháp lý thì hỏi ai?', 'binh-dinh', corpus, null);
    expect(r?.text).toMatch(/^Kế hoạch của tỉnh trong kho không nêu đơn vị cụ thể/);
    expect(r?.text).toContain('Trung tâm trợ giúp pháp lý nhà nước thực hiện');
    expect(r?.citations.map((c) => c.docId)).toEqual(['regulations/luat.md']);
  });

  it('without a province, gives the national rule and then what each plan names', () => {
    const r = providerAnswer('Nạn nhân cần tư vấn tâm lý thì tìm ai?', null, corpus, null);
    const text = r?.text ?? '';
    expect(text.indexOf('Cơ sở bảo trợ xã hội')).toBeLessThan(text.indexOf('Trung tâm Tâm An'));
    expect(text).toContain('Kế hoạch của các tỉnh trong kho nêu cụ thể:\n• ');
  });

  it('answers nothing for a question naming no service, or one nobody is named for', () => {
    expect(providerAnswer('Nạn nhân cần gì thì liên hệ ai?', null, corpus, null)).toBeUndefined();
    expect(providerAnswer('Nạn nhân cần phiên dịch thì liên hệ ai?', null, corpus, null)).toBeUndefined();
  });
});

describe('service questions in chat wording go to the providers', () => {
  const deps: AskDeps = {
    answer: async () => ({ kind: 'answer', text: 'Theo X [1]: «khác»', citations: [] }),
    corpus: () => corpus,
  };

  it.each([
    'nan nhan can tu van tam ly thi di dau',
    'Nạn nhân cần tư vấn tâm lý thì gặp ai?',
    'cần tư vấn tâm lý cho nạn nhân thì liên lạc chỗ nào',
  ])('%s', async (q) => {
    const r = await askQuestion(q, { province: 'quang-nam' }, deps);
    expect(r.text).toMatch(/^Theo KH Quảng Nam Mẫu/);
  });
});

describe('asking which agency does the work, without a word of contacting', () => {
  const deps: AskDeps = {
    answer: async () => ({ kind: 'answer', text: 'Theo X [1]: «khác»', citations: [] }),
    corpus: () => corpus,
  };

  it.each([
    'Ở tỉnh tôi bên nào lo tư vấn tâm lý cho nạn nhân?',
    'tu van tam ly cho nan nhan thi don vi nao phu trach',
    'Việc tư vấn tâm lý do cơ quan nào thực hiện?',
    'Ai chịu trách nhiệm tư vấn tâm lý cho nạn nhân?',
  ])('%s → the provider sentences', async (q) => {
    const r = await askQuestion(q, { province: 'quang-nam' }, deps);
    expect(r.text).toMatch(/^Theo KH Quảng Nam Mẫu/);
  });

  it.each([
    // What the service is, or a service with nobody asked for: the documents' passages.
    'Tư vấn tâm lý cho nạn nhân gồm những gì?',
    'Bên nào lo việc tuyên truyền ở xã?',
  ])('%s → retrieval', async (q) => {
    const r = await askQuestion(q, { province: 'quang-nam' }, deps);
    expect(r.text).toBe('Theo X [1]: «khác»');
  });
});
