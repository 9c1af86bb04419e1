// Details of a contact that the documents may not state: a named agency's own number, or what a line costs
// and when it answers. The directory lists only what a document states, so when the asked detail is not
// there the reply says so first, then gives the lines it does hold; it never lets a list of other numbers
// pass for the one asked.
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import { alignedFold, foldDiacritics } from '../../knowledge/text.js';
import { asksForNumber, contactDirectoryAnswer, isContactQuestion, provinceInText, type ContactSources } from '../contacts-answer.js';
import type { AnswerResult } from '../types.js';

const fold = (s: string) => foldDiacritics(s.toLowerCase());

// What a call costs or when a line answers: "có mất phí không", "trực 24/24 không", "mấy giờ", "ban đêm".
const LINE_TERMS =
  /(?<![a-z])((mat|ton|thu|tinh|tra) (phi|tien)|cuoc (phi|goi)|mien phi|24 ?\/ ?(24|7)|truc (dem|suot|ca ngay|24)|may gio|gio nao|ban dem|ngoai gio)(?![a-z])/;

// Words for a phone number (folded), and for which of a body's numbers ("trực ban", "máy bàn", "liên hệ").
const NUMBER_NOUNS = '(so dien thoai|so dt|sdt|dien thoai|dt|duong day nong|so hotline|hotline|so tong dai)';
// Without a question word after them, only words that mean a number ask for one: "có thu điện thoại không" is the device.
const NUMBER_NOUNS_ALONE = '(so dien thoai|so dt|sdt|duong day nong|so hotline|hotline|so tong dai)';
const NUMBER_KIND = '(truc tiep|truc ban|truc|rieng|lien he|lien lac|co dinh|may ban|ban)';
// "số điện thoại (trực tiếp) (của) Phòng Cảnh sát hình sự…", "đt của trung tâm…", "số trực ban Công an…", "số của
// Bộ đội Biên phòng…": a number asked for one agency by its name. "Số" alone is a number only with which one or "của"
// after it: "một số trung tâm" counts bodies, and folded, "cơ sở của", "hồ sơ của", "trụ sở của" read like "số của".
const NUMBER_OF_AGENCY = new RegExp(
  `(?<![a-z])(${NUMBER_NOUNS}( ${NUMBER_KIND})?|(?<!(co|ho|tru) )so( ${NUMBER_KIND}|(?= cua )))( (cua|cho|o))? (?<agency>(phong(?! chong)|cong an|ca|so|uy ban|ubnd|trung tam|bo doi|bien phong|bo|cuc|don|hoi|benh vien|doan|ban|van phong|vien kiem sat|toa an|dai su quan|lanh su quan)(?![a-z]).*)$`,
);
// Where the agency's name ends: the words that go on to ask ("… là bao nhiêu", "… số mấy", "… ở đâu"). Written with
// diacritics they are told apart from the words of a name ("Bảo trợ" is not "bao nhiêu"); typed without, they are not.
const NAME_END_WORDS = 'là số ở thì bao mấy nào gì không ko k để cần được có và hay với nhé ạ qua theo bằng'.split(' ');
const NAME_END = new Set(NAME_END_WORDS);
const NAME_END_FOLDED = new Set(NAME_END_WORDS.map(fold));

// Typed without diacritics, these pairs are words of a name ("bảo trợ", "bảo vệ", "Cần Thơ"), not "bao nhiêu" or "cần".
const NAME_PAIRS = new Set(['bao tro', 'bao ve', 'can tho']);

/**
 * The i-th word ends an agency's name in a question typed with (or without) diacritics. Written with them, a
 * capitalised word next to another is part of a place's name ("Cần Thơ", "Cao Bằng"), not "cần" or "bằng".
 */
function endsName(words: string[], i: number, marked: boolean): boolean {
  const word = words[i];
  if (!marked)
    return actsAt(words, i, false) || (NAME_END_FOLDED.has(fold(word)) && !NAME_PAIRS.has(fold(`${word} ${words[i + 1] ?? ''}`)));
  const capital = (w: string | undefined) => w !== undefined && w[0] !== w[0].toLowerCase();
  const inName = capital(word) && (capital(words[i - 1]) || capital(words[i + 1]));
  return !inName && (actsAt(words, i, true) || NAME_END.has(word.toLowerCase()));
}

