// The sentences an extractive answer may quote, grouped by source: each hit's sentences plus the clauses
// that introduce lettered points around it, scored against the question, and the choice among them.
import { validityBadge } from '../../knowledge/cite.js';
import { statesTodaysRules } from '../../knowledge/validity.js';
import { sectionIndexById } from '../../knowledge/load.js';
import { foldedWords, truncateWords } from '../../knowledge/text.js';
import { headingActor } from '../../retrieval/actor-heading.js';
import { articleBlockAt, itemText, type ListBlock, listBlockAt, outlineBlockAt, parentBlockAt } from '../../retrieval/list-block.js';
import { enumeratedItems } from '../../retrieval/overview.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import type { Unit } from '../../retrieval/units.js';
import type { Section } from '../../knowledge/types.js';
import { type AnswerType, carries, typeBoost } from '../../retrieval/question-type.js';
import type { PartLead } from './parts.js';
import {
  type QueryProfile,
  passageSentences,
  sentenceClauses,
  sentenceLines,
  sentenceParagraphs,
  sentenceScore,
  sentenceTerms,
} from './sentences.js';
import { preferOwnClause } from './shared-tail.js';
import { titlesWeight } from './granted.js';
import { tierBodyWeight } from './tier-body.js';
import { presidingWeight } from './presiding-clause.js';
import { whomWeight } from './beneficiaries.js';
import { asksCompetenceOf } from './competence.js';
import { referredClauses } from '../../retrieval/references.js';

const MAX_SOURCES = 3;
const MAX_SENTENCES = 4;

export interface Candidate {
  text: string;
  /** Position in the passage; negative for a clause introducing lettered points (Group.intros). */
  pos: number;
  score: number;
  /** How well the sentence matches what its passage's headings do not already say (sharperLead). */
  focus?: number;
}

/** A sentence with the source it is from. */
type Scored = { g: Group; s: Candidate };

export interface Group {
  hit: SearchHit;
  rank: number;
  sentences: Candidate[];
  /** Clauses introducing lettered points around the hit; candidate `pos` -1-k is intros[k]. */
  intros: ListIntro[];
  /** Every list around the hit, quoted or not: the points a chosen sentence's clause goes on to (clausePoints). */
  lists: ListIntro[];
}

// A heading that is a clause of its own ("2. Cục Quản lý xuất nhập cảnh trong thời hạn 05 (năm) ngày … có trách nhiệm")
// carries part of the answer for the points under it; a short title ("Điều 19. Chế độ hỗ trợ…") does not. Its number
// may close with a bracket as a point's letter does ("2) Nạn nhân, người thân thích của họ có nghĩa vụ").
const CLAUSE_HEADING = /^\d{1,2}(\.\d{1,2})?[.)]\s+\S.{40,}$/u;
// Inside an article a clause titled in a few words ("3. Các biện pháp bảo vệ.", its title in the heading or as the
// clause's own text under a bare "3.") still introduces its points: it names what they list.
const TITLED_CLAUSE = /^\d{1,2}[.)]\s+\S/u;
const BARE_CLAUSE = /^\d{1,2}[.)]$/u;
const BARE_MARKER = /^\d{1,2}[.)]\s*/u;
const POINT = /^[a-zđ]\)/u;
const ARTICLE = /^Điều\s+\d+/u;
const LIST_ITEM = /^([a-zđ]\)|\d{1,2}\.|[-–•+])\s/u;
// A legal list is quoted whole (the 2024 law lists ten kinds of support); longer plan lists are cut with a mark.
const MAX_LIST_ITEMS = 12;
const MAX_ITEM_CHARS = 200;
/** What a list's lines may hold in all before each is cut to MAX_ITEM_CHARS, and the most one line shows. */
const LIST_CHARS = 2400;
const MAX_LINE_CHARS = 600;
const MAX_GROUP_SECTIONS = 120;
/** A clause is quoted with its points, so it should win only when it matches clearly better than a sentence. */
const INTRO_WEIGHT = 0.8;
/** A list enumerating a file answers a question on the file's papers better than any list naming the same licence. */
const FILE_LIST_WEIGHT = 2;

interface ListIntro {
  heading: string;
  items: string[];
  /** Heading path of a list block (list-block.ts): what the list's citation names. */
  path?: string[];
  /** The hit's whole article, clauses with their points (articleBlockAt): how an overview's lead from it reads, no candidate. */
  whole?: boolean;
  /** Heading path of the clause whose points these are (pointIntros): where a quote of them stands in the text. */
  clause?: string[];
}

/**
 * The heading path a group's quotes stand under: the hit's own, or, when a quoted list is another clause's of the same
 * article, the path both share (the article), so the citation names no clause the quote is not from.
 */
export function quotedPath(g: Group, positions: number[]): string[] {
  let path = g.hit.chunk.path;
  for (const pos of positions) {
    const clause = pos < 0 ? g.intros[-1 - pos]?.clause : undefined;
    if (!clause) continue;
    let shared = 0;
    while (shared < path.length && shared < clause.length && path[shared] === clause[shared]) shared++;
    if (shared < Math.min(path.length, clause.length)) path = path.slice(0, shared);
  }
  return path;
}

/** Index in corpus.sections of the hit's first section, or -1. */
export function hitStart(index: KnowledgeIndex, hit: SearchHit): number {
  const unitStart = (hit.chunk as Partial<Unit>).start;
  return unitStart !== undefined && unitStart >= 0 ? unitStart : (sectionIndexById(index.corpus).get(hit.chunk.sectionId) ?? -1);
}

/**
 * The sections [from, to) of the hit's article (or, outside a legal text, of its heading group), at most
 * MAX_GROUP_SECTIONS each side, and the depth of the article's heading.
 */
