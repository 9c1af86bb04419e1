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

  it('reads a nationality named as a foreign national, but not the buyer, the husband, the trafficker or a worker', () => {
    expect(askedSubject('Nạn nhân quốc tịch Lào được hỗ trợ những gì?')).toBe('foreigner');
    expect(askedSubject('gặp người Campuchia bị lừa bán ở xã')).toBe('foreigner');
    expect(askedSubject('cô gái Trung Quốc bị bán sang đây')).toBe('foreigner');
    expect(askedSubject('bị bán cho người Trung Quốc làm vợ')).toBeUndefined();
    expect(askedSubject('lấy chồng người Đài Loan rồi bị bán')).toBeUndefined();
    expect(askedSubject('bị người Trung Quốc lừa sang bên đó')).toBeUndefined();
    expect(askedSubject('người lao động bị lừa đi làm')).toBeUndefined();
    expect(askedSubject('người Lào Cai bị bán')).toBeUndefined();
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
