// What an agency does, asked as a whole: the plan of the user's province answers for the bodies it gives a heading,
// even when a national text ranks first; a force that a regulation is devoted to is answered by that text's measure
// articles side by side, each cited, while a question on one of its duties keeps its own clause.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

const leadOf = (text: string) => text.split('\n\nTrích dẫn:')[0];

describe("an agency's duties asked as a whole", () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it("answers from the heading of the user's province plan naming the body, not a ministry's article", async () => {
    const r = await answer('Sở LĐTBXH có trách nhiệm gì?', { index, province: 'binh-dinh' });
    expect(r.citations[0].label).toMatch(/^KH Bình Định 2021–2025 › V\. Tổ chức thực hiện › 1\. Sở Lao động/);
    expect(leadOf(r.text)).toContain('xây dựng và hướng dẫn triển khai thực hiện Kế hoạch');
  });

  it('does not read a ministry ("Bộ Công an") as the province body of the same name ("Công an tỉnh")', async () => {
    const r = await answer('Bộ Công an có trách nhiệm gì?', { index, province: 'quang-nam' });
    expect(r.citations[0].label).toMatch(/Điều 42\. Trách nhiệm của Bộ Công an/);
  });

  it('finds a body of a heading naming two ("Đài …, Báo …") when asked as "báo đài"', async () => {
    const r = await answer('báo đài phát thanh truyền hình của tỉnh phải làm gì?', { index, province: 'binh-dinh' });
    expect(r.citations[0].label).toMatch(/› 8\. Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định/);
    expect(leadOf(r.text)).toContain('Xây dựng các bản tin, phóng sự chuyên đề');
  });
});
