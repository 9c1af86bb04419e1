// A story told around an ask: the asking sentence, an official's identity and the words saying whose case it is keep
// their full weight; the story's other words score with less (storyWeight), and a single sentence is read whole.
import { describe, expect, it } from 'vitest';
import { askedPart } from '../../retrieval/asking-sentence.js';
import { buildLexicalIndex, DEFAULT_WEIGHTS } from '../../retrieval/bm25.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { doc, makeCorpus, SECTION_UNITS } from './fixture.js';

describe('askedPart', () => {
  it('reads a single sentence whole', () => {
    expect(askedPart('Chị tôi bị lừa sang Trung Quốc mới trốn về thì khai báo ở đâu?')).toBeUndefined();
    expect(askedPart('Nạn nhân được hỗ trợ những gì?')).toBeUndefined();
  });

  it('reads a message that asks nothing, or tells no story, whole', () => {
    expect(askedPart('Chị tôi bị bán sang Trung Quốc. Giờ chị đang ở nhà tôi.')).toBeUndefined();
    expect(askedPart('Khai báo ở đâu? Cảm ơn ạ.')).toBeUndefined();
  });

  it('keeps the asking sentence and the story’s words for whose case it is, not its other words', () => {
    const asked = askedPart('Chị tôi bị lừa bán sang Trung Quốc, bị đánh đập, mới trốn về được. Giờ dẫn chị ra đâu để khai báo?');
    expect(asked).toContain('Giờ dẫn chị ra đâu để khai báo?');
    expect(asked).toContain('lừa bán');
    expect(asked).toContain('trung quốc');
    expect(asked).toContain('trốn về');
    expect(asked).not.toContain('đánh đập');
  });

  it('reads a message whole when its ask points back at the story, not when it only names the person told of', () => {
    expect(askedPart('Thôn tôi muốn lập nhóm tuyên truyền ở các bản. Luật có giao việc này cho xã không?')).toBeUndefined();
    expect(askedPart('Dân ở vùng biên hay bị người lạ rủ đi làm. Biên phòng có tuyên truyền ở vùng đó không?')).toBeUndefined();
    expect(askedPart('Cháu tôi bị bán sang Lào làm quán, mới về hôm qua. Nó được hỗ trợ những gì?')).toBeDefined();
  });

  it('takes no closing courtesy for the question', () => {
    for (const closing of ['Cảm ơn ạ.', 'Mong được tư vấn.', 'Xin chỉ giúp.']) {
      const asked = askedPart(`Em gái tôi bị bán sang Trung Quốc, mới trốn về. Giờ phải khai báo ở đâu? ${closing}`);
      expect(asked).toContain('Giờ phải khai báo ở đâu?');
      expect(asked).not.toContain(closing);
    }
    // Without a question mark, the courtesy's "giúp" asks nothing and the sentence with a question word asks.
    expect(askedPart('Em tôi bị bán sang Trung Quốc. Giờ em đi khai báo ở đâu. Mong được tư vấn giúp ạ')).toContain('khai báo ở đâu');
  });

  it('finds an ask written before the story', () => {
    const asked = askedPart('Huyện cần làm những việc gì? Bà con tôi bị dụ bán sang Lào, được đưa về hôm qua, đang ở nhà tôi.');
    expect(asked).toContain('Huyện cần làm những việc gì?');
    expect(asked).toContain('lào');
    expect(asked).not.toContain('đang ở nhà');
  });

  it('keeps an official’s identity sentence: the body the answer is for', () => {
    expect(askedPart('Tôi là cán bộ Công an xã. Có một chị trốn từ Trung Quốc về. Xã phải làm những thủ tục gì?')).toContain(
      'Tôi là cán bộ Công an xã.',
    );
    expect(askedPart('Tôi làm ở Phòng Lao động huyện. Xã báo có người bị bán trở về. Phải tiếp nhận trong bao lâu?')).toContain(
      'Tôi làm ở Phòng Lao động huyện.',
    );
    for (const identity of [
      'Tôi ở Phòng Lao động huyện.',
      'Mình bên Hội Phụ nữ xã.',
      'Em ở Đồn Biên phòng cửa khẩu.',
      'Xã tôi vừa tiếp nhận một phụ nữ bị bán sang Lào.',
      'Công an xã chúng tôi nhận tin có người bị bán sang Lào.',
    ]) {
      expect(askedPart(`${identity} Người đó khai bị đánh đập. Hồ sơ đề nghị hỗ trợ gồm những giấy tờ gì?`)).toContain(identity);
    }
    // Living somewhere is no office, nor a commune telling of itself.
    for (const place of ['Tôi ở xã Tân Lập, huyện Mộc Châu.', 'Xã tôi có nhiều người đi làm ăn xa.']) {
      expect(askedPart(`${place} Em gái tôi bị đánh đập. Em ấy có được hỗ trợ gì không?`)).not.toContain(place);
    }
    // A relative saying who they are is part of the story.
    expect(askedPart('Tôi là mẹ của cháu. Cháu bị đánh đập ở chỗ làm. Cháu được hỗ trợ gì?')).not.toContain('mẹ');
  });

  it('keeps every asking sentence of a message with two', () => {
    const asked = askedPart('Con tôi bị bán sang Trung Quốc, mới được giải cứu. Phải làm giấy xác nhận ở đâu? Cháu được hỗ trợ gì?');
    expect(asked).toContain('Phải làm giấy xác nhận ở đâu?');
    expect(asked).toContain('Cháu được hỗ trợ gì?');
    expect(asked).toContain('giải cứu');
  });

  it('keeps the words saying the victim is back home, and China by its short names', () => {
    for (const back of ['mới về', 'đã về nhà', 'vừa về', 'về quê rồi']) {
      const asked = askedPart(`Cô em họ tôi bị lừa bán sang Malaysia, ${back}. Giờ cô ấy cần làm giấy tờ gì?`);
      expect(asked, back).toContain(back.split(' ').slice(0, 2).join(' '));
    }
    expect(askedPart('Bạn tôi bị bán sang TQ hai năm. Bạn ấy có được trợ cấp gì không?')).toContain('tq');
    expect(askedPart('Bạn tôi bị bán sang Tàu hai năm. Bạn ấy có được trợ cấp gì không?')).toContain('sang tàu');
    expect(askedPart('Bạn tôi làm thuê trên tàu cá. Bạn ấy có được trợ cấp gì không?')).toBe('Bạn ấy có được trợ cấp gì không?');
  });

  it('reads unaccented "lao" as labour or Lào Cai, not Laos, unless nothing else follows', () => {
    expect(askedPart('anh toi di lao dong o lao cai bi giu lai. gio anh ay phai bao cho ai?')).toBe('gio anh ay phai bao cho ai?');
    expect(askedPart('anh toi bi ban sang lao roi. gio anh ay phai bao cho ai?')).toContain('lao');
  });

  it('reads a sentence without a question mark that asks, beside one with it, as an ask', () => {
    const asked = askedPart('Huyện cần làm những việc gì sau khi xác minh người bị mua bán. Hồ sơ gửi đi trong mấy ngày?');
    expect(asked).toBeUndefined();
    // One that says there is none tells.
    expect(askedPart('Bà ấy bị bán sang Lào, không có giấy tờ gì. Giờ bà ấy cần làm giấy nào trước?')).not.toContain('không có giấy tờ');
  });

  it('keeps a sentence announcing the ask, and the one before an ask too short to name its topic', () => {
    expect(askedPart('Tôi cần hỏi thêm. Cho hỏi về trợ cấp khó khăn ban đầu cho người bị bán. Mức chi có thay đổi không?')).toContain(
      'trợ cấp khó khăn ban đầu',
    );
    expect(askedPart('Bên tôi có nạn nhân muốn đi học nghề may. Ai trả tiền?')).toBeUndefined();
  });

  it('does not split a sentence at an abbreviation, an ellipsis or before a lowercase word', () => {
    for (const q of [
      'Ở TP. Hồ Chí Minh người bị mua bán được giúp những gì? Cảm ơn ạ.',
      'Công an Q. 3 nhận tin báo thì chuyển cho ai? Cảm ơn ạ.',
      'Khi tiếp nhận hồ sơ, giấy khai sinh, v.v. của người bị mua bán thì huyện làm gì? Cảm ơn ạ.',
      'Nạn nhân về nước… rồi được hỗ trợ những gì? Cảm ơn ạ.',
      'Nạn nhân bị bán sang Lào. sau đó được đưa về thì ai đón? Cảm ơn ạ.',
    ]) {
      expect(askedPart(q), q).toBeUndefined();
    }
  });

  it('keeps a threat to the victim: what protects them depends on it', () => {
    expect(askedPart('Em tôi bị bán, mới được giải cứu nhưng sợ bị trả thù. Có nơi nào cho em ở tạm không?')).toContain('trả thù');
  });

  it('finds no victim in a story of debt, nor in a boyfriend typed without marks', () => {
    expect(askedPart('Vợ chồng tôi vay nợ nhiều, anh ấy bỏ nhà đi biệt tăm. Giờ ba mẹ con xin trợ cấp ở đâu?')).toBe(
      'Giờ ba mẹ con xin trợ cấp ở đâu?',
    );
    expect(askedPart('em toi bi ban trai lua tien. gio em phai lam the nao?')).toBe('gio em phai lam the nao?');
    expect(askedPart('em toi bi ban sang trung quoc. gio em khai bao o dau?')).toContain('bi ban');
  });
});

