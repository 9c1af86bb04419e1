// Which passages an answer quotes: those whose share of the question's words is close to the best one's, and for an
// overview question also the ranker's first passage, which lists the answer in the documents' words, not the asker's;
// and which list an overview leads with.
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseSentences, type Group, paragraphAround, sourceGroups } from '../../handlers/answer/groups.js';
import { passageSentences, queryProfile } from '../../handlers/answer/sentences.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { doc } from '../retrieval/fixture.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
});

/** A source of `d` at `path` with one plain sentence scored `score`, found at `rank`. */
function oneSentenceGroup(d: ReturnType<typeof doc>, path: string[], text: string, score: number, rank: number): Group {
  const id = `${d.id} ${path.join(' ')}`;
  return {
    hit: { chunk: { id, docId: d.id, sectionId: id, path, text, passage: text }, doc: d, score: 1, confidence: 0.5, otherProvince: false },
    rank,
    sentences: [{ text, pos: 0, score }],
    intros: [],
    lists: [],
  };
}

/** Two distinct passages of the corpus, the first given less of the question's words than the second. */
async function rankedPair(): Promise<SearchHit[]> {
  const hits = await index.search('Đồn Biên phòng bố trí chỗ ở tạm thời cho người khai là nạn nhân', { k: 6 });
  const first = hits[0];
  const second = hits.find((h) => h.chunk.sectionId !== first.chunk.sectionId)!;
  return [
    { ...first, confidence: 0.3 },
    { ...second, confidence: 0.6 },
  ];
}

describe('sourceGroups', () => {
  const q = 'lo cho họ những gì';

  it("keeps the ranker's first passage of an overview even when it holds fewer of the question's words", async () => {
    const [first, second] = await rankedPair();
    const groups = sourceGroups(index, [first, second], 0.6, queryProfile(q), ['list'], true);
    expect(groups.map((g) => g.hit.chunk.sectionId)).toEqual([first.chunk.sectionId, second.chunk.sectionId]);
  });

  it('keeps a later passage of an overview as close to the question as the first, not one further from it', async () => {
    const [first, second] = await rankedPair();
    const others = (await index.search('Ủy ban nhân dân cấp xã thông báo ngay', { k: 6 })).filter(
      (h) => h.chunk.sectionId !== first.chunk.sectionId && h.chunk.sectionId !== second.chunk.sectionId,
    );
    const third = (confidence: number) => ({ ...others[0], confidence });
    const kept = (c: number) => sourceGroups(index, [first, second, third(c)], 0.6, queryProfile(q), ['list'], true).length;
    expect(kept(0.3)).toBe(3);
    expect(kept(0.25)).toBe(2);
  });

  it('leaves that passage out of any other answer, and any later passage weaker than it', async () => {
    const [first, second] = await rankedPair();
    expect(sourceGroups(index, [first, second], 0.6, queryProfile(q), ['list']).map((g) => g.hit.chunk.sectionId)).toEqual([
      second.chunk.sectionId,
    ]);
    const overview = sourceGroups(index, [second, { ...first, confidence: 0.3 }], 0.6, queryProfile(q), ['list'], true);
    expect(overview.map((g) => g.hit.chunk.sectionId)).toEqual([second.chunk.sectionId]);
  });
});

