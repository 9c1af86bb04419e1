import { describe, expect, it } from 'vitest';
import {
  FAMILY_OF_WORD,
  familiesNumbered,
  familyOfName,
  familyOfNumber,
  kindOfName,
  sameKind,
  signedNumbersIn,
} from '../../knowledge/text-kinds.js';

describe('kinds of texts', () => {
  it('reads the longest kind a name starts with, with or without marks', () => {
    expect(kindOfName('Thông tư liên tịch số 01/2014')?.abbr).toBe('TTLT');
    expect(kindOfName('Thông tư')?.abbr).toBe('TT');
    expect(kindOfName('nghi dinh')?.abbr).toBe('NĐ');
    expect(kindOfName('Luật Phòng, chống mua bán người')?.abbr).toBe('Luật');
    expect(kindOfName('Thông báo kết luận')).toBeUndefined();
    expect(kindOfName('Luậtsư')).toBeUndefined();
  });

  it('puts a joint circular and a circular, a law and its sign, in one family', () => {
    expect(FAMILY_OF_WORD.get('thong tu lien tich')).toBe(FAMILY_OF_WORD.get('tt'));
    expect(FAMILY_OF_WORD.get('qh')).toBe(FAMILY_OF_WORD.get('luat'));
    expect(FAMILY_OF_WORD.get('qcph')).toBe(FAMILY_OF_WORD.get('quy che'));
    expect(FAMILY_OF_WORD.get('nd')).not.toBe(FAMILY_OF_WORD.get('nq'));
  });

  it("reads a text's family from its number's sign, or from the kind its name starts with", () => {
    expect(familyOfNumber('53/2024/QH15')).toBe('luat');
    expect(familyOfNumber('01/2014/TTLT-BCA-BQP')).toBe(familyOfNumber('78/2013/TT-BQP'));
    expect(familyOfNumber('53/2024')).toBeUndefined();
    expect(familyOfName('QĐ 53/2024')).toBe('qd');
    expect(familyOfName('Quyết định số 53/QĐ-UBND năm 2024')).toBe('qd');
    expect(familyOfName('Bộ luật 53/2024')).toBeUndefined();
  });

  it('reads the kind written right before a number and its year, with or without "số" and leading zeros', () => {
    expect(familiesNumbered(' theo quyet dinh so 53 2024 thi ', 53, '2024')).toEqual(['qd']);
    expect(familiesNumbered(' nd 09 2013 va luat 66 2011 ', 9, '2013')).toEqual(['nd']);
    expect(familiesNumbered(' so 53 2024 ', 53, '2024')).toEqual([]);
    expect(familiesNumbered(' quyet dinh 53 2023 ', 53, '2024')).toEqual([]);
  });

  it("reads a số hiệu's kind from the kind written before it, its sign naming only the issuer", () => {
    expect(signedNumbersIn('Theo Nghị quyết 202/2025/QH15 và Luật Phòng, chống mua bán người số 53/2024/QH15')).toEqual([
      { number: '202/2025/QH15', family: 'nq' },
      { number: '53/2024/QH15', family: 'luat' },
    ]);
    expect(signedNumbersIn('nghị quyết số 202/2025/QH15')).toEqual([{ number: '202/2025/QH15', family: 'nq' }]);
  });

  it('takes "hướng dẫn" for any kind, and a held text whose kind is unknown for any', () => {
    expect(sameKind('hd', 'tt')).toBe(true);
    expect(sameKind('qd', 'luat')).toBe(false);
    expect(sameKind(undefined, 'luat')).toBe(false);
    expect(sameKind('qd', undefined)).toBe(true);
  });
});