function articleRange(index: KnowledgeIndex, hit: SearchHit): { from: number; to: number; depth: number } | undefined {
  const sections = index.corpus.sections;
  const start = hitStart(index, hit);
  const article = hit.chunk.path.findIndex((p) => ARTICLE.test(p));
  const depth = article >= 0 ? article + 1 : hit.chunk.path.length - 1;
  if (start < 0 || depth <= 0) return undefined;
  const prefix = hit.chunk.path.slice(0, depth);
  const inGroup = (i: number) => sections[i]?.docId === hit.chunk.docId && prefix.every((p, j) => sections[i].path[j] === p);
  let from = start;
  while (from > 0 && start - from < MAX_GROUP_SECTIONS && inGroup(from - 1)) from--;
  let to = from;
  while (to < from + MAX_GROUP_SECTIONS && inGroup(to)) to++;
  return { from, to, depth };
}

/**
 * The clauses of the hit's article (or heading group) that introduce lettered points, with those points:
 * "1. Nạn nhân … được hưởng các chế độ hỗ trợ sau đây" + a) … e). A list question is answered by the list,
 * and a point's clause says who must act and by when.
 */
function listIntrosAround(index: KnowledgeIndex, hit: SearchHit): ListIntro[] {
  const sections = index.corpus.sections;
  const start = hitStart(index, hit);
  if (start < 0) return [];
  let byHit = introsByCorpus.get(sections);
  if (!byHit) introsByCorpus.set(sections, (byHit = new Map()));
  const key = `${start}\u0000${hit.chunk.docId}\u0000${hit.chunk.path.join('\u0000')}`;
  let listed = byHit.get(key);
  if (!listed) byHit.set(key, (listed = readListIntros(index, hit, start)));
  return listed;
}
// The lists around a hit depend only on the loaded corpus and the hit's place in it: read once per corpus (a reload
// brings new sections, whose lists are read anew), at most once per section or unit. Callers only read them.
const introsByCorpus = new WeakMap<readonly Section[], Map<string, ListIntro[]>>();

/** The tasks of the agency whose point section `start` is ("4. Đề nghị Hội liên hiệp Phụ nữ tỉnh" → a) … c)). */
function actorBlockAt(sections: Section[], start: number): ListBlock | undefined {
  const block = parentBlockAt(sections, start);
  return block && headingActor(block.path.at(-1) ?? '') !== undefined ? block : undefined;
}

function readListIntros(index: KnowledgeIndex, hit: SearchHit, start: number): ListIntro[] {
  const sections = index.corpus.sections;
  const intros = pointIntros(index, hit);
  const listed: ListIntro[] = [...intros].map(([heading, { items, clause }]) => ({ heading, items, clause }));
  // The list the hit belongs to (a clause of "Các hành vi bị nghiêm cấm", a dash of "2. Công an tỉnh"), unless
  // it is one of the clauses above.
  // And the outline it is a part of (a plan's tasks, an article's steps): an overview may ask for that instead.
  for (const b of [listBlockAt(sections, start), actorBlockAt(sections, start), outlineBlockAt(sections, start)]) {
    if (!b || intros.has(b.path.at(-1) ?? '') || listed.some((l) => l.path?.join('\u0000') === b.path.join('\u0000'))) continue;
    listed.push({ heading: b.intro, items: b.items.slice(0, MAX_LIST_ITEMS), path: b.path });
  }
  const article = articleBlockAt(sections, start);
  if (article) listed.push({ heading: article.intro, items: article.items, path: article.path, whole: true });
  return listed;
}

/** Clause heading → its lettered points and its path, for the clauses of the hit's article (or heading group). */
function pointIntros(index: KnowledgeIndex, hit: SearchHit): Map<string, { items: string[]; clause: string[] }> {
  const sections = index.corpus.sections;
  const intros = new Map<string, { items: string[]; clause: string[] }>();
  const range = articleRange(index, hit);
  if (!range) return intros;
  const inArticle = hit.chunk.path.some((p) => ARTICLE.test(p));
  // A bare clause marker's own text, read from its section (the one just before its first point).
  const clauseTitle = (i: number, head: string) => {
    const own = sections[i - 1]?.path.at(-1) === head ? sections[i - 1].text.trim().replace(BARE_MARKER, '') : '';
    return own && !own.includes('\n') ? `${head} ${own.replace(/[.:]$/u, '')}` : head;
  };
  const titles = new Map<string, string>();
  for (let i = range.from; i < range.to; i++) {
    const path = sections[i].path;
    const raw = path[path.length - 2];
    if (path.length <= range.depth + 1 || !POINT.test(path[path.length - 1])) continue;
    // Outside an article the group is a whole plan part: another body's points are not the hit's list.
    if (!inArticle && !hit.chunk.path.includes(raw)) continue;
    if (inArticle && BARE_CLAUSE.test(raw) && !titles.has(raw)) titles.set(raw, clauseTitle(i, raw));
    const head = titles.get(raw) ?? raw;
    if (!CLAUSE_HEADING.test(head) && !(inArticle && TITLED_CLAUSE.test(head) && !BARE_CLAUSE.test(head))) continue;
    const intro = intros.get(head) ?? { items: [], clause: path.slice(0, -1) };
    if (intro.items.length < MAX_LIST_ITEMS) intro.items.push(itemText(sections[i]));
    intros.set(head, intro);
  }
  return intros;
}

// A plan section's own title ("9. Đài Phát thanh - Truyền hình Quảng Nam, Báo Quảng Nam", "2. Công an tỉnh"): a
// number and a few words, no clause of its own.
const SECTION_TITLE = /^\d{1,2}\.\s+[^:;]{3,90}$/u;

/** The hit's heading when it is a plan section's short title (often the agency its sentences task), else ''. */
function planSectionTitle(hit: SearchHit): string {
  const heading = hit.chunk.path.at(-1) ?? '';
  return !hit.doc.province || !SECTION_TITLE.test(heading) ? '' : heading;
}

/**
 * How a hit's sentences are scored against the question: its words, what it asks for, the hit's rank. The agency a
 * plan's section is titled by is the subject of each of its sentences, which name it no more ("Tăng thời lượng …"):
 * the title's words count as held at second hand, like those of the clauses a sentence refers to.
 */
