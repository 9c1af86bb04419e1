// Whom a report goes to depends on where the victim is and who they are, in the cases the regulations set apart:
// a foreign national trafficked in Việt Nam has an article of its own in the guidance on verification and return
// (whom information about them is passed to, where a body that receives them takes them), and the border, the sea
// and the islands have a text of their own, whose bodies take reports there. Asked whom to report to in one of these
// cases, the answer is that case's rule, not the general duty of everyone to report to the police or the commune.
// Nothing here names a document: the article and the text are found by what they say.
import { foldedWords } from '../../knowledge/text.js';
import type { Corpus, Section } from '../../knowledge/types.js';
import { askedSubject } from '../../retrieval/victim-subject.js';
import { mentionsAbroad } from '../contacts-answer.js';
import { regulationSentences, type QuotedSentence } from '../report-place.js';

export type Situation = 'foreigner' | 'borderSea';

// At the border, at sea or on an island, in the documents' and in chat words (folded). "Đảo" alone folds like "đạo"
// (chỉ đạo), so it counts after a word placing something there.
const BORDER_SEA = / (bien gioi|vung bien|tren bien|ngoai bien|bo bien|ngoai khoi|hai dao|(tren|ngoai|o|ra|tai) (hon )?dao|cua khau) /;

/**
 * The set-apart case a question names, or undefined. A foreign national's case comes first: it holds at the border
 * too. Someone taken across the border ("bị đưa qua biên giới bán") is abroad, not found at the border.
 */
export function situationAsked(question: string): Situation | undefined {
  if (askedSubject(question) === 'foreigner') return 'foreigner';
  return BORDER_SEA.test(foldedWords(question)) && !mentionsAbroad(question) ? 'borderSea' : undefined;
}

// An article written for a foreign national's case speaks of the victim's own country or of their not knowing
// Vietnamese ("… nước nạn nhân khai có quốc tịch", "nếu nạn nhân không biết tiếng Việt …").
const FOREIGN_CASE = / (khong biet tieng viet|nuoc (ma )?nan nhan (khai co quoc tich|la cong dan)) /;
// A text's scope that is the border, the sea and the islands ("… ở khu vực biên giới, biển và hải đảo").
const BORDER_SEA_SCOPE = / bien gioi,? bien va hai dao /;
const SCOPE_HEADING = / pham vi dieu chinh /;
const ARTICLE = /^Điều \d+/u;
// Passing information on at once ("báo ngay cho …"): whom a body receiving news of the victim tells.
const INFORMS_AT_ONCE = / bao ngay cho /;
// Taking reports of the crime ("tiếp nhận, xác minh … tin báo tố giác …").
const RECEIVES_REPORTS = / tiep nhan( \w+){0,10} (tin bao|to giac) /;

/** The article a section stands in (`Điều 8. …`), keyed by document; undefined outside articles. */
const articleKey = (s: Section): string | undefined => {
  const article = s.path.find((h) => ARTICLE.test(h));
  return article && `${s.docId}\n${article}`;
};

const foreignArticlesRead = new WeakMap<Corpus, Set<string>>();
/** The articles of the regulations written for a foreign national's case; read once per corpus. */
function foreignArticles(corpus: Corpus): Set<string> {
  let keys = foreignArticlesRead.get(corpus);
  if (keys) return keys;
  keys = new Set<string>();
  const regulations = new Set(corpus.docs.filter((d) => d.kind === 'regulation').map((d) => d.id));
  for (const s of corpus.sections) {
    const key = articleKey(s);
    if (key && regulations.has(s.docId) && FOREIGN_CASE.test(foldedWords(`${s.path.join(' ')} ${s.text}`))) keys.add(key);
  }
  foreignArticlesRead.set(corpus, keys);
  return keys;
}

/** True when the section stands in a regulation's article written for a foreign national's case. */
export function inForeignVictimArticle(corpus: Corpus, section: Section): boolean {
  const key = articleKey(section);
  return key !== undefined && foreignArticles(corpus).has(key);
}

/** The scope sentence of the text written for the border, the sea and the islands, and its sentences on taking reports. */
function borderSeaRules(corpus: Corpus): QuotedSentence[] {
  const scope = regulationSentences(corpus, BORDER_SEA_SCOPE).find((s) => SCOPE_HEADING.test(foldedWords(s.section.path.join(' '))));
  if (!scope) return [];
  const reports = regulationSentences(corpus, RECEIVES_REPORTS).filter((s) => s.doc.id === scope.doc.id);
  return [scope, ...reports.slice(0, 1)];
}

/** Whom information about a foreign national trafficked here is passed to at once, as their article says. */
function foreignVictimRules(corpus: Corpus): QuotedSentence[] {
  return regulationSentences(corpus, INFORMS_AT_ONCE)
    .filter((s) => inForeignVictimArticle(corpus, s.section))
    .slice(0, 1);
}

/** The rule on whom a report goes to in the set-apart case a question names; [] when it names none or none is held. */
export function situationRules(question: string, corpus: Corpus): QuotedSentence[] {
  const situation = situationAsked(question);
  if (situation === 'foreigner') return foreignVictimRules(corpus);
  return situation === 'borderSea' ? borderSeaRules(corpus) : [];
}
