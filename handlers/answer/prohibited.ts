// "Thỏa thuận bán em bé từ lúc còn trong bụng mẹ có bị cấm không?": whether an act is forbidden, asked in everyday
// words that name neither trafficking nor victims. The documents answer it when one of their lists of prohibited acts
// holds the act; the off-subject check would otherwise refuse it for want of the documents' subject terms.
import { foldedWords } from '../../knowledge/text.js';
import type { SearchHit } from '../../retrieval/types.js';
import { sentenceTerms } from './sentences.js';

/** The question asks whether something is forbidden or against the law. */
const ASKS_IF_FORBIDDEN =
  / (bi cam|co cam|nghiem cam|bi nghiem cam|vi pham (phap luat|luat|gi)|co vi pham|pham (phap|luat|toi)|trai (phap )?luat|bat hop phap|hop phap) /;
/** A heading over a list of prohibited acts ("Các hành vi bị nghiêm cấm"). */
const PROHIBITIONS_HEADING = / (bi nghiem cam|nghiem cam|bi cam) /;

/** A text's folded syllable pairs, those of two function words left out. */
const contentBigrams = (text: string): Set<string> => sentenceTerms(text).bi;

/**
 * True when the question asks whether an act is forbidden and a hit is an item of a list of prohibited acts that
 * shares words with the question besides those of its heading (the act itself, not just "hành vi bị cấm").
 */
export function asksAboutListedProhibition(question: string, hits: SearchHit[]): boolean {
  if (!ASKS_IF_FORBIDDEN.test(foldedWords(question))) return false;
  const asked = contentBigrams(question);
  return hits.some((h) => {
    const heading = h.chunk.path.find((p) => PROHIBITIONS_HEADING.test(foldedWords(p)));
    if (!heading) return false;
    const headingWords = contentBigrams(heading);
    return [...contentBigrams(h.chunk.text)].some((b) => asked.has(b) && !headingWords.has(b));
  });
}
