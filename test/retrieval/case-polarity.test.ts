// Two cases that differ only by "chưa" / "đã" (function words the ranker leaves out): the question saying which one it
// is gets that case first.
import { describe, expect, it } from 'vitest';
import { askedPolarity, casePolarity } from '../../retrieval/case-polarity.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';

const ARTICLE = 'Điều 8. Tiếp nhận, xác minh nạn nhân';

describe('a case stated one way or the other', () => {
  it('is read from the heading, past "được" and "có"', () => {
    expect(casePolarity([ARTICLE, '2. Trường hợp nạn nhân chưa được giải cứu'], '')).toEqual({ polarity: 'not', stem: 'giai cuu' });
    expect(casePolarity([ARTICLE, 'b)'], 'b) Trường hợp chưa có giấy tờ chứng nhận nạn nhân thì gửi văn bản')).toEqual({
      polarity: 'not',
      stem: 'giay to',
    });
    expect(casePolarity([ARTICLE, 'a)'], 'a) Trường hợp người được giải cứu đã được cấp Giấy xác nhận')).toEqual({
      polarity: 'done',
      stem: 'cap giay',
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

  it('puts the case the question states first in the documents', async () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const top = async (q: string, otherCasePolarity?: number) => {
      const fusion = otherCasePolarity ? { otherCasePolarity } : undefined;
      const index = await openKnowledgeIndex({ corpus, fusion });
      return (await index.search(q, { k: 3 }))[0].chunk.path.at(-1);
    };
    // TTLT 01/2014 Điều 8: "1. Trường hợp nạn nhân chưa được giải cứu", "2. Trường hợp nạn nhân đã được giải cứu …".
    const notYet = 'chưa giải cứu được thì cơ quan nhận tin báo cho ai';
    expect(await top(notYet, 1)).not.toMatch(/chưa được giải cứu/);
    expect(await top(notYet)).toMatch(/chưa được giải cứu/);
  });
});
