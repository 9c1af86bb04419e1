// The quote an official reads holds what was asked: a list's entries, not only the sentence announcing them.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { lineAllowance } from '../../handlers/answer/groups.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

const ARTICLE_8 = 'Điều 8. Cấp kinh phí cho điểm tư vấn cộng đồng';
const ARTICLE_4 = 'Điều 4. Hỗ trợ của đồn biên phòng';
const ARTICLE_5 = 'Điều 5. Cấp thẻ tạm trú cho người được giải cứu';
const ARTICLE_6 = 'Điều 6. Quyền và nghĩa vụ của người được giúp đỡ';
const SIX_1 = '1. Người được giúp đỡ, người thân của họ có các quyền sau đây';
const SIX_2 = '2) Người được giúp đỡ, người thân của họ có các nghĩa vụ sau đây';
const ARTICLE_9 = 'Điều 9. Trách nhiệm của trạm cứu trợ';
const NINE_2 = '2. Trách nhiệm thông báo việc mở cửa của trạm cứu trợ';
const ARTICLE_7 = 'Điều 7. Che chở người được giúp đỡ';
const FIVE_2 = '2. Phòng Quản lý cư trú trong thời hạn 04 (bốn) ngày kể từ ngày nhận đơn có trách nhiệm thực hiện';

const rules = {
  doc: doc('regulations/tt-tu-van.md', 'TT tư vấn', null, { title: 'Thông tư mẫu về điểm tư vấn cộng đồng' }),
  sections: [
    { path: [ARTICLE_8], text: '' },
    {
      path: [ARTICLE_8, '2.'],
      text:
        '2. Định kỳ hằng quý, điểm tư vấn cộng đồng gửi văn bản đề nghị cấp kinh phí lên Phòng Văn hóa xã, kèm theo các giấy tờ sau:\n' +
        '- Bảng kê số buổi tư vấn đã tổ chức;\n' +
        '- Sổ theo dõi người đến tư vấn trong quý (nếu có).',
    },
    { path: [ARTICLE_4], text: '' },
    {
      path: [ARTICLE_4, '1.'],
      text: '1. Đồn biên phòng khi đón người trở về qua cửa khẩu phụ có trách nhiệm giúp đỡ người đó trong những ngày đầu theo quy định của Thông tư này; các đơn vị phối hợp thực hiện như sau:',
    },
    { path: [ARTICLE_4, '1.', 'a)'], text: 'a) Cho mượn chăn màn, áo ấm trong mùa rét;' },
    { path: [ARTICLE_4, '1.', 'b)'], text: 'b) Khám sức khỏe lần đầu tại trạm xá của đồn;' },
    { path: [ARTICLE_4, '1.', 'c)'], text: 'c) Mua vé xe khách về huyện nhà.' },
    { path: [ARTICLE_5], text: '' },
    { path: [ARTICLE_5, FIVE_2], text: '' },
    { path: [ARTICLE_5, FIVE_2, 'a)'], text: 'a) Cấp thẻ tạm trú miễn phí cho người được giải cứu;' },
    { path: [ARTICLE_5, FIVE_2, 'b)'], text: 'b) Báo tin cho Ủy ban nhân dân xã nơi người đó tạm trú.' },
    { path: [ARTICLE_9, '1.'], text: '1. Hoạt động đúng phạm vi ghi trong quyết định thành lập trạm.' },
    { path: [ARTICLE_9, NINE_2, 'a)'], text: 'a) Dán bảng tên trạm ở cổng chính;' },
    { path: [ARTICLE_9, NINE_2, 'b)'], text: 'b) Gửi thư báo cho trường học gần nhất.' },
    { path: [ARTICLE_9, '3.'], text: '3. Ghi sổ nhật ký cứu trợ mỗi tháng một lần.' },
    { path: [ARTICLE_7, '1.'], text: '1. Người được giúp đỡ bị kẻ xấu đe dọa thì được che chở khi có yêu cầu.' },
    { path: [ARTICLE_7, '2.'], text: '2. Trạm cứu trợ ghi nhận yêu cầu và báo cho chính quyền.' },
    { path: [ARTICLE_7, '3.'], text: '3. Các cách che chở.' },
    { path: [ARTICLE_7, '3.', 'a)'], text: 'a) Đưa đến chỗ ở tạm thời;' },
    { path: [ARTICLE_7, '3.', 'b)'], text: 'b) Giữ kín nơi ở;' },
    { path: [ARTICLE_7, '3.', 'c)'], text: 'c) Cử người đi cùng khi ra đường.' },
    { path: [ARTICLE_6], text: '' },
    { path: [ARTICLE_6, SIX_1, 'a)'], text: 'a) Đề nghị cơ quan có thẩm quyền giúp đỡ khi gặp khó khăn về chỗ ở;' },
    { path: [ARTICLE_6, SIX_1, 'b)'], text: 'b) Từ chối sự giúp đỡ không phù hợp với nguyện vọng.' },
    { path: [ARTICLE_6, SIX_2, 'a)'], text: 'a) Khai báo trung thực với cán bộ tiếp nhận;' },
    { path: [ARTICLE_6, SIX_2, 'b)'], text: 'b) Giữ liên lạc với tổ tư vấn trong thời gian được giúp đỡ.' },
  ],
};

