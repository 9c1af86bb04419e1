// The one path every question takes, whichever way it arrives (web chat, Telegram, Zalo, `npm run ask`,
// the answer eval). The steps run in order; the first one that replies ends the walk:
//   1. checkQuestion   input that cannot be a question → a clear message
//   1b. figuresNotHeld a count or share of what happened ("năm 2023 có bao nhiêu nạn nhân") the documents do not
//                      state → "not in the documents" (figures.ts); a plan's targets are not results
//   1b'. sumNotHeld    a sum of money ("bao nhiêu tỷ đồng") that the passages answering it do not state, nor a rate
//                      → "not in the documents" (amounts.ts), not a passage that merely mentions funds
//   1c. plannedAmendmentNotHeld  how a legal text will be amended → "not in the documents" (planned-change.ts)
//   1d. textParticulars a bundled text's number, issuer, date or article count → its front matter (text-particulars.ts)
//   1e. textScope       what a named text covers as a whole ("Luật 2024 điều chỉnh những vấn đề
//                      gì") → its scope article, which an excerpt holds too (text-scope.ts)
//   1f. partnerPlan     the plan of a province that merged with one of the documents' in 2025 ("kế hoạch năm 2023 của
//                      Hậu Giang"), issued before the merger → "not in the documents" (merged-plans.ts)
//   2. changes         what changed in 2025 (the knowledge update file), or texts the folder lacks → changes.ts
//                      (before contacts: "Sở LĐTBXH giải thể thì sở nào lo?" asks what changed, not for a number)
//   2b. mergedUnitPlan  the plan of a province of today for a year from the merger on → "not in the
//                      documents" (merged-plans.ts)
//   2b'. laterPeriodNotHeld  a plan or an event of a year past what the documents and the update file reach
//                      → "not in the documents" (later-period.ts)
//   2b''. planOfPeriodNotHeld  a province's plan of a period none of its held plans speaks for → "not in the
//                      documents", naming the plans of that province it holds (plan-period.ts)
//   2c. helpAbroad      someone abroad asking where to get help to come home or to report, or who protects them
//                      there → the documents' sentences on the Vietnamese representative mission abroad (abroad.ts)
//   2d. reportInPerson  "trình báo thì đến đâu" → the law's sentence on where to report in person, and for someone
//                      back from abroad, where the documents say they report at or after the border (report-place.ts)
//   2d'. reportInSetApartCase  whom to report to for a foreign victim, or at the border or sea → that case's rule
//                      in the regulations (situations.ts), with the emergency lines
//   2e. passOn          what a body receiving information or a victim must pass on, and to whom ("… chưa được giải
//                      cứu thì phải báo ngay cho đơn vị nào") → the duty for that case, in the regulations or the
//                      plan of the province asked about, without emergency lines (pass-on.ts)
//   3. contacts        "gọi số nào…", "liên hệ ai…" → the contacts directory (numbers never come from passages);
//                      a detail it does not hold (an agency's own number, a line's cost) is said to be missing;
//                      a service asked for ("… thì liên hệ ai", "bên nào lo …") → who gives it (providers.ts);
//                      whom to report trafficking to → the law's rule beside the lines (report-rule.ts)
//   4. outOfScope      names a document or a province the corpus does not hold, or asks the content of a text or a
//                      form the documents only name (cited-texts.ts, forms.ts) → "not in the documents"
//   5. greeting        small talk off the documents' subject → the short help; a question there about the world
//                      (not about the bot) → "not in the documents"
//   6. retrieval       the extractive answer, or the generated one when an LLM is configured
//                      (it also declines questions off the documents' subject, see answer.ts, and a question
//                      about an excerpt that it answers from other texts, or about today's forms and procedures
//                      that it answers from a text of the replaced law, see changes.ts)
// Before the steps, today's names of merged provinces are read as the former province (changes.ts);
// then every reply gets its change notes (changes.ts) and is made safe for any channel's text.
import { asksSomething } from '../../retrieval/asking-sentence.js';
import { questionText, spellOutChat } from '../../retrieval/text.js';
import { carries } from '../../retrieval/question-type.js';
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import type { Corpus } from '../../knowledge/types.js';
import {
  asksForService,
  asksWhoGivesService,
  contactAnswer,
  contactSources,
  hotlinesText,
  isContactQuestion,
  lastServiceAt,
  mentionsAbroad,
  mentionsService,
  namesLine,
  numberedLinesAnswer,
  provinceInText,
  providerQuestion,
  withoutDestinations,
} from '../contacts-answer.js';
import { UNSURE_INTRO } from '../answer.js';
import { asksOnlyOwnBodyDuties } from '../answer/agency-section.js';
import {
  aboutAbroadOrBorder,
  asksWhereToReport,
  asksWhomToTellAfterCrossing,
  borderReportPlaces,
  quotedAnswer,
  reportPlace,
  reportPlaceAnswer,
} from '../report-place.js';
import { abroadAnswer } from './abroad.js';
import { foldedWords } from '../../knowledge/text.js';
import { vi } from '../replies/vi.js';
import {
  addChangeNotes,
  answerChanges,
  asksEntitlementBeforeChangeOf,
  inFormerProvinces,
  isMergedProvinceName,
  lineFactsAnswer,
  lineRunByBodyAnswer,
  lineFactsFirst,
  oldFormsOnly,
  onlyMergerAnswered,
  outsideExcerpt,
  shortFormContext,
  withMergerFacts,
  withTransitionalRule,
} from './changes.js';
import { asksFormsOfToday, asksSinceWhen, missingTextsAsked, withoutCurrentLawQualifier } from '../updates/changes.js';
import { checkInput } from './input.js';
import { figuresNotHeld } from './figures.js';
import { quotesSum, sumAsked, sumNotStated } from './amounts.js';
import { plannedAmendmentNotHeld } from './planned-change.js';
import { textScope } from './text-scope.js';
import { withoutStateGiver } from './state-giver.js';
import { unlistedContactDetail } from './contact-details.js';
import { mergedUnitPlan, partnerPlan } from './merged-plans.js';
import { laterPeriodNotHeld } from './later-period.js';
import { planOfPeriodNotHeld } from './plan-period.js';
import { notCovered, onlyNamed } from './not-covered.js';
import { citedOnlyTextAsked, citedPlaces } from './cited-texts.js';
import { unreproducedFormAsked } from './forms.js';
import { providerAnswer } from './providers.js';
import { textParticularsAnswer } from './text-particulars.js';
import { reportRuleOrder, reportRulesFor, withReportRule } from './report-rule.js';
import { situationRules } from './situations.js';
import { bodyPassesOn, passOnAnswer, passOnRule, timeLimitOf } from './pass-on.js';
import { neighbourTopicIn, reportedNeighbourTopic } from './neighbour-topics.js';
import { leadOf } from './lead.js';
import {
  asksInDocumentsWords,
  asksTheWorld,
  asksLocalBody,
  mentionsSubject,
  namesPlan,
  namesSubject,
  unknownDocumentIn,
  unknownPlaceIn,
} from './scope.js';
import type { Asked, AskDeps, AskResult, AskStep } from './types.js';
import { type ShortFormContext, withProvinceNames } from '../text/provinces.js';

