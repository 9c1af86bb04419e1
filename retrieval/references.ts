// A legal point often names what it is about only by number: "… có thẩm quyền quyết định áp dụng biện pháp bảo vệ
// quy định tại các Khoản 1, 2, 4, 5 và 8 Điều 7 Nghị định này". A question names the measure ("xét xử kín"), whose
// words are in clause 8 of Điều 7, not in the point. The clauses a sentence refers to within its own document are
// read with it, so the point granting the measure asked about tells itself from its neighbours granting others.
import type { Section } from '../knowledge/types.js';

// "Khoản 1, 2, 4 và 5 Điều 7", "khoản 3 Điều này"; not a clause of another text ("khoản 1 Điều 3 Luật Phòng, chống …"),
// nor one point of a clause ("điểm a Khoản 4 Điều này" is that point, not the whole clause).
const CLAUSE_REFERENCE =
  /(?<!điểm\s+\p{L}{1,2}\s+)khoản\s+(\d{1,2}(?:\s*(?:,\s*(?:và\s+)?|và\s+)\d{1,2})*)\s*,?\s+Điều\s+(\d{1,3}|này)(?![\p{L}\p{N}])(?!,?\s+(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Thông tư|Quyết định|Hiến pháp)\s+(?!này))/giu;
/**
 * A clause longer than this is a body of rules of its own, not the short item ("8. Xét xử kín.", "5. Bố trí nơi tạm
 * lánh …") a reference names: its words would make the referring sentence seem about everything it says.
 */
const MAX_REFERRED_CHARS = 400;
const ARTICLE = /^Điều\s+(\d{1,3})[a-z]?[.:\s]/u;
const CLAUSE = /^(\d{1,2})[.)]\s*/u;

/** Clause texts of a document: `${article}.${clause}` → its heading and text. Built once per corpus. */
type ClauseTexts = Map<string, string>;
const byCorpus = new WeakMap<Section[], Map<string, ClauseTexts>>();

function clauseTextsOf(sections: Section[], docId: string): ClauseTexts {
  let docs = byCorpus.get(sections);
  if (!docs) byCorpus.set(sections, (docs = new Map()));
  let texts = docs.get(docId);
  if (texts) return texts;
  texts = new Map();
  for (const s of sections) {
    if (s.docId !== docId) continue;
    const a = s.path.findIndex((p) => ARTICLE.test(p));
    const clause = a >= 0 ? CLAUSE.exec(s.path[a + 1] ?? '') : null;
    if (!clause) continue;
    const key = `${ARTICLE.exec(s.path[a])?.[1]}.${clause[1]}`;
    const own = [s.path[a + 1].replace(CLAUSE, ''), ...s.path.slice(a + 2), s.text].filter((t) => t.trim());
    texts.set(key, [texts.get(key), ...own].filter(Boolean).join('\n'));
  }
  docs.set(docId, texts);
  return texts;
}

/** A clause a sentence refers to by number: its article's and its own number, and its text (heading words first). */
export interface ReferredClause {
  article: string;
  clause: number;
  text: string;
}

/**
 * The clauses of its own document that a sentence refers to by number ("các Khoản 1, 2 và 5 Điều 7 Nghị định này"),
 * in the sentence's order; none when it refers to none. `path`: the sentence's heading path, for "Điều này";
 * `minClauses`: only references naming at least this many clauses count.
 */
export function clausesReferredTo(sections: Section[], docId: string, path: string[], sentence: string, minClauses = 1): ReferredClause[] {
  if (!/khoản/iu.test(sentence)) return [];
  const at = path.findIndex((p) => ARTICLE.test(p));
  const own = ARTICLE.exec(path[at] ?? '')?.[1];
  // The sentence's own clause says nothing of it at second hand.
  const ownClause = own && `${own}.${CLAUSE.exec(path[at + 1] ?? '')?.[1]}`;
  const texts = clauseTextsOf(sections, docId);
  const out: ReferredClause[] = [];
  for (const m of sentence.matchAll(CLAUSE_REFERENCE)) {
    const article = m[2].toLowerCase() === 'này' ? own : m[2];
    const numbers = m[1].match(/\d{1,2}/g) ?? [];
    if (!article || numbers.length < minClauses) continue;
    for (const n of numbers) {
      const key = `${article}.${Number(n)}`;
      const text = key === ownClause ? undefined : texts.get(key);
      if (text && text.length <= MAX_REFERRED_CHARS) out.push({ article, clause: Number(n), text });
    }
  }
  return out;
}

/** The text of the clauses of its own document that a sentence refers to by number (clausesReferredTo), or ''. */
export function referredClauses(sections: Section[], docId: string, path: string[], sentence: string, minClauses = 1): string {
  return clausesReferredTo(sections, docId, path, sentence, minClauses)
    .map((c) => c.text)
    .join('\n');
}

