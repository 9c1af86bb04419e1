// Sentence splitting and scoring for extractive answers.
import { bigrams, foldToken, isStopword, analyze, splitSentences } from '../../retrieval/text.js';
import { thesaurusExpander } from '../../retrieval/expand.js';

const splitCache = new Map<string, string[]>();
/** splitSentences of a passage body, cached (passages repeat across questions). */
export function passageSentences(text: string): string[] {
  let v = splitCache.get(text);
  if (!v) {
    v = splitSentences(text);
    if (splitCache.size > 20_000) splitCache.clear();
    splitCache.set(text, v);
  }
  return v;
}

const clauseCache = new Map<string, number[]>();
const paragraphCache = new Map<string, number[]>();

/** For each sentence of passageSentences(text), the number of the group of lines it is in; `opens`: a line opens a group. */
function sentenceGroups(text: string, cache: Map<string, number[]>, opens: (line: string) => boolean): number[] {
  let v = cache.get(text);
  if (!v) {
    v = [];
    let group = 0;
    for (const line of text.split(/\n+/)) {
      if (opens(line)) group++;
      for (const _ of splitSentences(line)) v.push(group);
    }
    if (cache.size > 20_000) cache.clear();
    cache.set(text, v);
  }
  return v;
}

/**
 * For each sentence of passageSentences(text), the numbered clause ("1.", "2.") it belongs to: the lines of
 * a clause, its lettered points included, share one number, so a lead-in and its points are one clause.
 */
export function sentenceClauses(text: string): number[] {
  return sentenceGroups(text, clauseCache, (line) => /^\s*\d{1,2}\.\s/u.test(line));
}

/** For each sentence of passageSentences(text), the line (paragraph, list entry) it is on. */
export function sentenceParagraphs(text: string): number[] {
  return sentenceGroups(text, paragraphCache, () => true);
}

// A line that is one entry of a list: a dash, a lettered point or a numbered clause. splitSentences drops a dash and
// a clause number, so whether a sentence is an entry, and its marker, are read from its line in the passage.
const ITEM_LINE = /^\s*([-–•+]|[a-zđ]\)|\d{1,2}\.)\s/u;

/** Where a sentence of a passage stands in its lines: on a list entry's line; `marker`: the entry's, if it opens it. */
export interface SentenceLine {
  item: boolean;
  marker?: string;
}

const lineCache = new Map<string, SentenceLine[]>();
/** For each sentence of passageSentences(text), its place in the passage's lines ("- Bảng tổng hợp …;", "2. …"). */
export function sentenceLines(text: string): SentenceLine[] {
  let v = lineCache.get(text);
  if (!v) {
    v = [];
    for (const line of text.split(/\n+/)) {
      const marker = ITEM_LINE.exec(line)?.[1];
      splitSentences(line).forEach((sentence, k) =>
        v?.push({ item: marker !== undefined, marker: k === 0 && marker && !sentence.startsWith(marker) ? marker : undefined }),
      );
    }
    if (lineCache.size > 20_000) lineCache.clear();
    lineCache.set(text, v);
  }
  return v;
}

export interface QueryProfile {
  uni: Set<string>;
  bi: Set<string>;
  /**
   * Word pairs of the documents' terms for the chat wordings the question uses (the thesaurus): "bỏ đi đâu mất" is
   * said "vắng mặt" in a plan, so the sentence saying it is the one about what was asked.
   */
  legal?: Set<string>;
}

/** The question's terms; `withLegal`: also the documents' terms for its chat wordings. */
export function queryProfile(q: string, withLegal = false): QueryProfile {
  const { seq, extra } = analyze(q);
  const folded = seq.map(foldToken);
  const uni = new Set([...seq, ...extra].filter((t) => !isStopword(t)).map(foldToken));
  const bi = new Set(bigrams(folded));
  if (!withLegal) return { uni, bi };
  const legal = new Set(
    thesaurusExpander()
      .expand(q)
      .flatMap((phrase) => bigrams(analyze(phrase).seq.map(foldToken))),
  );
  for (const b of bi) legal.delete(b);
  return { uni, bi, legal };
}

/** A documents' term pair standing for the question's own words counts this much (a question's own pair counts 2). */
const LEGAL_WEIGHT = 1;

interface SentenceTerms {
  uni: Set<string>;
  bi: Set<string>;
  length: number;
}

// Passages come from a fixed corpus and popular questions hit the same ones: analyse each sentence once.
const sentenceCache = new Map<string, SentenceTerms>();
/** A sentence's folded syllables and bigrams (stopwords included), cached. */
export function sentenceTerms(sentence: string): SentenceTerms {
  let t = sentenceCache.get(sentence);
  if (!t) {
    const { seq, extra } = analyze(sentence);
    const folded = seq.map(foldToken);
    t = { uni: new Set([...folded, ...extra.map(foldToken)]), bi: new Set(bigrams(folded)), length: seq.length };
    if (sentenceCache.size > 50_000) sentenceCache.clear();
    sentenceCache.set(sentence, t);
  }
  return t;
}

/**
 * Query terms a sentence holds: bigrams count double since they pin down multi-syllable words. A term `known`
 * already (the passage's headings say it of every sentence under them) counts half: it tells the sentences apart
 * less, yet a sentence naming the heading's subject ("tư vấn tâm lý" under "Hỗ trợ tâm lý") is still about it.
 */
export function termOverlap(sentence: string, q: QueryProfile, known?: QueryProfile): number {
  const t = sentenceTerms(sentence);
  let s = 0;
  for (const u of q.uni) if (t.uni.has(u)) s += known?.uni.has(u) ? 0.5 : 1;
  for (const b of q.bi) if (t.bi.has(b)) s += known?.bi.has(b) ? 1 : 2;
  for (const b of q.legal ?? []) if (t.bi.has(b)) s += known?.bi.has(b) ? LEGAL_WEIGHT / 2 : LEGAL_WEIGHT;
  return s;
}

/** Query terms found only in the clauses a sentence refers to by number (references.ts) count this much. */
const REFERRED_WEIGHT = 0.5;

/**
 * Query-term overlap of one sentence, with a slight preference for compact sentences over long enumerations.
 * `referred`: the text of the clauses the sentence names by number, whose words it holds at second hand.
 */
export function sentenceScore(sentence: string, q: QueryProfile, known?: QueryProfile, referred = ''): number {
  const own = termOverlap(sentence, q, known);
  const second = referred ? termOverlap(`${sentence}\n${referred}`, q, known) - own : 0;
  return (own + REFERRED_WEIGHT * second) / (1 + Math.log1p(sentenceTerms(sentence).length / 40));
}
