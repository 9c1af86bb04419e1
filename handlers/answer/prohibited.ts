// "Thỏa thuận bán em bé từ lúc còn trong bụng mẹ có bị cấm không?": whether an act is forbidden, asked in everyday
// words that name neither trafficking nor victims. The documents answer it when one of their lists of prohibited acts
// holds the act; the off-subject check would otherwise refuse it for want of the documents' subject terms.
import { asksIfForbidden, isProhibitionsHeading } from '../../retrieval/prohibited-acts.js';
import type { SearchHit } from '../../retrieval/types.js';
import { sentenceTerms } from './sentences.js';

/** A text's folded syllable pairs, those of two function words left out. */
const contentBigrams = (text: string): Set<string> => sentenceTerms(text).bi;

/**
 * True when the question asks whether an act is forbidden and a hit is an item of a list of prohibited acts that
 * shares words with the question besides those of its heading (the act itself, not just "hành vi bị cấm").
 */
export function asksAboutListedProhibition(question: string, hits: SearchHit[]): boolean {
  if (!asksIfForbidden(question)) return false;
  const asked = contentBigrams(question);
  return hits.some((h) => {
    const heading = h.chunk.path.find(isProhibitionsHeading);
    if (!heading) return false;
    const headingWords = contentBigrams(heading);
    return [...contentBigrams(h.chunk.text)].some((b) => asked.has(b) && !headingWords.has(b));
  });
}
