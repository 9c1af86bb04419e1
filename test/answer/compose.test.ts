// The extractive answer leads with the sentence that answers and quotes without cutting off the fact.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, excerptOf } from '../../handlers/answer.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

describe('answerTypes', () => {
  it.each([
    ['Hồ sơ phải nộp trong bao lâu?', 'time'],
    ['Báo cáo gửi trước ngày nào?', 'time'],
    ['Mỗi người được hỗ trợ bao nhiêu tiền?', 'amount'],
    ['Cơ quan nào chịu trách nhiệm tiếp nhận?', 'agency'],
    ['Cần chuẩn bị giấy tờ gì?', 'papers'],
    ['Chế độ hỗ trợ gồm những gì?', 'list'],
  ])('%s asks for %s', (q, type) => expect(answerTypes(q)).toContain(type));

  it.each([
    ['Tổ tư vấn phải có tối thiểu mấy thành viên?', 'count'],
    ['Đoàn kiểm tra gồm ít nhất bao nhiêu người?', 'count'],
    ['Mỗi lần cấp bao nhiêu bộ hồ sơ?', 'count'],
  ])('%s asks for %s', (q, type) => expect(answerTypes(q)).toContain(type));

  it('does not read a phone number or a number of days as a count of things', () => {
    expect(answerTypes('Tổng đài bảo vệ trẻ em số mấy?')).not.toContain('count');
    expect(answerTypes('Phải báo cáo trong mấy ngày?')).toEqual(['time']);
  });

  it('recognises a count of things, not a clause marker, a reference, a date or a number of days', () => {
    expect(carries('count', 'b) Có ít nhất 04 (bốn) thành viên đã qua tập huấn.')).toBe(true);
    expect(carries('count', 'Diện tích tối thiểu 15 m2 cho mỗi người.')).toBe(true);
    for (const s of ['1. Điều kiện thành lập tổ tư vấn', 'theo quy định tại khoản 2 Điều 7', 'từ ngày 01/07/2025', 'trong 10 (mười) ngày'])
      expect(carries('count', s), s).toBe(false);
  });

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

  it('reaches past a lead-in to the sentence or point of the same clause that states what is asked', async () => {
    const rules = {
      doc: doc('regulations/tt-mau.md', 'TT mẫu', null, { title: 'Thông tư mẫu về chi hỗ trợ nạn nhân' }),
      sections: [
        {
          path: ['Điều 5. Chi bồi dưỡng'],
          text:
            '1. Chi bồi dưỡng cho người trực tiếp canh giữ cơ sở tạm lánh của nạn nhân vào ban đêm. Mức chi tối đa 80.000 đồng/người/đêm.\n' +
            '2. Chi in tài liệu tuyên truyền cho người dân ở thôn, bản.\n' +
            '3. Chi tiền ăn cho học viên lớp tập huấn: 50.000 đồng/người/ngày.',
        },
        {
          path: ['Điều 7. Tổ tư vấn cộng đồng'],
          text: '1. Tổ tư vấn cộng đồng được thành lập khi có đủ các điều kiện sau\na) Có nơi sinh hoạt ổn định tại thôn, bản;\nb) Có ít nhất 04 (bốn) thành viên đã qua tập huấn.',
        },
      ],
    };
    const index = await openKnowledgeIndex({ corpus: makeCorpus('h-lead', [rules]), fusion: SECTION_UNITS });
    const lead = async (q: string) => (await answer(q, { index, province: null })).text.split('\n')[0];
    expect(await lead('Người canh giữ cơ sở tạm lánh ban đêm được bồi dưỡng bao nhiêu tiền?')).toMatch(/canh giữ.*80\.000 đồng/);
    expect(await lead('Thành lập tổ tư vấn cộng đồng cần tối thiểu mấy thành viên?')).toContain('04 (bốn) thành viên');
    // Another clause's amount is about something else: the lead never borrows it.
    expect(await lead('In tài liệu tuyên truyền cho người dân ở thôn, bản được chi bao nhiêu tiền?')).not.toContain('50.000');
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