describe('chooseSentences for an overview', () => {
  const law = doc('regulations/tt.md', 'TT thử', null);
  /** A source whose one candidate is the clause `heading` introducing `items`, scored `score`. */
  const listGroup = (article: string, heading: string, items: string[], score: number, rank: number): Group => ({
    hit: {
      chunk: { id: article, docId: law.id, sectionId: article, path: [article, '1.'], text: heading, passage: heading },
      doc: law,
      score: 1,
      confidence: 0.5,
      otherProvince: false,
    },
    rank,
    sentences: [{ text: heading, pos: -1, score }],
    intros: [{ heading, items }],
    lists: [{ heading, items }],
  });
  const evidence = listGroup('Điều 8. Xác định nạn nhân', '2. Việc xác định dựa vào', ['a) Tài liệu;', 'b) Lời khai.'], 4, 0);
  const support = listGroup('Điều 10. Hỗ trợ nạn nhân', '1. Đồn Biên phòng hỗ trợ', ['a) Chỗ ở tạm thời;', 'b) Tiền tàu xe.'], 16, 1);

  it("leads with the top source's list unless another source's matches the question several times better", () => {
    expect(chooseSentences([evidence, support], ['list'], true).lead?.g).toBe(support);
    const close = { ...support, sentences: [{ ...support.sentences[0], score: 8 }] };
    expect(chooseSentences([evidence, close], ['list'], true).lead?.g).toBe(evidence);
  });
});

describe('chooseSentences between an article titled as asked and one whose title adds to it', () => {
  const law = doc('regulations/luat-thu.md', 'Luật thử', null);
  const decree = doc('regulations/nd-thu.md', 'NĐ thử', null);
  const articleGroup = (d: typeof law, article: string, heading: string, score: number, rank: number): Group => ({
    hit: {
      chunk: { id: d.id, docId: d.id, sectionId: d.id, path: [article, '1.'], text: heading, passage: heading },
      doc: d,
      score: 1,
      confidence: 0.5,
      otherProvince: false,
    },
    rank,
    sentences: [{ text: heading, pos: -1, score }],
    intros: [{ heading, items: ['a) Đề nghị bảo vệ;', 'b) Được hỗ trợ.'] }],
    lists: [{ heading, items: ['a) Đề nghị bảo vệ;', 'b) Được hỗ trợ.'] }],
  });
  const narrow = articleGroup(
    decree,
    'Điều 3. Quyền của nạn nhân, người thân thích của họ',
    '1. Nạn nhân, người thân thích có quyền',
    9,
    0,
  );
  const broad = articleGroup(law, 'Điều 6. Quyền của nạn nhân', 'Quyền của nạn nhân', 12, 1);

  it('leads with the broader article unless the question names what the other title adds', () => {
    const lead = (q: string) => chooseSentences([narrow, broad], ['list'], true, { profile: queryProfile(q, true) }).lead?.g;
    expect(lead('nạn nhân có những quyền gì')).toBe(broad);
    expect(lead('người thân thích của nạn nhân có quyền gì')).toBe(narrow);
    // Without the question the ranker's first list keeps the lead.
    expect(chooseSentences([narrow, broad], ['list'], true).lead?.g).toBe(narrow);
  });
});

describe("chooseSentences between today's law and an older text", () => {
  const today = doc('regulations/luat-moi.md', 'Luật mới', null);
  const older = doc('regulations/tt-cu.md', 'TT cũ', null, { basisNote: 'hướng dẫn Luật cũ, luật này đã được thay thế' });
  const sentenceGroup = (d: typeof today, text: string, score: number, rank: number) =>
    oneSentenceGroup(d, ['Điều 6. Xác minh', '2.'], text, score, rank);
  const old = sentenceGroup(older, 'Công an cấp huyện xác minh trong thời hạn không quá 20 ngày.', 4, 0);
  const now = sentenceGroup(today, 'Sở Y tế chậm nhất là 03 ngày phải xác minh thông tin ban đầu.', 2.4, 1);

  it("leads with today's rule stating what the older sentence states, when it scores near it", () => {
    expect(chooseSentences([old, now], ['time']).lead?.g).toBe(now);
    // Far weaker, or stating no time limit, or the older text asked for: the best sentence leads.
    expect(chooseSentences([old, { ...now, sentences: [{ ...now.sentences[0], score: 1 }] }], ['time']).lead?.g).toBe(old);
    const noLimit = { ...now, sentences: [{ text: 'Sở Y tế xác minh thông tin ban đầu.', pos: 0, score: 2.4 }] };
    expect(chooseSentences([old, noLimit], ['time']).lead?.g).toBe(old);
    expect(chooseSentences([old, now], ['time'], false, { olderTextAsked: true }).lead?.g).toBe(old);
    // A list entry of today's law only names the topic: the older text's rule on it leads.
    const entry = { ...now, sentences: [{ text: 'b) Khám bệnh trong 03 ngày;', pos: 0, score: 3.9 }] };
    expect(chooseSentences([old, entry], ['time']).lead?.g).toBe(old);
  });
});

