// Pseudo-relevance feedback: the passages a question finds first say, in the documents' own words, what it is about.
// Their most distinctive word pairs (frequent in them, rare in the corpus) join the question with a small weight, so
// that a question typed in everyday words also reaches the passages that use the documents' words for the same thing.
import type { LexicalIndex, LexicalResult, WeightedTerm } from './bm25.js';
import { foldToken, isStopword } from './text.js';

export interface FeedbackOptions {
  /** How many of the first passages are read (0 = off). */
  docs: number;
  /** How many word pairs are added. */
  terms: number;
  /** Weight of the best added pair relative to the question's own terms (the others in proportion). */
  weight: number;
  /** A pair held by more than this share of all passages is the corpus' subject, not the question's: not added. */
  maxShare: number;
  /**
   * A pair is added only when its syllables go together at least this often (Dice coefficient of the passages
   * holding it and each of them): "tạm lánh" does, "quyền yêu" read across two words ("quyền | yêu cầu") does not.
   */
  cohesion: number;
}

/** The terms to add to a question given the lexical search of it, best first. */
export type Feedback = (lex: LexicalResult, asked: ReadonlySet<string>) => WeightedTerm[];

// Numbering and structure tokens of the heading paths ("Điều 7", "Chương II", "khoản 2", "a)"): no topic.
const NUMBERING = /^(?:\d+|[ivxl]+|[a-zđ]|điều|chương|khoản|mục|điểm|phần)$/;

/** A syllable that may stand for a topic: not a function word, not a number or a heading's numbering. */
function topical(syllable: string): boolean {
  return !NUMBERING.test(syllable) && !isStopword(syllable);
}

/**
 * Feedback over one index. Each passage's candidate pairs (topical, cohesive, not too common), with their share of
 * its length times their idf, are a fixed property of the corpus: computed once per passage, the first time it is read.
 */
export function createFeedback(index: LexicalIndex, o: FeedbackOptions): Feedback {
  const candidates: (WeightedTerm[] | undefined)[] = new Array(index.size);
  const candidatesOf = (i: number) => (candidates[i] ??= candidatePairs(index, i, o));
  return (lex, asked) => {
    if (o.docs <= 0 || o.terms <= 0 || o.weight <= 0) return [];
    const read = lex.ranked.slice(0, o.docs);
    const total = read.reduce((a, i) => a + Math.max(0, lex.score(i)), 0);
    if (total <= 0) return [];
    // Each passage votes for its pairs in proportion to its score's share of the passages' scores.
    const votes = new Map<string, number>();
    for (const i of read) {
      const share = Math.max(0, lex.score(i)) / total;
      for (const { term, weight } of candidatesOf(i)) if (!asked.has(term)) votes.set(term, (votes.get(term) ?? 0) + share * weight);
    }
    const top = [...votes]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, o.terms)
      .map(([term, weight]) => ({ term, weight }));
    const best = top[0]?.weight ?? 0;
    return best > 0 ? top.map((t) => ({ term: t.term, weight: (o.weight * t.weight) / best })) : [];
  };
}

/**
 * Unit i's word pairs that may be added to a question, folded as the ranker scores them, each weighted by its share of
 * the unit's terms times its idf. Function words are told by their accented form (`có` is one, `cơ` is not).
 */
function candidatePairs(index: LexicalIndex, i: number, o: FeedbackOptions): WeightedTerm[] {
  const counts = index.unitTerms(i);
  let len = 0;
  for (const c of counts.values()) len += c;
  const tfs = new Map<string, number>();
  for (const [pair, tf] of counts) {
    const [a, b] = pair.split(' ');
    if (b === undefined || !topical(a) || !topical(b)) continue;
    const term = `${foldToken(a)} ${foldToken(b)}`;
    tfs.set(term, (tfs.get(term) ?? 0) + tf);
  }
  const out: WeightedTerm[] = [];
  for (const [term, tf] of tfs) {
    const df = index.df(term);
    if (df === 0 || df > o.maxShare * index.size || cohesion(index, term, df) < o.cohesion) continue;
    out.push({ term, weight: (tf / len) * index.idf(df) });
  }
  return out;
}

/** Dice coefficient of a folded pair held by `df` passages and its two syllables. */
function cohesion(index: LexicalIndex, term: string, df: number): number {
  const [a, b] = term.split(' ');
  return (2 * df) / (index.df(a) + index.df(b));
}
