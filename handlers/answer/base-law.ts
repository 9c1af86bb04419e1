// A decree grants a kind of support of the law it details in its own words ("Đối với nạn nhân thuộc hộ nghèo khi trở
// về nơi cư trú được hỗ trợ một lần tiền trợ cấp khó khăn ban đầu theo mức do …"); the law's article on the same kind
// states the condition itself ("Nạn nhân khi trở về địa phương, nếu thuộc hộ nghèo thì được hỗ trợ một lần …"). The
// law is the base text: when the ranker leads with the decree, the law's clause is quoted first, the decree's detail
// after it. An amount, a deadline, papers or a procedure are the decree's alone, and left to it. When that law was
// replaced and the ranker found today's law saying whom it supports, today's law leads and the old clause is context.
import { foldedWords } from '../../knowledge/text.js';
import { statesTodaysRules } from '../../knowledge/validity.js';
import { asksOlderText } from '../../retrieval/named-text.js';
import { answerTypes, type AnswerType } from '../../retrieval/question-type.js';
import { isStopword } from '../../retrieval/text.js';
import { replacedTexts } from '../../retrieval/today-law.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { clauseHit } from './basis.js';
import { asksRulesOfToday } from '../updates/changes.js';
import type { Group, Selection } from './groups.js';
import { kindsOfTitle, kindTitledSections } from './support-kind.js';

/** What only the detailing text states: the law says who is entitled, not how much, by when or with which papers. */
const DETAIL_ASKS: AnswerType[] = ['amount', 'time', 'period', 'date', 'count', 'papers', 'file', 'funding', 'place', 'agency'];
const CLAUSE = /^\d{1,2}\.$/u;
// "cần điều kiện gì", "cần những gì": the condition, which the old law's clause states and a list of kinds does not.
const CONDITION = 'dieu kien|can (nhung )?gi';
const ASKS_CONDITION = new RegExp(` (${CONDITION}) `);
// "ai được hưởng", "đối tượng nào", the condition, "có được … không": who is entitled and on which condition, which the
// law states. What a support consists of ("hỗ trợ những gì") is the decree's list.
const ASKS_ENTITLED = new RegExp(` (ai (duoc|se duoc|thi duoc)|doi tuong|${CONDITION}|(co )?duoc( [a-z]+){1,8} khong) `);
// "ai được" asks who is entitled, not which agency acts.
const ASKS_WHO_ENTITLED = / ai (duoc|se duoc|thi duoc) /;

/** The kinds of support the articles on a passage's path are titled by ("tro cap kho khan ban dau"), folded. */
const kindsOnPath = (path: string[]) => path.flatMap(kindsOfTitle);

/** A folded question's content syllables. */
const contentWords = (q: string) =>
  q
    .trim()
    .split(' ')
    .filter((w) => w.length > 1 && !isStopword(w));

/** How many of the question's content syllables a text holds. */
function sharedWords(words: string[], text: string): number {
  const folded = foldedWords(text);
  return words.filter((w) => folded.includes(` ${w} `)).length;
}

/**
 * The clause of the law's article on the kind of support the decree's passage grants that shares most of the
 * question's words, or undefined. Of the kinds both articles name, those the question names are preferred.
 */
function lawClause(index: KnowledgeIndex, lawId: string, kinds: string[], q: string, confidence: number): SearchHit | undefined {
  const { sections } = index.corpus;
  const asked = kinds.filter((k) => q.includes(` ${k} `));
  const wanted = asked.length ? asked : kinds;
  const words = contentWords(q);
  let best: { path: string[]; from: number; shared: number } | undefined;
  // Every section of a clause lies under the article's titled heading, so the clause's first is the first one seen.
  const firstOf = new Map<string, number>();
  for (const { i, kinds: headingKinds } of kindTitledSections(sections)) {
    const s = sections[i];
    const depth = headingKinds.findIndex((ks) => ks.some((k) => wanted.includes(k)));
    if (s.docId !== lawId || depth < 0) continue;
    // The article's clause this section lies in ("1."), or the article itself when it has no clauses.
    const clause = CLAUSE.test(s.path[depth + 1] ?? '') ? s.path.slice(0, depth + 2) : s.path.slice(0, depth + 1);
    const key = clause.join('\u0000');
    if (!firstOf.has(key)) firstOf.set(key, i);
    const shared = sharedWords(words, `${clause.at(-1)} ${s.text}`);
    if (shared > (best?.shared ?? 0)) best = { path: clause, from: firstOf.get(key)!, shared };
  }
  return best && clauseHit(index, best.from, best.path, confidence, false);
}

