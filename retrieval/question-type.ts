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
    / (bao nhieu tien|muc chi|muc ho tro|muc tro cap|bao nhieu dong|(tien|chi phi|kinh phi|duoc) .*bao nhieu(?! (ngay|thang|nam|gio|tuan|lan|nguoi|bo|m2))) /,
  time: / (bao lau|may ngay|may thang|may nam|bao nhieu (ngay|thang|nam|gio|tuan)|thoi han|trong vong|khi nao|ngay nao|truoc ngay|tu ngay|hieu luc tu|thoi gian bao) /,
  count: / (may bo|may lan|may nguoi|bao nhieu (nguoi|bo|lan|m2|met)|toi thieu bao nhieu|toi da bao nhieu) /,
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
  count: /\d/u,
  agency: /(^|[\s(,;:])(Sở|Bộ|Công an|Ủy ban|UBND|Phòng|Trung tâm|Hội|Cục|Bộ đội|Cảnh sát|Viện kiểm sát|Tòa án|cơ quan|Đồn|Ban|Đài|Báo)\s/u,
  papers: /hồ sơ|giấy|bản sao|đơn|văn bản|tờ khai|chứng nhận/iu,
  list: /(:\s*\S.*[,;].*[,;])|([,;].*[,;].*[,;])|:$/u,
};

/** True when the sentence carries an answer of this type. */
export function carries(type: AnswerType, sentence: string): boolean {
  return CARRIES[type].test(sentence);
}

/** Score multiplier: a sentence carrying every asked type counts three times one carrying none. */
export function typeBoost(types: AnswerType[], sentence: string): number {
  if (!types.length) return 1;
  const n = types.filter((t) => carries(t, sentence)).length;
  return 0.5 + n / types.length;
}
