// The State named as the one who gives ("được Nhà nước hỗ trợ") is not searched for: it would find where the money
// comes from ("ngân sách nhà nước") instead of the entitlements asked about.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';

/** The question the retrieval step is asked, for a message through the whole pipeline. */
async function searchedFor(question: string): Promise<string> {
  const asked: string[] = [];
  const deps: AskDeps = {
    answer: async (q) => {
      asked.push(q);
      return { kind: 'answer', text: 'Theo các văn bản hiện có: «x»', citations: [] };
    },
  };
  await askQuestion(question, {}, deps);
  return asked[0] ?? '';
}

describe('the State as the giver', () => {
  it('is left out of what is searched, typed with or without accents', async () => {
    expect(await searchedFor('Nạn nhân bị mua bán được Nhà nước hỗ trợ những gì?')).toBe('Nạn nhân bị mua bán được hỗ trợ những gì?');
    expect(await searchedFor('nguoi bi ban tro ve thi duoc nha nuoc giup nhung gi')).toBe('nguoi bi ban tro ve thi duoc giup nhung gi');
    expect(await searchedFor('Chính quyền hỗ trợ gì cho nạn nhân trở về?')).toBe('hỗ trợ gì cho nạn nhân trở về?');
  });

  it('stays when the State is what is asked about, not who gives', async () => {
    for (const q of [
      'Chính sách của Nhà nước về phòng, chống mua bán người là gì?',
      'Quản lý nhà nước về phòng, chống mua bán người do ai thực hiện?',
    ])
      expect(await searchedFor(q)).toBe(q);
  });
});
