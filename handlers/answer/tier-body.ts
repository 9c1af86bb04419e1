// "Cơ quan nào ở cấp xã tiếp nhận người tự đến trình báo": which body, at a tier the question names. A sentence
// opening with a body of that tier ("Uỷ ban nhân dân hoặc Công an cấp xã khi tiếp nhận …") names it as the one that
// acts; one naming it only as where another body takes the person ("Cơ quan Công an, … có trách nhiệm đưa ngay người
// đó đến Ủy ban nhân dân cấp xã") holds as many of the question's words but leaves the tier's own body unsaid.
import { foldedWords } from '../../knowledge/text.js';
import type { AnswerType } from '../../retrieval/question-type.js';
import type { QueryProfile } from './sentences.js';

const TIERS = ['xa', 'huyen', 'tinh'];
/** How many syllables of a sentence's opening may name its acting body ("Uỷ ban nhân dân hoặc Công an cấp xã"). */
const OPENING_SYLLABLES = 10;
/** The weight of a sentence opening with a body of the asked tier. */
const TIER_BODY_WEIGHT = 1.4;
// A clause or point marker before the sentence.
const MARKER = /^\s*(?:\d{1,2}\.|[a-zđ]\))\s+/u;

/** The tier a question asks a body of ("cấp xã", "ở huyện"), folded, when it asks which body. */
function askedTier(profile: QueryProfile, types: AnswerType[]): string | undefined {
  if (!types.includes('agency')) return undefined;
  return TIERS.find((t) => profile.bi.has(`cap ${t}`) || profile.bi.has(`o ${t}`));
}

/** TIER_BODY_WEIGHT for a sentence opening with a body of the tier the question asks a body of, else 1. */
export function tierBodyWeight(sentence: string, profile: QueryProfile, types: AnswerType[]): number {
  const tier = askedTier(profile, types);
  if (!tier) return 1;
  const opening = foldedWords(sentence.replace(MARKER, '')).trim().split(' ').slice(0, OPENING_SYLLABLES).join(' ');
  return ` ${opening} `.includes(` cap ${tier} `) ? TIER_BODY_WEIGHT : 1;
}
