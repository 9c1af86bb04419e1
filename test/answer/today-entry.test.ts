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
    for (const q of ['Nạn nhân có được hỗ trợ phiên dịch không?', 'giấy phép có được cấp lại ko', 'luật có cấm việc này không ạ'])
      expect(asksWhether(q), q).toBe(true);
    for (const q of [
      'Được hỗ trợ bao nhiêu tiền, có nhiều không?',
      'Ai được hỗ trợ không',
      'nạn nhân được hỗ trợ như thế nào',
      'Có phiên dịch',
    ])
      expect(asksWhether(q), q).toBe(false);
  });

  it("is answered first by today's list entry naming the thing, with the list's heading", async () => {
    const r = await answer('Nạn nhân không nói được tiếng Việt thì có được hỗ trợ phiên dịch không?', { index });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo Luật 53\/2024\/QH15/u);
    expect(lead).toContain('được hưởng chế độ hỗ trợ sau đây: … c) Hỗ trợ phiên dịch');
  });

  it("but asked how, the older text's rule leads", async () => {
    const r = await answer('Nạn nhân không biết tiếng Việt thì lấy lời khai thế nào?', { index });
    expect(leadOf(r.text)).not.toMatch(/^Theo Luật 53\/2024\/QH15/u);
    expect(r.text).toContain('phiên dịch');
  });
});
