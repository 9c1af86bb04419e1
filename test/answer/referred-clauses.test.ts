// A lead that names what it grants only by the numbers of another article's clauses (or hands a duty over to a whole
// article) is quoted with its numbers whole, and those clauses follow it, cited to their article.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import { articleDutyReferredTo } from '../../retrieval/references.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('a lead referring to clauses by number', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openBundledIndex();
  });

  it('is not cut inside its run of clause numbers', async () => {
    const r = await answer('Chủ tịch Ủy ban nhân dân xã có thẩm quyền áp dụng các biện pháp bảo vệ nào?', { index });
    expect(leadOf(r.text)).toContain('Khoản 1, 2, 4 và 5 Điều 7');
  });

  it('is followed by the clauses it refers to, cited to their article', async () => {
    const r = await answer('Thẩm phán chủ tọa phiên tòa có quyền áp dụng biện pháp bảo vệ gì cho nạn nhân?', { index });
    const lead = leadOf(r.text);
    expect(lead).toContain('8. Xét xử kín.');
    expect(lead).toContain('5. Bố trí nơi tạm lánh');
    expect(lead).not.toContain('3. Bố trí lực lượng bảo vệ');
    expect(r.citations.some((c) => c.label.includes('Điều 7. Các biện pháp bảo vệ'))).toBe(true);
  });

  it('is followed by the clauses of an article it hands a duty over to as a whole', async () => {
    const r = await answer('Hội phụ nữ có nhiệm vụ gì trong phòng ngừa mua bán người?', { index });
    const lead = leadOf(r.text);
    expect(lead).toContain('Thực hiện trách nhiệm quy định tại Điều 17 của Luật này');
    expect(lead).toContain('Tư vấn và tham gia tư vấn về phòng, chống mua bán người.');
    expect(r.citations.some((c) => c.label.includes('Điều 17. Mặt trận Tổ quốc Việt Nam'))).toBe(true);
  });

  it('reads a whole article handed over only when the sentence hands a duty over, not when it names acts', () => {
    const { sections } = index.corpus;
    const law = 'regulations/luat-66-2011.md';
    const path = ['Chương II. Phòng ngừa mua bán người', 'Điều 18. Hội Liên hiệp phụ nữ Việt Nam tham gia phòng ngừa mua bán người'];
    const duty = articleDutyReferredTo(sections, law, path, 'Thực hiện trách nhiệm quy định tại Điều 17 của Luật này.');
    expect(duty.map((c) => c.clause)).toEqual([1, 2, 3, 4, 5]);
    expect(articleDutyReferredTo(sections, law, path, 'Kịp thời báo tin, tố giác hành vi quy định tại Điều 3 của Luật này.')).toEqual([]);
  });

  it('granting points of a clause by their letters, is followed by those points, cited to their clause', async () => {
    const r = await answer('Một người nước ngoài bị mua bán tại Việt Nam thì có được hưởng hỗ trợ không?', { index });
    const lead = leadOf(r.text);
    expect(lead).toContain('các điểm a, b, c, d, đ và g khoản 1 Điều này');
    expect(lead).toContain('c) Hỗ trợ phiên dịch;');
    expect(lead).toContain('g) Hỗ trợ tâm lý;');
    expect(lead).not.toContain('h) Hỗ trợ học văn hóa');
    expect(r.citations.at(-1)?.label).toMatch(/Điều 37\..* › khoản 1$/u);
  });
});