export type { Asked, AskDeps, AskResult } from './types.js';

/** The live contacts directory; null without one (only national lines, and no province is recognised). */
const directoryOf = (deps: AskDeps): ContactsDirectory | null => deps.contacts?.() ?? null;

const checkQuestion: AskStep = (q) => {
  const bad = checkInput(q.text);
  return bad === undefined ? undefined : { kind: 'notice', text: bad, citations: [] };
};

/** A place the question names that neither the documents, the directory nor the update file know. */
function unknownPlace(q: Asked, corpus: Corpus, deps: AskDeps, anywhere: boolean, byName = false): string | undefined {
  const place = unknownPlaceIn(q.text, corpus, directoryOf(deps), { anywhere, byName });
  return place && !isMergedProvinceName(place, deps) ? place : undefined;
}

// "Tự trở về rồi thì trình báo ở đâu": the law's sentence on where to report in person, not the phone directory;
// a question asking for a number still gets the directory.
const ASKS_NUMBER_FOLDED = / so (nao|may|gi) /;
const reportInPerson: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const asked = asksWhereToReport(q.text) || asksWhomToTellAfterCrossing(q.text);
  // "… đến trình báo ở công an thì công an chuyển người đó đến đâu" asks what the body receiving the report does.
  if (!corpus || !asked || namesLine(q.text) || ASKS_NUMBER_FOLDED.test(foldedWords(q.text)) || bodyPassesOn(q.text)) return undefined;
  const place = reportPlace(corpus);
  // Back from abroad: where the documents say such a person reports, at the border or after it, follows.
  const border = aboutAbroadOrBorder(q.text) ? borderReportPlaces(corpus) : [];
  return place ? { ...reportPlaceAnswer(place, hotlinesText(deps, q.province), border), chosenForAsk: true } : undefined;
};

