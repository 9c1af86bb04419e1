// Questions that ask two things at once ("thời hạn bao lâu, và nếu vụ việc phức tạp thì bao lâu?", "mấy năm và ai
// quyết định?"): each part is answered by its own sentence, often another point or clause of the same article.
// The answer's lead is the best sentence overall; the parts it does not answer get a sentence of their own.
import { foldDiacritics, foldedWords } from '../../knowledge/text.js';
import { asksSomething } from '../../retrieval/asking-sentence.js';
import { namesText } from '../../retrieval/named-text.js';
import { isStopword } from '../../retrieval/text.js';
import { type AnswerType, answerTypes, carries, foldForCount, statesCountOf, typeBoost } from '../../retrieval/question-type.js';
import { underCompetenceFor } from './competence.js';
import type { Candidate, Group } from './groups.js';
import { type QueryProfile, queryProfile, sentenceTerms } from './sentences.js';

// Where a question may change to another ask: a second question mark, a semicolon, a comma or "và"; or "hay" / "hoặc"
// right after a yes-no ask ("gọi điện được không hay phải làm văn bản"), where the other option begins.
const PART_BREAK = /\?\s+(?=\S)|;\s+|,\s+|\s+(?:và|va)\s+(?=\S)|(?<=\s(?:không|khong|chưa|chua|ko|được|duoc))\s+(?=(?:hay|hoặc|hoac)\s)/u;
// The other option of a choice ("…, hay bắt buộc phải gửi văn bản?"): asked as much as the option before it, so the
// sentence stating it is quoted too, not only the one stating the option that shares more of the question's words.
const OTHER_OPTION = /^(?:hay|hoặc|hoac)\s+(?!(?:không|khong|chưa|chua|ko)(?:\s|\?|$))\S/iu;
/** More parts than this and the question is a list, not a few separate asks. */
const MAX_PARTS = 3;

/**
 * The separate asks of a question, in its order; one element for a question that asks one thing. A stretch that
 * asks nothing ("Nạn nhân ở cơ sở bảo trợ") belongs to the ask after it (or, at the end, to the one before).
 */
export function questionParts(question: string): string[] {
  const parts: string[] = [];
  const accented = foldDiacritics(question) !== question;
  let pending = '';
  for (const piece of question.split(PART_BREAK)) {
    const text = pending ? `${pending} ${piece}` : piece;
    if (asksSomething(text, accented) || (!pending && parts.length > 0 && OTHER_OPTION.test(piece))) {
      parts.push(text);
      pending = '';
    } else pending = text;
  }
  if (pending && parts.length) parts[parts.length - 1] += ` ${pending}`;
  return parts.length >= 2 && parts.length <= MAX_PARTS ? parts : [question];
}

/** One ask of a multi-part question: its words, those only it uses (what tells it from the others), what it asks for. */
export interface PartAsk {
  profile: QueryProfile;
  own: QueryProfile;
  types: AnswerType[];
  /** What the part counts ("mấy nhân viên": `nhan vien`), folded. */
  counted?: string;
}

// The thing a part asks the number of: the words after "mấy" / "bao nhiêu" ("tối thiểu mấy nhân viên", "bao nhiêu cán bộ").
const COUNTED = / (?:may|bao nhieu) ([a-z]+)(?: ([a-z]+))?/;

/** The one or two words a part counts, unless it counts nothing ("bao nhiêu cho mỗi người") or asks no count. */
export function countedThing(part: string, types: AnswerType[]): string | undefined {
  const m = types.includes('count') ? COUNTED.exec(foldedWords(part)) : null;
  if (!m || isStopword(m[1])) return undefined;
  return m[2] && !isStopword(m[2]) ? `${m[1]} ${m[2]}` : m[1];
}

/** True when a sentence gives a number of `thing`: "05 (năm) nhân viên", "02 cán bộ" (the ranker's statesCountOf). */
export function statesNumberOf(sentence: string, thing: string): boolean {
  return statesCountOf(thing)(foldForCount(sentence));
}

// A text named by its kind and number ("Thông tư liên tịch 134/2013/TTLT-BTC-BLĐTBXH", "NĐ số 62/2012"). The name says
// which text is asked about, not what of it: left among a part's words, it makes any clause citing another text's
// number ("Bãi bỏ Thông tư liên tịch số 116/2007/TTLT-BTC-BLĐTBXH") look like that part's answer.
const TEXT_REFERENCE =
  /(?:(?:thông tư liên tịch|thông tư|nghị định|quyết định|luật|ttlt|tt|nđ|qđ)\s+)?(?:số\s+)?\d{1,4}\/\d{4}(?:\/[\p{L}\d-]+)?/giu;

