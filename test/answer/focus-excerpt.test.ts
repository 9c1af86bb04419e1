// A long sentence saying who trains whom, then what the training centres on: asked what it centres on, the quote is
// the part naming it, not the opening that shares more of the question's words.
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../handlers/answer.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { answerTypes } from '../../retrieval/question-type.js';

const TRAINING =
  'Sở Lao động - Thương binh và Xã hội xây dựng, chia sẻ tài liệu và tổ chức tập huấn nâng cao kiến thức, kỹ năng về công tác tiếp nhận và hỗ trợ nạn nhân cho cán bộ thuộc ngành Lao động - Thương binh và Xã hội và các cán bộ có liên quan thuộc Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh; trọng tâm về các kiến thức, kỹ năng tiếp nhận nạn nhân dựa trên quyền và sự hiểu biết về sang chấn tâm lý, nhạy cảm giới.';
const quote = (q: string) => excerptOf(TRAINING, queryProfile(q), answerTypes(q), 240);

describe('excerptOf a sentence naming what an activity centres on', () => {
  it('quotes the part naming it when the question asks what the activity centres on or which skills it gives', () => {
    for (const q of [
      'Sở Lao động - Thương binh và Xã hội tập huấn cho cán bộ với trọng tâm là gì?',
      'Tập huấn của Sở Lao động cho cán bộ Công an về tiếp nhận nạn nhân chú trọng kỹ năng nào?',
    ])
      expect(quote(q), q).toContain('sang chấn tâm lý, nhạy cảm giới');
  });

  it('quotes the opening when the question asks who is trained', () => {
    expect(quote('Sở Lao động - Thương binh và Xã hội tập huấn cho cán bộ của những cơ quan nào?')).toContain('Công an tỉnh');
  });
});
