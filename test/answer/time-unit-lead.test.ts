// A time limit asked in one unit ("mấy tháng", "bao nhiêu giờ") is answered by the sentence stating a limit in that
// unit, not by a neighbouring step's limit in days that shares more of the question's words.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('a time limit asked in a unit', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openBundledIndex();
  });

  it('leads with the limit in the unit asked, not the next step’s limit in days', async () => {
    const r = await answer('Nạn nhân có mấy tháng để làm đơn xin hỗ trợ học nghề?', { index });
    expect(leadOf(r.text)).toContain('12 (mười hai) tháng');
    expect(leadOf(r.text)).not.toContain('03 (ba) ngày');
  });
});
