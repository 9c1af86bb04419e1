// The current-law slot of the question pipeline (pipeline.ts), fed by the knowledge update file
// (knowledge/updates.yaml): questions about what changed are answered from the file's facts with their
// sources; questions about texts the folder does not hold get an honest "not in the documents"; today's
// names of merged provinces are read as the former province whose documents cover the area; and every
// answer gets the short notes it needs when it quotes a replaced text, an abolished agency, a merged
// province's plan or an old amount. Without an update file every function here is a no-op.
import { docsById } from '../../knowledge/load.js';
import { elidedQuote } from '../../knowledge/text.js';
import {
  contactDirectoryAnswer,
  contactSources,
  hotlinesText,
  namesLine,
  nationalLineSections,
  numberedLinesAnswer,
} from '../contacts-answer.js';
import { agencyAskedByName } from './contact-details.js';
import { UNSURE_INTRO } from '../answer.js';
import {
  agencyAsked,
  amendmentsAsked,
  asksEntitlementBeforeChange,
  asksFormsOfToday,
  asksSinceWhen,
  changeFacts,
  excerptsNamed,
  hotlineFacts,
  hotlineFactsFor,
  mergerFacts,
  missingTextsAsked,
  missingSuccessors,
  missingTextsReply,
  namedHotlines,
  replacedLawsNamed,
} from '../updates/changes.js';
import { corpusProvinces, foldWords, provinceNames, resolveProvince, withFormerProvince } from '../updates/names.js';
import { PROVINCES, provinceName } from '../replies/vi.js';
import type { ShortFormContext } from '../text/provinces.js';
import { answerNotes, lawChangesFor } from '../updates/notes.js';
import { validityNote } from '../../knowledge/validity.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { splitSentences } from '../../retrieval/text.js';
import { documentNumbers, type UnavailableText, type Updates } from '../../knowledge/updates.js';
import { familyOfName, familyOfNumber, sameKind, signedNumbersIn } from '../../knowledge/text-kinds.js';
import type { Corpus, DocMeta, Section } from '../../knowledge/types.js';
import { citationOf } from '../answer/cite.js';
import type { Citation } from '../types.js';
import { mentionsSubject, unknownDocumentIn } from './scope.js';
import { articleAnswers, leadOf, quoteAnswersPrecisely } from './lead.js';
import type { AskDeps, Asked, AskResult } from './types.js';

const bullets = (facts: string[]) => facts.map((f) => `• ${f}`).join('\n');

/** Province slugs the documents know (all former provinces of the file when no corpus is given). */
function knownProvinces(deps: AskDeps): readonly string[] {
  if (deps.corpus) return corpusProvinces(deps.corpus());
  return deps.updates?.().provinces.map((p) => p.old) ?? [];
}

/** Every name a province the documents hold goes by: its own and, through the update file, today's unit's and its partners'. */
function namesOf(slug: string, updates: Updates | undefined): string[] {
  const change = updates?.provinces.find((p) => p.old === slug);
  const own = provinceName(slug);
  return [...(own ? [own] : []), ...(change ? provinceNames(change) : [])];
}

/**
 * The provinces a short form of a name ("QN", "ĐN", "Q.Nam") may be read as: the user's, and those the documents
 * hold or the chat offers to choose.
 */
export function shortFormContext(userProvince: string | null, deps: AskDeps): ShortFormContext {
  const updates = deps.updates?.();
  const held = new Set([...knownProvinces(deps), ...PROVINCES.map((p) => p.slug)]);
  return {
    own: userProvince ? namesOf(userProvince, updates) : [],
    held: [...held].flatMap((slug) => namesOf(slug, updates)),
  };
}

/** True when the update file knows the name as a province of today, or one merged with a former province the documents cover. */
export function isMergedProvinceName(name: string, deps: AskDeps): boolean {
  const updates = deps.updates?.();
  return Boolean(updates && resolveProvince(name, updates, knownProvinces(deps)));
}

