// Sentence splitting and scoring for extractive answers.
import { bigrams, foldDiacritics, isStopword, analyze, splitSentences } from '../../retrieval/text.js';

export { splitSentences };

export interface QueryProfile {
  uni: Set<string>;
  bi: Set<string>;
}

export function queryProfile(q: string): QueryProfile {
  const { seq, extra } = analyze(q);
  const folded = seq.map(foldDiacritics);
  const uni = new Set([...seq, ...extra].filter((t) => !isStopword(t)).map(foldDiacritics));
  return { uni, bi: new Set(bigrams(folded)) };
}

/** Query-term overlap of one sentence: bigrams count double since they pin down multi-syllable words. */
export function sentenceScore(sentence: string, q: QueryProfile): number {
  const { seq, extra } = analyze(sentence);
  const folded = seq.map(foldDiacritics);
  const uni = new Set([...folded, ...extra.map(foldDiacritics)]);
  let s = 0;
  for (const t of q.uni) if (uni.has(t)) s += 1;
  for (const b of new Set(bigrams(folded))) if (q.bi.has(b)) s += 2;
  // Slight preference for compact sentences that say the thing rather than long enumerations.
  return s / (1 + Math.log1p(seq.length / 40));
}
