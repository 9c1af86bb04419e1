// Clauses of one article share its heading and most of its words: the clause granting a support ("hỗ trợ tiền tàu xe
// …") and the clause naming who grants it ("3. Trách nhiệm thực hiện việc hỗ trợ: … b) Cơ quan chịu trách nhiệm hỗ
// trợ tiền tàu xe …") hold the same words of the support. A question asking who is answered by the clause that opens
// with the duty or the power to act, in its own words or its lead-in, not by the headings the siblings share.
import { foldedSyllables } from './question-type.js';

interface FacetUnit {
  text: string;
  leads?: string[];
}

// "Cơ quan chịu trách nhiệm …", "Trách nhiệm thực hiện việc hỗ trợ:", "Người có thẩm quyền ra quyết định …": a clause
// stating who must or may act. Folded, padded.
const DUTY = / (trach nhiem|tham quyen) /;
/** How many syllables of a clause's opening may come before its duty: further on, it is a detail of another rule. */
const OPENING_SYLLABLES = 8;

// "có ai lo cho không" asks whether anyone helps, "gồm những ai" which people a term covers: no body that acts.
const NOT_WHO_ACTS = / (nhung ai|co ai( [a-z0-9]+)* (khong|ko|k)) /;

/** Whether a question asking for an agency (answerTypes) asks who acts. */
export function asksWhoActs(question: string, asksAgency: boolean): boolean {
  return asksAgency && !NOT_WHO_ACTS.test(foldedSyllables(question));
}

export interface SiblingFacets {
  /** True when unit i's text or the lead-in of its clause opens with a duty or a power to act (DUTY). */
  statesDuty(i: number): boolean;
}

/** Each unit's duty opening, computed once per corpus. */
export function createSiblingFacets(units: readonly FacetUnit[]): SiblingFacets {
  const duty = Uint8Array.from(units, (u) => ([...(u.leads ?? []), u.text].some(opensWithDuty) ? 1 : 0));
  return { statesDuty: (i) => duty[i] === 1 };
}

function opensWithDuty(text: string): boolean {
  const opening = foldedSyllables(text).trim().split(' ').slice(0, OPENING_SYLLABLES).join(' ');
  return DUTY.test(` ${opening} `);
}