// What a body does, which no body's name holds: "Công an tỉnh nhận tin báo qua số nào", "Phòng Ngoại vụ liên hệ số
// nào". Typed without marks, "nhan" is also the "nhân" of "Ủy ban nhân dân" and "nạn nhân".
const ACTS_MARKED = /^(nhận|làm|(tiếp nhận|xử lý|giải quyết|liên hệ|liên lạc|phụ trách)(?= |$))/;
const ACTS_FOLDED = /^((tiep nhan|xu ly|giai quyet|lien he|lien lac|phu trach)( |$)|nhan(?! dan)( |$))/;

/** The i-th word begins what the body does rather than its name. */
function actsAt(words: string[], i: number, marked: boolean): boolean {
  const pair = `${words[i]} ${words[i + 1] ?? ''}`.trim().toLowerCase();
  // "Trung tâm dịch vụ việc làm": "làm" after "việc" is a word of the name.
  return marked
    ? ACTS_MARKED.test(pair) && (words[i - 1] ?? '').toLowerCase() !== 'việc'
    : ACTS_FOLDED.test(fold(pair)) && fold(words[i - 1] ?? '') !== 'nan';
}

// An agency of the kinds the documents name, as the first folded word(s) of its name.
// "Phòng, chống" (countering) is no Phòng (an office).
const AGENCY_WORD =
  '(phong(?! chong)|cong an|ca|so|uy ban|ubnd|trung tam|bo doi|bien phong|bo|cuc|hoi|doan|ban|van phong|vien kiem sat|toa an|co so|dai su quan|lanh su quan)';
// An address on the internet, as written after "địa chỉ" too ("địa chỉ email"): words of the message, not a channel.
const ONLINE_ADDRESS = 'e ?mail|thu dien tu|website|trang web';
// Details of a body that the documents never state: they name bodies and say what each does, not how to pay, find,
// write to or meet them. Each detail is named as the reply says it is missing.
const BODY_DETAILS: { name: string; cue: RegExp }[] = [
  { name: 'số tài khoản', cue: /(?<![a-z])(so tai khoan|stk|tai khoan (ngan hang|ung ho|quyen gop|chuyen khoan))(?![a-z])/ },
  { name: 'địa chỉ thư điện tử, trang web, số fax', cue: new RegExp(`(?<![a-z])(${ONLINE_ADDRESS}|fanpage|fax)(?![a-z])`) },
  {
    name: 'địa chỉ',
    cue: new RegExp(
      `(?<![a-z])(dia chi(?! (${ONLINE_ADDRESS}))|tru so( \\w+){0,8} (o dau|cho nao|nao|la gi)|(nam|o) (tren |tai )?(duong|pho) nao|so nha)(?![a-z])`,
    ),
  },
  {
    name: 'giờ làm việc',
    cue: /(?<![a-z])(gio (lam viec|mo cua|dong cua|hanh chinh|tiep dan)|(lam viec|mo cua|tiep dan)( \w+){0,8} (may gio|gio nao|luc nao|ngay nao|thu may|thu bay|chu nhat|cuoi tuan|ngay le))(?![a-z])/,
  },
  {
    name: 'họ tên cán bộ, người phụ trách',
    cue: /(?<![a-z])(xin (ho )?ten|ho ten|ten (cua )?(nguoi|can bo|ong|ba)|(nguoi|can bo|ai|ong|ba|giam doc|truong|pho|chu tich)( \w+){0,12} ten (la )?gi)(?![a-z])/,
  },
];
// How a facility must show its address or open ("hồ sơ thành lập cơ sở ghi địa chỉ gì", "biển tên phải có địa chỉ"):
// the documents' rules on facilities, not a request for one agency's address.
const FACILITY_RULE = /(?<![a-z])(phai|ho so|bien|thanh lap|giay phep|dang ky|quy dinh)(?![a-z])/;

// A body asked about: an agency, a shelter, a fund. Folded, "số tài khoản" reads like "sở", "cho hỏi" like "hội",
// "cán bộ" like "Bộ".
const BODY = new RegExp(
  `(?<![a-z])(${AGENCY_WORD}|nha tam lanh|quy (bao tro|ho tro|tu thien))(?![a-z])(?! (tai khoan|nha|dien thoai|dt|fax|may|nao|gi|bao nhieu)(?![a-z]))`,
  'g',
);
const NOT_A_BODY = /(cho|xin|muon|can|de) hoi$|mua ban$|can bo$/;