/** A part's words without the names of texts it refers to by number. */
export function withoutTextReferences(part: string): string {
  const stripped = part.replace(TEXT_REFERENCE, ' ').replace(/\s+/g, ' ').trim();
  return stripped || part;
}

/** Each part's words, its own words (all of them when it has none of its own: "và bao lâu?") and answer types. */
export function partAsks(parts: string[]): PartAsk[] {
  const profiles = parts.map((p) => queryProfile(withoutTextReferences(p)));
  return parts.map((p, i) => {
    const others = profiles.filter((_, j) => j !== i);
    const uni = new Set([...profiles[i].uni].filter((u) => !others.some((o) => o.uni.has(u))));
    const bi = new Set([...profiles[i].bi].filter((b) => !others.some((o) => o.bi.has(b))));
    const types = answerTypes(p);
    return { profile: profiles[i], own: uni.size ? { uni, bi } : profiles[i], types, counted: countedThing(p, types) };
  });
}

type Terms = { uni: Set<string>; bi: Set<string> };
const NO_TERMS: Terms = { uni: new Set(), bi: new Set() };

/**
 * Share of the part's words (bigrams count double) that a sentence contains; a word found only in the clause that
 * introduces the sentence's point ("3. Công an cấp huyện … có trách nhiệm" over "a) … 20 ngày") counts half.
 */
function coverage(terms: Terms, context: Terms, profile: QueryProfile): number {
  let got = 0;
  let all = 0;
  const count = (has: boolean, inContext: boolean, weight: number) => {
    all += weight;
    if (has) got += weight;
    else if (inContext) got += weight / 2;
  };
  for (const u of profile.uni) count(terms.uni.has(u), context.uni.has(u), 1);
  for (const b of profile.bi) count(terms.bi.has(b), context.bi.has(b), 2);
  return all ? got / all : 0;
}

const CLAUSE = /^\d{1,2}(\.\d{1,2})*\.\s/u;
const POINT = /^[a-zđ]\)/u;

/** Terms of the clause heading over a group's point (or of the group's own clause heading), else none. */
function contextOf(g: Group): Terms {
  const path = g.hit.chunk.path;
  const last = path[path.length - 1] ?? '';
  const clause = POINT.test(last) ? path[path.length - 2] : last;
  return clause && CLAUSE.test(clause) ? sentenceTerms(clause) : NO_TERMS;
}

/** How well a sentence answers one part: its words (or only its own ones), weighted by whether it carries what the part asks for. */
function partScore(c: { g: Group; s: Candidate }, ask: PartAsk, words: 'profile' | 'own' = 'profile'): number {
  // A clause introducing points (pos < 0) is not itself under the group's clause.
  const context = c.s.pos < 0 ? NO_TERMS : contextOf(c.g);
  return coverage(sentenceTerms(c.s.text), context, ask[words]) * typeBoost(ask.types, c.s.text);
}

/** A sentence chosen to answer one part, with that part (its words decide the quote's window). */
export interface PartLead {
  g: Group;
  s: Candidate;
  ask: PartAsk;
}

/** Below this share of a part's own words, no sentence answers it: the part is left to the lead and the quotes. */
const MIN_PART_COVERAGE = 0.34;

/** A sentence giving a number of what the part counts is that much likelier its answer. */
const COUNTED_WEIGHT = 2;

/** A sentence of the lead's own clause (a neighbouring point) is the likeliest answer to the question's other part. */
const SAME_CLAUSE_WEIGHT = 1.15;

/**
 * A part asking who does an act ("ai cấp phép") is answered by the article on the competence for it ("Điều 5. Thẩm
 * quyền cấp, cấp lại … Giấy phép"), rather than by a clause naming the same body only as where papers go.
 */
const COMPETENCE_WEIGHT = 1.5;

/** The group is under an article on the competence for an act the part names with its own words, and the part asks who. */
function competentFor(g: Group, ask: PartAsk): boolean {
  return ask.types.includes('agency') && underCompetenceFor(g.hit.chunk.path, ask.own.uni);
}

/** The clause a group's text belongs to: its document and path without a final point ("a)"). */
function clauseOf(g: Group): { docId: string; path: string[] } {
  const path = g.hit.chunk.path;
  return { docId: g.hit.chunk.docId, path: POINT.test(path[path.length - 1] ?? '') ? path.slice(0, -1) : path };
}

