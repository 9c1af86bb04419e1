// The sentences an extractive answer may quote, grouped by source: each hit's sentences plus the clauses
// that introduce lettered points around it, scored against the question, and the choice among them.
import { truncateWords } from '../../knowledge/text.js';
import { listBlockAt } from '../../retrieval/list-block.js';
import { enumeratedItems } from '../../retrieval/overview.js';
import type { Section } from '../../knowledge/types.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import type { Unit } from '../../retrieval/units.js';
import { type AnswerType, carries, typeBoost } from '../../retrieval/question-type.js';
import { type QueryProfile, passageSentences, sentenceClauses, sentenceScore } from './sentences.js';
import { preferOwnClause } from './shared-tail.js';

const MAX_SOURCES = 3;
const MAX_SENTENCES = 4;

export interface Candidate {
  text: string;
  /** Position in the passage; negative for a clause introducing lettered points (Group.intros). */
  pos: number;
  score: number;
}

export interface Group {
  hit: SearchHit;
  rank: number;
  sentences: Candidate[];
  /** Clauses introducing lettered points around the hit; candidate `pos` -1-k is intros[k]. */
  intros: ListIntro[];
}

// A heading that is a clause of its own ("2. Cục Quản lý xuất nhập cảnh trong thời hạn 05 (năm) ngày … có trách nhiệm")
// carries part of the answer for the points under it; a short title ("Điều 19. Chế độ hỗ trợ…") does not.
const CLAUSE_HEADING = /^\d{1,2}(\.\d{1,2})?\.\s+\S.{40,}$/u;
const POINT = /^[a-zđ]\)/u;
const ARTICLE = /^Điều\s+\d+/u;
const LIST_ITEM = /^([a-zđ]\)|\d{1,2}\.|[-–•+])\s/u;
// A legal list is quoted whole (the 2024 law lists ten kinds of support); longer plan lists are cut with a mark.
const MAX_LIST_ITEMS = 12;
const MAX_ITEM_CHARS = 200;
const MAX_GROUP_SECTIONS = 120;
/** A clause is quoted with its points, so it should win only when it matches clearly better than a sentence. */
const INTRO_WEIGHT = 0.8;

interface ListIntro {
  heading: string;
  items: string[];
  /** Heading path of a list block (list-block.ts): what the list's citation names. */
  path?: string[];
}

/**
 * The clauses of the hit's article (or heading group) that introduce lettered points, with those points:
 * "1. Nạn nhân … được hưởng các chế độ hỗ trợ sau đây" + a) … e). A list question is answered by the list,
 * and a point's clause says who must act and by when.
 */
function listIntrosAround(index: KnowledgeIndex, hit: SearchHit): ListIntro[] {
  const sections = index.corpus.sections;
  const unitStart = (hit.chunk as Partial<Unit>).start;
  const start = unitStart !== undefined && unitStart >= 0 ? unitStart : sections.findIndex((x) => x.id === hit.chunk.sectionId);
  if (start < 0) return [];
  const intros = pointIntros(sections, start, hit.chunk);
  const listed: ListIntro[] = [...intros].map(([heading, items]) => ({ heading, items }));
  // The list the hit belongs to (a clause of "Các hành vi bị nghiêm cấm", a dash of "2. Công an tỉnh"), unless
  // it is one of the clauses above.
  const block = listBlockAt(sections, start);
  if (block && !intros.has(block.path.at(-1) ?? '')) {
    listed.push({ heading: block.intro, items: block.items.slice(0, MAX_LIST_ITEMS), path: block.path });
  }
  return listed;
}

/** Clause heading → its lettered points, for the clauses of the hit's article (or heading group). */
function pointIntros(sections: Section[], start: number, chunk: SearchHit['chunk']): Map<string, string[]> {
  const intros = new Map<string, string[]>();
  const article = chunk.path.findIndex((p) => ARTICLE.test(p));
  const depth = article >= 0 ? article + 1 : chunk.path.length - 1;
  if (depth <= 0) return intros;
  const prefix = chunk.path.slice(0, depth);
  const inGroup = (i: number) => sections[i]?.docId === chunk.docId && prefix.every((p, j) => sections[i].path[j] === p);
  let from = start;
  while (from > 0 && start - from < MAX_GROUP_SECTIONS && inGroup(from - 1)) from--;
  for (let i = from; i < from + MAX_GROUP_SECTIONS && inGroup(i); i++) {
    const path = sections[i].path;
    const head = path[path.length - 2];
    if (path.length <= depth + 1 || !CLAUSE_HEADING.test(head) || !POINT.test(path[path.length - 1])) continue;
    const items = intros.get(head) ?? [];
    if (items.length < MAX_LIST_ITEMS) items.push(sections[i].text);
    intros.set(head, items);
  }
  return intros;
}

