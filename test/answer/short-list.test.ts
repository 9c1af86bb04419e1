// A clause heading over a short list is quoted with the whole list: the list is what the heading names, and leaving
// two of three points out behind "…" hides part of the answer. A longer list keeps only the point asked.
import { describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { headingWithList, isShortList } from '../../handlers/answer/heading-quote.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const DECREE = doc('regulations/nghi-dinh.md', 'NĐ 1/2013', null, { title: 'Nghị định về hỗ trợ nạn nhân' });
const FUNDING = ['Điều 3. Kinh phí thực hiện chế độ hỗ trợ nạn nhân', '1. Kinh phí thực hiện chế độ hỗ trợ nạn nhân từ các nguồn sau:'];
const SOURCES_OF_FUNDS = [
  'a) Ngân sách nhà nước;',
  'b) Tài trợ của các tổ chức, cá nhân trong nước và ngoài nước;',
  'c) Các nguồn hợp pháp khác theo quy định của pháp luật.',
];
const BUDGETED =
  '2. Kinh phí thực hiện chế độ hỗ trợ nạn nhân từ nguồn ngân sách nhà nước được bố trí trong dự toán chi thường xuyên hàng năm của các bộ, ngành và địa phương.';
async function indexOf(sections: { path: string[]; text: string }[]) {
  return openKnowledgeIndex({ corpus: makeCorpus('short-list', [{ doc: DECREE, sections }]) });
}

describe('a heading over a short list', () => {
  it('is quoted with every point of the list', async () => {
    const index = await indexOf([
      ...SOURCES_OF_FUNDS.map((text) => ({ path: [...FUNDING, text.slice(0, 2)], text })),
      { path: ['Điều 3. Kinh phí thực hiện chế độ hỗ trợ nạn nhân', '2.'], text: BUDGETED },
    ]);
    const r = await answer('Kinh phí thực hiện chế độ hỗ trợ nạn nhân lấy từ nguồn nào?', { index });
    const quotes = r.citations.flatMap((c) => c.quotes ?? []).join('\n');
    for (const item of SOURCES_OF_FUNDS) expect(quotes).toContain(item);
    expect(quotes).not.toContain('…');
  });

  it('is at most four points of at most 120 characters each', () => {
    const point = (n: number) => `a) ${'x'.repeat(n - 3)}`;
    expect(isShortList(SOURCES_OF_FUNDS)).toBe(true);
    expect(isShortList([point(120), point(10), point(10), point(10)])).toBe(true);
    expect(isShortList([point(121), point(10)])).toBe(false);
    expect(isShortList(Array.from({ length: 5 }, () => point(10)))).toBe(false);
    expect(headingWithList('1. Từ các nguồn sau', SOURCES_OF_FUNDS)).toBe(`1. Từ các nguồn sau:\n${SOURCES_OF_FUNDS.join('\n')}`);
  });
});
