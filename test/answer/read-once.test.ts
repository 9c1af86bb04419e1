// What an answer reads from the corpus alone (the lists around a passage, a passage's shared-predicate runs) and
// from the question alone (the kinds of answer it asks for, its overview topic) is read once and reused: the reused
// reading must be the fresh one, and a reloaded corpus must be read anew.
import { describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { preferOwnClause } from '../../handlers/answer/shared-tail.js';
import type { Candidate } from '../../handlers/answer/groups.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { answerTypes, overviewTopic } from '../../retrieval/question-type.js';
import { splitSentences } from '../../retrieval/text.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const ARTICLE = 'Điều 4. Hỗ trợ của đồn biên phòng';
const CLAUSE =
  '1. Đồn biên phòng khi đón người trở về qua cửa khẩu phụ có trách nhiệm giúp đỡ người đó trong những ngày đầu theo quy định của Thông tư này; các đơn vị phối hợp thực hiện như sau:';

function borderCorpus(hash: string, lastPoint: string) {
  return makeCorpus(hash, [
    {
      doc: doc('regulations/tt-bien-phong.md', 'TT biên phòng', null, { title: 'Thông tư mẫu về hỗ trợ của đồn biên phòng' }),
      sections: [
        { path: [ARTICLE], text: '' },
        { path: [ARTICLE, '1.'], text: CLAUSE },
        { path: [ARTICLE, '1.', 'a)'], text: 'a) Cho mượn chăn màn, áo ấm trong mùa rét;' },
        { path: [ARTICLE, '1.', 'b)'], text: 'b) Khám sức khỏe lần đầu tại trạm xá của đồn;' },
        { path: [ARTICLE, '1.', 'c)'], text: lastPoint },
      ],
    },
  ]);
}

const QUESTION = 'Đồn biên phòng đón người trở về qua cửa khẩu phụ thì giúp đỡ người đó những ngày đầu ra sao?';

describe('readings reused across questions', () => {
  it('quotes the lists of the corpus it answers from, the same on a second question, anew after a reload', async () => {
    const before = await openKnowledgeIndex({
      corpus: borderCorpus('h-read-once-1', 'c) Mua vé xe khách về huyện nhà.'),
      fusion: SECTION_UNITS,
    });
    const first = await answer(QUESTION, { index: before, province: null });
    expect(first.text).toContain('c) Mua vé xe khách về huyện nhà.');
    expect(await answer(QUESTION, { index: before, province: null })).toEqual(first);

    // The same sections with another point: the lists read from the first corpus do not answer for it.
    const after = await openKnowledgeIndex({
      corpus: borderCorpus('h-read-once-2', 'c) Trả tiền vé tàu về tỉnh nhà.'),
      fusion: SECTION_UNITS,
    });
    const reloaded = await answer(QUESTION, { index: after, province: null });
    expect(reloaded.text).toContain('c) Trả tiền vé tàu về tỉnh nhà.');
    expect(reloaded.text).not.toContain('Mua vé xe khách');
  });

  it('prefers a clause of a shared-predicate run the same way on a passage read before', () => {
    const passage =
      'Sở Y tế chỉ đạo Phòng Nghiệp vụ Y; Công an tỉnh chỉ đạo Phòng Cảnh sát hình sự; Sở Tư pháp chỉ đạo Phòng Phổ biến pháp luật làm đầu mối thực hiện Kế hoạch này.';
    const score = (s: string) => (s.includes('Công an') ? 3 : 0) + s.split(' ').length / 100;
    const fresh = () =>
      passage
        .split('\n')
        .flatMap(splitSentences)
        .map((text, pos): Candidate => ({ text, pos, score: score(text) }));
    const once = fresh();
    preferOwnClause(passage, once, score);
    const again = fresh();
    preferOwnClause(passage, again, score);
    expect(again).toEqual(once);
    expect(once.some((c) => c.text.startsWith('Công an tỉnh') && c.text.includes('làm đầu mối'))).toBe(true);
  });

  it('reads the kinds of answer and the overview topic of each question afresh, whatever was read before', () => {
    const questions = ['Mức hỗ trợ bao nhiêu tiền?', 'Nạn nhân được hỗ trợ những gì?', 'Ai xác minh nạn nhân?'];
    const fresh = questions.map((q) => ({ types: answerTypes(q), topic: overviewTopic(q) }));
    // Asked again, in another order and in a row, each question reads as it did the first time.
    for (const q of [questions[1], questions[1], questions[0], questions[2], questions[0]]) {
      const i = questions.indexOf(q);
      expect(answerTypes(q)).toEqual(fresh[i].types);
      expect(overviewTopic(q)).toEqual(fresh[i].topic);
    }
    expect(fresh.map((f) => f.types)).toEqual([['amount'], ['list'], ['agency']]);
    // A caller changing the list it was given changes no later reading.
    answerTypes(questions[0]).push('time');
    expect(answerTypes(questions[0])).toEqual(['amount']);
  });
});
