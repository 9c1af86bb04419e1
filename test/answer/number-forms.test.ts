// "Trong 3 ngày" finds the documents' "03 (ba) ngày", "06 tháng" their plain "6 tháng": a count a question names is
// searched and scored in the forms the documents write it. Hand-made corpus.
import { describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { numberWords, withNumberForms } from '../../handlers/answer/number-forms.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

describe('withNumberForms', () => {
  it('adds the zero-padded, spelled-out form and the plain one, once each', () => {
    expect(withNumberForms('Hồ sơ thiếu thì trong 3 ngày làm việc phải làm gì?')).toBe(
      'Hồ sơ thiếu thì trong 3 ngày làm việc phải làm gì?\n03 (ba) ngày làm việc',
    );
    expect(withNumberForms('báo cáo 06 tháng và 6 tháng')).toBe('báo cáo 06 tháng và 6 tháng\n06 (sáu) tháng; 6 tháng');
    expect(withNumberForms('trong 15 ngày')).toBe('trong 15 ngày\n15 (mười lăm) ngày');
  });

  it('leaves years, dates, references and questions without a count as they are', () => {
    for (const q of ['Kế hoạch năm 2024 giao ai?', 'Báo cáo trước 15/12 hằng năm', 'theo khoản 3 Điều 7', 'Ai tiếp nhận nạn nhân?'])
      expect(withNumberForms(q)).toBe(q);
  });

  it('spells numbers as the documents do', () => {
    expect([3, 10, 11, 15, 20, 21, 45, 60].map(numberWords)).toEqual([
      'ba',
      'mười',
      'mười một',
      'mười lăm',
      'hai mươi',
      'hai mươi mốt',
      'bốn mươi lăm',
      'sáu mươi',
    ]);
  });
});

describe('an answer to a question writing a count plainly', () => {
  it('leads with the sentence writing it zero-padded and spelled out', async () => {
    const rules = {
      doc: doc('regulations/nd-mau.md', 'NĐ mẫu', null, { title: 'Nghị định mẫu về cơ sở trợ giúp' }),
      sections: [
        {
          path: ['Điều 6. Tiếp nhận hồ sơ'],
          text:
            'Trường hợp hồ sơ chưa hợp lệ, trong thời hạn 03 (ba) ngày làm việc, Sở phải thông báo bằng văn bản cho tổ chức biết.\n' +
            'Trường hợp hồ sơ hợp lệ, trong thời hạn 07 (bảy) ngày làm việc, Sở trình Ủy ban nhân dân cấp tỉnh cấp giấy phép cho tổ chức.',
        },
      ],
    };
    const index = await openKnowledgeIndex({ corpus: makeCorpus('h-numbers', [rules]), fusion: SECTION_UNITS });
    const r = await answer('Sở làm gì với hồ sơ của tổ chức trong 3 ngày làm việc?', { index, province: null });
    expect(r.text.split('\n')[0]).toContain('03 (ba) ngày làm việc, Sở phải thông báo');
  });
});
