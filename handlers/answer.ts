// Extractive, cited answer: the few most relevant sentences of the best sections, grouped by source.
// Abstains (pointing to hotlines) when the lexical evidence is too weak; never throws.
import type { ContactsDirectory } from '../knowledge/contacts.js';
import type { KnowledgeIndex, SearchHit } from '../retrieval/types.js';
import { hasDiacritics, questionText } from '../retrieval/text.js';
import { subtreeEnd, subtreeText, type Unit } from '../retrieval/units.js';
import type { AnswerResult, Button, Citation } from './types.js';
import { citationOf } from './answer/cite.js';
import { citationHeading, citationLabel, documentLabel, validitySuffix } from '../knowledge/cite.js';
import { queryProfile, termOverlap, type QueryProfile } from './answer/sentences.js';
import {
  answerTypes,
  asksWhether,
  namesOtherGroup,
  carries,
  isOverview,
  mentionsCase,
  openingCase,
  typeBoost,
  type AnswerType,
} from '../retrieval/question-type.js';
import {
  asksFilePapers,
  blockGroup,
  enumeratesFile,
  hitStart,
  withFileAsked,
  type Candidate,
  chooseSentences,
  paragraphAround,
  partPool,
  pointRest,
  quotedPath,
  sourceGroups,
  wholeArticleLines,
  withListItems,
  type Group,
  type Selection,
} from './answer/groups.js';
import { partAsks, partLeads, questionParts, withinNamedText, type PartLead } from './answer/parts.js';
import { actsIn, articleAnswers, bodyAsked } from './ask/lead.js';
import { decodePayload, encodePayload } from './payload.js';
import { checkInput } from './ask/input.js';
import { notCovered, onlyNamed, whereToAsk } from './ask/not-covered.js';
import { DETAIL_NAMES, type UnstatedDetail, unstatedDetail } from './ask/details.js';
import {
  asksAboutRelativeInPassage,
  asksOnlyHowMuch,
  asksPrice,
  asksUnnamedThing,
  foreignWords,
  mentionsSubject,
  namesPaidFor,
  papersOfAsked,
  statesAmount,
} from './ask/scope.js';
import { asksAboutListedProhibition } from './answer/prohibited.js';
import { definitionHits } from './answer/definitions.js';
import { withBaseLaw, withBaseLawLead } from './answer/base-law.js';
import { basisHits, clauseHit } from './answer/basis.js';
import { competenceSections, withCompetentBodies } from './answer/competence.js';
import { groupPointHits } from './answer/group-points.js';
import { dossierReceiverHit } from './answer/dossier-receiver.js';
import { presidingClauseHit } from './answer/presiding-clause.js';
import { steeringBoardHit } from './answer/steering-board.js';
import { asksDuties, bodyHeading, type BodyHeading, bodyUnderList, asksOnlyOwnBodyDuties } from './answer/agency-section.js';
import { headingBlock } from '../retrieval/list-block.js';
import { sectionIndexById } from '../knowledge/load.js';
import { ARTICLE_NUMBER, askedForce, devotedOutline, devotedTextAnswer, forceInOwnPlan } from './answer/devoted-text.js';
import { asksPlanOnGroup, namedPlanSection, type NamedSection } from './answer/plan-section.js';
import { withOwnPlanPoint } from './answer/own-plan.js';
import { asksBodiesTogether, namedOutlinePart } from './answer/outline-part.js';
import { supportKindHits } from './answer/support-kind.js';
import { askedItem, headedItems, headingWithItem, headingWithList, isShortList } from './answer/heading-quote.js';
import { askedFacilityNames } from '../retrieval/facility.js';
import { dutiesAskedOf, passageNames } from '../retrieval/actor-heading.js';
import { referringClause, withReferredClauses } from './answer/referring.js';
import { asksOnlyWho, grantOf } from './answer/granted.js';
import { withNumberForms } from './answer/number-forms.js';
import { withoutTextTitle } from '../retrieval/plan-title.js';
import { mentionedProvince, withoutProvinceName } from '../retrieval/index.js';
import { foldedWords, truncateWords } from '../knowledge/text.js';
import { asksOlderText } from '../retrieval/named-text.js';
import { statesTodaysRules } from '../knowledge/validity.js';
import type { Corpus, DocMeta } from '../knowledge/types.js';
import { agencyAnswer, agencyPointsOf, type FurtherSource, ownPlanPoints } from './answer/agency-points.js';
import { escapedBack } from './report-place.js';

/** Below this share of the question's weighted syllables found in the best passage, we abstain. */
export const MIN_CONFIDENCE = 0.2;
/** A question that uses none of the documents' subject terms needs this much coverage to be answered. */
export const OFF_SUBJECT_CONFIDENCE = 0.5;
/** Below this, the answer says it is unsure. */
export const SURE_CONFIDENCE = 0.25;
/** How an answer on weak evidence begins. */
export const UNSURE_INTRO = 'Tôi chưa chắc chắn đã tìm đúng nội dung, các đoạn sau có thể liên quan:';
const MAX_SENTENCE_CHARS = 450;
/** An overview's further source is quoted by its whole paragraph up to this long, else by its sentences. */
const MAX_PARAGRAPH_CHARS = 900;
const MAX_LEAD_CHARS = 240;

function abstain(text: string): AnswerResult {
  return { kind: 'abstain', text, citations: [] };
}

/**
 * Button payload for a hit's full text: the section's position and heading depth.
 * Inside a legal text the whole article (Điều) is shown, not again the clause already quoted.
 */
function fullKey(index: KnowledgeIndex, hit: SearchHit): string | undefined {
  const start = (hit.chunk as Partial<Unit>).start;
  const i = start !== undefined && start >= 0 ? start : index.corpus.sections.findIndex((s) => s.id === hit.chunk.sectionId);
  if (i < 0) return undefined;
  const article = hit.chunk.path.findIndex((p) => /^Điều\s+\d+/.test(p));
  const depth = article >= 0 ? article + 1 : hit.chunk.path.length;
  return encodePayload({ kind: 'full', section: subtreeStart(index.corpus.sections, i, hit.chunk.path.slice(0, depth)), depth });
}

/** The first section of the subtree headed by `path` that contains section `i` (e.g. the article's opening). */
function subtreeStart(sections: KnowledgeIndex['corpus']['sections'], i: number, path: string[]): number {
  const within = (j: number) => sections[j].docId === sections[i].docId && path.every((p, k) => sections[j].path[k] === p);
  let start = i;
  while (start > 0 && within(start - 1)) start--;
  return start;
}

/**
 * The widest run of clauses from `from` that fits in `max` characters (at least the clause itself): [from, to).
 */
function windowFrom(clauses: string[], from: number, max: number): number {
  let to = from + 1;
  let length = clauses[from].length;
  while (to < clauses.length && length + clauses[to].length + 1 <= max) length += clauses[to++].length + 1;
  return to;
}

// A clause naming what it grants only by reference to the points of a list or the clauses of an article ("… quy định
// tại các điểm a, b, c …", "… quy định tại các Khoản 1, 2, 4 và 5 Điều 7 …").
const REFERENCE = /quy định tại các (điểm|khoản) /iu;
// Where a long sentence may be cut: after a ',', ';' or ':', but not inside a run of numbers ("các Khoản 1, 2, 4 và 5"),
// which read cut short name none of what they refer to.
const CLAUSE_BREAK = /(?<=[,;:])(?<!\d,)\s+|(?<=\d,)\s+(?!(?:và\s+)?\d)/u;
// A clause naming what an activity centres on ("trọng tâm về các kiến thức, kỹ năng …", "tập trung vào kỹ năng tiếp cận
// …"): the specific part of a sentence whose opening words (who trains whom) share more of a question asking what it
// covers, so a run holding it counts this much more; it is the quote when the question asks what the activity centres
// on or which skills, knowledge or content it gives (FOCUS_ASKED, folded word pairs).
const FOCUS_CLAUSE = /^(?:trọng tâm|tập trung vào|chú trọng)\s/iu;
const FOCUS_WEIGHT = 2;
const FOCUS_ASKED = ['trong tam', 'tap trung', 'chu trong', 'ky nang', 'kien thuc', 'noi dung'];
/** Kinds of answer a clause states outright; a question asking one of them is not asking what an activity covers. */
const NOT_FOCUS: AnswerType[] = ['amount', 'time', 'date', 'count', 'agency', 'papers', 'funding', 'file'];

