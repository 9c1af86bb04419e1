// Whether an act is forbidden is answered by the laws' lists of prohibited acts.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { asksIfForbidden, createProhibitedActs, isProhibitionsHeading } from '../../retrieval/prohibited-acts.js';
import { doc, makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

describe('prohibited acts', () => {
  it('tells a question asking whether an act is forbidden, in formal and everyday words, typed with or without diacritics', () => {
    expect(asksIfForbidden('Tiết lộ thông tin về nạn nhân có bị cấm không?')).toBe(true);
    expect(asksIfForbidden('dang ten nan nhan len mang co pham luat khong')).toBe(true);
    expect(asksIfForbidden('kể chuyện con bé lên mạng thì có sao không')).toBe(true);
    expect(asksIfForbidden('Nạn nhân được hỗ trợ những gì?')).toBe(false);
    expect(asksIfForbidden('Xã phải làm gì khi có người đến trình báo?')).toBe(false);
  });

  it('reads a list of prohibited acts by its heading', () => {
    expect(isProhibitionsHeading('Điều 3. Các hành vi bị nghiêm cấm')).toBe(true);
    expect(isProhibitionsHeading('Điều 31. Bảo vệ bí mật thông tin về nạn nhân')).toBe(false);
  });

  it('weighs the listed acts only for a question asking whether something is forbidden', () => {
    const units = [{ path: ['Điều 3. Các hành vi bị nghiêm cấm', '10.'] }, { path: ['Điều 31. Bảo vệ bí mật thông tin về nạn nhân'] }];
    const weigh = createProhibitedActs(units, 2)('Đăng tên nạn nhân lên mạng có phạm luật không?');
    expect([weigh?.(0), weigh?.(1)]).toEqual([2, 1]);
    expect(createProhibitedActs(units, 2)('Thông tin về nạn nhân được giữ bí mật thế nào?')).toBeUndefined();
    expect(createProhibitedActs(units, 1)('Đăng tên nạn nhân lên mạng có phạm luật không?')).toBeUndefined();
  });

  it('puts the prohibited act before a duty on the same subject that holds more of the question’s words', async () => {
    const law = doc('regulations/luat.md', 'Luật', null, { title: 'Luật Phòng, chống mua bán người' });
    const corpus = makeCorpus('prohibited', [
      ...SOURCES,
      {
        doc: law,
        sections: [
          { path: ['Điều 3. Các hành vi bị nghiêm cấm', '10.'], text: '10. Tiết lộ thông tin về nạn nhân khi chưa có sự đồng ý của họ.' },
          {
            path: ['Điều 16. Cơ quan thông tin đại chúng tham gia phòng ngừa mua bán người', '2.'],
            text: '2. Đưa tin về nạn nhân phải giữ bí mật thông tin về nạn nhân; không đưa tin làm lộ nạn nhân.',
          },
        ],
      },
    ]);
    const first = async (prohibitedActBoost: number) => {
      // The coverage rerank off: the prior's own effect on the order.
      const fusion = { ...SECTION_UNITS, coverageRerank: { floor: 1, depth: 8 }, prohibitedActBoost };
      const index = await openKnowledgeIndex({ corpus, fusion });
      const [hit] = await index.search('Đưa tin về nạn nhân có phạm luật không?', { k: 3 });
      return hit.chunk.path[0];
    };
    expect(await first(1)).toMatch(/^Điều 16/);
    expect(await first(2)).toMatch(/^Điều 3/);
  });
});
