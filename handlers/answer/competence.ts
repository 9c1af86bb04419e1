// "Muốn xin bảo vệ thì gửi đề nghị cho cơ quan nào": the clause answering it sends the request to "cơ quan có thẩm
// quyền áp dụng biện pháp bảo vệ" and names no body; the same text's article on that competence ("Điều 8. Thẩm quyền
// áp dụng biện pháp bảo vệ") lists the bodies. Its first clause is quoted as a further source, so the reader learns
// which body it is.
import { foldedWords } from '../../knowledge/text.js';
import { answerTypes } from '../../retrieval/question-type.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import type { AnswerResult } from '../types.js';
import { clauseHit } from './basis.js';
import { citationOf } from './cite.js';

const COMPETENCE_ARTICLE = /^Điều\s+\d+\.\s*Thẩm quyền\s+/u;

/** The lead's quotes defer to "the body (or person) competent to <the act the article's title names>". */
function defersTo(articleTitle: string, leadQuotes: string): boolean {
  const act = foldedWords(articleTitle.replace(COMPETENCE_ARTICLE, '')).trim().split(' ')[0];
  return Boolean(act) && new RegExp(` (co quan|nguoi) co tham quyen ${act} `).test(foldedWords(leadQuotes));
}

/** The answer with its lead text's article on competence quoted after it, when the question asks which body and the lead names none. */
export function withCompetentBodies(index: KnowledgeIndex, question: string, result: AnswerResult): AnswerResult {
  const lead = result.citations[0];
  if (result.kind !== 'answer' || !lead || !answerTypes(question).includes('agency')) return result;
  const sections = index.corpus.sections;
  const titleOf = (path: string[]) => path.find((h) => COMPETENCE_ARTICLE.test(h));
  const from = sections.findIndex((s) => s.docId === lead.docId && s.text.trim() && titleOf(s.path));
  if (from < 0 || !defersTo(titleOf(sections[from].path)!, (lead.quotes ?? []).join(' '))) return result;
  if (result.citations.some((c) => c.docId === lead.docId && titleOf(sections.find((s) => s.id === c.sectionId)?.path ?? [])))
    return result;
  // The article's first clause ("1. Cơ quan có thẩm quyền áp dụng biện pháp bảo vệ bao gồm: a) …"), with its points.
  const depth = sections[from].path.findIndex((h) => COMPETENCE_ARTICLE.test(h)) + 2;
  const hit = clauseHit(index, from, sections[from].path.slice(0, depth), 0);
  if (!hit) return result;
  const n = result.citations.length + 1;
  const c = citationOf(n, hit.doc, hit.chunk.path, hit.chunk.sectionId, { quotes: [hit.chunk.text] });
  return { ...result, text: `${result.text}\n\n[${n}] ${c.label}\n«${hit.chunk.text}»`, citations: [...result.citations, c] };
}
