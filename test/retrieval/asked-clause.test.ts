// A question that first restates who acts, then asks: the clause holding what is asked answers, not the clauses that
// repeat the acting subject.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { askingClause } from '../../retrieval/question-type.js';
import { makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const regulation = SOURCES.find((s) => s.doc.province === null)!.doc;
const corpus = makeCorpus('asked-clause', [
  ...SOURCES,
  {
    doc: { ...regulation, id: 'regulations/bao-ve.md', shortName: 'NĐ bảo vệ' },
    sections: [
      {
        path: ['Điều 8. Thẩm quyền', 'a)'],
        text: 'a) Người có thẩm quyền ra quyết định bảo vệ nạn nhân phải ra quyết định bảo vệ trong 03 ngày.',
      },
      {
        path: ['Điều 8. Thẩm quyền', 'b)'],
        text: 'b) Người ra quyết định bảo vệ nạn nhân vắng mặt thì cấp phó ra quyết định trong 03 ngày.',
      },
      { path: ['Điều 9. Trách nhiệm'], text: 'Người ra quyết định bảo vệ nạn nhân lưu hồ sơ trong 10 năm.' },
    ],
  },
]);

async function first(question: string, askedClause?: number): Promise<string> {
  const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, ...(askedClause === undefined ? {} : { askedClause }) } });
  const [hit] = await index.search(question, { k: 3 });
  return hit.chunk.path[0];
}

describe('the clause a question asks in', () => {
  it('is the clause after the setting that holds the question word', () => {
    expect(askingClause('Thủ trưởng cơ quan điều tra ra quyết định bảo vệ thì phải lưu hồ sơ trong bao lâu?')).toBe(
      'phải lưu hồ sơ trong bao lâu?',
    );
    // No setting, or the words after "thì" only go on ("được mấy năm thì hết hạn"): no asking clause of its own.
    expect(askingClause('Hồ sơ bảo vệ lưu trong bao lâu?')).toBeUndefined();
    expect(askingClause('thẻ bảo hiểm được mấy năm thì hết hạn')).toBeUndefined();
    // One content word asks of the case the setting states.
    expect(askingClause('Người bị bán về không có chỗ ở thì ai giúp?')).toBeUndefined();
  });

  it('reads "thi hành", "thi đua" typed without marks as one word, not as a "thì" ending a setting', () => {
    expect(askingClause('Việc thi hành thông tư này do cơ quan nào theo dõi?')).toBeUndefined();
    expect(askingClause('phong trao thi dua chong buon nguoi do co quan nao phat dong')).toBeUndefined();
  });

  it('ends the setting at a comma before who acts, as the overview reading does', () => {
    expect(askingClause('Khi nạn nhân được giải cứu về tới đồn, Bộ đội Biên phòng phải hỗ trợ những khoản gì?')).toBe(
      'Bộ đội Biên phòng phải hỗ trợ những khoản gì?',
    );
  });

  it('puts the passage holding what is asked before those restating who acts', async () => {
    const q = 'Người có thẩm quyền ra quyết định bảo vệ nạn nhân thì phải lưu hồ sơ trong bao lâu?';
    expect(await first(q, 0)).toBe('Điều 8. Thẩm quyền');
    expect(await first(q)).toBe('Điều 9. Trách nhiệm');
  });
});
