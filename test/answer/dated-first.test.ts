// A date or a plan's target asked for is the answer itself: the ranker's first passage stating one is quoted, although
// a national clause on a period of the same length ("06 (sáu) tháng"), or a duty to plan "các mục tiêu, chỉ tiêu của Kế
// hoạch", holds more of the question's words. Bundled corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
});

describe('a reporting deadline asked of the own province', () => {
  it("leads with the plan's clause stating the date, not a national clause on a six-month period", async () => {
    const r = await answer('báo cáo 6 tháng địa phương mình hạn chót ngày mấy', { index, province: 'dong-nai' });
    expect(r.kind).toBe('answer');
    expect(r.text.split('\n')[0]).toContain('trước 15/5');
  });

  it('keeps the national clause when no passage states a date', async () => {
    const r = await answer('Cơ sở hỗ trợ nạn nhân không hoạt động 6 tháng thì bị xử lý thế nào?', { index, province: null });
    expect(r.text.split('\n')[0]).toContain('06 (sáu) tháng');
  });
});

describe("a plan's targets asked in the plan's own word", () => {
  it('quotes the plan stating its share, not the duty naming its targets', async () => {
    const r = await answer('các chỉ tiêu của kế hoạch gồm những gì', { index, province: 'binh-dinh' });
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('100% người sau khi được xác định là nạn nhân');
  });
});