function sentenceScorer(index: KnowledgeIndex, hit: SearchHit, rank: number, profile: QueryProfile, types: AnswerType[]) {
  const title = planSectionTitle(hit);
  const referred = (text: string) => {
    const clauses = referredClauses(index.corpus.sections, hit.chunk.docId, hit.chunk.path, text);
    return title && clauses ? `${clauses}\n${title}` : clauses || title;
  };
  // Weighed once per sentence: its score and its focus (candidatesOf) both use it.
  const weights = new Map<string, number>();
  const presiding = (text: string) => {
    if (!weights.has(text)) weights.set(text, presidingWeight(text, profile, types));
    return weights.get(text)!;
  };
  return {
    referred,
    presiding,
    score: (text: string, isList = false) =>
      (sentenceScore(text, profile, undefined, referred(text)) *
        typeBoost(types, isList ? `${text}:` : text) *
        titlesWeight(text, profile, types) *
        whomWeight(text, profile, types) *
        tierBodyWeight(text, profile, types) *
        presiding(text)) /
      (1 + 0.35 * rank),
  };
}

function candidatesOf(
  index: KnowledgeIndex,
  hit: SearchHit,
  rank: number,
  profile: QueryProfile,
  types: AnswerType[],
  offered: Set<string>,
): Group {
  const { referred, presiding, score } = sentenceScorer(index, hit, rank, profile, types);
  const sentences: Candidate[] = passageSentences(hit.chunk.text).map((text, pos) => ({ text, pos, score: score(text) }));
  preferOwnClause(hit.chunk.text, sentences, score);
  const known = sentenceTerms(hit.chunk.path.join(' '));
  // A body presiding is what a question asking who presides wants, however much of it the headings already say.
  for (const c of sentences) {
    c.focus = sentenceScore(c.text, profile, known, referred(c.text)) * typeBoost(types, c.text) * presiding(c.text);
  }
  // A clause with its points answers a list question; otherwise only a clause that itself carries what is
  // asked ("trong thời hạn 05 (năm) ngày") is worth quoting. Another hit of the same article may have offered it.
  const asksList = types.includes('list');
  const lists = listIntrosAround(index, hit);
  const intros = lists.filter(
    (intro) => !intro.whole && !offered.has(intro.heading) && (asksList || types.some((t) => carries(t, intro.heading))),
  );
  intros.forEach((intro, k) => {
    offered.add(intro.heading);
    const file = enumeratesFileAsked(intro, types);
    const text = file ? [intro.heading, ...intro.items].join('\n') : intro.heading;
    const weight = file ? FILE_LIST_WEIGHT : asksList ? 1 : INTRO_WEIGHT;
    sentences.push({ text: intro.heading, pos: -1 - k, score: weight * score(text, asksList) });
  });
  return { hit, rank, sentences, intros, lists };
}

/**
 * The question asks what papers a file holds and the list enumerates a file ("2. Hồ sơ đề nghị gia hạn gồm:"): its
 * items name the papers in the question's words ("Văn bản đề nghị gia hạn Giấy phép thành lập"), which its heading
 * leaves to them, so the list is weighed by all of it against a clause merely naming the same licence.
 */
function enumeratesFileAsked(intro: ListIntro, types: AnswerType[]): boolean {
  return asksFilePapers(types) && enumeratesFile(intro.heading);
}

/** A list's heading says it enumerates a file ("2. Hồ sơ đề nghị gia hạn gồm", "Hồ sơ đề nghị cấp Giấy phép thành lập:"). */
export const enumeratesFile = (heading: string) => carries('file', heading) || FILE_HEADING.test(heading.replace(/:\s*$/u, ''));

/** The question asks which papers make up a file ("hồ sơ gồm những gì", "cần nộp những giấy tờ gì"). */
export const asksFilePapers = (types: AnswerType[]) => types.includes('file') || (types.includes('papers') && types.includes('list'));

// A question opening with the file it asks about and asking what it holds, however long the file's name ("Hồ sơ xin gia
// hạn Giấy phép thành lập cơ sở hỗ trợ nạn nhân gồm những gì").
const OPENS_WITH_FILE = /^ (bo )?ho so .* (gom|bao gom) (nhung )?(gi|nhung gi|giay to gi|nhung giay to gi|nhung loai giay to nao) /;

/** The kinds of answer asked, with the papers of a file when the question opens with the file and asks what it holds. */
export function withFileAsked(question: string, types: AnswerType[]): AnswerType[] {
  return types.includes('file') || !OPENS_WITH_FILE.test(foldedWords(question)) ? types : [...types, 'file'];
}
// A list headed by the file it enumerates, with no verb of its own ("Hồ sơ đề nghị cấp Giấy phép thành lập").
const FILE_HEADING = /^(\d{1,2}[.)]\s+)?(các\s+)?hồ sơ\s[^.;:,]{0,80}$/iu;

/**
 * A chosen sentence, with the items of the list it introduces. `whole`: the answer leads with it, so what its
 * clause goes on to list is quoted with it: a clause ending where its points begin says only that they follow.
 */
export function withListItems(g: Group, pos: number, asksList: boolean, whole = false): string[] {
  if (pos < 0) {
    // A clause that ends where its points begin: its points, shortened, when the question asks for a list or the
    // answer leads with it ("2. Cục … trong thời hạn 05 (năm) ngày … có trách nhiệm thực hiện:" a) … c)).
    const intro = g.intros[-1 - pos];
    return asksList || whole ? [`${intro.heading}:`, ...introLines(intro)] : [intro.heading];
  }
  const first = g.sentences.find((s) => s.pos === pos)!.text;
  const items = itemsAfter(g, pos);
  // A clause whose points are sections of their own: the passage may hold only its first points, or only the
  // clause's opening sentence ("1. Bộ đội Biên phòng … có trách nhiệm hỗ trợ …;" over a) to c)).
  const clause = whole ? clausePoints(g, first) : undefined;
  return clause && clause.items.length > items.length ? [first, ...introLines(clause)] : [first, ...items];
}

