// "Người dưới 18 tuổi đi cùng nạn nhân được hưởng những chế độ gì": the article's list (khoản 1, a) … k)) states the
// entitlements of victims, and a later clause, naming the people the question names, grants them some of its points
// by letter ("… được hưởng chế độ hỗ trợ quy định tại các điểm từ điểm a đến điểm h khoản 1 Điều này"). That clause
// answers; the list it refers to follows it, quoted whole, so the letters can be read.
import { docsById, sectionIndexById } from '../../knowledge/load.js';
import { elidedQuote } from '../../knowledge/text.js';
import { articleDutyReferredTo, clausesReferredTo, pointsReferredTo, type ReferredPoints } from '../../retrieval/references.js';
import type { DocMeta } from '../../knowledge/types.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import type { AnswerResult } from '../types.js';
import { citationOf } from './cite.js';
import type { Candidate, Group, Selection } from './groups.js';
import { type QueryProfile, queryProfile } from './sentences.js';

/** A sentence granting points of a list by their letters. */
const REFERS_TO_POINTS = /quy định tại (các )?điểm /iu;
/** Where a clause's subject (whom it grants) ends: "… được hưởng", "… thì tùy từng trường hợp". */
const SUBJECT_END = /\s(được hưởng|thì)\s/u;
/** Share of the words naming one of a clause's people (not the list clause's) the question must use, and at least how many. */
const MIN_SUBJECT_SHARE = 0.6;
const MIN_SUBJECT_WORDS = 2;

const ARTICLE = /^Điều\s+\d+/u;
const ARTICLE_NUMBER = /^Điều\s+(\d{1,3})(?!\d)/u;
const articleOf = (g: Group) => `${g.hit.doc.id}\u0000${g.hit.chunk.path.find((p) => ARTICLE.test(p)) ?? ''}`;
const subjectOf = (sentence: string) => sentence.split(SUBJECT_END)[0];

/** The people a clause's subject names one after the other ("Người …, người … và người dưới 18 tuổi đi cùng …"). */
const PEOPLE_BREAK = /,\s*|\s+và\s+/u;

/**
 * How well the question names the people a clause grants points to: for the person it names best, the share of that
 * person's words (those the list's own clause lacks) the question uses, then the same share over the whole subject
 * (which of two clauses naming the same person fits the rest of the question). 0 below the minimum count of words.
 */
function namedShare(clause: string, listClause: string, profile: QueryProfile): [number, number] {
  const others = queryProfile(subjectOf(listClause)).uni;
  const share = (text: string) => {
    const own = [...queryProfile(text).uni].filter((w) => !others.has(w));
    const named = own.filter((w) => profile.uni.has(w)).length;
    return own.length && named >= MIN_SUBJECT_WORDS ? named / own.length : 0;
  };
  const subject = subjectOf(clause);
  return [Math.max(...subject.split(PEOPLE_BREAK).map(share)), share(subject)];
}

/**
 * The clause of the lead list's article that refers to the list's points and names the people the question asks
 * about (most of its words for them that the list's own clause lacks), or undefined. Of several ("… đang ở nước
 * ngoài …", "… ở trong nước …"), the one the question names best.
 */
export function referringClause(selection: Selection, groups: Group[], profile: QueryProfile): { g: Group; s: Candidate } | undefined {
  const list = selection.lead;
  if (!list || list.s.pos >= 0) return undefined;
  const article = articleOf(list.g);
  let best: { g: Group; s: Candidate; share: [number, number] } | undefined;
  for (const g of groups) {
    if (articleOf(g) !== article) continue;
    for (const s of g.sentences) {
      if (s.pos < 0 || s.score <= 0 || !REFERS_TO_POINTS.test(s.text)) continue;
      const share = namedShare(s.text, list.s.text, profile);
      const better = !best || share[0] > best.share[0] || (share[0] === best.share[0] && share[1] > best.share[1]);
      if (share[0] >= MIN_SUBJECT_SHARE && better) best = { g, s, share };
    }
  }
  return best && { g: best.g, s: best.s };
}

// "… quyết định áp dụng biện pháp bảo vệ quy định tại các Khoản 1, 2, 4 và 5 Điều 7 Nghị định này": a lead that names
// what it grants only by the numbers of another article's clauses says nothing of it to a reader without the text.
// Those clauses ("1. Giữ bí mật …", "5. Bố trí nơi tạm lánh …") follow it, each shortened, cited to their article. So do
// all clauses of an article a lead hands a duty over to as a whole ("Thực hiện trách nhiệm quy định tại Điều 17 của
// Luật này").

