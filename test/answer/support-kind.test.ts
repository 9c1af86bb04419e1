// What one named kind of support consists of is answered by the article on that kind, not by the law's list that only
// names it; who is entitled, and the kind as one body gives it, stay with the ranker.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { asksSupportContent, kindsOfTitle } from '../../handlers/answer/support-kind.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const NEW_LAW = doc('regulations/luat-moi.md', 'Luật mới 2/2024', null, { title: 'Luật Phòng, chống mua bán người' });
const DECREE = doc('regulations/nghi-dinh.md', 'NĐ 1/2013', null, { title: 'Nghị định hướng dẫn Luật Phòng, chống mua bán người' });
const GUARDS = doc('regulations/thong-tu.md', 'TT 2/2013', null, { title: 'Thông tư về Bộ đội Biên phòng' });

const KINDS = ['Điều 37. Đối tượng và chế độ hỗ trợ', '1. Nạn nhân được hưởng chế độ hỗ trợ sau đây'];
const NEEDS = ['Điều 19. Chế độ hỗ trợ nhu cầu thiết yếu và chi phí đi lại'];
const MIND = ['Điều 21. Hỗ trợ tâm lý'];
const GUARD = ['Điều 10. Hỗ trợ nạn nhân', '1.'];

const SOURCES = [
  {
    doc: NEW_LAW,
    sections: [
      { path: [...KINDS, 'a)'], text: 'a) Hỗ trợ nhu cầu thiết yếu;' },
      { path: [...KINDS, 'b)'], text: 'b) Hỗ trợ y tế;' },
      { path: [...KINDS, 'c)'], text: 'c) Hỗ trợ tâm lý;' },
      { path: [...KINDS, 'd)'], text: 'd) Trợ giúp pháp lý.' },
    ],
  },
  {
    doc: DECREE,
    sections: [
      { path: [...NEEDS, '1. Đối tượng hỗ trợ gồm', 'a)'], text: 'a) Nạn nhân là công dân Việt Nam;' },
      { path: [...NEEDS, '1. Đối tượng hỗ trợ gồm', 'b)'], text: 'b) Người chưa thành niên đi cùng nạn nhân.' },
      { path: [...NEEDS, '2. Chế độ hỗ trợ gồm', 'a)'], text: 'a) Hỗ trợ tiền ăn trong thời gian tạm trú tại cơ sở bảo trợ;' },
      { path: [...NEEDS, '2. Chế độ hỗ trợ gồm', 'b)'], text: 'b) Hỗ trợ quần áo, vật dụng sinh hoạt cá nhân cần thiết.' },
      { path: [...MIND, '1.'], text: '1. Đối tượng hỗ trợ gồm nạn nhân trong thời gian lưu trú tại cơ sở bảo trợ xã hội.' },
      { path: [...MIND, '2.'], text: '2. Chế độ hỗ trợ tâm lý cho nạn nhân gồm tư vấn, tham vấn tâm lý và trị liệu nhóm.' },
      { path: [...MIND, '3.'], text: '3. Cơ sở bảo trợ xã hội tổ chức các hoạt động giúp nạn nhân ổn định tâm lý.' },
    ],
  },
  {
    doc: GUARDS,
    sections: [
      {
        path: GUARD,
        text: '1. Bộ đội Biên phòng khi giải cứu nạn nhân có trách nhiệm hỗ trợ nhu cầu thiết yếu cho nạn nhân, bao gồm:',
      },
      { path: [...GUARD, 'a)'], text: 'a) Bố trí chỗ ở tạm thời, hỗ trợ ăn, mặc;' },
      { path: [...GUARD, 'b)'], text: 'b) Chăm sóc sức khỏe ban đầu.' },
    ],
  },
];

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: makeCorpus('support-kind', SOURCES), fusion: SECTION_UNITS });
});

