// "Nạn nhân người nước ngoài chưa được giải cứu thì cơ quan tiếp nhận phải báo ngay cho đơn vị nào", "biên phòng giải
// cứu được nạn nhân thì chuyển cho ai": what a body that receives information or a victim must pass on, and to whom,
// is a rule the regulations state in one sentence ("… có trách nhiệm báo ngay cho …", "… chuyển ngay người đó đến …").
// The answer quotes the sentence whose case (its words and the heading it stands under) is closest to the question's,
// rather than the phone directory or the nearest passage, which may be the same duty for another case.
import { foldedWords } from '../../knowledge/text.js';
import { statesTodaysRules } from '../../knowledge/validity.js';
import { asksRulesOfToday } from '../updates/changes.js';
import { asksOlderText } from '../../retrieval/named-text.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { splitSentences } from '../../retrieval/text.js';
import { NOT_REPORTING } from '../contacts-answer.js';
import type { Corpus } from '../../knowledge/types.js';
import { CLAUSE_NUMBER, quotedAnswer, regulationSentences, type QuotedSentence } from '../report-place.js';
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

// Word pairs of a text, with its diacritics ("báo về" is not "bảo vệ") or folded, for a question typed without them.
const wordsOf = (text: string, folded: boolean): string[] =>
  (folded
    ? foldedWords(text)
    : ` ${text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  )
    .trim()
    .split(' ');
const pairsOf = (text: string, folded: boolean): Set<string> => {
  const w = wordsOf(text, folded);
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};
const typedWithoutDiacritics = (text: string): boolean => foldedWords(text).trim() === wordsOf(text, false).join(' ');

/** The sentence's case: what it says and the headings it stands under. */
const caseOf = (s: QuotedSentence): string => `${(s.path ?? s.section.path).join(' ')} ${s.quote}`;

/** The sentences stating a duty, each with the word pairs of its case, and how rare each pair is among them. */
interface Duties {
  cases: { s: QuotedSentence; pairs: Set<string>; abroad: boolean }[];
  /** log(n / the number of cases holding the pair): a pair every case holds ("nạn nhân") tells none apart. */
  weight: Map<string, number>;
}
const dutiesRead = new WeakMap<Corpus, Map<string, Duties>>();

/** The duties of one kind in the corpus, compared with or without diacritics; read once per corpus (replaced whole on a reload). */
function dutiesOf(corpus: Corpus, kind: 'inform' | 'handover', folded: boolean): Duties {
  let byKind = dutiesRead.get(corpus);
  if (!byKind) dutiesRead.set(corpus, (byKind = new Map()));
  const key = `${kind}${folded ? ' folded' : ''}`;
  const known = byKind.get(key);
  if (known) return known;
  const cases = regulationSentences(corpus, kind === 'inform' ? INFORM_DUTY : HANDOVER_DUTY).map((s) => {
    const context = caseOf(s);
    return { s, pairs: pairsOf(context, folded), abroad: ABROAD.test(foldedWords(context)) };
  });
  const held = new Map<string, number>();
  for (const c of cases) for (const p of c.pairs) held.set(p, (held.get(p) ?? 0) + 1);
  const weight = new Map([...held].map(([p, n]) => [p, Math.log((cases.length + 1) / n)]));
  const duties = { cases, weight };
  byKind.set(key, duties);
  return duties;
}

/**
 * The regulations' sentence stating the duty the question asks about, for the case closest to the question's (the
 * rarest word pairs shared), the text in force first between equals; undefined when none shares enough.
 */
export function passOnRule(question: string, corpus: Corpus): QuotedSentence | undefined {
  const kind = passOnAsked(question);
  if (!kind) return undefined;
  const folded = typedWithoutDiacritics(question);
  const asked = pairsOf(question, folded);
  const foreigner = FOREIGN_NATIONAL.test(foldedWords(question));
  const { cases, weight } = dutiesOf(corpus, kind, folded);
  const any = closestCase(cases, asked, weight, foreigner);
  if (!any || asksOlderText(question, corpus.docs, statesTodaysRules)) return any?.s;
  // The texts in force state today's rule: theirs leads when it has the case, asked for today's rule ("theo luật
  // mới", "hiện nay") or nearly as close as an older text's sentence.
  const today = closestCase(
    cases.filter((c) => statesTodaysRules(c.s.doc)),
    asked,
    weight,
    foreigner,
  );
  return today && (asksRulesOfToday(question) || today.rank >= TODAY_SHARE * any.rank) ? today.s : any.s;
}
/** Today's rule leads with at least this share of the word pairs the closest older case shares. */
const TODAY_SHARE = 0.6;

/** The sentence whose case shares the most (and then the rarest) word pairs with the question, at least MIN_SHARED. */
function closestCase(
  cases: Duties['cases'],
  asked: Set<string>,
  weight: Duties['weight'],
  foreigner: boolean,
): { s: QuotedSentence; rank: number } | undefined {
  let best: { s: QuotedSentence; rank: number } | undefined;
  for (const c of cases) {
    if (foreigner && c.abroad) continue;
    let shared = 0;
    let score = 0;
    for (const p of asked) {
      if (!c.pairs.has(p)) continue;
      shared++;
      score += weight.get(p) ?? 0;
    }
    // Most pairs shared first; between equals, the rarer pairs.
    const rank = shared + score / 100;
    if (shared >= MIN_SHARED && rank > (best?.rank ?? 0)) best = { s: c.s, rank };
  }
  return best;
}

// A length of time ("03 ngày", "05 (năm) ngày làm việc"), not "ngay" (at once) nor a date.
const LENGTH_OF_TIME = /\d+\s*(\([^)]{1,20}\)\s*)?(ngày|tháng|giờ|tuần)/u;
const ARTICLE = /^Điều \d+/u;

/**
 * Asked also within how long ("báo cho cơ quan nào và thời hạn xác minh là bao lâu"), the first sentence of the duty's
 * article stating a length of time, when the duty's own sentence states none ("… thông báo ngay …").
 */
export function timeLimitOf(question: string, rule: QuotedSentence, corpus: Corpus): QuotedSentence | undefined {
  if (!answerTypes(question).includes('time') || LENGTH_OF_TIME.test(rule.quote)) return undefined;
  const article = rule.section.path.find((h) => ARTICLE.test(h));
  if (!article) return undefined;
  for (const section of corpus.sections) {
    if (section.docId !== rule.doc.id || !section.path.includes(article)) continue;
    const stated = splitSentences(section.text).find((x) => LENGTH_OF_TIME.test(x));
    if (stated) return { doc: rule.doc, section, quote: stated.replace(CLAUSE_NUMBER, '') };
  }
  return undefined;
}

/** The duty's sentence (then its time limit, when asked) as an answer with its source, the hotlines for what cannot wait. */
export function passOnAnswer(rule: QuotedSentence, hotlines: string, limit?: QuotedSentence): AnswerResult {
  return quotedAnswer([{ sentences: limit ? [rule, limit] : [rule] }], hotlines);
}
