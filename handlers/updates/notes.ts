// Short notes added under an answer so that nothing out of date reads as current: the law a cited text
// belongs to was replaced (with the transitional rule), an amount comes from a replaced text, a quoted
// agency no longer exists (one line, in the updates file's words), a plan was issued by a province that
// has since been merged, a quoted number may no longer work. Each note is one line; a fact of `medium` confidence is said less firmly.
import { documentLabel } from '../../knowledge/cite.js';
import { vnDate } from '../../knowledge/text.js';
import type { DocMeta } from '../../knowledge/types.js';
import {
  type AgencyChange,
  documentNumbers,
  type Confidence,
  type HotlineFact,
  type LawChange,
  type Updates,
} from '../../knowledge/updates.js';
import { validityNote } from '../../knowledge/validity.js';
import { firstAbolishedAgency, keptItsName, mergerPhrase } from './names.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const UNSURE = 'chưa thật chắc chắn';

/** `(nguồn: a; b)` or '' when the entry names no source. */
export function sourceText(sources: readonly string[] | undefined, source?: string): string {
  const all = [...(sources ?? []), ...(source ? [source] : [])];
  return all.length ? ` (nguồn: ${all.join('; ')})` : '';
}

/** The lead-in of a note: firmer for `high`, hedged for `medium`. */
export function noteLead(confidence: Confidence): string {
  return confidence === 'medium' ? `Lưu ý (thông tin ${UNSURE}):` : 'Lưu ý:';
}

/** Law changes that concern a document: its own number, or the law it details, is named as replaced. */
export function lawChangesFor(doc: DocMeta, updates: Updates): LawChange[] {
  return updates.laws.filter((law) => {
    const old = replacedNumbers(law);
    return (doc.number !== null && old.includes(doc.number)) || (doc.implementsLaw !== undefined && old.includes(doc.implementsLaw));
  });
}

// Read once per loaded updates file: every cited document of every answer is checked against them.
const replacedNumbersOf = new WeakMap<LawChange, string[]>();
function replacedNumbers(law: LawChange): string[] {
  let numbers = replacedNumbersOf.get(law);
  if (!numbers) replacedNumbersOf.set(law, (numbers = documentNumbers(law.old)));
  return numbers;
}

/** `Lưu ý: từ 01/07/2025 áp dụng Luật … 53/2024/QH15 thay cho Luật … 66/2011/QH12. Chuyển tiếp: …`. */
export function lawNote(change: LawChange, updates: Updates): string {
  const iso = change.effective ?? updates.effective;
  const from = iso ? `từ ${vnDate(iso)} ` : '';
  const transitional = change.transitional ? ` Chuyển tiếp: ${change.transitional}` : '';
  return oneLine(
    `${noteLead(change.confidence)} ${from}áp dụng ${change.new} thay cho ${change.old}.${transitional}${sourceText(change.sources)}`,
  );
}

/**
 * The note on the law behind the cited texts: the replaced law with its transitional rule, once. (The file's
 * notes on individual texts are for whoever edits it; the citations already say what each text is.)
 */
function lawNotes(text: string, docs: DocMeta[], updates: Updates, askedLaws: readonly LawChange[]): string[] {
  const changes = [...new Set([...docs.flatMap((d) => lawChangesFor(d, updates)), ...askedLaws])];
  // An answer that already gives the change with its transitional rule (the change facts themselves) needs no note repeating it.
  return changes.filter((c) => c.transitional && !text.includes(c.transitional)).map((c) => lawNote(c, updates));
}

/**
 * What the file says of a line the question asks about, and a caveat on a quoted number the file is unsure
 * still works (e.g. a merged province's old line); nothing the answer already says.
 */
function hotlineNotes(text: string, updates: Updates, asked: readonly HotlineFact[]): string[] {
  const digits = (s: string) => s.replace(/(\d)[ .](?=\d)/g, '$1');
  let plain: string | undefined;
  const quoted = (h: HotlineFact) => h.confidence === 'medium' && standaloneNumber(digits(h.number)).test((plain ??= digits(text)));
  return updates.hotlines
    .filter((h) => (asked.includes(h) || quoted(h)) && !text.includes(h.fact))
    .map((h) => oneLine(`${noteLead(h.confidence)} ${h.number}: ${h.fact}${sourceText(h.sources)}`));
}

