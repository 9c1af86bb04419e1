// The coverage an overview reads for most of its candidates is computed for every unit at once; a search reads it
// unit by unit for its few hits. Both must be the same measure, to the last bit, or the order of answers would change.
import { describe, expect, it } from 'vitest';
import { buildLexicalIndex, DEFAULT_WEIGHTS } from '../../retrieval/bm25.js';
import { createQueryExpander } from '../../retrieval/expand.js';
import { SOURCES } from './fixture.js';

const sections = SOURCES.flatMap((s) => s.sections.map((x) => ({ ...x, meta: s.doc.shortName })));
const lexical = buildLexicalIndex(
  sections.map((s) => ({ body: `${s.path.join('\n')}\n${s.text}`, heading: s.path.join(' \n '), meta: s.meta })),
);
const expander = createQueryExpander();

describe('coverage of every unit at once', () => {
  it('equals the coverage a search reads unit by unit, with and without diacritics and everyday wording', () => {
    const questions = [
      'Nạn nhân được hỗ trợ những gì?',
      'nan nhan duoc ho tro nhung gi',
      'người bị lừa bán về được cho tiền không',
      'Ủy ban nhân dân cấp xã tiếp nhận nạn nhân',
      'câu hỏi không có từ nào trong văn bản xyz',
    ];
    let covered = 0;
    for (const q of questions) {
      const expansions = expander.expansions(q);
      const dense = lexical.shares(q, DEFAULT_WEIGHTS, expansions);
      const lazy = lexical.search(q, lexical.size, DEFAULT_WEIGHTS, expansions);
      for (let i = 0; i < lexical.size; i++) {
        expect(dense.coverage(i), `${q} / unit ${i}`).toBe(lazy.coverage(i));
        if (dense.coverage(i) > 0) covered++;
      }
    }
    // The questions do find units: the equality is not only between zeros.
    expect(covered).toBeGreaterThan(5);
  });
});
