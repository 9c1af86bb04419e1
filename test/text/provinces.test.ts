import { describe, expect, it } from 'vitest';
import { withProvinceNames } from '../../handlers/text/provinces.js';

// The documents hold Quảng Nam, Bình Định, Sóc Trăng and Đồng Nai, known today also as Đà Nẵng, Gia Lai, Cần Thơ.
const held = ['Quảng Nam', 'Đà Nẵng', 'Bình Định', 'Gia Lai', 'Sóc Trăng', 'Cần Thơ', 'Hậu Giang', 'Đồng Nai', 'Bình Phước'];
const context = { own: [], held };

describe('withProvinceNames', () => {
  it("writes out the initials of a plan's province standing alone, as typed in capitals, and nothing else", () => {
    expect(withProvinceNames('Báo QN, Đài PT-TH BĐ, Sở LĐTBXH ST, CA tỉnh ĐN', context)).toBe(
      'Báo Quảng Nam, Đài PT-TH Bình Định, Sở LĐTBXH Sóc Trăng, CA tỉnh Đồng Nai',
    );
    // "DN" is a company (doanh nghiệp), lowercase letters are words, and letters inside a longer run are not a name.
    expect(withProvinceNames('các DN môi giới, qn, QNA, BĐBP', context)).toBe('các DN môi giới, qn, QNA, BĐBP');
  });

  it('writes out a name cut to its first initials before its last word, with or without dots, at the start too', () => {
    expect(withProvinceNames('QNam: liên hệ ai', context)).toBe('Quảng Nam: liên hệ ai');
    expect(withProvinceNames('Q.Nam, Q. Nam, BĐịnh, B.Định', context)).toBe('Quảng Nam, Quảng Nam, Bình Định, Bình Định');
    expect(withProvinceNames('ĐNai: gọi số nào; S.Trăng thì sao', context)).toBe('Đồng Nai: gọi số nào; Sóc Trăng thì sao');
    // A province the documents do not hold is written out too: the answer can then say it holds nothing of it.
    expect(withProvinceNames('Q.Ninh có trung tâm nào', context)).toBe('Quảng Ninh có trung tâm nào');
  });

  it('leaves words that only look like a cut name: lowercase, or a capital that opens a sentence', () => {
    expect(withProvinceNames('qnam q.nam', context)).toBe('qnam q.nam');
    expect(withProvinceNames('Nạn nhân được hỗ trợ gì', context)).toBe('Nạn nhân được hỗ trợ gì');
  });

  it('reads "DN" typed without the Đ as "ĐN" after "tỉnh" only, where no business is meant', () => {
    expect(withProvinceNames('kế hoạch của tỉnh DN giao Sở Tư pháp làm gì', context)).toBe(
      'kế hoạch của tỉnh Đồng Nai giao Sở Tư pháp làm gì',
    );
    expect(withProvinceNames('Tỉnh DN, các DN trong tỉnh BD', context)).toBe('Tỉnh Đồng Nai, các DN trong tỉnh BD');
    // In capitals, or "tinh" typed without its mark: still the province word.
    expect(withProvinceNames('KẾ HOẠCH CỦA TỈNH DN', context)).toBe('KẾ HOẠCH CỦA TỈNH Đồng Nai');
    expect(withProvinceNames('ke hoach tinh DN, cac DN', context)).toBe('ke hoach tinh Đồng Nai, cac DN');
    expect(withProvinceNames('cong an tinh ĐN', context)).toBe('cong an tinh Đồng Nai');
  });

  it('does not guess "ĐN", which fits two provinces the documents hold, unless a qualifier or the user decides', () => {
    expect(withProvinceNames('ĐN: gọi số nào', context)).toBe('ĐN: gọi số nào');
    expect(withProvinceNames('Ở TP ĐN gọi số nào', context)).toBe('Ở TP Đà Nẵng gọi số nào');
    expect(withProvinceNames('nạn nhân ở thành phố ĐN', context)).toBe('nạn nhân ở thành phố Đà Nẵng');
    expect(withProvinceNames('Công an tỉnh ĐN', context)).toBe('Công an tỉnh Đồng Nai');
    expect(withProvinceNames('ĐN: gọi số nào', { own: ['Quảng Nam', 'Đà Nẵng'], held })).toBe('Đà Nẵng: gọi số nào');
    expect(withProvinceNames('ĐN: gọi số nào', { own: ['Đồng Nai', 'Bình Phước'], held })).toBe('Đồng Nai: gọi số nào');
  });

  it('reads "QN" as the one province of that name the documents hold, and as nothing without documents to go by', () => {
    expect(withProvinceNames('QN: gọi số nào', context)).toBe('Quảng Nam: gọi số nào');
    expect(withProvinceNames('QN: gọi số nào')).toBe('QN: gọi số nào');
  });
});
