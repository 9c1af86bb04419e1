// A question naming whose case it is (a foreign national, a Vietnamese citizen abroad) is answered by the passage
// written for that victim, not by its sibling for the other, although both name the same papers and offices.
import { describe, expect, it } from 'vitest';
import { askedSubject, createVictimSubjects, unitSubject } from '../../retrieval/victim-subject.js';

describe('whose case a question is about', () => {
  it('reads a foreign national apart from a citizen abroad', () => {
    expect(askedSubject('Nạn nhân là người nước ngoài thì hồ sơ gồm những gì?')).toBe('foreigner');
    expect(askedSubject('nan nhan la nguoi nuoc ngoai thi sao')).toBe('foreigner');
    expect(askedSubject('Công dân Việt Nam bị bán ra nước ngoài thì làm gì?')).toBe('citizen');
    expect(askedSubject('Hồ sơ gồm những gì?')).toBeUndefined();
  });

  it('reads the victim a passage is written for from its headings or its opening', () => {
    expect(unitSubject(['Điều 4. Tiếp nhận nạn nhân đang ở nước ngoài'], 'Cơ quan đại diện …')).toBe('citizen');
    expect(unitSubject(['Điều 32. Đối tượng', '2.'], 'Nạn nhân là người nước ngoài bị mua bán tại Việt Nam …')).toBe('foreigner');
    expect(unitSubject(['Điều 8. Tiếp nhận, xác minh nạn nhân'], 'Cơ quan Quản lý xuất nhập cảnh …')).toBeUndefined();
  });

  it('weighs down the passages written for the other victim, and only those', () => {
    const units = [
      { path: ['Điều 4. Tiếp nhận nạn nhân đang ở nước ngoài'], text: 'Cơ quan đại diện gửi hồ sơ về Cục.' },
      { path: ['Điều 8. Tiếp nhận, xác minh nạn nhân'], text: 'Cơ quan Quản lý xuất nhập cảnh báo cáo Cục kèm hồ sơ.' },
    ];
    const weigh = createVictimSubjects(units, 0.6);
    const foreigner = weigh('Khi nạn nhân là người nước ngoài, hồ sơ gửi Cục gồm những gì?');
    expect([foreigner?.(0), foreigner?.(1)]).toEqual([0.6, 1]);
    expect(weigh('Hồ sơ gửi Cục gồm những gì?')).toBeUndefined();
    expect(createVictimSubjects(units, 1)('Nạn nhân là người nước ngoài thì sao?')).toBeUndefined();
  });
});
