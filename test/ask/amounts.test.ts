// A sum of money asked: answered by a passage stating one (or, unless a total is asked, a rate), else "not in the
// documents" with where to ask, never a passage that only mentions funds.
import { describe, expect, it } from 'vitest';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { quotesSum, sumAsked } from '../../handlers/ask/amounts.js';
import { loadContacts } from '../../knowledge/contacts.js';
import type { AnswerResult } from '../../handlers/types.js';

const reply = (quote: string): AnswerResult => ({ kind: 'answer', text: `Theo TTLT [1]: «${quote}»`, citations: [] });

describe('a sum asked', () => {
  it('is a total spent or allotted, or any sum, and never a count of days, people or square metres', () => {
    expect(sumAsked('Năm 2024 tỉnh bố trí bao nhiêu tỷ đồng cho hỗ trợ nạn nhân?')).toBe('total');
    expect(sumAsked('ngân sách tỉnh cấp cho việc này là bao nhiêu triệu')).toBe('total');
    expect(sumAsked('Nạn nhân được trợ cấp bao nhiêu tiền?')).toBe('any');
    expect(sumAsked('kinh phí hỗ trợ học nghề cho nạn nhân là bao nhiêu')).toBe('any');
    expect(sumAsked('kinh phí năm 2024 của kế hoạch hỗ trợ nạn nhân tỉnh Quảng Nam là bao nhiêu')).toBe('total');
    expect(sumAsked('Nạn nhân được hỗ trợ tiền ăn trong bao nhiêu ngày?')).toBeUndefined();
    expect(sumAsked('Cơ sở hỗ trợ nạn nhân phải có diện tích bao nhiêu m2?')).toBeUndefined();
    expect(sumAsked('Cơ sở hỗ trợ cần bao nhiêu nhân viên?')).toBeUndefined();
    // A pay or an allowance is a sum too, however long the subject that names whose it is.
    expect(sumAsked('Phụ cấp mỗi tháng của người làm công tác tiếp nhận nạn nhân ở cơ sở trợ giúp xã hội là bao nhiêu?')).toBe('any');
    expect(sumAsked('lương nhân viên công tác xã hội là mấy triệu')).toBe('any');
    // Being paid from the budget describes the person; the sum asked is their rate, not a total.
    expect(sumAsked('người không hưởng lương từ ngân sách nhà nước mà tham gia quản lý nạn nhân thì được chi mức bao nhiêu')).toBe('any');
    expect(sumAsked('người không nhận lương từ ngân sách mà tham gia quản lý nạn nhân thì được chi mức bao nhiêu')).toBe('any');
    expect(sumAsked('ngân sách nhà nước chi cho người không hưởng lương là bao nhiêu tỷ')).toBe('total');
  });

  it('is no sum when the ask word counts something else or the question asks which body or law, unless a unit is asked', () => {
    expect(sumAsked('tiền đầu tư cho mấy công trình nhà tạm lánh thì ai lo')).toBeUndefined();
    expect(sumAsked('kinh phí chi bao nhiêu cho dự án thì làm theo quy định nào, sở nào tham mưu?')).toBeUndefined();
    expect(sumAsked('tiền hỗ trợ nạn nhân là bao nhiêu')).toBe('any');
    expect(sumAsked('kinh phí cho mỗi nạn nhân chi bao nhiêu một ngày')).toBe('any');
    expect(sumAsked('tỉnh bố trí bao nhiêu tỷ đồng, sở nào tham mưu?')).toBe('total');
  });

  it('is stated by a sum in đồng; a rate, a level or the cost paid states it only when no total is asked', () => {
    expect(quotesSum(reply('Mức hỗ trợ tối thiểu 30.000 đồng/người/ngày.'), 'any')).toBe(true);
    expect(quotesSum(reply('Mức hỗ trợ tối thiểu 30.000 đồng/người/ngày.'), 'total')).toBe(false);
    expect(quotesSum(reply('Tổng kinh phí 2 tỷ đồng.'), 'total')).toBe(true);
    expect(quotesSum(reply('được hỗ trợ một lần chi phí học nghề'), 'any')).toBe(true);
    expect(quotesSum(reply('Từ nguồn ngân sách các cấp được phân bổ trong dự toán.'), 'any')).toBe(false);
    // Only what is quoted counts, not the citation labels around it.
    expect(quotesSum({ kind: 'answer', text: 'Điều 4. Nội dung và mức chi\n«Chi lập hồ sơ nạn nhân.»', citations: [] }, 'any')).toBe(false);
  });

  it('with no passage stating it, is said to be missing, with where to ask, and nothing quoted', async () => {
    const deps = (quote: string): AskDeps => ({ answer: async () => reply(quote), contacts: () => loadContacts() });
    const funds = await askQuestion(
      'Năm 2024 tỉnh bố trí bao nhiêu tỷ đồng cho hỗ trợ nạn nhân?',
      { province: 'quang-nam' },
      deps('Từ nguồn ngân sách các cấp được phân bổ trong dự toán kế hoạch hằng năm.'),
    );
    expect(funds.kind).toBe('abstain');
    expect(funds.text).toContain('không có trong các văn bản hiện có');
    expect(funds.text).toContain('1800 1581');
    expect(funds.text).not.toContain('«');
    const rate = await askQuestion(
      'Nạn nhân ở cơ sở được hỗ trợ tiền ăn bao nhiêu tiền một ngày?',
      { province: null },
      deps('Mức hỗ trợ tối thiểu 30.000 đồng/người/ngày.'),
    );
    expect(rate.text).toContain('30.000 đồng');
    // The documents are asked once: the reply the check read is the reply given.
    let asked = 0;
    const counting: AskDeps = {
      answer: async () => {
        asked++;
        return reply('Mức hỗ trợ tối thiểu 30.000 đồng/người/ngày.');
      },
      contacts: () => loadContacts(),
    };
    const once = await askQuestion('Nạn nhân được hỗ trợ tiền ăn bao nhiêu tiền một ngày?', { province: null }, counting);
    expect(once.text).toContain('30.000 đồng');
    expect(asked).toBe(1);
    // A line's cost is left to the steps on lines and contacts.
    const line = await askQuestion('Gọi 111 mất bao nhiêu tiền?', { province: null }, deps('Không có gì.'));
    expect(line.text).not.toContain('số tiền cụ thể');
  });
});
