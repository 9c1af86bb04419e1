// What kind of answer a question asks for, and whether a sentence carries one: "bao nhiêu tiền" wants an
// amount, "bao lâu / trước ngày nào" a time limit or date, "ai / cơ quan nào" an agency, "giấy tờ gì" papers,
// "những gì / gồm" a list, "trước ngày nào" a date, "thay thế văn bản nào" the texts a text replaced. The
// extractive answer favours sentences that carry what is asked.
import { foldDiacritics, foldedAsMeant, ownEntry } from '../knowledge/text.js';
import { analyze, hasDiacritics, isStopword, lastRead, STOPWORDS, spellOutChat } from './text.js';

export type AnswerType =
  | 'amount'
  | 'time'
  | 'period'
  | 'date'
  | 'count'
  | 'agency'
  | 'papers'
  | 'list'
  | 'replaces'
  | 'place'
  | 'funding'
  | 'file'
  | 'target'
  | 'reference';

// In chat "nhiêu" alone asks "bao nhiêu" ("nhận nhiêu tiền", "nhiêu 1 ngày"); folded it would read as "nhiều" (many).
// "Bấy nhiêu" (that much) and "nhiêu khê" (cumbersome) ask nothing.
const BARE_NHIEU = /(?<!\p{L})(?<!(bao|bấy)\s+)nhiêu(?!\p{L})(?!\s+khê)/giu;
// A slash between words is a rate ("bao nhiêu/ngày": per day), read as "mỗi"; between digits it is a number or a date.
const fold = (s: string) =>
  ` ${foldDiacritics(spellOutChat(s).toLowerCase().replace(BARE_NHIEU, 'bao nhiêu'))
    .replace(/(?<=[a-z])\s*\/\s*(?=[a-z])/g, ' moi ')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()} `;

// Bodies one goes to or tells, as chat names them (folded): "công an", "lên xã", "đồn biên phòng", "Sở Y tế". Folded,
// "sở", "phòng", "đồn" are also "số", "phòng (chống)", "đơn": only with what names the body.
const BODY =
  '(cong an|uy ban|ubnd|chinh quyen|xa|phuong|thi tran|huyen|tinh|(so|phong) (lao dong|y te|tu phap|noi vu|ngoai vu|van hoa)|(don )?bien phong|canh sat|trung tam|co quan|hoi (phu nu|lien hiep)|toa an|vien kiem sat|dai su quan|lanh su|co so)';
/** When something happens, as a question asks it (folded): "khi nào", "ngày nào", "bao giờ". */
export const WHEN_ASKED = '(khi nao|ngay nao|luc nao|nam nao|thang nao|bao gio)';
const GOING = '(den|toi|len|ra|ve|vo|vao|qua|sang|o|tai|nop|gui|gap|tim|bao|bao cho|trinh bao|khai bao|to giac|nho|goi|lien he|hoi)';
/**
 * A choice between two bodies ("đến công an hay lên xã", "báo ủy ban xã hay báo công an", "trình báo ở đồn biên phòng
 * hay công an huyện"): the question asks which body, as "đến đâu", "cơ quan nào" do. Folded words, padded.
 */
const CHOICE_OF_BODIES = new RegExp(
  ` ${GOING}( [a-z]+){0,2}? ${BODY}( [a-z]+){0,4}? (hay|hoac|hay la)( ${GOING})?( [a-z]+){0,1}? ${BODY} `,
);
// The words of the choice that fold like other words: typed with their marks, "tính", "tôi", "có sổ" are no "tỉnh",
// "tới", "cơ sở" ("người ở xa hay ở tỉnh khác" may be; "tôi tính hỏi xã hay huyện" is not).
const CHOICE_WORDS = ['xã', 'tỉnh', 'huyện', 'phường', 'tới', 'cơ', 'sở'];

/** Whether the question asks which of two bodies to go to or tell (CHOICE_OF_BODIES). */
export function choosesBetweenBodies(question: string): boolean {
  return CHOICE_OF_BODIES.test(foldedAsMeant(spellOutChat(question), CHOICE_WORDS));
}
// "Mấy chiêu", "mấy trò", "mấy mánh" ask which tricks (folded: chiêu, trò, mẹo, mánh), as "những chiêu gì": nothing counted.
const TRICKS = ['chieu', 'tro', 'meo', 'manh'];
// What "bao nhiêu" counts when a word of time or of things follows it ("bao nhiêu ngày", "bao nhiêu lần"): no sum.
const COUNTED_AFTER = '(?! (ngay|thang|nam|gio|tuan|lan|nguoi|bo|m2|bua|buoi|dot|suat))';

