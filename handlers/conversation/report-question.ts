// A report or an emergency that also asks something the documents answer ("nộp đơn ở đâu, có hạn không",
// "đưa em đến đâu để được ở"): the case reply is kept as it is, and the question is asked through the one
// question pipeline so that the documents' answer follows it. Only a confident answer is added: an abstention,
// a notice or an "unsure" answer would be noise in a case reply, so nothing is added then.
// Everything runs on folded, abbreviation-expanded tokens, so "o dau" = "ở đâu".
import { UNSURE_INTRO } from '../answer.js';
import { isContactQuestion } from '../contacts-answer.js';
import type { AskOptions, AskResult } from '../ask/pipeline.js';
import { foldDiacritics } from '../../knowledge/text.js';
import { analyze, bigrams } from '../../retrieval/text.js';
import { vi } from '../replies/vi.js';
import { analyse } from '../triage/features.js';
import type { IncomingMessage, OutgoingMessage } from '../types.js';
import type { ConversationContext } from './context.js';

/** Asks one question through the question pipeline (the channels' `askQuestion`, the eval's `answering.ask`). */
export type AskFn = (question: string, opts: AskOptions) => Promise<AskResult>;

// "Đâu" folds to the letters of "đau" (pain): it counts only after a verb of going, sending or asking.
const WHERE = /\b(o|di|den|toi|ve|vao|nop|gui|bao|trinh bao|tim|xin|vay|dua|lien he|hoi|cho) (\w+ ){0,2}dau\b/;
/** Cues of a question the documents can answer: where to go, which agency, what papers, how long, whether entitled. */
const QUESTION_CUES = [
  WHERE,
  /\b(co quan|cho|noi|to chuc|don vi|ben|giay|giay to|thu tuc|che do|ho tro) nao\b/,
  /\b(can|phai|lam|duoc|giay|ho so|thu tuc|che do) (\w+ ){0,2}(gi|nhung gi)\b/,
  /\b(bao lau|bao nhieu|khi nao|bao gio|thoi han)\b/,
  /\bco han\b/,
  /\blam (sao|the nao)\b/,
  /\bnhu the nao\b/,
  // "Có phải … không" asks whether the situation is what it seems: the officer's to judge, not the documents'.
  /\bco (duoc|can|bi) (\w+ ){0,10}khong\b/,
  /\bai (lo|cap|giup|tiep nhan|chiu|ho tro|cham soc|giai quyet|phat hien|xu ly|dieu tra|xac minh|phu trach|quan ly)\b/,
  /\b(tim|gap|hoi|nho|lien he|bao cho|giao|giao cho) ai\b/,
  // How the law names the situation ("có tính là mua bán người không"): the documents' definitions answer it.
  /\b(co|duoc|bi) (tinh|coi|xem) (la )?(\w+ ){0,3}(mua ban nguoi|nan nhan|toi)\b/,
];
/**
 * Where a person is now or was taken: only the officers and the police can answer that, not the documents. A "thì"
 * opens what the person wants to do ("bị lừa bán thì tới đâu"), not where they were taken.
 */
const WHEREABOUTS = [
  /\b(dang|hien|bay gio|gio) (dang )?o dau\b/,
  /\bbi (\w+ )?(ban|dua|dem|lua|bat|dan) ((?!thi )\w+ ){0,2}(di |sang |qua )?dau\b/,
];

const SENTENCE_END = /(?<=[.!?…;])\s+|\n+/u;

/** Folded tokens of a sentence, padded so that the cues' word boundaries hold at both ends. */
const foldedOf = (sentence: string) => ` ${analyse(sentence).tokens.join(' ')} `;

/**
 * The sentence asks something the documents may answer: a question cue, and not where somebody is. A question
 * mark alone is not enough: "có ai thấy không?" asks the reader, not the documents.
 */
function asksSomething(sentence: string): boolean {
  const t = foldedOf(sentence);
  if (WHEREABOUTS.some((re) => re.test(t))) return false;
  // Whom to call or which number ("gọi số nào", "tổng đài của tỉnh số mấy") is asked as the pipeline's contact step reads it.
  return QUESTION_CUES.some((re) => re.test(t)) || isContactQuestion(sentence);
}

/** The sentences of a report that ask something the documents may answer, joined; undefined when none does. */
export function questionPartOf(text: string): string | undefined {
  const asked = text.split(SENTENCE_END).filter((s) => s.trim() && asksSomething(s));
  return asked.length ? asked.join(' ') : undefined;
}

