// Extractive, cited answer: the few most relevant sentences of the best sections, grouped by source.
// Abstains (pointing to hotlines) when the lexical evidence is too weak; never throws.
import type { ContactsDirectory } from '../knowledge/contacts.js';
import type { KnowledgeIndex, SearchHit } from '../retrieval/types.js';
import { normalizeText } from '../retrieval/text.js';
import { subtreeEnd, subtreeText, type Unit } from '../retrieval/units.js';
import type { AnswerResult, Button, Citation } from './types.js';
import { citationLabel } from '../knowledge/cite.js';
import { passageSentences, queryProfile, sentenceScore } from './answer/sentences.js';
import { decodePayload, encodePayload } from './payload.js';
import { checkInput } from './ask/input.js';
import { notCovered, whereToAsk } from './ask/not-covered.js';
import { mentionsSubject } from './ask/scope.js';

/** Below this share of the question's weighted syllables found in the best passage, we abstain. */
export const MIN_CONFIDENCE = 0.2;
/** A question that uses none of the documents' subject terms needs this much coverage to be answered. */
export const OFF_SUBJECT_CONFIDENCE = 0.5;
/** Below this, the answer says it is unsure. */
export const SURE_CONFIDENCE = 0.3;
const MAX_SOURCES = 3;
const MAX_SENTENCES = 4;
const MAX_SENTENCE_CHARS = 450;

function abstain(text: string): AnswerResult {
  return { kind: 'abstain', text, citations: [] };
}


/** Button payload for a hit's full text: the section's position and heading depth. */
function fullKey(index: KnowledgeIndex, hit: SearchHit): string | undefined {
  const start = (hit.chunk as Partial<Unit>).start;
  const i = start !== undefined && start >= 0 ? start : index.corpus.sections.findIndex((s) => s.id === hit.chunk.sectionId);
  return i < 0 ? undefined : encodePayload({ kind: 'full', section: i, depth: hit.chunk.path.length });
}

interface Group {
  hit: SearchHit;
  rank: number;
  sentences: { text: string; pos: number; score: number }[];
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
    // Only sources whose evidence is close to the best one, one group per section.
    const groups: Group[] = [];
    const seenSections = new Set<string>();
    usable.forEach((hit, rank) => {
      if (groups.length >= MAX_SOURCES || hit.confidence < bestConfidence * 0.75) return;
      if (seenSections.has(hit.chunk.sectionId)) return;
      seenSections.add(hit.chunk.sectionId);
      const sentences = passageSentences(hit.chunk.text).map((text, pos) => ({
        text,
        pos,
        score: sentenceScore(text, profile) / (1 + 0.35 * rank),
      }));
      groups.push({ hit, rank, sentences });
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
    const used = groups.filter((g) => chosen.has(g));
    const citations: Citation[] = [];
    const buttons: Button[] = [];
    const blocks: string[] = [];
    used.forEach((g, i) => {
      const n = i + 1;
      const label = citationLabel(g.hit.doc, g.hit.chunk.path);
      citations.push({ n, label, sectionId: g.hit.chunk.sectionId, docId: g.hit.doc.id });
      const key = fullKey(ctx.index, g.hit);
      if (key) buttons.push({ label: `Xem toàn văn [${n}]`, data: key });
      const picked = [...chosen.get(g)!].sort((a, b) => a - b).map((pos) => {
        const t = g.sentences[pos].text;
        return `«${t.length > MAX_SENTENCE_CHARS ? `${t.slice(0, MAX_SENTENCE_CHARS).replace(/\s+\S*$/, '')} …` : t}»`;
      });
      blocks.push(`[${n}] ${label}\n${picked.join('\n')}`);
    });
    const other = used.filter((g) => g.hit.otherProvince);
    let intro =
      bestConfidence < SURE_CONFIDENCE
        ? 'Tôi chưa chắc chắn đã tìm đúng nội dung, các đoạn sau có thể liên quan:'
        : 'Theo các văn bản hiện có:';
    if (other.length > 0) {
      const names = [...new Set(other.map((g) => g.hit.doc.shortName))].join(', ');
      intro =
        other.length === used.length
          ? `Văn bản của tỉnh bạn chưa có nội dung này. Thông tin dưới đây lấy từ văn bản của tỉnh khác (${names}), chỉ để tham khảo:`
          : `Theo các văn bản hiện có (lưu ý: ${names} là văn bản của tỉnh khác, chỉ để tham khảo):`;
    }
    return {
      kind: 'answer',
      text: `${intro}\n\n${blocks.join('\n\n')}`,
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
  const label = citationLabel(found.doc, path);
  const body = subtreeText(sections, start, end, path) || '(Mục này không có nội dung riêng.)';
  return {
    kind: 'answer',
    text: `[1] ${label}\n\n${body}`,
    citations: [{ n: 1, label, sectionId: section.id, docId: found.doc.id }],
  };
}
