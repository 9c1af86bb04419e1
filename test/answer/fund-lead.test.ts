// Which fund or budget pays is answered by the sentence naming the source, not by a sentence of the same article
// sharing more of the question's other words (what is paid for, for whom).
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('the source of money asked', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openBundledIndex();
  });

  it('leads with the fund named when asked which source a payment comes from, without a money word', async () => {
    const r = await answer('Khoản chi cho nạn nhân ốm đau lúc chờ về nước do cơ quan đại diện lo thì lấy từ nguồn nào?', { index });
    expect(leadOf(r.text)).toContain('Quỹ Bảo hộ công dân');
  });

  it("leads with the plan's funding section, not a body's task to allocate money for the plan", async () => {
    const r = await answer('Kinh phí để làm kế hoạch năm 2024 lấy ở đâu ra?', { index, province: 'quang-nam' });
    expect(r.citations[0].label).toMatch(/^KH Quảng Nam 2024 › IV\. Kinh phí thực hiện/);
    expect(leadOf(r.text)).toContain('Từ nguồn ngân sách các cấp');
  });

  it("quotes a plan's funding section whole when a plan is named, and a regulation's funding when none is", async () => {
    const plan = await answer('kế hoạch của tỉnh được cấp kinh phí từ nguồn nào?', { index, province: 'binh-dinh' });
    expect(plan.citations[0].label).toMatch(/^KH Bình Định 2021–2025 › IV\. Kinh phí thực hiện/);
    expect(leadOf(plan.text)).toContain('3. Các nguồn hợp pháp khác');
    const support = await answer('Tiền chi cho chế độ hỗ trợ nạn nhân lấy từ những nguồn nào?', { index, province: 'binh-dinh' });
    expect(support.citations[0].label).toMatch(/^NĐ 09\/2013\/NĐ-CP › Điều 3\. Kinh phí/);
  });
});
