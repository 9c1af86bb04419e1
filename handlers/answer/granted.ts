// A sentence granting a power names whom it grants it to before the grant ("Chủ tịch Ủy ban nhân dân xã, …,
// Giám đốc Cơ sở hỗ trợ nạn nhân có thẩm quyền quyết định …"). Asked who holds the power, those titles answer:
// the titles the question names tell such sentences apart (the points of one article grant the same power to
// the Border Guard, the Coast Guard, the courts …), and the quote keeps them.
import type { AnswerType } from '../../retrieval/question-type.js';
import { type QueryProfile, sentenceTerms } from './sentences.js';

const GRANT = /\s(có thẩm quyền)\s/u;
// Kinds of answer a who-question may also ask for, which a later part of the sentence states.
const STATED_LATER: AnswerType[] = ['amount', 'time', 'date', 'count', 'papers'];

/** The question asks only who (which agency, which title), nothing a later part of a sentence states. */
export const asksOnlyWho = (types: AnswerType[]) => types.includes('agency') && !types.some((t) => STATED_LATER.includes(t));

/** A granting sentence's titles and its grant words, or undefined when it grants no power to named titles. */
export function grantOf(sentence: string): { titles: string; grant: string } | undefined {
  const m = GRANT.exec(sentence);
  return m && m.index > 0 ? { titles: sentence.slice(0, m.index), grant: m[0] } : undefined;
}

/** Weight of a granting sentence whose titles the question does not name. */
const UNNAMED_TITLES_WEIGHT = 0.5;
/**
 * Word pairs of its titles the question must use for a sentence's whole weight: one pair alone is often a word
 * every title list shares ("chỉ huy", "cục trưởng"); a force's or a court's name is several ("bộ đội biên phòng").
 */
const NAMED_PAIRS = 3;

/**
 * For a question asking only who, how much of a granting sentence's score stands: all of it when the question
 * names its titles (word pairs of theirs: "bộ đội biên phòng"), half when only the grant holds the question's
 * words (the power asked about, granted to titles the question does not name). 1 for any other question or sentence.
 */
export function titlesWeight(sentence: string, profile: QueryProfile, types: AnswerType[]): number {
  const grant = asksOnlyWho(types) ? grantOf(sentence) : undefined;
  if (!grant) return 1;
  const pairs = sentenceTerms(grant.titles).bi;
  // A pair the grant also says ("nạn nhân" in "Giám đốc Cơ sở hỗ trợ nạn nhân" and "đối với nạn nhân") names no title.
  const granted = sentenceTerms(sentence.slice(grant.titles.length)).bi;
  const named = [...profile.bi].filter((b) => pairs.has(b) && !granted.has(b)).length;
  return Math.min(1, UNNAMED_TITLES_WEIGHT + ((1 - UNNAMED_TITLES_WEIGHT) * named) / NAMED_PAIRS);
}
