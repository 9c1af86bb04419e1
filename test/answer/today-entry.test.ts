// Asked whether a thing is granted, the entry of today's law naming it answers first, under its list's heading; asked
// how, the older text's rule on it still leads.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { asksWhether } from '../../retrieval/question-type.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { leadOf, openBundledIndex } from './bundled.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openBundledIndex();
});

describe('a question whether a thing is granted or forbidden', () => {
  it('ends in "không" after "được", "cấm" or "bị", and asks nothing more precise', () => {
    for (const q of [
      'Nạn nhân có được hỗ trợ phiên dịch không?',
      'giấy phép có được cấp lại ko',
      'luật có cấm việc này không ạ',
      'Nạn nhân có được trợ cấp khó khăn ban đầu không?',
      'nạn nhân có được hỗ trợ không anh ơi',
    ])
      expect(asksWhether(q), q).toBe(true);
    for (const q of [
      'Được hỗ trợ bao nhiêu tiền, có nhiều không?',
      'Ai được hỗ trợ không',
      'nạn nhân được hỗ trợ như thế nào',
      'Có phiên dịch',
      'Chị tôi bị lừa sang Bangkok',
      'Cơ sở có phải cam kết không',
    ])
      expect(asksWhether(q), q).toBe(false);
  });

  it("is answered first by today's list entry naming the thing, with the list's heading", async () => {
    const r = await answer('Nạn nhân không nói được tiếng Việt thì có được hỗ trợ phiên dịch không?', { index });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo Luật 53\/2024\/QH15/u);
    expect(lead).toContain('được hưởng chế độ hỗ trợ sau đây: … c) Hỗ trợ phiên dịch');
    // The lead says the point; the quotes do not repeat it.
    expect(r.text.split('c) Hỗ trợ phiên dịch').length - 1).toBe(1);
  });

  it("asked of a group with a list of its own, is not answered under the citizens' heading", async () => {
    const r = await answer('Người nước ngoài bị mua bán ở Việt Nam có được hỗ trợ phiên dịch không?', { index });
    expect(r.text).not.toContain('người không quốc tịch thường trú ở Việt Nam được hưởng chế độ hỗ trợ sau đây: …');
  });

  it("but asked how, the older text's rule leads", async () => {
    const r = await answer('Nạn nhân không biết tiếng Việt thì lấy lời khai thế nào?', { index });
    expect(leadOf(r.text)).not.toMatch(/^Theo Luật 53\/2024\/QH15/u);
    expect(r.text).toContain('phiên dịch');
  });
});
