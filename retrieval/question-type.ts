// What kind of answer a question asks for, and whether a sentence carries one: "bao nhiêu tiền" wants an
// amount, "bao lâu / trước ngày nào" a time limit or date, "ai / cơ quan nào" an agency, "giấy tờ gì" papers,
// "những gì / gồm" a list. The extractive answer favours sentences that carry what is asked.
import { foldDiacritics } from '../knowledge/text.js';

export type AnswerType = 'amount' | 'time' | 'count' | 'agency' | 'papers' | 'list';

const fold = (s: string) =>
  ` ${foldDiacritics(s.toLowerCase())
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()} `;

const ASKS: Record<AnswerType, RegExp> = {
  amount:
    / (bao nhieu tien|bao nhieu phan tram|muc chi|muc ho tro|muc tro cap|bao nhieu dong|(tien|chi phi|kinh phi|duoc) .*bao nhieu(?! (ngay|thang|nam|gio|tuan|lan|nguoi|bo|m2))) /,
  time: / (bao lau|may ngay|may thang|may nam|may gio|bao nhieu (ngay|thang|nam|gio|tuan)|thoi han|trong vong|khi nao|ngay nao|truoc ngay|tu ngay|hieu luc tu|thoi gian bao) /,
  // "mấy ảnh", "bao nhiêu nhân viên", "ít nhất bao nhiêu": a number of things, not of days or money.
  count:
    / ((it nhat|toi thieu|toi da) (bao nhieu|may)|(may|bao nhieu) (?!(ngay|thang|nam|gio|tuan|lau|tien|dong|phan tram|so|mot) )[a-z]+) /,
  agency: / (ai|co quan nao|don vi nao|so nao|to chuc nao|ben nao|phong nao|trung tam nao|luc luong nao|cap nao|cho ai|voi ai) /,
  papers: / (giay to|ho so) (gi|nao|gom|can)/,
  list: / (nhung gi|nhung viec|nhung ai|nhung (luat|nganh|nhom|noi dung|chinh sach|quyen|ho tro|che do) nao|gom nhung|gom gi|nhung .* nao|ho tro gi|giup gi|duoc gi) /,
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
