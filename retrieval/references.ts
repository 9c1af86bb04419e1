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
 * của Luật này"), in order; none when it hands over none. The sentence's own article is no other article.
 */
export function articleDutyReferredTo(sections: Section[], docId: string, path: string[], sentence: string): ReferredClause[] {
  const article = ARTICLE_DUTY_REFERENCE.exec(sentence)?.[1];
  const own = ARTICLE.exec(path.find((p) => ARTICLE.test(p)) ?? '')?.[1];
  if (!article || article === own) return [];
  const out: ReferredClause[] = [];
  for (const [key, text] of clauseTextsOf(sections, docId)) {
    const [a, clause] = key.split('.');
    if (a === article && text.length <= MAX_REFERRED_CHARS) out.push({ article, clause: Number(clause), text });
  }
  return out.sort((x, y) => x.clause - y.clause);
}
