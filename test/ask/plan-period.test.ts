import { describe, expect, it } from 'vitest';
import { periodsAsked, planOfPeriodNotHeld, planPeriodNotHeld } from '../../handlers/ask/plan-period.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { foldedWords } from '../../knowledge/text.js';
import type { Corpus } from '../../knowledge/types.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);

describe('the periods a question names', () => {
  it('reads ranges and single years', () => {
    expect(periodsAsked(foldedWords('Kế hoạch giai đoạn 2021 - 2025 của tỉnh'))).toEqual([{ from: 2021, to: 2025 }]);
    expect(periodsAsked(foldedWords('ke hoach nam 2023 cua tinh'))).toEqual([{ from: 2023, to: 2023 }]);
    expect(periodsAsked(foldedWords('Đề án từ 2016 đến 2020'))).toEqual([{ from: 2016, to: 2020 }]);
    expect(periodsAsked(foldedWords('Kế hoạch của tỉnh có chỉ tiêu gì'))).toEqual([]);
  });
});

describe("a province's plan of a period the documents do not hold", () => {
  it('is found when every plan of the province is of another period', () => {
    const found = planPeriodNotHeld('Kế hoạch giai đoạn 2021-2025 của Đồng Nai có chỉ tiêu gì?', corpus, null);
    expect(found?.province).toBe('dong-nai');
    expect(found?.asked).toEqual({ from: 2021, to: 2025 });
    expect(found?.held.map((d) => d.province)).toEqual(['dong-nai']);
    expect(planPeriodNotHeld('Kế hoạch năm 2023 của Quảng Nam có chỉ tiêu gì?', corpus, null)?.asked).toEqual({ from: 2023, to: 2023 });
    // The user's province when the question names none.
    expect(planPeriodNotHeld('Kế hoạch giai đoạn 2016-2020 của tỉnh giao Sở Y tế làm gì?', corpus, 'binh-dinh')?.province).toBe(
      'binh-dinh',
    );
  });

  it('leaves a period a held plan speaks for, up to the horizon its title writes', () => {
    expect(planPeriodNotHeld('Kế hoạch năm 2024 của Quảng Nam có chỉ tiêu gì?', corpus, null)).toBeUndefined();
    expect(planPeriodNotHeld('Kế hoạch năm 2024 của Bình Định có chỉ tiêu gì?', corpus, null)).toBeUndefined();
    expect(planPeriodNotHeld('Kế hoạch của Bình Định định hướng đến năm 2030 ra sao?', corpus, null)).toBeUndefined();
    // A held plan named beside another period: the question is about the held one.
    expect(planPeriodNotHeld('Kế hoạch năm 2024 của Quảng Nam căn cứ kế hoạch giai đoạn 2021-2025 nào?', corpus, null)).toBeUndefined();
  });

  it('leaves questions naming no plan, no period, several provinces, or a province whose plan has no period', () => {
    expect(planPeriodNotHeld('Năm 2023 nạn nhân ở Quảng Nam được hỗ trợ gì?', corpus, null)).toBeUndefined();
    expect(planPeriodNotHeld('Kế hoạch của Đồng Nai có chỉ tiêu gì?', corpus, null)).toBeUndefined();
    expect(planPeriodNotHeld('Kế hoạch năm 2022 của Quảng Nam và Đồng Nai?', corpus, null)).toBeUndefined();
    expect(planPeriodNotHeld('Kế hoạch năm 2022 của Sóc Trăng có gì?', corpus, null)).toBeUndefined();
  });

  it('follows the plans in use: a plan added for that period is answered from', () => {
    const [plan] = corpus.docs.filter((d) => d.province === 'dong-nai');
    const added = { ...plan, id: 'plans/dong-nai-2021.md', title: 'Kế hoạch giai đoạn 2021 - 2025', year: 2021, expiryDate: '2025-12-31' };
    const extended: Corpus = { ...corpus, docs: [...corpus.docs, added] };
    expect(planPeriodNotHeld('Kế hoạch giai đoạn 2021-2025 của Đồng Nai có chỉ tiêu gì?', extended, null)).toBeUndefined();
  });

  it('replies that the asked plan is not held, names the held one and its period, and quotes nothing', async () => {
    const r = await planOfPeriodNotHeld(
      { text: 'Kế hoạch giai đoạn 2021-2025 của Đồng Nai có chỉ tiêu gì?', province: null, userProvince: null, history: [] },
      { answer: async () => ({ kind: 'answer', text: '', citations: [] }), corpus: () => corpus },
    );
    expect(r?.kind).toBe('abstain');
    expect(r?.text).toContain('không có trong các văn bản hiện có');
    expect(r?.text).toContain('giai đoạn 2021–2025');
    expect(r?.text).toContain('giai đoạn 2016–2020, đã hết thời gian thực hiện');
    expect(r?.text).not.toContain('«');
  });
});
