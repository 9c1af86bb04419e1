// "Đăng tên nạn nhân lên mạng có bị cấm không", "làm vậy có phạm luật không": whether an act is forbidden is answered
// by the laws' lists of prohibited acts ("Điều 3. Các hành vi bị nghiêm cấm"), the clause naming the act. The act is
// asked in everyday words, so a passage on the same subject (a duty to keep victims' information secret, a plan's
// media work) may hold as many of them; the list is where the answer is.
import { foldedWords } from '../knowledge/text.js';

/** The question (foldedWords) asks whether something is forbidden, against the law or gets one into trouble. */
const ASKS_IF_FORBIDDEN =
  / (bi cam|co cam|nghiem cam|bi nghiem cam|vi pham (phap luat|luat|gi)|co vi pham|pham (phap|luat|toi)|trai (phap )?luat|bat hop phap|hop phap|co toi|co (bi )?sao khong|bi phat) /;
/** A heading over a list of prohibited acts ("Các hành vi bị nghiêm cấm"). */
const PROHIBITIONS_HEADING = / (bi nghiem cam|nghiem cam|bi cam) /;

export function asksIfForbidden(question: string): boolean {
  return ASKS_IF_FORBIDDEN.test(foldedWords(question));
}

export function isProhibitionsHeading(heading: string): boolean {
  return PROHIBITIONS_HEADING.test(foldedWords(heading));
}

/** For a question, the multiplier of each unit listed under a heading of prohibited acts; undefined when it asks no such thing. */
export type ProhibitedActs = (question: string) => ((i: number) => number) | undefined;

export function createProhibitedActs(units: { path: string[] }[], boost: number): ProhibitedActs {
  const listed = Uint8Array.from(units, (u) => (u.path.some(isProhibitionsHeading) ? 1 : 0));
  return (question) => {
    if (boost === 1 || !asksIfForbidden(question)) return undefined;
    return (i) => (listed[i] ? boost : 1);
  };
}
