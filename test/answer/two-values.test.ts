// A question asking two values of one article gets a lead line for each, and a clause heading is never the whole
// quote of a source: the point carrying what is asked is quoted under it.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { askedItem, headingWithItem } from '../../handlers/answer/heading-quote.js';
import { countedThing, statesNumberOf } from '../../handlers/answer/parts.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { answerTypes } from '../../retrieval/question-type.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus } from '../retrieval/fixture.js';

const DECREE = doc('regulations/nghi-dinh.md', 'NĐ 1/2013', null, { title: 'Nghị định về cơ sở hỗ trợ nạn nhân' });
const CONDITIONS = ['Điều 4. Điều kiện thành lập cơ sở hỗ trợ nạn nhân', '1. Điều kiện thành lập cơ sở hỗ trợ nạn nhân'];
const ITEMS = [
  'a) Có trụ sở làm việc ổn định, thuận tiện giao thông;',
  'b) Diện tích đất tự nhiên tối thiểu 15 m2/nạn nhân; diện tích phòng ở bình quân 05 m2/nạn nhân;',
  'c) Có trang thiết bị, phương tiện phù hợp với nhiệm vụ hỗ trợ nạn nhân;',
  'd) Có ít nhất 05 (năm) nhân viên, trong đó 02 (hai) nhân viên có trình độ cao đẳng.',
];

const SOURCES = [
  {
    doc: DECREE,
    sections: [
      ...ITEMS.map((text) => ({ path: [...CONDITIONS, text.slice(0, 2)], text })),
      { path: ['Điều 4. Điều kiện thành lập cơ sở hỗ trợ nạn nhân', '2.'], text: '2. Bộ quy định cụ thể các điều kiện thành lập.' },
      {
        path: ['Điều 9. Giấy phép thành lập'],
        text: 'Giấy phép thành lập cơ sở hỗ trợ nạn nhân có thời hạn tối đa là 05 (năm) năm.',
      },
    ],
  },
];

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: makeCorpus('two-values', SOURCES) });
});

describe('what a part of a question counts', () => {
  it('is the thing after "mấy" or "bao nhiêu" in a question asking a number', () => {
    const part = 'Muốn mở cơ sở thì cần tối thiểu mấy nhân viên';
    expect(countedThing(part, answerTypes(part))).toBe('nhan vien');
    expect(countedThing('phải có ít nhất bao nhiêu cán bộ', answerTypes('phải có ít nhất bao nhiêu cán bộ'))).toBe('can bo');
  });

  it('is nothing when the words after it count nothing or the part asks no number', () => {
    const part = 'diện tích ít nhất bao nhiêu cho mỗi nạn nhân';
    expect(countedThing(part, answerTypes(part))).toBeUndefined();
    expect(countedThing('trả lời trong bao nhiêu ngày', answerTypes('trả lời trong bao nhiêu ngày'))).toBeUndefined();
  });

  it('is stated by a number of it, written with its words or not', () => {
    expect(statesNumberOf(ITEMS[3], 'nhan vien')).toBe(true);
    expect(statesNumberOf('Chụp 06 ảnh cỡ 4 x 6', 'anh')).toBe(true);
    expect(statesNumberOf(ITEMS[1], 'nhan vien')).toBe(false);
    expect(statesNumberOf('Nhân viên có trình độ cao đẳng', 'nhan vien')).toBe(false);
  });
});

describe('a heading quoted with the point asked', () => {
  it('picks the point sharing the question, unless the lead already says it', () => {
    const profile = queryProfile('Cơ sở cần ít nhất bao nhiêu nhân viên?');
    const types = answerTypes('Cơ sở cần ít nhất bao nhiêu nhân viên?');
    expect(askedItem(ITEMS, [], profile, types)).toBe(ITEMS[3]);
    expect(askedItem(ITEMS, [ITEMS[3]], profile, types)).toBeUndefined();
    expect(askedItem(ITEMS, [], queryProfile('Khen thưởng ra sao?'), [])).toBeUndefined();
  });

  it('marks the points left out around the one quoted', () => {
    expect(headingWithItem('Điều kiện', ITEMS, ITEMS[3], ITEMS[3])).toBe(`Điều kiện:\n…\n${ITEMS[3]}`);
    expect(headingWithItem('Điều kiện:', ITEMS, ITEMS[0], ITEMS[0])).toBe(`Điều kiện:\n${ITEMS[0]}\n…`);
  });
});

describe('answering two values asked at once', () => {
  it('leads with one line per value, the second from a sibling point worded otherwise', async () => {
    const r = await answer('Muốn mở cơ sở hỗ trợ nạn nhân thì cần tối thiểu mấy nhân viên và diện tích đất ít nhất bao nhiêu?', {
      index,
    });
    const lead = r.text.split('Trích dẫn:')[0];
    expect(lead).toContain('15 m2');
    expect(lead).toContain('05 (năm) nhân viên');
  });

  it('never quotes the clause heading alone', async () => {
    const r = await answer('Cơ sở hỗ trợ nạn nhân phải đáp ứng điều kiện gì về số nhân viên?', { index });
    for (const quote of r.citations.flatMap((c) => c.quotes ?? []))
      expect(quote.trim()).not.toBe('Điều kiện thành lập cơ sở hỗ trợ nạn nhân');
    expect(r.text).toContain('05 (năm) nhân viên');
  });
});
