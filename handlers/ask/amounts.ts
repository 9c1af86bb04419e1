// Questions asking for a sum of money ("năm 2024 tỉnh bố trí bao nhiêu tỷ đồng cho …", "kinh phí … là bao nhiêu
// triệu", "chi bao nhiêu tiền"). Rates of support are in the regulations; what a province spent or allotted in a
// year is in none of the documents, whose plans only say where the money comes from. When the passages the
// documents answer with state no sum and no rate, the honest reply is that the documents do not give it, and where
// to ask, not a passage that merely mentions funds.
import { foldedWords } from '../../knowledge/text.js';
import { TEXT_WORD } from '../../retrieval/named-text.js';
import { notCovered } from './not-covered.js';
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import type { AskResult } from './types.js';

// A sum asked: "bao nhiêu tiền", "mấy tỷ", "bao nhiêu triệu đồng", "kinh phí … là bao nhiêu", a pay or an allowance
// ("phụ cấp … là bao nhiêu", "mức lương … bao nhiêu"; "lương" alone folds as "lượng") (folded); not a count of days, people, things or a surface ("bao nhiêu m2").
const MONEY_ASKED =
  / ((bao nhieu|may) (tien|ty|trieu|nghin|ngan|dong)|(ty|trieu|nghin|ngan) dong|so tien|(kinh phi|ngan sach|chi phi|tien|phu cap|tien luong|muc luong|thu lao|boi duong|tro cap)( \w+){0,20} (bao nhieu|may)(?! (ngay|thang|nam|gio|tuan|lan|nguoi|bo|m2|met|nhan vien|phan tram))|(chi|cap|bo tri|danh|phan bo|dau tu) (het )?(bao nhieu|may)(?! (ngay|thang|nam|gio|tuan|lan|nguoi|bo|m2|met|nhan vien|phan tram))) /;
// A total spent or allotted ("ngân sách", "bố trí", "kinh phí thực hiện / năm … / của kế hoạch", "mấy tỷ"), which a
// rate per person or per day does not give.
const TOTAL_ASKED = / (ngan sach|bo tri|phan bo|danh|du toan|(tong )?kinh phi (thuc hien|nam|cua)|tong so tien|dau tu|ty|ty dong) /;
// Who is paid from the budget ("người không hưởng lương từ ngân sách nhà nước") names a kind of person, not a total.
const PAID_FROM_BUDGET = / (huong|nhan|an) luong (tu )?ngan sach( nha nuoc)? /g;
// A sum in đồng ("30.000 đồng", "1 triệu", "05 (năm) tỷ đồng"), or a share of a base ("lần mức lương cơ sở"); for a
// question that asks no total, a rate too: per person, day or item ("… đồng/người/ngày"), a level set another way
// ("mức …", "theo chi phí thực tế") or the cost that is paid ("được hỗ trợ một lần chi phí học nghề").
const SUM = /\d[\d.,]*\s*(\([^)]{2,30}\)\s*)?(đồng|triệu|tỷ|nghìn|ngàn)(?!\s*\/)|mức lương cơ sở|lần mức/iu;
const RATE =
  /\d[\d.,]*\s*(\([^)]{2,30}\)\s*)?(đồng|triệu|tỷ|nghìn|ngàn)|(^|[^\p{L}])mức(?![\p{L}])|chi phí|học phí|miễn phí|không mất (tiền|phí)/iu;
// The passages a reply quotes: «…».
const QUOTE = /«([^»]*)»/gu;

// A unit of money right after the ask word ("bao nhiêu tiền", "mấy tỷ"): the question asks a sum whatever else it asks.
const UNIT_ASKED = / (bao nhieu|may) (tien|ty|trieu|nghin|ngan|dong|kinh phi|chi phi|ngan sach|von) /;
// The ask word counting something else ("tiền đầu tư cho mấy dự án"): the words after it that are no counted thing.
const COUNTS_OTHER =
  / (bao nhieu|may) (?!(tien|ty|trieu|nghin|ngan|dong|kinh|chi|von|phi|muc|la|thi|vay|a|nhi|the|do|cho|mot|moi|de|nua|ha|khong|ko|roi|day) )[a-z]+ /;
// Another thing asked beside the money ("sở nào tham mưu", "làm theo luật gì"): the passage answering it speaks of the
// money without stating a sum, and is the answer.
const ASKS_OTHER = new RegExp(` ((so|co quan|don vi|ben|to chuc|cap) nao|ai|(${TEXT_WORD}|can cu) (gi|nao)) `);

/** The kind of sum a question asks for: a total spent or allotted, or any sum (a rate too); undefined when none. */
export function sumAsked(question: string): 'total' | 'any' | undefined {
  const q = foldedWords(question);
  if (!MONEY_ASKED.test(q)) return undefined;
  if (!UNIT_ASKED.test(q) && (COUNTS_OTHER.test(q) || ASKS_OTHER.test(q))) return undefined;
  return TOTAL_ASKED.test(q.replace(PAID_FROM_BUDGET, ' ')) ? 'total' : 'any';
}

/** The reply quotes a passage stating a sum of the kind asked. */
export function quotesSum(r: AskResult, kind: 'total' | 'any'): boolean {
  const stated = kind === 'total' ? SUM : RATE;
  return [...r.text.matchAll(QUOTE)].some((m) => stated.test(m[1]));
}

/** "The documents do not give this sum", and where to ask: the province's own lines first. */
export function sumNotStated(directory: ContactsDirectory | null, province: string | null): AskResult {
  return notCovered(directory, province, 'số tiền cụ thể được hỏi');
}
