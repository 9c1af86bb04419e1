// Questions asking for figures of what happened ("năm 2023 tỉnh tiếp nhận bao nhiêu nạn nhân", "bao nhiêu vụ",
// "tỷ lệ … thực tế đạt bao nhiêu phần trăm"). Plans state targets ("100% nạn nhân được tiếp cận …") and tasks
// ("thống kê số nạn nhân …"), regulations state rules: neither reports results. Unless the documents do state a
// count of what is asked, the honest reply says they hold no such figures and where to ask, instead of quoting a
// target or a task as if it answered. A question about a plan's own target (chỉ tiêu, phấn đấu …) is not this.
import type { Corpus } from '../../knowledge/types.js';
import { foldWords } from '../updates/names.js';
import { whereToAsk } from './not-covered.js';
import type { AskStep } from './types.js';

// What is counted in statistics. Folded words; each maps to the words the documents would count it with.
const EVENT_NOUNS: Record<string, string> = {
  'nan nhan': 'nạn nhân',
  vu: 'vụ',
  'vu an': 'vụ',
  'vu viec': 'vụ',
  'doi tuong': 'đối tượng',
  'bi can': 'bị can',
  'bi cao': 'bị cáo',
  'cuoc goi': 'cuộc gọi',
  luot: 'lượt',
  'duong day': 'đường dây',
  'o nhom': 'ổ nhóm',
  'tin bao': 'tin báo',
};
// Counted too, but also how a rule is asked ("mấy trường hợp được từ chối"): a figure only when the question
// is about what happened (RESULT_CUE).
const PEOPLE_NOUNS: Record<string, string> = {
  nguoi: 'người',
  'truong hop': 'trường hợp',
  'phu nu': 'phụ nữ',
  'tre em': 'trẻ em',
};
const nounAlternatives = (nouns: Record<string, string>) =>
  Object.keys(nouns)
    .sort((a, b) => b.length - a.length)
    .join('|');
const COUNT_ASK = '(?:co bao nhieu|bao nhieu|may|so luong|tong so|tong cong)';
// In chat "mấy" is also a plural ("mấy vụ … bị bắt thì tòa có xử …"): a "mấy <noun>" that opens what a "thì" then
// asks about, and that no "có", "được" or "là" counts, names the things asked about, not a count of them.
const PLURAL_MAY = new RegExp(
  `(?<! (co|duoc|la|ra)) may (?=(${nounAlternatives({ ...EVENT_NOUNS, ...PEOPLE_NOUNS })}) (\\w+ ){0,6}thi )`,
  'g',
);
const EVENT_COUNT = new RegExp(` ${COUNT_ASK} (${nounAlternatives(EVENT_NOUNS)}) `);
const PEOPLE_COUNT = new RegExp(` ${COUNT_ASK} (${nounAlternatives(PEOPLE_NOUNS)}) `);
// A share asked: "tỷ lệ", "bao nhiêu phần trăm", "mấy %".
const SHARE_ASK = / (ty le|(bao nhieu|may) phan tram) /;
const SHARE_SIGN = /(bao nhiêu|mấy)\s*%/iu;
const INTEREST = / (lai suat|tien lai) /;
// Acts whose results are counted: "hỗ trợ được bao nhiêu", "đã giải cứu".
const COUNTED_ACTS = '(tiep nhan|ho tro|phat hien|xay ra|giai cuu|xac minh|xac dinh|khoi to|bat|xu ly|nhan|dua ve|tap huan)';
// The question is about what happened: a result, a period gone by or running now, something done.
const RESULT_CUE = new RegExp(
  ` (thuc te|ket qua|da dat|dat duoc|chiem|so ket|tong ket|nam ngoai|nam qua|nam truoc|vua qua|tu dau nam|tu khi|den nay|tinh den|nam nay|gan day|thoi gian qua|trong (nam|thang|quy)|da (${COUNTED_ACTS.slice(1, -1)}|duoc)|${COUNTED_ACTS} duoc (bao nhieu|may|tong cong)) `,
);
// A year names a period: of events asked about, unless the question is about a plan (whose period it then is).
const YEAR = / (19|20)\d\d /;
// The question is about what a plan sets out to reach: its targets answer it.
const TARGET_CUE = / (chi tieu|phan dau|muc tieu|de ra|dat ra|yeu cau|ke hoach|de an|chuong trinh) /;