const QUOTED = /«([^»]*)»/g;
/** Where an answer's citations with their passages begin. */
const CITATIONS_HEADING = '\nTrích dẫn:';

/**
 * Folded word pairs of the text with at least one word that carries content, told apart as written ("chỗ ăn"
 * keeps "chỗ", a word only its folded form shares with "cho"), compared folded so unaccented questions match.
 */
const wordPairs = (text: string): string[] => bigrams(analyze(text).seq).map(foldDiacritics);
/** A listed line's key: the number or agency before its first colon ("• 113: Công an…" → "113"). */
const LISTED = /^\s*•\s*([^:\n]+):/gmu;
const squeezed = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The answer tells the person something the case reply does not: a quote that shares content words with the
 * question (not the nearest passage on another matter), or, for a list of contacts, a line the hotlines lack.
 * Passages a step chose for what is asked (where to report, help abroad) speak of it whatever their words: they
 * only need to say something the case reply does not say yet.
 */
function addsToCaseReply(r: AskResult, question: string, caseReply: string): boolean {
  const answer = r.text;
  const quoted = [...answer.matchAll(QUOTED)].map((m) => m[1]);
  if (r.chosenForAsk) {
    const lead = answer.split(CITATIONS_HEADING)[0];
    return [...lead.matchAll(QUOTED)].some((m) => !caseReply.includes(m[1]));
  }
  const quotes = quoted.join('\n');
  if (quotes) {
    const said = new Set(wordPairs(quotes));
    return wordPairs(question).some((pair) => said.has(pair));
  }
  const known = squeezed(caseReply);
  const listed = [...answer.matchAll(LISTED)];
  // Asked for a number, the documents' lines with their sources answer it even where the case reply lists the same.
  if (listed.length && r.citations.length && isContactQuestion(question)) return true;
  return listed.some((m) => !known.includes(squeezed(m[1])));
}

/**
 * The documents' answer to the question a report also asks, ready to follow the case reply; undefined when the
 * message asks nothing, or the pipeline abstains, gives a notice, is unsure or adds nothing to the case reply.
 * Only the asking sentences go to the pipeline: the account around them ("bị bán sang…", "bị giữ giấy tờ")
 * would pull retrieval towards the report.
 */
export async function answerInReport(text: string, province: string | null, caseReply: string, ask: AskFn): Promise<AskResult | undefined> {
  const question = questionPartOf(text);
  if (!question) return undefined;
  const r = await ask(question, { province, intent: 'question' });
  if (r.kind !== 'answer' || r.text.startsWith(UNSURE_INTRO) || !addsToCaseReply(r, question, caseReply)) return undefined;
  return { ...r, text: `${vi.reportQuestionAnswer()}\n${r.text}` };
}

/**
 * The replies to a new case, with the documents' answer to what the report also asks placed right after the
 * citizen's case reply (its hotlines and safety advice stay first) and kept in the case record, so the officer
 * sees what the person was told. A case that could not be stored gets its hotlines only.
 */
export async function withReportAnswer(
  ctx: ConversationContext,
  msg: IncomingMessage,
  ref: string,
  text: string,
  out: OutgoingMessage[],
  ask: AskFn,
): Promise<OutgoingMessage[]> {
  const at = out.findIndex((m) => m.to.channel === msg.channel && m.to.chatId === msg.chatId);
  const caseId = out[at]?.caseId;
  if (caseId === undefined) return out;
  let asked: AskResult | undefined;
  try {
    asked = await answerInReport(text, ctx.safeProvince(ref) ?? null, out[at].text, ask);
  } catch (err) {
    ctx.deps.logger.error({ err, caseId }, "answering a report's question failed");
    return out;
  }
  if (!asked) return out;
  try {
    ctx.deps.store.addMessage(caseId, { direction: 'bot', text: asked.text, at: ctx.clock() });
  } catch (err) {
    ctx.deps.logger.error({ err, caseId }, "storing a report's answer failed");
  }
  const answer = ctx.reply(msg, 'answer', asked.text, {
    caseId,
    citations: asked.citations,
    ...(asked.buttons ? { buttons: asked.buttons } : {}),
  });
  return [...out.slice(0, at + 1), answer, ...out.slice(at + 1)];
}