// "3. Thực hiện trách nhiệm quy định tại Điều 17 của Luật này", "thực hiện các nhiệm vụ theo quy định tại Điều 14 của
// Luật này": a duty stated only as another article of the same text, all of whose clauses it takes on.
const ARTICLE_DUTY_REFERENCE =
  /thực hiện\s+(?:các\s+)?(?:trách nhiệm|nhiệm vụ)?\s*(?:theo\s+)?quy định tại\s+Điều\s+(\d{1,3})\s+(?:của\s+)?(?:Luật|Nghị định|Thông tư)\s+này/iu;

/**
 * The clauses of the article a sentence hands a duty over to as a whole ("Thực hiện trách nhiệm quy định tại Điều 17
 * của Luật này"), in order, every one however long (a reader is shown each shortened); none when it hands over none.
 * The sentence's own article is no other article.
 */
export function articleDutyReferredTo(sections: Section[], docId: string, path: string[], sentence: string): ReferredClause[] {
  const article = ARTICLE_DUTY_REFERENCE.exec(sentence)?.[1];
  const own = ARTICLE.exec(path.find((p) => ARTICLE.test(p)) ?? '')?.[1];
  if (!article || article === own) return [];
  const out: ReferredClause[] = [];
  for (const [key, text] of clauseTextsOf(sections, docId)) {
    const [a, clause] = key.split('.');
    if (a === article) out.push({ article, clause: Number(clause), text });
  }
  return out.sort((x, y) => x.clause - y.clause);
}

// "các điểm a, b, c, d, đ và g khoản 1 Điều này", "các điểm từ điểm a đến điểm h khoản 1 Điều này": several points of
// one clause of the sentence's own article, named only by their letters.
const POINTS_REFERENCE =
  /các điểm\s+(?:từ điểm\s+([a-zđ])\s+đến điểm\s+([a-zđ])|([a-zđ](?:\s*,\s*[a-zđ])*(?:\s*,?\s+và\s+[a-zđ])))\s+khoản\s+(\d{1,2})\s+Điều\s+này(?![\p{L}\p{N}])/iu;
/** The letters of a legal text's points, in their order (no f, j, w, z). */
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const POINT = /^([a-zđ])\)/u;

/** Point texts of a corpus: `${docId}\u0000${article}.${clause}` → letter → the point's text. Built once per corpus. */
const pointsByCorpus = new WeakMap<Section[], Map<string, Map<string, string>>>();

function pointTextsOf(sections: Section[]): Map<string, Map<string, string>> {
  let points = pointsByCorpus.get(sections);
  if (points) return points;
  points = new Map();
  for (const s of sections) {
    const a = s.path.findIndex((p) => ARTICLE.test(p));
    const clause = a >= 0 ? CLAUSE.exec(s.path[a + 1] ?? '') : null;
    const letter = clause ? POINT.exec(s.path[a + 2] ?? '')?.[1] : undefined;
    if (!clause || !letter || s.path.length !== a + 3) continue;
    const key = `${s.docId}\u0000${ARTICLE.exec(s.path[a])?.[1]}.${clause[1]}`;
    if (!points.has(key)) points.set(key, new Map());
    points.get(key)?.set(letter, s.text.trim());
  }
  pointsByCorpus.set(sections, points);
  return points;
}

/** The letters a reference names: each listed, or each from the first to the last. */
function lettersOf(m: RegExpExecArray): string[] {
  if (!m[1]) return m[3].split(/\s*,\s*(?:và\s+)?|\s+và\s+/u).map((l) => l.toLowerCase());
  const [from, to] = [POINT_LETTERS.indexOf(m[1].toLowerCase()), POINT_LETTERS.indexOf(m[2].toLowerCase())];
  return from >= 0 && to > from ? POINT_LETTERS.slice(from, to + 1) : [];
}

/** Points of a clause of its own article that a sentence refers to by their letters, with their texts. */
export interface ReferredPoints {
  article: string;
  clause: number;
  /** Each point's text, its letter first ("a) Hỗ trợ nhu cầu thiết yếu;"), in the reference's order. */
  points: string[];
}

/**
 * The points of a clause of its own article that a sentence grants by their letters ("… quy định tại các điểm a, b và
 * c khoản 1 Điều này"), when the document holds every one of them; undefined otherwise. `path`: the sentence's heading path.
 */
export function pointsReferredTo(sections: Section[], docId: string, path: string[], sentence: string): ReferredPoints | undefined {
  const m = POINTS_REFERENCE.exec(sentence);
  const article = ARTICLE.exec(path.find((p) => ARTICLE.test(p)) ?? '')?.[1];
  if (!m || !article) return undefined;
  const clause = Number(m[4]);
  const texts = pointTextsOf(sections).get(`${docId}\u0000${article}.${clause}`);
  const points = lettersOf(m).map((l) => texts?.get(l));
  if (points.length < 2 || points.some((p) => p === undefined)) return undefined;
  return { article, clause, points: points as string[] };
}