/** The question with today's province names (`Đà Nẵng`) read as the former province (`Quảng Nam`). */
export function inFormerProvinces(text: string, deps: AskDeps): string {
  const updates = deps.updates?.();
  return updates ? withFormerProvince(text, updates, knownProvinces(deps)) : text;
}

/**
 * An answer to a question about what changed (the 2025 law, merged provinces, moved agencies), or undefined.
 * `citeTexts` false: the facts alone, without the opening articles of the texts they name.
 */
export function answerChanges(asked: Asked, deps: AskDeps, citeTexts = true): AskResult | undefined {
  const updates = deps.updates?.();
  if (!updates) return undefined;
  const corpus = deps.corpus?.();
  const text = corpus ? withoutUnknownText(asked.text, corpus, updates) : asked.text;
  if (text === undefined) return undefined;
  const q = text === asked.text ? asked : { ...asked, text };
  const changed = changeFacts(q.text, updates, { userProvince: q.userProvince, onSubject: !!corpus && mentionsSubject(q.text, corpus) });
  const facts = [...new Set([...changed, ...hotlineFacts(q.text, updates), ...ownLineFacts(q, deps, updates)])];
  // A question on the content of a text the folder lacks is not answered from neighbouring passages;
  // what the update file says about it still helps. Since when a text applies is in the file itself.
  const missing = corpus && !asksSinceWhen(q.text) ? missingTextsAsked(q.text, updates, corpus) : [];
  if (corpus && missing.length) return missingTextsAnswer(missing, corpus, facts, q, deps);
  // A question naming only a hotline is left to the documents; addChangeNotes adds what the file says of it.
  if (!changed.length) return undefined;
  if (!citeTexts) return factsAnswer(facts);
  const cited = corpus ? [...articlesCited(q, updates, corpus), ...amendedArticlesCited(q, updates, corpus)] : [];
  return factsAnswer(facts, corpus ? [...cited, ...textsCited(facts, corpus, cited, q.text)] : cited, corpus);
}

/**
 * The question without a text it names that neither the documents, the texts they cite nor the update file know
 * ("Theo Quyết định số 1234/QĐ-UBND năm 2022, …"): that text's year dates it, not when a victim was identified, and what
 * it says is not in the documents (the pipeline's scope step says so). What else is asked of the file (a merger, an
 * agency) is still answered. Undefined when the text cannot be cut out of the words as typed.
 */
function withoutUnknownText(text: string, corpus: Corpus, updates: Updates): string | undefined {
  const named = unknownDocumentIn(text, corpus);
  if (!named || namedByUpdates(named, updates)) return text;
  return text.includes(named) ? text.replace(named, ' ') : undefined;
}

interface TextNumber {
  number: number;
  year: number;
  /** The issuer's code after the number ("NĐ-CP", "QĐ-UBND"), upper case; empty when not given. */
  code: string;
  /** The kind's family, from the kind the name starts with or else from its code (`luat` for `53/2024/QH15`). */
  family: string | undefined;
}

/**
 * `162/2025/NĐ-CP`, `Quyết định số 53/QĐ-UBND năm 2024`: the number, the year and the issuer's code of a named text;
 * its family as its name tells it, unless the caller knows it.
 */
function textNumberOf(name: string, family = familyOfName(name) ?? familyOfNumber(name)): TextNumber | undefined {
  const number = /\d{1,4}/.exec(name)?.[0];
  const year = name.match(/(?:19|20)\d\d/g)?.at(-1);
  if (!number || !year) return undefined;
  const code = /\/\s*(?:\d{4}\s*\/\s*)?([\p{Lu}][\p{L}\d-]*)/u.exec(name)?.[1] ?? '';
  return { number: Number(number), year: Number(year), code: code.toUpperCase(), family };
}

const updateTexts = new WeakMap<Updates, { numbers: TextNumber[]; words: string }>();

/**
 * Whether the update file names the text: by number, the same kind, number and year ("Quyết định 53/2024" is not the
 * law 53/2024), and the same issuer when the question gives one; by title alone ("Luật phòng chống mua bán người"), the title's words.
 */
