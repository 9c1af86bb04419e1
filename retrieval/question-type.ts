// What kind of answer a question asks for, and whether a sentence carries one: "bao nhiêu tiền" wants an
// amount, "bao lâu / trước ngày nào" a time limit or date, "ai / cơ quan nào" an agency, "giấy tờ gì" papers,
// "những gì / gồm" a list. The extractive answer favours sentences that carry what is asked.
import { foldDiacritics } from '../knowledge/text.js';
import { analyze, isStopword } from './text.js';

export type AnswerType = 'amount' | 'time' | 'count' | 'agency' | 'papers' | 'list';

const fold = (s: string) =>
  ` ${foldDiacritics(s.toLowerCase())
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()} `;

const ASKS: Record<AnswerType, RegExp> = {
  amount:
    / (bao nhieu tien|may tien|(bao nhieu|may) (nghin|ngan|trieu)|bao nhieu phan tram|muc chi|muc ho tro|muc tro cap|bao nhieu dong|(tien|chi phi|kinh phi|duoc) .*bao nhieu(?! (ngay|thang|nam|gio|tuan|lan|nguoi|bo|m2))) /,
  time: / (bao lau|may ngay|may thang|may nam|may gio|bao nhieu (ngay|thang|nam|gio|tuan)|thoi han|trong vong|khi nao|ngay nao|truoc ngay|tu ngay|hieu luc tu|thoi gian bao) /,
  // "mấy ảnh", "bao nhiêu nhân viên", "ít nhất bao nhiêu": a number of things, not of days or money.
  count:
    / ((it nhat|toi thieu|toi da) (bao nhieu|may)|(may|bao nhieu) (?!(ngay|thang|nam|gio|tuan|lau|tien|dong|phan tram|so|mot) )[a-z]+) /,
  agency: / (ai|co quan nao|don vi nao|so nao|to chuc nao|ben nao|phong nao|trung tam nao|luc luong nao|cap nao|cho ai|voi ai) /,
  papers: / (giay to|ho so) (gi|nao|gom|can)/,
  list: / (nhung gi|nhung viec|nhung ai|nhung (luat|nganh|nhom|noi dung|chinh sach|quyen|ho tro|che do) nao|gom nhung|gom gi|nhung .* nao|nhung( [a-z]+){1,2} gi|ho tro gi|giup gi|duoc gi) /,
};

/** The kinds of answer a question asks for (possibly several: "mấy ngày, có thu phí không"). */
export function answerTypes(question: string): AnswerType[] {
  const q = fold(question);
  return (Object.keys(ASKS) as AnswerType[]).filter((t) => ASKS[t].test(q));
}

const CARRIES: Record<AnswerType, RegExp> = {
  amount: /\d[\d.,]*\s*(đồng|%|triệu|nghìn|ngàn)|mức lương cơ sở|lần mức|\d+\s*\([^)]{2,30}\)\s*đồng/iu,
  time: /\d+\s*(\([^)]{1,20}\)\s*)?(ngày|tháng|năm|giờ|tuần)|(ngày|trước|hạn|từ)\s+\d{1,2}\/\d{1,2}|kể từ ngày|ngay/iu,
  // A number of things ("05 (năm) nhân viên", "15 m2"), not a reference ("Điều 4", "khoản 1") or a year.
  count:
    /(?<!(điều|khoản|điểm|mục|chương|số|năm|ngày|tháng|thứ)\s+)(?<![\d/.,])\d+(\s*\([^)]{2,20}\))?\s+(?!(ngày|tháng|năm|giờ|tuần|đồng)(?!\p{L}))\p{L}/iu,
  agency: /(^|[\s(,;:])(Sở|Bộ|Công an|Ủy ban|UBND|Phòng|Trung tâm|Hội|Cục|Bộ đội|Cảnh sát|Viện kiểm sát|Tòa án|cơ quan|Đồn|Ban|Đài|Báo)\s/u,
  papers: /hồ sơ|giấy|bản sao|đơn|văn bản|tờ khai|chứng nhận/iu,
  list: /(:\s*\S.*[,;].*[,;])|([,;].*[,;].*[,;])|:$/u,
};