// "Bị bán sang bên đó, muốn về thì đến cơ quan nào", "còn kẹt bên đó thì ai bảo vệ": the documents' sentences on the
// mission abroad (abroad.ts).
const helpAbroad: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const r = corpus ? abroadAnswer(q.text, q.province, corpus, hotlinesText(deps, q.province)) : undefined;
  return r && !bodyPassesOn(q.text) ? { ...r, chosenForAsk: true } : undefined;
};

// "Thấy người nước ngoài bị bán sang đây thì báo cơ quan nào", "ngoài biển gặp người bị bán thì báo ai": whom to report
// to in a case the regulations set apart is that case's rule (situations.ts), not the general duty to report. A body
// that received the victim or must inform others ("sau khi tiếp nhận …, Phòng … phải thông báo cho ai") asks its
// procedure, which passOn answers.
const BODY_HANDLES = / (thong bao|tiep nhan|nhan duoc|ban giao|chuyen giao) /;
// "… thì cơ quan nào tiếp nhận": the body taking the report is what is asked, not one already handling it.
const WHO_RECEIVES = / (ai|(co quan|don vi|ben|noi|cap) nao) (se )?(tiep nhan|nhan duoc|nhan) /;
const reportInSetApartCase: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const handled = bodyPassesOn(q.text) || BODY_HANDLES.test(foldedWords(q.text).replace(WHO_RECEIVES, ' '));
  if (!corpus || reportRuleOrder(q.text) !== 'rule-first' || handled) return undefined;
  const rules = situationRules(q.text, corpus);
  return rules.length ? { ...quotedAnswer([{ sentences: rules }], hotlinesText(deps, q.province)), chosenForAsk: true } : undefined;
};

// "… chưa được giải cứu thì cơ quan tiếp nhận phải báo ngay cho đơn vị nào": the regulations' duty for that case
// (pass-on.ts); whom the asker should contact stays with the directory.
const passOn: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  // "… thì báo cho đơn vị nào" reads as whom to call, unless a body is the one passing it on (a procedure).
  const procedure = !isContactQuestion(q.text) || bodyPassesOn(q.text);
  const rule = corpus && procedure ? passOnRule(q.text, corpus, q.province) : undefined;
  if (!corpus || !rule) return undefined;
  return { ...passOnAnswer(q.text, rule, timeLimitOf(q.text, rule, corpus)), chosenForAsk: true };
};

const contacts: AskStep = async (q, deps) => {
  const corpus = deps.corpus?.();
  // A body the update file names as running a line ("đường dây nóng của Bộ Y tế"): that line.
  const runByBody = lineRunByBodyAnswer(q, deps);
  if (runByBody) return runByBody;
  // An agency's own number or a line's cost asked and not in the directory: say so before listing other lines.
  const detail = unlistedContactDetail(q.text, q.province, contactSources(deps), q.asTyped);
  if (detail) return detail;
  // A question about a document the corpus lacks ("Nghị định … quy định tổng đài nào") is not a request for numbers.
  if (corpus && unknownDocumentIn(q.text, corpus)) return undefined;
  if (!isContactQuestion(q.text)) return asksWhoGivesService(q.text) ? whoGivesService(q, deps) : undefined;
  // Whom to call in a place: "Ở Lào Cai thì gọi số nào", whatever word comes before the name. A country abroad is
  // where the caller is ("đang ở Thái Lan thì gọi số nào"): the national lines are theirs.
  const place = corpus && unknownPlace({ ...q, text: withoutDestinations(q.text) }, corpus, deps, true);
  if (place && !mentionsAbroad(place)) return notCovered(directoryOf(deps), q.userProvince, `đầu mối liên hệ của ${place}`);
  // Whom to tell of a topic next to trafficking ("bạo lực gia đình thì báo cho ai"): not the documents', said before the lines.
  const beside = corpus && reportedNeighbourTopic(q.text, corpus, namesSubject(q.text, corpus));
  if (beside) return notCovered(directoryOf(deps), q.userProvince, beside);
  // Which agency provides a service is said by the passages naming it (the province's plan, the national rule);
  // else by the best retrieved passage; else the directory. Whom to report to in a case the regulations set apart
  // ("người quốc tịch nước ngoài bị giữ … tố giác với cơ quan nào") is that case's rule, whatever service it names.
  const setApart = corpus && reportRuleOrder(q.text) !== undefined && situationRules(q.text, corpus).length > 0;
  const service =
    asksForService(q.text) && !setApart
      ? ((corpus && providerAnswer(q.text, q.province, corpus, directoryOf(deps))) ?? (await retrievedProvider(q, deps)))
      : undefined;
  return service ?? withRuleOnReporting(q, deps, contactAnswer(q.text, q.province, contactSources(deps)));
};

