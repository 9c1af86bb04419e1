import { describe, expect, it } from 'vitest';
import { buildLexicalForUnits } from '../../retrieval/index.js';
import { buildUnits } from '../../retrieval/units.js';
import { createPartTopics } from '../../retrieval/part-topic.js';
import { doc, makeCorpus } from './fixture.js';

const chapterSources = [
  {
    doc: doc('regulations/ttlt.md', 'TTLT 01', null),
    sections: [
      {
        path: ['Chương II', 'Điều 4. Xác minh nạn nhân'],
        text: 'Cơ quan Quản lý xuất nhập cảnh lấy lời khai sơ bộ của nạn nhân.',
      },
      { path: ['Chương IV', 'Điều 8. Xác minh nạn nhân'], text: 'Cơ quan Quản lý xuất nhập cảnh lấy lời khai sơ bộ của nạn nhân.' },
      { path: ['Chương IV', 'Điều 9. Trao trả nạn nhân'], text: 'Cục Lãnh sự thống nhất với phía nước ngoài về thời gian và cửa khẩu.' },
    ],
  },
  {
    doc: doc('regulations/luat.md', 'Luật', null),
    sections: [{ path: ['Chương I. Những quy định chung', 'Điều 1. Phạm vi điều chỉnh'], text: 'Luật này quy định về phòng ngừa.' }],
  },
];

describe('topics of untitled chapters', () => {
  it("gives an untitled part its articles' titles, and a titled one nothing", () => {
    const topics = createPartTopics(makeCorpus('parts', chapterSources).sections);
    expect(topics('regulations/ttlt.md', ['Chương IV', 'Điều 8. Xác minh nạn nhân'])).toBe('Xác minh nạn nhân; Trao trả nạn nhân');
    expect(topics('regulations/ttlt.md', ['Chương II', 'Điều 4. Xác minh nạn nhân'])).toBe('Xác minh nạn nhân');
    expect(topics('regulations/luat.md', ['Chương I. Những quy định chung', 'Điều 1. Phạm vi điều chỉnh'])).toBe('');
  });

  it('scores a clause of an untitled chapter higher on the subject its sibling articles name', () => {
    const corpus = makeCorpus('parts', chapterSources);
    const units = buildUnits(corpus, 0);
    const result = buildLexicalForUnits(corpus, units).search('Nạn nhân được trao trả thì cơ quan nào lấy lời khai sơ bộ?', 5);
    const score = (title: string) => result.score(units.findIndex((u) => u.path[1] === title));
    // The same clause in the chapter on returning foreign victims outscores its twin in another chapter.
    expect(score('Điều 8. Xác minh nạn nhân')).toBeGreaterThan(score('Điều 4. Xác minh nạn nhân'));
  });
});
