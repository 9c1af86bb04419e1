// Which passages an answer quotes: those whose share of the question's words is close to the best one's, and for an
// overview question also the ranker's first passage, which lists the answer in the documents' words, not the asker's.
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceGroups } from '../../handlers/answer/groups.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';

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