/** Passages read for an article on a kind of support: the ranker's first two. */
const FIRST_PASSAGES = 2;
/**
 * Asked of the old law ("theo luật cũ"), the lists of kinds of today's law and of the old one ("Điều 37. Đối tượng và
 * chế độ hỗ trợ") may both come first: one passage more is read.
 */
const FIRST_PASSAGES_OLD_LAW = 3;

/**
 * The passages with the law's clause just before the decree's passage, when one of the first passages is a decree's
 * article on a kind of support that the law it details, in the corpus whole, has an article on; undefined otherwise.
 */
export function withBaseLaw(index: KnowledgeIndex, question: string, passages: SearchHit[], confidence: number): SearchHit[] | undefined {
  const q = foldedWords(question);
  // Asked of today's rules ("theo luật hiện hành"), the replaced law is no answer to lead with.
  if (!ASKS_ENTITLED.test(q) || asksRulesOfToday(question)) return undefined;
  const types = answerTypes(question).filter((t) => t !== 'agency' || !ASKS_WHO_ENTITLED.test(q));
  if (types.some((t) => DETAIL_ASKS.includes(t))) return undefined;
  // The first article on a kind of support: when it is the law's own, nothing is missing.
  const read = asksOlderText(question, index.corpus.docs, statesTodaysRules) ? FIRST_PASSAGES_OLD_LAW : FIRST_PASSAGES;
  const at = passages.slice(0, read).findIndex((h) => kindsOnPath(h.chunk.path).length);
  const decree = passages[at];
  const law = decree?.doc.implementsLaw && index.corpus.docs.find((d) => d.number === decree.doc.implementsLaw && !d.excerpt);
  if (!law || decree.doc.kind !== 'regulation') return undefined;
  const clause = lawClause(index, law.id, kindsOnPath(decree.chunk.path), q, confidence);
  if (!clause) return undefined;
  // The ranker may have found the clause too, further down: it is quoted once, before the decree.
  const others = passages.filter((h) => h.doc.id !== law.id || h.chunk.sectionId !== clause.chunk.sectionId);
  // Today's law among the first passages, asked whom it supports (not on which condition) and saying more of what is
  // asked than the replaced law's clause, answers now: it leads, the old clause follows it.
  const today = read === FIRST_PASSAGES && !ASKS_CONDITION.test(q) ? todaysLawPassage(index, law.id, others.slice(0, read)) : undefined;
  if (today && saysMore(q, today, clause)) {
    // The old clause goes just before the decree wherever today's passage stood.
    const rest = others.filter((h) => h !== today);
    const before = rest.indexOf(decree);
    return [today, ...rest.slice(0, before), clause, ...rest.slice(before)];
  }
  BASE_CLAUSES.add(clause);
  return [...others.slice(0, at), clause, ...others.slice(at)];
}

/** The first of the passages that is of the text in force replacing the law (`lawId`), or undefined. */
function todaysLawPassage(index: KnowledgeIndex, lawId: string, passages: SearchHit[]): SearchHit | undefined {
  const today = replacedTexts(index.corpus).get(lawId);
  return today === undefined ? undefined : passages.find((h) => h.doc.id === today);
}

/** Passage `a` holds more of the folded question's content syllables than `b`, its heading included. */
function saysMore(q: string, a: SearchHit, b: SearchHit): boolean {
  const words = contentWords(q);
  const held = (h: SearchHit) => sharedWords(words, `${h.chunk.path.at(-1) ?? ''} ${h.chunk.text}`);
  return held(a) > held(b);
}

/** The law's clauses withBaseLaw put before a decree's passage: each leads the answer it is quoted in. */
const BASE_CLAUSES = new WeakSet<SearchHit>();

/** The law's clause leads the selection, with its best sentence; the decree's sentences chosen stay as its detail. */
export function withBaseLawLead(selection: Selection, groups: Group[]): void {
  const g = groups.find((x) => BASE_CLAUSES.has(x.hit));
  const s = g?.sentences.filter((c) => c.pos >= 0).sort((a, b) => b.score - a.score)[0];
  if (!g || !s || selection.lead?.g === g) return;
  selection.lead = { g, s };
  selection.chosen.set(g, (selection.chosen.get(g) ?? new Set()).add(s.pos));
}