/** A question on whom to report trafficking to gets the law's rule on it beside the directory's lines (report-rule.ts). */
function withRuleOnReporting(q: Asked, deps: AskDeps, lines: AskResult | undefined): AskResult | undefined {
  const corpus = deps.corpus?.();
  const order = reportRuleOrder(q.text);
  if (lines?.kind !== 'answer' || !corpus || !order) return lines;
  return withReportRule({ ...lines, kind: 'answer' }, order, reportRulesFor(q.text, corpus), deps.updates?.()) ?? lines;
}

/**
 * "Bên nào lo trợ giúp pháp lý": the documents' provider sentences, else the best retrieved passage naming one; a place
 * the documents do not hold is left to the out-of-scope step, and nothing is taken from the phone directory.
 */
async function whoGivesService(q: Asked, deps: AskDeps): Promise<AskResult | undefined> {
  const corpus = deps.corpus?.();
  if (!corpus || unknownPlace(q, corpus, deps, false)) return undefined;
  return providerAnswer(q.text, q.province, corpus, directoryOf(deps)) ?? (await retrievedProvider(q, deps));
}

// A rate ("mức sinh hoạt phí", "theo mức do Bộ Tài chính … quy định") says what a service costs, not who gives it.
const RATE = /(^|[^\p{L}])mức(?![\p{L}])/iu;

/**
 * The answer's lead names who provides a service: its quote speaks of a service and names an agency (or its
 * section is the agency's: "V. Tổ chức thực hiện › 5. Sở Y tế"), and states no amount or rate.
 */
function leadsWithProvider(r: AskResult): boolean {
  const { quote, heading } = leadOf(r);
  if (!mentionsService(quote) || carries('amount', quote) || RATE.test(quote)) return false;
  return carries('agency', ` ${quote}`) || carries('agency', heading);
}

/**
 * The agency named is the one giving the service: the section is the agency's, or the quote names an agency before
 * the service ("Trung tâm trợ giúp pháp lý nhà nước … thực hiện trợ giúp pháp lý"), not only where it is given
 * ("… trợ giúp pháp lý … trong thời gian lưu trú tại Trung tâm Bảo trợ xã hội").
 */
function providerActs(r: AskResult): boolean {
  const { quote, heading } = leadOf(r);
  const at = lastServiceAt(quote);
  return carries('agency', heading) || (at > 0 && carries('agency', ` ${quote.slice(0, at)}`));
}

/**
 * The answer naming who provides the service a question asks about: asked as the documents say it ("cơ quan
 * nào thực hiện"), then as written; undefined when neither answer leads with an agency (an amount, a definition).
 */
async function retrievedProvider(q: Asked, deps: AskDeps): Promise<AskResult | undefined> {
  let namesAgency: AskResult | undefined;
  for (const text of [q.text, providerQuestion(q.text)]) {
    if (text === undefined) continue;
    // Each candidate is judged once it is whole and may be dropped: none is streamed to the reader as a draft.
    const r = await retrieval({ ...q, text, onToken: undefined }, deps);
    if (r?.kind !== 'answer' || r.text.startsWith(UNSURE_INTRO) || !leadsWithProvider(r)) continue;
    if (providerActs(r)) return r;
    namesAgency ??= r;
  }
  return namesAgency;
}

// "Kế hoạch … của tỉnh Lào Cai năm 2024 giao sở nào": a plan of a province the documents do not hold, said before the
// update file reads "nạn nhân … năm 2024" as asking which law covered a victim then.
const planOfUnknownPlace: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  if (!corpus || !namesPlan(q.text)) return undefined;
  const place = unknownPlace(q, corpus, deps, true);
  return place ? notCovered(directoryOf(deps), q.userProvince, place) : undefined;
};

