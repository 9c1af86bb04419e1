// A plan's heading naming the body a question asks the duties of, matched as people name the body: shorter than
// the heading, without the province's name or the "tỉnh" before it. Hand-made corpus, questions written for this test.
import { describe, expect, it } from 'vitest';
import { asksOnlyOwnBodyDuties, bodyHeading } from '../../handlers/answer/agency-section.js';
import type { SearchHit } from '../../retrieval/types.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const PLAN = {
  doc: doc('plans/mau.md', 'KH Mẫu 2024', 'ha-giang'),
  sections: [
    { path: ['V. Tổ chức thực hiện'], text: '' },
    { path: ['V. Tổ chức thực hiện', '1. Sở Y tế'], text: 'Chủ trì tiếp nhận, hỗ trợ nạn nhân.' },
    {
      path: ['V. Tổ chức thực hiện', '2. Hội Liên hiệp Phụ nữ tỉnh Hà Giang'],
      text: 'Tuyên truyền cho phụ nữ vùng cao; vận động hội viên giúp nạn nhân hòa nhập cộng đồng.',
    },
  ],
};
const corpus = makeCorpus('h-agency-section', [PLAN]);
const hitOf = (i: number): SearchHit => {
  const c = corpus.chunks.find((x) => x.sectionId === corpus.sections[i].id)!;
  return { chunk: c, doc: PLAN.doc, score: 1, confidence: 1, otherProvince: false };
};

describe('bodyHeading', () => {
  it('matches a heading ending with "tỉnh" and the province name by the body\'s kind and last words', () => {
    const found = bodyHeading('Hội phụ nữ có trách nhiệm gì?', [hitOf(1)], corpus, 'ha-giang');
    expect(found?.path.at(-1)).toBe('2. Hội Liên hiệp Phụ nữ tỉnh Hà Giang');
  });

  it('reads a body\'s duties asked in chat words ("lo việc gì", "phụ trách mảng nào")', () => {
    expect(bodyHeading('Sở Y tế lo việc gì?', [hitOf(1)], corpus, 'ha-giang')?.path.at(-1)).toBe('1. Sở Y tế');
    expect(bodyHeading('so y te phu trach mang gi', [hitOf(1)], corpus, 'ha-giang')?.path.at(-1)).toBe('1. Sở Y tế');
  });

  it("quotes a heading's one duty as its list when the duties are asked as a list", () => {
    const found = bodyHeading('Sở Y tế làm những việc nào?', [hitOf(1)], corpus, 'ha-giang');
    expect(found?.block?.items).toEqual(['Chủ trì tiếp nhận, hỗ trợ nạn nhân.']);
    expect(bodyHeading('Sở Y tế có trách nhiệm gì?', [hitOf(1)], corpus, 'ha-giang')?.block).toBeUndefined();
  });
});

describe('asksOnlyOwnBodyDuties', () => {
  it("holds for what a body of the user's province does, asked with nothing else", () => {
    expect(asksOnlyOwnBodyDuties('Sở Y tế lo việc gì?', corpus, 'ha-giang')).toBe(true);
    expect(asksOnlyOwnBodyDuties('so y te lo nhung viec gi trong ke hoach', corpus, 'ha-giang')).toBe(true);
  });

  it('fails for another subject, another province, no province, or a body without a heading', () => {
    expect(asksOnlyOwnBodyDuties('Sở Y tế có nhiệm vụ gì trong phòng cháy chữa cháy?', corpus, 'ha-giang')).toBe(false);
    expect(asksOnlyOwnBodyDuties('Sở Y tế lo việc gì?', corpus, 'cao-bang')).toBe(false);
    expect(asksOnlyOwnBodyDuties('Sở Y tế lo việc gì?', corpus, null)).toBe(false);
    expect(asksOnlyOwnBodyDuties('Sở Xây dựng lo việc gì?', corpus, 'ha-giang')).toBe(false);
  });
});