/**
 * The hit's whole article as an overview's lead reads it ("1. …", "2. …:", "a) …", "3. …"), after the article's own
 * introducing sentence if it has one (its title is already in the citation), or undefined when its article mixes no
 * plain clauses with clauses of points (articleBlockAt).
 */
export function wholeArticleLines(g: Group): string[] | undefined {
  const article = g.lists.find((l) => l.whole);
  if (!article) return undefined;
  const titled = article.path?.at(-1)?.includes(article.heading);
  return [...(titled ? [] : [`${article.heading}:`]), ...introLines(article)];
}

/** A sentence shorter than this (without its marker) is too little to tell which clause it is part of. */
const MIN_CLAUSE_PART = 24;

/** The list of the clause a passage sentence opens or is part of, when that clause goes on to points of its own. */
function clausePoints(g: Group, sentence: string): ListIntro | undefined {
  const part = bareClause(sentence).replace(/[;,.]$/u, '');
  if (part.length < MIN_CLAUSE_PART) return undefined;
  return g.lists.find((list) => list.items.length > 1 && bareClause(list.heading).includes(part));
}

/**
 * An intro's points, shortened; an item that lists in its turn ("b) … để:" and its dashes) keeps one line per entry.
 * A list of few lines shows more of each (up to LIST_CHARS in all): a plan's part names several tasks in one line.
 */
function introLines(intro: ListIntro): string[] {
  const lines = intro.items.flatMap((t) => t.split('\n').filter((l) => l.trim()));
  const max = Math.min(
    MAX_LINE_CHARS,
    Math.max(
      MAX_ITEM_CHARS,
      lineAllowance(
        lines.map((l) => l.length),
        LIST_CHARS,
      ),
    ),
  );
  return lines.map((t) => truncateWords(t, max));
}

/**
 * The length every line may keep so that all of them hold at most `budget` characters: what short lines leave goes
 * to the long ones, so a list of a few short points and one long one ("… tạo điều kiện … vay vốn") shows it whole.
 */
export function lineAllowance(lengths: number[], budget: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let left = budget;
  for (let i = 0; i < sorted.length; i++) {
    const share = Math.floor(left / (sorted.length - i));
    if (sorted[i] > share) return share;
    left -= sorted[i];
  }
  return sorted.at(-1) ?? budget;
}

/** A clause's text without its marker and closing colon: "3. Trường hợp … như sau:" → "Trường hợp … như sau". */
function bareClause(text: string): string {
  return text
    .replace(/^\d{1,2}(\.\d{1,2})*[.)]\s+/u, '')
    .replace(/:\s*$/u, '')
    .trim();
}

/**
 * The list items that follow a sentence ending in ':' (none otherwise): the sentences of the entry lines after it
 * ("- Bảng tổng hợp …;", "- Danh sách …"), up to the first line that is not an entry.
 */
function itemsAfter(g: Group, pos: number): string[] {
  const first = g.sentences.find((s) => s.pos === pos)?.text;
  if (!first?.trimEnd().endsWith(':')) return [];
  const lines = sentenceLines(g.hit.chunk.text);
  const items: string[] = [];
  for (const s of g.sentences) {
    if (s.pos <= pos) continue;
    if (!lines[s.pos]?.item && !LIST_ITEM.test(s.text) && items.length > 0) break;
    // The marker splitSentences dropped is given back: the reader sees where each entry begins.
    const marker = lines[s.pos]?.marker;
    items.push(marker ? `${marker} ${s.text}` : s.text);
    if (items.length >= MAX_LIST_ITEMS) break;
  }
  return items;
}

/**
 * The sentences of the paragraph (or list entry) holding sentence `pos`, in order, when it has more than that one and
 * they fit in `max` characters: an overview's source states its answer across a paragraph ("… đưa ngay người đó đến Ủy
 * ban nhân dân cấp xã … . Ủy ban nhân dân cấp xã có trách nhiệm thông báo ngay … . Trong trường hợp cần thiết, …").
 */
export function paragraphAround(g: Group, pos: number, max: number): Candidate[] | undefined {
  if (pos < 0) return undefined;
  const paragraphs = sentenceParagraphs(g.hit.chunk.text);
  const all = g.sentences.filter((c) => c.pos >= 0 && paragraphs[c.pos] === paragraphs[pos]).sort((a, b) => a.pos - b.pos);
  const length = all.reduce((n, c) => n + c.text.length + 1, 0);
  return all.length > 1 && length <= max ? all : undefined;
}

/** True when the candidate introduces a list: a clause with its points, or a sentence ending in ':' followed by items. */
export function introducesList(g: Group, pos: number): boolean {
  return pos < 0 ? g.intros[-1 - pos].items.length > 1 : itemsAfter(g, pos).length > 1;
}

/** The hit as one section of its document would be found: the section's own text, cited by its own path. */
function sectionHit(index: KnowledgeIndex, like: SearchHit, i: number): SearchHit {
  const s = index.corpus.sections[i];
  const chunk: Unit = { id: `${s.id}~s`, docId: s.docId, sectionId: s.id, path: s.path, text: s.text, passage: s.text, start: i, count: 1 };
  return { ...like, chunk };
}

/**
 * A section the question names as a whole (plan-section.ts), as a source of its own: its list is its one candidate,
 * cited to the section's heading. `like` is a hit of the same document.
 */
export function blockGroup(index: KnowledgeIndex, like: SearchHit, block: ListBlock): Group {
  const hit = sectionHit(index, like, block.start);
  const intro: ListIntro = { heading: block.intro, items: block.items.slice(0, MAX_LIST_ITEMS), path: block.path };
  return {
    hit: { ...hit, chunk: { ...hit.chunk, path: block.path } },
    rank: 0,
    sentences: [{ text: block.intro, pos: -1, score: 1 }],
    intros: [intro],
    lists: [intro],
  };
}

