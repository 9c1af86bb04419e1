import { describe, expect, it } from 'vitest';
import { articleAnswers, leadOf, quoteAnswersPrecisely } from '../../handlers/ask/lead.js';

const rule =
  'Khi nhận được thông báo của Ủy ban nhân dân cấp xã, cơ quan chuyên môn về y tế cấp tỉnh thực hiện ngay việc tiếp nhận, hỗ trợ và ' +
  'chậm nhất là 03 ngày phải chủ trì, phối hợp với Công an tỉnh, thành phố (sau đây gọi chung là Công an cấp tỉnh) xác minh thông tin ban đầu.';

describe('whether an answer’s lead is the answer to a precise question', () => {
  it('reads the lead quote and the section it cites', () => {
    const r = {
      kind: 'answer' as const,
      text: 'Theo Luật X (trích) [1]: «Câu trả lời.»\n\nTrích dẫn: …',
      citations: [{ n: 1, docId: 'd', sectionId: 's', label: 'Luật X › Điều 27 › khoản 2' }],
    };
    expect(leadOf(r)).toEqual({ quote: 'Câu trả lời.»', heading: 'Điều 27 › khoản 2' });
  });

  it('takes a time limit as the answer for the body the rule is written for', () => {
    expect(quoteAnswersPrecisely('Cơ quan chuyên môn về y tế cấp tỉnh phải xác minh trong bao lâu?', rule)).toBe(true);
    // Named only in the setting, the commune is not the body asked about.
    expect(quoteAnswersPrecisely('Khi UBND xã thông báo thì cơ quan chuyên môn về y tế cấp tỉnh xác minh trong mấy ngày?', rule)).toBe(
      true,
    );
    expect(quoteAnswersPrecisely('Cơ quan nào phải xác minh trong 3 ngày?', rule)).toBe(true);
    // The law's name for the department: what tells the body apart is the same.
    expect(quoteAnswersPrecisely('Sở Y tế phải xác minh thông tin ban đầu trong bao lâu?', rule)).toBe(true);
  });

  it('does not take another body’s time limit as the answer for a body it only works with', () => {
    expect(quoteAnswersPrecisely('cong an tinh phai xac minh trong bao nhieu ngay', rule)).toBe(false);
    expect(quoteAnswersPrecisely('Bộ đội biên phòng phải bàn giao trong mấy ngày?', rule)).toBe(false);
    expect(
      quoteAnswersPrecisely('UBND xã phải làm hồ sơ trong mấy ngày?', 'Sở Y tế gửi hồ sơ cho Ủy ban nhân dân cấp xã trong 03 ngày.'),
    ).toBe(false);
  });

  it('does not take a sentence stating no time limit as the answer to how long', () => {
    expect(quoteAnswersPrecisely('Hỗ trợ nhu cầu thiết yếu tối đa bao lâu?', 'a) Hỗ trợ nhu cầu thiết yếu;')).toBe(false);
    // Nothing precise asked: any lead answers.
    expect(quoteAnswersPrecisely('Nạn nhân được hỗ trợ những gì?', 'a) Hỗ trợ nhu cầu thiết yếu;')).toBe(true);
  });

  it('takes a scope article as the answer only to what a text covers', () => {
    const scope = 'Điều 1. Phạm vi điều chỉnh';
    expect(articleAnswers('Luật 53/2024 quy định xử lý cơ sở hỗ trợ vi phạm như thế nào?', scope)).toBe(false);
    expect(articleAnswers('Luat 53 quy dinh ve ho tro hoc nghe ra sao', scope)).toBe(false);
    expect(articleAnswers('Luật 53/2024 có phạm vi điều chỉnh thế nào?', scope)).toBe(true);
    expect(articleAnswers('Luật 53/2024 quy định những gì?', scope)).toBe(true);
  });

  it('does not take a list of prohibited acts as how a breach is handled', () => {
    const prohibitions = 'Điều 3. Các hành vi bị nghiêm cấm › khoản 5';
    expect(articleAnswers('Cán bộ bao che cho đường dây mua bán người bị xử lý thế nào?', prohibitions)).toBe(false);
    expect(articleAnswers('ai tiết lộ thông tin nạn nhân thì bị phạt ra sao', prohibitions)).toBe(false);
    expect(articleAnswers('Luật 53/2024 cấm những hành vi nào?', prohibitions)).toBe(true);
    expect(articleAnswers('Luật 53/2024 quy định xử lý thế nào?', 'Điều 27. Tiếp nhận, xác minh người đến trình báo')).toBe(true);
  });
});
