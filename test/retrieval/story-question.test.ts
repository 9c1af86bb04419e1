// A question told after a story: the sentence that asks is what the answer must state; the story (the country, the
// beatings, the papers taken) only tells passages that answer alike apart.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { storyQuestion } from '../../retrieval/question-type.js';
import { makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const regulation = SOURCES.find((s) => s.doc.province === null)!.doc;
const corpus = makeCorpus('story-question', [
  ...SOURCES,
  {
    doc: { ...regulation, id: 'regulations/tiep-nhan.md', shortName: 'TT tiếp nhận' },
    sections: [
      {
        path: ['Điều 4. Nạn nhân đang ở nước ngoài'],
        text: 'Cơ quan đại diện ở nước ngoài tiếp nhận nạn nhân bị giữ giấy tờ, bị đánh đập, làm thủ tục cấp giấy tờ đi lại để nạn nhân trở về từ Campuchia, Lào, Trung Quốc.',
      },
      {
        path: ['Điều 6. Nạn nhân tự đến trình báo'],
        text: 'Ủy ban nhân dân cấp xã khi tiếp nhận người khai báo hướng dẫn người đó kê khai vào Tờ khai và thông báo ngay cho cơ quan cấp trên.',
      },
    ],
  },
]);

async function firstHit(question: string, storyWeight?: number) {
  const fusion = { ...SECTION_UNITS, ...(storyWeight === undefined ? {} : { storyWeight }) };
  const index = await openKnowledgeIndex({ corpus, fusion });
  const [hit] = await index.search(question, { k: 3 });
  return hit;
}

const first = async (question: string, storyWeight?: number) => (await firstHit(question, storyWeight)).chunk.path[0];

describe('a question told after a story', () => {
  it('asks in its asking sentences and tells in the others', () => {
    expect(storyQuestion('Cháu tôi đi làm bên Campuchia bị giữ giấy tờ, bị đánh. Giờ dẫn nó ra xã khai báo thì xã làm gì?')).toEqual({
      asked: 'Giờ dẫn nó ra xã khai báo thì xã làm gì?',
      story: 'Cháu tôi đi làm bên Campuchia bị giữ giấy tờ, bị đánh.',
    });
    // Typed without marks or a question mark, the last sentence still asks.
    expect(storyQuestion('ban toi bi lua sang lao, bi danh. gio muon vay von lam an thi co duoc khong')?.asked).toBe(
      'gio muon vay von lam an thi co duoc khong',
    );
  });

  it('keeps in the story the words that only stand for something ("mấy hôm", "không có giấy tờ gì")', () => {
    expect(storyQuestion('Nó trốn về được mấy hôm. Giờ ra xã khai báo thì xã làm gì?')?.story).toBe('Nó trốn về được mấy hôm.');
    expect(storyQuestion('Chị ấy tự trốn về, không có giấy tờ gì. Xã phải thông báo cho cơ quan nào?')?.story).toBe(
      'Chị ấy tự trốn về, không có giấy tờ gì.',
    );
  });

  it("is no story question when its other sentences tell of no one: a setting in the documents' terms is asked", () => {
    expect(storyQuestion('Nạn nhân được giải cứu ở biên giới. Biên phòng bàn giao nạn nhân cho cơ quan nào?')).toBeUndefined();
    expect(storyQuestion('nan nhan duoc giai cuu o bien gioi. bien phong ban giao cho co quan nao')).toBeUndefined();
    expect(storyQuestion('chau toi duoc giai cuu o bien gioi. bien phong ban giao chau cho co quan nao')?.story).toBe(
      'chau toi duoc giai cuu o bien gioi.',
    );
  });

  it('reads a name shortened to its initial as part of its sentence ("Q. Nam")', () => {
    expect(storyQuestion('Em tôi ở Q. Nam bị lừa bán thì gọi tổng đài số nào?')).toBeUndefined();
  });

  it('is no story question when it is one sentence, when every sentence asks, or when its ask names nothing', () => {
    expect(storyQuestion('Cháu tôi bị giữ giấy tờ bên Campuchia, ra xã khai báo thì xã làm gì?')).toBeUndefined();
    expect(storyQuestion('Xã có phải báo lên huyện không. Cháu có được hỗ trợ tiền ăn không?')).toBeUndefined();
    expect(storyQuestion('Cháu tôi bị bán sang Trung Quốc, mới trốn về. Giờ phải làm sao?')).toBeUndefined();
  });

  it('puts the passage answering the asked sentence before the one sharing the story', async () => {
    const q = 'Cháu tôi đi làm bên Campuchia bị giữ giấy tờ, bị đánh đập, mới trốn về. Giờ ra ủy ban xã khai báo thì xã làm gì?';
    expect(await first(q, 0)).toBe('Điều 4. Nạn nhân đang ở nước ngoài');
    expect(await first(q)).toBe('Điều 6. Nạn nhân tự đến trình báo');
  });

  it('is as sure of that passage as it holds of the asked sentence, whatever the story adds', async () => {
    const asked = 'Ra ủy ban xã khai báo thì xã làm gì?';
    const told = `Cháu tôi đi làm bên Myanmar, bị nhốt, bị bỏ đói nhiều tháng liền, mới trốn về. ${asked}`;
    const alone = await firstHit(asked);
    const story = await firstHit(told);
    expect(story.chunk.path[0]).toBe(alone.chunk.path[0]);
    expect(story.confidence).toBeCloseTo(alone.confidence);
    expect((await firstHit(told, 0)).confidence).toBeLessThan(alone.confidence);
  });
});
