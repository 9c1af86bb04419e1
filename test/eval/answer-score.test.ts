import { describe, expect, it } from 'vitest';
import { isHedged, normalizeAnswerText, saysNotCovered, scoreAnswer, summarize, type AnswerItem } from '../../tools/eval/answer-score.js';

const item = (over: Partial<AnswerItem>): AnswerItem => ({ id: 'x', question: 'q', expect: 'answer', facts: [], sources: [], ...over });

describe('normalizeAnswerText', () => {
  it('joins digit groups split by spaces, dots or commas and drops markdown marks', () => {
    expect(normalizeAnswerText('Gọi **1800 1581** hoặc 1 800 1581')).toBe('gọi 18001581 hoặc 18001581');
    expect(normalizeAnswerText('mức 30.000 đồng, 2,5 triệu')).toBe('mức 30000 đồng, 25 triệu');
    expect(normalizeAnswerText('a,  b.\n c')).toBe('a, b. c');
  });

  it('composes decomposed (NFD) text and lowercases it', () => {
    expect(normalizeAnswerText('Sở Y tế'.normalize('NFD'))).toBe('sở y tế');
  });
});

describe('scoreAnswer', () => {
  const fact = item({ facts: [['15/12'], ['Sở Y tế', 'y tế cấp tỉnh']], sources: ['plans/a.md'] });

  it('passes an answer that meets every fact group and cites a listed source', () => {
    const s = scoreAnswer(fact, { text: 'Báo cáo trước ngày 15/12 cho SỞ Y TẾ [1]', citedDocs: ['plans/a.md'] });
    expect(s).toMatchObject({ pass: true, abstained: false, hedged: false });
  });

  it('fails on a missing fact group, a wrong source or an abstention', () => {
    expect(scoreAnswer(fact, { text: 'trước ngày 15/12', citedDocs: ['plans/a.md'] }).pass).toBe(false);
    expect(scoreAnswer(fact, { text: '15/12, Sở Y tế', citedDocs: ['plans/b.md'] }).pass).toBe(false);
    const abst = scoreAnswer(fact, {
      text: 'Xin lỗi, tôi chưa tìm thấy nội dung đủ liên quan trong các văn bản. 15/12 Sở Y tế',
      citedDocs: ['plans/a.md'],
    });
    expect(abst).toMatchObject({ pass: false, abstained: true });
  });

  it('accepts any citation, or none, when the item lists no source', () => {
    expect(scoreAnswer(item({ facts: [['Đà Nẵng']] }), { text: 'nay thuộc thành phố Đà Nẵng', citedDocs: [] }).pass).toBe(true);
  });

  it('passes an abstain item only when the reply says the documents do not cover it and quotes nothing', () => {
    const a = item({ expect: 'abstain' });
    expect(scoreAnswer(a, { text: 'Nội dung này không có trong các văn bản hiện có. Bạn có thể liên hệ: 111', citedDocs: [] }).pass).toBe(
      true,
    );
    expect(
      scoreAnswer(a, { text: 'Theo các văn bản hiện có:\n[1] X\n«Một đoạn trích dài không liên quan đến câu hỏi»', citedDocs: ['x'] }).pass,
    ).toBe(false);
    expect(
      scoreAnswer(a, {
        text: 'Tôi chưa tìm thấy nội dung này trong các văn bản.\n«Một đoạn trích dài không liên quan đến câu hỏi»',
        citedDocs: [],
      }).pass,
    ).toBe(false);
  });

  it('counts an answer under an unsure intro as hedged', () => {
    expect(isHedged('Tôi chưa chắc chắn đã tìm đúng nội dung, các đoạn sau có thể liên quan:\n«…»')).toBe(true);
    expect(isHedged('Theo các văn bản hiện có: tôi chưa chắc chắn')).toBe(false);
    expect(saysNotCovered('Theo các văn bản hiện có:')).toBe(false);
  });
});

describe('summarize', () => {
  it('counts passes overall, by expectation and by type', () => {
    const pass = { pass: true, abstained: false, hedged: false, reasons: [] };
    const fail = { pass: false, abstained: false, hedged: true, reasons: ['x'] };
    const s = summarize([
      { item: item({ type: 'fact' }), score: pass },
      { item: item({ type: 'fact' }), score: fail },
      { item: item({ type: 'out_of_scope', expect: 'abstain' }), score: pass },
    ]);
    expect(s).toEqual({
      n: 3,
      pass: 2,
      passRate: 0.667,
      answerN: 2,
      answerPass: 1,
      abstainN: 1,
      abstainPass: 1,
      hedged: 1,
      byType: { fact: { n: 2, pass: 1 }, out_of_scope: { n: 1, pass: 1 } },
    });
  });
});