const ASKS: Record<AnswerType, RegExp> = {
  // A sum per unit ("nhiêu 1 ngày", "bao nhiêu một buổi", "mấy đồng một ngày", "một ngày bao nhiêu") is money, however
  // shortened, unless a counted word follows ("mỗi người bao nhiêu ngày"); so are "mấy chục nghìn", "mấy trăm nghìn".
  amount: new RegExp(
    ` (bao nhieu tien|may tien|may dong|(bao nhieu|nhieu) (1|mot|moi) (ngay|dem|buoi|bua|suat|thang|lan|nguoi|ca)|(1|mot|moi) (ngay|dem|buoi|bua|suat|thang|lan|nguoi|ca) bao nhieu${COUNTED_AFTER}|(bao nhieu|may) ((chuc|tram) )?(nghin|ngan|trieu)|(bao nhieu|may) phan( tram)?|muc (nao|bao nhieu)|muc chi|muc ho tro|muc tro cap|bao nhieu dong|(tien|chi phi|kinh phi|duoc) .*bao nhieu${COUNTED_AFTER}) `,
  ),
  time: / (bao lau|bao gio|luc nao|thoi diem nao|may (ngay|hom|thang|nam|gio|tuan)|bao nhieu (ngay|hom|thang|nam|gio|tuan)|thoi han|trong vong|khi nao|ngay nao|truoc ngay|tu ngay|hieu luc tu|thoi gian bao) /,
  // How often ("bao lâu báo cáo một lần", "mấy tháng một lần", "một năm mấy lần", "định kỳ mấy tháng"): a period a
  // thing recurs at, which the texts state as "định kỳ 6 tháng", "hằng năm", not a time limit. Support given "một lần"
  // ("hỗ trợ một lần tiền trợ cấp", "trợ cấp một lần") is a one-off allowance, not a rate.
  period:
    / ((bao lau|may (ngay|tuan|thang|quy|nam)|bao nhieu (ngay|tuan|thang|nam))( [a-z]+){0,6}?(?<! (tro cap|ho tro)) (1|mot) lan|(1|mot) lan (may|bao nhieu) (ngay|tuan|thang|quy|nam)|(1|mot|moi) (tuan|thang|quy|nam)( [a-z]+){0,4}? (may|bao nhieu) lan|(may|bao nhieu) lan (1|mot|moi|trong) (tuan|thang|quy|nam)|dinh ky( [a-z]+){0,2}? (bao lau|may|the nao|ra sao)|tan suat) /,
  // A day of the calendar ("trước ngày nào", "hạn chót"), not a length of time: a plan's reporting deadline is a date.
  date: / (ngay nao|ngay may|truoc ngay|han chot|han cuoi|thoi diem nao|cham nhat (la )?ngay|(vao|la) ngay bao nhieu) /,
  // "mấy ảnh", "bao nhiêu nhân viên", "ít nhất bao nhiêu": a number of things, not of days or money.
  count: new RegExp(
    ` ((it nhat|toi thieu|toi da) (bao nhieu|may)|(?<!\\b(?:to trinh|cong van|quyet dinh|cong dien|van ban) (?:la )?so )(may|bao nhieu) (?!(ngay|hom|thang|nam|gio|tuan|lau|tien|dong|phan|so|mot|moi|vay|nhi|nua|(chuc|tram) (nghin|ngan|trieu|dong)|${TRICKS.join('|')}) )[a-z]+) `,
  ),
  // Whom an activity is aimed at ("nhắm vào ai", "hướng đến ai") is a group of people, not who acts.
  agency:
    / ((?<!(nham|huong) (vao|den|toi) )(?<!(khong|ko|chang|cha|chua) (con|co) )ai|co quan nao|don vi nao|so nao|to chuc nao|ben nao|phong nao|trung tam nao|luc luong nao|cap nao|cho ai|voi ai) /,
  // "giấy tờ gì", "mẫu nào", "tờ khai gì", "nộp kèm những gì": which papers or form.
  papers:
    / ((giay to|ho so|giay|mau|mau giay|mau don|bieu mau|to khai|tai lieu|chung tu) (gi|nao|gom|can)|(nop |gui )?kem( theo)? (nhung )?(gi|thu gi|giay|tai lieu))/,
  // Where to file or go: "nộp đơn ở đâu", "gửi hồ sơ đến đâu", "đến nơi nào".
  place: / (o dau|den dau|toi dau|ve dau|noi nao|cho nao|nop (don |ho so )?(tai |o )?dau|gui (don |ho so )?(tai |o )?dau) /,
  // What a text itself replaced or repealed ("TTLT 01/2014 thay thế văn bản nào"); "văn bản nào thay thế X" and "X bị thay
  // thế bởi …" ask what replaced X, which the update file answers.
  replaces:
    / (?<!(bi|duoc) )(thay the|thay cho|bai bo|lam het hieu luc)( cho)?( (nhung|cac))?( (van ban|thong tu|nghi dinh|quyet dinh|luat|chi thi|ke hoach|quy dinh)( lien tich)?)? (nao|gi) /,
  // The text a rule defers to: "công tác phí tính theo thông tư nào", "thực hiện theo quy định nào", or a paper's own
  // number ("theo đề nghị tại tờ trình số mấy"). Which law applies ("theo luật nào") is the update file's to answer.
  reference:
    / ((theo|tai|can cu( vao)?|ap dung) (thong tu|nghi dinh|quyet dinh|van ban|quy dinh)( lien tich)? (nao|gi|so may|so nao)|(to trinh|cong van|quyet dinh|cong dien) (la )?so (may|nao|bao nhieu)) /,
  // Where the money comes from: "kinh phí lấy từ nguồn nào", "tiền … lấy ở đâu ra", "tiền đâu mà làm", "quỹ nào chi".
  // It also needs a money word in the question (MONEY_WORD below).
  // Who bears the cost of a body's work ("kinh phí … ai lo", "tiền cho việc xác minh … ai chi") asks its source too;
  // who pays a victim's own expense ("tiền xe về quê ai lo", "tiền ăn ở ai chịu") asks the support given.
  funding:
    / (lay (tien )?(o |tu )?dau|tu dau ra|o dau ra|dau ra|(tu |bang )?(nguon|quy) (nao|gi)|tien dau|nguon tien|nguon kinh phi|(kinh phi|(tien|chi phi) (chi )?(cho |de |lam )?(viec|cong tac|hoat dong))( [a-z]+){0,12}? ai (lo|chi|chiu|bo ra|cap)) /,
  // The papers a file is made of: "hồ sơ … gồm những gì", "hồ sơ phải có những giấy tờ gì", "giấy tờ … cần những gì".
  file: / (ho so|giay to)( [a-z0-9]+){0,10}? (gom|bao gom|nhung gi|(nhung )?(giay to|giay|tai lieu|thu) (gi|nao)|(can|phai co|co) (nhung )?gi) /,
  // A plan's target: how many people, cases or places a plan means to reach ("phấn đấu bao nhiêu phần trăm", "tỉnh hứa
  // bao nhiêu người được giúp", "chỉ tiêu … là bao nhiêu"). Plans state their targets as shares ("100% nạn nhân …"),
  // under a heading of targets ("Các chỉ tiêu cụ thể"): which targets a plan sets ("những chỉ tiêu nào", "chỉ tiêu gì",
  // "mục tiêu cụ thể") asks for those shares too, not for the plan's general aim.
  target:
    / ((chi tieu|muc tieu|ty le|ti le|phan dau|dat ra|de ra|hua|muon|nham)( [a-z]+){0,12}? (bao nhieu|may)|(bao nhieu|may) phan tram|(bao nhieu|may) (nguoi|nan nhan|truong hop|ca|can bo|dia phuong|xa)( [a-z]+){0,12}? (duoc|se duoc|phai duoc)|chi tieu( [a-z]+){0,8}? (gi|nao)|(nhung|cac|mot so) chi tieu|(chi tieu|muc tieu) cu the) /,
  list: / (bang (nhung |cac )?(cach|bien phap|hinh thuc) (nao|gi)|nhung gi|nhung viec|nhung ai|nhung (luat|nganh|nhom|noi dung|chinh sach|quyen|ho tro|che do) nao|gom nhung|gom gi|nhung .* nao|nhung( [a-z]+){1,4} gi|ho tro gi|giup gi|duoc gi) /,
};

