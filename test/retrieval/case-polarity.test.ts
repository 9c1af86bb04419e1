// Two cases that differ only by "chưa" / "đã" (function words the ranker leaves out): the question saying which one it
// is gets that case first.
import { describe, expect, it } from 'vitest';
import { askedPolarity, casePolarity, createCasePolarities } from '../../retrieval/case-polarity.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';

const ARTICLE = 'Điều 8. Tiếp nhận, xác minh nạn nhân';

describe('a case stated one way or the other', () => {
  it('is read from the heading, past "được" and "có"', () => {
    expect(casePolarity([ARTICLE, '2. Trường hợp nạn nhân chưa được giải cứu'], '')).toEqual({ polarity: 'not', stem: 'giai cuu' });
    expect(casePolarity([ARTICLE, 'b)'], 'b) Trường hợp chưa có giấy tờ chứng nhận nạn nhân thì gửi văn bản')).toEqual({
      polarity: 'not',
      stem: 'giay to',
      next: 'chung',
    });
    expect(casePolarity([ARTICLE, 'a)'], 'a) Trường hợp người được giải cứu đã được cấp Giấy xác nhận')).toEqual({
      polarity: 'done',
      stem: 'cap giay',
      next: 'xac',
    });
    expect(casePolarity([ARTICLE], 'Cơ quan tiếp nhận chưa được giải cứu')).toBeUndefined();
  });

  it('is read from the question, typed with or without marks, "dc" for "được", "rồi" for done', () => {
    expect(askedPolarity('co nguoi chua dc giai cuu thi bao ai', 'giai cuu')).toBe('not');
    expect(askedPolarity('Nạn nhân đã được giải cứu thì báo cho ai?', 'giai cuu')).toBe('done');
    expect(askedPolarity('người ta giải cứu được rồi thì đưa đi đâu', 'giai cuu')).toBe('done');
    // "đá" (to kick) typed with its marks is no "đã".
    expect(askedPolarity('bị đá giải cứu gì đâu', 'giai cuu')).toBeUndefined();
    expect(askedPolarity('giải cứu nạn nhân thì báo cho ai', 'giai cuu')).toBeUndefined();
  });

  it('is told by as many words as tell it from the other cases the documents open with the same two', () => {
    const units = [
      { path: [ARTICLE, 'a)'], text: 'a) Trường hợp người được giải cứu đã được cấp Giấy xác nhận nạn nhân thì hỗ trợ theo quy định;' },
      { path: ['Điều 10. Thành lập cơ sở', 'b)'], text: 'b) Trường hợp không cấp Giấy phép thành lập thì trả lời bằng văn bản;' },
      { path: [ARTICLE, '2. Trường hợp nạn nhân chưa được giải cứu'], text: 'Thông báo cho cơ quan có thẩm quyền.' },
    ];
    const weights = createCasePolarities(units, 0.5);
    const weightsOf = (q: string) => units.map((_, i) => weights(q)?.(i) ?? 1);
    // The opposite case of the same paper goes down; the case of another paper, named by the same two words, does not.
    expect(weightsOf('chưa được cấp giấy xác nhận nạn nhân thì có được hỗ trợ không')).toEqual([0.5, 1, 1]);
    expect(weightsOf('cơ sở chưa được cấp giấy phép thành lập thì có nhận nạn nhân được không')).toEqual([1, 1, 1]);
    expect(weightsOf('đã được cấp giấy phép rồi thì bao lâu phải hoạt động')).toEqual([1, 0.5, 1]);
    // A stem no other case goes on from differently is still told by its two words.
    expect(weightsOf('nạn nhân đã được giải cứu rồi thì báo ai')).toEqual([1, 1, 0.5]);
  });

  it('puts the case the question states first in the documents', async () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const top = async (q: string, otherCasePolarity?: number) => {
      // Without the polarity weight, the asking clause's words (askedClause) are not let decide either.
      const fusion = otherCasePolarity ? { otherCasePolarity, askedClause: 0 } : undefined;
      const index = await openKnowledgeIndex({ corpus, fusion });
      return (await index.search(q, { k: 3 }))[0].chunk.path.at(-1);
    };
    // TTLT 01/2014 Điều 8: "1. Trường hợp nạn nhân chưa được giải cứu", "2. Trường hợp nạn nhân đã được giải cứu …".
    const notYet = 'chưa giải cứu được thì cơ quan nhận tin báo cho ai';
    expect(await top(notYet, 1)).not.toMatch(/chưa được giải cứu/);
    expect(await top(notYet)).toMatch(/chưa được giải cứu/);
  });
});
