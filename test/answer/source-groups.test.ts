// Which passages an answer quotes: those whose share of the question's words is close to the best one's, and for an
// overview question also the ranker's first passage, which lists the answer in the documents' words, not the asker's;
// and which list an overview leads with.
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseSentences, type Group, sourceGroups } from '../../handlers/answer/groups.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { doc } from '../retrieval/fixture.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
});

/** Two distinct passages of the corpus, the first given less of the question's words than the second. */
async function rankedPair(): Promise<SearchHit[]> {
  const hits = await index.search('Đồn Biên phòng bố trí chỗ ở tạm thời cho người khai là nạn nhân', { k: 6 });
  const first = hits[0];
  const second = hits.find((h) => h.chunk.sectionId !== first.chunk.sectionId)!;
  return [
    { ...first, confidence: 0.3 },
    { ...second, confidence: 0.6 },
  ];
}

describe('sourceGroups', () => {
  const q = 'lo cho họ những gì';

  it("keeps the ranker's first passage of an overview even when it holds fewer of the question's words", async () => {
    const [first, second] = await rankedPair();
    const groups = sourceGroups(index, [first, second], 0.6, queryProfile(q), ['list'], true);
    expect(groups.map((g) => g.hit.chunk.sectionId)).toEqual([first.chunk.sectionId, second.chunk.sectionId]);
  });

  it('leaves that passage out of any other answer, and any later passage as weak as it', async () => {
    const [first, second] = await rankedPair();
    expect(sourceGroups(index, [first, second], 0.6, queryProfile(q), ['list']).map((g) => g.hit.chunk.sectionId)).toEqual([
      second.chunk.sectionId,
    ]);
    const overview = sourceGroups(index, [second, first], 0.6, queryProfile(q), ['list'], true);
    expect(overview.map((g) => g.hit.chunk.sectionId)).toEqual([second.chunk.sectionId]);
  });
});

describe('chooseSentences for an overview', () => {
  const law = doc('regulations/tt.md', 'TT thử', null);
  /** A source whose one candidate is the clause `heading` introducing `items`, scored `score`. */
  const listGroup = (article: string, heading: string, items: string[], score: number, rank: number): Group => ({
    hit: {
      chunk: { id: article, docId: law.id, sectionId: article, path: [article, '1.'], text: heading, passage: heading },
      doc: law,
      score: 1,
      confidence: 0.5,
      otherProvince: false,
    },
    rank,
    sentences: [{ text: heading, pos: -1, score }],
    intros: [{ heading, items }],
    lists: [{ heading, items }],
  });
  const evidence = listGroup('Điều 8. Xác định nạn nhân', '2. Việc xác định dựa vào', ['a) Tài liệu;', 'b) Lời khai.'], 4, 0);
  const support = listGroup('Điều 10. Hỗ trợ nạn nhân', '1. Đồn Biên phòng hỗ trợ', ['a) Chỗ ở tạm thời;', 'b) Tiền tàu xe.'], 16, 1);

  it("leads with the top source's list unless another source's matches the question several times better", () => {
    expect(chooseSentences([evidence, support], ['list'], true).lead?.g).toBe(support);
    const close = { ...support, sentences: [{ ...support.sentences[0], score: 8 }] };
    expect(chooseSentences([evidence, close], ['list'], true).lead?.g).toBe(evidence);
  });
});