describe('the kinds an article title names', () => {
  it('reads each kind of a title, without its "chế độ"', () => {
    expect(kindsOfTitle('Điều 21. Hỗ trợ tâm lý')).toEqual(['ho tro tam ly']);
    expect(kindsOfTitle('Điều 19. Chế độ hỗ trợ nhu cầu thiết yếu và chi phí đi lại')).toEqual([
      'ho tro nhu cau thiet yeu',
      'chi phi di lai',
    ]);
    expect(kindsOfTitle('Điều 38. Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn')).toEqual(['tro cap kho khan ban dau', 'ho tro vay von']);
  });

  it('reads no kind in support as a whole or in another title', () => {
    expect(kindsOfTitle('Điều 10. Hỗ trợ nạn nhân')).toEqual([]);
    expect(kindsOfTitle('Điều 3. Kinh phí thực hiện chế độ hỗ trợ nạn nhân')).toEqual([]);
    expect(kindsOfTitle('2. Chế độ hỗ trợ gồm')).toEqual([]);
  });
});

describe('a question on what a support consists of', () => {
  it('is read in formal, chat and unaccented wordings', () => {
    for (const q of [
      'Hỗ trợ tâm lý cho nạn nhân gồm những gì?',
      'trợ giúp pháp lý thì được làm những gì vậy',
      'ho tro y te cho nan nhan gom nhung gi',
      'Hỗ trợ vay vốn cụ thể thế nào?',
      'ho tro nhu cau thiet yeu gom nhung khoan nao',
      'Trợ giúp pháp lý gồm những nội dung nào?',
    ])
      expect(asksSupportContent(q), q).toBe(true);
  });

  it('is not one asking who, on which condition, how much, or which papers', () => {
    for (const q of [
      'Ai được hỗ trợ tâm lý?',
      'Điều kiện để được trợ cấp khó khăn ban đầu là gì?',
      'Đối tượng được hỗ trợ y tế gồm những ai?',
      'Tiền ăn được hỗ trợ bao nhiêu một ngày?',
      'Hồ sơ đề nghị hỗ trợ học nghề gồm những gì?',
      'Người dưới 18 tuổi có được hỗ trợ tâm lý không?',
    ])
      expect(asksSupportContent(q), q).toBe(false);
  });
});

describe('answering what a named support consists of', () => {
  it('leads with the clause of the article on that kind saying what it gives', async () => {
    const r = await answer('Hỗ trợ tâm lý cho nạn nhân gồm những gì?', { index });
    const lead = r.text.split('\n')[0];
    expect(lead).toContain('tư vấn, tham vấn tâm lý');
    expect(r.citations[0].docId).toBe(DECREE.id);
    expect(r.text).not.toContain('Hỗ trợ y tế;');
  });

  it('quotes the points of a clause listing what the kind gives', async () => {
    const r = await answer('Chế độ hỗ trợ nhu cầu thiết yếu gồm những khoản gì?', { index });
    const lead = r.text.split('Trích dẫn:')[0];
    expect(lead).toContain('Hỗ trợ tiền ăn');
    expect(lead).toContain('quần áo');
    // Whom it is for is another question; the list naming the kind says nothing of what it gives.
    expect(r.text).not.toContain('Đối tượng hỗ trợ');
    expect(r.citations.map((c) => c.docId)).not.toContain(NEW_LAW.id);
  });

  it('leaves a question naming the body that gives the kind to the passage on that body', async () => {
    const r = await answer('Bộ đội Biên phòng hỗ trợ nhu cầu thiết yếu cho nạn nhân gồm những gì?', { index });
    expect(r.text).toContain('chỗ ở tạm thời');
  });

  it('leaves who is entitled to which kinds to the law listing them', async () => {
    const r = await answer('Nạn nhân được hưởng những chế độ hỗ trợ nào?', { index });
    expect(r.citations[0].docId).toBe(NEW_LAW.id);
    expect(r.text).toContain('Trợ giúp pháp lý');
  });
});