// A run opening with one case of a rule ("trường hợp người khai báo là trẻ em … thì …") that the question does not name
// answers a broad question less than the rule itself, which the sentence states before its cases.
const UNASKED_CASE_WEIGHT = 0.5;

/** How much a run opening with `clause` answers, by the case it opens with; `asked`: the question's folded syllables. */
function caseWeight(clause: string, asked: string): number {
  const words = openingCase(clause);
  return words?.length && !mentionsCase(asked, words) ? UNASKED_CASE_WEIGHT : 1;
}

/**
 * For a question asking only who, the titles a long granting sentence names (those the question's words pick when
 * they are more than fit), then the grant; undefined for any other question or sentence.
 */
function grantedTitles(sentence: string, profile: QueryProfile, types: AnswerType[], max: number): string | undefined {
  const granted = asksOnlyWho(types) ? grantOf(sentence) : undefined;
  if (!granted) return undefined;
  const { titles, grant } = granted;
  if (titles.length + grant.length + 2 <= max) return `${sentence.slice(0, max).replace(/\s+\S*$/, '')} …`;
  const picked = excerptOf(titles, profile, types, max - grant.length - 2).replace(/ …$/, '');
  return `${picked} …${grant}…`;
}

/** The clauses [from, to) of a sentence's part naming what an activity centres on, to the part's ';' or the end. */
function focusPart(clauses: string[]): { from: number; to: number } | undefined {
  const from = clauses.findIndex((c) => FOCUS_CLAUSE.test(c));
  if (from < 0) return undefined;
  let to = from + 1;
  while (to < clauses.length && !clauses[to - 1].endsWith(';')) to++;
  return { from, to };
}

/** A run's rank beats or, being later, takes the place of an equal one: keys compared in order. */
function outranks(r: number[], best: number[]): boolean {
  for (let k = 0; k < r.length; k++) if (r[k] !== best[k]) return r[k] > best[k];
  return true;
}

// What a sentence says a name stands for from then on ("(sau đây gọi tắt là Giấy phép thành lập)", "(gọi chung là cơ
// quan đại diện …)"): it answers nothing, and a long sentence quoted without it may fit whole, its subject kept.
const NAMING_ASIDE = /\s*\((?:sau đây |dưới đây )?(?:gọi|viết) (?:tắt |chung )?(?:là )?[^()]{1,120}\)/gu;
// Clauses opening a sentence before the one acting ("Trong thời hạn 07 (bảy) ngày làm việc, kể từ ngày …, Chủ tịch …").
const ADVERBIAL_OPENING = /^(?:[a-zđ]\)\s+|\d{1,2}\.\s+)?(?:Trong thời hạn|Trong trường hợp|Sau khi|Trước khi|Khi|Căn cứ)\s/u;
/** Words at a clause's start in which the body acting is named ("Chủ tịch Ủy ban …", "Cục Lãnh sự có …"). */
const SUBJECT_WORDS = 4;
/** Room left in a quote from which a run goes on into the clause after it. */
const MIN_RUN_ON = 40;
/** A sentence up to this many times a quote's length keeps its subject: cut short, it is still mostly quoted. */
const MODERATE_SENTENCE = 1.6;

/** The sentence with its naming asides marked elided, when that is what makes it fit in `max`. */
function withoutNamingAsides(sentence: string, max: number): string {
  const plain = sentence.replace(NAMING_ASIDE, ' (…)');
  return plain.length <= max ? plain : sentence;
}

/**
 * The clause naming the body that acts in a sentence, when the sentence opens with it or with a time or condition
 * before it (at most two clauses of it); -1 when the sentence opens otherwise.
 */
function actorClause(clauses: string[]): number {
  const names = (c: string) => carries('agency', `${c.split(/\s+/).slice(0, SUBJECT_WORDS).join(' ')} `);
  if (names(clauses[0])) return 0;
  if (!ADVERBIAL_OPENING.test(clauses[0])) return -1;
  const k = clauses.slice(1, 3).findIndex(names);
  return k < 0 ? -1 : k + 1;
}

/**
 * Clauses [from, to) as a quote cut to `max`, with "…" where the sentence goes on before or after them; `after`: the
 * clauses before it already quoted.
 */
function quotedRun(clauses: string[], from: number, to: number, max: number, after = 0): string {
  const run = clauses.slice(from, to).join(' ');
  // A run cut well short of `max` before a long clause runs on into it: "… khai báo về việc bị mua bán," says nothing
  // until its verb ("có trách nhiệm hướng dẫn …").
  const whole = to < clauses.length && max - run.length >= MIN_RUN_ON ? clauses.slice(from).join(' ') : run;
  const text = whole.length > max ? whole.slice(0, max).replace(/\s+\S*$/, '') : whole;
  return `${from > after ? '… ' : ''}${text}${text.length < clauses.slice(from).join(' ').length ? ' …' : ''}`;
}

/**
 * The part of a long sentence that answers: of the runs of clauses that fit in `max` characters, the one with the
 * most question terms and the asked kind of answer. Scoring the run, not one clause, keeps a short clause holding
 * the fact ("Trong thời hạn 10 (mười) ngày làm việc,") with the long one naming who must act, so a quote is never
 * cut before its fact. Who acts is kept too, when the question asks who or the sentence is not much longer than a
 * quote: a run from later in the sentence follows the clause naming the body ("Sở Lao động … chỉ đạo Trung tâm …
 * tiếp nhận nạn nhân … lứa tuổi; hỗ trợ …"), and one ending before it runs on into it.
 */
