// A clause granting several points of another clause of its article by their letters ("… quy định tại các điểm a, b
// và d khoản 1 Điều này") is read with those points' texts, when the document holds every one of them.
import { describe, expect, it } from 'vitest';
import type { Section } from '../../knowledge/types.js';
import { pointsReferredTo } from '../../retrieval/references.js';

const ARTICLE = 'Điều 9. Chế độ hỗ trợ';
const LIST = '1. Người được hỗ trợ hưởng các chế độ sau đây';
const section = (i: number, path: string[], text: string): Section => ({ id: `d#${i}`, docId: 'd', ordinal: i, path, text });
const sections: Section[] = [
  ...[
    'a) Hỗ trợ ăn ở;',
    'b) Hỗ trợ y tế;',
    'c) Hỗ trợ phiên dịch;',
    'd) Hỗ trợ pháp luật;',
    'đ) Trợ giúp pháp lý;',
    'e) Hỗ trợ đi lại.',
  ].map((text, i) => section(i, [ARTICLE, LIST, text.slice(0, 2)], text)),
  section(6, [ARTICLE, '2.'], '2. Người nước ngoài được hưởng chế độ quy định tại các điểm a, b, c và đ khoản 1 Điều này.'),
];
const own = [ARTICLE, '2.'];

describe('pointsReferredTo', () => {
  it('gives the texts of the points a clause names one by one, in its order', () => {
    const found = pointsReferredTo(sections, 'd', own, sections[6].text);
    expect(found).toEqual({
      article: '9',
      clause: 1,
      points: ['a) Hỗ trợ ăn ở;', 'b) Hỗ trợ y tế;', 'c) Hỗ trợ phiên dịch;', 'đ) Trợ giúp pháp lý;'],
    });
  });

  it('reads a run of letters from the first to the last, đ after d', () => {
    const found = pointsReferredTo(sections, 'd', own, 'được hưởng chế độ quy định tại các điểm từ điểm c đến điểm e khoản 1 Điều này');
    expect(found?.points).toEqual(['c) Hỗ trợ phiên dịch;', 'd) Hỗ trợ pháp luật;', 'đ) Trợ giúp pháp lý;', 'e) Hỗ trợ đi lại.']);
  });

  it('gives nothing when a point named is not in the text, nor for points of another article', () => {
    expect(pointsReferredTo(sections, 'd', own, 'quy định tại các điểm a và h khoản 1 Điều này')).toBeUndefined();
    expect(pointsReferredTo(sections, 'd', own, 'quy định tại các điểm a và b khoản 1 Điều 5 Luật này')).toBeUndefined();
    expect(pointsReferredTo(sections, 'd', ['Điều 10. Khác', '1.'], sections[6].text)).toBeUndefined();
  });
});