/**
 * Every sentence a part of a multi-part question may be answered by: the groups', the other usable hits', and those
 * of the lead's article that no hit holds (the other half of "bao lâu … và ai quyết định" is often the next clause),
 * and those of the sections `more` (indices in the corpus) that no hit holds.
 */
export function partPool(
  index: KnowledgeIndex,
  usable: SearchHit[],
  groups: Group[],
  lead: Group,
  asked: { profile: QueryProfile; types: AnswerType[] },
  more: number[] = [],
): Scored[] {
  const all = [...groups];
  const held = new Set(groups.map((g) => g.hit.chunk.sectionId));
  const offered = new Set(groups.flatMap((g) => g.intros.map((x) => x.heading)));
  usable.forEach((hit, rank) => {
    if (held.has(hit.chunk.sectionId)) return;
    held.add(hit.chunk.sectionId);
    all.push(candidatesOf(index, hit, rank, asked.profile, asked.types, offered));
  });
  const covered = new Set<number>();
  for (const g of all) {
    const start = hitStart(index, g.hit);
    const count = (g.hit.chunk as Partial<Unit>).count ?? 1;
    for (let i = start; i >= 0 && i < start + count; i++) covered.add(i);
  }
  // The rest of the lead's article, and the sections the caller adds.
  const range = articleRange(index, lead.hit);
  const rest = range ? Array.from({ length: range.to - range.from }, (_, k) => range.from + k) : [];
  for (const i of [...rest, ...more]) {
    if (covered.has(i) || !index.corpus.sections[i].text.trim()) continue;
    covered.add(i);
    all.push(candidatesOf(index, sectionHit(index, lead.hit, i), lead.rank, asked.profile, asked.types, offered));
  }
  return all.flatMap((g) => g.sentences.map((s) => ({ g, s })));
}

/**
 * Of a point that names its subject only by number ("… áp dụng biện pháp bảo vệ quy định tại các Khoản 1, 2 và 5
 * Điều 7") and its sibling points that do the same, the one whose sentences, read with the clauses they refer to,
 * best match the question: the ranker sees only the points' own words, so it cannot tell the point granting the
 * measure asked about ("xét xử kín", clause 8) from its neighbours granting others. `held`: sections already quoted.
 */
function matchingPoint(index: KnowledgeIndex, hit: SearchHit, rank: number, asked: Asked, held: Set<string>): SearchHit {
  const path = hit.chunk.path;
  const start = hitStart(index, hit);
  const range = articleRange(index, hit);
  if (!range || start < 0 || ((hit.chunk as Partial<Unit>).count ?? 1) > 1 || !POINT.test(path.at(-1) ?? '')) return hit;
  const sections = index.corpus.sections;
  const refers = (text: string) => referredClauses(sections, hit.chunk.docId, path, text) !== '';
  if (!refers(hit.chunk.text)) return hit;
  const bestOf = (h: SearchHit) => {
    const { score } = sentenceScorer(index, h, rank, asked.profile, asked.types);
    return Math.max(0, ...passageSentences(h.chunk.text).map((t) => score(t)));
  };
  const sibling = (i: number) => {
    const p = sections[i].path;
    return i !== start && p.length === path.length && POINT.test(p.at(-1) ?? '') && path.slice(0, -1).every((x, k) => p[k] === x);
  };
  let best = { hit, score: bestOf(hit) };
  for (let i = range.from; i < range.to; i++) {
    if (!sibling(i) || held.has(sections[i].id) || !refers(sections[i].text)) continue;
    const other = sectionHit(index, hit, i);
    const score = bestOf(other);
    if (score > best.score) best = { hit: other, score };
  }
  return best.hit;
}

type Asked = { profile: QueryProfile; types: AnswerType[] };

/** Kinds of answer so narrow that a passage carrying one is on the point asked whatever its other words. */
const NARROW: AnswerType[] = ['date', 'replaces'];

/**
 * Only sources whose evidence is close to the best one, one group per section. `overview`: the question asks for
 * everything on a topic, so the ranker's first passage is kept whatever share of the question's words it holds, and
 * so is a later one holding as much: the ranker chose them for what they list ("Đồn Biên phòng … thực hiện:" and its
 * steps), which a question in everyday words ("trốn về", "lo cho họ") names in few of the passages' own words.
 */
export function sourceGroups(
  index: KnowledgeIndex,
  usable: SearchHit[],
  bestConfidence: number,
  profile: QueryProfile,
  types: AnswerType[],
  overview = false,
  province: string | null = null,
  whether = false,
): Group[] {
  const groups: Group[] = [];
  // Asked whether a thing is granted or forbidden, the first passage of a regulation in force joins though weaker
  // beside an older text's: it may name the thing in today's words (todaysRuleLead).
  const olderRegulation = usable.some((h) => h.doc.kind === 'regulation' && !statesTodaysRules(h.doc));
  const todaysRule = (hit: SearchHit) =>
    whether && olderRegulation && hit.doc.kind === 'regulation' && statesTodaysRules(hit.doc) && !groups.some(inForceRegulation);
  // The first passage of the user's province's plan joins though weaker: it may say who in the province carries out
  // what a national text grants (own-plan.ts).
  const ownPlan = (hit: SearchHit) =>
    province !== null && hit.doc.province === province && !groups.some((g) => g.hit.doc.province === province);
  const seenSections = new Set<string>();
  const offered = new Set<string>();
  const statesAsked = (hit: SearchHit) => {
    const narrow = types.filter((t) => NARROW.includes(t));
    return narrow.length > 0 && narrow.every((t) => carries(t, hit.chunk.text));
  };
  usable.forEach((found, rank) => {
    // A hit with less of the question's words still joins when it is the first to state what is asked: the clause
    // repealing a text ("Bãi bỏ Thông tư …") next to one that only repeats the question's "thay thế".
    const kept = overview && found.confidence >= (usable[0]?.confidence ?? 1);
    const weak =
      !kept &&
      !ownPlan(found) &&
      !todaysRule(found) &&
      found.confidence < bestConfidence * 0.75 &&
      !(statesAsked(found) && !groups.some((g) => statesAsked(g.hit)));
    if (groups.length >= MAX_SOURCES || weak) return;
    if (seenSections.has(found.chunk.sectionId)) return;
    // A later hit of the point chosen instead is then not quoted again.
    const hit = matchingPoint(index, found, rank, { profile, types }, seenSections);
    seenSections.add(found.chunk.sectionId).add(hit.chunk.sectionId);
    groups.push(candidatesOf(index, hit, rank, profile, types, offered));
  });
  return groups;
}