// The file's few hotline numbers are looked for in every answer: one pattern each, compiled once.
const numberPatterns = new Map<string, RegExp>();
/** The number written on its own (not inside a longer one). */
function standaloneNumber(number: string): RegExp {
  let re = numberPatterns.get(number);
  if (!re) {
    re = new RegExp(`(^|\\D)${number}(\\D|$)`);
    if (numberPatterns.size >= 1_000) numberPatterns.clear();
    numberPatterns.set(number, re);
  }
  return re;
}

// `đ` alone abbreviates đồng only when no letter follows: "khoản 1 Điều này" is not an amount.
const AMOUNT = /\d[\d.,]*\s*(?:đồng|đ(?![\p{L}\p{N}])|vnđ|nghìn đồng|triệu đồng)/iu;

/** The replaced text an amount in the answer comes from, if the answer quotes one. */
function replacedAmountSource(text: string, docs: DocMeta[]): DocMeta | undefined {
  if (!AMOUNT.test(text)) return undefined;
  return docs.find((d) => d.kind === 'regulation' && (d.status === 'replaced' || d.status === 'expired'));
}

/** An amount quoted from a replaced text is never current: say so, and that the current one is not bundled. */
function amountNote(old: DocMeta): string {
  return oneLine(
    `Lưu ý: số tiền trên lấy từ ${documentLabel(old)}, văn bản ${validityNote(old) || 'không còn hiệu lực'}, nên không phải mức hiện hành; mức chi hiện hành chưa được nêu trong kho văn bản hiện có.`,
  );
}

/** One line on the first quoted agency that no longer exists, in the updates file's words. */
export function agencyNote(text: string, updates: Updates): string | undefined {
  const found = firstAbolishedAgency(text, updates);
  // An answer that already says who does the work now (the change facts themselves) needs no note repeating it.
  if (!found || text.includes(found.change.now)) return undefined;
  const { change, name } = found;
  const since = change.since ? ` từ ${vnDate(change.since)}` : '';
  return oneLine(`${noteLead(change.confidence)} ${name} đã thay đổi${since}; nay: ${nowWithUnsure(change)}${sourceText(change.sources)}`);
}

/**
 * Who does an abolished agency's work now, then what the file is unsure of (its other tasks), said as such after the
 * sure part rather than as firmly.
 */
export function nowWithUnsure(change: AgencyChange): string {
  return change.unsure ? `${change.now} ${change.unsure}` : change.now;
}

/** One line per cited plan of a province merged since: it was issued by the former province. */
function provinceNotes(docs: DocMeta[], updates: Updates): string[] {
  const out: string[] = [];
  for (const d of docs) {
    const p = d.kind === 'plan' && updates.provinces.find((x) => x.old === d.province);
    if (!p) continue;
    const when = updates.effective ? ` (${vnDate(updates.effective)})` : ' năm 2025';
    out.push(
      oneLine(
        `${noteLead(p.confidence)} ${documentLabel(d)} do tỉnh ${p.old_name}${keptItsName(p) ? ' (cũ)' : ''} ban hành trước khi ${mergerPhrase(p)}${when}.`,
      ),
    );
  }
  return out;
}

/** What the question itself names: hotlines, and replaced laws (answered from their successor, or not). */
export interface AskedAbout {
  lines?: readonly HotlineFact[];
  laws?: readonly LawChange[];
}

/**
 * The notes an answer needs, given its text (quotes and citation labels) and the documents it cites.
 * At most one agency line; law, amount and province lines only for the texts actually cited, and a law line
 * for a replaced law the question names; a line for each hotline the question asked about.
 */
export function answerNotes(text: string, cited: DocMeta[], updates: Updates, asked: AskedAbout = {}): string[] {
  const docs = [...new Map(cited.map((d) => [d.id, d])).values()];
  const amountFrom = replacedAmountSource(text, docs);
  const notes = lawNotes(text, docs, updates, asked.laws ?? []);
  if (amountFrom) notes.push(amountNote(amountFrom));
  const agency = agencyNote(text, updates);
  if (agency) notes.push(agency);
  notes.push(...provinceNotes(docs, updates), ...hotlineNotes(text, updates, asked.lines ?? []));
  return notes;
}
