// A clause heading over a short list is quoted with the whole list: the list is what the heading names, and leaving
// two of three points out behind "…" hides part of the answer. A long list keeps only the point asked.
import { describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
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
const MANY_TASKS = Array.from(
  { length: 7 },
  (_, i) => `${'abcdeghik'[i]}) Nhiệm vụ thứ ${i + 1} của Ủy ban nhân dân cấp xã về hỗ trợ nạn nhân;`,
);

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

  it('but a long list keeps only the point asked', async () => {
    const heading = ['Điều 5. Trách nhiệm của Ủy ban nhân dân cấp xã', '1. Ủy ban nhân dân cấp xã có các nhiệm vụ sau:'];
    const index = await indexOf(MANY_TASKS.map((text) => ({ path: [...heading, text.slice(0, 2)], text })));
    const r = await answer('Ủy ban nhân dân cấp xã có nhiệm vụ thứ 3 nào về hỗ trợ nạn nhân?', { index });
    const quotes = r.citations.flatMap((c) => c.quotes ?? []).join('\n');
    expect(quotes).not.toContain(MANY_TASKS[6]);
  });
});
