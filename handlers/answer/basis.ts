// "Làm sao biết một người là nạn nhân", "căn cứ vào đâu để công nhận là nạn nhân": how a determination is made. The
// legal texts state what it rests on in a clause of its own ("1. Việc xác định nạn nhân căn cứ vào tài liệu, chứng
// cứ sau đây:" and its points); that clause and its list answer, the text in force first. Left to the ranker, the
// clauses that share the question's words lead instead: the acts that make someone a victim, or a plan's sentence on
// verifying.
import { validityBadge } from '../../knowledge/cite.js';
import { foldedWords } from '../../knowledge/text.js';
import { asksNegative } from '../../retrieval/question-type.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import type { Unit } from '../../retrieval/units.js';

// How one tells or on what grounds: "làm sao biết", "dựa vào đâu", "căn cứ nào / gì / vào đâu", "bằng cách nào".
const ASKS_BASIS =
  / (lam sao|lam the nao|bang cach nao|dua vao (dau|gi|nhung gi)|dua tren (gi|dau)|can cu (nao|gi|vao dau|vao gi|vao nhung gi)) /;
// Words for deciding that something is so, as people ask it.
const DECIDES = / (biet|xac dinh|cong nhan|xac nhan|coi la|duoc coi|nhan biet|chung minh) /;
// The steps, the time or the body of the work asked: a procedure, not its grounds.
const ASKS_PROCEDURE = / (quy trinh|thu tuc|trinh tu|cac buoc|thoi han|bao lau|co quan nao|don vi nao|ai) /;
// A clause's heading "1. Việc xác định nạn nhân (phải) căn cứ / dựa vào …": the decision named, then what it rests on.
const STATES_BASIS = /^ (?:\d{1,2} )?viec ((?:\S+ ){2,6}?)(?:phai )?(?:can cu|dua) vao /;
// The verb of the decision a clause names; the rest is what is decided on.
const DECISION_VERB = /^(xac dinh|cong nhan|xac nhan) /;
const MARKER = /^\d{1,2}\.\s*/u;
const BARE_MARKER = /^([a-zđ]\)|\d{1,2}\.)$/u;
/** Clauses quoted at most: the text in force, and one older text that details it. */
const MAX_CLAUSES = 2;

/** Whether a heading states what the decision the folded question asks about rests on. */
function statesBasisAsked(heading: string, q: string): boolean {
  const decision = STATES_BASIS.exec(foldedWords(heading))?.[1];
  if (!decision || !DECISION_VERB.test(decision)) return false;
  return q.includes(` ${decision.replace(DECISION_VERB, '').trim()} `);
}

/**
 * The clause headed at `path` (its first section `from`) with its points, as one hit cited by the clause; `titled`:
 * its heading opens the text, as the sentence the points complete.
 */
export function clauseHit(index: KnowledgeIndex, from: number, path: string[], confidence: number, titled = true): SearchHit | undefined {
  const sections = index.corpus.sections;
  const doc = index.corpus.docs.find((d) => d.id === sections[from].docId);
  if (!doc) return undefined;
  // A heading that is only a point's marker ("d)") says nothing to quote.
  const title = path.at(-1)?.replace(MARKER, '') ?? '';
  const lines = titled && title && !BARE_MARKER.test(title) ? [`${title}:`] : [];
  let to = from;
  for (; to < sections.length && sections[to].docId === doc.id && path.every((p, k) => sections[to].path[k] === p); to++) {
    if (sections[to].text.trim()) lines.push(sections[to].text.trim());
  }
  const text = lines.join('\n');
  const s = sections[from];
  const chunk: Unit = { id: `${s.id}~b`, docId: s.docId, sectionId: s.id, path, text, passage: text, start: from, count: to - from };
  return { chunk, doc, score: confidence, confidence, otherProvince: false };
}

/**
 * The clauses stating what the decision asked about rests on, the text in force first, one per text (none when not
 * asked), and what they answer: the list the first one opens, as a whole.
 */
export function basisHits(index: KnowledgeIndex, question: string, confidence: number): { hits: SearchHit[]; asked: string } {
  const q = foldedWords(question);
  // "Khi không chứng minh được … thì xem xét thêm những căn cứ nào": the case without the evidence, another clause.
  if (!ASKS_BASIS.test(q) || !DECIDES.test(q) || ASKS_PROCEDURE.test(q) || asksNegative(question)) return { hits: [], asked: question };
  const found: SearchHit[] = [];
  const seen = new Set<string>();
  index.corpus.sections.forEach((s, i) => {
    const depth = s.path.findIndex((h) => statesBasisAsked(h, q));
    const key = `${s.docId}#${depth}`;
    if (depth < 0 || seen.has(key) || index.corpus.docs.find((d) => d.id === s.docId)?.kind !== 'regulation') return;
    seen.add(key);
    const hit = clauseHit(index, i, s.path.slice(0, depth + 1), confidence);
    if (hit) found.push(hit);
  });
  const inForceFirst = [...found.filter((h) => !validityBadge(h.doc)), ...found.filter((h) => validityBadge(h.doc))];
  const hits = inForceFirst.filter((h, i) => inForceFirst.findIndex((o) => o.doc.id === h.doc.id) === i).slice(0, MAX_CLAUSES);
  const clause = hits[0]?.chunk.path.at(-1)?.replace(MARKER, '');
  return { hits, asked: clause ?? question };
}