export function excerptOf(sentence: string, profile: QueryProfile, types: AnswerType[], max: number): string {
  if (sentence.length <= max) return sentence;
  const plain = withoutNamingAsides(sentence, max);
  if (plain.length <= max) return plain;
  const titles = grantedTitles(sentence, profile, types, max);
  if (titles) return titles;
  const clauses = sentence.split(CLAUSE_BREAK);
  // Runs are about as long as each other: what they hold decides, not how compact they are. Between runs holding
  // the same terms, the one with more clauses stating what is asked ("Trong thời hạn 10 (mười) ngày,") wins, then the
  // one with more clauses: a list's items ("bố trí chỗ ăn, ở, chăm sóc y tế, …") rather than a clause repeating the
  // opening's words.
  const asksWhat = !types.some((t) => NOT_FOCUS.includes(t));
  const focusAsked = asksWhat && FOCUS_ASKED.some((pair) => profile.bi.has(pair));
  const focus = focusPart(clauses);
  const asked = ` ${[...profile.uni].join(' ')} `;
  const rank = (i: number, end: number) => {
    const run = clauses.slice(i, end);
    const text = run.join(' ');
    const holdsFocus = asksWhat && focus !== undefined && i <= focus.from && focus.to <= end;
    const weight = (holdsFocus ? FOCUS_WEIGHT : 1) * (asksWhat ? caseWeight(run[0], asked) : 1);
    const overlap = termOverlap(text, profile) * typeBoost(types, text) * weight;
    return [Number(holdsFocus && focusAsked), overlap, run.filter((c) => types.some((t) => carries(t, c))).length, run.length];
  };
  // "… được hưởng chế độ hỗ trợ quy định tại các điểm từ điểm a đến điểm h khoản 1": without its reference the
  // clause says nothing of what is given, so a run that leaves it out is no quote of the sentence.
  const ref = clauses.findIndex((c) => REFERENCE.test(c));
  const keepsRef = (i: number, end: number) => ref < 0 || (i <= ref && ref < end);
  let from = 0;
  let to = windowFrom(clauses, 0, max);
  let best = keepsRef(from, to) ? rank(from, to) : [-1, -1, -1, -1];
  // Once a run reaches the last clause, later runs only hold less. Of runs holding as much, the later one wins:
  // what a sentence's opening words lead to ("… như kết hôn với nước ngoài, cho nhận con nuôi") is the specific part.
  for (let i = 1, end = to; i < clauses.length && end < clauses.length; i++) {
    end = windowFrom(clauses, i, max);
    if (!keepsRef(i, end)) continue;
    const r = rank(i, end);
    if (outranks(r, best)) [from, to, best] = [i, end, r];
  }
  // The reference alone is longer than a quote may be: it is quoted from its start.
  if (best[1] < 0) [from, to] = [ref, ref + 1];
  const actor = types.includes('agency') || sentence.length <= MODERATE_SENTENCE * max ? actorClause(clauses) : -1;
  if (actor >= to) return quotedRun(clauses, from, actor + 1, max);
  const subject = clauses[actor] ?? '';
  // Unless who acts is asked, the subject goes first only when the run still fits whole after it: the run's end is
  // often what answers.
  const fits = types.includes('agency') || subject.length + 3 + clauses.slice(from, to).join(' ').length <= max;
  if (actor < 0 || actor >= from || ref >= 0 || subject.length > max / 2 || !fits) return quotedRun(clauses, from, to, max);
  // The run keeps its start, where what answers begins, and gives up its end to the subject.
  const run = quotedRun(clauses, from, to, max - subject.length - 3, actor + 1);
  return `${actor > 0 ? '… ' : ''}${run.startsWith('… ') ? subject.replace(/[,;:]$/u, '') : subject} ${run}`;
}

/**
 * The ranker's first passage when the question asks which facility of a kind and that passage names one of the kind
 * by its name ("… tại Trung tâm Bảo trợ Huấn nghệ …"): the name is the answer, however few of the question's everyday
 * words the passage shares with it.
 */
function namedFacilityHit(q: string, hits: SearchHit[], usable: SearchHit[]): SearchHit | undefined {
  const names = askedFacilityNames(q);
  const first = hits[0];
  if (!names || !first || first.confidence < MIN_CONFIDENCE || !names.test(first.chunk.text)) return undefined;
  // Passages with more of the question's words that name one too answer as well.
  return usable.some((h) => names.test(h.chunk.text)) ? undefined : first;
}

// A passage under the documents' heading for people coming back ("… nạn nhân từ nước ngoài tự trở về").
const COMING_BACK = /trở về/iu;

/**
 * Someone who escaped from across the border asks what happens on coming back ("trốn từ bên kia biên giới về … thì
 * được giao cho ai"), and the best passage is the documents' rule for people coming back: that is their subject,
 * though it names neither trafficking nor a victim.
 */
function asksReceptionAfterEscape(q: string, best: SearchHit | undefined): boolean {
  return Boolean(best && escapedBack(q) && COMING_BACK.test(best.chunk.path.join(' ')));
}

// Someone rescued or handed back by a body ("giải cứu", "cứu được": "cứu" either way; "trao trả"); receiving a paper is
// no rescue.
const RESCUED = / (cuu|trao tra) /;
const ON_VICTIMS = /nạn nhân/iu;

/**
 * A body rescues or receives someone ("biên phòng cứu được người thì lo gì cho họ") and the best passage is the
 * documents' rule on victims: the rescue is theirs, though the question names no victim. A rescue from a storm, a flood
 * or an accident names a thing the documents never speak of ("bão", "lũ", "đuối nước"), and stays off the subject.
 */
function asksAfterRescueOnVictims(q: string, best: SearchHit | undefined, corpus: Corpus): boolean {
  // Typed without marks, no word can be told foreign: the storm cannot be told apart, and "cuu" is also "cựu".
  return Boolean(
    best && hasDiacritics(q) && RESCUED.test(foldedWords(q)) && ON_VICTIMS.test(passageOf(best)) && !foreignWords(q, corpus).length,
  );
}

/**
 * Passages with enough evidence; the user's province and national texts win over other provinces. A facility asked
 * for by its kind is answered by the ranker's first passage when only that one names a facility of the kind.
 */
function usableHits(hits: SearchHit[], q: string): { usable: SearchHit[]; bestConfidence: number } {
  const strongest = Math.max(0, ...hits.map((h) => h.confidence));
  const strong = hits.filter((h) => h.confidence >= MIN_CONFIDENCE && h.confidence >= strongest * 0.6);
  const own = strong.filter((h) => !h.otherProvince);
  const usable = own.length ? own : strong;
  const facility = namedFacilityHit(q, hits, usable);
  if (facility) return { usable: [facility], bestConfidence: Math.max(facility.confidence, SURE_CONFIDENCE) };
  const first = firstHitStating(q, hits, usable) ?? overviewListHit(q, hits, usable);
  return { usable: first ? [first, ...usable] : usable, bestConfidence: Math.max(0, ...usable.map((h) => h.confidence)) };
}

/**
 * An overview's first passage is the list the ranker chose for its topic (overview.ts), which often holds few of the
 * question's own words ("người bị bán trở về được giúp những gì" against "được hưởng chế độ hỗ trợ sau đây"): it stays
 * usable, however many more of those words a narrower passage shares ("Trợ giúp pháp lý … bị mua bán trở lại").
 */
function overviewListHit(q: string, hits: SearchHit[], usable: SearchHit[]): SearchHit | undefined {
  const first = hits[0];
  if (!first || usable.includes(first) || first.otherProvince || first.confidence < MIN_CONFIDENCE) return undefined;
  return isOverview(q) ? first : undefined;
}

/**
 * The article of a national text written for the actor whose duties the question asks ("Điều 13. Gia đình tham gia
 * phòng ngừa mua bán người" for "con tôi bị bán nay đã về, gia đình cần làm gì"), among the ranker's passages: it
 * answers, however many of the question's words on the situation ("bị bán", "đã về") another passage shares; unless a
 * usable passage names that actor too as the one acting (another article on it, a plan's section, a clause opening
 * with it), which answers as well.
 */
function actorArticle(index: KnowledgeIndex, q: string, hits: SearchHit[], usable: SearchHit[]): BodyHeading | undefined {
  // "Gia đình có được tham gia phiên tòa không" names the family and "tham gia" but asks no duty of it.
  if (!asksDuties(foldedWords(q))) return undefined;
  for (const hit of hits) {
    const at = hit.doc.kind === 'regulation' && !hit.otherProvince ? hit.chunk.path.findIndex((p) => ARTICLE.test(p)) : -1;
    const actor = at >= 0 ? dutiesAskedOf(q, hit.chunk.path[at]) : undefined;
    if (!actor) continue;
    const path = hit.chunk.path.slice(0, at + 1);
    // The article's own clauses name the actor too: they are no other passage.
    const inArticle = (u: SearchHit) => u.chunk.docId === hit.chunk.docId && path.every((h, j) => u.chunk.path[j] === h);
    if (usable.some((u) => !inArticle(u) && passageNames(u.chunk, actor))) return undefined;
    const sections = index.corpus.sections;
    const i = sectionIndexById(index.corpus).get(hit.chunk.sectionId);
    if (i === undefined) return undefined;
    const from = subtreeStart(sections, i, path);
    // Its duties are quoted as the list its clauses make; an article the parser gives no list is left to the ranker's passages.
    const block = headingBlock(sections, from, path);
    return block && { hit, from, path, block };
  }
  return undefined;
}

