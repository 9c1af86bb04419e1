// A question in chat words ("bỏ đi đâu mất") is about the sentence saying it in the documents' words ("vắng mặt"):
// the thesaurus' terms for its wordings count toward which sentence is quoted, less than the question's own words.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { queryProfile, termOverlap } from '../../handlers/answer/sentences.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const ABSENT = 'Công an xã lên danh số người vắng mặt ở địa phương nghi bị mua bán để theo dõi.';
const LISTED = 'Công an xã tuần tra địa bàn vào ban đêm để giữ gìn trật tự.';

describe('the documents’ terms for a chat wording', () => {
  it('count for the sentence holding them, and only when asked for', () => {
    const q = 'công an xã có ghi tên người bỏ đi đâu mất không';
    const gain = (s: string) => termOverlap(s, queryProfile(q, true)) - termOverlap(s, queryProfile(q));
    expect(gain(ABSENT)).toBeGreaterThan(0);
    expect(gain(LISTED)).toBe(0);
  });

  it('count less than the question’s own words', () => {
    const chat = queryProfile('người bỏ đi', true);
    const own = queryProfile('người vắng mặt', true);
    expect(termOverlap(ABSENT, chat)).toBeLessThan(termOverlap(ABSENT, own));
  });

  describe('in an answer', () => {
    let index: KnowledgeIndex;
    beforeAll(async () => {
      const plan = {
        doc: doc('plans/xa-mau.md', 'KH xã mẫu', 'quang-nam', { title: 'Kế hoạch mẫu của xã' }),
        sections: [
          { path: ['II. Nhiệm vụ', '1. Công an xã'], text: `- ${LISTED}\n- ${ABSENT}` },
          { path: ['II. Nhiệm vụ', '2. Hội Phụ nữ xã'], text: '- Thăm hỏi gia đình người được giúp đỡ tại địa phương.' },
        ],
      };
      index = await openKnowledgeIndex({ corpus: makeCorpus('h-legal-terms', [plan]), fusion: SECTION_UNITS });
    });

    it('leads with the sentence saying in the documents’ words what the chat asked', async () => {
      const r = await answer('công an xã có ghi tên người bỏ đi đâu mất không', { index, province: 'quang-nam' });
      expect(r.text.split('\n')[0]).toContain('danh số người vắng mặt');
    });
  });
});
