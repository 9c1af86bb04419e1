// Which body at a tier: the sentence opening with a body of that tier names it as the one that acts.
import { describe, expect, it } from 'vitest';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { tierBodyWeight } from '../../handlers/answer/tier-body.js';
import { answerTypes } from '../../retrieval/question-type.js';

const ACTS = '1. Uỷ ban nhân dân hoặc Công an cấp xã khi tiếp nhận nạn nhân có trách nhiệm hướng dẫn người đó kê khai.';
const TAKEN_TO = 'Cơ quan Công an, Bộ đội Biên phòng, Cảnh sát biển có trách nhiệm đưa ngay người đó đến Ủy ban nhân dân cấp xã.';
const weight = (sentence: string, q: string) => tierBodyWeight(sentence, queryProfile(q), answerTypes(q));

describe('tierBodyWeight', () => {
  it('weighs up the sentence opening with a body of the tier a question asks a body of, typed either way', () => {
    for (const q of ['Cơ quan nào ở cấp xã tiếp nhận người tự đến trình báo?', 'co quan nao o cap xa tiep nhan nguoi tu den trinh bao']) {
      expect(weight(ACTS, q), q).toBeGreaterThan(1);
      expect(weight(TAKEN_TO, q), q).toBe(1);
    }
  });

  it('leaves sentences as they are when the question asks no body, or a body of another tier', () => {
    expect(weight(ACTS, 'Cấp xã phải làm gì khi có người đến trình báo?')).toBe(1);
    expect(weight(ACTS, 'Cơ quan nào ở cấp huyện xác minh nạn nhân?')).toBe(1);
  });
});
