// A guiding text's passage that names in its heading the article it details is matched to that article's passages.
import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../knowledge/types.js';
import { createDetailedArticles } from '../../retrieval/detailed-article.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

const docs = [
  { id: 'regulations/nd.md', number: '09/2013/NĐ-CP' },
  { id: 'regulations/tt.md', number: '134/2013/TTLT-BTC-BLĐTBXH' },
] as DocMeta[];

const units = [
  { docId: 'regulations/tt.md', path: ['Điều 4. Mức chi', '1. Chi hỗ trợ nhu cầu thiết yếu theo Điều 19 Nghị định số 09/2013/NĐ-CP'] },
  { docId: 'regulations/nd.md', path: ['Chương III', 'Điều 19. Chế độ hỗ trợ nhu cầu thiết yếu', '2. Chế độ hỗ trợ gồm'] },
  { docId: 'regulations/nd.md', path: ['Chương III', 'Điều 190. Một điều khác'] },
  { docId: 'regulations/nd.md', path: ['Chương III', 'Điều 20. Hỗ trợ y tế'] },
  // Named in the text, not in a heading: a detail of the passage, not what it details.
  { docId: 'regulations/tt.md', path: ['Điều 5. Lập dự toán'] },
];

describe('detailed articles', () => {
  const details = createDetailedArticles(units, docs);

  it("links a passage to the article its heading says it details, in the other text's numbering", () => {
    expect(details(0, 1)).toBe(true);
    expect(details(0, 2)).toBe(false);
    expect(details(0, 3)).toBe(false);
  });

  it('links nothing the other way, nor a passage whose heading names no article of a text in the corpus', () => {
    expect(details(1, 0)).toBe(false);
    expect(details(4, 1)).toBe(false);
    const unknownText = createDetailedArticles(
      [{ docId: 'regulations/tt.md', path: ['1. Chi theo Điều 19 Nghị định số 99/2099/NĐ-CP'] }, units[1]],
      docs,
    );
    expect(unknownText(0, 1)).toBe(false);
  });
});

describe('a replaced guiding text yields to the article it details', () => {
  const RATE =
    'Nạn nhân không có tiền tàu xe để trở về nơi cư trú được chi tiền tàu xe theo giá vé phổ thông, tiền ăn đi đường 40.000 đồng mỗi ngày.';
  const corpus = () =>
    makeCorpus('detailed', [
      {
        doc: doc('regulations/tt.md', 'TT cũ', null, { number: '134/2013/TTLT-BTC', status: 'replaced', statusNote: 'đã được thay thế' }),
        sections: [{ path: ['Điều 4. Mức chi', '1. Chi hỗ trợ tiền tàu xe theo Điều 19 Nghị định số 09/2013/NĐ-CP'], text: RATE }],
      },
      {
        doc: doc('regulations/nd.md', 'NĐ 09', null, { number: '09/2013/NĐ-CP', status: 'unknown' }),
        sections: [
          {
            path: ['Điều 19. Hỗ trợ chi phí đi lại'],
            text: 'Nạn nhân trở về nơi cư trú không có khả năng chi trả tiền tàu xe thì được hỗ trợ.',
          },
        ],
      },
    ]);

  const top = async (q: string, detailedArticle?: number) => {
    const index = await openKnowledgeIndex({
      corpus: corpus(),
      fusion: { ...SECTION_UNITS, ...(detailedArticle ? { detailedArticle } : {}) },
    });
    return (await index.search(q, { k: 2 }))[0].doc.id;
  };

  it('puts the article first on a question about the entitlement', async () => {
    const q = 'Nạn nhân không có tiền tàu xe để trở về nơi cư trú thì có được hỗ trợ không?';
    expect(await top(q, 1)).toBe('regulations/tt.md');
    expect(await top(q)).toBe('regulations/nd.md');
  });

  it('keeps the guiding text first when the question asks for the rate only it states', async () => {
    expect(await top('Tiền tàu xe cho nạn nhân trở về nơi cư trú được chi ở mức nào?')).toBe('regulations/tt.md');
  });
});
