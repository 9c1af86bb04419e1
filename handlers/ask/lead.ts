// The sentence an extractive answer leads with, and whether it is the answer to a precise question: it states the
// kind of thing asked (a time limit, an amount, a number) and, when the question asks what a named body must do, it
// is that body's rule, not one where the body is only whom another body works with ("… phải chủ trì, phối hợp với
// Công an cấp tỉnh xác minh"). Another body's deadline is no answer to when the police must act.
import { answerTypes, carries, type AnswerType } from '../../retrieval/question-type.js';
import { withoutSetting } from '../../retrieval/actor-heading.js';
import { analyze, foldToken } from '../../retrieval/text.js';
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
// Words before a body that make it the one worked with, written or sent to, not the one acting.
const PARTNER = / (phoi hop voi|phoi hop|voi|cho|den|toi|gui|bao cao|thong bao|de nghi|giup|cua)$/;
const PRECISE: AnswerType[] = ['time', 'period', 'date', 'amount', 'count'];

// A body's kind before what tells it apart: the law writes "Sở Y tế" as "cơ quan chuyên môn về y tế cấp tỉnh".
const KIND_OF_BODY = /^(so|phong|co quan|cuc|trung tam|bo doi|don) /;

/** Folded words, abbreviations written out (`UBND` → `uy ban nhan dan`), with a space on each side. */
const spelled = (text: string) => ` ${analyze(text).seq.map(foldToken).join(' ')} `;

/**
 * The body a question asks what it must do, by what tells it apart (`y te` of "Sở Y tế"): the first named outside its
 * setting and not as one written or sent to.
 */
export function bodyAsked(question: string): string | undefined {
  const q = withoutSetting(spelled(question));
  const m = BODY.exec(q);
  if (!m || PARTNER.test(q.slice(0, m.index)) || QUESTION_WORD.test(` ${m[1]} `)) return undefined;
  return m[1].replace(KIND_OF_BODY, '');
}

/** Whether the body acts in the sentence: named there, not only as the one worked with or written to. */
export function actsIn(body: string, sentence: string): boolean {
  // A parenthesis names, it does not act: "(sau đây gọi chung là Công an cấp tỉnh)".
  const s = spelled(sentence.replace(/\([^)]*\)/gu, ' '));
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

// A text's article on what it covers ("Phạm vi điều chỉnh", "Đối tượng áp dụng") sums up every subject of the text:
// it answers what the text is about or whom it applies to, not any one of those subjects.
const SCOPE_ARTICLE = /^Điều \d+\. (Phạm vi điều chỉnh|Đối tượng áp dụng)/u;
const ASKS_SCOPE =
  / (pham vi|dieu chinh|doi tuong ap dung|ap dung (cho|voi|doi voi) (ai|nhung ai|doi tuong nao)|quy dinh (ve )?(nhung )?(gi|van de gi|noi dung gi|linh vuc gi|van de nao)|noi (ve )?(nhung )?gi) /;
// An article of prohibited acts says what is forbidden, not how a breach is dealt with ("bị xử lý thế nào", "bị phạt ra sao").
const PROHIBITIONS = /^Điều \d+\. Các hành vi bị nghiêm cấm/u;
const ASKS_HANDLING = / (xu ly|xu phat|bi phat|che tai|ky luat|truy cuu)( \w+){0,8}? (the nao|nhu the nao|ra sao|gi|nao|bao nhieu) /;

/**
 * Whether the article an answer leads with can answer the question at all (`heading`: the section cited, from its
 * article on): a scope article only a question on the text's scope, a list of prohibitions no question on how a
 * breach is handled.
 */
export function articleAnswers(question: string, heading: string): boolean {
  const q = spelled(question);
  if (SCOPE_ARTICLE.test(heading)) return ASKS_SCOPE.test(q);
  if (PROHIBITIONS.test(heading)) return !ASKS_HANDLING.test(q);
  return true;
}
