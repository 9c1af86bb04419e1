// An article on one kind of support says first whom it is for ("1. Đối tượng hỗ trợ gồm nạn nhân trong thời gian lưu
// trú tại cơ sở bảo trợ xã hội …"), then what it gives ("2. Chế độ hỗ trợ tâm lý cho nạn nhân gồm tư vấn, tham vấn tâm
// lý …"). The first repeats the setting a question gives ("nạn nhân ở cơ sở bảo trợ được hỗ trợ tâm lý gì"), so it
// shares as many of its words, yet it answers only a question asking who.
import type { AnswerType } from '../../retrieval/question-type.js';
import type { QueryProfile } from './sentences.js';

// A clause or point opening with whom it is for: "1. Đối tượng hỗ trợ gồm …", "a) Đối tượng áp dụng: …".
const STATES_WHOM = /^(?:(?:\d{1,2}[.)]|[a-zđ]\))\s+)?Đối tượng\s/u;

/** How much of a sentence stating whom a support is for stands, for a question that does not ask who. */
const WHOM_WEIGHT = 0.5;

/** The question asks who: "ai", "cơ quan nào" (an agency answer), or "đối tượng" named. */
function asksWho(profile: QueryProfile, types: AnswerType[]): boolean {
  return types.includes('agency') || profile.bi.has('doi tuong');
}

/** WHOM_WEIGHT for a sentence stating whom a support is for when the question asks something else of it, else 1. */
export function whomWeight(sentence: string, profile: QueryProfile, types: AnswerType[]): number {
  return STATES_WHOM.test(sentence) && !asksWho(profile, types) ? WHOM_WEIGHT : 1;
}
