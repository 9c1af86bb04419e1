import { describe, expect, it } from 'vitest';
import { withProvinceNames } from '../../handlers/text/provinces.js';

describe('withProvinceNames', () => {
  it("writes out the abbreviation of a plan's province standing alone, as typed in capitals, and nothing else", () => {
    expect(withProvinceNames('Báo QN, Đài PT-TH BĐ, Sở LĐTBXH ST, CA tỉnh ĐN')).toBe(
      'Báo Quảng Nam, Đài PT-TH Bình Định, Sở LĐTBXH Sóc Trăng, CA tỉnh Đồng Nai',
    );
    // "DN" is a company (doanh nghiệp), lowercase letters are words, and letters inside a longer run are not a name.
    expect(withProvinceNames('các DN môi giới, qn, QNA, BĐBP')).toBe('các DN môi giới, qn, QNA, BĐBP');
  });

  it('reads "ĐN" after "thành phố" or "TP" as the city of Đà Nẵng, and after "tỉnh" as Đồng Nai', () => {
    expect(withProvinceNames('Ở TP ĐN gọi số nào')).toBe('Ở thành phố Đà Nẵng gọi số nào');
    expect(withProvinceNames('nạn nhân ở tp.ĐN, thành phố ĐN')).toBe('nạn nhân ở thành phố Đà Nẵng, thành phố Đà Nẵng');
    expect(withProvinceNames('Công an tỉnh ĐN')).toBe('Công an tỉnh Đồng Nai');
  });
});
