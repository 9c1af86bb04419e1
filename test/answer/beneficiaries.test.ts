// Whom a support is for answers a question asking who, not one asking what the support gives.
import { describe, expect, it } from 'vitest';
import { whomWeight } from '../../handlers/answer/beneficiaries.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { answerTypes } from '../../retrieval/question-type.js';

const WHOM = '1. Đối tượng hỗ trợ gồm nạn nhân trong thời gian lưu trú tại cơ sở bảo trợ xã hội hoặc cơ sở hỗ trợ nạn nhân.';
const WHAT = '2. Chế độ hỗ trợ tâm lý cho nạn nhân gồm tư vấn, tham vấn tâm lý cho nạn nhân và thực hiện các liệu pháp trị liệu nhóm.';
const weight = (sentence: string, q: string) => whomWeight(sentence, queryProfile(q), answerTypes(q));

describe('whomWeight', () => {
  it('weighs down the clause saying whom a support is for when the question asks what it gives', () => {
    for (const q of ['Nạn nhân lưu trú tại cơ sở bảo trợ xã hội được hỗ trợ tâm lý gì?', 'nan nhan o co so duoc ho tro tam ly nhung gi'])
      expect(weight(WHOM, q), q).toBeLessThan(1);
    expect(weight(WHAT, 'Nạn nhân lưu trú tại cơ sở bảo trợ xã hội được hỗ trợ tâm lý gì?')).toBe(1);
  });

  it('keeps it whole when the question asks who', () => {
    for (const q of ['Ai được hỗ trợ tâm lý khi ở cơ sở bảo trợ xã hội?', 'Đối tượng được hỗ trợ tâm lý là những ai?'])
      expect(weight(WHOM, q), q).toBe(1);
  });
});
