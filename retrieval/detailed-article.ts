// A guiding text often names in a heading the article it details: "1. Chi hỗ trợ nhu cầu thiết yếu và chi phí đi lại
// theo Điều 19 Nghị định số 09/2013/NĐ-CP". Its passages and that article answer the same question in other words
// (the circular's rates, the decree's entitlements), so when the guiding text is no longer in force it yields to the
// article on the question (validity ranking), although the two share too few words to count as the same point.
import type { DocMeta } from '../knowledge/types.js';
import { foldDiacritics } from '../knowledge/text.js';
import { kindNamesPattern, REGULATION_KINDS } from '../knowledge/text-kinds.js';

const DETAILS = new RegExp(
  `theo\\s+(?:quy định tại\\s+)?Điều\\s+(\\d{1,3})\\s+(?:của\\s+)?(?:${kindNamesPattern(REGULATION_KINDS)})(?:\\s+số)?\\s+(\\d{1,3}\\/\\d{4}\\/[\\p{L}\\d-]+)`,
  'u',
);
const ARTICLE = /^Điều\s+(\d{1,3})(?!\d)/u;

const numberKey = (n: string) => foldDiacritics(n.toLowerCase()).replace(/[^a-z0-9/]/g, '');

/** `${docId} Điều N`: the article a path lies in, or undefined. */
function articleOf(docId: string, path: string[]): string | undefined {
  const n = path.map((p) => ARTICLE.exec(p)?.[1]).find(Boolean);
  return n ? `${docId}\u0000${Number(n)}` : undefined;
}

/** The article of another text of the corpus that one of the headings says it details, or undefined. */
function detailedArticle(headings: string[], docsByNumber: Map<string, string>): string | undefined {
  for (const h of headings) {
    const m = DETAILS.exec(h);
    const docId = m && docsByNumber.get(numberKey(m[2]));
    if (docId) return `${docId}\u0000${Number(m[1])}`;
  }
  return undefined;
}

/** (i, j) → true when unit i's headings say it details the article unit j lies in. Computed once per corpus. */
export function createDetailedArticles(
  units: readonly { docId: string; path: string[] }[],
  docs: readonly DocMeta[],
): (i: number, j: number) => boolean {
  const docsByNumber = new Map(docs.filter((d) => d.number).map((d) => [numberKey(d.number as string), d.id]));
  const details = units.map((u) => detailedArticle(u.path, docsByNumber));
  const articles = units.map((u) => articleOf(u.docId, u.path));
  return (i, j) => details[i] !== undefined && details[i] === articles[j];
}
