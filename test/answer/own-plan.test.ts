// With the user's province known, an answer led by a national text also quotes the province plan's own assignment.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import type { Group, Selection } from '../../handlers/answer/groups.js';
import { withOwnAssignmentLead } from '../../handlers/answer/own-plan.js';
import type { AnswerType } from '../../retrieval/question-type.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

const PLAN = 'plans/quang-nam-2024-ho-tro-nan-nhan.md';

describe("the province plan's point beside a national text", () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('is quoted after the national clause when the province is known', async () => {
    const r = await answer('Nạn nhân đi học lại có được miễn học phí không?', { index, province: 'quang-nam' });
    expect(r.citations[0].docId).toMatch(/^regulations\//);
    expect(r.citations.map((c) => c.docId)).toContain(PLAN);
    expect(r.text).toContain('miễn giảm học phí');
  });

  it('is not added without a province, nor from another province', async () => {
    const none = await answer('Nạn nhân đi học lại có được miễn học phí không?', { index, province: null });
    expect(none.citations.some((c) => c.docId.startsWith('plans/'))).toBe(false);
    const other = await answer('Nạn nhân đi học lại có được miễn học phí không?', { index, province: 'soc-trang' });
    expect(other.citations.map((c) => c.docId)).not.toContain(PLAN);
  });
});

describe("the province plan's assignment of the task asked, leading", () => {
  const group = (docId: string, province: string | null, path: string[], text: string, score: number): Group =>
    ({
      hit: { chunk: { docId, path, text }, doc: { id: docId, province, kind: province ? 'plan' : 'regulation' } },
      rank: 0,
      sentences: [{ text, pos: 0, score }],
      intros: [],
      lists: [],
    }) as unknown as Group;
  const national = group('regulations/mau.md', null, ['Điều 6. Lập dự toán', '2.'], 'Sở Mẫu lập dự toán kinh phí hỗ trợ.', 1);
  const selectionLedBy = (g: Group): Selection => ({ chosen: new Map([[g, new Set([0])]]), lead: { g, s: g.sentences[0] } });

  it("leads when the user's province's plan tasks one of its bodies and matches nearly as well", () => {
    const plan = group('plans/tinh.md', 'tinh', ['V. Phân công', '1. Sở Y tế', 'h)'], 'h) Lập dự toán kinh phí hỗ trợ nạn nhân.', 0.7);
    const selection = selectionLedBy(national);
    withOwnAssignmentLead(selection, [national, plan], 'tinh', ['agency']);
    expect(selection.lead?.g).toBe(plan);
  });

  it('leaves the national lead for a plan passage tasking no body, another province or a question not asking which body', () => {
    const untasked = group('plans/tinh.md', 'tinh', ['IV. Kinh phí'], 'Kinh phí lấy từ ngân sách.', 0.9);
    for (const [groups, province, types] of [
      [[national, untasked], 'tinh', ['agency']],
      [[national, group('plans/tinh.md', 'tinh', ['1. Sở Y tế'], 'Lập dự toán.', 0.9)], 'khac', ['agency']],
      [[national, group('plans/tinh.md', 'tinh', ['1. Sở Y tế'], 'Lập dự toán.', 0.9)], 'tinh', ['list']],
    ] as [Group[], string, AnswerType[]][]) {
      const selection = selectionLedBy(national);
      withOwnAssignmentLead(selection, groups, province, types);
      expect(selection.lead?.g).toBe(national);
    }
  });
});
