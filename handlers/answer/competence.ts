// "Muốn xin bảo vệ thì gửi đề nghị cho cơ quan nào": the clause answering it sends the request to "cơ quan có thẩm
// quyền áp dụng biện pháp bảo vệ" and names no body; the same text's article on that competence ("Điều 8. Thẩm quyền
// áp dụng biện pháp bảo vệ") lists the bodies. Its first clause is quoted as a further source, so the reader learns
// which body it is. A part of a question asking who does an act ("…, ai cấp giấy phép?") is answered by such an
// article when the text has one for that act ("Điều 5. Thẩm quyền cấp, cấp lại … Giấy phép thành lập").
import { sectionIndexById } from '../../knowledge/load.js';
import { foldedWords } from '../../knowledge/text.js';
import { answerTypes } from '../../retrieval/question-type.js';
import type { Corpus } from '../../knowledge/types.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import type { AnswerResult } from '../types.js';
import { clauseHit } from './basis.js';
import { citationOf } from './cite.js';

const COMPETENCE_ARTICLE = /^Điều\s+\d+\.\s*Thẩm quyền\s+/u;

/** True when `path` is under an article on the competence for an act one of `words` (folded) names. */
export function underCompetenceFor(path: string[], words: Iterable<string>): boolean {
  const title = path.find((h) => COMPETENCE_ARTICLE.test(h));
  return title !== undefined && namesActOf(actsOf(title), words);
}

const namesActOf = (acts: Set<string>, words: Iterable<string>) => [...words].some((w) => acts.has(w));

/** Share of an act's words a question must use to ask who does that act ("ai có quyền cấp giấy phép thành lập …"). */
const MIN_ACT_SHARE = 0.6;

/** True when `path` is under an article on the competence for an act the question's folded words (`uni`) mostly name. */
export function asksCompetenceOf(path: string[], uni: Set<string>): boolean {
  const title = path.find((h) => COMPETENCE_ARTICLE.test(h));
  if (title === undefined) return false;
  const acts = [...actsOf(title)].filter((w) => w.length > 1);
  return acts.length > 0 && acts.filter((w) => uni.has(w)).length >= MIN_ACT_SHARE * acts.length;
}

const actsOf = (title: string) => new Set(foldedWords(title.replace(COMPETENCE_ARTICLE, '')).trim().split(' '));

interface CompetenceArticle {
  docId: string;
  acts: Set<string>;
  /** Its sections that hold text, by index in the corpus. */
  sections: number[];
}

const articlesByCorpus = new WeakMap<Corpus, CompetenceArticle[]>();

/** The corpus' articles on a competence, read once per corpus. */
function competenceArticles(corpus: Corpus): CompetenceArticle[] {
  let articles = articlesByCorpus.get(corpus);
  if (articles) return articles;
  const byTitle = new Map<string, CompetenceArticle>();
  corpus.sections.forEach((s, i) => {
    const title = s.path.find((h) => COMPETENCE_ARTICLE.test(h));
    if (title === undefined || !s.text.trim()) return;
    const key = `${s.docId}\n${title}`;
    const article = byTitle.get(key) ?? { docId: s.docId, acts: actsOf(title), sections: [] };
    article.sections.push(i);
    byTitle.set(key, article);
  });
  articles = [...byTitle.values()];
  articlesByCorpus.set(corpus, articles);
  return articles;
}

/** The sections of a document's articles on the competence for an act one of `words` (folded) names. */
export function competenceSections(corpus: Corpus, docId: string, words: Iterable<string>): number[] {
  return competenceArticles(corpus)
    .filter((a) => a.docId === docId && namesActOf(a.acts, words))
    .flatMap((a) => a.sections);
}

/**
 * The lead's quotes defer to "the body (or person) competent to <the act the article's title names>", or in a sentence
 * about that act send it to "the competent body" ("đề nghị áp dụng biện pháp bảo vệ … gửi cơ quan có thẩm quyền").
 */
function defersTo(articleTitle: string, leadQuotes: string): boolean {
  const act = foldedWords(articleTitle.replace(COMPETENCE_ARTICLE, '')).trim();
  if (!act) return false;
  if (new RegExp(` (co quan|nguoi) co tham quyen ${act.split(' ')[0]} `).test(foldedWords(leadQuotes))) return true;
  return leadQuotes
    .split(/[.;]\s/)
    .map((sentence) => foldedWords(sentence))
    .some((f) => f.includes(` ${act} `) && / (gui|nop|chuyen) (den |toi |cho )?(co quan|nguoi) co tham quyen /.test(f));
}

/** The answer with its lead text's article on competence quoted after it, when the question asks which body and the lead names none. */
export function withCompetentBodies(index: KnowledgeIndex, question: string, result: AnswerResult): AnswerResult {
  const lead = result.citations[0];
  if (result.kind !== 'answer' || !lead || !answerTypes(question).includes('agency')) return result;
  const sections = index.corpus.sections;
  const titleOf = (path: string[]) => path.find((h) => COMPETENCE_ARTICLE.test(h));
  // The lead text's first article on a competence: the articles are read in the corpus' order, once per corpus.
  const from = competenceArticles(index.corpus).find((a) => a.docId === lead.docId)?.sections[0] ?? -1;
  const indexOf = sectionIndexById(index.corpus);
  // The lead's words: its line opening the reply, and the quotes under its citation.
  const leadWords = [result.text.split('\n')[0], ...(lead.quotes ?? [])].join(' ');
  if (from < 0 || !defersTo(titleOf(sections[from].path)!, leadWords)) return result;
  if (result.citations.some((c) => c.docId === lead.docId && titleOf(sections[indexOf.get(c.sectionId) ?? -1]?.path ?? []))) return result;
  // The article's first clause ("1. Cơ quan có thẩm quyền áp dụng biện pháp bảo vệ bao gồm: a) …"), with its points.
  const depth = sections[from].path.findIndex((h) => COMPETENCE_ARTICLE.test(h)) + 2;
  const hit = clauseHit(index, from, sections[from].path.slice(0, depth), 0);
  if (!hit) return result;
  const n = result.citations.length + 1;
  const c = citationOf(n, hit.doc, hit.chunk.path, hit.chunk.sectionId, { quotes: [hit.chunk.text] });
  return { ...result, text: `${result.text}\n\n[${n}] ${c.label}\n«${hit.chunk.text}»`, citations: [...result.citations, c] };
}
