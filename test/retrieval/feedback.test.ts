// Pseudo-relevance feedback: the first passages' distinctive word pairs added to a question in everyday words.
import { describe, expect, it } from 'vitest';
import { buildLexicalIndex } from '../../retrieval/bm25.js';
import { createFeedback, type FeedbackOptions } from '../../retrieval/feedback.js';
import { DEFAULT_FUSION, openKnowledgeIndex } from '../../retrieval/index.js';
import { terms } from '../../retrieval/text.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

// The question's words ("lúa giống mới", "miễn phí") reach the first clause only; the second holds none of them but
// the first clause's distinctive pair "phân bón" (hữu cơ). The others are about other things.
const SECTIONS = [
  {
    path: ['Điều 1. Giống lúa mới'],
    text: 'Hộ trồng lúa giống mới được nhận phân bón hữu cơ miễn phí trong vụ đầu tiên; phân bón hữu cơ phải dùng hết trong vụ.',
  },
  { path: ['Điều 2. Cấp phát'], text: 'Phân bón hữu cơ do hợp tác xã nông nghiệp của từng thôn cấp phát.' },
  { path: ['Điều 3. Thủy lợi'], text: 'Kênh mương nội đồng do thôn tự nạo vét hằng năm.' },
  { path: ['Điều 4. Chăn nuôi'], text: 'Trại heo phải cách khu dân cư ít nhất năm trăm mét.' },
  { path: ['Điều 5. Đường làng'], text: 'Đường bê tông liên xóm được sửa chữa bằng vốn góp của dân.' },
  { path: ['Điều 6. Chợ quê'], text: 'Chợ phiên họp vào sáng chủ nhật tại bãi đất trống đầu làng.' },
];
const QUESTION = 'ruộng lúa giống mới được tặng miễn phí không';
// The fixture is tiny: every pair is in a large share of it.
const OPTIONS: FeedbackOptions = { docs: 2, terms: 4, weight: 0.5, maxShare: 1, cohesion: 0.9 };

const lexical = buildLexicalIndex(SECTIONS.map((s) => ({ body: `${s.path[0]}\n${s.text}`, heading: s.path[0], meta: 'TT A' })));
const asked = (q: string) => {
  const t = terms(q);
  return new Set([...t.uniF, ...t.biF]);
};

describe('feedback terms', () => {
  const feedback = createFeedback(lexical, OPTIONS);
  const added = feedback(lexical.search(QUESTION, 10), asked(QUESTION));
  const pairs = added.map((t) => t.term);

  it('adds the first passages’ most distinctive word pairs, folded, the best weighing `weight`', () => {
    expect(pairs).toEqual(expect.arrayContaining(['phan bon', 'huu co']));
    expect(pairs).toHaveLength(OPTIONS.terms);
    expect(added[0].weight).toBe(OPTIONS.weight);
    for (const t of added) expect(t.weight).toBeLessThanOrEqual(OPTIONS.weight);
  });

  it('adds no pair the question has, nor one with a function word or a heading’s numbering', () => {
    const all = createFeedback(lexical, { ...OPTIONS, terms: 100 })(lexical.search(QUESTION, 10), asked(QUESTION)).map((t) => t.term);
    expect(all).not.toContain('mien phi');
    expect(all).not.toContain('giong moi');
    for (const t of all) expect(t).not.toMatch(/\b(?:dieu|1|trong|duoc)\b/);
  });

  it('adds no pair whose syllables go together less often than `cohesion`', () => {
    // "cơ miễn" is read across two words ("hữu cơ | miễn phí"): "miễn" goes with "cơ" in one passage, "cơ" elsewhere too.
    const loose = createFeedback(lexical, { ...OPTIONS, cohesion: 0 })(lexical.search(QUESTION, 10), asked(QUESTION));
    expect(loose.map((t) => t.term)).toContain('co mien');
    expect(pairs).not.toContain('co mien');
  });

  it('is off with no passage to read', () => {
    const none = createFeedback(lexical, { ...OPTIONS, docs: 0 });
    expect(none(lexical.search(QUESTION, 10), asked(QUESTION))).toEqual([]);
  });
});

describe('a search read with added terms', () => {
  it('scores the passages holding them higher and leaves the search it was read from untouched', () => {
    const main = lexical.search(QUESTION, 10);
    const before = main.ranked.map((i) => [i, main.score(i)]);
    const view = main.withTerms([{ term: 'phan bon', weight: 1 }], 10);
    expect(main.ranked.map((i) => [i, main.score(i)])).toEqual(before);
    // The second clause holds none of the question's words: only the added pair finds it.
    expect(main.ranked).not.toContain(1);
    expect(view.ranked).toContain(1);
    expect(view.score(0)).toBeGreaterThan(main.score(0));
    expect(view.score(2)).toBe(main.score(2));
  });
});

describe('feedback in the hybrid search', () => {
  const corpus = makeCorpus('feedback', [{ doc: doc('regulations/a.md', 'TT A', null), sections: SECTIONS }]);
  // Vectors off: the hashed embedder would bring in any passage sharing a character n-gram.
  const open = (docs: number, maxCoverage = DEFAULT_FUSION.feedback.maxCoverage) =>
    openKnowledgeIndex({
      corpus,
      fusion: { ...SECTION_UNITS, vectorWeight: 0, feedback: { ...DEFAULT_FUSION.feedback, ...OPTIONS, docs, maxCoverage } },
    });
  const found = async (docs: number, q: string) => (await (await open(docs)).search(q, { k: 3 })).map((h) => h.chunk.path[0]);

  it('finds the passage on the same thing in the first passage’s words for a question the documents word otherwise', async () => {
    expect(await found(0, QUESTION)).not.toContain('Điều 2. Cấp phát');
    expect(await found(2, QUESTION)).toContain('Điều 2. Cấp phát');
  });

  it('changes nothing for a question whose words the first passage holds', async () => {
    const q = 'lúa giống mới nhận phân miễn phí trong vụ đầu tiên';
    const [off, on, ungated] = await Promise.all([open(0), open(2), open(2, Number.POSITIVE_INFINITY)]);
    const hits = async (index: typeof off) => (await index.search(q, { k: 3 })).map((h) => [h.chunk.id, h.score]);
    expect(await hits(on)).toEqual(await hits(off));
    // Without the gate the same question would be read again with the first passage's other pairs.
    expect(await hits(ungated)).not.toEqual(await hits(off));
  });
});
