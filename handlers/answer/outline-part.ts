// A coordination plan sets out its work as an outline of topics ("4. Tiếp nhận thông tin …", "5. Bảo vệ an toàn …",
// "6. Hỗ trợ nhu cầu thiết yếu …"), each a list of the bodies' dashes. Asked how the bodies work together on one
// topic ("các đơn vị phối hợp thế nào để bảo vệ nạn nhân"), the answer is that topic's part, not the outline's list of
// headings nor a part that names the topic in passing ("8. Thống kê, báo cáo về tiếp nhận, bảo vệ …"): the part
// whose heading opens with the topic's words.
import { foldedWords } from '../../knowledge/text.js';
import { analyze, foldToken } from '../../retrieval/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { hitStart } from './groups.js';
import { bodyAsked } from '../ask/lead.js';
import { clauseHit } from './basis.js';

// "Các cơ quan trong tỉnh phối hợp thế nào để tiếp nhận …", "các sở ngành làm gì khi …": how the bodies together act on a
// topic, which a plan states as one dash per body under the topic's heading; the whole list answers, not one body's dash.
const ASKS_BODIES_TOGETHER =
  / (?:cac|nhung) (?:co quan|nganh|so nganh|don vi|ben|luc luong)(?: \w+){0,4}? (?:phoi hop|lam|thuc hien)(?: \w+){0,2}? (?:nhu )?(?:the nao|ra sao|gi) /;

/** Whether the question asks how the bodies together act on a topic (ASKS_BODIES_TOGETHER). */
export const asksBodiesTogether = (question: string) => ASKS_BODIES_TOGETHER.test(foldedWords(question));

/** A numbered part's heading: "4. Tiếp nhận …", "9.1. …". */
const NUMBERED = /^\d{1,2}(?:\.\d{1,2})*\.\s*/u;
/** Words before a topic that name none ("Công tác tiếp nhận, xác minh …", "Các hình thức …"). */
const NO_TOPIC = /^(?:cong tac|cac|nhung) /;
/** Sections read on each side of the hit for its outline's parts: a plan's outline is far shorter. */
const MAX_OUTLINE_SECTIONS = 200;

/** Folded syllables, abbreviations written out, with a space on each side. */
const spelled = (text: string) => ` ${analyze(text).seq.map(foldToken).join(' ')} `;

/** The first two syllables of a part's title, folded ("tiep nhan" of "4. Tiếp nhận thông tin …"); '' if untitled. */
function topicOf(heading: string): string {
  const words = spelled(heading.replace(NUMBERED, '')).trim().replace(NO_TOPIC, '').split(' ');
  return words.length >= 2 && words[1] ? `${words[0]} ${words[1]}` : '';
}

/**
 * The part of the top plan passage's outline whose heading opens with the topic the question names, as a hit cited by
 * that part, when the question asks how the bodies together act and exactly one part opens so; undefined when the
 * passage is that part already.
 */
export function namedOutlinePart(index: KnowledgeIndex, question: string, usable: SearchHit[]): SearchHit | undefined {
  const top = usable[0];
  // A body the question names is asked its own duties, which its own heading or dashes state (agency-points.ts).
  if (top?.doc.kind !== 'plan' || bodyAsked(question) || !asksBodiesTogether(question)) return undefined;
  const start = hitStart(index, top);
  const k = top.chunk.path.findLastIndex((h) => NUMBERED.test(h));
  if (start < 0 || k < 1) return undefined;
  const outline = top.chunk.path.slice(0, k);
  const sections = index.corpus.sections;
  const inOutline = (i: number) =>
    sections[i]?.docId === top.doc.id && sections[i].path.length > k && outline.every((h, j) => sections[i].path[j] === h);
  // A part titled by the outline's own subject ("1. Mục tiêu" under "II. Mục tiêu") is no narrower topic.
  const own = spelled(outline[k - 1]);
  const asked = spelled(question);
  const parts = new Map<string, number>();
  for (let i = Math.max(0, start - MAX_OUTLINE_SECTIONS); i < Math.min(sections.length, start + MAX_OUTLINE_SECTIONS); i++) {
    if (!inOutline(i) || parts.has(sections[i].path[k])) continue;
    const topic = topicOf(sections[i].path[k]);
    parts.set(sections[i].path[k], topic && asked.includes(` ${topic} `) && !own.includes(` ${topic} `) ? i : -1);
  }
  const named = [...parts].filter(([, i]) => i >= 0);
  if (named.length !== 1 || named[0][0] === top.chunk.path[k]) return undefined;
  const [heading, from] = named[0];
  return clauseHit(index, from, [...outline, heading], top.confidence, false);
}