/** An article titled by the body whose duties it states: "Điều 43. Trách nhiệm của Bộ Quốc phòng". */
const DUTIES_OF = /^Điều\s+\d+[a-z]?\.\s+Trách nhiệm của\s+(.+)$/u;
// An article on what a text holds to or covers ("Nguyên tắc …", "Phạm vi điều chỉnh", "Giải thích từ ngữ") speaks of
// every body at once; its words ("phát huy vai trò trách nhiệm của cơ quan …") may match a question on one body's role
// better than that body's own article does.
const GENERAL_ARTICLE = /^Điều\s+\d+\.\s+(?:Nguyên tắc|Phạm vi điều chỉnh|Đối tượng áp dụng|Giải thích từ ngữ)/u;

/**
 * A question asking what a body does ("vai trò của Bộ Công an là gì", "… có nhiệm vụ gì") whose closest passage is of a
 * general article: the ranker's passages of the article of a national text titled by that body ("Điều 42. Trách nhiệm
 * của Bộ Công an") answer, their clauses picked by the words of that title, which say what they state in the text's
 * own words, not by the question's ("vai trò"), which the general article matched.
 */
function dutyArticle(q: string, hits: SearchHit[], usable: SearchHit[]): { hits: SearchHit[]; asked: string } | undefined {
  const folded = foldedWords(q);
  const strongest = usable.reduce<SearchHit | undefined>((best, h) => (best && best.confidence >= h.confidence ? best : h), undefined);
  const titleOf = (h: SearchHit) => h.chunk.path.find((p) => ARTICLE.test(p)) ?? '';
  if (!asksDuties(folded) || !strongest || !GENERAL_ARTICLE.test(titleOf(strongest))) return undefined;
  // The body an article is titled by, named in full by the question ("Trách nhiệm của Bộ Quốc phòng"): "Công an xã"
  // is no "Bộ Công an", whose article a bare "công an" would match.
  const titledBy = (title: string) => {
    const named = DUTIES_OF.exec(title)?.[1];
    return named !== undefined && folded.includes(foldedWords(named));
  };
  const own = hits.find((h) => h.confidence >= MIN_CONFIDENCE && !h.otherProvince && h.doc.kind === 'regulation' && titledBy(titleOf(h)));
  if (!own) return undefined;
  const title = titleOf(own);
  return { hits: hits.filter((h) => h.doc.id === own.doc.id && titleOf(h) === title), asked: title.replace(ARTICLE_NUMBER, '') };
}

/** Kinds of answer that are the answer itself: a date ("trước ngày 15/12"), a plan's target ("100% nạn nhân …"). */
const ANSWER_ITSELF: AnswerType[] = ['date', 'target'];

/**
 * A date or a target asked for ("báo cáo … trước ngày nào", "kế hoạch có những chỉ tiêu nào") is the answer itself:
 * the ranker's first passage stating one answers, although passages holding more of the question's words (a period of
 * "06 (sáu) tháng" that is no deadline, a duty to plan "các mục tiêu, chỉ tiêu của Kế hoạch") outweigh it, when none
 * of them states one.
 */
function firstHitStating(q: string, hits: SearchHit[], usable: SearchHit[]): SearchHit | undefined {
  const first = hits[0];
  if (!first || usable.includes(first) || first.confidence < MIN_CONFIDENCE) return undefined;
  const asked = answerTypes(q).filter((t) => ANSWER_ITSELF.includes(t));
  const states = (h: SearchHit) => asked.some((t) => carries(t, h.chunk.text));
  return states(first) && !usable.some(states) ? first : undefined;
}

/** A hit's text with its headings, as the evidence a question is checked against. */
const passageOf = (h: SearchHit | undefined) => (h ? `${h.chunk.text}\n${h.chunk.path.join('\n')}` : '');

/** A question asking only how much, whose usable passages state no amount of what it pays for, nor how one is set. */
function lacksAskedAmount(q: string, usable: SearchHit[]): boolean {
  if (!asksOnlyHowMuch(q)) return false;
  const namesItem = namesPaidFor(q);
  return !usable.some((h) => statesAmount(h.chunk.text) && namesItem(h.chunk.passage));
}

/** Share of the first passage's confidence at which a passage stating the asked amount leads instead of it. */
const AMOUNT_TIE = 0.9;

/**
 * A question asking only how much: when the first usable passage states no amount, one about as close to the
 * question that states the amount of what it pays for leads ("tiền quần áo tối đa bao nhiêu": the clause pricing
 * clothes, not the one granting two sets of them).
 */
function amountFirst(q: string, usable: SearchHit[]): SearchHit[] {
  const [first] = usable;
  if (!first || !asksOnlyHowMuch(q) || statesAmount(first.chunk.text)) return usable;
  const namesItem = namesPaidFor(q);
  const at = usable.findIndex(
    (h) => h.confidence >= AMOUNT_TIE * first.confidence && statesAmount(h.chunk.text) && namesItem(h.chunk.passage),
  );
  return at > 0 ? [usable[at], ...usable.slice(0, at), ...usable.slice(at + 1)] : usable;
}

/** A question asking the papers or steps of a thing, whose usable passages give none for that thing. */
function lacksAskedPapers(q: string, usable: SearchHit[]): boolean {
  const gives = papersOfAsked(q);
  return gives !== undefined && !usable.some((h) => gives(h.chunk.passage));
}

/** "The documents do not state <the detail>": where they mention the topic, named but not quoted as the answer. */
function detailNotStated(directory: ContactsDirectory | null, province: string | null | undefined, found: UnstatedDetail): AnswerResult {
  const name = found.details.map((d) => DETAIL_NAMES[d]).join(' và ');
  return onlyNamed(
    directory,
    province,
    `${name[0].toUpperCase()}${name.slice(1)} mà bạn hỏi`,
    `các văn bản chỉ nói đến việc này tại ${citationHeading(found.doc, found.path)}, không nêu ${name}`,
  );
}

/** What the question asks for, and whether the evidence is strong enough to answer without hedging. */
interface Asked {
  profile: QueryProfile;
  types: AnswerType[];
  sure: boolean;
  /** Everything on a topic ("nạn nhân được hỗ trợ những gì"): answered by a list. */
  overview: boolean;
  /** The question is about a group other than victims who are citizens (namesOtherGroup). */
  otherGroup: boolean;
}

/** What a question asks for; an overview (or a question naming a plan's section) asks for a list whatever its words. */
function askedOf(q: string, bestConfidence: number, namesSection: boolean, docs: readonly DocMeta[], oneSection: boolean): Asked {
  const overview = namesSection || ((isOverview(q) || asksBodiesTogether(q)) && !asksPlanOnGroup(q) && !oneSection);
  const types = withFileAsked(q, answerTypes(q));
  return {
    // The title of a plan the question names says which plan, not what is asked: the plan's lines repeating it do not answer.
    // Nor does the name of the plan's province: it says where, and its syllables alone match unrelated words.
    profile: queryProfile(withNumberForms(withoutNamedProvince(withoutTextTitle(q, docs), docs)), true),
    types: overview && !types.includes('list') ? [...types, 'list'] : types,
    sure: bestConfidence >= SURE_CONFIDENCE,
    overview,
    otherGroup: namesOtherGroup(q),
  };
}

const ARTICLE = /^Điều\s+\d+/u;

