// Validity ranking "on the same point": an expired or replaced text yields to a text in force only when
// that text says much the same thing (e.g. an old circular's amounts and the decree that replaced them) or,
// as the caller decides (index.ts sameAnswer), covers the question's words about as well. Unrelated
// passages keep their order, so an ended provincial plan is not pushed below a national text about
// something else just because of its status.
import { analyze, foldToken, isStopword } from './text.js';

/** Folded content bigrams of a passage body (neither syllable a stopword), the unit of "same point" overlap. */
export function pointTerms(text: string): Set<string> {
  // Straight from the folded syllables: a unit's other term fields are not needed here, and every unit is read once.
  const folded = analyze(text).seq.map(foldToken);
  const out = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) {
    if (!isStopword(folded[i]) && !isStopword(folded[i + 1])) out.add(`${folded[i]} ${folded[i + 1]}`);
  }
  return out;
}

/**
 * The point terms of each passage without those more than `share` of all passages hold: the corpus' subject ("mua
 * bán", "bán người", "nạn nhân") is in nearly every passage and tells no point from another.
 */
export function withoutCommonTerms(points: Set<string>[], share: number): Set<string>[] {
  const counts = new Map<string, number>();
  for (const set of points) for (const t of set) counts.set(t, (counts.get(t) ?? 0) + 1);
  const max = points.length * share;
  return points.map((set) => new Set([...set].filter((t) => (counts.get(t) ?? 0) <= max)));
}

/** |A ∩ B|. */
export function sharedTerms(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n;
}

/** |A ∩ B| / min(|A|, |B|): 1 when one passage is contained in the other. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  return sharedTerms(a, b) / Math.min(a.size, b.size);
}

/**
 * Multiplier per candidate: its validity weight when a candidate of higher validity covers the same point
 * (`samePoint(i, j)`, e.g. overlap ≥ 0.5), else 1. `candidates` is a short list (the ranker's best few dozen).
 */
export function validityMultipliers(
  candidates: number[],
  weight: (i: number) => number,
  samePoint: (i: number, j: number) => boolean,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const i of candidates) {
    const wi = weight(i);
    if (wi >= 1) continue;
    for (const j of candidates) {
      if (weight(j) <= wi || !samePoint(i, j)) continue;
      out.set(i, wi);
      break;
    }
  }
  return out;
}
