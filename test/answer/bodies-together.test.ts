// How the bodies of a province act together on one topic ("các đơn vị phối hợp thế nào để …") is answered by the
// topic's part of the coordination plan, one dash per body quoted whole, not by one body's dash nor by the plan's list
// of topic headings.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import { asksBodiesTogether } from '../../handlers/answer/outline-part.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openBundledIndex();
});

describe('asksBodiesTogether', () => {
  it('reads the bodies asked together, whatever the question word, and not one body', () => {
    expect(asksBodiesTogether('Các lực lượng trong tỉnh phối hợp thế nào để tiếp nhận?')).toBe(true);
    expect(asksBodiesTogether('cac so nganh lam gi khi co nan nhan')).toBe(true);
    expect(asksBodiesTogether('Công an tỉnh phối hợp thế nào để tiếp nhận?')).toBe(false);
    expect(asksBodiesTogether('Các cơ quan nào có thẩm quyền cấp giấy chứng nhận?')).toBe(false);
  });
});

describe('the bodies asked together on a topic', () => {
  it("quotes every body's dash of the topic's part, not one of them", async () => {
    const r = await answer('Các lực lượng trong tỉnh phối hợp thế nào để tiếp nhận thông tin về nạn nhân?', {
      index,
      province: 'soc-trang',
    });
    expect(r.citations[0].label).toMatch(/› 4\. Tiếp nhận thông tin, tài liệu về nạn nhân/);
    const lead = leadOf(r.text);
    expect(lead).toContain('- Văn phòng Ủy ban nhân dân tỉnh phối hợp chặt chẽ');
    expect(lead).toContain('- Bộ Chỉ huy Bộ đội Biên phòng tỉnh tiếp nhận thông tin');
    expect(lead).toContain('- Sở Lao động - Thương binh và Xã hội hướng dẫn Phòng');
  });

  it("answers with the part whose heading opens with the topic, not the plan's list of headings", async () => {
    const r = await answer('Các đơn vị phối hợp như thế nào để bảo vệ nạn nhân?', { index, province: 'soc-trang' });
    expect(r.citations[0].label).toMatch(/› 5\. Bảo vệ an toàn cho nạn nhân/);
    const lead = leadOf(r.text);
    expect(lead).not.toContain('1. Xây dựng văn bản quy phạm pháp luật');
    expect(lead).toContain('- Bộ Chỉ huy Bộ đội Biên phòng tỉnh áp dụng các biện pháp bảo vệ');
  });
});
