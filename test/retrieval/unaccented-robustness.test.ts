// Property on the bundled corpus: a question typed without diacritics retrieves the same top passage as
// the same question typed with them (the ranker restores diacritics from the corpus' own bigrams).
// The questions are our own, written from the documents' headings; none comes from an eval file.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { foldDiacritics } from '../../knowledge/text.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

const QUESTIONS = [
  'Những hành vi nào bị nghiêm cấm trong phòng, chống mua bán người?',
  'Nạn nhân có những quyền và nghĩa vụ gì?',
  'Ai có trách nhiệm tư vấn về phòng ngừa mua bán người?',
  'Nhà trường tham gia phòng ngừa mua bán người như thế nào?',
  'Tố giác hành vi mua bán người ở đâu?',
  'Tin báo về mua bán người được giải quyết ra sao?',
  'Thủ tục tiếp nhận nạn nhân từ nước ngoài trở về thế nào?',
  'Bí mật thông tin về nạn nhân được bảo vệ ra sao?',
  'Nạn nhân được trợ giúp pháp lý như thế nào?',
  'Bộ Tư pháp có trách nhiệm gì trong phòng chống mua bán người?',
  'Hợp tác quốc tế trong giải cứu và hồi hương nạn nhân',
  'Điều kiện thành lập cơ sở hỗ trợ nạn nhân là gì?',
  'Hồ sơ đề nghị cấp giấy phép thành lập cơ sở hỗ trợ nạn nhân gồm những gì?',
  'Trường hợp nào không được cấp giấy phép thành lập cơ sở hỗ trợ?',
  'Khi nào cơ sở hỗ trợ nạn nhân phải chấm dứt hoạt động?',
  'Nạn nhân được hỗ trợ y tế những gì?',
  'Trợ cấp khó khăn ban đầu cho nạn nhân là bao nhiêu?',
  'Trình tự áp dụng biện pháp bảo vệ nạn nhân',
  'Người thân thích của nạn nhân được bảo vệ như thế nào?',
  'Biện pháp phòng ngừa xã hội của Bộ Quốc phòng',
  'Bộ đội Biên phòng hỗ trợ nạn nhân như thế nào?',
  'Mức chi cho công tác hỗ trợ nạn nhân',
  'Quyết toán kinh phí hỗ trợ nạn nhân',
  'Sở Y tế có nhiệm vụ gì trong kế hoạch hỗ trợ nạn nhân?',
  'Ủy ban nhân dân cấp huyện phải làm gì để hỗ trợ nạn nhân?',
  'Mặt trận Tổ quốc tham gia phòng chống mua bán người ra sao?',
  'Hình thức phối hợp giữa các cơ quan trong tiếp nhận nạn nhân',
  'Lồng ghép phòng chống mua bán người vào chương trình giảm nghèo',
  'Xác minh nạn nhân do cơ quan nào thực hiện?',
  'Sở Kế hoạch và Đầu tư phối hợp bố trí kinh phí thế nào?',
];

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
});

describe('unaccented questions on the bundled corpus', () => {
  it('has 30 distinct questions that all carry diacritics', () => {
    expect(new Set(QUESTIONS).size).toBe(30);
    for (const q of QUESTIONS) expect(foldDiacritics(q)).not.toBe(q);
  });

  it('retrieve the same top passage as their accented form for at least 90% of questions', async () => {
    let same = 0;
    let inTop5 = 0;
    for (const q of QUESTIONS) {
      const accented = await index.search(q, { k: 5 });
      const plain = await index.search(foldDiacritics(q), { k: 5 });
      expect(accented.length).toBeGreaterThan(0);
      if (plain[0]?.chunk.id === accented[0].chunk.id) same++;
      if (plain.some((h) => h.chunk.id === accented[0].chunk.id)) inTop5++;
    }
    expect(same / QUESTIONS.length).toBeGreaterThanOrEqual(0.9);
    // Even when the order differs, the accented answer is still offered.
    expect(inTop5 / QUESTIONS.length).toBeGreaterThanOrEqual(0.95);
  });

  it('read a question typed with only some of its diacritics like the accented one', async () => {
    // Typed half-lazily: the first word and every third one keep their marks, the rest are typed bare.
    const halfTyped = (q: string) =>
      q
        .split(' ')
        .map((w, i) => (i % 3 === 0 ? w : foldDiacritics(w)))
        .join(' ');
    let same = 0;
    for (const q of QUESTIONS) {
      const accented = await index.search(q, { k: 1 });
      const mixed = await index.search(halfTyped(q), { k: 1 });
      if (mixed[0]?.chunk.id === accented[0].chunk.id) same++;
    }
    expect(same / QUESTIONS.length).toBeGreaterThanOrEqual(0.9);
  });

  it('read thi, co, o, dau typed without diacritics as the function words the corpus spells thì, có, ở, đâu', async () => {
    const bare = (await index.search('hoc nghe', { k: 1 }))[0];
    const asked = (await index.search('hoc nghe thi co o dau', { k: 1 }))[0];
    expect(asked.chunk.id).toBe(bare.chunk.id);
    expect(asked.confidence).toBeCloseTo(bare.confidence, 5);
  });

  it('read question phrases typed without diacritics (nhu the nao, o dau, bao nhieu) as the question words they are', async () => {
    for (const [bare, asked] of [
      ['tro giup phap ly', 'tro giup phap ly nhu the nao'],
      ['to giac mua ban nguoi', 'to giac mua ban nguoi o dau'],
      ['tro cap kho khan ban dau', 'tro cap kho khan ban dau la bao nhieu'],
    ]) {
      const plain = (await index.search(bare, { k: 1 }))[0];
      const withQuestion = (await index.search(asked, { k: 1 }))[0];
      expect(withQuestion.chunk.id, asked).toBe(plain.chunk.id);
      // Read as content words (như thể, ở đầu, bảo nhiều) they would count as missing from the passage.
      expect(withQuestion.confidence, asked).toBeCloseTo(plain.confidence, 5);
    }
  });
});
