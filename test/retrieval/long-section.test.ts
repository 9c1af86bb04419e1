// A section longer than a passage is quoted from the parser's chunks; each holds a different part of its text, so two
// of them can both answer.
import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

describe("a long section's chunks", () => {
  it('are not dropped as repeats of each other', async () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const index = await openKnowledgeIndex({ corpus });
    // TTLT 01/2014 Điều 4 khoản 1 điểm b) is cut into chunks; two of them say the mission abroad issues the travel
    // document to a victim without valid papers.
    const hits = await index.search('cơ quan đại diện cấp giấy thông hành cho nạn nhân không có giấy tờ xuất nhập cảnh hợp lệ', { k: 6 });
    const chunks = hits.filter((h) => h.chunk.passage.includes('cấp giấy thông hành'));
    expect(new Set(chunks.map((h) => h.chunk.id)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(chunks.map((h) => h.chunk.sectionId)).size).toBe(1);
  });
});