/**
 * The question without the name of the plan's province it names: the province says where, and the ranker already scopes
 * the answer to its plan, while its syllables alone would pick unrelated words of a sentence ("Bình Định" in "quy
 * định", "Sóc Trăng" in "chăm sóc"). The same syllables elsewhere in the question ("ổn định") stay.
 */
export function withoutNamedProvince(q: string, docs: readonly DocMeta[]): string {
  const named = mentionedProvince(q, [...new Set(docs.flatMap((d) => (d.province ? [d.province] : [])))]);
  return named ? withoutProvinceName(q, named) : q;
}

/**
 * `Theo <document (trích)> › <article or list heading> (<validity>) [n]:` and the list, quoted whole: the lead of
 * an overview. `listPath`: the heading of the list block the list is (a plan's "2. Công an tỉnh").
 */
function listLead(g: Group, n: number, lines: string[], listPath?: string[]): string {
  const path = g.hit.chunk.path;
  const article = path.findIndex((p) => ARTICLE.test(p));
  const cited = listPath ?? (article >= 0 ? path.slice(0, article + 1) : undefined);
  const where = cited ? citationLabel(g.hit.doc, cited) : `${documentLabel(g.hit.doc)}${validitySuffix(g.hit.doc)}`;
  return `Theo ${where} [${n}]:\n«${lines.join('\n')}»`;
}

/** Lines of an overview's lead list at most: a clause's list with those of its sibling clauses. */
const MAX_LEAD_LIST_LINES = 14;

/**
 * The article's clause lists in the order they answer: those whose opening names something of the question the
 * others' openings do not ("có quyền" asked about rights, "có nghĩa vụ" about obligations) first, in the text's order,
 * then the lead, then the rest. Their items do not decide: "… người có thẩm quyền …" among the obligations says
 * nothing of rights.
 */
function listsInAnswerOrder(g: Group, lead: number, profile: QueryProfile): number[] {
  const ks = g.intros.flatMap((intro, k) => (intro.path ? [] : [k]));
  const terms = ks.map((k) => queryProfile(g.intros[k].heading).uni);
  const names = (i: number) => [...terms[i]].some((t) => profile.uni.has(t) && terms.every((other, j) => j === i || !other.has(t)));
  const naming = ks.filter((_, i) => names(i));
  const rest = [lead, ...ks.filter((k) => k !== lead)].filter((k) => !naming.includes(k));
  return [...naming, ...rest];
}

/**
 * An overview's lead list with the other clause lists of its article ("1. … có quyền:" and "2. … có nghĩa vụ:"):
 * the article states the whole answer across its clauses, the one the question names first. An article mixing plain
 * clauses with clauses of points is quoted whole, in its order: its plain clauses are as much of the answer.
 */
function withSiblingLists(g: Group, pos: number, lines: string[], profile: QueryProfile): string[] {
  if (pos < 0 && g.intros[-1 - pos].path) return lines;
  const article = wholeArticleLines(g);
  if (article) return article;
  if (pos >= 0) return lines;
  const lead = -1 - pos;
  const all = listsInAnswerOrder(g, lead, profile).flatMap((k) => (k === lead ? lines : withListItems(g, -1 - k, true)));
  return all.slice(0, MAX_LEAD_LIST_LINES);
}

// A clause that only introduces its items ("Hồ sơ … bao gồm:", "Biện pháp phòng ngừa nghiệp vụ:").
const LEAD_IN = /:\s*$/u;

/** A lead-in says nothing alone: the lead line runs on into its items, as many as fit in `max`. */
function leadInWithItems(lines: string[], max: number): string {
  let out = lines[0];
  for (const item of lines.slice(1)) {
    if (out.length + item.length + 1 <= max) {
      out = `${out} ${item}`;
      continue;
    }
    // The first item is said even when long; the rest of the list is in the quote below.
    const room = max - out.length - 1;
    const cut = out === lines[0] && room > MIN_ITEM_CUT ? ` ${item.slice(0, room).replace(/\s+\S*$/u, '')}` : '';
    return `${out}${cut} …`;
  }
  return out;
}
const MIN_ITEM_CUT = 40;
/** The papers of a file are answered by all of them: each named by its opening words, the list in the lead line. */
const MAX_FILE_LEAD_CHARS = 720;
const MAX_FILE_ITEM_CHARS = 110;

/** A lead-in and its items as the lead line says them, and how long it may be: a file's papers are named whole. */
function leadItems(lines: string[], types: AnswerType[]): [string[], number] {
  if (!asksFilePapers(types) || !enumeratesFile(lines[0])) return [lines, MAX_LEAD_CHARS];
  return [[lines[0], ...lines.slice(1).map((l) => truncateWords(l, MAX_FILE_ITEM_CHARS))], MAX_FILE_LEAD_CHARS];
}

/** One source's quotes in passage order; the lead sentence is said once, in the lead line. */
function quotesOf(
  g: Group,
  n: number,
  positions: number[],
  { lead, parts = [] }: Selection,
  asked: Asked,
): { quotes: string[]; leadLine?: string; partLines: string[] } {
  const { profile, types } = asked;
  const quotes: string[] = [];
  let leadLine: string | undefined;
  let leadList = '';
  const leads = asked.sure && g === lead?.g;
  const partLines: string[] = [];
  // Sentences already quoted within a paragraph; lists whose heading was quoted.
  const said = new Set<number>();
  const headedLists = new Set<string[]>();
  for (const pos of positions) {
    const part = asked.sure ? parts.find((p) => p.g === g && p.s.pos === pos) : undefined;
    if (part) {
      const lines = withListItems(g, pos, false);
      const short = excerptOf(lines[0], part.ask.profile, part.ask.types, MAX_LEAD_CHARS);
      partLines.push(
        `${g === lead?.g || g.hit.doc === lead?.g.hit.doc ? 'Và' : `Theo ${documentLabel(g.hit.doc)}${validitySuffix(g.hit.doc)}`} [${n}]: «${short}»`,
      );
      if (lines.length === 1 && short === lines[0]) continue;
      quotes.push(`«${lines.map((l) => excerptOf(l, part.ask.profile, part.ask.types, MAX_SENTENCE_CHARS)).join('\n')}»`);
      continue;
    }
    const isLead = pos === lead?.s.pos;
    // An overview's answer is its lead list; other lists are quoted by their opening clause only.
    const leadsHere = g === lead?.g && isLead;
    const lines = asLeadIn(g, withListItems(g, pos, types.includes('list') && (!asked.overview || leadsHere), leadsHere));
    if (leads && (isLead || pos === lead.then?.pos)) {
      // An overview leads with the whole list, which the quotes then need not repeat.
      if (asked.overview && isLead && lines.length > 1) {
        const all = withSiblingLists(g, pos, lines, profile);
        leadLine = listLead(g, n, all, pos < 0 ? g.intros[-1 - pos]?.path : undefined);
        leadList = all.join('\n');
        continue;
      }
      const excerpt =
        LEAD_IN.test(lines[0]) && lines.length > 1
          ? leadInWithItems(...leadItems(lines, types))
          : excerptOf(lines[0], profile, types, MAX_LEAD_CHARS);
      const short = lines.length > 1 || asked.otherGroup ? excerpt : underItsHeading(g, lines[0], excerpt);
      if (isLead) leadLine = `Theo ${documentLabel(g.hit.doc)}${validitySuffix(g.hit.doc)} [${n}]: «${short}»`;
      // What the lead left to a later sentence of its clause follows it in the lead line.
      else leadLine = `${leadLine?.slice(0, -1)}${pos === lead.s.pos + 1 ? ' ' : ' … '}${short}»`;
      // The lead already says it; the quote keeps only what it adds (the list, the rest of a long sentence).
      if (lines.length === 1 && excerpt === lines[0]) continue;
    }
    // A sentence of the lead list (its intro, one of its items) is not quoted again.
    if (leadList && lines.every((l) => leadList.includes(l.replace(/:$/, '')))) continue;
    if (said.has(pos)) continue;
    // A clause heading alone says nothing: the point carrying what is asked is quoted under it, once, unless the lead
    // says it. An overview's further lists stay quoted by their opening: its answer is the lead's whole list.
    const heads = lines.length === 1 && !asked.overview ? headedItems(g, lines[0]) : undefined;
    if (heads) {
      const item = headedLists.has(heads) ? undefined : askedItem(heads, leadSentences(g, lead, parts), profile, types);
      headedLists.add(heads);
      if (item && isShortList(heads)) {
        pushOnce(quotes, `«${headingWithList(lines[0], heads)}»`);
        for (const c of g.sentences) if (heads.includes(c.text)) said.add(c.pos);
      } else if (item) pushOnce(quotes, `«${headingWithItem(lines[0], heads, item, excerptOf(item, profile, types, MAX_SENTENCE_CHARS))}»`);
      continue;
    }
    // An overview's further source is quoted by its whole paragraph: it asks for everything the source says of it.
    const paragraph = asked.overview && !isLead && lines.length === 1 ? paragraphAround(g, pos, MAX_PARAGRAPH_CHARS) : undefined;
    for (const c of paragraph ?? []) said.add(c.pos);
    if (paragraph) quotes.push(`«${paragraph.map((c) => c.text).join(' ')}»`);
    else pushOnce(quotes, `«${lines.map((l) => excerptOf(l, profile, types, MAX_SENTENCE_CHARS)).join('\n')}»`);
  }
  return { quotes, leadLine, partLines };
}