export interface Selection {
  /** Chosen sentence positions per group. */
  chosen: Map<Group, Set<number>>;
  /**
   * The best-scoring sentence overall: the one that best answers; `then`, when the lead only introduces what
   * is asked, is the later sentence of its clause that states it (the amount after "Chi hỗ trợ …").
   */
  lead?: { g: Group; s: Candidate; then?: Candidate };
  /** For a question that asks several things, the sentences answering the parts the lead does not (parts.ts). */
  parts?: PartLead[];
}

/** Kinds of answer a sentence states outright; a list is answered by its items (withListItems). */
const STATED: AnswerType[] = ['amount', 'time', 'date', 'count', 'agency', 'papers', 'replaces', 'funding', 'file'];
/** How many times better another source's list must match than the top source's own to lead instead. */
const OWN_LIST_MARGIN = 3;
/** How many sentences past the lead the answer may reach, within the lead's clause, for what is asked. */
const MAX_REACH = 6;

/** The first later sentence of the lead's clause carrying an asked kind of answer the lead lacks. */
function leadFollowUp(g: Group, lead: Candidate, types: AnswerType[]): Candidate | undefined {
  const missing = types.filter((t) => STATED.includes(t) && !carries(t, lead.text));
  if (lead.pos < 0 || !missing.length) return undefined;
  const clauses = sentenceClauses(g.hit.chunk.text);
  return g.sentences.find(
    (c) =>
      c.pos > lead.pos && c.pos <= lead.pos + MAX_REACH && clauses[c.pos] === clauses[lead.pos] && missing.some((t) => carries(t, c.text)),
  );
}

/**
 * The lead and the rest of its point at most this long: a point's next sentence often states the rest of what is asked
 * (the longer deadline of a complex case, the rate after "Chi hỗ trợ cho cán bộ …"), and a phone shows this much.
 */
const MAX_POINT_CHARS = 360;

/** The sentence after the lead in the same point or paragraph (not a new entry), when both together are short. */
export function pointRest(g: Group, lead: Candidate): Candidate | undefined {
  if (lead.pos < 0) return undefined;
  const next = g.sentences.find((c) => c.pos === lead.pos + 1);
  if (!next || lead.text.trimEnd().endsWith(':') || lead.text.length + next.text.length > MAX_POINT_CHARS) return undefined;
  const clauses = sentenceClauses(g.hit.chunk.text);
  const newEntry = sentenceLines(g.hit.chunk.text)[next.pos]?.marker !== undefined || LIST_ITEM.test(next.text);
  return clauses[next.pos] === clauses[lead.pos] && !newEntry ? next : undefined;
}

/** The article's title without its number or excerpt note ("Điều 32. Căn cứ … (trích khoản 1)" → "căn cứ …"). */
function articleTitle(g: Group): string | undefined {
  const head = g.hit.chunk.path.find((p) => ARTICLE.test(p));
  return head
    ?.replace(/^Điều\s+\d+[a-z]?\s*[.:]?\s*/u, '')
    .replace(/\s*\(trích[^)]*\)\s*$/u, '')
    .toLowerCase();
}

/**
 * A list of a text in force whose article bears the same title as the chosen list's, when that one is from a replaced
 * text or one that details a replaced law: the same list as it stands today comes first ("Căn cứ để xác định nạn
 * nhân" in the 2024 law before the 2012 decree).
 */
function currentTwin(list: Scored, lists: Scored[]) {
  const title = articleTitle(list.g);
  if (!title || !validityBadge(list.g.hit.doc)) return undefined;
  return lists.find(({ g }) => g.hit.doc !== list.g.hit.doc && !validityBadge(g.hit.doc) && articleTitle(g) === title);
}

/**
 * Of two articles on the same topic, one titled as asked ("Quyền và nghĩa vụ của nạn nhân") and one whose title goes
 * on to a further subject or qualifier ("… của nạn nhân, người thân thích của họ"), the second is the narrower rule (a
 * decree's article on one measure): when the question does not name what it adds, the broader article's list leads.
 */