// One passage tells the story's circumstances (papers kept, beatings, the workshop), the other answers the ask.
const SECTIONS = [
  {
    path: ['Điều 1. Người lao động bị giữ giấy tờ'],
    text: 'Người lao động ở xưởng may bị chủ giữ giấy tờ tùy thân thì chủ xưởng bị xử phạt.',
  },
  {
    path: ['Điều 2. Nơi khai báo'],
    text: 'Người bị mua bán có thể đến Ủy ban nhân dân cấp xã nơi gần nhất để khai báo về việc bị mua bán.',
  },
  { path: ['Điều 3. Tuyên truyền'], text: 'Ủy ban nhân dân cấp xã tổ chức tuyên truyền về phòng, chống tội phạm cho người dân.' },
];
const corpus = makeCorpus('asking-sentence', [{ doc: doc('regulations/a.md', 'TT A', null), sections: SECTIONS }]);
const STORY = 'Chị tôi làm ở xưởng may, bị chủ giữ giấy tờ tùy thân. Giờ chị khai báo ở đâu?';

describe('ranking a story told around an ask', () => {
  const open = (storyWeight: number) => openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, storyWeight } });
  const paths = async (storyWeight: number, q: string) =>
    (await (await open(storyWeight)).search(q, { k: 3 })).map((h) => [h.chunk.path[0], h.score]);

  it('puts the passage answering the ask before the one about the story', async () => {
    expect((await paths(1, STORY))[0]?.[0]).toBe('Điều 1. Người lao động bị giữ giấy tờ');
    expect((await paths(0.5, STORY))[0]?.[0]).toBe('Điều 2. Nơi khai báo');
  });

  it('changes nothing for a question of one sentence', async () => {
    const q = 'Chị tôi bị chủ xưởng giữ giấy tờ tùy thân, bị đánh đập thì khai báo ở đâu?';
    expect(await paths(0.5, q)).toEqual(await paths(1, q));
  });
});