/** Where the first body the question names starts in its folded text, or -1. */
function bodyAt(q: string): number {
  for (const m of q.matchAll(BODY)) if (!NOT_A_BODY.test(q.slice(0, m.index + m[0].length))) return m.index;
  return -1;
}

// Words that begin asking a detail after a body's name ("… tên là gì", "… nằm ở đâu", "… làm việc thứ mấy"); typed
// without marks, "nam" is also the Nam of a name.
const DETAIL_WORDS = new Set(['tên', 'nằm', 'làm', 'mở', 'tiếp', 'ten', 'lam', 'mo']);

/** The words of `text` from `start` (to `end`, when given) up to the first clause break. */
function clauseWordsFrom(text: string, start: number, end?: number): string[] {
  return text
    .slice(start, end)
    .split(/[,.;:!?]/)[0]
    .split(/\s+/)
    .filter(Boolean);
}

/** The body named from `start` in the question's words, up to the words that go on asking (`end`: where a detail is asked). */
function bodyNameAt(question: string, start: number, end: number): string | undefined {
  const words = clauseWordsFrom(question, start, end > start ? end : undefined);
  const marked = fold(question) !== question.toLowerCase();
  const last = words.findIndex((w, i) => i > 0 && (endsName(words, i, marked) || DETAIL_WORDS.has(marked ? w.toLowerCase() : fold(w))));
  const name = words.slice(0, last < 0 ? words.length : last);
  return name.length && name.length <= 10 ? name.join(' ') : undefined;
}

/**
 * The notice for the details of a body the question asks (its account, address, e-mail, hours, who works there), which
 * no document of the folder states; undefined when it asks none or asks what a facility must show by the rules.
 */
function bodyDetailNotice(question: string, directory: ContactsDirectory | null): string | undefined {
  const q = fold(question);
  const asked = BODY_DETAILS.map((d) => ({ name: d.name, at: q.search(d.cue) })).filter((d) => d.at >= 0);
  const start = bodyAt(q);
  if (!asked.length || start < 0 || FACILITY_RULE.test(q)) return undefined;
  // Folding keeps one character per character of NFC text, so the body's place in it is its place in the question.
  const detailAt = Math.min(...asked.map((d) => d.at));
  const named = q.length === question.length ? bodyNameAt(question, start, detailAt) : undefined;
  const body = named ? writtenName(named, directory) : 'các cơ quan';
  const details = asked.map((d) => d.name).join(', ');
  return `${details[0].toUpperCase()}${details.slice(1)} của ${body} không có trong các văn bản hiện có.`;
}

// "Sở LĐTBXH Quảng Nam số đt bao nhiêu", "cho hỏi Trung tâm Bảo trợ xã hội có số điện thoại không", "Hội Phụ nữ tỉnh số
// mấy", "trực ban Công an tỉnh … số bao nhiêu", "Trung tâm … số điện thoại": the agency named first, opening the question
// or what follows "xin", "hỏi", "trực ban" or a comma (folded, "bán", "bỏ", "hỏi" read like agency words elsewhere), then
// its number asked for: a question word after it, whether it has one, or the number's name ending the question. "Số"
// alone asks only before a question word; "qua điện thoại" is a way of doing something, not a number asked.
const AGENCY_THEN_NUMBER = new RegExp(
  `^(.*?(?:^|xin |hoi |, |truc ban ))(?!(co )?so (dien thoai|dt|hotline|nao|may|gi|tong dai|duong day))(?<agency>${AGENCY_WORD}(?![a-z]).*?)(?: (co )?${NUMBER_NOUNS}( ${NUMBER_KIND})?( de \\w+)?( (la|o))? (bao nhieu|gi|so gi|so may|so nao|may|nao)(?![a-z])|(?<! (qua|bang|goi|nghe|dung)) (co )?${NUMBER_NOUNS_ALONE}( ${NUMBER_KIND})?( de \\w+)?( (khong|ko|k)(?![a-z])|[\\s?.!]*$)| (co )?(?<bare>so)( ${NUMBER_KIND})?( (la|o))? (bao nhieu|gi|may|nao)(?![a-z]))`,
  'd',
);
// An agency's duty to give or publish a number ("Sở phải công khai số điện thoại…") is not a request for it.
const GIVES_NUMBER =
  /(?<![a-z])(cung cap|cong khai|cong bo|thong bao|niem yet|gui)( \w+){0,2} (so dien thoai|so dt|sdt|dt|so hotline|hotline|duong day nong)(?![a-z])/;

