import { describe, expect, it } from 'vitest';
import { createTodayLaw } from '../../retrieval/today-law.js';
import { buildUnits } from '../../retrieval/units.js';
import type { DocMeta } from '../../knowledge/types.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { overviewTopic } from '../../retrieval/question-type.js';
import { makeCorpus, SECTION_UNITS } from './fixture.js';

const reg = (id: string, number: string, extra: Partial<DocMeta> = {}): DocMeta => ({
  id,
  title: id,
  shortName: number,
  kind: 'regulation',
  province: null,
  year: 2013,
  number,
  status: 'in_force',
  contentHash: id,
  ...extra,
});

const REPLACED = 'đã được thay thế bởi Luật 20/2024/QH15';

// The old law and a decree implementing it say much more on the subject (so they win on raw evidence); the law of
// today, held as an excerpt, says it in other words under an article of the same or a similar title.
function corpus() {
  return makeCorpus('v1', [
    {
      doc: reg('regulations/old-law.md', '10/2011/QH12', { status: 'replaced', statusNote: REPLACED }),
      sections: [
        {
          path: ['Điều 30. Đối tượng và chế độ hỗ trợ', '1.'],
          text: 'Nạn nhân bị mua bán được hỗ trợ nhu cầu thiết yếu, hỗ trợ y tế, hỗ trợ tâm lý khi nạn nhân bị mua bán trở về.',
        },
        {
          path: ['Điều 31. Căn cứ xác định nạn nhân', '1.'],
          text: 'Người bị mua bán để bóc lột tình dục, cưỡng bức lao động được xác định là nạn nhân bị mua bán.',
        },
      ],
    },
    {
      doc: reg('regulations/decree.md', '05/2013/NĐ-CP', { basisNote: `hướng dẫn Luật 10/2011/QH12, luật này ${REPLACED}` }),
      sections: [
        {
          path: ['Điều 6. Tiếp nhận, xác minh, xác định nạn nhân tự đến trình báo', '1.'],
          text: 'Công an cấp xã tiếp nhận người tự đến trình báo bị mua bán, lập biên bản tiếp nhận người tự đến trình báo và báo Công an cấp huyện.',
        },
      ],
    },
    {
      doc: reg('regulations/today-law.md', '20/2024/QH15', { excerpt: true }),
      sections: [
        {
          path: ['Điều 37. Đối tượng và chế độ hỗ trợ (trích khoản 1)', '1.'],
          text: 'Nạn nhân được hưởng chế độ hỗ trợ: hỗ trợ nhu cầu thiết yếu, hỗ trợ y tế, hỗ trợ phiên dịch, hỗ trợ tâm lý.',
        },
        {
          path: ['Điều 32. Căn cứ xác định nạn nhân (trích khoản 1)', '1.'],
          text: 'Việc xác định căn cứ vào tài liệu, chứng cứ do cơ quan tiến hành tố tụng cung cấp.',
        },
        {
          path: ['Điều 27. Tiếp nhận, xác minh người đến trình báo', '1.'],
          text: 'Người tự đến trình báo bị mua bán thì đến Ủy ban nhân dân cấp xã; Ủy ban nhân dân cấp xã tiếp nhận và thông báo ngay với cơ quan y tế cấp tỉnh.',
        },
      ],
    },
  ]);
}

const open = () => openKnowledgeIndex({ corpus: corpus(), fusion: SECTION_UNITS });

describe("today's law first on its point", () => {
  it('puts the passage of the law in force before the replaced law saying the same under the same title', async () => {
    const hits = await (await open()).search('nạn nhân bị mua bán trở về được hỗ trợ nhu cầu thiết yếu, y tế, tâm lý gì', {
      k: 4,
      todayFirst: true,
    });
    expect(hits[0].doc.id).toBe('regulations/today-law.md');
    expect(hits[0].chunk.path[0]).toMatch(/^Điều 37/);
    // It answers with the confidence of the passage it comes before, so the answerer does not drop it as weak.
    const old = hits.find((h) => h.doc.id === 'regulations/old-law.md')!;
    expect(hits[0].confidence).toBeGreaterThanOrEqual(old.confidence);
    // Without the option the order is the evidence's alone.
    const plain = await (await open()).search('nạn nhân bị mua bán trở về được hỗ trợ nhu cầu thiết yếu, y tế, tâm lý gì', { k: 4 });
    expect(plain[0].doc.id).toBe('regulations/old-law.md');
  });

  it('puts it before a text implementing the replaced law when their titles share the subject', async () => {
    const hits = await (await open()).search('tiếp nhận người tự đến trình báo bị mua bán', { k: 4, todayFirst: true });
    expect(hits[0].doc.id).toBe('regulations/today-law.md');
    expect(hits[1].doc.id).toBe('regulations/decree.md');
  });

  it('leaves the replaced text first when a twin article of today holds another clause', async () => {
    const hits = await (await open()).search('bị bóc lột tình dục, cưỡng bức lao động thì có được xác định là nạn nhân không', {
      k: 4,
      todayFirst: true,
    });
    expect(hits[0].doc.id).toBe('regulations/old-law.md');
  });

  it('leaves the replaced text first when the question names it', async () => {
    const asked = 'nạn nhân bị mua bán trở về được hỗ trợ nhu cầu thiết yếu, y tế, tâm lý gì';
    for (const q of [`Theo Luật 10/2011, ${asked}`, `theo luật năm 2011 ${asked}`, `theo luật cũ ${asked}`]) {
      const hits = await (await open()).search(q, { k: 4, todayFirst: true });
      expect(hits[0].doc.id, q).toBe('regulations/old-law.md');
    }
  });
});