function broaderTwin(list: Scored, lists: Scored[], profile: QueryProfile | undefined) {
  const title = articleTitle(list.g);
  if (!title || !profile) return undefined;
  return lists.find(({ g }) => {
    const other = articleTitle(g);
    if (!other || g.hit.doc === list.g.hit.doc || !title.startsWith(other) || !/^[\s,;(]/u.test(title.slice(other.length))) return false;
    // Named by a word pair of what it adds ("người thân"), or by its one word.
    const added = sentenceTerms(title.slice(other.length));
    const named = added.bi.size
      ? [...added.bi].some((b) => profile.bi.has(b) || profile.legal?.has(b))
      : [...added.uni].some((u) => profile.uni.has(u));
    return !named;
  });
}

/** A sentence a question's kind singles out leads when it scores at least this share of the best sentence. */
const NEAR_TOP_SHARE = 0.5;

/** The first sentence of the pool meeting `pred` that scores near the best one, if any. */
function nearTop(pool: Scored[], pred: (c: Scored) => boolean): Scored | undefined {
  const top = pool[0];
  return top && pool.find((c) => c.s.score >= NEAR_TOP_SHARE * top.s.score && pred(c));
}

/**
 * A question asking who does an act a text has an article on the competence for ("Điều 5. Thẩm quyền cấp, cấp lại …
 * Giấy phép thành lập …") is answered by that article's sentence, which names the body ("Chủ tịch Ủy ban nhân dân
 * tỉnh …"), rather than by a shorter one sharing as many of its words ("Bộ … quy định mẫu Giấy phép thành lập …").
 */
function competentLead(pool: Scored[], types: AnswerType[], profile: QueryProfile | undefined) {
  if (!profile || !types.includes('agency')) return undefined;
  return nearTop(pool, ({ g }) => asksCompetenceOf(g.hit.chunk.path, profile.uni));
}
// A section titled by the money it is on: "IV. Kinh phí thực hiện", "Điều 4. Kinh phí bảo đảm", "Điều 2. Nguồn kinh phí …".
const FUNDING_HEADING = /^(?:Điều\s+\d+[a-z]?\.?|[IVX]+\.|\d{1,2}\.)\s*(?:nguồn\s+)?kinh phí/iu;

/**
 * A question asking where money comes from is answered by the section on funding, which names the source ("Từ nguồn
 * ngân sách các cấp …"), rather than by a body's task sharing more of the question's words ("… bố trí kinh phí để
 * thực hiện").
 */
function fundingLead(pool: Scored[], types: AnswerType[]) {
  if (!types.includes('funding')) return undefined;
  return nearTop(pool, ({ g }) => g.hit.chunk.path.some((h) => FUNDING_HEADING.test(h)));
}

const TIME_UNITS = ['gio', 'ngay', 'tuan', 'thang', 'nam'];
/**
 * A length of time as the documents write it ("24 (hai mươi bốn) giờ", "03 ngày làm việc"), by its folded unit; not a
 * date's day or month ("ngày 11 tháng 01 năm 2013").
 */
const LENGTH_IN: Record<string, RegExp> = Object.fromEntries(
  ['giờ', 'ngày', 'tuần', 'tháng', 'năm'].map((u, i) => [
    TIME_UNITS[i],
    new RegExp(`(?<!(?:ngày|tháng)\\s+)(?<![\\d/])\\d+\\s*(?:\\([^)]{1,20}\\)\\s*)?${u}(?!\\p{L})`, 'iu'),
  ]),
);

/** The unit of time a time question counts in ("mấy giờ", "bao nhiêu ngày"), folded; undefined when it names none. */
function askedTimeUnit(types: AnswerType[], profile: QueryProfile | undefined): string | undefined {
  if (!types.includes('time')) return undefined;
  return TIME_UNITS.find((u) => profile?.bi.has(`may ${u}`) || profile?.bi.has(`nhieu ${u}`));
}

/**
 * A question counting a time limit in one unit ("trong vòng mấy giờ") is answered by the sentence stating a limit in
 * that unit, when the best sentence states its limit in another ("… 03 ngày") and the other scores near it.
 */
function unitLead(pool: Scored[], unit: string | undefined) {
  const top = pool[0];
  const statesOther = (text: string) => TIME_UNITS.some((u) => u !== unit && LENGTH_IN[u].test(text));
  if (!top || !unit || LENGTH_IN[unit].test(top.s.text) || !statesOther(top.s.text)) return undefined;
  return nearTop(pool, ({ s }) => s.pos >= 0 && LENGTH_IN[unit].test(s.text));
}

/** Today's rule leads when its sentence scores at least this share of the best sentence of an older text. */
const TODAY_LEAD_SHARE = 0.5;

// A list entry naming a topic ("g) Hỗ trợ tâm lý;") is no rule on it: how the older text details it is the answer.
const MIN_RULE_WORDS = 8;
const statesARule = (sentence: string) => sentence.split(/\s+/).length >= MIN_RULE_WORDS;

/** A regulation in force: neither replaced nor detailing a replaced law (plans keep their own order). */
const inForceRegulation = (g: Group) => g.hit.doc.kind === 'regulation' && statesTodaysRules(g.hit.doc);

/**
 * The best sentence of a regulation in force among the sources, when the best sentence overall is from a replaced text
 * or one detailing a replaced law: on the same point, what applies today leads ("… chậm nhất là 03 ngày phải chủ trì,
 * phối hợp với Công an cấp tỉnh xác minh thông tin ban đầu") and the older text's detail follows. It must state every
 * kind of answer the older sentence states (a time limit, an amount) and score near it.
 */
function todaysRuleLead(groups: Group[], best: Scored, types: AnswerType[], whether: boolean) {
  if (best.g.hit.doc.kind !== 'regulation' || statesTodaysRules(best.g.hit.doc)) return undefined;
  const stated = types.filter((t) => carries(t, best.s.text));
  // Asked whether a thing is granted or forbidden, today's list entry naming it is the answer.
  const rules = (text: string) => statesARule(text) || (whether && POINT.test(text));
  for (const g of groups) {
    if (!inForceRegulation(g)) continue;
    const s = g.sentences
      .filter((c) => c.pos >= 0 && rules(c.text) && c.score >= TODAY_LEAD_SHARE * best.s.score && stated.every((t) => carries(t, c.text)))
      .sort((a, b) => b.score - a.score)[0];
    if (s) return { g, s };
  }
  return undefined;
}

/**
 * The sentence of the lead's passage that best matches what the passage's headings do not already say, if it states
 * every asked kind of answer the lead states. Under "Điều 23. Hỗ trợ học văn hóa, học nghề › 3. Thủ tục …", a question
 * on who appraises the file within how many days is answered by the sentence naming the appraisal, not by the one
 * repeating the heading's words with another deadline.
 */
function sharperLead(g: Group, lead: Candidate, types: AnswerType[], unit?: string): Candidate {
  if (lead.pos < 0) return lead;
  const stated = types.filter((t) => carries(t, lead.text));
  // A limit in the unit asked is kept: another sentence's limit in days is no answer to how many months.
  const inUnit = unit !== undefined && LENGTH_IN[unit].test(lead.text);
  let best = lead;
  for (const c of g.sentences) {
    if (c.pos < 0 || c.score <= 0 || (c.focus ?? 0) <= (best.focus ?? 0)) continue;
    if (stated.every((t) => carries(t, c.text)) && (!inUnit || LENGTH_IN[unit].test(c.text))) best = c;
  }
  return best;
}

// A list of the cases a rule applies in ("… thu hồi Giấy phép thành lập … trong các trường hợp sau đây:") states its
// exceptions, not how a thing is done: a question asking how ("muốn mở cơ sở … thì làm thế nào"), naming no case, is
// answered by another list (folded word pairs).
const CASES_LIST = /(?:các|những) trường hợp (?:sau|dưới)/iu;
const HOW_ASKED = ['the nao', 'ra sao', 'lam sao', 'thi sao', 'lam gi', 'thu tuc'];
const CASE_ASKED = 'truong hop';

/** Whether a list the question's words could lead with answers it: not a list of cases for a question asking how. */
function answersHow(s: Candidate, profile: QueryProfile | undefined): boolean {
  if (!profile || !CASES_LIST.test(s.text) || profile.bi.has(CASE_ASKED)) return true;
  return !HOW_ASKED.some((pair) => profile.bi.has(pair));
}

/** The list a passage that is one lettered point belongs to, as its document and the point's parent headings. */
function pointList(g: Group): string | undefined {
  const path = g.hit.chunk.path;
  return POINT.test(path.at(-1) ?? '') ? [g.hit.chunk.docId, ...path.slice(0, -1)].join('\u0000') : undefined;
}

/**
 * A question asking nothing precise, answered by points of a list: the other points of that list the ranker found are
 * quoted too, however few of the question's words they share, and so are those of a list of which it found several.
 * A list's points each name one facet ("b) Ưu tiên dạy nghề, giải quyết việc làm …" beside "d) … vay vốn …"), in the
 * plan's words rather than the question's.
 */
function withSiblingPoints(groups: Group[], chosen: Map<Group, Set<number>>, count: number): void {
  const found = groups.map(pointList);
  const lists = new Set([...chosen.keys()].map(pointList).filter((l) => l !== undefined));
  for (const l of found) if (l !== undefined && found.indexOf(l) !== found.lastIndexOf(l)) lists.add(l);
  for (const g of groups) {
    if (count >= MAX_SENTENCES) return;
    const list = pointList(g);
    if (chosen.has(g) || list === undefined || !lists.has(list)) continue;
    const best = g.sentences.filter((s) => s.pos >= 0).sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    chosen.set(g, new Set([best.pos]));
    count++;
  }
}

/**
 * The best sentences overall; the top source always contributes its best sentence. `overview`: the question asks
 * for everything on a topic, so the lead is a list (a clause with its points) rather than one sentence. `listPoints`:
 * the passages are the answer's own, not the detail of a section quoted whole, so points of one list join (withSiblingPoints).
 */
export function chooseSentences(
  groups: Group[],
  types: AnswerType[],
  overview = false,
  {
    olderTextAsked = false,
    whether = false,
    profile,
    listPoints = false,
  }: { olderTextAsked?: boolean; whether?: boolean; profile?: QueryProfile; listPoints?: boolean } = {},
): Selection {
  const pool = groups.flatMap((g) => g.sentences.map((s) => ({ g, s }))).filter((x) => x.s.score > 0);
  pool.sort((a, b) => b.s.score - a.s.score);
  const chosen = new Map<Group, Set<number>>();
  const best0 = groups[0]?.sentences.slice().sort((a, b) => b.score - a.score)[0];
  if (best0) chosen.set(groups[0], new Set([best0.pos]));
  // The ranker already chose the article that lists the answer: its best list, else the best list of any source.
  const lists = overview ? pool.filter(({ g, s }) => introducesList(g, s.pos) && answersHow(s, profile)) : [];
  // Another source's list only when the top source does not itself list the answer inline ("… bao gồm: Vợ, chồng, …").
  const listsInline = best0 !== undefined && best0.pos >= 0 && enumeratedItems(best0.text) > 0;
  // The top source's list yields to another source's that matches the question far better: the ranker's first passage
  // may be a plain clause whose article lists something else ("2. Việc xác định nạn nhân phải dựa vào …" beside "1. Bộ
  // đội Biên phòng … tiếp nhận nạn nhân"), while the next article's clause lists what is asked.
  const own = lists.find(({ g }) => g === groups[0]);
  const outscored = own !== undefined && lists[0].s.score > OWN_LIST_MARGIN * own.s.score;
  const top = own && !outscored ? own : listsInline ? undefined : lists[0];
  const broad = top && (broaderTwin(top, lists, profile) ?? top);
  const list = broad && (currentTwin(broad, lists) ?? broad);
  if (list) chosen.set(list.g, (chosen.get(list.g) ?? new Set()).add(list.s.pos));
  let count = [...chosen.values()].reduce((n, set) => n + set.size, 0);
  for (const { g, s } of pool) {
    if (count >= MAX_SENTENCES || s.score < (pool[0]?.s.score ?? 0) * 0.5) break;
    const set = chosen.get(g) ?? new Set<number>();
    if (set.has(s.pos)) continue;
    set.add(s.pos);
    chosen.set(g, set);
    count++;
  }
  if (list) return { chosen, lead: list };
  if (!pool[0]) return { chosen };
  if (listPoints && types.every((t) => t === 'list')) withSiblingPoints(groups, chosen, count);
  const unit = askedTimeUnit(types, profile);
  const best =
    competentLead(pool, types, profile) ??
    fundingLead(pool, types) ??
    unitLead(pool, unit) ??
    (olderTextAsked ? undefined : todaysRuleLead(groups, pool[0], types, whether)) ??
    pool[0];
  chosen.set(best.g, (chosen.get(best.g) ?? new Set()).add(best.s.pos));
  const g = best.g;
  const s = sharperLead(g, best.s, types, unit);
  chosen.get(g)?.add(s.pos);
  const then = leadFollowUp(g, s, types);
  // The lead's group is chosen: the lead is the best of the pool, above the cut.
  if (then) chosen.get(g)?.add(then.pos);
  return { chosen, lead: then ? { g, s, then } : { g, s } };
}
