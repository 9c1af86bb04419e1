// A question asking how a thing is done is answered by the rule, not by a list of the cases it is withdrawn in,
// however many of the question's words that list shares; a question naming the cases still gets them.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openBundledIndex();
});

/** The text before the quotes: what a reader sees first. */
describe('a question asking how', () => {
  it('does not lead with the cases a licence is withdrawn in', async () => {
    const r = await answer('muốn mở cơ sở hỗ trợ nạn nhân thì cần làm gì', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(leadOf(r.text)).not.toContain('thu hồi');
    expect(r.citations[0].docId).toBe('regulations/nd-09-2013.md');
  });

  it('still leads with those cases when it names them', async () => {
    const r = await answer('trường hợp nào thì cơ sở hỗ trợ nạn nhân bị thu hồi giấy phép, thủ tục thế nào', { index, province: null });
    expect(leadOf(r.text)).toContain('thu hồi Giấy phép thành lập cơ sở hỗ trợ nạn nhân trong các trường hợp sau đây');
  });
});
