// Sentence splitting and scoring for extractive answers.
import { bigrams, foldDiacritics, isStopword, analyze } from '../../retrieval/text.js';

/** Splits a section body into sentences/clauses: lines first, then sentence ends and semicolons. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const part of line.split(/(?<=[.;!?])\s+(?=[\p{Lu}\p{N}"“(\-–])/u)) {
      const s = part.replace(/^[-–•+]\s*/, '').trim();
      if (s.replace(/[^\p{L}\p{N}]/gu, '').length >= 3) out.push(s);
    }
  }
  return out;
}

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
