// Retrieval units. The parser cuts legal texts down to clauses and points (`Điều 28 › 1.`, `› a)`), often
// 100–300 characters each: too small to answer "which documents certify a victim?" on their own. A unit is
// the largest heading subtree (e.g. a whole `Điều`) whose text fits in one passage; larger subtrees are
// split along their children, and a section longer than a passage keeps the parser's own chunks.
import type { Chunk, Corpus, DocMeta, Section } from '../knowledge/types.js';
import { MAX_PASSAGE_CHARS } from '../knowledge/types.js';

/** Text budget of a unit, leaving room for the heading line within MAX_PASSAGE_CHARS. */
export const DEFAULT_UNIT_CHARS = 800;

export interface Unit extends Chunk {
  /** Index in corpus.sections of the unit's first section. */
  start: number;
  /** Number of consecutive sections the unit covers. */
  count: number;
  /**
   * Lead-ins of the clauses above the unit that another unit holds ("3. Trường hợp … thì xem xét các căn cứ sau để
   * xác nhận họ là nạn nhân" over its points d), đ)): what the unit's points complete. In the passage's heading line.
   */
  leads?: string[];
}

/** A lead-in longer than this is cut at a word: the heading line says what the points complete, it does not quote it. */
const MAX_LEAD_CHARS = 300;
/** How much of a long lead-in's opening is kept; the rest of MAX_LEAD_CHARS is its end. */
const LEAD_HEAD_CHARS = 100;
/** A clause's own text this short, on one line, is its title ("4. Thẩm quyền ra quyết định áp dụng biện pháp bảo vệ."). */
const MAX_TITLE_TEXT_CHARS = 200;

/** A heading that is only a clause or point marker ("4.", "b)"): its text, when one short line, is its title. */
const BARE_MARKER = /^(\d{1,2}(\.\d{1,2})*\.|[a-zđ]\))$/u;
const LEADING_MARKER = /^(\d{1,2}(\.\d{1,2})*\.|[a-zđ]\))\s+/u;

/**
 * What a heading's own text says its points complete: its last line when it ends with a colon, or, under a bare
 * marker, a one-line title.
 */
export function leadInOf(heading: string, text: string): string | undefined {
  const lines = text.trim().split('\n');
  // The clause's marker ("3.") is its heading already.
  const last = (lines.at(-1) ?? '').trim().replace(LEADING_MARKER, '');
  let lead: string | undefined;
  // The sentence ending with the colon introduces the points, not the ones before it on that line.
  if (last.endsWith(':')) lead = (last.match(/[^.!?]+:$/u)?.[0] ?? last).trim().replace(/\s*:$/, '');
  else if (BARE_MARKER.test(heading) && lines.length === 1 && last.length <= MAX_TITLE_TEXT_CHARS) lead = last.replace(/\s*\.$/, '');
  return lead ? shortened(lead) : undefined;
}

/** A long lead-in keeps its opening (the case) and its end (what the points complete), cut at words. */
function shortened(lead: string): string {
  if (lead.length <= MAX_LEAD_CHARS) return lead;
  const head = lead.slice(0, LEAD_HEAD_CHARS);
  const tail = lead.slice(lead.length - (MAX_LEAD_CHARS - LEAD_HEAD_CHARS));
  return `${head.slice(0, head.lastIndexOf(' '))} … ${tail.slice(tail.indexOf(' ') + 1)}`;
}

/** The heading line with each lead-in after the heading it belongs to, in place of a bare marker it repeats ("3."). */
function headingWithLeads(doc: DocMeta | undefined, path: string[], leads: Map<number, string>): string {
  const parts = path.map((h, d) => {
    const lead = leads.get(d);
    if (!lead) return h;
    return BARE_MARKER.test(h) ? `${h} ${lead}` : `${h} › ${lead}`;
  });
  return headingLine(doc, parts);
}

export function headingLine(doc: DocMeta | undefined, path: string[]): string {
  return [doc?.shortName ?? '', ...path].filter(Boolean).join(' › ');
}

const startsWith = (path: string[], prefix: string[]) => prefix.every((p, i) => path[i] === p);

/** Range [start, end) of consecutive sections of `docId` under `path`, beginning at `start`. */
export function subtreeEnd(sections: Section[], start: number, path: string[]): number {
  const docId = sections[start].docId;
  let end = start;
  while (end < sections.length && sections[end].docId === docId && startsWith(sections[end].path, path)) end++;
  return end;
}

/** Body of sections [start, end) under `path`: sub-headings that the texts do not already repeat, then texts. */
export function subtreeText(sections: Section[], start: number, end: number, path: string[]): string {
  const lines: string[] = [];
  let prev: string[] = path;
  for (let i = start; i < end; i++) {
    const s = sections[i];
    const text = s.text.trim();
    for (let d = path.length; d < s.path.length; d++) {
      if (prev[d] === s.path[d] && startsWith(prev, s.path.slice(0, d + 1))) continue;
      const h = s.path[d];
      // Markers like `1.` or `a)` are usually repeated at the start of the text itself.
      if (d === s.path.length - 1 && text.startsWith(h)) continue;
      lines.push(h);
    }
    if (text) lines.push(text);
    prev = s.path;
  }
  return lines.join('\n');
}