function namedByUpdates(name: string, updates: Updates): boolean {
  let known = updateTexts.get(updates);
  if (!known) {
    const text = JSON.stringify(updates);
    const numbers = signedNumbersIn(text).flatMap(({ number, family }) => textNumberOf(number, family) ?? []);
    known = { numbers, words: foldWords(text) };
    updateTexts.set(updates, known);
  }
  if (!/\d/.test(name)) return known.words.includes(foldWords(name));
  const asked = textNumberOf(name);
  return (
    asked !== undefined &&
    known.numbers.some(
      (k) =>
        k.number === asked.number && k.year === asked.year && sameKind(asked.family, k.family) && (!asked.code || asked.code === k.code),
    )
  );
}

/** The question asks what people identified before the change are entitled to (asksEntitlementBeforeChange). */
export function asksEntitlementBeforeChangeOf(q: Asked, deps: AskDeps): boolean {
  const updates = deps.updates?.();
  return Boolean(updates && asksEntitlementBeforeChange(q.text, updates));
}

/**
 * The transitional rule, then `rest`, the documents' answer on the entitlement asked, in place of the opening
 * articles of the laws: only when `rest` leads with a text of the law the rule keeps applying (the replaced law, or a
 * text implementing it), since a quote of today's law would contradict the rule. Undefined otherwise.
 */
export function withTransitionalRule(q: Asked, deps: AskDeps, rest: AskResult | undefined): AskResult | undefined {
  const corpus = deps.corpus?.();
  const lead = rest?.kind === 'answer' && corpus ? docsById(corpus).get(rest.citations[0]?.docId ?? '') : undefined;
  if (!rest || !lead || !(lead.status === 'replaced' || lead.basisNote)) return undefined;
  const facts = answerChanges(q, deps, false);
  return facts && { ...rest, text: `${facts.text}\n\n${rest.text}` };
}

/**
 * "Tổng đài của Quảng Nam sau khi nhập vào Đà Nẵng còn dùng được không": a question about the lines of the province it
 * names gets what the file says of that province's own numbers (whether they still work after the merger).
 */
function ownLineFacts(q: Asked, deps: AskDeps, updates: Updates): string[] {
  const entry = q.province && namesLine(q.text) ? deps.contacts?.()?.provinces[q.province] : undefined;
  const phones = entry?.contacts.flatMap((c) => (c.phone ? [c.phone] : [])) ?? [];
  return phones.length ? hotlineFactsFor(phones, updates) : [];
}

/** At most this many whole texts are cited under a facts answer: the ones it names first. */
const MAX_TEXTS_CITED = 3;

/**
 * The bundled texts the facts name by number (`Luật … số 53/2024/QH15`, even when only an excerpt of it is
 * bundled), cited by their opening article, so the reader sees which texts of the folder the answer is about
 * and how much of each the folder holds. Texts an article citation already covers are not cited again.
 */
function textsCited(facts: string[], corpus: Corpus, cited: Citation[], question: string): Citation[] {
  const docs = docsById(corpus);
  const byNumber = new Map(corpus.docs.filter((d) => d.number).map((d) => [d.number!, d]));
  const numbers = [...new Set(facts.flatMap((f) => documentNumbers(f)))];
  // The texts the question itself names come first: those are what it asks about.
  const asked = foldWords(question);
  const named = [...numbers.filter((n) => namedBy(asked, n)), ...numbers.filter((n) => !namedBy(asked, n))]
    .map((n) => byNumber.get(n))
    .filter((d): d is DocMeta => d !== undefined && !cited.some((c) => docs.get(c.docId) === d))
    .slice(0, MAX_TEXTS_CITED);
  const out: Citation[] = [];
  const start = asksStartDate(question);
  for (const doc of named) {
    const marks = landmarksOf(corpus).get(doc.id);
    const stated = start ? marks?.start : undefined;
    const opening = stated?.section ?? marks?.opening;
    if (!opening) continue;
    const quote = stated?.sentence ?? firstSentences(opening.text);
    out.push(citationOf(cited.length + out.length + 1, doc, opening.path, opening.id, { quotes: [quote] }));
  }
  return out;
}

