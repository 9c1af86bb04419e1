// A question asking who does an act that a text has an article on the competence for is led by that article's
// sentence naming the body, not by a shorter sentence of the same text sharing as many of the question’s words.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openBundledIndex();
});

describe('a question asking who is competent for an act', () => {
  it('leads with the body the article on that competence names', async () => {
    const r = await answer('ai được quyền cấp giấy phép thành lập cơ sở hỗ trợ nạn nhân', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(leadOf(r.text)).toContain('«Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương');
  });
});
