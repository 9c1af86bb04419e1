// The rankers vote by rank, and BM25 rewards a passage that repeats a few of the question's words: among the first
// hits, the one holding more of the question comes first.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const SOURCES = [
  {
    doc: doc('regulations/nd-bao-ve.md', 'NĐ bảo vệ', null, { kind: 'regulation', title: 'Nghị định về biện pháp bảo vệ' }),
    sections: [
      {
        path: ['Điều 5. Biện pháp bảo vệ người bị đe dọa'],
        text: 'Người bị đe dọa được bảo vệ. Biện pháp bảo vệ gồm bảo vệ chỗ ở, bảo vệ nơi làm việc, bảo vệ tính mạng của người bị đe dọa. Việc bảo vệ được giữ bí mật.',
      },
      {
        path: ['Điều 6. Đề nghị áp dụng biện pháp bảo vệ'],
        text: 'Người đề nghị phải gửi văn bản đề nghị; trường hợp khẩn cấp có thể đề nghị trực tiếp hoặc qua điện thoại.',
      },
      {
        path: ['Điều 7. Thời hạn'],
        text: 'Cơ quan có thẩm quyền quyết định trong thời hạn 24 giờ kể từ khi nhận đề nghị.',
      },
    ],
  },
];

const QUESTION = 'Người bị đe dọa muốn được bảo vệ, gấp thì gọi điện thoại được không?';

async function firstArticle(floor: number): Promise<string> {
  const corpus = makeCorpus('rerank', SOURCES);
  const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, coverageRerank: { floor, depth: 8 } } });
  const [top] = await index.search(QUESTION, { k: 3 });
  return top.chunk.path[0];
}

describe('coverage rerank of the first hits', () => {
  it('puts the passage holding more of the question before one that repeats a few of its words', async () => {
    expect(await firstArticle(1)).toMatch(/^Điều 5/);
    expect(await firstArticle(0.5)).toMatch(/^Điều 6/);
  });
});
