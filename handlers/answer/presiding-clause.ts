// "Nạn nhân về qua sân bay quốc tế thì cơ quan nào chủ trì tiếp nhận": who presides over a case a question names (a
// route, a place, how the victim came back). The procedures name that body once, at the head of the case's steps
// ("a) Cục Quản lý xuất nhập cảnh chủ trì, phối hợp … thực hiện việc tiếp nhận như sau:", "c) Đồn Biên phòng cửa khẩu …
// chủ trì thực hiện: …", "a) Đồn Biên phòng, Cảnh sát biển thực hiện:"); the steps under it, which the ranker matches
// best, leave the body unsaid, and another case's clause can share as many of the question's words. Of a text's clauses
// naming the body that presides, the one whose case the question names answers.
import { foldedWords } from '../../knowledge/text.js';
import type { Corpus, Section } from '../../knowledge/types.js';
import { answerTypes, type AnswerType } from '../../retrieval/question-type.js';
import { contentSyllables } from '../../retrieval/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { bodyAsked } from '../ask/lead.js';
import { clauseHit } from './basis.js';
import type { QueryProfile } from './sentences.js';
import { articleIndex, markedClauses, sharedWeight, type MarkedClause, type TextClauses } from './text-clauses.js';

// Who leads or takes in the victims, folded word pairs: "chủ trì", "đứng ra", "làm chính", "tiếp nhận", "đón nhận". Who
// "chịu trách nhiệm" for a task (the statistics, the reports) is asked of that task, which another body may preside over.
const PRESIDING_PAIRS = ['chu tri', 'dung ra', 'lam chinh', 'tiep nhan', 'don nhan'];
// A line opening with a body, within its first words, that presides ("… chủ trì") or heads the steps it takes
// ("… thực hiện:", "… thực hiện việc tiếp nhận như sau:").
const BODY_OPENING =
  /^(?:\d{1,2}\.|[a-zđ]\))?\s*(?:Cục|Đồn|Bộ đội|Cảnh sát|Công an|Cơ quan|Sở|Phòng|Ủy ban|Uỷ ban|Bộ|Văn phòng|Trung tâm)\s/u;
// Read, folded, on the line's first clause (up to a colon or semicolon).
const PRESIDES = /^([a-z0-9]+ ){1,14}chu tri( |$)|^([a-z0-9]+ ){1,14}thuc hien( viec( [a-z]+){1,4} nhu sau)?$/;
// The question's words that ask rather than name the case, and the words every procedure shares (the subject, who is
// taken in, coming back from abroad), which name no case and no task of one.
const ASKING = new Set(
  foldedWords(
    `${PRESIDING_PAIRS.join(' ')} chịu trách nhiệm cơ quan đơn vị lực lượng nào ai nạn nhân người mua bán phòng chống tội phạm trẻ em bị trở về nước ngoài việt nam`,
  )
    .trim()
    .split(' '),
);

/** Whether a line opens with a body that presides or heads the steps it takes. */
const presidesIn = (line: string) => BODY_OPENING.test(line) && PRESIDES.test(foldedWords(line.split(/[:;]/u)[0]).trim());

/** The line of a section that names the body presiding: its own heading, or its text's opening. */
function presidingLine(s: Section): string | undefined {
  return [s.path.at(-1) ?? '', s.text.trim().split('\n')[0] ?? ''].find(presidesIn);
}

const clausesByCorpus = new WeakMap<Corpus, Map<string, TextClauses>>();
const presidingClauses = (corpus: Corpus) => markedClauses(corpus, (s) => presidingLine(s) !== undefined, clausesByCorpus);

/** The words of a clause's case: its headings below its article (the route of "3. Tổ chức tiếp nhận … qua sân bay"). */
const caseWords = (c: MarkedClause) => {
  const below = c.path.slice(articleIndex(c.path) + 1);
  return new Set(contentSyllables(below.join(' ')));
};

/** How much more a sentence opening with a body that presides weighs when the question asks who presides. */
const PRESIDING_WEIGHT = 2.5;

/**
 * PRESIDING_WEIGHT for a sentence opening with a body that presides over the task asked, when the question asks which
 * body presides; else 1.
 */
export function presidingWeight(sentence: string, profile: QueryProfile, types: AnswerType[]): number {
  if (!types.includes('agency') || !PRESIDING_PAIRS.some((b) => profile.bi.has(b)) || !presidesIn(sentence)) return 1;
  // Presiding over what is asked: the sentence shares a word of the question's task, not only "chủ trì".
  const words = foldedWords(sentence);
  const shares = (w: string) => words.includes(` ${w} `);
  const task =
    [...profile.uni].some((w) => !ASKING.has(w) && shares(w)) ||
    PRESIDING_PAIRS.some((p) => p !== 'chu tri' && profile.bi.has(p) && shares(p));
  return task ? PRESIDING_WEIGHT : 1;
}

/** Whether a question asks which body presides over or takes in something, naming no body as the one acting. */
export function asksPresidingBody(question: string): boolean {
  const q = foldedWords(question);
  return answerTypes(question).includes('agency') && PRESIDING_PAIRS.some((p) => q.includes(` ${p} `)) && !bodyAsked(question);
}

/**
 * The clause naming the body that presides over the case the question names, as a hit, from the best-ranked text;
 * undefined when the question does not ask who presides or names no case one of them heads.
 */
export function presidingClauseHit(
  index: KnowledgeIndex,
  question: string,
  usable: SearchHit[],
  confidence: number,
): SearchHit | undefined {
  if (!asksPresidingBody(question)) return undefined;
  const byDoc = presidingClauses(index.corpus);
  // The best-ranked text's: a text further down presides over other cases ("tự trở về" beside "đến trình báo ở xã").
  const text = usable[0] && byDoc.get(usable[0].doc.id);
  if (!text?.marked.length) return undefined;
  const asked = [...new Set(contentSyllables(question))];
  // The case the question names decides ("cảng biển" against "sân bay"); the rest of its words only between equals.
  const naming = asked.filter((w) => !ASKING.has(w));
  const rank = (c: MarkedClause) => [sharedWeight(text, { ...c, words: caseWords(c) }, naming), sharedWeight(text, c, asked)];
  const ranked = text.marked.map((c) => ({ c, r: rank(c) })).filter((x) => x.r[0] > 0);
  if (!ranked.length) return undefined;
  const top = Math.max(...ranked.map((x) => x.r[0]));
  // Two cases named as much: the question does not tell which it is about.
  const named = ranked.filter((x) => x.r[0] === top);
  if (named.length > 1) return undefined;
  const best = named[0].c;
  const s = index.corpus.sections[best.from];
  return clauseHit(index, best.from, best.path, confidence, presidingLine(s) === s.path.at(-1));
}
