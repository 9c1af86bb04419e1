// A list the parser cut into one section per item ("Điều 3. Các hành vi bị nghiêm cấm" → 1. … 12.; "Điều 7. Các
// biện pháp bảo vệ" → its lead-in, 1. … 8.) is retrieved item by item, and a question asking for the list ("nghiêm cấm
// những hành vi nào") finds whichever item repeats its words most, often one deep in the list. The list is read from
// its beginning: the unit holding the lead-in and the first items answers such a question.
import type { Section } from '../knowledge/types.js';
import { parentBlockAt } from './list-block.js';
import type { Unit } from './units.js';

/**
 * Per unit: the unit holding the beginning of the list block (list-block.ts) it is an item of, its lead-in or else
 * its first item; -1 when it is no item of such a list or holds that beginning itself. Computed once per corpus.
 */
export function listOpenings(units: readonly Unit[], sections: Section[]): Int32Array {
  const unitOf = new Int32Array(sections.length).fill(-1);
  units.forEach((u, i) => {
    for (let s = Math.max(0, u.start); s < u.start + u.count; s++) if (unitOf[s] < 0) unitOf[s] = i;
  });
  return Int32Array.from(units, (u, i) => {
    const block = u.start >= 0 ? parentBlockAt(sections, u.start) : undefined;
    if (!block) return -1;
    // A lead-in without text of its own is held by no unit: the list begins with its first item.
    const opening = unitOf[block.start] >= 0 ? unitOf[block.start] : (unitOf[block.start + 1] ?? -1);
    return opening === i ? -1 : opening;
  });
}
