// "Nạn nhân người nước ngoài chưa được giải cứu thì cơ quan tiếp nhận phải báo ngay cho đơn vị nào", "biên phòng giải
// cứu được nạn nhân thì chuyển cho ai": what a body that receives information or a victim must pass on, and to whom,
// is a rule the regulations state in one sentence ("… có trách nhiệm báo ngay cho …", "… chuyển ngay người đó đến …").
// The answer quotes the sentence whose case (its words and the heading it stands under) is closest to the question's,
// rather than the phone directory or the nearest passage, which may be the same duty for another case.
import { foldedWords } from '../../knowledge/text.js';
import { NOT_REPORTING } from '../contacts-answer.js';
import type { Corpus } from '../../knowledge/types.js';
import { quotedAnswer, regulationSentences, type QuotedSentence } from '../report-place.js';
import type { AnswerResult } from '../types.js';

// Passing information on ("báo ngay cho", "thông báo với", "chuyển tin", "gửi văn bản … về") or handing a person over
// ("chuyển ngay người đó đến", "bàn giao nạn nhân cho", "đưa ngay … đến").
const INFORMS = '(bao ngay|thong bao( ngay)?|chuyen (tin|thong tin))';
const HANDS_OVER = '(chuyen ngay|chuyen giao|ban giao|dua ngay|chuyen)';
const INFORM_DUTY = new RegExp(` ${INFORMS} (cho|voi|ve|den) `);
const HANDOVER_DUTY = new RegExp(` ${HANDS_OVER} (\\w+ ){0,12}(cho|den|ve) `);
// The question asks whom (or where) the body passes it on to.
const WHOM = '(ai|dau|co quan nao|don vi nao|noi nao|cap nao|ben nao|phong nao)';
const ASKS_INFORM = new RegExp(` (bao(?! ${NOT_REPORTING}\\b)|${INFORMS})( ngay)?( \\w+){0,3} (cho|voi|ve|den|toi)? ?${WHOM} `);
const ASKS_HANDOVER = new RegExp(` ${HANDS_OVER}( \\w+){0,3} (cho|den|ve|toi) ${WHOM} `);
// "Người nước ngoài" is a victim's nationality; "ở / từ nước ngoài" is where a Vietnamese victim is or comes back from.
const FOREIGN_NATIONAL = / (nguoi|quoc tich) nuoc ngoai /;
const ABROAD = / (o|tu|dang o) nuoc ngoai /;
/** Below this many shared word pairs, no sentence is taken to be the question's case. */
const MIN_SHARED = 3;

/** What a question asks to be passed on, or undefined when it asks no such thing. */
export function passOnAsked(question: string): 'inform' | 'handover' | undefined {
  const f = foldedWords(question);
  if (ASKS_HANDOVER.test(f) && !/ chuyen (tin|thong tin) /.test(f)) return 'handover';
  return ASKS_INFORM.test(f) ? 'inform' : undefined;
}

const pairs = (folded: string): Set<string> => {
  const w = folded.trim().split(' ');
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};

/** The sentence's case in folded words: what it says and the headings it stands under. */
const caseOf = (s: QuotedSentence): string => foldedWords(`${(s.path ?? s.section.path).join(' ')} ${s.quote}`);

/**
 * The regulations' sentence stating the duty the question asks about, for the case closest to the question's (most
 * word pairs shared), the text in force first between equals; undefined when none shares enough.
 */
export function passOnRule(question: string, corpus: Corpus): QuotedSentence | undefined {
  const kind = passOnAsked(question);
  if (!kind) return undefined;
  const asked = pairs(foldedWords(question));
  const foreigner = FOREIGN_NATIONAL.test(foldedWords(question));
  let best: { s: QuotedSentence; shared: number } | undefined;
  for (const s of regulationSentences(corpus, kind === 'inform' ? INFORM_DUTY : HANDOVER_DUTY)) {
    const context = caseOf(s);
    if (foreigner && ABROAD.test(context)) continue;
    let shared = 0;
    for (const p of pairs(context)) if (asked.has(p)) shared++;
    if (shared >= MIN_SHARED && shared > (best?.shared ?? 0)) best = { s, shared };
  }
  return best?.s;
}

/** The duty's sentence as an answer with its source, the hotlines for what cannot wait. */
export function passOnAnswer(rule: QuotedSentence, hotlines: string): AnswerResult {
  return quotedAnswer([{ sentences: [rule] }], hotlines);
}