describe('overview topic', () => {
  it('drops the words that only say the law of today is meant', () => {
    expect(overviewTopic('Theo luật hiện hành, nạn nhân được hưởng những chế độ hỗ trợ nào?')).toBe(
      overviewTopic('nạn nhân được hưởng những chế độ hỗ trợ nào?'),
    );
    expect(overviewTopic('Hiện nay nạn nhân được hỗ trợ những gì?')).toBe(overviewTopic('nạn nhân được hỗ trợ những gì?'));
    expect(overviewTopic('theo luat moi nan nhan duoc ho tro nhung gi')).toBe(overviewTopic('nan nhan duoc ho tro nhung gi'));
  });
});

describe("today's law already ahead on its point", () => {
  it('answers with the confidence of the replaced passage after it, when that one holds more of the question', async () => {
    const c = corpus();
    const units = buildUnits(c, 0);
    const docs = new Map(c.docs.map((d) => [d.id, d]));
    const at = (doc: string, article: RegExp) => units.findIndex((u) => u.docId === doc && article.test(u.path[0]));
    const today = at('regulations/today-law.md', /^Điều 37/);
    const old = at('regulations/old-law.md', /^Điều 30/);
    const law = createTodayLaw(units, docs, () => true);
    const held = new Map([
      [today, 0.4],
      [old, 0.8],
    ]);
    const coverage = (u: number) => held.get(u) ?? 0;
    const hits = [today, old].map((unit, r) => ({ unit, score: 1 - r / 10 }));
    expect(law.reorder('nạn nhân được hỗ trợ gì', hits, coverage).floor.get(today)).toBe(old);
    // Holding as much of the question itself, it needs no floor.
    held.set(today, 0.9);
    expect(law.reorder('nạn nhân được hỗ trợ gì', hits, coverage).floor.has(today)).toBe(false);
  });
});

describe("today's law on a list of the same title", () => {
  // Both laws list the prohibited acts under one title; today's clause on coercing others shares words with the old
  // clause on forced labour but does not answer a question on forced labour.
  const listCorpus = () =>
    makeCorpus('v2', [
      {
        doc: reg('regulations/old-law.md', '10/2011/QH12', { status: 'replaced', statusNote: REPLACED }),
        sections: [
          {
            path: ['Điều 3. Các hành vi bị nghiêm cấm', '2.'],
            text: '2. Chuyển giao hoặc tiếp nhận người để cưỡng bức lao động và thực hiện hành vi quy định tại khoản 1 Điều này.',
          },
        ],
      },
      {
        doc: reg('regulations/today-law.md', '20/2024/QH15', { excerpt: true }),
        sections: [
          {
            path: ['Điều 3. Các hành vi bị nghiêm cấm', '3.'],
            text: '3. Cưỡng bức, môi giới người khác thực hiện hành vi quy định tại khoản 1 Điều này.',
          },
        ],
      },
    ]);

  it('moves its clause ahead, with the old clause’s confidence, only when it holds about as much of the question', () => {
    const c = listCorpus();
    const units = buildUnits(c, 0);
    const docs = new Map(c.docs.map((d) => [d.id, d]));
    const today = units.findIndex((u) => u.docId === 'regulations/today-law.md');
    const old = units.findIndex((u) => u.docId === 'regulations/old-law.md');
    const law = createTodayLaw(units, docs, () => false);
    const held = new Map([
      [old, 0.8],
      [today, 0.4],
    ]);
    const coverage = (u: number) => held.get(u) ?? 0;
    const hits = [old, today].map((unit, r) => ({ unit, score: 1 - r / 10 }));
    const weak = law.reorder('có cấm cưỡng bức lao động không', hits, coverage);
    expect(weak.hits.map((h) => h.unit)).toEqual([old, today]);
    expect(weak.floor.has(today)).toBe(false);
    held.set(today, 0.7);
    const strong = law.reorder('có cấm cưỡng bức lao động không', hits, coverage);
    expect(strong.hits.map((h) => h.unit)).toEqual([today, old]);
    expect(strong.floor.get(today)).toBe(old);
  });
});