/** docId and heading path → index of the first section with exactly that path (the heading's own text). */
function ownTextIndex(sections: Section[]): Map<string, number> {
  const out = new Map<string, number>();
  sections.forEach((s, i) => {
    const key = [s.docId, ...s.path].join('\u0000');
    if (!out.has(key)) out.set(key, i);
  });
  return out;
}

/**
 * Lead-ins (by depth in `path`) of the headings above a unit beginning at section `start` whose own text lies before
 * it, in another unit: a clause split along its points leaves its opening with the first of them only.
 */
function leadsAbove(sections: Section[], own: Map<string, number>, start: number, path: string[]): Map<number, string> {
  const leads = new Map<number, string>();
  const first = sections[start];
  const depth = Math.min(path.length, first.path.length - 1);
  for (let d = 0; d < depth; d++) {
    const j = own.get([first.docId, ...path.slice(0, d + 1)].join('\u0000'));
    if (j === undefined || j >= start) continue;
    const lead = leadInOf(path[d], sections[j].text);
    if (lead && lead !== path[d]) leads.set(d, lead);
  }
  return leads;
}

export function buildUnits(corpus: Corpus, maxChars = DEFAULT_UNIT_CHARS): Unit[] {
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const sections = corpus.sections;
  const index = new Map(sections.map((s, i) => [s.id, i]));
  const own = ownTextIndex(sections);
  /** The unit with the lead-ins above it in its heading line, when its passage still fits. */
  const withLeads = (u: Unit): Unit => {
    const leads = leadsAbove(sections, own, u.start, u.path);
    if (!leads.size) return u;
    const passage = `${headingWithLeads(docs.get(u.docId), u.path, leads)}\n${u.text}`;
    return passage.length <= MAX_PASSAGE_CHARS ? { ...u, passage, leads: [...leads.values()] } : u;
  };
  const chunksBySection = new Map<string, Chunk[]>();
  for (const c of corpus.chunks) {
    let list = chunksBySection.get(c.sectionId);
    if (!list) chunksBySection.set(c.sectionId, (list = []));
    list.push(c);
  }
  const units: Unit[] = [];
  const size = (start: number, end: number) => {
    let n = 0;
    for (let i = start; i < end; i++) n += sections[i].text.length + (sections[i].path.at(-1)?.length ?? 0) + 2;
    return n;
  };
  const emitSection = (i: number) => {
    const s = sections[i];
    for (const c of chunksBySection.get(s.id) ?? []) units.push(withLeads({ ...c, start: i, count: 1 }));
  };
  const emitRange = (start: number, end: number, outer: string[]) => {
    // Cite the most specific heading shared by every section of the range.
    let path = sections[start].path;
    for (let i = start + 1; i < end; i++) {
      let n = 0;
      while (n < path.length && sections[i].path[n] === path[n]) n++;
      path = path.slice(0, n);
    }
    if (path.length < outer.length) path = outer;
    const doc = docs.get(sections[start].docId);
    const text = subtreeText(sections, start, end, path);
    if (!text) return;
    const head = headingLine(doc, path);
    const s0 = sections[start];
    units.push(
      withLeads({
        id: `${s0.id}~u${end - start}`,
        docId: s0.docId,
        sectionId: s0.id,
        path,
        text,
        passage: `${head}\n${text}`.slice(0, MAX_PASSAGE_CHARS),
        start,
        count: end - start,
      }),
    );
  };
  // Splits [start, end), all under `path`, into units.
  const split = (start: number, end: number, path: string[]) => {
    const head = headingLine(docs.get(sections[start].docId), path);
    if (end > start && size(start, end) + head.length + 1 <= maxChars) {
      // A single section keeps the parser's chunk; a subtree becomes one merged unit.
      if (end - start === 1 && sections[start].path.length === path.length) emitSection(start);
      else emitRange(start, end, path);
      return;
    }
    let i = start;
    // Sections exactly at this level (the subtree's own text): a lead-in ("... gồm các biện pháp sau")
    // keeps as many of the following points as fit, so it is never quoted without them.
    const ownEnd = (() => {
      let j = i;
      while (j < end && sections[j].path.length === path.length) j++;
      return j;
    })();
    if (ownEnd > i && ownEnd < end && size(i, ownEnd) + head.length + 1 <= maxChars) {
      let packEnd = ownEnd;
      while (packEnd < end) {
        const cp = sections[packEnd].path.slice(0, path.length + 1);
        const ce = Math.min(subtreeEnd(sections, packEnd, cp), end);
        if (size(i, ce) + head.length + 1 > maxChars) break;
        packEnd = ce;
      }
      emitRange(i, packEnd, path);
      i = packEnd;
    }
    while (i < end && sections[i].path.length === path.length) emitSection(i++);
    while (i < end) {
      const childPath = sections[i].path.slice(0, path.length + 1);
      const childEnd = subtreeEnd(sections, i, childPath);
      split(i, Math.min(childEnd, end), childPath);
      i = Math.max(childEnd, i + 1);
    }
  };
  let i = 0;
  while (i < sections.length) {
    let j = i;
    while (j < sections.length && sections[j].docId === sections[i].docId) j++;
    split(i, j, []);
    i = j;
  }
  // Chunks whose section is unknown (should not happen) are kept as they are.
  for (const c of corpus.chunks) if (!index.has(c.sectionId)) units.push({ ...c, start: -1, count: 0 });
  return units;
}
