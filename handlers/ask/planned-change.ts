// A question about how a law or a decree will be amended ("bao giờ sửa luật tiếp", "dự kiến sửa những gì"): the
// documents and the update file state what was issued and amended, never what is planned or drafted, so the honest
// reply says so and where to ask, instead of quoting a passage that only names an amendment already made.
import { TEXT_WORD } from '../../retrieval/named-text.js';
import { foldWords } from '../updates/names.js';
import { whereToAsk } from './not-covered.js';
import type { AskStep } from './types.js';

// A legal text being amended, whichever comes first ("sửa luật", "luật … sẽ được sửa đổi"); not papers being
// completed ("bổ sung hồ sơ … theo nghị định").
const TEXT = `(${TEXT_WORD}|dieu)`;
const AMEND = '(sua doi|sua|bo sung|dieu chinh)';
const TEXT_AMENDED = new RegExp(` (${AMEND}( \\w+){0,3} ${TEXT}|${TEXT}( \\w+){0,10} ${AMEND}) `);
// What is to come: a plan, a draft, "sẽ", "sắp"; "bao giờ / khi nào" only with "tiếp / nữa / lần nữa", since
// "Điều 27 được sửa đổi khi nào" asks about an amendment made.
const FUTURE =
  / (sap toi|sap|se|du kien|du thao|trong thoi gian toi|nam toi|sap den|tuong lai|lo trinh|co ke hoach|de xuat)( |$)|(bao gio|khi nao).* (tiep|nua|lan nua|tiep theo) /;

/** The question asks about an amendment of a legal text still to come. */
export function asksPlannedAmendment(question: string): boolean {
  const q = foldWords(question);
  return TEXT_AMENDED.test(q) && FUTURE.test(q);
}

/** "Planned amendments are not in the documents", and where to ask. */
export const plannedAmendmentNotHeld: AskStep = (q, deps) => {
  if (!asksPlannedAmendment(q.text)) return undefined;
  return {
    kind: 'abstain',
    text:
      'Việc sửa đổi, bổ sung văn bản trong thời gian tới (dự kiến, dự thảo, thời điểm) không có trong các văn bản hiện có: ' +
      'các văn bản chỉ nêu quy định đã ban hành và những lần sửa đổi đã có hiệu lực, nên tôi không trả lời để tránh thông tin sai.\n\n' +
      whereToAsk(deps.contacts?.() ?? null, q.province),
    citations: [],
  };
};
