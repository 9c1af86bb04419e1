// Small in-memory index and extractive answerer for the LLM tests.
import type { Chunk, Corpus, DocMeta } from '../../knowledge/types.js';
import type { KnowledgeIndex, SearchHit, SearchOptions } from '../../retrieval/types.js';
import type { AnswerResult, Answerer } from '../../handlers/types.js';
import { doc } from '../retrieval/fixture.js';

function chunk(d: DocMeta, n: number, path: string[], text: string): Chunk {
  return { id: `${d.id}#${n}~0`, docId: d.id, sectionId: `${d.id}#${n}`, path, text, passage: `${path.join(' › ')}\n${text}` };
}

const qn = doc('plans/quang-nam.md', 'KH Quảng Nam 2024', 'quang-nam');
const nd = doc('regulations/nd-09.md', 'NĐ 09/2013/NĐ-CP', null);

export const CHUNKS: { chunk: Chunk; doc: DocMeta }[] = [
  { doc: qn, chunk: chunk(qn, 1, ['II. Nhiệm vụ', '1. Hỗ trợ nạn nhân'], 'Nạn nhân được hỗ trợ nhu cầu thiết yếu, y tế và tâm lý.') },
  { doc: nd, chunk: chunk(nd, 4, ['Điều 4. Trợ giúp pháp lý'], 'Nạn nhân được trợ giúp pháp lý miễn phí.') },
  { doc: qn, chunk: chunk(qn, 2, ['V. Tổ chức thực hiện', '2. Công an tỉnh'], 'Công an tỉnh chủ trì tiếp nhận, xác minh tin báo.') },
];

export interface FakeIndex extends KnowledgeIndex {
  queries: { query: string; opts?: SearchOptions }[];
}

/** `otherProvince`: hit positions to mark as coming from another province. */
export function fakeIndex(otherProvince: number[] = []): FakeIndex {
  const sections = CHUNKS.map(({ chunk: c }) => ({
    id: c.sectionId,
    docId: c.docId,
    ordinal: Number(c.sectionId.split('#')[1]),
    path: c.path,
    text: c.text,
  }));
  const corpus: Corpus = { docs: [qn, nd], sections, chunks: CHUNKS.map((c) => c.chunk), hash: 'h', errors: [] };
  const queries: FakeIndex['queries'] = [];
  return {
    corpus,
    queries,
    async search(query, opts) {
      queries.push({ query, opts });
      return CHUNKS.map((c, i): SearchHit => ({ ...c, score: 1 - i / 10, confidence: 0.9, otherProvince: otherProvince.includes(i) }));
    },
    section: () => undefined,
  };
}

export const EXTRACTIVE: AnswerResult = {
  kind: 'answer',
  text: 'Trích nguyên văn: Nạn nhân được hỗ trợ nhu cầu thiết yếu [1].',
  citations: [{ n: 1, label: 'KH Quảng Nam 2024 › II. Nhiệm vụ', sectionId: 'plans/quang-nam.md#1', docId: 'plans/quang-nam.md' }],
  buttons: [[{ label: 'Xem toàn văn', data: 'full:plans/quang-nam.md#1' }]],
};

export function fakeExtractive(result: AnswerResult = EXTRACTIVE): Answerer & { calls: { q: string; province?: string | null }[] } {
  const calls: { q: string; province?: string | null }[] = [];
  const fn = async (q: string, ctx: { province?: string | null }) => {
    calls.push({ q, province: ctx.province });
    return result;
  };
  return Object.assign(fn, { calls });
}