/** Characters of a referred clause quoted at most: what it is, not all it says. */
const MAX_REFERRED_QUOTE = 160;
const shortened = (text: string) => elidedQuote(text, MAX_REFERRED_QUOTE);
const CITED = '\n\nTrích dẫn:\n';

/** The answer with the clauses its lead quote refers to by number quoted after the lead, when another source does not quote them. */
export function withReferredClauses(index: KnowledgeIndex, result: AnswerResult): AnswerResult {
  const lead = result.citations[0];
  const at = result.text.indexOf(CITED);
  if (result.kind !== 'answer' || !lead || at < 0) return result;
  const sections = index.corpus.sections;
  const indexOf = sectionIndexById(index.corpus);
  const from = indexOf.get(lead.sectionId) ?? -1;
  const doc = docsById(index.corpus).get(lead.docId);
  const quote = result.text.slice(0, at).split('»')[0];
  if (from < 0 || !doc) return result;
  const referred = clausesReferredTo(sections, doc.id, sections[from].path, quote);
  if (!referred.length) referred.push(...articleDutyReferredTo(sections, doc.id, sections[from].path, quote));
  const article = referred[0]?.article;
  if (!article) return withReferredPoints(index, result, pointsReferredTo(sections, doc.id, sections[from].path, quote));
  const start = sections.findIndex((s) => s.docId === doc.id && s.path.some((p) => ARTICLE_NUMBER.exec(p)?.[1] === article));
  if (start < 0) return result;
  const path = sections[start].path.slice(0, sections[start].path.findIndex((p) => ARTICLE_NUMBER.test(p)) + 1);
  if (result.citations.some((c) => c.docId === doc.id && sections[indexOf.get(c.sectionId) ?? -1]?.path[path.length - 1] === path.at(-1))) {
    return result;
  }
  const lines = referred
    .filter((c) => c.article === article)
    .map(
      (c) =>
        `${c.clause}. ${shortened(
          c.text
            .replace(/\s+/gu, ' ')
            .trim()
            .replace(/^\d{1,2}[.)]\s*/u, ''),
        )}`,
    );
  return withSaid(result, doc, path, sections[start].id, `các khoản được dẫn (${path.at(-1)})`, lines);
}

/** The answer with `lines` quoted after its lead under `what`, as a further source citing `path`. */
function withSaid(result: AnswerResult, doc: DocMeta, path: string[], sectionId: string, what: string, lines: string[]): AnswerResult {
  const at = result.text.indexOf(CITED);
  const n = result.citations.length + 1;
  const c = citationOf(n, doc, path, sectionId, { quotes: lines });
  const said = `\n\nNội dung ${what} [${n}]:\n«${lines.join('\n')}»`;
  const text = `${result.text.slice(0, at)}${said}${result.text.slice(at)}\n\n[${n}] ${c.label}`;
  return { ...result, text, citations: [...result.citations, c] };
}

/** A point's text as a quote may hold it: without its letter and closing punctuation. */
const pointBody = (point: string) =>
  point
    .replace(/^[a-zđ]\)\s*/u, '')
    .replace(/[;.,\s]+$/u, '')
    .toLowerCase();

/**
 * "… được hưởng chế độ hỗ trợ quy định tại các điểm a, b, c, d, đ và g khoản 1 Điều này": the points the lead quote
 * grants by their letters follow it, cited to their clause, unless the answer already quotes each of them.
 */
function withReferredPoints(index: KnowledgeIndex, result: AnswerResult, referred: ReferredPoints | undefined): AnswerResult {
  const lead = result.citations[0];
  const doc = lead && docsById(index.corpus).get(lead.docId);
  if (!referred || !doc) return result;
  const said = result.text.toLowerCase();
  if (referred.points.every((p) => said.includes(pointBody(p)))) return result;
  const sections = index.corpus.sections;
  const first = sections.findIndex((s) => {
    const a = s.docId === doc.id ? s.path.findIndex((p) => ARTICLE_NUMBER.exec(p)?.[1] === referred.article) : -1;
    return a >= 0 && new RegExp(`^${referred.clause}[.)]`, 'u').test(s.path[a + 1] ?? '');
  });
  if (first < 0) return result;
  const a = sections[first].path.findIndex((p) => ARTICLE_NUMBER.test(p));
  const path = sections[first].path.slice(0, a + 2);
  const article = ARTICLE_NUMBER.exec(path[a])?.[0];
  return withSaid(result, doc, path, sections[first].id, `các điểm được dẫn (khoản ${referred.clause} ${article})`, referred.points);
}