/** The agency whose own number the question asks, in the question's words, or undefined. */
export function agencyAskedByName(question: string): string | undefined {
  const folded = alignedFold(question);
  if (folded === undefined || GIVES_NUMBER.test(folded)) return undefined;
  const m = NUMBER_OF_AGENCY.exec(folded);
  if (!m) return agencyNamedBeforeNumber(question, folded);
  const start = m.index + m[0].length - (m.groups?.agency.length ?? 0);
  const words = clauseWordsFrom(question, start);
  const marked = folded !== question.toLowerCase();
  const end = words.findIndex((_, i) => i > 0 && endsName(words, i, marked));
  return words
    .slice(0, end < 0 ? 10 : Math.min(end, 10))
    .join(' ')
    .trim();
}

/** The agency named just before its number is asked ("Sở Y tế Đà Nẵng số điện thoại là gì"), in the question's words. */
function agencyNamedBeforeNumber(question: string, folded: string): string | undefined {
  const m = AGENCY_THEN_NUMBER.exec(folded);
  const marked = folded !== question.toLowerCase();
  // Written with marks, "số" alone is a number; "sở", "cơ sở" are not.
  const bare = m?.indices?.groups?.bare;
  if (!m || (bare && marked && question.slice(bare[0], bare[1]).toLowerCase() !== 'số')) return agencyCalled(question, folded);
  const start = m[1].length;
  const words = question
    .slice(start, start + (m.groups?.agency.length ?? 0))
    .split(/[\s,.;:!?]+/)
    .filter(Boolean);
  const acts = words.findIndex((_, i) => i > 0 && actsAt(words, i, marked));
  const name = acts < 0 ? words : words.slice(0, acts);
  return name.length <= 10 ? name.join(' ') : undefined;
}

// "Gọi thẳng cho Trung tâm … thì số nào", "liên hệ Sở Y tế … qua số điện thoại nào": calling or reaching one agency
// by its name, with a number asked for after it. Folded, "số nào" reads like "sở" and "bạn tôi" like "ban" (a board).
const CALL_AGENCY = new RegExp(
  `(?<![a-z])(goi|lien he|lien lac|ket noi)( (thang|truc tiep|ngay))?( (cho|voi|den|toi))? (?=${AGENCY_WORD}(?![a-z]))(?!(so|ban) (nao|may|gi|bao|dien|dt|hotline|tong|duong|cua|toi|minh|em|do|ay)(?![a-z]))`,
);
const NUMBER_ASKED_AFTER = /(?<![a-z])(so|sdt|dien thoai|so dien thoai)( \w+){0,3} (nao|may|gi|bao nhieu)(?![a-z])/;
// Typed with diacritics, "cơ sở nào" asks which facility, not "số nào": the number is asked only in these words.
const NUMBER_ASKED_AFTER_MARKED = /(?<!\p{L})(số|sđt|điện thoại)(\s+\S+){0,3}\s+(nào|mấy|gì|bao nhiêu)(?!\p{L})/u;

/** The question asks a number from `at` on, read with its diacritics when it was typed with them. */
function numberAskedFrom(question: string, folded: string, at: number): boolean {
  const marked = folded !== question.toLowerCase();
  return marked ? NUMBER_ASKED_AFTER_MARKED.test(question.slice(at).toLowerCase()) : NUMBER_ASKED_AFTER.test(folded.slice(at));
}

/** The agency a question calls by name and asks the number of, in the question's words, or undefined. */
function agencyCalled(question: string, folded: string): string | undefined {
  const m = CALL_AGENCY.exec(folded);
  if (!m || !numberAskedFrom(question, folded, m.index)) return undefined;
  const start = m.index + m[0].length;
  const marked = folded !== question.toLowerCase();
  const rest = clauseWordsFrom(question, start);
  const end = rest.findIndex((_, i) => i > 0 && endsName(rest, i, marked));
  const words = rest.slice(0, end < 0 ? rest.length : end);
  return words.length > 1 && words.length <= 10 ? words.join(' ') : undefined;
}

/** The directory states a number for this agency: one of its entries with a phone has the same name, or is named in it. */
function directoryHasNumber(agency: string, directory: ContactsDirectory | null): boolean {
  const asked = fold(agency);
  const named = (name: string) => {
    const n = fold(name);
    return n.includes(asked) || asked.includes(n);
  };
  const national = directory?.national.some((n) => named(n.name)) ?? false;
  const local = Object.values(directory?.provinces ?? {}).some((p) => p.contacts.some((c) => c.phone && named(c.agency)));
  return national || local;
}