// A lettered point names a thing without its subject ("c) Hỗ trợ phiên dịch;", "i) Hỗ trợ học nghề, …"): its list's
// heading says whose it is and what is said of it, unless the heading is itself only a title.
const POINT_MARK = /^[a-zđ]\)\s/u;
const MIN_HEADING_WORDS = 8;

/** A point the answer leads with, after its list's heading ("… được hưởng các chế độ hỗ trợ sau: … c) …"). */
function underItsHeading(g: Group, point: string, quoted: string): string {
  if (!POINT_MARK.test(point)) return quoted;
  const list = g.lists.find((l) => l.items.includes(point) && l.heading.split(/\s+/).length >= MIN_HEADING_WORDS);
  return list ? `${list.heading.replace(/:?\s*$/u, ':')} … ${quoted}` : quoted;
}

/** A clause heading quoted with its points reads as their lead-in ("Điều kiện thành lập …:"), as the text's clause does. */
function asLeadIn(g: Group, lines: string[]): string[] {
  if (lines.length < 2 || LEAD_IN.test(lines[0]) || !headedItems(g, lines[0])) return lines;
  return [`${lines[0]}:`, ...lines.slice(1)];
}

/** The sentences of `g` the answer's lead lines say: the lead and what follows it, and the further parts' answers. */
function leadSentences(g: Group, lead: Selection['lead'], parts: PartLead[]): string[] {
  const own = lead?.g === g ? [lead.s.text, lead.then?.text ?? ''] : [];
  return [...own, ...parts.filter((p) => p.g === g).map((p) => p.s.text)];
}

/** Two positions may open the same list (a clause and its first sentence): it is quoted once. */
function pushOnce(quotes: string[], quote: string): void {
  if (!quotes.includes(quote)) quotes.push(quote);
}

/** Introducing clauses (pos -1, -2… in the order of the text) before the passage's own sentences. */
const quoteOrder = (pos: number) => (pos < 0 ? -1e6 - 1 - pos : pos);

/** The numbered sources: a citation, a quote block and a "Xem toàn văn" button each. */
function citeSources(index: KnowledgeIndex, used: Group[], selection: Selection, asked: Asked) {
  const citations: Citation[] = [];
  const buttons: Button[] = [];
  const blocks: string[] = [];
  const partLines: string[] = [];
  let leadLine = '';
  used.forEach((g, i) => {
    const n = i + 1;
    const key = fullKey(index, g.hit);
    if (key) buttons.push({ label: `Xem toàn văn [${n}]`, data: key });
    const positions = [...selection.chosen.get(g)!].sort((a, b) => quoteOrder(a) - quoteOrder(b));
    const quoted = quotesOf(g, n, positions, selection, asked);
    if (quoted.leadLine) leadLine = quoted.leadLine;
    partLines.push(...quoted.partLines);
    const c = citationOf(n, g.hit.doc, quotedPath(g, positions), g.hit.chunk.sectionId, {
      quotes: quoted.quotes.map((q) => q.slice(1, -1)),
      fullData: key,
      otherProvince: g.hit.otherProvince,
    });
    citations.push(c);
    blocks.push(`[${n}] ${c.label}${quoted.quotes.length ? `\n${quoted.quotes.join('\n')}` : ''}`);
  });
  // Each further part's answer on a line of its own under the lead.
  return { citations, buttons, blocks, leadLine: leadLine && [leadLine, ...partLines].join('\n') };
}

/** The opening line (the lead, or a hedge when unsure), after a warning when sources are another province's. */
function introText(used: Group[], sure: boolean, leadLine: string): string {
  const intro = sure ? leadLine || 'Theo các văn bản hiện có:' : UNSURE_INTRO;
  const other = used.filter((g) => g.hit.otherProvince);
  if (!other.length) return intro;
  const names = [...new Set(other.map((g) => g.hit.doc.shortName))].join(', ');
  const warning =
    other.length === used.length
      ? `Văn bản của tỉnh bạn chưa có nội dung này. Thông tin dưới đây lấy từ văn bản của tỉnh khác (${names}), chỉ để tham khảo.`
      : `Lưu ý: ${names} là văn bản của tỉnh khác, chỉ để tham khảo.`;
  return `${warning}\n\n${intro}`;
}

/** A question asking several things: the sentences answering the parts the lead does not, added to the selection. */
function withPartLeads(index: KnowledgeIndex, q: string, usable: SearchHit[], groups: Group[], selection: Selection, asked: Asked): void {
  const pieces = questionParts(q);
  if (!selection.lead || pieces.length < 2) return;
  // The second thing asked is often the next sentence of the lead's point ("… 20 ngày. Vụ việc phức tạp … 60 ngày").
  const then = selection.lead.then ?? pointRest(selection.lead.g, selection.lead.s);
  const lead = { ...selection.lead, then };
  selection.lead = lead;
  if (then) selection.chosen.get(lead.g)?.add(then.pos);
  const asks = partAsks(pieces);
  // Who does an act the lead's text sets ("ai cấp giấy phép"): its article on the competence for it may answer.
  const competent = asks
    .filter((a) => a.types.includes('agency'))
    .flatMap((a) => competenceSections(index.corpus, lead.g.hit.chunk.docId, a.own.uni));
  const pool = withinNamedText(q, lead.g, partPool(index, usable, groups, lead.g, asked, competent));
  const parts: PartLead[] = partLeads(asks, lead, pool);
  for (const p of parts) selection.chosen.set(p.g, (selection.chosen.get(p.g) ?? new Set()).add(p.s.pos));
  selection.parts = parts;
}

/**
 * An amount asked and led with: the rest of its point saying for how long it is paid ("… 30.000 đồng/người/ngày.
 * Thời gian hỗ trợ … tối đa không quá 60 ngày") belongs to the same entitlement and is quoted with it.
 */
