// The honest reply when the documents do not answer a question: say so, and say where to ask instead.
import { formatHotlines, hotlinesFor, type ContactsDirectory } from '../../knowledge/contacts.js';
import { provinceName } from '../replies/vi.js';
import type { AnswerResult } from '../types.js';

/** Where to ask: the national lines and the province's own, when a province is known. */
export function whereToAsk(directory: ContactsDirectory | null, province: string | null | undefined): string {
  const where = provinceName(province) ? ` (tỉnh ${provinceName(province)})` : '';
  return `Bạn có thể hỏi cơ quan chức năng ở địa phương${where} hoặc liên hệ:\n${formatHotlines(hotlinesFor(directory, province))}`;
}

/** The documents' scope, as a reply names it. */
const HELD = 'kế hoạch của các tỉnh và văn bản pháp luật về phòng, chống mua bán người';

/**
 * "Not in the documents" for a question outside them; `what` names what is missing when it is known
 * (a document, a province). Never quotes a passage.
 */
export function notCovered(directory: ContactsDirectory | null, province: string | null | undefined, what?: string): AnswerResult {
  const subject = what ? `Thông tin về ${what}` : 'Nội dung này';
  return {
    kind: 'abstain',
    text:
      `${subject} không có trong các văn bản hiện có (${HELD}), ` +
      `nên tôi không trả lời để tránh thông tin sai.\n\n${whereToAsk(directory, province)}`,
    citations: [],
  };
}

/**
 * "Not in the documents" for the content of something they only name (`what`: "Toàn văn Quy chế …", "Nội dung của
 * biểu mẫu"), with what they do hold of it (`held`: where they name it). Never quotes a passage.
 */
export function onlyNamed(
  directory: ContactsDirectory | null,
  province: string | null | undefined,
  what: string,
  held: string,
): AnswerResult {
  return {
    kind: 'abstain',
    text: `${what} không có trong các văn bản hiện có (${HELD}): ${held}, nên tôi không trả lời để tránh thông tin sai.\n\n${whereToAsk(directory, province)}`,
    citations: [],
  };
}