// Statistics asked for by name ("số liệu thống kê nạn nhân năm 2023"), or the situation of a period ("tình hình
// mua bán người năm nay thế nào"): figures too, though no "bao nhiêu" is said.
const STATISTICS = / so lieu /;
const SITUATION = / tinh hinh .*(the nao|ra sao|sao roi|nhu nao|dien bien)/;
// "Hiện nay" dates statistics asked for, though with "có mấy trường hợp" it asks what a rule says today.
const NOW = / (hien nay|hien tai|bay gio|moi nhat) /;
// Asking who keeps statistics, when, how or by what they are kept and reported ("thống kê số liệu … theo những
// nhóm nào"): a task the plans set, which they do answer.
const STATISTICS_TASK =
  / (ai|co quan nao|don vi nao|ben nao|so nao|khi nao|bao gio|dinh ky|thoi han|truoc ngay|gui|giao|trach nhiem|nhiem vu|chu tri|tong hop|bao cao|lam gi|phan tich|nhom nao|(thong ke|thu thap|cap nhat) so lieu) /;
// Asking which figures a body must keep or report ("phải thống kê những số liệu gì", "báo cáo số liệu nào", "cần
// tổng hợp những gì"): the kinds a plan requires counted, a duty it states, not the values counted.
const WHICH_FIGURES =
  / ((nhung|cac) so lieu|so lieu (gi|nao|ve nhung gi)|(thong ke|bao cao|tong hop) (nhung |cac )?(gi|nao|cai gi|nhung gi)|(phai|can|co trach nhiem|co nhiem vu|duoc giao) (thong ke|bao cao|tong hop)) /;
const EVENT_NOUN = new RegExp(` (${nounAlternatives(EVENT_NOUNS)}) `);

/** Statistics or a situation asked about a period or a result, not as a task; what is counted (the victims unless said). */
function statisticsAsked(q: string, result: boolean): string | undefined {
  const named = STATISTICS.test(q) || SITUATION.test(q);
  if (!named || STATISTICS_TASK.test(q) || WHICH_FIGURES.test(q) || !(result || YEAR.test(q) || NOW.test(q) || STATISTICS.test(q)))
    return undefined;
  return EVENT_NOUNS[EVENT_NOUN.exec(q)?.[1] ?? 'nan nhan'];
}

// "Mấy vụ án … có được đưa ra xét xử lưu động không, cơ quan nào chọn?", "… được xử lý thế nào?": a question asking
// who acts, how, or whether something is done reads "mấy" as the plural too, unless a period or a result makes it a
// count. Whether is asked by "có / được … không" however long what lies between, when the question ends with it.
const ASKS_WHO_OR_WHETHER =
  / (ai|(co quan|don vi|ben|cap|to chuc|luc luong) nao|(o|den|toi) dau|(co|duoc) (\w+ ){0,8}(khong|ko|hong|chua)|co phai|the nao|ra sao|nhu nao|bang cach nao) /;
const ASKS_WHETHER_AT_END = / (co|duoc) (\w+ )*(khong|ko|hong|chua)( (a|vay|nhi|ha|nhe|the|ta))* $/;
const ANY_MAY = new RegExp(`(?<! (co|duoc|la|ra)) may (?=(${nounAlternatives({ ...EVENT_NOUNS, ...PEOPLE_NOUNS })}) )`, 'g');

// "Mấy vụ đó thì …", "mấy vụ lừa bán như vậy thì …", "nhắc dân về mấy vụ …": a "mấy" pointing at cases already in mind
// before what is asked of them, or naming what a question is about, is a plural too ("có khoảng mấy vụ như thế?" counts). Typed without marks "đó", "này" are other words ("do": by), so only the
// longer pointers count then.
const COUNTED_NOUNS = [...new Set(Object.values({ ...EVENT_NOUNS, ...PEOPLE_NOUNS }))].join('|');
const POINTED_MAY = new RegExp(
  `(?<!\\p{L})((?<!(có|được|là|ra)\\s+)mấy\\s+(${COUNTED_NOUNS})(\\s+\\p{L}+){0,5}?\\s+(đó|này|ấy|kia|như vậy|như thế|thế này|kiểu này|kiểu đó)\\s+thì|về\\s+mấy\\s+(${COUNTED_NOUNS}))(?!\\p{L})`,
  'u',
);
const POINTED_MAY_UNMARKED = new RegExp(
  ` ((?<!(co|duoc|la|ra) )may (${nounAlternatives({ ...EVENT_NOUNS, ...PEOPLE_NOUNS })})( [a-z]+){0,5}? (nhu vay|nhu the|the nay|kieu nay|kieu do) thi|ve may (${nounAlternatives({ ...EVENT_NOUNS, ...PEOPLE_NOUNS })})) `,
);

