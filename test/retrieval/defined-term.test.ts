// A question asking who or what a named group includes is answered by the passage that defines the group by its
// members ("… bao gồm: …"), not by the passages that only use the group's name.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { askedMembersOf, createDefinedTerms, definedGroups } from '../../retrieval/defined-term.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('the groups a passage defines by their members', () => {
  it('reads the words before "gồm", without the numbering and the sentence before', () => {
    expect(definedGroups('2. Người thân thích của nạn nhân, bao gồm: Vợ, chồng, cha đẻ.')).toEqual([
      ['nguoi', 'than', 'thich', 'nan', 'nhan'],
    ]);
    expect(definedGroups('Trong thời gian lưu trú. Chế độ hỗ trợ tâm lý cho nạn nhân gồm tư vấn.')).toEqual([
      ['ho', 'tro', 'tam', 'ly', 'nan', 'nhan'],
    ]);
    // Too short a name ("Hồ sơ gồm") defines no group a question could be told apart by.
    expect(definedGroups('Hồ sơ gồm: đơn, tờ khai.')).toEqual([]);
    expect(definedGroups('Nạn nhân được hỗ trợ tâm lý.')).toEqual([]);
  });

  it('reads a question asking for members, with or without diacritics', () => {
    expect(askedMembersOf('Người thân thích của nạn nhân gồm những ai?')?.kind).toEqual([]);
    expect(askedMembersOf('che do tro giup phap ly gom nhung gi')?.words.has('phap')).toBe(true);
    expect(askedMembersOf('Những cơ quan nào có thẩm quyền áp dụng biện pháp bảo vệ?')?.kind).toEqual(['co', 'quan']);
    expect(askedMembersOf('Nạn nhân được hỗ trợ tâm lý ở đâu?')).toBeUndefined();
  });

  it('weighs up only the passages defining a group the question names', () => {
    const units = [
      { docId: 'a', text: 'Người thân thích của nạn nhân bao gồm: Vợ, chồng, cha đẻ, mẹ đẻ.' },
      { docId: 'a', text: 'Nạn nhân, người thân thích của họ có nghĩa vụ chấp hành các yêu cầu.' },
      { docId: 'b', text: 'Người thân thích của nạn nhân, bao gồm: Vợ, chồng.' },
    ];
    const weigh = createDefinedTerms(units, 3);
    const members = weigh('Người thân thích của nạn nhân gồm những ai?', new Set());
    expect([0, 1, 2].map((i) => members?.(i))).toEqual([3, 1, 3]);
    // Naming a text keeps the weight to that text's own definition.
    const named = weigh('Theo văn bản b, người thân thích của nạn nhân gồm những ai?', new Set(['b']));
    expect([0, 1, 2].map((i) => named?.(i))).toEqual([1, 1, 3]);
    // Asking what the group must do is no question of who belongs to it.
    const duties = weigh('Người thân thích của nạn nhân có những nghĩa vụ gì?', new Set());
    expect([0, 1, 2].map((i) => duties?.(i) ?? 1)).toEqual([1, 1, 1]);
    expect(createDefinedTerms(units, 1)('Người thân thích của nạn nhân gồm những ai?', new Set())).toBeUndefined();
  });
});

describe('a group asked by its members, in the bundled documents', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('ranks the article defining a support by its activities above the law that only names the support', async () => {
    const hits = await index.search('Chế độ hỗ trợ tâm lý cho nạn nhân gồm những gì?', { k: 3, todayFirst: true });
    expect(hits[0].doc.id).toBe('regulations/nd-09-2013.md');
    expect(hits[0].chunk.text).toContain('Chế độ hỗ trợ tâm lý cho nạn nhân gồm');
  });

  it('ranks the clause listing a victim’s relatives first when the question names the decree and more', async () => {
    const q = 'Người thân thích của nạn nhân được bảo vệ theo Nghị định 62/2012 gồm những ai?';
    const hits = await index.search(q, { k: 3, todayFirst: true });
    expect(hits[0].chunk.text).toContain('anh ruột, chị ruột');
  });
});