// A clause or point marker ("1.", "d)") is not a number the sentence states.
const MARKER = /^\s*(\d{1,2}(\.\d{1,2})*\.|[a-zđ]\))\s+/u;

/** True when the sentence carries an answer of this type. */
export function carries(type: AnswerType, sentence: string): boolean {
  return CARRIES[type].test(sentence.replace(MARKER, ''));
}

/** Score multiplier: a sentence carrying every asked type counts three times one carrying none. */
export function typeBoost(types: AnswerType[], sentence: string): number {
  if (!types.length) return 1;
  const n = types.filter((t) => carries(t, sentence)).length;
  return 0.5 + n / types.length;
}

// Nouns that name a whole list of things (a victim's entitlements, an agency's duties), and the bare "gì"
// ("làm gì", "được gì"; "X là gì" asks what X means, unless X is one of those nouns).
const BROAD_NOUNS = /(?<= )(?<!tham )(chinh sach|quyen loi|quyen han|che do|trach nhiem|nhiem vu|nghia vu|quyen)(?= )/g;
const WHAT = /(?<! la) gi /;
// "dễ bị … nhất", "quan trọng nhất": a superlative asks for the top of a ranking, not for everything on a topic.
const SUPERLATIVE = /(?<!(thong|duy|hop)) nhat /;
/** Kinds of answer that are one precise thing, not a list. */
const PRECISE: AnswerType[] = ['amount', 'time', 'count', 'papers'];
/** More content syllables than this (besides the broad nouns) and the question is about a detail, whatever its wording. */
const MAX_OVERVIEW_SYLLABLES = 10;
// "những trường hợp nào", "những việc gì": the noun before the question word only says that a list is asked.
const CLASSIFIERS = new Set(['truong hop', 'viec', 'khoan', 'thu', 'cach', 'loai', 'dieu']);
const ASK_WORDS = new Set(['gi', 'nao']);

/** The question's syllables without a classifier noun before "gì / nào" ("những trường hợp nào" → "những nào"). */
function withoutClassifiers(question: string): string[] {
  const seq = analyze(question).seq;
  const folded = seq.map((t) => foldDiacritics(t));
  const drop = new Set<number>();
  folded.forEach((t, i) => {
    if (!ASK_WORDS.has(t)) return;
    if (i >= 2 && CLASSIFIERS.has(`${folded[i - 2]} ${folded[i - 1]}`)) drop.add(i - 2).add(i - 1);
    else if (i >= 1 && CLASSIFIERS.has(folded[i - 1])) drop.add(i - 1);
  });
  return seq.filter((_, i) => !drop.has(i));
}

/** Folded content syllables of a question's topic other than the broad nouns. */
function specificSyllables(topic: string[]): string[] {
  const content = topic.filter((t) => !isStopword(t) && !/^\d+$/.test(t));
  BROAD_NOUNS.lastIndex = 0;
  return fold(content.join(' ')).replace(BROAD_NOUNS, ' ').split(' ').filter(Boolean);
}

/**
 * The topic of an overview question, or undefined for any other question. An overview asks for everything on a
 * topic ("nạn nhân được hỗ trợ những gì", "chính sách cho người bị mua bán", "xã có nhiệm vụ gì"), in few content
 * words and without asking for one precise thing (an amount, a deadline, a number, the papers; an agency unless it
 * asks "những ai"). The topic is the question without the words that only ask for a list ("những trường hợp nào").
 */
export function overviewTopic(question: string): string | undefined {
  const types = answerTypes(question);
  if (types.some((t) => PRECISE.includes(t)) || (types.includes('agency') && !types.includes('list'))) return undefined;
  const q = fold(question);
  if (SUPERLATIVE.test(q)) return undefined;
  BROAD_NOUNS.lastIndex = 0;
  if (!types.includes('list') && !BROAD_NOUNS.test(q) && !WHAT.test(q)) return undefined;
  const topic = withoutClassifiers(question);
  return specificSyllables(topic).length <= MAX_OVERVIEW_SYLLABLES ? topic.join(' ') : undefined;
}

/** True for an overview question (see overviewTopic). */
export function isOverview(question: string): boolean {
  return overviewTopic(question) !== undefined;
}
