// Parallel clauses sharing one predicate: "Sở A chỉ đạo Phòng X; Công an tỉnh chỉ đạo Phòng Y; … Văn phòng UBND
// tỉnh chỉ đạo Phòng Z làm đơn vị đầu mối thực hiện Kế hoạch …". The clauses before the last say only who assigns
// whom; what they are assigned to is written once, at the end of the last clause. A question about one of them
// ("công an tỉnh giao phòng nào làm đầu mối") is answered by its own clause with that shared ending, not by the
// last clause just because it carries the ending.
import { splitSentences } from '../../retrieval/text.js';
import type { Candidate } from './groups.js';

/** A clause of a run longer than this is a sentence of its own, not a part of a shared-predicate list. */
const MAX_PART_CHARS = 160;
/** At least this many `…;` clauses before the closing one. */
const MIN_PARTS = 2;

interface SharedRun {
  /** Positions (in splitSentences of the passage) of the clauses ending in `;`. */
  parts: number[];
  /** Position of the closing clause, which carries the shared ending. */
  last: number;
}

const runsCache = new Map<string, SharedRun[]>();
/** sharedRuns of a passage, cached (passages repeat across questions; every hit's passage is read per question). */
function passageRuns(text: string): SharedRun[] {
  let v = runsCache.get(text);
  if (!v) {
    v = sharedRuns(text);
    if (runsCache.size > 20_000) runsCache.clear();
    runsCache.set(text, v);
  }
  return v;
}

/** Runs of short `…;` clauses closed by a clause that does not end in `;`, line by line. */
function sharedRuns(text: string): SharedRun[] {
  const runs: SharedRun[] = [];
  let offset = 0;
  for (const line of text.split(/\n+/)) {
    const pieces = splitSentences(line);
    let start = 0;
    pieces.forEach((piece, i) => {
      if (piece.endsWith(';') && piece.length <= MAX_PART_CHARS) return;
      if (i - start >= MIN_PARTS && !piece.endsWith(';')) {
        runs.push({ parts: pieces.slice(start, i).map((_, k) => offset + start + k), last: offset + i });
      }
      start = i + 1;
    });
    offset += pieces.length;
  }
  return runs;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Where a question matches one clause of a shared-predicate run better than the closing clause's own subject, that
 * clause is quoted with the closing one (`… ; … <closing clause>`) and takes its place, so the answer leads with it.
 * `score` is the caller's sentence score against the question.
 */
export function preferOwnClause(text: string, sentences: Candidate[], score: (s: string) => number): void {
  const at = new Map(sentences.map((c) => [c.pos, c]));
  for (const run of passageRuns(text)) {
    const last = at.get(run.last);
    const parts = run.parts.map((p) => at.get(p)).filter((c): c is Candidate => c !== undefined);
    if (!last || parts.length < MIN_PARTS) continue;
    // The closing clause's subject and object are about as long as the shortest part; the rest is the shared ending.
    const headLength = Math.min(...parts.map((c) => words(c.text).length));
    const head = words(last.text).slice(0, headLength).join(' ');
    const best = parts.reduce((a, b) => (score(b.text) > score(a.text) ? b : a));
    if (score(best.text) <= score(head)) continue;
    best.text = `${best.text} … ${last.text}`;
    best.score = score(best.text);
    last.score = 0;
  }
}
