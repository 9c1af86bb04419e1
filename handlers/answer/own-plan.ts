// A user whose province is known asks what applies to them: the national text states the entitlement or the duty, and
// the province's plan says who in the province carries it out ("Sở Giáo dục và Đào tạo … thực hiện chế độ miễn giảm
// học phí"). An answer led by a national text also quotes the best sentence of that province's plan among the passages
// that passed the evidence checks, so the province's own assignment is not left out.
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
