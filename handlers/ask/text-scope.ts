// "Luật 2024 điều chỉnh những vấn đề gì", "Nghị định 62 quy định về những nội dung gì": what a text covers as a whole
// is stated by its scope article, which is quoted. The ranking alone would not lead with it: any article that repeats
// the question's words ("nội dung", "vấn đề") outranks it, and an article of another text is no answer. The folder
// holds only an excerpt of some texts ("luật mới"), but the excerpt keeps that article.
import { foldedWords } from '../../knowledge/text.js';
import { namesText } from '../../retrieval/named-text.js';
import type { Corpus, DocMeta, Section } from '../../knowledge/types.js';
import { citationOf } from '../answer/cite.js';
import { excerptsNamed } from '../updates/changes.js';
import { foldWords } from '../updates/names.js';
import type { Updates } from '../../knowledge/updates.js';
import type { AskResult, AskStep } from './types.js';

// What the whole text is about, as the end of the question: "phạm vi điều chỉnh (là gì)", "điều chỉnh / quy định /
// nói về (những) vấn đề gì". A subject after it ("quy định gì về thời hạn …") asks one point, not the scope.
const WHOLE_SCOPE_ASK =
  / (pham vi dieu chinh( cua( \w+){1,6}?)?( la)?( gi| nhu the nao| ra sao)?|(dieu chinh|quy dinh|noi|de cap)( ve| den| toi)?( nhung)? (gi|van de gi|van de nao|noi dung gi|noi dung nao|linh vuc gi|linh vuc nao|viec gi))( (vay|a|the|nhi|ha|day|nhe))* $/;
const SCOPE_ARTICLE = /^Điều \d+\. Phạm vi điều chỉnh/u;

// A part of the text is named ("chương VI quy định về gì", "Điều 5 nói gì"): its scope article does not say it.
const PART_NAMED = / (chuong|dieu \d+|khoan \d+|muc \d+|diem [a-z]) /;

/** The question asks what a text covers as a whole. */
export function asksWholeScope(question: string): boolean {
  const q = foldWords(question.replace(/[?!.…]+\s*$/u, ''));
  return WHOLE_SCOPE_ASK.test(q) && !PART_NAMED.test(q);
}

/** The scope article of a text, when the folder holds it. */
function scopeArticle(corpus: Corpus, doc: DocMeta): Section | undefined {
  return corpus.sections.find((s) => s.docId === doc.id && s.path.some((h) => SCOPE_ARTICLE.test(h)) && s.text.trim());
}

function quotedScope(doc: DocMeta, section: Section): AskResult {
  const quote = section.text.trim();
  const c = citationOf(1, doc, section.path, section.id, { quotes: [quote] });
  return {
    kind: 'answer',
    text: `Theo ${c.label} [1]: «${quote}»\n\nTrích dẫn:\n[1] ${c.label}\n«${quote}»`,
    citations: [c],
  };
}

/** The national texts a question names: by number or year, or an excerpt as the law of today ("luật mới"). */
function textsNamed(question: string, corpus: Corpus, updates: Updates | undefined): DocMeta[] {
  const q = foldedWords(question);
  const byNumber = corpus.docs.filter((d) => !d.province && namesText(q, d));
  const excerpts = updates ? excerptsNamed(question, updates, corpus).map((u) => u.number) : [];
  return [...byNumber, ...corpus.docs.filter((d) => excerpts.includes(d.number ?? '') && !byNumber.includes(d))];
}

/** A question on what a named text covers as a whole, answered by its scope article; undefined otherwise. */
export const textScope: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  if (!corpus || !asksWholeScope(q.text)) return undefined;
  const named = textsNamed(q.text, corpus, deps.updates?.());
  // Two texts named ("Luật 2011 và Luật 2024 khác nhau ở phạm vi nào") ask a comparison, not one scope.
  if (named.length !== 1) return undefined;
  const section = scopeArticle(corpus, named[0]);
  return section && quotedScope(named[0], section);
};
