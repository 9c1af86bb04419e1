import { describe, expect, it } from 'vitest';
import { detailAsked, topicWords, unstatedDetail } from '../../handlers/ask/details.js';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const index = await openKnowledgeIndex({ corpus });

describe('a detail asked that a passage must state in figures', () => {
  it('reads rates, age limits, copies and limits of an amount, a time or a count', () => {
    expect(detailAsked('Vay vốn thì lãi suất bao nhiêu?')).toBe('rate');
    expect(detailAsked('Dưới bao nhiêu tuổi thì được miễn học phí?')).toBe('age');
    expect(detailAsked('Đơn phải nộp mấy bản?')).toBe('copies');
    expect(detailAsked('Được vay tối đa bao nhiêu tiền?')).toBe('amount');
    expect(detailAsked('Trợ cấp cho nạn nhân hộ nghèo tối thiểu bn tiền/người?')).toBe('amount');
    expect(detailAsked('Tiến hành xác minh tối đa mấy ngày?')).toBe('time');
    expect(detailAsked('Nhà nước lo tiền ăn cho tối đa mấy ngày?')).toBe('time');
    // Asking no amount, time or count, a money topic asks no detail the passages must state.
    expect(detailAsked('Theo TTLT 134, tiền ăn ở cơ sở tối thiểu mỗi ngày là mấy?')).toBeUndefined();
    expect(detailAsked('Thời hạn vay tối đa mấy năm?')).toBe('time');
    expect(detailAsked('Cơ sở phải có ít nhất bao nhiêu nhân viên?')).toBe('count');
  });

  it('leaves other questions, and a "bán" or a "bạn" typed without marks', () => {
    expect(detailAsked('Nạn nhân được hỗ trợ những gì?')).toBeUndefined();
    expect(detailAsked('Được hỗ trợ bao nhiêu tiền?')).toBeUndefined();
    expect(detailAsked('co may ban bi lua ban')).toBeUndefined();
  });

  it('names the topic by the words few passages hold, not by the detail, the subject or a place', () => {
    const words = topicWords('Nạn nhân ở Quảng Nam vay vốn thì lãi suất tối đa bao nhiêu?', corpus);
    expect(words).toContain('vay');
    for (const w of ['nan', 'nhan', 'quang', 'nam', 'lai', 'suat', 'toi', 'da']) expect(words).not.toContain(w);
  });

  it('does not take the unit an amount is counted in ("mỗi tháng", "mỗi lần") for its topic', () => {
    const words = topicWords('Cán bộ tư vấn được trả mỗi lần, mỗi tháng tối đa bao nhiêu?', corpus);
    expect(words).not.toContain('moi');
    expect(words).not.toContain('lan');
  });

  it('lets the first passage answer an amount counted per month, which it states', async () => {
    const r = await answer('Tiền thù lao tư vấn tâm lý mỗi tháng tối đa là bao nhiêu một người cán bộ?', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('500.000');
  });
});

describe('a detail the passages on the topic do not state', () => {
  const usableFor = async (q: string) => (await index.search(q, { k: 6, province: null })).filter((h) => h.confidence >= 0.2);

  it('reads the topic from what is asked, not from the story told before it', () => {
    // The story's "cháu gái" is no topic: the passages holding "gái" state no time, those on food at a shelter do.
    const q = 'Em gái tôi bị bán qua biên giới. Khi ở cơ sở bảo trợ, em ấy được hỗ trợ tiền ăn tối đa bao nhiêu ngày?';
    expect(unstatedDetail(q, [], corpus)).toBeUndefined();
  });

  it('is found where the topic is mentioned without it: the rate, the ceiling and the term of a loan', async () => {
    for (const q of [
      'Nạn nhân vay vốn Ngân hàng Chính sách xã hội thì lãi suất bao nhiêu?',
      'Nạn nhân được vay tối đa bao nhiêu tiền?',
      'Nạn nhân vay vốn sản xuất thì thời hạn vay tối đa mấy năm?',
    ]) {
      const found = unstatedDetail(q, await usableFor(q), corpus);
      expect(found, q).toBeDefined();
      expect(found?.path.join(' ')).toMatch(/vay vốn|Lồng ghép/u);
    }
  });

  it('is found for a question asking several details of one topic, and not when one of its parts is stated', async () => {
    const both = 'Nạn nhân được hỗ trợ vay vốn tối đa bao nhiêu tiền, lãi suất bao nhiêu?';
    expect(unstatedDetail(both, await usableFor(both), corpus)?.details).toEqual(['amount', 'rate']);
    const stated = 'Nạn nhân ở cơ sở bảo trợ được hỗ trợ tiền ăn tối đa bao nhiêu ngày và được cấp mấy bộ quần áo?';
    expect(unstatedDetail(stated, await usableFor(stated), corpus)).toBeUndefined();
  });

  it('is not found when a passage on the topic states it, nor when the rule setting it is asked', async () => {
    for (const q of [
      'Hỗ trợ quần áo, vật dụng sinh hoạt cho nạn nhân tối đa bao nhiêu tiền?',
      'Cơ sở hỗ trợ nạn nhân phải có ít nhất bao nhiêu nhân viên?',
      'Tiền ăn trong thời gian tạm trú tại cơ sở được hỗ trợ tối đa bao nhiêu ngày?',
      'Điều kiện, thời hạn và mức vốn cho nạn nhân vay thực hiện theo quy định nào?',
    ])
      expect(unstatedDetail(q, await usableFor(q), corpus), q).toBeUndefined();
  });

  it('is not found when the first passage holds most of the question and states it, whatever rare word it lacks', async () => {
    // "mỗi" (each) is rare in the passages, and the clause on the counsellors' fee does not use it.
    const q = 'Cán bộ tư vấn tâm lý cho nạn nhân mỗi tháng được thù lao nhiều nhất bao nhiêu?';
    expect(unstatedDetail(q, await usableFor(q), corpus)).toBeUndefined();
  });

  it('is said in the answer: not in the documents, where the topic is mentioned, and nothing quoted', async () => {
    const r = await answer('Nạn nhân vay vốn thì lãi suất bao nhiêu phần trăm?', { index, province: null });
    expect(r.kind).toBe('abstain');
    expect(r.text).toContain('Lãi suất mà bạn hỏi không có trong các văn bản hiện có');
    expect(r.text).toContain('vay vốn');
    expect(r.text).not.toContain('«');
    const stated = await answer('Tiền ăn trong những ngày đi đường được hỗ trợ tối đa mấy ngày?', { index, province: null });
    expect(stated.kind).toBe('answer');
  });
});
