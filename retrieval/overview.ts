// Overview questions ("nạn nhân được hỗ trợ những gì", "xã có nhiệm vụ gì") ask for everything on a topic. A
// legal text states that in one place: an article whose title names the topic ("Điều 37. Đối tượng và chế độ
// hỗ trợ") and whose clause enumerates the items (a) … k)). For such a question the ranker prefers units whose
// headings cover the question's words and that enumerate, and, unless the question is scoped to a province,
// the national texts that define the list over a province's plan that applies it.
import type { DocMeta } from '../knowledge/types.js';
import type { Unit } from './units.js';

export interface OverviewWeights {
  /** Multiplier at full heading coverage (1 + this × the share of the question's words in the unit's headings). */
  heading: number;
  /** Added to the multiplier per item a unit enumerates (lettered points or dashes, up to MAX_ITEMS): a catalogue lists many. */
  perItem: number;
  /** Multiplier for a province's plan when the question is not scoped to a province. */
  unscopedPlan: number;
}

export const DEFAULT_OVERVIEW: OverviewWeights = { heading: 1, perItem: 0.05, unscopedPlan: 0.5 };

// Numbered clauses are how every article is written; lettered points and dashes enumerate the items of one clause.
const LIST_ITEM = /^([a-zđ]\)|[-–•+])\s/u;
const MIN_ITEMS = 3;
const MAX_ITEMS = 10;

/** How many items the unit's text enumerates (0 below MIN_ITEMS, at most MAX_ITEMS). */
export function enumeratedItems(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (LIST_ITEM.test(line.trim()) && ++n >= MAX_ITEMS) break;
  return n >= MIN_ITEMS ? n : 0;
}

export interface OverviewPrior {
  /** Score multiplier of unit i for an overview question; `headShare` is its heading coverage, `scoped` whether a province scopes it. */
  multiplier(i: number, headShare: number, scoped: boolean): number;
}

/** Which units enumerate and which are plans is a fixed property of the corpus: computed once. */
export function createOverviewPrior(units: Unit[], docs: Map<string, DocMeta>, w: OverviewWeights): OverviewPrior {
  const items = units.map((u) => enumeratedItems(u.text));
  const plan = units.map((u) => docs.get(u.docId)?.kind === 'plan');
  return {
    multiplier: (i, headShare, scoped) =>
      (1 + w.heading * headShare) * (1 + w.perItem * items[i]) * (plan[i] && !scoped ? w.unscopedPlan : 1),
  };
}