// "Có hiệu lực từ ngày nào", "áp dụng từ khi nào", "bắt đầu có hiệu lực bao giờ": the day a text took effect.
const START_ASKED =
  /\b(hieu luc|ap dung|thi hanh)\b( \w+){0,4} (ngay nao|khi nao|bao gio|nam nao|luc nao)\b|\b(tu ngay nao|tu khi nao|tu bao gio)\b( \w+){0,4} (hieu luc|ap dung|thi hanh)\b/;
// "Có hiệu lực đến khi nào": until when, which the change answers, not the day a text took effect.
const UNTIL_ASKED = /\b(den|toi) (ngay nao|khi nao|bao gio|nam nao|luc nao)\b/;
const asksStartDate = (question: string) => START_ASKED.test(foldWords(question)) && !UNTIL_ASKED.test(foldWords(question));
// The text's own sentence on the day it took effect ("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2012").
const TAKES_EFFECT = /có hiệu lực(?: thi hành)?(?: kể)? từ ngày/u;

/** Where a text opens (its first section with text) and where it states the day it takes effect, if it does. */
interface Landmarks {
  opening?: Section;
  start?: { section: Section; sentence: string };
}
const landmarksByCorpus = new WeakMap<Corpus, Map<string, Landmarks>>();

/** Each text's landmarks, by text id: read once per corpus. */
function landmarksOf(corpus: Corpus): Map<string, Landmarks> {
  const known = landmarksByCorpus.get(corpus);
  if (known) return known;
  const all = new Map<string, Landmarks>();
  for (const section of corpus.sections) {
    const marks = all.get(section.docId) ?? {};
    all.set(section.docId, marks);
    if (!marks.opening && section.text.trim()) marks.opening = section;
    if (marks.start || !TAKES_EFFECT.test(section.text)) continue;
    const sentence = splitSentences(section.text).find((s) => TAKES_EFFECT.test(s));
    if (sentence) marks.start = { section, sentence: elidedQuote(sentence.trim(), 450) };
  }
  landmarksByCorpus.set(corpus, all);
  return all;
}

/** A folded question names the text numbered `62/2012/NĐ-CP` as `62/2012` or `62 2012` (folded to ` 62 2012 `). */
function namedBy(foldedQuestion: string, number: string): boolean {
  const [n, year] = number.split('/');
  return foldedQuestion.includes(` ${n} ${year} `) || foldedQuestion.includes(` ${Number(n)} ${year} `);
}

/** ` (kho chỉ có bản trích: 7 trong 63 điều)` for an excerpt (from `Trích 7 trong 63 điều: Điều 1; …`), else ''. */
function excerptExtent(doc: DocMeta | undefined): string {
  if (!doc?.excerpt) return '';
  const held = doc.completeness
    ?.split(':')[0]
    .replace(/^trích\s*/iu, '')
    .trim();
  return ` (kho chỉ có bản trích${held ? `: ${held}` : ''})`;
}

/**
 * The articles of bundled texts the file gives as the basis of who does an abolished agency's work today
 * ("theo Điều 27 Luật 53/2024/QH15"), as citations, so the reader can check the law's own words.
 */
function articlesCited(q: Asked, updates: Updates, corpus: Corpus): Citation[] {
  const change = agencyAsked(q.text, updates)?.change;
  if (!change) return [];
  const said = [change.now, ...(change.sources ?? [])].join('; ');
  const citations: Citation[] = [];
  for (const m of said.matchAll(/Điều (\d+)([^;]*)/gu)) {
    const number = documentNumbers(m[2])[0];
    const doc = number ? corpus.docs.find((d) => d.number === number) : undefined;
    const section = doc && closestPart(articleParts(corpus, doc, m[1]), change.now);
    if (doc && section && !citations.some((c) => c.sectionId === section.id))
      citations.push(articleCitation(citations.length + 1, doc, section));
  }
  return citations;
}

/** The clauses of article `n` of a bundled text that have text of their own. */
function articleParts(corpus: Corpus, doc: DocMeta, n: string): Section[] {
  const heading = `Điều ${n}.`;
  return corpus.sections.filter((s) => s.docId === doc.id && s.path.some((h) => h.startsWith(heading)) && s.text.trim());
}

