// "Kế hoạch … yêu cầu gì khi nạn nhân là trẻ em": what a plan says of one group of victims is in the points that name
// that group ("Trường hợp nạn nhân là trẻ em cần kết nối với các cơ sở cung cấp dịch vụ bảo vệ trẻ em …"), wherever
// they stand in the plan; its sections whose heading the question's words also match ("Yêu cầu", "Kiểm tra") speak
// of everyone. The plan's sections naming the group answer, in the plan's order.
import { foldedWords } from '../../knowledge/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { clauseHit } from './basis.js';
import { asksPlanOnGroup } from './plan-section.js';

/** Folded names of groups of victims, each with the other names the documents give the same group. */
const GROUPS = [
  ['tre em', 'tre nho', 'em be', 'chua thanh nien', 'duoi 18 tuoi'],
  ['phu nu', 'be gai', 'tre em gai'],
];
/** Sections quoted at most. */
const MAX_SECTIONS = 3;

/** The folded names of the group the question asks about, or none. */
function groupAsked(q: string): string[] {
  return GROUPS.find((names) => names.some((n) => q.includes(` ${n} `))) ?? [];
}

/** Whether the folded text names the group as a case of its own ("trường hợp nạn nhân là trẻ em …", "đối với trẻ em"). */
function namesAsCase(text: string, names: string[]): boolean {
  return names.some((n) => new RegExp(` (truong hop|neu|khi|doi voi|rieng)(?: [a-z0-9]+){0,6}? ${n} `).test(text));
}

/**
 * The sections of the plan of the first usable plan hit that name the group of victims the question asks the plan
 * about, those naming it as a case of its own first, then in the plan's order.
 */
export function groupPointHits(index: KnowledgeIndex, question: string, usable: SearchHit[], confidence: number): SearchHit[] {
  if (!asksPlanOnGroup(question)) return [];
  const names = groupAsked(foldedWords(question));
  const plan = usable.find((h) => h.doc.kind === 'plan');
  if (!plan || !names.length) return [];
  const found: { i: number; asCase: boolean }[] = [];
  index.corpus.sections.forEach((s, i) => {
    // The preamble (no heading) cites the texts the plan rests on, not what the plan sets out.
    const text = s.docId === plan.doc.id && s.path.length ? foldedWords(s.text) : '';
    if (names.some((n) => text.includes(` ${n} `))) found.push({ i, asCase: namesAsCase(text, names) });
  });
  found.sort((a, b) => Number(b.asCase) - Number(a.asCase) || a.i - b.i);
  return found
    .slice(0, MAX_SECTIONS)
    .map(({ i }) => clauseHit(index, i, index.corpus.sections[i].path, confidence))
    .filter((h): h is SearchHit => h !== undefined)
    .map((h) => ({ ...h, otherProvince: plan.otherProvince }));
}