describe('quotes that hold the entries of a list', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-quote-lists', [rules]), fusion: SECTION_UNITS });
  });

  it('quotes every dash entry after a sentence ending in a colon, each with its dash', async () => {
    const r = await answer('Điểm tư vấn cộng đồng đề nghị cấp kinh phí phải gửi kèm những giấy tờ gì?', { index, province: null });
    for (const entry of ['- Bảng kê số buổi tư vấn đã tổ chức;', '- Sổ theo dõi người đến tư vấn trong quý (nếu có).'])
      expect(r.text).toContain(entry);
  });

  it('leads with the entries a sentence ending in a colon introduces, and quotes its list once', async () => {
    const r = await answer('Điểm tư vấn cộng đồng đề nghị cấp kinh phí phải gửi kèm những giấy tờ gì?', { index, province: null });
    expect(r.text.split('\n')[0]).toContain('kèm theo các giấy tờ sau: - Bảng kê số buổi tư vấn đã tổ chức;');
    expect(r.text.split('Trích dẫn:')[1].split('- Sổ theo dõi người đến tư vấn').length).toBe(2);
  });

  it('leads with a clause that goes on to points of its own sections together with those points', async () => {
    const r = await answer('Đồn biên phòng đón người trở về qua cửa khẩu phụ thì giúp đỡ người đó những ngày đầu ra sao?', {
      index,
      province: null,
    });
    for (const point of ['a) Cho mượn chăn màn, áo ấm', 'b) Khám sức khỏe lần đầu', 'c) Mua vé xe khách']) expect(r.text).toContain(point);
  });

  it('answers how with the points of a clause titled in a few words under a bare number, the hit being another clause', async () => {
    const r = await answer('Người được giúp đỡ bị kẻ xấu đe dọa thì được che chở bằng cách nào?', { index, province: null });
    for (const point of ['a) Đưa đến chỗ ở tạm thời', 'b) Giữ kín nơi ở', 'c) Cử người đi cùng']) expect(r.text).toContain(point);
  });

  it('leads with a deadline clause together with the points saying what must be done by then', async () => {
    const r = await answer('Phòng Quản lý cư trú phải cấp thẻ tạm trú cho người được giải cứu trong thời hạn bao lâu?', {
      index,
      province: null,
    });
    expect(r.text.split('\n')[0]).toContain('04 (bốn) ngày');
    expect(r.text).toContain('a) Cấp thẻ tạm trú miễn phí');
    expect(r.text).toContain('b) Báo tin cho Ủy ban nhân dân xã');
  });

  it("answers an overview from a clause of points with its article's plain clauses too, in the article's order", async () => {
    const r = await answer('Trạm cứu trợ có những trách nhiệm gì?', { index, province: null });
    const lead = r.text.split('Trích dẫn:')[0];
    const lines = ['1. Hoạt động đúng phạm vi', 'a) Dán bảng tên trạm', 'b) Gửi thư báo', '3. Ghi sổ nhật ký cứu trợ'];
    const at = lines.map((l) => lead.indexOf(l));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('reads a clause numbered with a bracket ("2)") as a clause over its points', async () => {
    const r = await answer('Người được giúp đỡ và người thân của họ có những quyền và nghĩa vụ gì?', { index, province: null });
    for (const point of ['Từ chối sự giúp đỡ', 'Khai báo trung thực', 'Giữ liên lạc với tổ tư vấn']) expect(r.text).toContain(point);
  });
});

describe('a question asking two things of one point', () => {
  const support = 'Điều 3. Hỗ trợ điểm tư vấn cộng đồng';
  const rules = {
    doc: doc('regulations/tt-diem-tu-van.md', 'TT điểm tư vấn', null, { title: 'Thông tư mẫu về hỗ trợ điểm tư vấn' }),
    sections: [
      { path: [support], text: '' },
      {
        path: [support, '2. Hỗ trợ trang bị cho điểm tư vấn cộng đồng như sau'],
        text:
          'a) Điểm tư vấn cộng đồng được cấp sổ sách, biểu mẫu theo dõi người đến tư vấn;\n' +
          'b) Điểm tư vấn cộng đồng mới thành lập được hỗ trợ một lần kinh phí mua sắm bàn ghế. Số tiền tính bằng giá mua thực tế ghi trên hóa đơn hợp lệ.\n' +
          'c) Người phụ trách điểm tư vấn được bồi dưỡng hằng tháng theo mức do Sở Tài chính quy định.',
      },
    ],
  };
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: makeCorpus('h-point-rest', [rules]), fusion: SECTION_UNITS });
  });

  it('leads with the point and its next sentence, which states the second thing asked', async () => {
    const r = await answer('Điểm tư vấn mới thành lập được hỗ trợ mua bàn ghế mấy lần và theo mức nào?', { index, province: null });
    const lead = r.text.split('\n')[0];
    expect(lead).toContain('hỗ trợ một lần kinh phí mua sắm bàn ghế');
    expect(lead).toContain('giá mua thực tế ghi trên hóa đơn');
  });

  it('leads with that one sentence when the question asks one thing', async () => {
    const r = await answer('Điểm tư vấn mới thành lập được hỗ trợ mua bàn ghế mấy lần?', { index, province: null });
    expect(r.text.split('\n')[0]).not.toContain('hóa đơn');
  });
});

describe('the length each line of a quoted list keeps', () => {
  it('gives what short lines leave to the long ones, within the budget', () => {
    // Everything fits: the longest line is kept whole.
    expect(lineAllowance([100, 540, 150], 2400)).toBe(540);
    // Too long together: short lines keep theirs, the long ones share the rest.
    expect(lineAllowance([100, 1000, 1000], 1100)).toBe(500);
    expect(lineAllowance([800, 800, 800], 1200)).toBe(400);
  });
});
