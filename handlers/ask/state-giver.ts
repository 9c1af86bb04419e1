// "Nạn nhân được Nhà nước hỗ trợ những gì", "chính quyền giúp gì cho người bị bán trở về": the State is who grants
// every entitlement, so the words naming it as the giver say nothing of what is asked; searched for, they find where
// the money comes from ("ngân sách nhà nước") instead of the list of entitlements.
import { withoutFoldedMatches } from '../../knowledge/text.js';

// The State, the Government or the authorities right before a verb of giving.
const STATE_GIVER =
  /(?<![\p{L}\p{N}])(nha nuoc|chinh phu|chinh quyen)\s+(?=(ho tro|giup|tro giup|tro cap|chu cap|cho|cap|chi tra|bao ve|lo)(?![\p{L}\p{N}]))/gu;

/** The question without the words naming the State as the one who gives; unchanged when it has none. */
export function withoutStateGiver(question: string): string {
  return withoutFoldedMatches(question, STATE_GIVER);
}