describe('chooseSentences for a question asking nothing precise', () => {
  const plan = doc('plans/kh.md', 'KH thử', 'tinh-thu');
  /** A source that is one lettered point of a plan, under `parent`, its one sentence scored `score`. */
  const pointGroup = (parent: string, point: string, text: string, score: number, rank: number) =>
    oneSentenceGroup(plan, ['III. Nhiệm vụ', parent, point], text, score, rank);
  const receive = pointGroup('3. Tiếp nhận', 'a)', 'a) Tiếp nhận nạn nhân trở về, giúp ổn định cuộc sống.', 18, 0);
  const loans = pointGroup('6. Lồng ghép', 'd)', 'd) Tạo điều kiện cho nạn nhân vay vốn.', 10, 1);
  const jobs = pointGroup('6. Lồng ghép', 'b)', 'b) Ưu tiên dạy nghề, giải quyết việc làm.', 2, 2);
  const other = pointGroup('7. Kiểm tra', 'a)', 'a) Tăng cường kiểm tra, giám sát.', 2, 3);
  const points = { listPoints: true };

  it("quotes the other points of a chosen point's list the ranker found, however few of the question's words they hold", () => {
    const { chosen } = chooseSentences([receive, loans, jobs, other], ['list'], false, points);
    expect(chosen.has(jobs)).toBe(true);
    expect(chosen.has(other)).toBe(false);
  });

  it('quotes the points of a list of which the ranker found several, none of them chosen', () => {
    const weakLoans = { ...loans, sentences: [{ ...loans.sentences[0], score: 3 }] };
    const { chosen } = chooseSentences([receive, weakLoans, jobs, other], [], false, points);
    expect(chosen.has(weakLoans) && chosen.has(jobs)).toBe(true);
    expect(chosen.has(other)).toBe(false);
  });

  it('leaves them out of an answer to a precise question, and of the detail of a section quoted whole', () => {
    expect(chooseSentences([receive, loans, jobs, other], ['amount'], false, points).chosen.has(jobs)).toBe(false);
    expect(chooseSentences([receive, loans, jobs, other], ['list']).chosen.has(jobs)).toBe(false);
  });
});

describe('paragraphAround', () => {
  const law = doc('regulations/luat.md', 'Luật thử', null);
  const text =
    'Cơ quan tiếp nhận đưa ngay người đó đến xã. Xã thông báo ngay với cơ quan y tế. Xã hỗ trợ khi cần thiết.\n2. Khoản khác nói việc khác.';
  const g: Group = {
    hit: {
      chunk: { id: 'u', docId: law.id, sectionId: 's', path: ['Điều 27. Tiếp nhận', '1.'], text, passage: text },
      doc: law,
      score: 1,
      confidence: 0.5,
      otherProvince: false,
    },
    rank: 1,
    sentences: passageSentences(text).map((t, pos) => ({ text: t, pos, score: 1 })),
    intros: [],
    lists: [],
  };

  it('gives the sentences of the paragraph holding one, in order, when they fit', () => {
    expect(paragraphAround(g, 1, 900)?.map((c) => c.pos)).toEqual([0, 1, 2]);
    expect(paragraphAround(g, 1, 60)).toBeUndefined();
  });

  it('gives nothing for a sentence alone on its line nor for a list clause', () => {
    expect(paragraphAround(g, 3, 900)).toBeUndefined();
    expect(paragraphAround(g, -1, 900)).toBeUndefined();
  });
});
