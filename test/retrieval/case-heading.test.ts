// The points of a clause headed by a case naming an agency yield when a question names the agency but not the case.
import { describe, expect, it } from 'vitest';
import { headingCase, otherCaseOfAgency } from '../../retrieval/case-heading.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { foldedSyllables } from '../../retrieval/question-type.js';
import { doc, makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const ABROAD =
  '1. Trường hợp nạn nhân từ nước ngoài tự trở về, đến trình báo tại Đồn Biên phòng hoặc được Bộ đội Biên phòng phát hiện tại khu vực biên giới';

describe('a case heading naming an agency', () => {
  it('reads the case’s words without the agencies, and the agencies apart', () => {
    const c = headingCase(['Điều 5. Tiếp nhận nạn nhân từ nước ngoài tự trở về', ABROAD, 'a) Đồn Biên phòng thực hiện']);
    expect(c?.words).toEqual(expect.arrayContaining(['nuoc', 'ngoai', 'tro', 've', 'gioi']));
    expect(c?.words).not.toContain('phong');
    expect(c?.agencies).toEqual(expect.arrayContaining(['don bien', 'bo doi']));
    // A case naming no agency, and a heading that is no case.
    expect(headingCase(['Điều 8. Tiếp nhận nạn nhân', '1. Trường hợp nạn nhân chưa được giải cứu', 'a)'])).toBeUndefined();
    expect(headingCase(['Điều 10. Hỗ trợ nạn nhân', '1.'])).toBeUndefined();
  });

  it('is another case for a question naming the agency only, not for one naming the case too', () => {
    const c = headingCase(['Điều 5', ABROAD])!;
    expect(otherCaseOfAgency(foldedSyllables('Đồn biên phòng cứu được người thì cho họ ăn ở thế nào'), c)).toBe(true);
    expect(otherCaseOfAgency(foldedSyllables('Nạn nhân từ nước ngoài tự trở về trình báo tại đồn biên phòng thì đồn làm gì'), c)).toBe(
      false,
    );
    expect(otherCaseOfAgency(foldedSyllables('Xã phải làm gì khi nạn nhân về?'), c)).toBe(false);
  });

  it('lets the agency’s own steps lead a question about its other work', async () => {
    const corpus = makeCorpus('case-heading', [
      ...SOURCES,
      {
        doc: doc('regulations/ttlt.md', 'TTLT', null),
        sections: [
          {
            path: ['Điều 5. Tiếp nhận nạn nhân từ nước ngoài tự trở về', ABROAD, 'a) Đồn Biên phòng thực hiện'],
            text: '- Bố trí chỗ ở tạm thời cho nạn nhân.',
          },
        ],
      },
      {
        doc: doc('regulations/tt.md', 'TT', null),
        sections: [{ path: ['Điều 10. Hỗ trợ nạn nhân', '1.'], text: '1. Khi giải cứu nạn nhân thì bố trí chỗ ở tạm thời, ăn, mặc.' }],
      },
    ]);
    const first = async (otherAgencyCase: number, q: string) => {
      const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, otherAgencyCase } });
      return (await index.search(q, { k: 3 }))[0].doc.id;
    };
    const rescued = 'Đồn Biên phòng giải cứu nạn nhân thì bố trí chỗ ở thế nào?';
    expect(await first(1, rescued)).toBe('regulations/ttlt.md');
    expect(await first(0.7, rescued)).toBe('regulations/tt.md');
    expect(await first(0.7, 'Nạn nhân từ nước ngoài tự trở về trình báo tại Đồn Biên phòng thì bố trí chỗ ở tạm thời thế nào?')).toBe(
      'regulations/ttlt.md',
    );
  });
});
