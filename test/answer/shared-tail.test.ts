import { describe, expect, it } from 'vitest';
import { preferOwnClause } from '../../handlers/answer/shared-tail.js';
import type { Candidate } from '../../handlers/answer/groups.js';
import { splitSentences } from '../../retrieval/text.js';

const PASSAGE =
  'Sở Lao động chỉ đạo Phòng Bảo trợ; Công an tỉnh chỉ đạo Phòng Cảnh sát hình sự; Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Phòng Ngoại vụ làm đơn vị đầu mối thực hiện Kế hoạch phối hợp. Các đơn vị cử cán bộ.';

/** Candidates scored by how many of the words occur in them (a stand-in for the question score). */
function scored(words: string[]) {
  const score = (s: string) => words.filter((w) => s.toLowerCase().includes(w)).length;
  const sentences: Candidate[] = splitSentences(PASSAGE).map((text, pos) => ({ text, pos, score: score(text) }));
  preferOwnClause(PASSAGE, sentences, score);
  return sentences.sort((a, b) => b.score - a.score);
}

describe('clauses sharing one ending', () => {
  it('the clause naming the asked agency leads, quoted with the closing clause that carries the shared ending', () => {
    const [lead, ...rest] = scored(['công an tỉnh', 'đầu mối', 'kế hoạch phối hợp']);
    expect(lead.text).toBe(
      'Công an tỉnh chỉ đạo Phòng Cảnh sát hình sự; … Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Phòng Ngoại vụ làm đơn vị đầu mối thực hiện Kế hoạch phối hợp.',
    );
    // The closing clause is not quoted a second time.
    expect(rest.find((c) => c.text.startsWith('Văn phòng'))?.score).toBe(0);
  });

  it('the closing clause keeps the lead when the question is about its own subject, or about none of the parts', () => {
    for (const words of [['văn phòng ủy ban', 'đầu mối'], ['đầu mối']]) {
      const [lead] = scored(words);
      expect(lead.text, words.join()).toMatch(/^Văn phòng Ủy ban nhân dân tỉnh/);
    }
  });
});
