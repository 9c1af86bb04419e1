// Asked who holds a power, the titles a granting sentence names answer: the sentence naming the titles the question
// names is preferred, and a long sentence is quoted from its titles, not from the grant's tail. Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../handlers/answer.js';
import { titlesWeight } from '../../handlers/answer/granted.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { answerTypes } from '../../retrieval/question-type.js';

const RIVER =
  'c) Chỉ huy trưởng Cảnh sát đường thủy tỉnh, Đội trưởng Đội tuần tra đường sông có thẩm quyền ra quyết định áp dụng biện pháp bảo vệ đối với nạn nhân trong vụ việc do đơn vị mình thụ lý.';
const SCHOOL =
  'd) Hiệu trưởng trường học, Giám đốc Trung tâm giáo dục nghề nghiệp có thẩm quyền ra quyết định áp dụng biện pháp bảo vệ đối với nạn nhân trong vụ việc do đơn vị mình thụ lý.';
const LONG =
  'e) Chủ tịch Hội đồng hòa giải ở cơ sở, Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban công tác mặt trận ở khu dân cư, Chỉ huy trưởng Cảnh sát đường thủy tỉnh, Đội trưởng Đội tuần tra đường sông có thẩm quyền ra quyết định áp dụng biện pháp bảo vệ quy định tại các khoản 1, 2, 4 và 5 Điều 7 đối với nạn nhân, người thân thích đi cùng nạn nhân do đơn vị mình tiếp nhận; đề nghị cơ quan có thẩm quyền áp dụng biện pháp bảo vệ.';

const asked = (q: string) => ({ profile: queryProfile(q), types: answerTypes(q) });

describe('titlesWeight', () => {
  it('keeps the whole score of the sentence whose titles the who-question names, halves the others', () => {
    const { profile, types } = asked('Cảnh sát đường thủy thì ai có thẩm quyền quyết định áp dụng biện pháp bảo vệ?');
    expect(titlesWeight(RIVER, profile, types)).toBe(1);
    expect(titlesWeight(SCHOOL, profile, types)).toBe(0.5);
  });

  it('changes nothing for a question not asking who, nor for a sentence granting nothing', () => {
    const q = asked('Biện pháp bảo vệ được áp dụng trong thời hạn bao lâu?');
    expect(titlesWeight(SCHOOL, q.profile, q.types)).toBe(1);
    const who = asked('Ai quyết định áp dụng biện pháp bảo vệ?');
    expect(titlesWeight('Nạn nhân được bố trí nơi tạm lánh.', who.profile, who.types)).toBe(1);
  });
});

describe('excerptOf a granting sentence, asked who', () => {
  it('quotes from the titles, those the question names when they do not all fit', () => {
    const { profile, types } = asked('Cảnh sát đường thủy thì ai có thẩm quyền quyết định áp dụng biện pháp bảo vệ?');
    const quote = excerptOf(LONG, profile, types, 200);
    expect(quote).toContain('Chỉ huy trưởng Cảnh sát đường thủy tỉnh');
    expect(quote).toMatch(/… có thẩm quyền …$/);
    const school = excerptOf(SCHOOL, asked('Ở trường học ai có thẩm quyền quyết định biện pháp bảo vệ?').profile, types, 120);
    expect(school.startsWith('d) Hiệu trưởng trường học')).toBe(true);
  });
});
