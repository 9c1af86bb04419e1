// The extractive answer leads with the sentence that answers and quotes without cutting off the fact.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, excerptOf } from '../../handlers/answer.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

describe('answerTypes', () => {
  it.each([
    ['Hồ sơ phải nộp trong bao lâu?', 'time'],
    ['Báo cáo gửi trước ngày nào?', 'time'],
    ['Mỗi người được hỗ trợ bao nhiêu tiền?', 'amount'],
    ['Cơ quan nào chịu trách nhiệm tiếp nhận?', 'agency'],
    ['Cần chuẩn bị giấy tờ gì?', 'papers'],
    ['Chế độ hỗ trợ gồm những gì?', 'list'],
  ])('%s asks for %s', (q, type) => expect(answerTypes(q)).toContain(type));

  it('recognises sentences that carry an amount, a time limit or an agency', () => {
    expect(carries('amount', 'Mức chi 50.000 đồng/người/lần.')).toBe(true);
    expect(carries('time', 'trong thời hạn 05 (năm) ngày làm việc')).toBe(true);
    expect(carries('agency', 'Thông báo cho Sở Y tế nơi cư trú.')).toBe(true);
    expect(carries('time', 'Tổ chức tuyên truyền cho người dân.')).toBe(false);
  });
});

describe('excerptOf', () => {
  it('keeps the clause with the fact of a long sentence, marking what was left out', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `cơ quan thứ ${i + 1} phối hợp tuyên truyền trong cộng đồng dân cư`).join(', ');
    const sentence = `${filler}, Sở Y tế báo cáo kết quả trước ngày 15/12 hằng năm, ${filler}.`;
    const q = 'Sở Y tế báo cáo trước ngày nào?';
    const out = excerptOf(sentence, queryProfile(q), answerTypes(q), 200);
    expect(out).toContain('trước ngày 15/12');
    expect(out.length).toBeLessThanOrEqual(210);
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(excerptOf('Câu ngắn.', queryProfile(q), [], 200)).toBe('Câu ngắn.');
  });
});

describe('answer composition', () => {
  let fixture: KnowledgeIndex;
  let bundled: KnowledgeIndex;
  beforeAll(async () => {
    fixture = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    bundled = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('leads with the sentence carrying the asked deadline, named with its source, without an unsure intro', async () => {
    const r = await answer('Công an tỉnh gửi báo cáo kết quả trước ngày nào?', { index: fixture, province: 'quang-nam' });
    const first = r.text.split('\n')[0];
    expect(first).toMatch(/^Theo KH Quảng Nam 2024 \[1\]: «.*15\/12.*»$/);
    expect(r.text).not.toContain('chưa chắc chắn');
  });

  it('answers a list question with the clause and its lettered points', async () => {
    const r = await answer('Nạn nhân là công dân Việt Nam được hưởng những chế độ hỗ trợ nào?', { index: bundled, province: null });
    expect(r.kind).toBe('answer');
    for (const item of ['Hỗ trợ y tế', 'Hỗ trợ tâm lý', 'Trợ giúp pháp lý']) expect(r.text).toContain(item);
  });

  it('shows the validity note of a replaced text next to its citation', async () => {
    const r = await answer('Theo TTLT 134/2013, mức chi mua thuốc chữa bệnh cho người được xác định là nạn nhân?', {
      index: bundled,
      province: null,
    });
    const cited = r.citations.find((c) => c.docId.includes('ttlt-134'));
    expect(cited?.label).toMatch(/thay thế/);
    expect(r.text).toContain(cited!.label);
  });
});
