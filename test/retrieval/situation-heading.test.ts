// A question that sets out a situation and asks only what to do is answered by the article titled by that situation.
import { describe, expect, it } from 'vitest';
import { createQueryExpander } from '../../retrieval/expand.js';
import { createSituationHeadings, settingOf } from '../../retrieval/situation-heading.js';

describe('the situation a question sets out', () => {
  it('is the clause before "thì" or after "khi" when the other clause asks only what to do', () => {
    expect(settingOf('Có người tới xã khai mình bị bán thì xã phải làm những gì?')).toBe('Có người tới xã khai mình bị bán');
    expect(settingOf('Đồn Biên phòng phải làm gì khi nạn nhân tự về trình báo?')).toBe('nạn nhân tự về trình báo?');
    expect(settingOf('Người dân tự về xã khai báo thì ủy ban xã có trách nhiệm gì?')).toBe('Người dân tự về xã khai báo');
    expect(settingOf('Người ta đến đồn trình báo mình bị mua bán thì công an xử lý ra sao?')).toBe(
      'Người ta đến đồn trình báo mình bị mua bán',
    );
  });

  it('is the clause before a comma or full stop typed instead of "thì"', () => {
    expect(settingOf('Có người đến Ủy ban nhân dân xã nói mình bị bán, cán bộ xã phải làm những gì?')).toBe(
      'Có người đến Ủy ban nhân dân xã nói mình bị bán',
    );
    expect(settingOf('nguoi dan toi ubnd phuong ke bi ban. phuong phai lam gi')).toBe('nguoi dan toi ubnd phuong ke bi ban');
    expect(settingOf('Người bị bán trở về, được hỗ trợ những gì?')).toBe('');
  });

  it('is none when the ask has a topic of its own, or when nothing is set out', () => {
    expect(settingOf('Người bị bán trở về thì được hỗ trợ những gì?')).toBe('');
    expect(settingOf('Xã phải làm gì?')).toBe('');
    expect(settingOf('Nạn nhân trở về thì có được trợ cấp không')).toBe('');
    expect(settingOf('Người bị mua bán tự đến trình báo ở xã thì cán bộ xã phải hướng dẫn làm gì?')).toBe('');
  });
});

describe('headings that name the situation', () => {
  const expander = createQueryExpander([{ everyday: ['đến nói', 'khai mình'], legal: ['người đến trình báo'] }]);
  const units = [
    { path: ['Điều 27. Tiếp nhận, xác minh người đến trình báo', '1.'] },
    { path: ['Điều 52. Trách nhiệm của Ủy ban nhân dân các cấp', '2.'] },
    ...Array.from({ length: 40 }, (_, i) => ({ path: [`Điều ${60 + i}. Điều khoản khác`] })),
  ];
  const boost = createSituationHeadings(units, expander, 2);
  const of = (q: string) => [0, 1].map((i) => boost(q)?.(i) ?? 1);

  it('come first, found through the documents’ terms for the words the question uses', () => {
    expect(of('Có người tới xã khai mình bị bán thì xã phải làm những gì?')).toEqual([2, 1]);
    expect(of('Cán bộ xã phải làm gì khi có người đến nói bị bán?')).toEqual([2, 1]);
    expect(of('Có người tới xã khai mình bị bán, cán bộ xã phải làm những gì?')).toEqual([2, 1]);
  });

  it('move nothing when the question sets out no situation or names none the headings hold', () => {
    expect(boost('Xã phải làm những gì?')).toBeUndefined();
    expect(boost('Có người mất tích thì xã phải làm gì?')).toBeUndefined();
  });

  it('leave out terms so many headings hold that they name no situation', () => {
    const common = createQueryExpander([{ everyday: ['đến nói'], legal: ['điều khoản khác'] }]);
    expect(createSituationHeadings(units, common, 2)('Khi có người đến nói thì xã phải làm gì?')).toBeUndefined();
  });
});