const changes: AskStep = async (q, deps) => {
  const r = answerChanges(q, deps);
  // "Bình Định sáp nhập rồi thì nạn nhân ở đó được hỗ trợ học nghề thế nào?": the merger is half of what is asked;
  // the other half (on the documents' subject, or a contact ask) is answered too.
  const corpus = deps.corpus?.();
  const more = corpus && (mentionsSubject(q.text, corpus) || isContactQuestion(q.text));
  // "Được xác định là nạn nhân năm 2024, cháu đi học thì được hỗ trợ gì": the transitional rule says which law; that
  // law's article on the entitlement asked follows it.
  if (r?.kind === 'answer' && asksEntitlementBeforeChangeOf(q, deps)) {
    return withTransitionalRule(q, deps, await firstReply(AFTER_CHANGES, q, deps)) ?? r;
  }
  // "Theo luật cũ thì sở nào chi trợ cấp …? Giờ còn đúng không": what the old text says is the documents' to answer,
  // whether it still holds the file's. The file may say nothing of it, leaving that half all the reply says: passages
  // the answerer is unsure of do not make one.
  const askedHalf = askedBeforeStillHolds(q, deps);
  const stillHolds =
    askedHalf && (await halfThenFacts(q, deps, askedHalf, r?.kind === 'answer' ? answerChanges(q, deps, false) : undefined, true));
  if (stillHolds) return stillHolds;
  // "Theo kế hoạch Đồng Nai nạn nhân được đưa vào trung tâm nào, còn hiện nay sở nào lo": the plan's half is the
  // documents', today's half the file's, which the reply needs and which answers it whatever the passages.
  const planHalf = r?.kind === 'answer' ? planHalfOf(q.text) : undefined;
  const todayFacts = planHalf && answerChanges(q, deps, false);
  const planThenToday = planHalf && todayFacts && (await halfThenFacts(q, deps, planHalf, todayFacts, false));
  if (planThenToday) return planThenToday;
  if (r?.kind !== 'answer' || !onlyMergerAnswered(q, deps)) return r;
  // "Đà Nẵng sau hợp nhất đã có kế hoạch năm 2025 chưa": that the new unit's plan is not in the documents is the
  // answer; the merger facts are its context.
  const plan = await mergedUnitPlan(q, deps);
  if (plan) return withContext(plan, r);
  // "Gia Lai mới có bao nhiêu xã", "ai là Giám đốc Sở Y tế Cần Thơ": a figure of the new unit or a topic next to the
  // documents', which neither they nor the update file state; the merger facts are context, not the answer.
  const beyond = asksBeyondMerger(q.text, corpus);
  if (beyond) return withContext(notCovered(directoryOf(deps), q.userProvince, beyond), r);
  if (!more) return r;
  // Passages the answerer is unsure of answer no other half: the merger facts are the answer.
  const rest = await firstReply(AFTER_CHANGES, q, deps);
  return rest?.kind === 'answer' && !rest.text.startsWith(UNSURE_INTRO) ? withMergerFacts(r, rest) : r;
};

/**
 * The documents' answer to the half of a question they hold, then the update file's facts on the rest; undefined when
 * that half gets no answer, or (`unsureEnds`) only passages the answerer is unsure of.
 */
async function halfThenFacts(
  q: Asked,
  deps: AskDeps,
  half: string,
  facts: AskResult | undefined,
  unsureEnds: boolean,
): Promise<AskResult | undefined> {
  const rest = await firstReply(AFTER_CHANGES, { ...q, text: half }, deps);
  if (rest?.kind !== 'answer' || (unsureEnds && rest.text.startsWith(UNSURE_INTRO))) return undefined;
  return facts ? { ...rest, text: `${rest.text}\n\n${facts.text}` } : rest;
}

// "…, còn bây giờ …", "… và hiện nay …": where a question turns from what a plan said to what holds today.
const TURN_TO_TODAY =
  /[,;]?\s+(và|va|còn|con|nhưng|nhung)\s+(hiện nay|hien nay|bây giờ|bay gio|hiện tại|hien tai|giờ|gio)(?![\p{L}\p{N}])/iu;

