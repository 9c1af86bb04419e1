// "Nộp hồ sơ ở đâu", "gửi hồ sơ cho ai", "hồ sơ gửi tới cơ quan nào": where a dossier goes is said by the clause of the
// procedure that sends it ("… gửi 01 (một) bộ hồ sơ … đến Sở …"). Left to the ranker, the articles sharing more of the
// question's words lead instead: the one listing the dossier's papers, the one on who grants or revokes the licence.
// Of a text's sending clauses, the one whose article and words are nearest the question answers ("cấp lại", "gia hạn",
// "sửa đổi" name their own procedure); the first one, the procedure of the text's main case, when none is nearer.
import type { Corpus } from '../../knowledge/types.js';
import { foldedWords } from '../../knowledge/text.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { contentSyllables, splitSentences } from '../../retrieval/text.js';
import { clauseHit } from './basis.js';
import { articleIndex, markedClauses, sharedWeight, type TextClauses } from './text-clauses.js';

// A dossier, as the texts and people name it; an application only handed in or written ("nộp đơn", "làm đơn"), since
// folded "đơn" is also "đồn" (a post) and "đón" (to meet).
const DOSSIER = / (ho so|giay to|(nop|gui|lam|viet) don) /;
// Sent or handed in somewhere or to someone: "nộp ở đâu", "gửi hồ sơ cho ai", "gửi tới đâu", "nộp tại cơ quan nào".
const SENT_WHERE =
  / (gui|nop|chuyen)( [a-z]+){0,4} ((o|tai|toi|den|ve) )?(dau|cho ai|(cho |toi |den |o |tai )?(co quan|noi|cho|don vi|ben|so|phong) nao) /;
// Who takes it in: "ai nhận hồ sơ", "cơ quan nào tiếp nhận hồ sơ".
const RECEIVED_BY = / (ai|co quan nao|don vi nao|noi nao|ben nao) (nhan|tiep nhan|thu)( [a-z]+){0,2} (ho so|giay to) /;
// A clause sending a dossier to a body: "gửi 01 (một) bộ hồ sơ theo quy định tại Điều 7 … đến Sở …", "lập hồ sơ gửi
// Phòng …", "làm đơn gửi Ủy ban nhân dân cấp xã"; a body follows the "to" ("hồ sơ gồm: Tờ khai dùng cho nạn nhân" sends
// nothing).
const SENDS_DOSSIER =
  / ((gui|nop)( [^;]{0,40})? ho so( [^;]{0,160}?)? (den|toi|cho|ve) (so|phong|cuc|uy ban|ubnd|co quan|bo|cong an|trung tam|don)|(lap ho so|lam don) (gui|nop)) /;

/** Whether the question (folded words, a space each side) asks where or to whom a dossier is sent. */
export function asksDossierReceiver(q: string): boolean {
  return DOSSIER.test(q) && (SENT_WHERE.test(q) || RECEIVED_BY.test(q));
}

const clausesByCorpus = new WeakMap<Corpus, Map<string, TextClauses>>();

/** Each text's clauses sending a dossier to a body, in the text's order, with its words' spread. */
const sendingClauses = (corpus: Corpus) => markedClauses(corpus, (s) => SENDS_DOSSIER.test(foldedWords(s.text)), clausesByCorpus);

/** The headings above a clause's article ("Chương II › Mục 1"); none for a text without articles. */
function chapterOf(path: string[]): string {
  const article = articleIndex(path);
  return article < 0 ? '' : path.slice(0, article).join(' › ');
}

/**
 * The clause sending the dossier the question asks about, as a hit, from the best-ranked text that has one; undefined
 * when the question does not ask where a dossier goes or no usable text sends one.
 */
export function dossierReceiverHit(
  index: KnowledgeIndex,
  question: string,
  usable: SearchHit[],
  confidence: number,
): SearchHit | undefined {
  if (!asksDossierReceiver(foldedWords(question))) return undefined;
  const byDoc = sendingClauses(index.corpus);
  const found = usable.find((h) => byDoc.get(h.doc.id)?.marked.length);
  const text = found && byDoc.get(found.doc.id)!;
  // The clauses of the chapters the ranker found the text's passages in: another chapter's procedure (a victim's
  // request for an allowance, next to the licensing of a facility) is another procedure.
  const chapters = new Set(usable.filter((h) => h.doc.id === found?.doc.id).map((h) => chapterOf(h.chunk.path)));
  const sending = text?.marked.filter((c) => chapters.has(chapterOf(c.path)));
  if (!text || !sending?.length) return undefined;
  const asked = [...new Set(contentSyllables(question))];
  const best = sending.reduce((a, c) => (sharedWeight(text, c, asked) > sharedWeight(text, a, asked) ? c : a));
  const hit = clauseHit(index, best.from, best.path, confidence, false);
  return hit && { ...hit, chunk: { ...hit.chunk, text: sendingSentences(hit.chunk.text) } };
}

/**
 * The clause's sentences that send the dossier: a clause of several steps ("làm đơn gửi Ủy ban nhân dân cấp xã …
 * Chủ tịch Ủy ban nhân dân cấp xã lập hồ sơ gửi Phòng …", then the decision) is quoted by the steps that send it, not
 * by the step sharing most of the question's words.
 */
function sendingSentences(text: string): string {
  const sending = splitSentences(text).filter((s) => SENDS_DOSSIER.test(foldedWords(s)));
  return sending.length ? sending.join(' ') : text;
}