/** The candidate that best answers `ask`, if one does clearly enough; `near` is the lead's clause. */
function bestFor(
  pool: { g: Group; s: Candidate }[],
  ask: PartAsk,
  taken: Set<Candidate>,
  near: { docId: string; path: string[] },
): { g: Group; s: Candidate; score: number } | undefined {
  let best: { g: Group; s: Candidate; score: number; counts: boolean } | undefined;
  for (const { g, s } of pool) {
    if (taken.has(s)) continue;
    const inClause = s.pos >= 0 && g.hit.chunk.docId === near.docId && near.path.every((p, k) => g.hit.chunk.path[k] === p);
    const counts = ask.counted !== undefined && statesNumberOf(s.text, ask.counted);
    const weight = (inClause ? SAME_CLAUSE_WEIGHT : 1) * (counts ? COUNTED_WEIGHT : 1) * (competentFor(g, ask) ? COMPETENCE_WEIGHT : 1);
    const score = partScore({ g, s }, ask) * weight;
    if (!best || score > best.score) best = { g, s, score, counts };
  }
  // A number of the very thing counted answers, however the part's other words are put ("tối thiểu" for "ít nhất").
  if (!best || (!best.counts && best.score < MIN_PART_COVERAGE * typeBoost(ask.types, best.s.text))) return undefined;
  return ask.types.length && !ask.types.some((t) => carries(t, best.s.text)) ? undefined : best;
}

/**
 * For a multi-part question, the sentences that answer the parts the lead does not: the lead answers one part; every
 * other part gets the pool's best sentence for its own words (never one already answering another part), unless the
 * lead answers it as well. The lead's part is the one it matches best, unless the parts ask different kinds and leaving
 * that part to another sentence answers the question better as a whole: "Bãi bỏ Thông tư … ngày 27/9/2007" carries a
 * date, yet "từ ngày nào" is answered by the clause saying when the text takes effect, and the lead by then answers
 * "bãi bỏ văn bản nào".
 */
export function partLeads(
  asks: PartAsk[],
  lead: { g: Group; s: Candidate; then?: Candidate },
  pool: { g: Group; s: Candidate }[],
): PartLead[] {
  const scores = asks.map((a) => partScore(lead, a, 'own'));
  const first = scores.indexOf(Math.max(...scores));
  let best = othersAnswered(asks, lead, pool, first, scores);
  asks.forEach((ask, i) => {
    // Two parts asking the same kind (two deadlines) are told apart by their words alone.
    if (i === first || ask.types.some((t) => asks[first].types.includes(t))) return;
    const other = othersAnswered(asks, lead, pool, i, scores);
    if (other.total > best.total) best = other;
  });
  return best.out;
}

/** The sentences answering the parts besides `leadPart`, and how well the lead and they answer all parts (own words). */
function othersAnswered(
  asks: PartAsk[],
  lead: { g: Group; s: Candidate; then?: Candidate },
  pool: { g: Group; s: Candidate }[],
  leadPart: number,
  scores: number[],
): { out: PartLead[]; total: number } {
  const taken = new Set<Candidate>(lead.then ? [lead.s, lead.then] : [lead.s]);
  const out: PartLead[] = [];
  let total = scores[leadPart];
  asks.forEach((ask, i) => {
    if (i === leadPart) return;
    const best = bestFor(pool, ask, taken, clauseOf(lead.g));
    if (!best) return;
    // The lead, or the sentence quoted with it, may carry this part's answer too ("tối đa 05 năm, do Chủ tịch UBND
    // tỉnh cấp"), but not when both parts ask for the same kind (two deadlines are two sentences).
    const sameKind = ask.types.some((t) => asks[leadPart].types.includes(t));
    const answers = (s: Candidate) => ask.types.every((t) => carries(t, s.text)) && partScore({ g: lead.g, s }, ask) >= best.score;
    const leadAnswers = !sameKind && (answers(lead.s) || (lead.then !== undefined && answers(lead.then)));
    if (leadAnswers) {
      total += scores[i];
      return;
    }
    taken.add(best.s);
    out.push({ g: best.g, s: best.s, ask });
    // The article on the competence for the act asked answers who does it outright, however the part is worded.
    total += competentFor(best.g, ask) ? 1 : partScore(best, ask, 'own');
  });
  return { out, total };
}

/**
 * A question naming the text it asks about ("Thông tư 134/2013 có hiệu lực từ ngày nào và bãi bỏ văn bản nào") asks
 * each of its parts of that text: when the lead is from it, the parts are answered from it too, not by another text
 * that says the same kind of thing of itself ("Thông tư liên tịch này có hiệu lực …").
 */
export function withinNamedText<T extends { g: Group }>(question: string, lead: Group, pool: T[]): T[] {
  if (!namesText(foldedWords(question), lead.hit.doc)) return pool;
  return pool.filter((c) => c.g.hit.chunk.docId === lead.hit.chunk.docId);
}
