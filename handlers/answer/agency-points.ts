// A plan may set out its work by topic ("4. Tiếp nhận thông tin …", "5. Bảo vệ an toàn …", "6. Hỗ trợ nhu cầu thiết
// yếu …") and give each agency one dash in each topic ("- Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện hỗ trợ …"): no
// heading of its own holds that agency's duties. A question asking what the agency does is then answered by its dashes
// gathered from every topic of the plan, each cited to its own section, not by the one dash the ranker put first.
import { citationLabel, documentLabel, validitySuffix } from '../../knowledge/cite.js';
import type { DocMeta, Section } from '../../knowledge/types.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { elidedQuote, foldedWords } from '../../knowledge/text.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { actsIn, bodyAsked } from '../ask/lead.js';
import type { AnswerResult, Citation } from '../types.js';
import { citationOf } from './cite.js';

const DASH = /^[-–•+]\s+/u;
const HEADING_MARKER = /^(?:[IVX]+|\d{1,2})\.\s*/u;
// What a body is asked to do, as a whole: "có trách nhiệm gì", "nhiệm vụ nào", "phải làm gì", "làm những việc gì".
const ASKS_DUTIES = / (?:(?:trach nhiem|nhiem vu) (?:gi|nao)|lam (?:nhung |cac )?(?:viec |cong viec )?gi) /;
/** The words of a dash that name who does it: an agency named further on is only whom it works with or trains. */
const SUBJECT_WORDS = 12;
/** An agency found in fewer of the plan's sections than this has its duties where the ranker found them. */
const MIN_SECTIONS = 2;
const MAX_POINTS = 8;
/** A dash is quoted up to this long, cut at a word: a phone shows the list whole. */
const MAX_POINT_CHARS = 320;

const shortened = (text: string) => elidedQuote(text, MAX_POINT_CHARS);

export interface AgencyPoint {
  /** Index of the section in the corpus. */
  section: number;
  text: string;
}

/** Whether a dash opens with the body as the one acting ("- Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo …"). */
function opensWith(body: string, dash: string): boolean {
  const subject = dash.replace(DASH, '').split(/\s+/).slice(0, SUBJECT_WORDS).join(' ');
  return actsIn(body, subject);
}

/** Whether a heading of the document opens with the body ("3. Bộ Chỉ huy Bộ đội Biên phòng tỉnh"): its duties have a section of their own. */
function headsASection(sections: Section[], docId: string, body: string): boolean {
  return sections.some(
    (s) => s.docId === docId && s.path.length > 0 && opensWith(body, s.path[s.path.length - 1].replace(HEADING_MARKER, '')),
  );
}

/** The dashes of a document that open with the body, in the document's order. */
export function agencyDashes(sections: Section[], docId: string, body: string): AgencyPoint[] {
  const points: AgencyPoint[] = [];
  sections.forEach((s, i) => {
    if (s.docId !== docId) return;
    for (const line of s.text.split('\n'))
      if (DASH.test(line.trim()) && opensWith(body, line.trim())) points.push({ section: i, text: line.trim() });
  });
  return points;
}

/**
 * The body's dashes across the plan of the top passage, when the question asks what a body does and they stand in
 * several sections of a plan that gives the body no heading of its own (another province's plan is left to the
 * answer that says whose it is).
 */
export function agencyPointsOf(index: KnowledgeIndex, question: string, top: SearchHit | undefined): AgencyPoint[] | undefined {
  const body = bodyAsked(question);
  if (
    !body ||
    !ASKS_DUTIES.test(foldedWords(question)) ||
    answerTypes(question).some((t) => t !== 'list') ||
    !top ||
    top.doc.kind !== 'plan' ||
    top.otherProvince
  )
    return undefined;
  const points = topicDashes(index.corpus.sections, top.doc.id, body);
  return points && new Set(points.map((p) => p.section)).size >= MIN_SECTIONS ? points.slice(0, MAX_POINTS) : undefined;
}

// A body's dashes in a plan are a fixed property of the corpus: read once per plan and body.
const dashesCache = new WeakMap<Section[], Map<string, AgencyPoint[] | null>>();

/** The body's dashes in the plan, or null when the plan gives the body a heading of its own. */
function topicDashes(sections: Section[], docId: string, body: string): AgencyPoint[] | null {
  let byBody = dashesCache.get(sections);
  if (!byBody) dashesCache.set(sections, (byBody = new Map()));
  const key = `${docId}\u0000${body}`;
  let points = byBody.get(key);
  if (points === undefined) {
    points = headsASection(sections, docId, body) ? null : agencyDashes(sections, docId, body);
    byBody.set(key, points);
  }
  return points;
}

/**
 * The body's dashes in the plan of the user's province, even when a national text ranks first: asked in a province,
 * what a body does there is first what the province's plan gives it.
 */
export function ownPlanPoints(
  index: KnowledgeIndex,
  question: string,
  usable: SearchHit[],
  province: string | null,
): { plan: SearchHit; points: AgencyPoint[] } | undefined {
  if (!province) return undefined;
  const plan = usable.find((h) => h.doc.kind === 'plan' && !h.otherProvince && h.doc.province === province);
  const points = plan && agencyPointsOf(index, question, plan);
  return plan && points ? { plan, points } : undefined;
}

/** A national source quoted after a plan's points: an article of the text on the body, by its title or a line of it. */
export interface FurtherSource {
  doc: DocMeta;
  path: string[];
  sectionId: string;
  quote?: string;
}

/** The heading a further source is named by: its article's title ("Điều 9. Bảo vệ nạn nhân …") or its last heading. */
const sourceTitle = (path: string[]) => path.find((h) => /^Điều\s+\d/u.test(h)) ?? path[path.length - 1] ?? '';

/**
 * The answer: the body's dashes, each with the number of its section, and one citation per section; then the
 * national rule (`further`), each source numbered after the plan's.
 */
export function agencyAnswer(index: KnowledgeIndex, doc: DocMeta, points: AgencyPoint[], further: FurtherSource[] = []): AnswerResult {
  const sections = index.corpus.sections;
  const order = [...new Set(points.map((p) => p.section))];
  const citations: Citation[] = order.map((i, k) => citationOf(k + 1, doc, sections[i].path, sections[i].id));
  const lines = points.map((p) => `«${shortened(p.text.replace(DASH, '- '))}» [${order.indexOf(p.section) + 1}]`);
  const blocks = order.map((i, k) => `[${k + 1}] ${citationLabel(doc, sections[i].path)}`);
  let lead = `Theo ${documentLabel(doc)}${validitySuffix(doc)}:\n${lines.join('\n')}`;
  if (further.length) {
    const first = order.length + 1;
    const national = further.map((f, k) => `- ${sourceTitle(f.path)} [${first + k}]${f.quote ? `: «${shortened(f.quote)}»` : ''}`);
    lead += `\n\nQuy định chung, theo ${documentLabel(further[0].doc)}${validitySuffix(further[0].doc)}:\n${national.join('\n')}`;
    further.forEach((f, k) => {
      citations.push(citationOf(first + k, f.doc, f.path, f.sectionId));
      blocks.push(`[${first + k}] ${citationLabel(f.doc, f.path)}`);
    });
  }
  return { kind: 'answer', text: `${lead}\n\nTrích dẫn:\n${blocks.join('\n')}`, citations };
}