// A source asked of money, not of anything else ("giấy xác nhận lấy ở đâu" asks where a paper is issued). Paying is
// money too: "khoản hỗ trợ … lấy từ nguồn nào", "nguồn nào chi trả", "do đâu chi". Folded, "quỹ nào" is also "quý nào"
// (which quarter): a fund needs a money word of its own.
const MONEY_WORD = / (tien|kinh phi|chi phi|ngan sach|von|khoan (ho tro|chi|tro cap)|chi tra|(do|tu|bang) (dau|nguon nao) chi) /;

// "Mấy người bị bán về … thì được đưa vô trung tâm nào": a `mấy` naming whom the question is about (a plural, as "những"),
// not after a verb of having or needing ("có mấy", "cần mấy"), with the question's own ask word after it, counts nothing.
const PLURAL_MAY = / (?<!(co|can|gom|duoc|la|con|mat|het|tong|nhat|thieu|da) )may [a-z]+( [a-z]+){0,20}? (nao|gi|ai|dau|sao)(?= )/;

const COUNTS: AnswerType[] = ['count', 'target'];

const askedTypes = lastRead((question: string) => {
  const q = fold(question);
  const types = (Object.keys(ASKS) as AnswerType[]).filter((t) => ASKS[t].test(q) && !(COUNTS.includes(t) && PLURAL_MAY.test(q)));
  if (choosesBetweenBodies(question)) types.push(...(['place', 'agency'] as const).filter((t) => !types.includes(t)));
  // How often a thing recurs is no time limit.
  if (types.includes('period')) return types.filter((t) => t !== 'time');
  if (!types.includes('funding')) return types;
  if (!MONEY_WORD.test(q)) return types.filter((t) => t !== 'funding');
  // "… lấy ở đâu ra" asks where the money comes from, not a place to go to.
  return types.filter((t) => t !== 'place');
});

/** The kinds of answer a question asks for (possibly several: "mấy ngày, có thu phí không"). */
export function answerTypes(question: string): AnswerType[] {
  return [...askedTypes(question)];
}

