// A user whose province is known asks what applies to them: the national text states the entitlement or the duty, and
// the province's plan says who in the province carries it out ("Sở Giáo dục và Đào tạo … thực hiện chế độ miễn giảm
// học phí"). An answer led by a national text also quotes the best sentence of that province's plan among the passages
// that passed the evidence checks, so the province's own assignment is not left out.
import { carries, type AnswerType } from '../../retrieval/question-type.js';
import type { Candidate, Group, Selection } from './groups.js';

/** A plan sentence scoring below this share of the lead's score is too far from the question to be quoted beside it. */
const MIN_SHARE = 0.25;

const bestOf = (g: Group): Candidate | undefined => g.sentences.filter((s) => s.score > 0).sort((a, b) => b.score - a.score)[0];

/** Adds the province's best plan sentence to a selection led by a national text (see the file's comment). */
export function withOwnPlanPoint(selection: Selection, groups: Group[], province: string | null | undefined): void {
  const lead = selection.lead;
  if (!province || !lead || lead.g.hit.doc.kind === 'plan') return;
  if ([...selection.chosen.keys()].some((g) => g.hit.doc.province === province)) return;
  for (const g of groups) {
    if (g.hit.doc.province !== province) continue;
    const best = bestOf(g);
    if (best && best.score >= lead.s.score * MIN_SHARE) selection.chosen.set(g, new Set([best.pos]));
    return;
  }
}

/** A plan sentence scoring at least this share of a national lead's score leads instead when it assigns the task asked. */
const ASSIGNMENT_SHARE = 0.5;
/** How many words of a sentence's opening may name the body it tasks ("Sở Tài chính chủ trì …"). */
const OPENING_WORDS = 8;

/** The body a plan's sentence tasks: the heading it stands under ("1. Sở Lao động - Thương binh và Xã hội") or its opening. */
const namesTaskedBody = (g: Group, s: Candidate) =>
  g.hit.chunk.path.slice(-2).some((h) => carries('agency', `${h} `)) ||
  carries('agency', `${s.text.split(/\s+/).slice(0, OPENING_WORDS).join(' ')} `);

/**
 * Which body does a task in the user's province: when that province's plan assigns the task to one of its bodies and
 * matches the question nearly as well as the national text leading, the assignment leads and the national rule follows.
 */
export function withOwnAssignmentLead(
  selection: Selection,
  groups: Group[],
  province: string | null | undefined,
  types: AnswerType[],
): void {
  const lead = selection.lead;
  if (!province || !lead || lead.g.hit.doc.kind === 'plan' || !types.includes('agency')) return;
  let found: { g: Group; s: Candidate } | undefined;
  for (const g of groups.filter((x) => x.hit.doc.province === province)) {
    const s = bestOf(g);
    if (s && namesTaskedBody(g, s) && s.score > (found?.s.score ?? 0)) found = { g, s };
  }
  if (!found || found.s.score < lead.s.score * ASSIGNMENT_SHARE) return;
  selection.lead = found;
  selection.chosen.set(found.g, (selection.chosen.get(found.g) ?? new Set()).add(found.s.pos));
}
