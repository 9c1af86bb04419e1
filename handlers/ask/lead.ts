// The sentence an extractive answer leads with, and whether it is the answer to a precise question: it states the
// kind of thing asked (a time limit, an amount, a number) and, when the question asks what a named body must do, it
// is that body's rule, not one where the body is only whom another body works with ("… phải chủ trì, phối hợp với
// Công an cấp tỉnh xác minh"). Another body's deadline is no answer to when the police must act.
import { foldedWords } from '../../knowledge/text.js';
import { answerTypes, carries, type AnswerType } from '../../retrieval/question-type.js';
import type { AskResult } from './types.js';

/** The quote the answer leads with, and the section it cites. */
export function leadOf(r: AskResult): { quote: string; heading: string } {
  const lead = r.text.split('\n')[0];
  return { quote: lead.slice(lead.indexOf('«') + 1), heading: r.citations[0]?.label.split(' › ').slice(1).join(' › ') ?? '' };
}

// Head words of the bodies the documents task, folded; the name is read as the head and the next word.
// Folded, "sở", "phòng" are also "số", "phòng (ngừa)": those two are read only with the names the documents give them.
const BODY =
  / (cong an|bo doi bien phong|don bien phong|bien phong|canh sat bien|uy ban nhan dan|ubnd|chu tich|so (y te|lao dong|tu phap|ngoai vu|tai chinh|giao duc|noi vu)|phong (lao dong|van hoa|canh sat)|co quan (chuyen mon|dai dien|giai cuu)|trung tam [a-z]+|toa an|vien kiem sat|cuc [a-z]+) /;
// "cơ quan nào", "trung tâm nào": which body is what is asked, so none is named.
const QUESTION_WORD = / (nao|gi) $/;
// The setting of a question ("khi xã thông báo … thì"): a body named there is not the one asked about.
const SETTING = / (khi|neu|sau khi|truong hop) .*? thi /;
// Words before a body that make it the one worked with, written or sent to, not the one acting.
const PARTNER = / (phoi hop voi|phoi hop|voi|cho|den|toi|gui|bao cao|thong bao|de nghi|giup|cua)$/;
const PRECISE: AnswerType[] = ['time', 'date', 'amount', 'count'];

/** The body a question asks what it must do: the first named outside its setting and not as one written or sent to. */
function bodyAsked(question: string): string | undefined {
  const q = foldedWords(question).replace(SETTING, ' ');
  const m = BODY.exec(q);
  if (!m || PARTNER.test(q.slice(0, m.index)) || QUESTION_WORD.test(` ${m[1]} `)) return undefined;
  return m[1];
}

/** Whether the body acts in the sentence: named there, not only as the one worked with or written to. */
function actsIn(body: string, sentence: string): boolean {
  // A parenthesis names, it does not act: "(sau đây gọi chung là Công an cấp tỉnh)".
  const s = foldedWords(sentence.replace(/\([^)]*\)/gu, ' '));
  const at = [...s.matchAll(new RegExp(` ${body} `, 'g'))].map((m) => m.index);
  return at.some((i) => !PARTNER.test(s.slice(0, i)));
}

/**
 * Whether a quote answers a question asking a precise thing: it carries what is asked, and a body the question
 * names as acting acts in it. A question asking nothing precise is answered by any quote.
 */
export function quoteAnswersPrecisely(question: string, quote: string): boolean {
  const asked = answerTypes(question).filter((t) => PRECISE.includes(t));
  if (!asked.length) return true;
  if (!asked.some((t) => carries(t, quote))) return false;
  const body = bodyAsked(question);
  return !body || actsIn(body, quote);
}
