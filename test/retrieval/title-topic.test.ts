// A national text made for one actor comes first when the question names that actor.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { actorKeys, createTitleTopics } from '../../retrieval/title-topic.js';
import { doc, makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const guards = doc('regulations/bien-phong.md', 'TT biên phòng', null, {
  title: 'Thông tư quy định biện pháp của Bộ đội Biên phòng và Cảnh sát biển trong phòng, chống mua bán người',
});
const law = doc('regulations/luat.md', 'Luật', null, { title: 'Luật Phòng, chống mua bán người' });

describe('a text made for an actor', () => {
  it('reads the actors a title names, each by what tells it from other agencies', () => {
    expect(actorKeys(guards.title)).toEqual(['bien phong', 'sat bien']);
    expect(actorKeys(law.title)).toEqual([]);
  });

  it('is named by a question about its actor, in any wording of the agency, but never a plan', () => {
    const plan = { ...SOURCES[0].doc, title: 'Kế hoạch phối hợp với Bộ đội Biên phòng tỉnh' };
    const topics = createTitleTopics([guards, law]);
    expect([...topics.docsNamedBy('Đồn biên phòng phải làm gì khi gặp nạn nhân?')]).toEqual([guards.id]);
    expect([...topics.docsNamedBy('canh sat bien giai cuu nan nhan')]).toEqual([guards.id]);
    // Named by the abbreviation, in capitals or typed in chat.
    expect([...topics.docsNamedBy('BĐBP giải cứu nạn nhân thì hỗ trợ gì?')]).toEqual([guards.id]);
    expect([...topics.docsNamedBy('csb giai cuu nan nhan tren bien')]).toEqual([guards.id]);
    expect(topics.docsNamedBy('Công an xã phải làm gì?').size).toBe(0);
    expect(createTitleTopics([plan]).docsNamedBy('Biên phòng làm gì?').size).toBe(0);
    // Two titles naming the same actor: neither is made for it alone.
    expect(createTitleTopics([guards, { ...guards, id: 'x', title: 'Quy chế của Bộ đội Biên phòng' }]).docsNamedBy('biên phòng').size).toBe(
      0,
    );
  });

  it('is named by everyday words that stand for its actor only, not by words whose phrases name other things too', () => {
    const topics = createTitleTopics([guards, law]);
    const soldiers = { words: ['linh', 'gac', 'bien', 'gioi'], phrases: ['bộ đội biên phòng', 'đồn biên phòng'] };
    const crossing = { words: ['qua', 'bien', 'gioi'], phrases: ['cửa khẩu', 'đồn biên phòng'] };
    expect([...topics.docsNamedBy('lính gác biên giới làm gì?', [soldiers])]).toEqual([guards.id]);
    expect(topics.docsNamedBy('lính gác biên giới làm gì?').size).toBe(0);
    expect(topics.docsNamedBy('bị đưa qua biên giới thì sao?', [crossing]).size).toBe(0);
  });

  it('puts the actor’s own text before the general article on the same point', async () => {
    const corpus = makeCorpus('actor', [
      ...SOURCES,
      {
        doc: law,
        sections: [
          {
            path: ['Điều 25. Tiếp nhận nạn nhân'],
            text: 'Cơ quan Công an, Bộ đội Biên phòng tiếp nhận nạn nhân, hỗ trợ nhu cầu thiết yếu và chuyển nạn nhân đến cơ quan có thẩm quyền.',
          },
        ],
      },
      {
        doc: guards,
        sections: [{ path: ['Điều 10. Hỗ trợ nạn nhân'], text: 'Khi tiếp nhận thì hỗ trợ chỗ ở tạm thời, ăn, mặc.' }],
      },
    ]);
    const first = async (ownTextBoost?: number) => {
      const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, ...(ownTextBoost ? { ownTextBoost } : {}) } });
      return (await index.search('Bộ đội Biên phòng tiếp nhận nạn nhân thì hỗ trợ gì?', { k: 3 }))[0].doc.id;
    };
    expect(await first(1)).toBe(law.id);
    expect(await first()).toBe(guards.id);
  });
});