// "…, giờ còn đúng không", "… hiện nay còn áp dụng ko": whether what was asked before still holds today.
const STILL_HOLDS =
  /[,;?.]?\s*(?:(?:và|va|còn|con|nhưng|nhung|vậy|vay|thế|the|mà|ma)\s+)?(?:(?:hiện nay|hien nay|bây giờ|bay gio|hiện tại|hien tai|giờ|gio|nay)\s+)(?:(?:có|co|thì|thi)\s+)?(?:còn|con|vẫn còn|van con)\s+(?:đúng|dung|áp dụng|ap dung|hiệu lực|hieu luc|dùng|giá trị|gia tri|như vậy|nhu vay|như thế|nhu the)(?:\s+(?:được|duoc|nữa|nua))?\s*(?:không|khong|ko|k|chưa|chua|hông|hong|hem)?\s*\??\s*$/iu;

/**
 * The part of a question asked before it turns to whether that still holds today, when it asks something of its
 * own that the update file does not answer; undefined otherwise.
 */
function askedBeforeStillHolds(q: Asked, deps: AskDeps): string | undefined {
  const turn = STILL_HOLDS.exec(q.text);
  const half = turn ? q.text.slice(0, turn.index).replace(/[\s,;.?]+$/u, '') : '';
  // A half asking since or until when a text applies is the change's to answer with the text's own dates.
  if (!half || !asksSomething(half) || asksSinceWhen(half) || answerChanges({ ...q, text: half }, deps)) return undefined;
  return `${half}?`;
}

/** The half of a question asking what a plan said, before it turns to today; undefined when it names no plan there. */
function planHalfOf(text: string): string | undefined {
  const turn = TURN_TO_TODAY.exec(text);
  const half = turn ? text.slice(0, turn.index).trim() : '';
  return half && namesPlan(half) ? `${half}?` : undefined;
}

// A count or a size of the new unit: the update file says which units merged, not what they hold.
const FIGURE_OF_UNIT =
  / ((bao nhieu|may) (xa|phuong|huyen|thon|ap|dan|nguoi dan|can bo|co quan|co so|trung tam|so|don vi)|dan so|dien tich) /;

/** What a question asks of a merged unit beyond the merger itself, as the reply names it, or undefined. */
function asksBeyondMerger(text: string, corpus: Corpus | undefined): string | undefined {
  if (FIGURE_OF_UNIT.test(` ${foldedWords(text)} `)) return 'số xã, phường, dân số, cơ quan, cơ sở của đơn vị hành chính mới';
  return corpus && neighbourTopicIn(text, corpus, false);
}

/** A "not in the documents" reply with what is known around it just before its last paragraph, where to ask. */
function withContext(notCoveredReply: AskResult, context: AskResult): AskResult {
  const paragraphs = notCoveredReply.text.split('\n\n');
  const text = [...paragraphs.slice(0, -1), context.text, ...paragraphs.slice(-1)].join('\n\n');
  return { ...notCoveredReply, text, citations: context.citations };
}

/** A document, a province or a neighbouring legal topic the corpus does not hold: say so rather than quote the nearest passage. */
const outOfScope: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  if (!corpus) return undefined;
  const doc = unknownDocumentIn(q.text, corpus);
  if (doc) return notCovered(directoryOf(deps), q.userProvince, `văn bản “${doc}”`);
  const named = notReproduced(q, corpus, deps);
  if (named) return named;
  // A place named next to a line, a plan or a body there ("Đường dây nóng Lào Cai", "kế hoạch của Nghệ An", "ở Hà Tĩnh
  // có trung tâm nào") is whose line, plan or body is asked; elsewhere only a place word makes a name a province
  // (national law applies "ở Hà Nội" too).
  const place = unknownPlace(q, corpus, deps, namesLine(q.text) || namesPlan(q.text), asksLocalBody(q.text));
  if (place) return notCovered(directoryOf(deps), q.userProvince, place);
  // A province of the documents named beside a civil-status or land procedure does not make it theirs.
  const topic = neighbourTopicIn(q.text, corpus, namesSubject(q.text, corpus));
  return topic ? notCovered(directoryOf(deps), q.userProvince, topic) : undefined;
};

/**
 * The content of a text the documents only cite ("Quy chế phối hợp số 2548 có bao nhiêu điều"), or of a form they
 * only name ("tờ khai … gồm những mục nào"): say so, and where they name it, rather than quote the naming passage.
 */