function withAmountPeriod(selection: Selection, asked: Asked): void {
  const lead = selection.lead;
  if (!lead || lead.then || !asked.types.includes('amount') || !carries('amount', lead.s.text)) return;
  const then = pointRest(lead.g, lead.s);
  if (!then || !carries('time', then.text)) return;
  selection.lead = { ...lead, then };
  selection.chosen.get(lead.g)?.add(then.pos);
}

/** Sentences quoted under a named section's list at most: its detail, not a second overview. */
const MAX_SECTION_DETAIL = 2;

/**
 * The passages' best sentences that add to the section's list `said` (as the reader sees it, long items shortened):
 * not a list's heading (the list says it) nor a sentence the list already quotes whole.
 */
function keepSectionDetail(selection: Selection, section: NamedSection, said: string): void {
  const kept: { g: Group; s: Candidate }[] = [];
  // A paragraph the list quotes one duty a line is said too.
  const flat = said.replace(/\n/g, ' ');
  for (const [g, positions] of selection.chosen) {
    for (const s of g.sentences) {
      if (positions.has(s.pos) && s.pos >= 0 && !flat.includes(s.text.replace(/[;.]$/, ''))) kept.push({ g, s });
    }
  }
  // The section's own sentences are its detail; another section's only when none of its own is quoted.
  const inside = (g: Group) => g.hit.doc.id === section.hit.doc.id && section.block.path.every((p, i) => g.hit.chunk.path[i] === p);
  kept.sort((a, b) => Number(inside(b.g)) - Number(inside(a.g)) || b.s.score - a.s.score);
  selection.chosen.clear();
  for (const { g, s } of kept.slice(0, MAX_SECTION_DETAIL)) selection.chosen.set(g, (selection.chosen.get(g) ?? new Set()).add(s.pos));
}

/**
 * The named section's list leads, as a source of its own; the passages' best sentences follow as its detail, each
 * quoted by its opening line only.
 */
function sectionSelection(
  index: KnowledgeIndex,
  section: NamedSection,
  groups: Group[],
  asked: Asked,
): { all: Group[]; selection: Selection } {
  const lead = blockGroup(index, section.hit, section.block);
  const selection = chooseSentences(groups, asked.types);
  keepSectionDetail(selection, section, withListItems(lead, lead.sentences[0].pos, true, true).join('\n'));
  selection.chosen.set(lead, new Set([lead.sentences[0].pos]));
  selection.lead = { g: lead, s: lead.sentences[0] };
  return { all: [lead, ...groups], selection };
}

/**
 * An overview whose list a clause of its article grants to the people the question names ("người dưới 18 tuổi đi
 * cùng … được hưởng … các điểm từ điểm a đến điểm h khoản 1"): that clause leads and the list is quoted whole after
 * it, so what is asked is no longer the whole list.
 */
function withReferringLead(selection: Selection, groups: Group[], asked: Asked): Asked {
  const clause = asked.overview ? referringClause(selection, groups, asked.profile) : undefined;
  if (!clause) return asked;
  selection.lead = clause;
  selection.chosen.set(clause.g, (selection.chosen.get(clause.g) ?? new Set()).add(clause.s.pos));
  return { ...asked, overview: false };
}

/** The answer from passages that passed the evidence checks. */
/**
 * `named`: the plan section the question asks for as a whole; null: none, and the passages are the one section that
 * answers, quoted as they stand rather than as part of a list around them.
 */
function composeAnswer(
  index: KnowledgeIndex,
  q: string,
  usable: SearchHit[],
  bestConfidence: number,
  named: NamedSection | null | undefined = namedPlanSection(q, usable, index.corpus),
  province: string | null = null,
): AnswerResult {
  const section = named ?? undefined;
  const overview = askedOf(q, bestConfidence, section !== undefined, index.corpus.docs, named === null);
  const points = overview.sure && !section ? agencyPointsOf(index, q, usable[0]) : undefined;
  if (points) return agencyAnswer(index, usable[0].doc, points);
  // A group with a list of its own (foreigners, people still being identified) is not answered by the citizens' list.
  const whether = asksWhether(q) && !overview.otherGroup;
  const found = sourceGroups(index, usable, bestConfidence, overview.profile, overview.types, overview.overview, province, whether);
  const { all: groups, selection } = section
    ? sectionSelection(index, section, found, overview)
    : {
        all: found,
        selection: chooseSentences(found, overview.types, overview.overview, {
          olderTextAsked: asksOlderText(q, index.corpus.docs, statesTodaysRules),
          whether,
          profile: overview.profile,
          listPoints: true,
        }),
      };
  const asked = section ? overview : withReferringLead(selection, groups, overview);
  if (!asked.overview) withPartLeads(index, q, usable, groups, selection, asked);
  if (!asked.overview) withAmountPeriod(selection, asked);
  if (!section) withOwnPlanPoint(selection, groups, province);
  withBaseLawLead(selection, groups);
  // The answer leads with the single sentence that best answers (the amount, the deadline, the agency);
  // its source comes first among the quotes, then those of the further parts' answers.
  const leadGroup = selection.lead?.g;
  const extra = (selection.parts ?? []).map((p) => p.g).filter((g, i, all) => !groups.includes(g) && all.indexOf(g) === i);
  const used = [...groups, ...extra]
    .filter((g) => selection.chosen.has(g))
    .sort((a, b) => Number(b === leadGroup) - Number(a === leadGroup));
  const { citations, buttons, blocks, leadLine } = citeSources(index, used, selection, asked);
  return {
    kind: 'answer',
    text: `${introText(used, asked.sure, leadLine)}\n\nTrích dẫn:\n${blocks.join('\n\n')}`,
    citations,
    buttons: buttons.length ? [buttons] : undefined,
  };
}

/**
 * A body's duties in the plan giving it a heading: the list the heading heads, as the named section, or the heading's
 * own paragraph as the one passage to quote.
 */
function bodyAnswer(index: KnowledgeIndex, q: string, usable: SearchHit[], body: BodyHeading, confidence: number): AnswerResult {
  if (body.block) return composeAnswer(index, q, usable, confidence, { hit: body.hit, block: body.block });
  const own = clauseHit(index, body.from, body.path, confidence, false);
  return composeAnswer(index, q, own ? [{ ...own, otherProvince: body.hit.otherProvince }] : [body.hit], confidence, null);
}

/** The article a hit is part of, as its heading path and its first section; the hit's own outside an article. */
function articleOf(index: KnowledgeIndex, hit: SearchHit): { path: string[]; sectionId: string } {
  const k = hit.chunk.path.findIndex((h) => ARTICLE.test(h));
  const sections = index.corpus.sections;
  const i = hitStart(index, hit);
  if (k < 0 || i < 0) return { path: hit.chunk.path, sectionId: hit.chunk.sectionId };
  const path = hit.chunk.path.slice(0, k + 1);
  return { path, sectionId: sections[subtreeStart(sections, i, path)].id };
}

/**
 * The best regulation's article as the national rule after a plan's points, when it concerns the body asked (its
 * title names the body, "Trách nhiệm của Bộ Công an", or the body acts in the passage) and can answer the question at
 * all: named and cited as the whole article, for the clause the ranker matched may be a detail of it (who signs a
 * decision) rather than the body's duty.
 */
function nationalLead(index: KnowledgeIndex, q: string, usable: SearchHit[]): FurtherSource[] {
  const body = bodyAsked(q);
  const top = usable.find((h) => {
    if (h.doc.kind !== 'regulation' || !body) return false;
    const title = h.chunk.path.find((p) => ARTICLE.test(p)) ?? '';
    return articleAnswers(q, title) && (foldedWords(title).includes(` ${body} `) || actsIn(body, h.chunk.text));
  });
  return top ? [{ doc: top.doc, ...articleOf(index, top) }] : [];
}

