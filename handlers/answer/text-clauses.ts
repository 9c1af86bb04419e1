// A text's clauses of one kind (sending a dossier, naming the body that presides), read once per corpus, and the one
// of them nearest a question: the words that tell a text's clauses apart weigh more than those most of its sections have.
import type { Corpus, Section } from '../../knowledge/types.js';
import { contentSyllables } from '../../retrieval/text.js';

const ARTICLE = /^Điều \d/u;

/** Where a clause's article heading ("Điều 9. …") stands in its path; -1 for a text without articles. */
export const articleIndex = (path: string[]) => path.findIndex((p) => ARTICLE.test(p));

export interface MarkedClause {
  from: number;
  path: string[];
  /** Folded content syllables of the clause and its headings. */
  words: Set<string>;
}

export interface TextClauses {
  marked: MarkedClause[];
  /** How many of the text's sections have each word: one most of them have ("hồ sơ", "đề nghị") tells none apart. */
  spread: Map<string, number>;
}

/** Each text's clauses that `marks` picks, in the text's order, with its words' spread; cached in `cache` per corpus. */
export function markedClauses(
  corpus: Corpus,
  marks: (s: Section) => boolean,
  cache: WeakMap<Corpus, Map<string, TextClauses>>,
): Map<string, TextClauses> {
  let byDoc = cache.get(corpus);
  if (byDoc) return byDoc;
  byDoc = new Map();
  for (const [from, s] of corpus.sections.entries()) {
    const text: TextClauses = byDoc.get(s.docId) ?? { marked: [], spread: new Map() };
    byDoc.set(s.docId, text);
    const words = new Set(contentSyllables(`${s.path.join(' ')} ${s.text}`));
    for (const w of words) text.spread.set(w, (text.spread.get(w) ?? 0) + 1);
    if (marks(s)) text.marked.push({ from, path: s.path, words });
  }
  cache.set(corpus, byDoc);
  return byDoc;
}

/** How much of the question's words (`asked`, folded content syllables) a clause has, each by how rare it is in its text. */
export function sharedWeight(text: TextClauses, clause: MarkedClause, asked: string[]): number {
  return asked.reduce((sum, w) => sum + (clause.words.has(w) ? 1 / text.spread.get(w)! : 0), 0);
}