function articleCitation(n: number, doc: DocMeta, section: Section): Citation {
  return citationOf(n, doc, section.path, section.id, { quotes: [firstSentences(section.text)] });
}

/**
 * The amended articles the folder holds of a law whose amendment the question asks about (its first clause), so
 * the reader sees the wording in force after the amendment.
 */
function amendedArticlesCited(q: Asked, updates: Updates, corpus: Corpus): Citation[] {
  const citations: Citation[] = [];
  for (const law of amendmentsAsked(q.text, updates)) {
    const doc = corpus.docs.find((d) => d.number === documentNumbers(law.new)[0]);
    for (const m of doc ? (law.amended_by ?? '').matchAll(/Điều (\d+)/gu) : []) {
      const section = articleParts(corpus, doc!, m[1])[0];
      if (section) citations.push(articleCitation(citations.length + 1, doc!, section));
    }
  }
  return citations;
}

/** Distinct pairs of running words of a text, folded. */
function wordPairs(text: string): Set<string> {
  const w = foldWords(text).trim().split(' ');
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
}

/** The part of an article (a clause) sharing the most word pairs with what the file says of it. */
function closestPart(parts: Section[], said: string): Section | undefined {
  const pairs = wordPairs(said);
  const shared = (s: Section) => [...wordPairs(s.text)].filter((p) => pairs.has(p)).length;
  return parts.reduce<Section | undefined>((best, s) => (!best || shared(s) > shared(best) ? s : best), undefined);
}

/** The clause's opening sentences, up to a quotable length. */
function firstSentences(text: string, max = 450): string {
  const sentences = text.trim().split(/(?<=[.;:])\s+/u);
  let out = sentences[0];
  for (const s of sentences.slice(1)) {
    if (out.length + s.length + 1 > max) break;
    out += ` ${s}`;
  }
  return elidedQuote(out, max);
}

/** What the update file says that relates to a question the documents do not answer, as a paragraph. */
const relatedFacts = (facts: string[]) => `Thông tin cập nhật liên quan (ngoài kho văn bản):\n${bullets(facts)}`;

/** "Not in the documents" for texts whose content the folder lacks, with what the update file says that relates. */
function missingTextsAnswer(missing: UnavailableText[], corpus: Corpus, facts: string[], q: Asked, deps: AskDeps): AskResult {
  const known = facts.length ? `\n\n${relatedFacts(facts)}` : '';
  return {
    kind: 'abstain',
    text: `${missingTextsReply(missing, corpus)}${known}\n\nBạn có thể liên hệ:\n${hotlinesText(deps, q.province)}`,
    citations: [],
  };
}

/**
 * An answer to a question about an excerpt ("Luật 53/2024 quy định … thế nào") that does not lead with it, or leads
 * with a sentence of it that is no answer to the precise thing asked (lead.ts): the excerpt does not hold what is
 * asked, and the nearest passage of another text, or another body's rule, is no answer to it.
 */
export function outsideExcerpt(r: AskResult, q: Asked, deps: AskDeps): AskResult | undefined {
  const updates = deps.updates?.();
  const corpus = deps.corpus?.();
  if (r.kind !== 'answer' || !updates || !corpus) return undefined;
  const named = excerptsNamed(q.text, updates, corpus);
  if (!named.length) return undefined;
  // The lead's source comes first: a passage of the excerpt quoted further down does not answer what was asked, nor
  // does one of its sentences that states no time limit when one is asked, or another body's, nor its scope article.
  const lead = r.citations[0] && docsById(corpus).get(r.citations[0].docId)?.number;
  const { quote, heading } = leadOf(r);
  const answers = named.some((u) => u.number === lead) && quoteAnswersPrecisely(q.text, quote) && articleAnswers(q.text, heading);
  return answers ? undefined : missingTextsAnswer(named, corpus, [], q, deps);
}