/** `contacts`: the directory of the index's knowledge folder, for the hotlines of an abstention. */
export async function answer(
  question: string,
  ctx: { index: KnowledgeIndex; province?: string | null; contacts?: ContactsDirectory | null },
): Promise<AnswerResult> {
  try {
    const q = questionText(typeof question === 'string' ? question : '');
    const bad = checkInput(q);
    if (bad) return abstain(bad);
    const hits = await ctx.index.search(withNumberForms(q), { k: 6, province: ctx.province ?? null, todayFirst: true });
    const { usable, bestConfidence } = usableHits(hits, q);
    // A term the texts define is answered by its definitions, the one in force first; so is who counts as a group of people.
    const sure = Math.max(bestConfidence, SURE_CONFIDENCE);
    const defined = definitionHits(ctx.index, q, sure);
    if (defined.hits.length) return composeAnswer(ctx.index, defined.asked, defined.hits, sure);
    // What a determination rests on is said by the clause stating it, the text in force first.
    const basis = basisHits(ctx.index, q, sure);
    if (basis.hits.length) return composeAnswer(ctx.index, basis.asked, basis.hits, sure);
    // What one named kind of support consists of is said by the article on that kind, not the list naming it.
    const kind = supportKindHits(ctx.index, q, hits, sure);
    if (kind.hits.length) return composeAnswer(ctx.index, kind.asked, kind.hits, sure, null);
    // The nearest passage of an unrelated question is still unrelated: off-subject questions need strong evidence,
    // unless they ask whether an act the documents list as prohibited is forbidden; the price of a thing asked off the
    // subject is never in the documents, however well the everyday words for a support clause match it.
    // What a body of the user's province does is on the subject when that province's plan gives it a heading.
    const surest = usable.find((h) => h.confidence === bestConfidence);
    const onSubject = () =>
      mentionsSubject(q, ctx.index.corpus) ||
      asksOnlyOwnBodyDuties(q, ctx.index.corpus, ctx.province ?? null) ||
      asksAboutListedProhibition(q, usable) ||
      asksAboutRelativeInPassage(q, passageOf(surest)) ||
      asksReceptionAfterEscape(q, usable[0]) ||
      asksAfterRescueOnVictims(q, surest, ctx.index.corpus);
    // A body the documents task, asked off the subject about a thing they never speak of ("biên phòng … nghỉ Tết", "cứu
    // người sau bão"), is not answered by the passage sharing the body's name and the question's other words.
    const offSubjectThing = () => bodyAsked(q) !== undefined && foreignWords(q, ctx.index.corpus).length > 0;
    // A thing the documents never name, asked after its verb ("có được phụ cấp không", "làm lại hộ chiếu"), is not
    // answered by a passage that does not speak of it, however well it matches the rest of the question.
    if (
      !usable[0] ||
      ((bestConfidence < OFF_SUBJECT_CONFIDENCE || asksPrice(q) || offSubjectThing()) && !onSubject()) ||
      asksUnnamedThing(q, passageOf(surest), ctx.index.corpus) ||
      lacksAskedAmount(q, usable) ||
      lacksAskedPapers(q, usable)
    ) {
      return notCovered(ctx.contacts ?? null, ctx.province);
    }
    const unstated = unstatedDetail(q, usable, ctx.index.corpus);
    if (unstated) return detailNotStated(ctx.contacts ?? null, ctx.province, unstated);
    const body = bodyHeading(q, usable, ctx.index.corpus, ctx.province ?? null);
    if (body) return bodyAnswer(ctx.index, q, usable, body, bestConfidence);
    const actor = actorArticle(ctx.index, q, hits, usable);
    if (actor) return bodyAnswer(ctx.index, q, usable, actor, Math.max(bestConfidence, SURE_CONFIDENCE));
    // Asked in a province, what a body does is first its points in the province's plan, then the national rule.
    const asked = askedForce(ctx.index, q);
    const own = ownPlanPoints(ctx.index, q, usable, ctx.province ?? null);
    if (own)
      return agencyAnswer(ctx.index, own.plan.doc, own.points, devotedOutline(ctx.index, asked) ?? nationalLead(ctx.index, q, usable));
    const force = forceInOwnPlan(ctx.index, asked, ctx.province ?? null);
    if (force) return agencyAnswer(ctx.index, force.doc, force.points, devotedOutline(ctx.index, asked));
    // What a force that a text is devoted to does is that text's measure articles.
    const devoted = devotedTextAnswer(ctx.index, asked);
    if (devoted) return devoted;
    // What a body does, asked in words a general article shares ("vai trò"), is that body's own article.
    const duties = dutyArticle(q, hits, usable);
    if (duties) return composeAnswer(ctx.index, duties.asked, duties.hits, Math.max(bestConfidence, SURE_CONFIDENCE));
    // Who directs a plan is its line naming the steering board, not its title or closing sentence on the plan.
    const board = steeringBoardHit(ctx.index, q, usable, ctx.province ?? null, bestConfidence);
    if (board) return composeAnswer(ctx.index, q, [board], bestConfidence, null);
    // What a plan says of one group of victims is in its points naming the group.
    const group = groupPointHits(ctx.index, q, usable, bestConfidence);
    // A topic of a plan's outline is answered by its part, the one the top passage belongs to or not.
    const part = group.length ? undefined : namedOutlinePart(ctx.index, q, usable);
    // Where a dossier goes is said by the clause sending it, whichever passages share more of the question's words.
    const receiver =
      group.length || part
        ? undefined
        : (dossierReceiverHit(ctx.index, q, usable, bestConfidence) ?? presidingClauseHit(ctx.index, q, usable, bestConfidence));
    const passages = group.length ? group : part ? [part, ...usable] : receiver ? [receiver, ...usable] : amountFirst(q, usable);
    // A decree's entitlement is quoted after the clause of the law it details that states it.
    const based = group.length ? undefined : withBaseLaw(ctx.index, q, passages, bestConfidence);
    if (based) return composeAnswer(ctx.index, q, based, bestConfidence, undefined, ctx.province ?? null);
    const named = namedPlanSection(q, passages, ctx.index.corpus);
    const composed = composeAnswer(ctx.index, q, passages, bestConfidence, named, ctx.province ?? null);
    const listed = bodyUnderList(q, usable, ctx.index.corpus, composed.text);
    if (listed) return bodyAnswer(ctx.index, q, usable, listed, bestConfidence);
    return withCompetentBodies(ctx.index, q, withReferredClauses(ctx.index, composed));
  } catch {
    return abstain(
      `Xin lỗi, đã có lỗi khi tìm câu trả lời. Bạn vui lòng thử lại sau.\n\n${whereToAsk(ctx?.contacts ?? null, ctx?.province)}`,
    );
  }
}

/** "Xem toàn văn": payload from fullKey; shows the whole heading subtree (e.g. a full `Điều`). */
export function fullSection(index: KnowledgeIndex, data: string): AnswerResult | undefined {
  const p = decodePayload(data);
  if (p?.kind !== 'full') return undefined;
  const sections = index.corpus.sections;
  const start = p.section;
  const section = sections[start];
  if (!section) return undefined;
  const found = index.section(section.id);
  if (!found) return undefined;
  const depth = p.depth === undefined ? section.path.length : Math.min(p.depth, section.path.length);
  const path = section.path.slice(0, depth);
  const end = subtreeEnd(sections, start, path);
  const citation = citationOf(1, found.doc, path, section.id);
  const body = subtreeText(sections, start, end, path) || '(Mục này không có nội dung riêng.)';
  // The whole text under its own label: there is nothing to number, it is one source.
  return { kind: 'answer', text: `${citation.label}\n\n${body}`, citations: [citation] };
}
