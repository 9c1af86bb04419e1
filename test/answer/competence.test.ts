// A clause sending a matter to "the competent body" is followed by its text's article listing those bodies.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('the competent body a clause defers to', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('is named by the article on that competence, quoted after the clause', async () => {
    const r = await answer('Bị bọn buôn người dọa trả thù, muốn xin bảo vệ thì gửi đề nghị cho cơ quan nào?', { index, province: null });
    const last = r.citations.at(-1)!;
    expect(last.label).toContain('Điều 8. Thẩm quyền áp dụng biện pháp bảo vệ');
    expect(r.text).toContain('a) Cơ quan Cảnh sát điều tra trong Công an nhân dân;');
  });

  it('is named too when the clause quoted as the lead sends the request to the competent body in its own words', async () => {
    const r = await answer('Nạn nhân muốn được bảo vệ thì có phải viết giấy đề nghị không, nộp cho cơ quan nào?', {
      index,
      province: null,
    });
    expect(r.text.split('\n')[0]).toContain('gửi cơ quan có thẩm quyền');
    expect(r.citations.at(-1)!.label).toContain('Điều 8. Thẩm quyền áp dụng biện pháp bảo vệ');
  });

  it('is not added when the question asks no body, or the lead defers to another competence', async () => {
    const how = await answer('Muốn xin bảo vệ thì làm văn bản đề nghị ghi những gì?', { index, province: null });
    expect(how.text).not.toContain('Điều 8. Thẩm quyền áp dụng biện pháp bảo vệ › khoản 1');
    const burial = await answer('Nạn nhân mất khi đang ở cơ sở bảo trợ, người nhà không đến kịp thì ai lo mai táng?', {
      index,
      province: null,
    });
    expect(burial.text).not.toContain('Thẩm quyền cấp');
  });
});