const CARRIES: Record<AnswerType, RegExp> = {
  amount: /\d[\d.,]*\s*(đồng|%|triệu|nghìn|ngàn)|mức lương cơ sở|lần mức|\d+\s*\([^)]{2,30}\)\s*đồng/iu,
  time: /\d+\s*(\([^)]{1,20}\)\s*)?(ngày|tháng|năm|giờ|tuần)|(ngày|trước|hạn|từ)\s+\d{1,2}\/\d{1,2}|kể từ ngày|ngay/iu,
  // "15/12", "09/7/2021", "ngày 25 tháng 3": not a text's number ("03/2008/TTLT") nor a rate ("40.000 đồng/người/ngày").
  // A period stated ("định kỳ 6 tháng", "(hàng quý, 6 tháng, năm)", "hằng năm", "3 tháng một lần"); a bare "định kỳ"
  // ("định kỳ sơ kết") says that it recurs, not how often.
  period:
    /định kỳ\s*\(?\s*(\d|hằng|hàng|mỗi)|(?<!\p{L})(hằng|hàng|mỗi)\s+(ngày|tuần|tháng|quý|năm)(?!\p{L})|\d+\s*(\([^)]{1,20}\)\s*)?(tháng|năm|tuần)\s+(một|1)\s+lần/iu,
  date: /(?<![\d/.,])\d{1,2}\/\d{1,2}(\/\d{4})?(?![\d/])|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}/u,
  // A number of things ("05 (năm) nhân viên", "15 m2"), not a reference ("Điều 4", "khoản 1") or a year.
  count:
    /(?<!(điều|khoản|điểm|mục|chương|số|năm|ngày|tháng|thứ)\s+)(?<![\d/.,])\d+(\s*\([^)]{2,20}\))?\s+(?!(ngày|tháng|năm|giờ|tuần|đồng)(?!\p{L}))\p{L}/iu,
  agency:
    /(^|[\s(,;:])(Sở|Bộ|Công an|Ủy ban|UBND|Phòng|Trung tâm|Hội|Cục|Bộ đội|Cảnh sát|Viện kiểm sát|Tòa án|cơ quan|Đồn|Ban|Đài|Báo|Ngân hàng|Văn phòng|Chi nhánh)\s/u,
  papers: /hồ sơ|giấy|bản sao|đơn|văn bản|tờ khai|chứng nhận|biên bản|chứng từ|bảng tổng hợp|mẫu/iu,
  // Sent, filed or taken to a named office ("làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú", "đưa vào cơ sở bảo trợ"),
  // kept at a named centre ("tiếp nhận, quản lý … tại Trung tâm Bảo trợ …"), or raised with one ("phản ánh, kiến nghị
  // về Sở …").
  place:
    /(?<!\p{L})(gửi|nộp|nộp tại|đến|tới|đưa vào|chuyển đến|chuyển về)\s+(\p{L}+\s+){0,2}?(Ủy ban|UBND|Sở|Phòng|Công an|cơ quan|Trung tâm|cơ sở|Đồn|Cục|nơi)(?!\p{L})|(?<!\p{L})tại Trung tâm (Bảo trợ|Công tác|Trợ giúp|Dịch vụ|Hỗ trợ)(?!\p{L})|(?<!\p{L})(phản ánh|kiến nghị|báo cáo)(,?\s+\p{L}+){0,2}\s+về\s+(Ủy ban|UBND|Sở|Phòng(?!,?\s+(chống|ngừa))|Công an|cơ quan)(?!\p{L})/iu,
  list: /(:\s*\S.*[,;].*[,;])|([,;].*[,;].*[,;])|:$/u,
  target: /\d+\s*%/u,
  replaces: /(thay thế|bãi bỏ|hết hiệu lực)\s+(các\s+)?(Thông tư|Nghị định|Quyết định|Luật|Chỉ thị|Kế hoạch|văn bản)/iu,
  // A clause enumerating a file ("Hồ sơ áp dụng biện pháp bảo vệ bao gồm:", "… gửi kèm theo hồ sơ gồm: Tờ khai …").
  file: /(hồ sơ|giấy tờ)[^.;:]{0,100}?(gồm|bao gồm)/iu,
  // A text named by its number ("theo quy định tại Thông tư số 97/2010/TT-BTC"), or other rules deferred to ("theo quy
  // định đối với đối tượng tại các Trung tâm bảo trợ xã hội", "theo quy định hiện hành").
  reference:
    /(Thông tư|Nghị định|Quyết định|Luật|Chỉ thị)(\s+liên tịch)?\s+(số\s+)?\d+\/\d{4}|(Tờ trình|Công văn|Công điện)\s+số\s+\d+\/|theo quy định (của|tại|đối với|hiện hành)/iu,
  // A source of money: the State budget, a body's regular spending, donations ("Nguồn kinh phí từ ngân sách nhà nước",
  // "Sử dụng kinh phí thường xuyên …", "… tổng hợp chung trong dự toán chi thường xuyên", "nguồn tài trợ, viện trợ").
  funding:
    /nguồn kinh phí|kinh phí (thực hiện|bảo đảm)|ngân sách nhà nước|chi thường xuyên|kinh phí thường xuyên|nguồn (huy động|tài trợ|viện trợ|hợp pháp)|bố trí kinh phí/iu,
};

// "mấy ảnh", "bao nhiêu bản sao", "mấy ngày": the syllable after the question word names what is counted; a
// classifier before it ("mấy tấm ảnh") only says that things are counted.
const COUNTED = / (?:may|bao nhieu) ([a-z0-9]+)(?: ([a-z0-9]+))? /;
const COUNT_CLASSIFIERS = new Set(['tam', 'chiec', 'cai', 'con']);
// Words after "bao nhiêu" that are no thing one counts in a passage ("bao nhiêu là đủ", "bao nhiêu tiền" is an amount).
const NOT_COUNTED = new Set([
  'la',
  'thi',
  'tien',
  'phan',
  'so',
  'mot',
  'lau',
  'vay',
  'a',
  'nhi',
  'the',
  'do',
  'nua',
  'duoc',
  'co',
  ...TRICKS,
]);

/** What a question counts ("mấy ảnh" → `anh`, folded), or undefined when it counts nothing. */
export function countedThing(question: string): string | undefined {
  const m = COUNTED.exec(fold(question));
  if (!m) return undefined;
  const thing = COUNT_CLASSIFIERS.has(m[1]) && m[2] ? m[2] : m[1];
  return NOT_COUNTED.has(thing) || /^\d+$/.test(thing) ? undefined : thing;
}

// What the documents state a number of for a thing counted in everyday words: people by whatever they are called
// ("mấy người" → "05 (năm) nhân viên", "03 cán bộ"), land by its area ("bao nhiêu đất" → "15 m2/nạn nhân").
const MEASURED_AS: Record<string, string> = {
  nguoi: 'nguoi|nhan vien|can bo|thanh vien|chuyen vien|cong chuc|vien chuc',
  dat: 'm2|met vuong|ha|hec ta',
};

/**
 * A matcher telling whether a passage states a number of `thing` ("06 (sáu) ảnh", "trong thời hạn 03 (ba) ngày"):
 * a number, an optional spelled-out number in brackets, then the thing. Passages are matched folded, so an
 * unaccented question finds them too.
 */
export function statesCountOf(thing: string): (foldedText: string) => boolean {
  const nouns = ownEntry(MEASURED_AS, thing) ?? thing;
  const re = new RegExp(`(?<![\\d/.,])\\d+(?:\\s*\\([^)]{1,20}\\))?\\s*(?:${nouns})(?![a-z0-9])`);
  return (foldedText) => re.test(foldedText);
}

/** Lowercase, without diacritics: the form statesCountOf() reads. */
export const foldForCount = (text: string) => foldDiacritics(text.toLowerCase());

