import { describe, expect, it } from 'vitest';
import { FAMILY_OF_WORD, kindOfName } from '../../knowledge/text-kinds.js';

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
});