/** The agency as the directory writes it when it lists it (a question typed without marks), else as asked. */
function writtenName(agency: string, directory: ContactsDirectory | null): string {
  const asked = fold(agency);
  const listed = Object.values(directory?.provinces ?? {}).flatMap((p) => p.contacts.map((c) => c.agency));
  return listed.find((name) => fold(name) === asked) ?? agency;
}

// "số đường dây nóng của tỉnh …", "tỉnh … có tổng đài riêng không": a line of the province's own asked for.
const PROVINCE_LINE = /(?<![a-z])(duong day nong|hotline|tong dai|so dien thoai|so dt|sdt)(?![a-z])/;
// "Báo tin … cho ai, có số điện thoại không": whom to report to is asked first; the directory's list answers it, and
// marks the agencies whose documents give no number.
const ASKS_WHOM = /(?<![a-z])(cho|voi|gap|tim) (ai|co quan nao|don vi nao|ben nao|noi nao)(?![a-z])/;

/**
 * The province named in the question whose own line is asked for, when its documents give none: no entry of its
 * with a number, and no national line taken from its plan (a plan telling people to call 111 answers the question).
 */
function provinceWithoutLine(question: string, directory: ContactsDirectory | null): string | undefined {
  const key = provinceInText(question, directory);
  const entry = key ? directory?.provinces[key] : undefined;
  if (!entry || !PROVINCE_LINE.test(fold(question)) || linesNamed(question, directory).length) return undefined;
  const ownLine = entry.contacts.some((c) => c.phone) || (directory?.national ?? []).some((n) => n.source === entry.source);
  return ownLine ? undefined : entry.name;
}

/** The national lines a question names by number ("gọi 111 …"). */
function linesNamed(question: string, directory: ContactsDirectory | null) {
  const national = directory?.national ?? [];
  return national.filter((n) => new RegExp(`(?<!\\d)${n.phone.replace(/\s/g, '\\s?')}(?!\\d)`).test(question));
}

function withNotice(notice: string, question: string, province: string | null, sources: ContactSources): AnswerResult {
  const lines = contactDirectoryAnswer(provinceInText(question, sources.directory) ?? province, sources);
  return { kind: 'abstain', text: `${notice}\n\n${lines.text}`, citations: lines.citations };
}

/**
 * The reply to a question about a contact detail the directory does not hold (an agency's own number, a line's
 * cost or hours), or undefined when the detail is held or none is asked. `asTyped` is the question before a merged
 * province's name was read as the former province's.
 */
export function unlistedContactDetail(
  question: string,
  province: string | null,
  sources: ContactSources,
  asTyped = question,
): AnswerResult | undefined {
  const { directory } = sources;
  const named = linesNamed(question, directory);
  if ((named.length || asksForNumber(question)) && LINE_TERMS.test(fold(question))) {
    // The lines whose cost or hours are asked: those named by number, else every national line.
    const lines = named.length ? named : (directory?.national ?? []);
    const stated = lines.length > 0 && lines.every((n) => n.hours !== undefined && n.free !== undefined);
    if (stated) return undefined;
    const which = lines.length === 1 ? `tổng đài ${lines[0].phone}` : 'các số này';
    return withNotice(`Cước phí và giờ trực của ${which} không có trong các văn bản hiện có.`, question, province, sources);
  }
  const bodyDetail = bodyDetailNotice(question, directory);
  if (bodyDetail) return withNotice(bodyDetail, question, province, sources);
  // Named as typed: a merged province's name of today ("Sở Y tế Gia Lai") is the body asked for, not the former one's.
  const agency = agencyAskedByName(asTyped) ?? agencyAskedByName(question);
  if (!agency) {
    const asksLineOnly = isContactQuestion(question) && !ASKS_WHOM.test(fold(question));
    const province = asksLineOnly ? provinceWithoutLine(question, directory) : undefined;
    const notice = `Số đường dây nóng riêng của tỉnh ${province} không có trong các văn bản hiện có.`;
    return province ? withNotice(notice, question, province, sources) : undefined;
  }
  if (directoryHasNumber(agency, directory)) return undefined;
  return withNotice(`Số điện thoại của ${writtenName(agency, directory)} không có trong các văn bản hiện có.`, question, province, sources);
}
