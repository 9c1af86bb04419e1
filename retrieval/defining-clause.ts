// "Làm không cho nghỉ, không cho về thì có phải cưỡng bức lao động không", "đưa trẻ dưới 18 tuổi đi mà không ép thì có
// bị coi là mua bán người không", "bị giữ làm không công thì luật gọi là gì": whether a situation counts as one of the
// law's terms is answered by the clause defining that term ("Cưỡng bức lao động là việc …", "Mua bán người là hành
// vi …"), not by the passages that only use it. The term is asked in the question's words or in everyday words that
// the thesaurus reads as it ("buôn người" for mua bán người).
import { foldedAsMeant, foldedWords } from '../knowledge/text.js';
import type { QueryExpander } from './expand.js';

/** A clause defining a term: "3. Cưỡng bức lao động là việc …", "1. Mua bán người là hành vi …". */
const DEFINING = /(?:^|[.;:\n])\s*(?:\d+\.\s+)?([^.;:\n]{3,60}?)\s+là\s+(?:việc|hành vi)\s/gu;
/** Asking whether something counts as the term that follows (foldedWords): "có phải (là)", "có bị coi là", "thế nào là". */
const COUNTS_AS =
  ' (?:co phai|co tinh|co duoc tinh|co bi tinh|co bi coi|co duoc coi|bi coi|duoc coi|co bi xem|co duoc xem|the nao) (?:la |nhu )?(?:bi |hanh vi |toi |viec )?';
const ASKS_COUNTS = new RegExp(COUNTS_AS);
const WORD_AFTER_ASK = new RegExp(`${COUNTS_AS}([a-z]+)`, 'g');
/** Asking what the law calls a situation: "luật gọi là gì", "tính là tội gì". */
const ASKS_NAME = / (?:goi la (?:gi|toi gi|hanh vi gi)|tinh la (?:toi|hanh vi) gi|la (?:toi|hanh vi) gi) /;

/** The terms a passage defines, each as its folded words without padding ("cuong buc lao dong"). */
export function definingTerms(text: string): string[] {
  return [...text.matchAll(DEFINING)].map((m) => foldedWords(m[1]).trim());
}

/** The term follows an ask of whether something counts as it. */
function termAfterAsk(folded: string, term: string): boolean {
  return new RegExp(`${COUNTS_AS}${term} `).test(folded);
}

/** The terms of `terms` a question asks whether something counts as, or asks the name of. */
export function askedTerms(question: string, terms: readonly string[], expander: QueryExpander): Set<string> {
  // Typed with marks, "cố tình" (deliberately) only folds like "có tính".
  const folded = foldedAsMeant(question, ['có', 'tính']);
  const asksName = ASKS_NAME.test(folded);
  const asked = new Set<string>();
  if (!asksName && !ASKS_COUNTS.test(folded)) return asked;
  const expansions = expander.expansions(question).map((e) => ({
    words: e.words,
    phrases: e.phrases.map((p) => foldedWords(p)),
  }));
  // The word right after the ask: the term itself, or the first of the everyday words read as it.
  const after = [...folded.matchAll(WORD_AFTER_ASK)].map((m) => m[1]);
  for (const term of terms) {
    const padded = ` ${term} `;
    if (after.length && folded.includes(padded) && termAfterAsk(folded, term)) asked.add(term);
    const readAs = expansions.filter((e) => e.phrases.some((p) => p.includes(padded)));
    if (readAs.some((e) => after.some((w) => e.words.includes(w)))) asked.add(term);
    if (asksName && (folded.includes(padded) || readAs.length)) asked.add(term);
  }
  return asked;
}

/** For a question, the multiplier of each unit defining a term it asks about; undefined when it asks none. */
export type DefiningClauses = (question: string) => ((i: number) => number) | undefined;

export function createDefiningClauses(units: { text: string }[], expander: QueryExpander, boost: number): DefiningClauses {
  const defines = units.map((u) => definingTerms(u.text));
  const terms = [...new Set(defines.flat())];
  return (question) => {
    if (boost === 1 || !terms.length) return undefined;
    const asked = askedTerms(question, terms, expander);
    if (!asked.size) return undefined;
    return (i) => (defines[i].some((t) => asked.has(t)) ? boost : 1);
  };
}
