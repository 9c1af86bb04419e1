// The first check of every question: input that cannot be a question gets a clear Vietnamese message.

export const MAX_QUESTION_CHARS = 2000;
const EXAMPLE = '«Nạn nhân bị mua bán được hỗ trợ những gì?»';

/** The reply for input that cannot be a question, or undefined when the input is usable. */
export function checkInput(q: string): string | undefined {
  if (!q) return `Bạn chưa nhập câu hỏi. Hãy gõ câu hỏi bằng tiếng Việt, ví dụ: ${EXAMPLE}`;
  if (q.length > MAX_QUESTION_CHARS)
    return `Câu hỏi quá dài (hơn ${MAX_QUESTION_CHARS.toLocaleString('vi-VN')} ký tự). Bạn vui lòng hỏi ngắn gọn trong một vài câu, ví dụ: ${EXAMPLE}`;
  const letters = q.match(/\p{L}/gu) ?? [];
  if (letters.length === 0 && !/\p{N}/u.test(q)) return `Tôi chưa hiểu tin nhắn này. Bạn vui lòng gõ câu hỏi bằng chữ, ví dụ: ${EXAMPLE}`;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length > 0 && latin / letters.length < 0.5)
    return `Hiện tôi chỉ trả lời được câu hỏi bằng tiếng Việt. Bạn vui lòng gõ lại câu hỏi bằng tiếng Việt, ví dụ: ${EXAMPLE}`;
  return undefined;
}
