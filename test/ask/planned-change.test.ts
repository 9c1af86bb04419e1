// An amendment still to come is not in the documents: say so and where to ask. Amendments made are still answered.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { asksPlannedAmendment } from '../../handlers/ask/planned-change.js';

describe('asksPlannedAmendment', () => {
  it.each([
    'Nghị định hướng dẫn về hỗ trợ nạn nhân có dự kiến sửa đổi không?',
    'khi nao thi luat se duoc sua tiep',
    'Năm tới Quốc hội có kế hoạch bổ sung luật phòng, chống mua bán người không?',
  ])('%s → yes', (q) => expect(asksPlannedAmendment(q)).toBe(true));

  it.each([
    'Luật số 86/2025 sửa đổi những điều nào?',
    'Điều 28 được sửa đổi từ ngày nào?',
    'Hồ sơ thiếu thì sẽ được bổ sung trong mấy ngày theo thông tư?',
    'Sau khi luật mới có hiệu lực, nạn nhân sẽ được hỗ trợ những gì?',
  ])('%s → no', (q) => expect(asksPlannedAmendment(q)).toBe(false));
});

describe('the pipeline', () => {
  it('says a planned amendment is not in the documents and searches nothing', async () => {
    const calls: string[] = [];
    const deps: AskDeps = {
      answer: async (q) => {
        calls.push(q);
        return { kind: 'answer', text: 'Theo X [1]: «Luật này sửa đổi Điều 27.»', citations: [] };
      },
    };
    const r = await askQuestion('Sắp tới luật sẽ sửa đổi những điều gì?', {}, deps);
    expect(r.kind).toBe('abstain');
    expect(r.text).toMatch(/^Việc sửa đổi, bổ sung văn bản trong thời gian tới .* không có trong các văn bản hiện có/);
    expect(r.text).not.toContain('«');
    expect(calls).toEqual([]);
  });
});