/**
 * An answer to a question about today's forms or procedures ("mẫu tờ khai theo quy định mới") that leads with a
 * text of the replaced law: the forms and steps of today are in texts the folder lacks. The old text is named for
 * reference only, marked as such, and not quoted. An amount asked is left to the answer, whose notes say it is old.
 */
export function oldFormsOnly(r: AskResult, q: Asked, deps: AskDeps): AskResult | undefined {
  const updates = deps.updates?.();
  const corpus = deps.corpus?.();
  if (r.kind !== 'answer' || !updates || !corpus || !asksFormsOfToday(q.text) || answerTypes(q.text).includes('amount')) return undefined;
  const lead = r.citations[0];
  const doc = lead && docsById(corpus).get(lead.docId);
  const changes = doc ? lawChangesFor(doc, updates) : [];
  const successors = missingSuccessors(changes, updates, corpus);
  if (!doc || !successors.length) return undefined;
  const lacking = successors.map((u) =>
    u.excerpt ? `kho chỉ có bản trích ${u.name}${excerptHeld(corpus, u.number)}` : `toàn văn ${u.name} chưa có trong kho`,
  );
  const where = corpus.sections.find((x) => x.id === lead.sectionId)?.path.join(' › ');
  const note = validityNote(doc);
  return {
    kind: 'abstain',
    text:
      `Biểu mẫu, hồ sơ, thủ tục theo quy định hiện hành không có trong các văn bản hiện có: ${lacking.join('; ')}, ` +
      'nên tôi không trả lời được theo quy định mới.\n\n' +
      `Chỉ để tham khảo (không phải quy định hiện hành): văn bản cũ ${doc.shortName}${note ? ` (${note})` : ''} có quy định về việc này` +
      `${where ? ` tại ${where}` : ''}.\n\nBạn có thể liên hệ:\n${hotlinesText(deps, q.province)}`,
    citations: [],
  };
}

