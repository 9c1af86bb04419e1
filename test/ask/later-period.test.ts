import { describe, expect, it } from 'vitest';
import { laterPeriodAsked, laterPeriodNotHeld } from '../../handlers/ask/later-period.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { readUpdatesOf } from '../../knowledge/updates.js';
import type { Corpus } from '../../knowledge/types.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);

describe('a plan or an event of a period past what the knowledge reaches', () => {
  it('is found by its year, for plans, programmes and events', () => {
    expect(laterPeriodAsked('Kế hoạch hỗ trợ nạn nhân năm 2027 của tỉnh có gì mới?', corpus, updates)).toBe(2027);
    expect(laterPeriodAsked('Chương trình giai đoạn 2026-2030 đặt chỉ tiêu gì?', corpus, updates)).toBe(2026);
    expect(laterPeriodAsked('Hội nghị tổng kết năm 2028 tổ chức ở đâu?', corpus, updates)).toBe(2028);
    expect(laterPeriodAsked('Ngày hội tuyên truyền năm 2026 tổ chức khi nào?', corpus, updates)).toBe(2026);
  });

  it('leaves years the documents reach or write, and questions about no plan or event', () => {
    // A plan's horizon the documents write ("định hướng đến năm 2030"), the period of a bundled plan, the changes' year.
    expect(laterPeriodAsked('Kế hoạch của Bình Định định hướng đến năm 2030 ra sao?', corpus, updates)).toBeUndefined();
    expect(laterPeriodAsked('Kế hoạch năm 2024 của Quảng Nam giao Sở Tư pháp làm gì?', corpus, updates)).toBeUndefined();
    expect(laterPeriodAsked('Chương trình năm 2025 có gì?', corpus, updates)).toBeUndefined();
    // Which law applies in a later year is the update file's, not a plan's.
    expect(laterPeriodAsked('Năm 2027 nạn nhân được hỗ trợ những gì?', corpus, updates)).toBeUndefined();
  });

  it('follows the knowledge in use: a plan added for that year is answered from', () => {
    const [plan] = corpus.docs.filter((d) => d.kind === 'plan');
    const extended: Corpus = { ...corpus, docs: [...corpus.docs, { ...plan, id: 'plans/new.md', year: 2027, expiryDate: '2027-12-31' }] };
    expect(laterPeriodAsked('Kế hoạch năm 2027 có gì?', extended, updates)).toBeUndefined();
  });

  it('replies that the documents do not hold it, with where to ask, and quotes nothing', async () => {
    const r = await laterPeriodNotHeld(
      { text: 'Lễ mít tinh năm 2027 tổ chức ở đâu?', province: null, userProvince: null, history: [] },
      { answer: async () => ({ kind: 'answer', text: '', citations: [] }), corpus: () => corpus, updates: () => updates },
    );
    expect(r?.kind).toBe('abstain');
    expect(r?.text).toContain('không có trong các văn bản hiện có');
    expect(r?.text).toContain('2027');
    expect(r?.text).not.toContain('«');
  });
});