function candidatesOf(
  index: KnowledgeIndex,
  hit: SearchHit,
  rank: number,
  profile: QueryProfile,
  types: AnswerType[],
  offered: Set<string>,
): Group {
  const score = (text: string, isList = false) =>
    (sentenceScore(text, profile) * typeBoost(types, isList ? `${text}:` : text)) / (1 + 0.35 * rank);
  const sentences = passageSentences(hit.chunk.text).map((text, pos) => ({ text, pos, score: score(text) }));
  preferOwnClause(hit.chunk.text, sentences, score);
  // A clause with its points answers a list question; otherwise only a clause that itself carries what is
  // asked ("trong thời hạn 05 (năm) ngày") is worth quoting. Another hit of the same article may have offered it.
  const asksList = types.includes('list');
  const intros = listIntrosAround(index, hit).filter(
    (intro) => !offered.has(intro.heading) && (asksList || types.some((t) => carries(t, intro.heading))),
  );
  intros.forEach((intro, k) => {
    offered.add(intro.heading);
    sentences.push({ text: intro.heading, pos: -1 - k, score: (asksList ? 1 : INTRO_WEIGHT) * score(intro.heading, asksList) });
  });
  return { hit, rank, sentences, intros };
}

/** A chosen sentence, with the items of the list it introduces. */
export function withListItems(g: Group, pos: number, asksList: boolean): string[] {
  if (pos < 0) {
    // A clause that ends where its points begin: its points, shortened, when the question asks for a list.
    const intro = g.intros[-1 - pos];
    return asksList ? [`${intro.heading}:`, ...intro.items.map((t) => truncateWords(t, MAX_ITEM_CHARS))] : [intro.heading];
  }
  const first = g.sentences.find((s) => s.pos === pos)!.text;
  return [first, ...itemsAfter(g, pos)];
}

/** The list items that follow a sentence ending in ':' (none otherwise). */
function itemsAfter(g: Group, pos: number): string[] {
  const first = g.sentences.find((s) => s.pos === pos)?.text;
  if (!first?.trimEnd().endsWith(':')) return [];
  const items: string[] = [];
  for (const s of g.sentences) {
    if (s.pos <= pos) continue;
    if (!LIST_ITEM.test(s.text) && items.length > 0) break;
    items.push(s.text);
    if (items.length >= MAX_LIST_ITEMS) break;
  }
  return items;
}

/** True when the candidate introduces a list: a clause with its points, or a sentence ending in ':' followed by items. */
export function introducesList(g: Group, pos: number): boolean {
  return pos < 0 ? g.intros[-1 - pos].items.length > 1 : itemsAfter(g, pos).length > 1;
}

/** Only sources whose evidence is close to the best one, one group per section. */
export function sourceGroups(
  index: KnowledgeIndex,
  usable: SearchHit[],
  bestConfidence: number,
  profile: QueryProfile,
  types: AnswerType[],
): Group[] {
  const groups: Group[] = [];
  const seenSections = new Set<string>();
  const offered = new Set<string>();
  usable.forEach((hit, rank) => {
    if (groups.length >= MAX_SOURCES || hit.confidence < bestConfidence * 0.75) return;
    if (seenSections.has(hit.chunk.sectionId)) return;
    seenSections.add(hit.chunk.sectionId);
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
}

/** Kinds of answer a sentence states outright; a list is answered by its items (withListItems). */
const STATED: AnswerType[] = ['amount', 'time', 'count', 'agency', 'papers'];
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
 * The best sentences overall; the top source always contributes its best sentence. `overview`: the question asks
 * for everything on a topic, so the lead is a list (a clause with its points) rather than one sentence.
 */
export function chooseSentences(groups: Group[], types: AnswerType[], overview = false): Selection {
  const pool = groups.flatMap((g) => g.sentences.map((s) => ({ g, s }))).filter((x) => x.s.score > 0);
  pool.sort((a, b) => b.s.score - a.s.score);
  const chosen = new Map<Group, Set<number>>();
  const best0 = groups[0]?.sentences.slice().sort((a, b) => b.score - a.score)[0];
  if (best0) chosen.set(groups[0], new Set([best0.pos]));
  // The ranker already chose the article that lists the answer: its best list, else the best list of any source.
  const lists = overview ? pool.filter(({ g, s }) => introducesList(g, s.pos)) : [];
  // Another source's list only when the top source does not itself list the answer inline ("… bao gồm: Vợ, chồng, …").
  const listsInline = best0 !== undefined && best0.pos >= 0 && enumeratedItems(best0.text) > 0;
  const list = lists.find(({ g }) => g === groups[0]) ?? (listsInline ? undefined : lists[0]);
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
  const { g, s } = pool[0];
  const then = leadFollowUp(g, s, types);
  // The lead's group is chosen: the lead is the best of the pool, above the cut.
  if (then) chosen.get(g)?.add(then.pos);
  return { chosen, lead: then ? { g, s, then } : { g, s } };
}