/** ` (7 trong 63 điều)`: how much of an excerpt the folder holds, from its completeness note, or ''. */
function excerptHeld(corpus: Corpus, number: string): string {
  const held = excerptExtent(corpus.docs.find((d) => d.number === number)).replace(/^ \(kho chỉ có bản trích:? ?/u, '');
  return held && held !== ')' ? ` (${held}` : '';
}

/** The question asks about a province merger only as its first half: every fact it gets is a merger. */
export function onlyMergerAnswered(q: Asked, deps: AskDeps): boolean {
  const updates = deps.updates?.();
  if (!updates) return false;
  const merged = mergerFacts(q.text, updates, { userProvince: q.userProvince });
  return merged.length > 0 && changeFacts(q.text, updates, { userProvince: q.userProvince }).every((f) => merged.includes(f));
}

/** The merger facts, then the answer to the rest of the question. */
export function withMergerFacts(facts: AskResult, rest: AskResult): AskResult {
  return { ...rest, text: `${facts.text}\n\n${rest.text}` };
}

function factsAnswer(facts: string[], citations: Citation[] = [], corpus?: Corpus): AskResult {
  const docs = corpus && docsById(corpus);
  const basis = citations.map((c) => `\n\nTheo ${c.label} [${c.n}]: «${c.quotes?.[0] ?? ''}»${excerptExtent(docs?.get(c.docId))}`).join('');
  return {
    kind: 'answer',
    text: `Theo thông tin cập nhật về những thay đổi từ năm 2025 (ngoài các văn bản trong kho):\n\n${bullets(facts)}${basis}`,
    citations,
  };
}

/** The reply with a paragraph right after its first one (the notice saying what is missing). */
function afterLead(r: AskResult, paragraph: string): AskResult {
  const [first, ...rest] = r.text.split('\n\n');
  return { ...r, text: [first, paragraph, ...rest].join('\n\n') };
}

/**
 * What the directory's documents and the update file say of the lines a question names, as the answer, when the
 * passages found do not answer it ("Số 111 là của cơ quan nào?", "1800 1581 nhận những tin gì"); undefined when the
 * question names no line either knows.
 */
export function lineFactsAnswer(q: Asked, deps: AskDeps): AskResult | undefined {
  const updates = deps.updates?.();
  const facts = updates ? hotlineFacts(q.text, updates) : [];
  const listed = numberedLinesAnswer(q.text, contactSources(deps));
  if (!facts.length) return listed;
  const fileFacts = factsAnswer(facts);
  return listed ? { ...listed, text: `${listed.text}\n\n${fileFacts.text}` } : fileFacts;
}

/**
 * "Số đường dây nóng của Bộ Y tế là gì": a body whose own number the documents do not state, but which the update file
 * names as running a line. That line's facts lead, then the directory's lines; undefined when the file names no line
 * for the body asked.
 */
export function lineRunByBodyAnswer(q: Asked, deps: AskDeps): AskResult | undefined {
  const updates = deps.updates?.();
  const body = agencyAskedByName(q.asTyped ?? q.text);
  const lines = body && updates ? updates.hotlines.filter((h) => namesBody(h.fact, body)) : [];
  if (!updates || !lines.length) return undefined;
  const listed = contactDirectoryAnswer(q.province, contactSources(deps));
  const facts = factsAnswer(
    hotlineFactsFor(
      lines.map((h) => h.number),
      updates,
    ),
  );
  return { ...listed, text: `${facts.text}\n\n${listed.text}` };
}

/** The fact names the body: its name's first words (at least three, or all of a shorter name) stand in it whole. */
function namesBody(fact: string, body: string): boolean {
  const words = foldWords(body).trim().split(' ');
  const f = foldWords(fact);
  for (let n = words.length; n >= Math.min(3, words.length) && n >= 2; n--) {
    if (f.includes(` ${words.slice(0, n).join(' ')} `)) return true;
  }
  return false;
}

/**
 * An answer unsure of its passages to a question naming a line the update file knows ("gọi 111 có báo được … không"):
 * the file's facts on the line lead, and the passages follow as related reading instead of under a hedge.
 */
export function lineFactsFirst(r: AskResult, q: Asked, deps: AskDeps): AskResult | undefined {
  if (r.kind !== 'answer' || !r.text.startsWith(UNSURE_INTRO)) return undefined;
  const facts = lineFactsAnswer(q, deps);
  if (!facts) return undefined;
  const passages = r.text.slice(UNSURE_INTRO.length).trim();
  return { ...r, text: passages ? `${facts.text}\n\nCác đoạn văn bản có thể liên quan:\n${passages}` : facts.text };
}

/** The answer with the notes it needs about what changed since its sources were issued. */
export function addChangeNotes(r: AskResult, q: Asked, deps: AskDeps): AskResult {
  const updates = deps.updates?.();
  const corpus = deps.corpus?.();
  if (!updates || !corpus) return r;
  const asked = namedHotlines(q.text, updates);
  // A reply saying which detail of a line the documents lack (its cost, its hours, a count of its calls) stays
  // what it is: the file's facts on the line follow the notice, and never stand in for the detail asked.
  if (r.kind === 'abstain' && asked.length && !r.text.includes(asked[0].fact))
    return afterLead(r, relatedFacts(hotlineFacts(q.text, updates)));
  // A notice that the documents lack a detail still lists what they hold (a province's agencies, with their plan
  // cited): those citations get their notes like an answer's.
  const annotated = r.kind === 'abstain' ? r.citations.length > 0 : r.kind === 'answer' && (r.citations.length > 0 || asked.length > 0);
  if (!annotated) return r;
  const docs = docsById(corpus);
  // A plan cited only as the source of a national line (the 111 line) says nothing of its own province, whose
  // merger is then no note of this reply; a passage quoted from it still is.
  const national = nationalLineSections(contactSources(deps));
  const cited = r.citations
    .filter((c) => c.quotes?.length || !national.has(c.sectionId))
    .map((c) => docs.get(c.docId))
    .filter((d) => d !== undefined);
  const notes = answerNotes(r.text, cited, updates, { lines: asked, laws: replacedLawsNamed(q.text, updates) });
  return notes.length ? { ...r, text: `${r.text}\n\n${notes.join('\n')}` } : r;
}