/**
 * The question folded clause by clause (` được | mấy vụ …`), so that a "có" or "được" ending one clause does not
 * count the "mấy" opening the next.
 */
const foldClauses = (question: string) =>
  question
    .split(/[,;:]+/u)
    .map(foldWords)
    .join('|');

/** The folded question with each "mấy" that names things asked about, not a count of them, read as "các". */
function withPluralMay(question: string): string {
  const q = foldClauses(question).replace(PLURAL_MAY, ' cac ');
  const pointed = POINTED_MAY.test(` ${question.toLowerCase()}`) || POINTED_MAY_UNMARKED.test(q);
  const asksOther = (pointed || ASKS_WHO_OR_WHETHER.test(q) || ASKS_WHETHER_AT_END.test(q)) && !RESULT_CUE.test(q) && !YEAR.test(q);
  return asksOther ? q.replace(ANY_MAY, ' cac ') : q;
}

/** The figure a question asks for (the documents' word for what is counted, or `tỷ lệ`), or undefined. */
export function figureAsked(question: string): string | undefined {
  const q = withPluralMay(question);
  const result = RESULT_CUE.test(q);
  if (TARGET_CUE.test(q) && !result) return undefined;
  const event = EVENT_COUNT.exec(q)?.[1];
  if (event) return EVENT_NOUNS[event];
  const people = result || YEAR.test(q) ? PEOPLE_COUNT.exec(q)?.[1] : undefined;
  if (people) return PEOPLE_NOUNS[people];
  // "Lãi suất bao nhiêu phần trăm" asks a term of a loan, not a share of what happened.
  if ((SHARE_ASK.test(q) || SHARE_SIGN.test(question)) && !INTEREST.test(q)) return 'tỷ lệ';
  return statisticsAsked(q, result);
}

const lowerTexts = new WeakMap<Corpus, string>();
/** The corpus' section texts, lowercased and joined, read once per loaded corpus. */
function corpusText(corpus: Corpus): string {
  let text = lowerTexts.get(corpus);
  if (text === undefined) lowerTexts.set(corpus, (text = corpus.sections.map((s) => s.text.toLowerCase()).join('\n')));
  return text;
}

/**
 * The documents state a figure of this kind that is not a target: a count of it ("25 nạn nhân", "1.234 vụ"; a
 * year or a date is no count), or for a share, a percentage outside the plans' target sections and sentences.
 */
function figureStated(figure: string, corpus: Corpus): boolean {
  if (figure !== 'tỷ lệ') {
    return new RegExp(`(?<![\\d/.,])(?!(19|20)\\d\\d(?!\\d))\\d+([.,]\\d+)*\\s+(các\\s+)?${figure}(?![\\p{L}])`, 'u').test(
      corpusText(corpus),
    );
  }
  return corpus.sections.some(
    (s) =>
      s.text.includes('%') &&
      !TARGET_CUE.test(foldWords(s.path.join(' '))) &&
      s.text.split(/(?<=[.;])\s+/u).some((sentence) => sentence.includes('%') && !TARGET_CUE.test(foldWords(sentence))),
  );
}

/** "The documents hold no such figures", and where to ask: the province's own agencies first. */
export const figuresNotHeld: AskStep = (q, deps) => {
  const corpus = deps.corpus?.();
  const figure = figureAsked(q.text);
  if (!corpus || !figure || figureStated(figure, corpus)) return undefined;
  const what = figure === 'tỷ lệ' ? 'tỷ lệ đã đạt được' : `số ${figure}`;
  return {
    kind: 'abstain',
    text:
      `Số liệu thống kê (${what}) không có trong các văn bản hiện có: các kế hoạch chỉ nêu chỉ tiêu, nhiệm vụ và ` +
      'các văn bản pháp luật nêu quy định, không nêu kết quả thực hiện, nên tôi không trả lời để tránh thông tin sai.\n\n' +
      whereToAsk(deps.contacts?.() ?? null, q.province),
    citations: [],
  };
};
