// Today's law first on its point: where a law in force (even one held only as an excerpt) says what a replaced law,
// or a text implementing that replaced law, says on the same point, the passage of today's law comes first and
// answers with at least the other's confidence: it is what applies now, and the older text's details follow it.
import { docsById } from '../knowledge/load.js';
import type { Corpus, DocMeta } from '../knowledge/types.js';
import { foldedWords } from '../knowledge/text.js';
import { namesText, OLDER_TEXT } from './named-text.js';
import { overlap, pointTerms } from './validity-rank.js';
import type { Unit } from './units.js';

/** Two article titles share this much of the shorter one's content bigrams: the same subject in both laws. */
const SAME_TITLE = 0.5;
/**
 * A passage of today's law takes the place of the other one only when it holds at least this share of what that one
 * holds of the question: under one title both laws list many clauses, and the clause on coercing others is no answer
 * to a question on forced labour because the old clause on it shares its words.
 */
const AS_WELL_COVERED = 0.75;
/**
 * Articles of the same title still hold different clauses (an excerpt holds a few): the two passages share at
 * least this much of their text, so the clause on the acts is not taken for the one on the evidence.
 */
const TWIN_BODY = 0.2;

const ARTICLE = /^Điều\s+\d+[a-z]?\s*[.:]?\s*/u;

/** Content bigrams of a unit's article title, without its number or excerpt note; empty outside an article. */
function titleTerms(u: Unit): Set<string> {
  const head = u.path.find((p) => ARTICLE.test(p));
  return head ? pointTerms(head.replace(ARTICLE, '').replace(/\s*\([^)]*\)\s*$/u, '')) : new Set();
}

/** |A ∩ B| / max(|A|, |B|): 1 only when both titles say the same. */
function sameShare(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / Math.max(a.size, b.size);
}

export interface TodayLawHit {
  unit: number;
  score: number;
}

export interface TodayLaw {
  /**
   * The hits (best first) with each passage of today's law moved just before the first passage it replaces on the
   * same point; `floor` maps a passage of today's law to the unit it replaces whose confidence it answers with.
   */
  reorder<H extends TodayLawHit>(
    question: string,
    hits: H[],
    coverage: (unit: number) => number,
  ): { hits: H[]; floor: Map<number, number> };
}

/**
 * The laws in force that replaced another text of the corpus (`đã được thay thế bởi Luật 53/2024/QH15`), and the
 * texts they replace: the replaced law and the texts implementing it (`hướng dẫn Luật 66/2011/QH12, luật này đã
 * được thay thế bởi Luật 53/2024/QH15`).
 */
export function replacements(docs: Map<string, DocMeta>): Map<string, string> {
  const inForce = [...docs.values()].filter((d) => d.status === 'in_force' && d.number);
  const replacedBy = new Map<string, string>();
  for (const d of docs.values()) {
    const note = d.status === 'replaced' ? d.statusNote : d.basisNote;
    const today = note && inForce.find((t) => t.id !== d.id && note.includes(t.number!));
    if (today) replacedBy.set(d.id, today.id);
  }
  return replacedBy;
}

const replacedCache = new WeakMap<Corpus, Map<string, string>>();
/** Replaced text → the text in force replacing it (replacements), once per corpus. */
export function replacedTexts(corpus: Corpus): Map<string, string> {
  let v = replacedCache.get(corpus);
  if (!v) replacedCache.set(corpus, (v = replacements(docsById(corpus))));
  return v;
}

export function createTodayLaw(units: Unit[], docs: Map<string, DocMeta>, samePoint: (i: number, j: number) => boolean): TodayLaw {
  const replacedBy = replacements(docs);
  const todays = new Set(replacedBy.values());
  const titles = new Map<number, Set<string>>();
  const titleOf = (i: number) => {
    let t = titles.get(i);
    if (!t) titles.set(i, (t = titleTerms(units[i])));
    return t;
  };
  const bodies = new Map<number, Set<string>>();
  const bodyOf = (i: number) => {
    let t = bodies.get(i);
    if (!t) bodies.set(i, (t = pointTerms(units[i].text)));
    return t;
  };
  /**
   * Unit t of today's law says what unit s says: the same point (whatever share of the question each holds), or, when
   * t holds about as much of the question, the same article title with much the same text, or a title sharing the subject.
   */
  const replaces = (t: number, s: number, coverage: (unit: number) => number) => {
    if (replacedBy.get(units[s].docId) !== units[t].docId) return false;
    if (samePoint(t, s)) return true;
    if (coverage(t) < coverage(s) * AS_WELL_COVERED) return false;
    if (sameShare(titleOf(t), titleOf(s)) >= SAME_TITLE) return overlap(bodyOf(t), bodyOf(s)) >= TWIN_BODY;
    return overlap(titleOf(t), titleOf(s)) >= SAME_TITLE;
  };
  return {
    reorder(question, hits, coverage) {
      const floor = new Map<number, number>();
      if (!todays.size) return { hits, floor };
      const q = foldedWords(question);
      if (OLDER_TEXT.test(q)) return { hits, floor };
      // A question naming the older text asks what that text says; read once per text, not per pair of hits.
      const namedDocs = new Map<string, boolean>();
      const named = (h: TodayLawHit) => {
        const id = units[h.unit].docId;
        let v = namedDocs.get(id);
        if (v === undefined) {
          const doc = docs.get(id);
          namedDocs.set(id, (v = doc !== undefined && namesText(q, doc)));
        }
        return v;
      };
      const out = hits.slice();
      for (const t of hits) {
        if (!todays.has(units[t.unit].docId)) continue;
        const at = out.indexOf(t);
        const first = out.findIndex((s, i) => i < at && !named(s) && replaces(t.unit, s.unit, coverage));
        if (first < 0) {
          // Already ahead of the passage it replaces: it answers with that passage's confidence all the same.
          const after = out.find((s, i) => i > at && !named(s) && replaces(t.unit, s.unit, coverage));
          if (after && coverage(after.unit) > coverage(t.unit)) floor.set(t.unit, after.unit);
          continue;
        }
        out.splice(at, 1);
        out.splice(first, 0, t);
        floor.set(t.unit, out[first + 1].unit);
      }
      return { hits: out, floor };
    },
  };
}