function notReproduced(q: Asked, corpus: Corpus, deps: AskDeps): AskResult | undefined {
  const text = citedOnlyTextAsked(q.text, corpus);
  if (text) {
    const places = citedPlaces(text);
    return onlyNamed(
      directoryOf(deps),
      q.userProvince,
      `Toàn văn ${text.name}`,
      `các văn bản chỉ nêu tên văn bản này${places ? ` (tại ${places})` : ''}, không chép nội dung của nó`,
    );
  }
  // A form of today's rules is in texts the folder lacks, which the answer then says (oldFormsOnly).
  const form = asksFormsOfToday(q.text) ? undefined : unreproducedFormAsked(q.text, corpus);
  if (!form) return undefined;
  const where = form.place ? `, tại ${form.place}` : '';
  return onlyNamed(
    directoryOf(deps),
    q.userProvince,
    'Nội dung của biểu mẫu (các mục, thông tin phải ghi)',
    `các văn bản chỉ nêu tên mẫu và việc phải dùng nó${where}, không kèm theo biểu mẫu`,
  );
}

// Triage reads short questions ("chế độ cho nạn nhân", "những hành vi nào bị nghiêm cấm", "kế hoạch này lấy tiền đâu
// ra", "sở y tế lo việc gì") as chat; a message on the documents' subject, asked in their own words, on a plan, which
// is what the documents are, or on what a body of the user's province does in its plan, is answered (or declined) by
// the documents.
const greeting: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const ofDocuments = (c: Corpus) =>
    mentionsSubject(q.text, c) || asksInDocumentsWords(q.text, c) || namesPlan(q.text) || asksOnlyOwnBodyDuties(q.text, c, q.userProvince);
  if (q.intent !== 'smalltalk' || (corpus && ofDocuments(corpus))) return undefined;
  if (asksTheWorld(q.text)) return notCovered(directoryOf(deps), q.userProvince);
  return { kind: 'notice', text: vi.smalltalk(), citations: [] };
};

/**
 * What the documents are searched for: the question without the words only saying which law should answer it or
 * that the State is the one who gives.
 */
function searchedText(text: string): string {
  const point = withoutStateGiver(withoutCurrentLawQualifier(text));
  return point.split(/\s+/).length >= MIN_SEARCHED_WORDS ? point : text;
}
const MIN_SEARCHED_WORDS = 3;

// The reply from the documents, once per question: a step before the retrieval step's turn (sumNotHeld) may need it to
// decide, and answering twice would run the search, or a model, twice.
const answered = new WeakMap<Asked, Promise<AskResult | undefined>>();

/** The retrieval step's reply to `q`, the one already computed for it if any; `quiet`: no tokens streamed. */
function answerOnce(q: Asked, deps: AskDeps, quiet = false): Promise<AskResult | undefined> {
  let r = answered.get(q);
  if (!r) {
    r = answerFromDocuments(quiet ? { ...q, onToken: undefined } : q, deps);
    answered.set(q, r);
  }
  return r;
}

const retrieval: AskStep = (q, deps) => answerOnce(q, deps);

async function answerFromDocuments(q: Asked, deps: AskDeps): Promise<AskResult | undefined> {
  const r = await deps.answer(searchedText(q.text), {
    province: q.userProvince,
    history: q.history,
    ...(q.onToken ? { onToken: q.onToken } : {}),
  });
  // The documents say nothing of a line the question names, but the update file does: answer with that.
  if (r.kind === 'abstain') return lineFactsAnswer(q, deps) ?? r;
  return outsideExcerpt(r, q, deps) ?? oldFormsOnly(r, q, deps) ?? lineFactsFirst(r, q, deps) ?? r;
}

const AFTER_CHANGES: AskStep[] = [
  mergedUnitPlan,
  laterPeriodNotHeld,
  planOfPeriodNotHeld,
  helpAbroad,
  reportInPerson,
  reportInSetApartCase,
  passOn,
  contacts,
  outOfScope,
  greeting,
  retrieval,
];
// "Năm 2024 tỉnh bố trí bao nhiêu tỷ đồng cho …": a sum of money that no passage the documents answer with states (nor a
// rate) is said to be missing (amounts.ts). A line's cost is the directory's to say, and the sums of a text the folder
// lacks ("Thông tư 84/2019 chi tiền ăn bao nhiêu") the update file's.
const sumNotHeld: AskStep = async (q, deps) => {
  const kind = sumAsked(q.text);
  const line = namesLine(q.text) || numberedLinesAnswer(q.text, contactSources(deps)) !== undefined;
  if (!kind || line || isContactQuestion(q.text) || namesMissingText(q, deps)) return undefined;
  // Not streamed: the reply may be replaced by "not in the documents".
  const r = await answerOnce(q, deps, true);
  return r?.kind === 'answer' && !quotesSum(r, kind) ? sumNotStated(directoryOf(deps), q.province) : undefined;
};

