// A question asking who acts: among the clauses of one article that hold the support asked about, the clause opening
// with the duty to grant it answers, not the clause granting it.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { asksWhoActs } from '../../retrieval/sibling-facet.js';
import { makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const regulation = SOURCES.find((s) => s.doc.province === null)!.doc;
const ARTICLE = 'Điều 19. Chế độ hỗ trợ đi lại';
const corpus = makeCorpus('sibling-facet', [
  ...SOURCES,
  {
    doc: { ...regulation, id: 'regulations/di-lai.md', shortName: 'NĐ đi lại' },
    sections: [
      {
        path: [ARTICLE, '2.'],
        text: '2. Nạn nhân trở về nơi cư trú được hỗ trợ tiền tàu xe, tiền ăn trong những ngày đi đường; hỗ trợ tiền tàu xe theo giá phương tiện công cộng. Nạn nhân là người chưa thành niên thì Phòng Lao động - Thương binh và Xã hội cấp huyện đưa nạn nhân về nơi cư trú.',
      },
      {
        path: [ARTICLE, '3.'],
        text: '3. Cơ quan chịu trách nhiệm hỗ trợ tiền tàu xe và tiền ăn cho nạn nhân gồm: Phòng Lao động - Thương binh và Xã hội cấp huyện; cơ sở bảo trợ xã hội.',
      },
    ],
  },
]);

async function first(question: string, siblingFacetDepth?: number): Promise<string> {
  const fusion = { ...SECTION_UNITS, ...(siblingFacetDepth === undefined ? {} : { siblingFacetDepth }) };
  const index = await openKnowledgeIndex({ corpus, fusion });
  const [hit] = await index.search(question, { k: 3 });
  return hit.chunk.path.at(-1)!;
}

describe('a question asking who acts among sibling clauses', () => {
  it('puts the clause opening with the duty before the clause granting the support', async () => {
    const q = 'ai hỗ trợ tiền tàu xe, tiền ăn cho nạn nhân?';
    expect(await first(q, 0)).toBe('2.');
    expect(await first(q)).toBe('3.');
  });

  it('reads "có ai … không" and "gồm những ai" as asking no body that acts', () => {
    expect(asksWhoActs('ai trả tiền xe cho nạn nhân', true)).toBe(true);
    expect(asksWhoActs('không có tiền xe về quê thì có ai lo cho không?', true)).toBe(false);
    expect(asksWhoActs('người thân thích của nạn nhân gồm những ai?', true)).toBe(false);
  });
});
