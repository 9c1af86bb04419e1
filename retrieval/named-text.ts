// Which text a question names. "Theo Luật 2011", "Nghị định 62", "66/2011" ask what that very text says; "luật cũ"
// asks for the law that was replaced and "luật mới", "luật hiện hành" for the law in force that replaced it. The
// ranking gives the named text's passages the lead on near ties, so that two laws on the same point (the 2011 law
// and today's) are told apart by what the question says of them, not by which repeats its words more.
import { familiesNumbered, familyOfNumber, kindWordsOf, sameKind } from '../knowledge/text-kinds.js';
import type { DocMeta } from '../knowledge/types.js';
import { foldedAsMeant, foldedWords } from '../knowledge/text.js';

/** A text by its kind, as a question names one (folded): "luật", "nghị định", "thông tư", "quy định", "văn bản". */
export const TEXT_WORD = '(luat|nghi dinh|thong tu|quy dinh|van ban)';
// "luật cũ", "văn bản trước đây": the older text is what is asked about.
export const OLDER_TEXT = new RegExp(` ${TEXT_WORD}( \\w+){0,4} (cu|truoc day|truoc kia) `);
// "luật mới", "theo luật hiện hành": the law of today is what is asked about.
const NEWER_LAW = / luat( \w+){0,4}? (moi|hien hanh|hien nay|hien tai|bay gio) /;
/**
 * The question (foldedWords) names the text by its number (`66/2011`), by its kind and number (`nghị định 62`) or,
 * for a law, by its year (`luật năm 2011`). A number after another kind of text names that text.
 */
export function namesText(q: string, doc: DocMeta): boolean {
  const [n, year] = doc.number?.split('/') ?? [];
  if (!year) return false;
  const family = familyOfNumber(doc.number!);
  const kinds = familiesNumbered(q, Number(n), year);
  if (kinds.length) return kinds.some((named) => sameKind(named, family));
  if (q.includes(` ${n} ${year} `)) return true;
  if (family && new RegExp(` ${kindWordsOf(family)}( so)? ${Number(n)} `).test(q.replace(/ 0(?=\d)/g, ' '))) return true;
  return family === 'luat' && new RegExp(` luat( \\w+){0,6}? (nam )?${year} `).test(q);
}

const isLaw = (doc: DocMeta) => familyOfNumber(doc.number ?? '') === 'luat';

/**
 * The texts a question names, as ids: by number or year (namesText), or as the old or the new law of a pair in the
 * corpus (`replacedBy`: replaced text → the text in force that replaced it). Empty when it names none. An excerpt is
 * left out: a question naming it often asks for an article it does not hold, and its nearest held article must not
 * be taken for the answer (the answer says the excerpt does not cover it); namedExcerpts tells the excerpts named.
 */
export function namedTexts(question: string, docs: Map<string, DocMeta>, replacedBy: Map<string, string>): Set<string> {
  return textsNamed(question, docs, replacedBy, (d) => !d.excerpt);
}

/** The excerpts a question names, as namedTexts reads a name: "Luật 53/2024", "luật 2024", "luật mới". */
export function namedExcerpts(question: string, docs: Map<string, DocMeta>, replacedBy: Map<string, string>): Set<string> {
  return textsNamed(question, docs, replacedBy, (d) => Boolean(d.excerpt));
}

function textsNamed(
  question: string,
  docs: Map<string, DocMeta>,
  replacedBy: Map<string, string>,
  kept: (doc: DocMeta) => boolean,
): Set<string> {
  const q = foldedWords(question);
  const out = new Set<string>();
  for (const d of docs.values()) if (!d.province && kept(d) && namesText(q, d)) out.add(d.id);
  if (out.size) return out;
  const older = OLDER_TEXT.test(q);
  // Typed with marks, "mỗi" is no "mới": "theo luật, mỗi nạn nhân…" names no law of today.
  if (older === NEWER_LAW.test(foldedAsMeant(question, ['mới']))) return out;
  for (const [old, today] of replacedBy) {
    const doc = docs.get(older ? old : today);
    if (doc && isLaw(doc) && kept(doc)) out.add(doc.id);
  }
  return out;
}

/**
 * The question asks what an older text says: "luật cũ", or a text named by number that is no longer the rule of today
 * (`current`: whether a text states today's rules).
 */
export function asksOlderText(question: string, docs: DocMeta[], current: (doc: DocMeta) => boolean): boolean {
  const q = foldedWords(question);
  return OLDER_TEXT.test(q) || docs.some((d) => !d.province && !current(d) && namesText(q, d));
}