describe('a story’s share of the lexical weights', () => {
  const lexical = buildLexicalIndex(SECTIONS.map((s) => ({ body: `${s.path[0]}\n${s.text}`, heading: s.path[0], meta: 'TT A' })));

  it('scores a part with its share of the field weights', () => {
    const q = 'xưởng may khai báo';
    const whole = lexical.search(q, 3);
    const halves = lexical.search(
      q,
      3,
      DEFAULT_WEIGHTS,
      [],
      [
        { text: q, weight: 0.5 },
        { text: q, weight: 0.5 },
      ],
    );
    for (const i of whole.ranked) expect(halves.score(i)).toBeCloseTo(whole.score(i), 9);
    const story = lexical.search(
      q,
      3,
      DEFAULT_WEIGHTS,
      [],
      [
        { text: 'xưởng may', weight: 0.5 },
        { text: 'khai báo', weight: 1 },
      ],
    );
    expect(story.ranked[0]).toBe(1);
  });

  it('scores the documents’ phrases for a story’s words with their share', () => {
    const phrases = { words: ['x'], phrases: ['giấy tờ tùy thân'] };
    const full = lexical.search('x', 3, DEFAULT_WEIGHTS, [phrases]);
    const half = lexical.search('x', 3, DEFAULT_WEIGHTS, [{ ...phrases, share: 0.5 }]);
    expect(full.ranked[0]).toBe(0);
    expect(half.score(0)).toBeCloseTo(full.score(0) / 2, 9);
  });
});