/** The question names a text the update file knows and the folder lacks. */
function namesMissingText(q: Asked, deps: AskDeps): boolean {
  const updates = deps.updates?.();
  const corpus = deps.corpus?.();
  return Boolean(updates && corpus && missingTextsAsked(q.text, updates, corpus).length);
}

// The number, issuer, date or article count of a bundled text is in its front matter (text-particulars.ts).
const textParticulars: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  return corpus && textParticularsAnswer(q.text, corpus);
};

const STEPS: AskStep[] = [
  checkQuestion,
  figuresNotHeld,
  sumNotHeld,
  plannedAmendmentNotHeld,
  textParticulars,
  textScope,
  partnerPlan,
  planOfUnknownPlace,
  changes,
  ...AFTER_CHANGES,
];

/** The first reply of the steps, or undefined when none replies. */
async function firstReply(steps: AskStep[], q: Asked, deps: AskDeps): Promise<AskResult | undefined> {
  for (const step of steps) {
    const r = await step(q, deps);
    if (r) return r;
  }
  return undefined;
}

// Button payloads and prompt tags are for the program, never for the reader.
const INTERNAL_TOKEN = /\(?\s*[^()\n]*→\s*full:[0-9a-z.]+\s*\)?|<\s*\/?\s*(tai_lieu|cau_hoi|lich_su)\s*>/gi;
// INTERNAL_TOKEN backtracks over whole lines, so it runs only on the rare text that holds a token's core.
const TOKEN_CORE = /full:|(tai_lieu|cau_hoi|lich_su)\s*>/i;

/** The reply as any channel may show it: no internal tokens, no trailing blank lines. */
function channelSafe(r: AskResult): AskResult {
  const text = TOKEN_CORE.test(r.text) ? r.text.replace(INTERNAL_TOKEN, '') : r.text;
  return { ...r, text: text.replace(/\n{3,}/g, '\n\n').trim() };
}

export interface AskOptions {
  province?: string | null;
  history?: string[];
  intent?: Asked['intent'];
  onToken?: (delta: string) => void;
  /**
   * Called as each stage begins (`read`, each step's name, `notes`) and with `done` at the end, so a
   * benchmark can attribute the CPU of one question to its stages; nothing else passes it.
   */
  onStage?: (stage: string) => void;
}

/**
 * Reads the question: normalised text with chat shorthand and a province's abbreviation written out ("ko còn" →
 * "không còn", "Báo QN" → "Báo Quảng Nam"), so every step's rules read whole words; and the province it names (a
 * province of the directory), else the user's.
 */
export function readQuestion(text: string, opts: AskOptions, directory: ContactsDirectory | null, shortForms?: ShortFormContext): Asked {
  const q = withProvinceNames(spellOutChat(questionText(typeof text === 'string' ? text : '')), shortForms);
  const userProvince = opts.province ?? null;
  return {
    text: q,
    province: provinceInText(q, directory) ?? userProvince,
    userProvince,
    history: opts.history ?? [],
    ...(opts.intent ? { intent: opts.intent } : {}),
    ...(opts.onToken ? { onToken: opts.onToken } : {}),
  };
}

/** Walks the steps for one question and returns the reply; never throws for a bad question. */
export async function askQuestion(text: string, opts: AskOptions, deps: AskDeps): Promise<AskResult> {
  const stage = opts.onStage;
  stage?.('read');
  const typed = typeof text === 'string' ? text : '';
  // Abbreviations first ("TP ĐN" is Đà Nẵng), so that a province of today written short is read as the former one too.
  const shortForms = shortFormContext(opts.province ?? null, deps);
  const q = {
    ...readQuestion(inFormerProvinces(withProvinceNames(questionText(typed), shortForms), deps), opts, directoryOf(deps), shortForms),
    asTyped: questionText(typed),
  };
  for (const step of STEPS) {
    stage?.(step.name);
    const r = await step(q, deps);
    if (!r) continue;
    stage?.('notes');
    const safe = channelSafe(addChangeNotes(r, q, deps));
    stage?.('done');
    return safe;
  }
  // The retrieval step always replies; this keeps the type honest.
  return { kind: 'abstain', text: vi.answerFailed(hotlinesText(deps, q.userProvince)), citations: [] };
}
