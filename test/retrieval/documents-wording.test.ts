// The second reading of an everyday question in the documents' wording: the lexical search re-weighted towards the
// thesaurus phrases for its chat words, fused by rank with the question's own reading.
import { describe, expect, it } from 'vitest';
import { buildLexicalIndex, DEFAULT_WEIGHTS } from '../../retrieval/bm25.js';
import { createQueryExpander } from '../../retrieval/expand.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

// One passage shares the question's incidental words (người dân, xã, tiền); the other only says what "cho tiền"
// means in the documents (trợ cấp, mức chi).
const SECTIONS = [
  {
    path: ['Điều 1. Đóng góp của người dân'],
    text: 'Tiền đóng góp của người dân trong xã cho quỹ đường giao thông nông thôn được công khai hằng năm.',
  },
  {
    path: ['Điều 2. Trợ cấp cho nạn nhân'],
    text: 'Nạn nhân thuộc hộ nghèo được trợ cấp khó khăn ban đầu; mức chi do Ủy ban nhân dân cấp xã đề nghị.',
  },
  { path: ['Điều 3. Tuyên truyền'], text: 'Ủy ban nhân dân cấp xã tổ chức tuyên truyền về phòng, chống tội phạm cho người dân.' },
];
const corpus = makeCorpus('documents-wording', [{ doc: doc('regulations/a.md', 'TT A', null), sections: SECTIONS }]);
const QUESTION = 'người dân trong xã có được cho tiền không';

describe('lexical search re-weighted towards the expansion phrases', () => {
  const lexical = buildLexicalIndex(SECTIONS.map((s) => ({ body: `${s.path[0]}\n${s.text}`, heading: s.path[0], meta: 'TT A' })));
  const expansions = createQueryExpander().expansions(QUESTION);

  it('reads exactly as a search run with that expansion weight', () => {
    expect(expansions.length).toBeGreaterThan(0);
    const main = lexical.search(QUESTION, 10, DEFAULT_WEIGHTS, expansions);
    for (const w of [0.3, 1.5, 4]) {
      const view = main.withExpansionWeight(w, 10);
      const fresh = lexical.search(QUESTION, 10, { ...DEFAULT_WEIGHTS, expansion: w }, expansions);
      expect(view.ranked).toEqual(fresh.ranked);
      for (const i of fresh.ranked) expect(view.score(i)).toBeCloseTo(fresh.score(i), 9);
    }
  });

  it('leaves the search it was read from untouched', () => {
    const main = lexical.search(QUESTION, 10, DEFAULT_WEIGHTS, expansions);
    const before = main.ranked.map((i) => [i, main.score(i)]);
    main.withExpansionWeight(4, 10);
    expect(main.ranked.map((i) => [i, main.score(i)])).toEqual(before);
  });
});

describe('fusing the documents’ wording', () => {
  const open = (weight: number) => openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, documentsWording: { weight, expansion: 4 } } });
  const first = async (weight: number, q = QUESTION) => (await (await open(weight)).search(q, { k: 3 }))[0]?.chunk.path[0];

  it('lifts the passage in the documents’ terms over one sharing the question’s incidental words', async () => {
    expect(await first(0)).toBe('Điều 1. Đóng góp của người dân');
    expect(await first(2)).toBe('Điều 2. Trợ cấp cho nạn nhân');
  });

  it('changes nothing for a question without everyday wording', async () => {
    const q = 'quỹ đường giao thông nông thôn được công khai';
    const [off, on] = await Promise.all([open(0), open(2)]);
    const ids = async (index: typeof off) => (await index.search(q, { k: 3 })).map((h) => [h.chunk.id, h.score]);
    expect(createQueryExpander().expansions(q)).toEqual([]);
    expect(await ids(on)).toEqual(await ids(off));
  });
});
