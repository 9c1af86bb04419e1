// Extractive, cited answer: the few most relevant sentences of the best sections, grouped by source.
// Abstains (pointing to hotlines) when the lexical evidence is too weak; never throws.
import type { ContactsDirectory } from '../knowledge/contacts.js';
import type { KnowledgeIndex, SearchHit } from '../retrieval/types.js';
import { normalizeText } from '../retrieval/text.js';
import { subtreeEnd, subtreeText, type Unit } from '../retrieval/units.js';
import type { AnswerResult, Button, Citation } from './types.js';
import { citationOf } from './answer/cite.js';
import { validitySuffix } from '../knowledge/cite.js';
import { truncateWords } from '../knowledge/text.js';
import { passageSentences, queryProfile, sentenceScore, type QueryProfile } from './answer/sentences.js';
import { answerTypes, carries, typeBoost, type AnswerType } from '../retrieval/question-type.js';
import { decodePayload, encodePayload } from './payload.js';
import { checkInput } from './ask/input.js';
import { notCovered, whereToAsk } from './ask/not-covered.js';
import { mentionsSubject } from './ask/scope.js';

/** Below this share of the question's weighted syllables found in the best passage, we abstain. */
export const MIN_CONFIDENCE = 0.2;
/** A question that uses none of the documents' subject terms needs this much coverage to be answered. */
export const OFF_SUBJECT_CONFIDENCE = 0.5;
/** Below this, the answer says it is unsure. */
export const SURE_CONFIDENCE = 0.25;
const MAX_SOURCES = 3;
const MAX_SENTENCES = 4;
const MAX_SENTENCE_CHARS = 450;
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
  const within = (j: number) =>
    sections[j].docId === sections[i].docId && path.every((p, k) => sections[j].path[k] === p);
  let start = i;
  while (start > 0 && within(start - 1)) start--;
  return start;
}

interface Candidate {
  text: string;
  /** Position in the passage; negative for a clause introducing lettered points (Group.intros). */
  pos: number;
  score: number;
}