// A clause or point marker ("1.", "d)") is not a number the sentence states.
const MARKER = /^\s*(\d{1,2}(\.\d{1,2})*\.|[a-zđ]\))\s+/u;

/** True when the sentence carries an answer of this type. */
export function carries(type: AnswerType, sentence: string): boolean {
  return CARRIES[type].test(sentence.replace(MARKER, ''));
}

// "Trường hợp nạn nhân là trẻ em thì …", "Đối với các vụ việc phức tạp … thì …": a clause for one case.
const OPENING_CASE = /^(?:truong hop|doi voi|neu) (.{3,120}?) thi /;
/** Below this share of the case's syllables in the question, the question does not ask about that case. */
const MIN_CASE_SHARE = 0.3;

/** Folded syllables of a text, space-separated and padded (` vu viec phuc tap `). */
export function foldedSyllables(text: string): string {
  return ` ${foldForCount(text.replace(MARKER, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** The content syllables (folded) of the case a text opens with, or undefined when it opens with none. */
export function openingCase(text: string): string[] | undefined {
  const m = OPENING_CASE.exec(foldedSyllables(text).trimStart());
  return m?.[1].split(' ').filter((w) => w.length > 1 && !isStopword(w));
}

/** True when the question (foldedSyllables) names enough of the case's words. */
export function mentionsCase(question: string, caseWords: string[]): boolean {
  const named = caseWords.filter((w) => question.includes(` ${w} `)).length;
  return named >= MIN_CASE_SHARE * caseWords.length;
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
const PRECISE: AnswerType[] = ['amount', 'time', 'period', 'date', 'count', 'papers', 'replaces', 'place', 'funding', 'reference'];
/** More content syllables than this (besides the broad nouns) and the question is about a detail, whatever its wording. */
const MAX_OVERVIEW_SYLLABLES = 10;
/**
 * A question naming the list it asks for ("nguyên tắc xác minh, xác định, tiếp nhận và trao trả … là gì", "trình tự,
 * thủ tục áp dụng biện pháp bảo vệ …") echoes a heading: it may be longer.
 */
const MAX_NAMED_LIST_SYLLABLES = 14;
// "các biện pháp bảo vệ là gì": a plural before "là gì" asks for the members, not for a definition.
const PLURAL_WHAT = / (cac|nhung) .+ la (nhung )?gi /;
// A summary of a procedure or a plan: "tóm tắt quy trình …", "các bước …", "liệt kê …".
const SUMMARY = / (tom tat|tong quan|liet ke|quy trinh|trinh tu|thu tuc|cac buoc|nhung buoc) /;
// "Mục tiêu của kế hoạch là gì", "nguyên tắc … là gì": nouns whose answer is the members of a list, not a definition.
const LIST_NOUNS = '(muc tieu|chi tieu|giai phap|nguyen tac|can cu|dieu kien|muc dich|yeu cau|noi dung|bien phap|hinh thuc|nhiem vu)';
const LIST_NOUN_WHAT = new RegExp(` ${LIST_NOUNS} .*la (nhung )?gi `);
// "phải đảm bảo những yêu cầu gì", "có các biện pháp nào": the same nouns asked right before the question word.
const LIST_NOUN_ASKED = new RegExp(` (nhung|cac) ${LIST_NOUNS} (gi|nao) `);
// "Dựa vào đâu để xác định …", "căn cứ vào những gì": the grounds, which the documents list.
const GROUNDS = / (dua|can cu) (vao|tren) (dau|nhung gi|gi) /;
// "được tiếp nhận, xác minh ra sao", "phối hợp như thế nào", "đồn xử lý thế nào": how a procedure goes, answered by its
// steps. A case that "được / bị xử lý thế nào" asks what becomes of it, a detail of its own.
// In chat a final "sao" after the act asks how ("được bảo vệ sao"), unless it asks what follows ("thì sao", "có sao",
// "bị sao") or why ("vì sao").
const FINAL_SAO = '(?<!(thi|co|khong|ko|vi|tai|bi|duoc) )sao $';
const HOW_PROCEDURE = new RegExp(
  ` (tiep nhan|xac minh|xac dinh|giai cuu|trao tra|phoi hop|ap dung|bao ve|(?<!(duoc|bi) )(xu ly|giai quyet)) .*((the nao|ra sao) |(?<= )${FINAL_SAO})`,
);
// Words that only ask for the answer ("tóm tắt giúp tôi", "cho biết"): no part of the topic.
const REQUEST_WORDS = new Set(['tom tat', 'liet ke', 'giup toi', 'giup em', 'giup minh', 'cho biet', 'cho hoi']);
// "những trường hợp nào", "những việc gì": the noun before the question word only says that a list is asked.
// "bảo vệ kiểu gì": the manner asked, no list's name either.
const CLASSIFIERS = new Set(['truong hop', 'viec', 'chuyen', 'khoan', 'thu', 'cach', 'loai', 'dieu', 'kieu']);
const ASK_WORDS = new Set(['gi', 'nao']);
// "theo luật hiện hành", "hiện nay", "luật mới": which law applies (today's), not what the question is about.
const NOW_WORDS = new Set(['hien nay', 'hien hanh', 'hien tai', 'hien gio', 'bay gio', 'luat moi']);
const LAW_WORDS = new Set(['luat', 'phap luat', 'quy dinh', 'van ban']);
const UNDER_WORDS = new Set(['theo', 'trong']);

/** Positions of "(theo) (luật|quy định) hiện hành"-like qualifiers in the folded syllables. */
function nowQualifiers(folded: string[]): number[] {
  const out: number[] = [];
  folded.forEach((t, i) => {
    if (i < 1 || !NOW_WORDS.has(`${folded[i - 1]} ${t}`)) return;
    let from = i - 1;
    if (t !== 'moi') {
      if (from >= 2 && LAW_WORDS.has(`${folded[from - 2]} ${folded[from - 1]}`)) from -= 2;
      else if (from >= 1 && LAW_WORDS.has(folded[from - 1])) from -= 1;
    }
    if (from >= 1 && UNDER_WORDS.has(folded[from - 1])) from -= 1;
    for (let j = from; j <= i; j++) out.push(j);
  });
  return out;
}

/**
 * The question's syllables without a classifier noun before "gì / nào" ("những trường hợp nào" → "những nào"),
 * without the words that only ask ("tóm tắt giúp tôi") and without those that only say the law of today is meant.
 */
function withoutClassifiers(question: string): string[] {
  const seq = analyze(question).seq;
  const folded = seq.map((t) => foldDiacritics(t));
  const drop = new Set<number>();
  folded.forEach((t, i) => {
    if (!ASK_WORDS.has(t)) return;
    if (i >= 2 && CLASSIFIERS.has(`${folded[i - 2]} ${folded[i - 1]}`)) drop.add(i - 2).add(i - 1);
    else if (i >= 1 && CLASSIFIERS.has(folded[i - 1])) drop.add(i - 1);
  });
  folded.forEach((t, i) => {
    if (i >= 1 && REQUEST_WORDS.has(`${folded[i - 1]} ${t}`)) drop.add(i - 1).add(i);
  });
  for (const i of nowQualifiers(folded)) drop.add(i);
  return seq.filter((_, i) => !drop.has(i));
}

// An agency's name is one subject however many syllables it has ("Ủy ban nhân dân", "Bộ đội Biên phòng"), and so
// is the subject of every document ("phòng, chống mua bán người"), which says nothing about the detail asked.
const AGENCY_NAMES = [
  'phong chong mua ban nguoi',
  'mua ban nguoi',
  'uy ban nhan dan',
  'bo doi bien phong',
  'canh sat bien',
  'hoi lien hiep phu nu',
  'lao dong thuong binh va xa hoi',
  'mat tran to quoc',
  'vien kiem sat nhan dan',
  'toa an nhan dan',
  'cong an',
].map((name) => name.split(' '));
// A stopword typed without its accents still only asks ("nguoi bi ban … thi"): counted like the accented one.
const FOLDED_FUNCTION_WORDS = new Set([...STOPWORDS].map((w) => foldDiacritics(w)));

/** The topic's syllables with each agency name made one token. */
function withAgenciesAsOne(topic: string[]): string[] {
  const folded = topic.map((t) => foldDiacritics(t.toLowerCase()));
  const out: string[] = [];
  for (let i = 0; i < topic.length; i++) {
    const name = AGENCY_NAMES.find((n) => n.every((syl, j) => folded[i + j] === syl));
    out.push(name ? name.join('_') : topic[i]);
    if (name) i += name.length - 1;
  }
  return out;
}

/** Folded content syllables of a question's topic other than the broad nouns; an agency's name counts once. */
function specificSyllables(topic: string[]): string[] {
  const content = withAgenciesAsOne(topic).filter(
    (t) => !isStopword(t) && !/^\d+$/.test(t) && !(!hasDiacritics(t) && FOLDED_FUNCTION_WORDS.has(t)),
  );
  BROAD_NOUNS.lastIndex = 0;
  return fold(content.join(' ').replace(/_/g, '')).replace(BROAD_NOUNS, ' ').split(' ').filter(Boolean);
}

// Where a long question's setting ends and its ask begins: "Bộ đội Biên phòng khi giải cứu … thì có những trách
// nhiệm gì", "Tôi là cán bộ xã, khi có người trình báo thì xã phải làm những việc gì", or a full stop. Unaccented,
// "thi" of "thi hành", "thi đua" is no "thì".
const ASK_CLAUSE_BREAK = /\s(?:thì|thi(?!\s+(?:hành|hanh|đua|dua)(?!\p{L})))\s|[.;?!]\s+/iu;
// A comma ends the setting only before a clause that opens with who acts or what it must do ("…, Bộ Chỉ huy Bộ đội
// Biên phòng tỉnh có trách nhiệm gì", "…, cần thực hiện các bước nào"): between the items of a detailed ask ("khám,
// cấp thuốc, chuyển tuyến cho những cơ quan nào") it separates what is asked.
const COMMA_BEFORE_ASKER =
  /,\s+(?=(?:ủy ban|uỷ ban|ubnd|công an|bộ chỉ huy|bộ đội|bđbp|biên phòng|đồn|cảnh sát|sở|phòng|hội|trung tâm|cơ quan|cán bộ|chính quyền|xã|phường|cần|phải)\s)/iu;

// A setting saying what the person wants to do ("muốn đi học lại thì được hỗ trợ gì"): the support for that, one detail.
const PURPOSE_SETTING = / (muon|co nguyen vong|co nhu cau) [a-z]+ /;
const ASKS_SUPPORT = / duoc (ho tro|giup|giup do|nhan|huong)? ?(nhung |cai )?gi /;

/** The question first says what the person wants to do, then asks what they are given for it. */
function asksForPurpose(question: string): boolean {
  const ask = askClause(question);
  if (!ask || !ASKS_SUPPORT.test(fold(ask))) return false;
  return PURPOSE_SETTING.test(fold(question.slice(0, question.lastIndexOf(ask))));
}

/** A question's clauses, its setting's first: split where the setting ends (ASK_CLAUSE_BREAK, COMMA_BEFORE_ASKER). */
function clausesOf(question: string): string[] {
  return question
    .split(ASK_CLAUSE_BREAK)
    .flatMap((c) => c.split(COMMA_BEFORE_ASKER))
    .filter((c) => c.trim());
}

/** The clause that asks ("… thì có những trách nhiệm gì"), or undefined for a question with no setting before its ask. */
function askClause(question: string): string | undefined {
  const clauses = clausesOf(question);
  if (clauses.length < 2) return undefined;
  return clauses.findLast((c) => / (gi|nao) /.test(fold(c))) ?? '';
}

// An asking clause of one content word ("thì ai giúp", "thì phải báo lên đâu") asks of the case its setting states.
const MIN_ASKED_SYLLABLES = 2;
// What makes a clause ask: "được mấy năm thì hết hạn" asks before its "thì", the words after it only go on.
const QUESTION_WORD = / (gi|nao|dau|ai|bao lau|bao nhieu|may|sao|the nao) /;

/**
 * The clause a question asks in when a setting comes first ("Người ra quyết định bảo vệ thì phải lưu hồ sơ trong bao
 * lâu" → "phải lưu hồ sơ trong bao lâu"): the setting restates who acts or when, the clause says what is asked.
 * Undefined for a question with no setting, or whose asking clause holds no content syllable.
 */
export function askingClause(question: string): string | undefined {
  const clauses = clausesOf(question);
  if (clauses.length < 2) return undefined;
  const last = clauses[clauses.length - 1];
  return QUESTION_WORD.test(fold(last)) && specificSyllables(withoutClassifiers(last)).length >= MIN_ASKED_SYLLABLES ? last : undefined;
}

/**
 * Whether the clause that asks is short enough to ask for everything on its topic: a question that first sets out a
 * situation still asks for a list when its ask clause names one ("những việc gì") or a broad noun ("có trách nhiệm gì").
 * Its content syllables are counted as the whole question's are.
 */
function asksListAfterSetting(question: string, listed: boolean): boolean {
  const ask = askClause(question);
  if (ask === undefined) return false;
  BROAD_NOUNS.lastIndex = 0;
  const broad = BROAD_NOUNS.test(fold(ask));
  return (listed || broad) && specificSyllables(withoutClassifiers(ask)).length <= MAX_OVERVIEW_SYLLABLES;
}

/**
 * The topic of an overview question, or undefined for any other question. An overview asks for everything on a
 * topic ("nạn nhân được hỗ trợ những gì", "chính sách cho người bị mua bán", "xã có nhiệm vụ gì"), in few content
 * words and without asking for one precise thing (an amount, a deadline, a number, the papers; an agency unless it
 * asks "những ai"). The topic is the question without the words that only ask for a list ("những trường hợp nào").
 */
export function overviewTopic(question: string): string | undefined {
  return topicOf(question);
}

const topicOf = lastRead((question: string): string | undefined => {
  const types = answerTypes(question);
  if (types.some((t) => PRECISE.includes(t)) || (types.includes('agency') && !types.includes('list'))) return undefined;
  const q = fold(question);
  if (SUPERLATIVE.test(q) || asksForPurpose(question)) return undefined;
  const namesList = LIST_NOUN_WHAT.test(q) || LIST_NOUN_ASKED.test(q) || SUMMARY.test(q);
  const listed = namesList || types.includes('list') || [PLURAL_WHAT, GROUNDS, HOW_PROCEDURE].some((re) => re.test(q));
  BROAD_NOUNS.lastIndex = 0;
  if (!listed && !BROAD_NOUNS.test(q) && !WHAT.test(q)) return undefined;
  const topic = withoutClassifiers(question);
  const max = namesList ? MAX_NAMED_LIST_SYLLABLES : MAX_OVERVIEW_SYLLABLES;
  const short = specificSyllables(topic).length <= max || asksListAfterSetting(question, listed);
  return short ? topic.join(' ') : undefined;
});

/** How many content syllables before the question word name what the list is of ("hỗ trợ những gì", "hành vi gì"). */
const FOCUS_SYLLABLES = 2;

/**
 * What an overview question asks a list of: the content syllables just before its question word, folded
 * ("cấm những hành vi gì" → hành vi; "hỗ trợ họ những gì" → hỗ trợ); empty when only function words or broad
 * nouns come before it ("phải làm gì", "có nhiệm vụ gì"), whose list the topic and the headings already find, and
 * for "X là gì". `common`: a folded syllable so many headings hold that it names no list of its own.
 */
export function overviewFocus(question: string, common: (folded: string) => boolean = () => false): string[] {
  const seq = withoutClassifiers(question);
  const last = seq.findLastIndex((t) => ASK_WORDS.has(foldDiacritics(t)));
  // "bảo vệ bằng cách nào": "bằng" only says a manner is asked, the words before it name the act.
  const ask = foldDiacritics(seq[last - 1] ?? '') === 'bang' ? last - 1 : last;
  // "X là gì": the words before "là" end the subject, they do not say what the list is of.
  if (foldDiacritics(seq[ask - 1] ?? '') === 'la') return [];
  // A word most headings hold ("hỗ trợ nạn nhân những gì": nạn nhân) tells no list from another: the words right before
  // it do, unless a function word comes first ("… thì hỗ trợ gì" in a corpus where every heading says "hỗ trợ").
  const focus = focusBefore(seq, ask, common);
  const plain = focus.length ? focus : focusBefore(seq, ask, () => false);
  BROAD_NOUNS.lastIndex = 0;
  if (BROAD_NOUNS.test(` ${plain.join(' ')} `)) return [];
  return plain.some((t) => HELPING.has(t)) ? SUPPORT : plain;
}

// "lo cho họ những gì", "giúp đỡ gì", "giúp gì": everyday words for what the documents call support ("hỗ trợ").
const HELPING = new Set(['lo', 'giup']);
const SUPPORT = ['ho', 'tro'];

/** Up to FOCUS_SYLLABLES content syllables before `ask`, folded, past the `common` ones just before it; none when a function word ends those. */
function focusBefore(seq: string[], ask: number, common: (folded: string) => boolean): string[] {
  const focus: string[] = [];
  let passed = false;
  for (let i = ask - 1; i >= 0 && focus.length < FOCUS_SYLLABLES; i--) {
    if (isStopword(seq[i])) {
      if (focus.length || passed) break;
      continue;
    }
    const t = foldDiacritics(seq[i]);
    if (!focus.length && common(t)) passed = true;
    else focus.unshift(t);
  }
  return focus;
}

// "được bảo vệ như thế nào", "bằng cách nào", "kiểu gì", a final "sao" (FINAL_SAO): the manner of an act, which the
// texts set out as its measures.
const MANNER = new RegExp(` (the nao|ra sao|bang cach nao|cach nao|kieu gi|cach gi) | ${FINAL_SAO}`);

/** True when the question asks how something is done (MANNER). */
export function asksManner(question: string): boolean {
  return MANNER.test(fold(question));
}

// "có được hỗ trợ phiên dịch không", "luật mới có cấm … không", "được cấp lại ko": whether a rule grants or forbids a
// thing, asked with a final "không" (a word of its own, maybe before a courtesy word or a thanks) after "được", "cấm"
// (not "cam kết") or "bị"; not how, how much, who, where or when. Typed without marks, "dau" is also "đầu" (ban đầu)
// and "may" also "máy": where is asked as "ở đâu", "đi đâu", and a count is asked by "bao nhiêu".
const COURTESY_TAIL = '(?: (?:a|ah|vay|nhi|ha|nhe|nha|ban|anh|chi|em|ad|admin|oi|moi nguoi|cam on|xin cam on))*';
const WHETHER = new RegExp(` (?:duoc|cam(?! ket)|bi) .* (?:khong|ko|k|hong|hok)${COURTESY_TAIL}(?: \\|${COURTESY_TAIL})? ?$`);
const ASKS_MORE = / (?:the nao|ra sao|cach nao|bao nhieu|bao lau|ai|(?:o|di|tu|den|cho) dau|khi nao|luc nao|nhung gi|gi|nao) /;

/** True when the question asks only whether a thing is granted or forbidden (WHETHER), nothing more precise. */
export function asksWhether(question: string): boolean {
  const q = foldKeepingBreaks(question);
  return WHETHER.test(q) && !ASKS_MORE.test(q);
}

// The groups the 2024 law gives lists of their own (Điều 37 khoản 2–4): people still being identified, children with
// them, foreigners trafficked in Việt Nam.
const OTHER_GROUP =
  / (?:qua trinh xac dinh|dang (?:duoc )?xac dinh|chua (?:duoc )?xac dinh|duoi 18 tuoi|di cung|nguoi nuoc ngoai|nan nhan nuoc ngoai) /;

/** True when the question is about one of the groups with lists of their own (OTHER_GROUP). */
export function namesOtherGroup(question: string): boolean {
  return OTHER_GROUP.test(foldKeepingBreaks(question));
}

/** True for an overview question (see overviewTopic). */
export function isOverview(question: string): boolean {
  return overviewTopic(question) !== undefined;
}

// "không được cấp", "bị từ chối", "chưa đủ điều kiện": a negation followed by what it denies. A "không" ending the
// question or a clause ("có được cấp lại không?", "có hay không") only asks; "người không quốc tịch", "không quá 03
// ngày", "không vì mục đích lợi nhuận" name a person, a limit, an aim.
const NEGATION =
  / (?<!(hay|co|hoac) )(khong|chua) (?!(a|nhi|vay|ha|nhe|hay|thi|neu|va|con|biet|ro|quoc|qua|vi|it|thanh)( |$))[a-z]+| tu choi /;
// A case of the negative ("Các trường hợp không cấp Giấy phép", "Trường hợp không đủ căn cứ … thì"), not a condition
// inside a rule ("nạn nhân có nguyện vọng … nhưng không có khả năng chi trả").
const CASE_START = /^ (truong hop|neu|doi voi) /;
const NEGATIVE_CASE = / (?:truong hop|neu|doi voi) [^|]{0,60}?(khong|chua) (?!(quoc|qua|vi|thanh) )/;

/** Punctuation kept as a break, so that a "không" ending a clause is not read with the next clause's words. */
const foldKeepingBreaks = (s: string) =>
  ` ${foldDiacritics(spellOutChat(s).toLowerCase())
    .replace(/[.,;:!?…]+/g, ' | ')
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

/** True when the question asks about the negative case ("trường hợp nào không được cấp", "bị từ chối khi nào"). */
export const asksNegative = lastRead((question: string) => NEGATION.test(foldKeepingBreaks(question)));

/**
 * True when a unit is about the negative case: a heading of its path denies ("Điều 10. Các trường hợp không cấp
 * Giấy phép thành lập"), or its text opens with a negative case ("Trường hợp không đủ căn cứ xác định nạn nhân thì").
 */
export function statesNegative(headings: string[], text: string): boolean {
  // A heading's bracketed note ("(tên chương chưa đối chiếu)") is about the text's edition, not its subject.
  if (headings.some((h) => NEGATIVE_CASE.test(foldKeepingBreaks(h.replace(/\([^)]*\)/g, ''))))) return true;
  // A paragraph counts when it opens with the case ("Trường hợp Công an cấp huyện xác định không phải là nạn nhân, …"
  // after the clause's rule): one sentence further it is a detail of the rule.
  return text.split('\n').some((paragraph) => {
    const opening = foldKeepingBreaks(paragraph.replace(MARKER, '').slice(0, 200));
    return CASE_START.test(opening) && NEGATIVE_CASE.test(opening);
  });
}
