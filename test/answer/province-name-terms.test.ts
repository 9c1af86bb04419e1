// A province named in a question says where, not what is asked: its syllables must not pick a sentence or a quote
// for sharing a syllable with an unrelated word ("Bình Định" with "quy định", "Sóc Trăng" with "chăm sóc").
import { describe, expect, it } from 'vitest';
import { excerptOf, withoutNamedProvince } from '../../handlers/answer.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import type { DocMeta } from '../../knowledge/types.js';
import { answerTypes } from '../../retrieval/question-type.js';

const plan = (province: string) => ({ id: `plans/${province}.md`, province }) as DocMeta;
const DOCS = [plan('binh-dinh'), plan('soc-trang'), { id: 'regulations/nd.md', province: null } as DocMeta];
const terms = (q: string) => queryProfile(withoutNamedProvince(q, DOCS));

describe("a plan's province in the question's terms", () => {
  it('is left out, with its word pair', () => {
    const t = terms('Kế hoạch Sóc Trăng yêu cầu gì đối với trẻ em?');
    expect(t.uni.has('soc')).toBe(false);
    expect(t.uni.has('trang')).toBe(false);
    expect(t.bi.has('soc trang')).toBe(false);
    expect(t.bi.has('tre em')).toBe(true);
  });

  it('keeps a syllable the question also uses outside the name, typed with or without diacritics', () => {
    for (const q of ['Bình Định giúp người bị bán về ổn định cuộc sống thế nào?', 'binh dinh giup nguoi bi ban ve on dinh cuoc song']) {
      const t = terms(q);
      expect(t.uni.has('binh'), q).toBe(false);
      expect(t.uni.has('dinh'), q).toBe(true);
      expect(t.bi.has('on dinh'), q).toBe(true);
    }
  });

  it('leaves a province that has no plan, and a question naming none, as they are', () => {
    const q = 'Đồng Nai quy định những gì?';
    expect(terms(q)).toEqual(queryProfile(q));
  });
});

describe('of two runs of a long sentence holding the same terms', () => {
  it('quotes the one with more clauses: a list is not cut for a later clause repeating its opening words', () => {
    const sentence =
      'Trung tâm tiếp nhận nạn nhân, bố trí chỗ ăn, ở, chăm sóc y tế, tư vấn tâm lý cho nạn nhân trong thời gian ở Trung tâm; ' +
      'liên hệ với gia đình của nạn nhân trước khi đưa nạn nhân trở về nơi cư trú khi Trung tâm kết thúc việc hỗ trợ nạn nhân.';
    const q = 'Nạn nhân ở Trung tâm được lo những gì?';
    expect(excerptOf(sentence, queryProfile(q), answerTypes(q), 140)).toContain('bố trí chỗ ăn, ở');
  });
});