interface Group {
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
const MAX_LIST_ITEMS = 8;
const MAX_ITEM_CHARS = 200;
const MAX_GROUP_SECTIONS = 120;
/** A clause is quoted with its points, so it should win only when it matches clearly better than a sentence. */
const INTRO_WEIGHT = 0.8;

interface ListIntro {
  heading: string;
  items: string[];
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
  const article = hit.chunk.path.findIndex((p) => ARTICLE.test(p));
  const depth = article >= 0 ? article + 1 : hit.chunk.path.length - 1;
  if (start < 0 || depth <= 0) return [];
  const prefix = hit.chunk.path.slice(0, depth);
  const inGroup = (i: number) => sections[i]?.docId === hit.chunk.docId && prefix.every((p, j) => sections[i].path[j] === p);
  let from = start;
  while (from > 0 && start - from < MAX_GROUP_SECTIONS && inGroup(from - 1)) from--;
  const intros = new Map<string, string[]>();
  for (let i = from; i < from + MAX_GROUP_SECTIONS && inGroup(i); i++) {
    const path = sections[i].path;
    const head = path[path.length - 2];
    if (path.length <= depth + 1 || !CLAUSE_HEADING.test(head) || !POINT.test(path[path.length - 1])) continue;
    const items = intros.get(head) ?? [];
    if (items.length < MAX_LIST_ITEMS) items.push(sections[i].text);
    intros.set(head, items);
  }
  return [...intros].map(([heading, items]) => ({ heading, items }));
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

/**
 * The part of a long sentence that answers: the clause with the most question terms (and the asked kind of
 * answer), widened by its neighbours up to `max` characters, so a quote is never cut before its fact.
 */
export function excerptOf(sentence: string, profile: QueryProfile, types: AnswerType[], max: number): string {
  if (sentence.length <= max) return sentence;
  const clauses = sentence.split(/(?<=[,;:])\s+/);
  const score = (c: string) => sentenceScore(c, profile) * typeBoost(types, c);
  let best = 0;
  clauses.forEach((c, i) => {
    if (score(c) > score(clauses[best])) best = i;
  });
  let from = best;
  let to = best + 1;
  let length = clauses[best].length;
  for (let grew = true; grew; ) {
    grew = false;
    if (to < clauses.length && length + clauses[to].length + 1 <= max) length += clauses[to++].length + 1, (grew = true);
    if (from > 0 && length + clauses[from - 1].length + 1 <= max) length += clauses[--from].length + 1, (grew = true);
  }
  let text = clauses.slice(from, to).join(' ');
  if (text.length > max) text = `${text.slice(0, max).replace(/\s+\S*$/, '')}`;
  return `${from > 0 ? '… ' : ''}${text}${to < clauses.length || text.length < clauses.slice(from, to).join(' ').length ? ' …' : ''}`;
}

/** A chosen sentence, with the items of the list it introduces. */
function withListItems(g: Group, pos: number, asksList: boolean): string[] {
  if (pos < 0) {
    // A clause that ends where its points begin: its points, shortened, when the question asks for a list.
    const intro = g.intros[-1 - pos];
    return asksList ? [`${intro.heading}:`, ...intro.items.map((t) => truncateWords(t, MAX_ITEM_CHARS))] : [intro.heading];
  }
  const first = g.sentences.find((s) => s.pos === pos)!.text;
  if (!first.trimEnd().endsWith(':')) return [first];
  const items: string[] = [];
  for (const s of g.sentences) {
    if (s.pos <= pos) continue;
    if (!LIST_ITEM.test(s.text) && items.length > 0) break;
    items.push(s.text);
    if (items.length >= MAX_LIST_ITEMS) break;
  }
  return [first, ...items];
}

/** `contacts`: the directory of the index's knowledge folder, for the hotlines of an abstention. */
export async function answer(
  question: string,
  ctx: { index: KnowledgeIndex; province?: string | null; contacts?: ContactsDirectory | null },
): Promise<AnswerResult> {
  try {
    const q = normalizeText(typeof question === 'string' ? question : '');
    const bad = checkInput(q);
    if (bad) return abstain(bad);
    const hits = await ctx.index.search(q, { k: 6, province: ctx.province ?? null });
    // Keep only passages with enough evidence; the user's province and national texts win over other provinces.
    const strongest = Math.max(0, ...hits.map((h) => h.confidence));
    const strong = hits.filter((h) => h.confidence >= MIN_CONFIDENCE && h.confidence >= strongest * 0.6);
    const own = strong.filter((h) => !h.otherProvince);
    const usable = own.length ? own : strong;
    const top = usable[0];
    const bestConfidence = Math.max(0, ...usable.map((h) => h.confidence));
    // The nearest passage of an unrelated question is still unrelated: off-subject questions need strong evidence.
    if (!top || (bestConfidence < OFF_SUBJECT_CONFIDENCE && !mentionsSubject(q, ctx.index.corpus))) {
      return notCovered(ctx.contacts ?? null, ctx.province);
    }
    const profile = queryProfile(q);
    const types = answerTypes(q);
    // Only sources whose evidence is close to the best one, one group per section.
    const groups: Group[] = [];
    const seenSections = new Set<string>();
    const offered = new Set<string>();
    usable.forEach((hit, rank) => {
      if (groups.length >= MAX_SOURCES || hit.confidence < bestConfidence * 0.75) return;
      if (seenSections.has(hit.chunk.sectionId)) return;
      seenSections.add(hit.chunk.sectionId);
      groups.push(candidatesOf(ctx.index, hit, rank, profile, types, offered));
    });
    // Pick the best sentences overall; the top source always contributes its best sentence.
    const pool = groups.flatMap((g) => g.sentences.map((s) => ({ g, s }))).filter((x) => x.s.score > 0);
    pool.sort((a, b) => b.s.score - a.s.score);
    const chosen = new Map<Group, Set<number>>();
    const best0 = groups[0]?.sentences.slice().sort((a, b) => b.score - a.score)[0];
    if (best0) chosen.set(groups[0], new Set([best0.pos]));
    let count = chosen.size;
    for (const { g, s } of pool) {
      if (count >= MAX_SENTENCES || s.score < (pool[0]?.s.score ?? 0) * 0.5) break;
      const set = chosen.get(g) ?? new Set<number>();
      if (set.has(s.pos)) continue;
      set.add(s.pos);
      chosen.set(g, set);
      count++;
    }
    const sure = bestConfidence >= SURE_CONFIDENCE;
    // The answer leads with the single sentence that best answers (the amount, the deadline, the agency);
    // its source comes first among the quotes.
    const lead = pool[0];
    const used = groups.filter((g) => chosen.has(g)).sort((a, b) => Number(b === lead?.g) - Number(a === lead?.g));
    const citations: Citation[] = [];
    const buttons: Button[] = [];
    const blocks: string[] = [];
    let leadLine = '';
    used.forEach((g, i) => {
      const n = i + 1;
      const key = fullKey(ctx.index, g.hit);
      if (key) buttons.push({ label: `Xem toàn văn [${n}]`, data: key });
      // Introducing clauses (negative positions) first, then the passage's sentences in their order.
      const positions = [...chosen.get(g)!].sort((a, b) => a - b);
      const quotes: string[] = [];
      for (const pos of positions) {
        const lines = withListItems(g, pos, types.includes('list'));
        const isLead = sure && g === lead?.g && pos === lead.s.pos;
        if (isLead) {
          const short = excerptOf(lines[0], profile, types, MAX_LEAD_CHARS);
          leadLine = `Theo ${g.hit.doc.shortName}${validitySuffix(g.hit.doc)} [${n}]: «${short}»`;
          // The lead already says it; the quote keeps only what it adds (the list, the rest of a long sentence).
          if (lines.length === 1 && short === lines[0]) continue;
        }
        quotes.push(`«${lines.map((l) => excerptOf(l, profile, types, MAX_SENTENCE_CHARS)).join('\n')}»`);
      }
      const c = citationOf(n, g.hit.doc, g.hit.chunk.path, g.hit.chunk.sectionId, {
        quotes: quotes.map((q) => q.slice(1, -1)),
        fullData: key,
        otherProvince: g.hit.otherProvince,
      });
      citations.push(c);
      blocks.push(`[${n}] ${c.label}${quotes.length ? `\n${quotes.join('\n')}` : ''}`);
    });
    const other = used.filter((g) => g.hit.otherProvince);
    let intro = sure ? leadLine || 'Theo các văn bản hiện có:' : 'Tôi chưa chắc chắn đã tìm đúng nội dung, các đoạn sau có thể liên quan:';
    if (other.length > 0) {
      const names = [...new Set(other.map((g) => g.hit.doc.shortName))].join(', ');
      const warning =
        other.length === used.length
          ? `Văn bản của tỉnh bạn chưa có nội dung này. Thông tin dưới đây lấy từ văn bản của tỉnh khác (${names}), chỉ để tham khảo.`
          : `Lưu ý: ${names} là văn bản của tỉnh khác, chỉ để tham khảo.`;
      intro = `${warning}\n\n${intro}`;
    }
    return {
      kind: 'answer',
      text: `${intro}\n\nTrích dẫn:\n${blocks.join('\n\n')}`,
      citations,
      buttons: buttons.length ? [buttons] : undefined,
    };
  } catch {
    return abstain(`Xin lỗi, đã có lỗi khi tìm câu trả lời. Bạn vui lòng thử lại sau.\n\n${whereToAsk(ctx?.contacts ?? null, ctx?.province)}`);
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
