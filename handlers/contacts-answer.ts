// Contact questions ("gọi số nào…", "liên hệ ai…", "số đường dây nóng") are answered from the contacts
// directory (contacts.yaml of the knowledge folder), scoped to the user's province, instead of from retrieved
// passages: phone numbers must come from the directory, never from a generated or extracted sentence.
import { formatHotlines, hotlinesFor, roundTheClockPhones, type ContactsDirectory } from '../knowledge/contacts.js';
import type { Corpus } from '../knowledge/types.js';
import { citationLabel } from '../knowledge/cite.js';
import { alignedFold, foldDiacritics, foldedAsMeant, foldedWords, stripInvisible } from '../knowledge/text.js';
import { WHEN_ASKED } from '../retrieval/question-type.js';
import { hasDiacritics } from '../retrieval/text.js';
import { ABROAD_PLACE } from '../retrieval/countries.js';
import type { AnswerResult, Citation } from './types.js';

const fold = (s: string) => foldDiacritics(s.toLowerCase()).replace(/\s+/g, ' ');

// Folded (no diacritics) so questions typed without accents match too.
const NUMBER_NOUN = /\b(so dien thoai|so dt|sdt|so hotline|so duong day nong|so tong dai|so nong)\b/;
// Whether a place has a line at all ("Đà Nẵng có tổng đài riêng không"), which line of two to call ("gọi 113 hay 111"),
// or a line named first with nothing asked of it ("Đà Nẵng: hotline tố giác buôn người?"): the directory answers.
const LINE_EXISTS = /\bco (mot |so )?(hotline|duong day nong|tong dai|so dien thoai)( rieng)?\b.*\bkhong\b/;
const WHICH_OF_LINES =
  /\b(goi|bao|lien he)( (so|toi|den|cho))? \d{3,}( \d{3,})*,? (hay|hoac)( (la|so|goi))? \d{3,}|^(so )?\d{3,} (hay|hoac) (so )?\d{3,}\b.*\b(goi|bao)\b/;
const LINE_FIRST = /^([a-z ]{2,30}: ?)?(hotline|duong day nong|tong dai)\b/;
const ASKS_OF_LINE = /\b(gi|nao|sao|khi|bao gio|nhan|tiep nhan|lam|hoat dong|dung de|co phai|la)\b/;
// "đường dây" alone is a hotline only when neither what follows nor what comes before makes it a ring of traffickers
// ("đường dây mua bán người", "đường dây đưa phụ nữ sang…", "đường dây lừa đảo", "điều tra đường dây", "trùm đường dây").
const LINE_NOUN =
  /\b(hotline|duong day nong|tong dai|(?<!\b(dieu tra|triet pha|pha|pha an|truy quet|theo doi|phat hien|dau tranh|ngan chan|cam dau|trum) )duong day(?! (mua|ban|buon|lua|dua|dan|chuyen|to chuc|toi pham|cua (bon|chung|ke|nhom))\b))\b/;
const WHOM =
  '(ai|so nao|so may|dau|o dau|co quan nao|noi nao|cho nao|don vi nao|ben nao|nguoi nao|to chuc nao|trung tam nao|phong nao|dau moi nao)';
// "điện thoại" after a verb of doing ("gọi điện thoại được không", "tiếp nhận qua điện thoại") names a way of acting;
// it asks for a number only with a question about whom or where ("gọi điện thoại cho ai").
const PHONE = /\b(\w+ )?dien thoai\b/g;
const PHONE_AS_MEANS = /^(goi|bang|qua|nghe|dung) $/;
const WHOM_WORD = new RegExp(`\\b${WHOM}\\b`);

/** "điện thoại" as the thing asked for ("điện thoại của Công an tỉnh"), not only as a way of acting. */
function asksForPhone(q: string): boolean {
  const uses = [...q.matchAll(PHONE)];
  return uses.length > 0 && (WHOM_WORD.test(q) || uses.some((m) => !PHONE_AS_MEANS.test(m[1] ?? '')));
}
// "báo tin buôn người cho ai", "tố giác đường dây này với cơ quan nào": what is reported may come between the verb
// and whom or where it goes to ("báo tin buôn người ở đâu"); "thông báo", "báo cáo", and "… thì xã phải báo …" are
// what an agency must do, asked as a procedure.
// Folded, "bao" is also the first word of "bảo vệ", "bảo trợ", "bao gồm", "báo cáo", "báo chí"…, and "gọi là" names something.
export const NOT_REPORTING = '(cao|ve|tro|gom|dam|hiem|nhieu|gio|lau|quan|mat|ho|lanh|toan|che|ke|dong|la|chi)';
const CONTACT_VERB_WH = new RegExp(
  `\\b((goi|lien he|lien lac|bao|bao tin|trinh bao|to giac|to cao|nho|tim|hoi|gap)( (ngay|cho|voi|toi|den|o))?|(?<!thong )(goi|bao|bao tin|trinh bao|to giac|to cao)(?! ${NOT_REPORTING}\\b)( (?!(thi|phai)\\b)\\w+){1,5} (cho|voi|toi|den|o))( (cac|mot))? ${WHOM}\\b`,
);
// "liên hệ thế nào", "liên lạc với họ bằng cách nào": how to reach someone is asked.
const HOW_TO_REACH = /\b(lien he|lien lac)( voi \w+( \w+)?)? (the nao|nhu the nao|ra sao|bang cach nao|qua dau)\b/;
// "đến đâu để được giúp", and in chat "thì đi đâu", "phải lên đâu" (the asker goes somewhere, not "đưa đi đâu"); a body
// gone to ("thì đến cơ quan nào") only for a report made there ("tố giác kẻ buôn người thì lên cơ quan nào"): going to
// a body for a paper of one's own ("làm giấy khai sinh thì đến cơ quan nào") is no contact, nor is a report told a clause
// before ("đã báo công an rồi, giờ làm giấy … thì đến cơ quan nào"), nor being notified ("được thông báo … thì đến …").
const GO_WHERE = new RegExp(
  `\\b((den|toi|ra|dua|gui|chuyen)( (den|toi))? (dau|co quan nao|noi nao|cho nao|don vi nao|trung tam nao) de (duoc )?(giup|ho tro|bao|trinh bao|to giac|tiep nhan|tu van|giai quyet)|(thi|phai|nen|can) (di|den|toi|ra|len)( (den|toi))? (dau|cho nao|noi nao)|(bao tin|trinh bao|to giac|to cao|(?<!thong )bao(?! ${NOT_REPORTING}\\b))( \\w+){0,8} (thi|phai|nen|can) (di|den|toi|ra|len)( (den|toi))? (co quan|don vi|ben) nao)`,
);
// "số mấy / số nào" asks for a phone number, unless it asks for a document's number ("QĐ số mấy", "thông tư số nào").
const ASKS_NUMBER = /(^|[^\p{L}])số (mấy|nào|gì|bao nhiêu)(?![\p{L}])/u;
const DOCUMENT_NUMBER =
  /\b(quyet dinh|qd|nghi dinh|nd|thong tu|tt|ttlt|luat|van ban|ke hoach|kh|cong van|cong dien|to trinh|chi thi|nghi quyet|de an|dieu|khoan|muc|phu luc|mau)( [a-z0-9/-]+){0,3} (la )?so (may|nao|gi|bao nhieu)\b/;

// "Xã nhận được trình báo thì báo cho cơ quan nào", "Công an tỉnh phải thông báo cho ai": an agency or an official
// that receives or must report is the subject, so the question asks the procedure the documents set, not whom
// the asker should contact. Lead-ins saying where, when or under which law ("Theo luật mới, …", "Hiện nay, khi …") may
// come first.
// Folded, "số đường dây nóng" (a number) reads like "sở" (a department).
const AGENCY_SUBJECT =
  /^(.*? thi |(khi|neu|sau khi|truong hop|trong truong hop) |(o|tai) \w+( \w+)? |(nam|tu nam|tu) \d{4},? |(hien nay|bay gio|hien tai|gio|nay),? |theo (luat|quy dinh|phap luat)( (moi|moi nhat|hien hanh|hien nay|2024))?,? ){0,2}(ubnd|uy ban nhan dan|xa|phuong|cong an|bo doi bien phong|(tram |don )?bien phong|so(?! (duong day|dien thoai|dt|tong dai|hotline|lien he))|phong|co so|trung tam|can bo|co quan)\b(?! (nao|gi)\b)[^?]*?\b(phai|nhan duoc|tiep nhan|co trach nhiem)\b/;
// "theo luật 2011 thì phải báo cho ai", "quy định bắt báo ở đâu": the asker wants the rule a text sets, which the
// passage gives with its source; the directory only lists numbers.
const ASKS_RULE =
  /\b(theo (luat|quy dinh|phap luat|nghi dinh|thong tu|ke hoach|de an|van ban)|(luat|quy dinh|nghi dinh|thong tu) (quy dinh|noi|bat|yeu cau|buoc))\b/;
// "Xin bảo vệ thì báo qua điện thoại được không, hay phải làm văn bản nộp cho cơ quan nào": how a request for protection
// is made and to whom is a procedure the decree sets (the written request, the emergency by phone, the competent
// bodies), not a line to call, unless a number is asked.
const REQUESTS_PROTECTION = / (xin|de nghi|yeu cau|nho)( (duoc|cong an|co quan|ap dung|cac))?( bien phap)? bao ve /;

// Folded, "báo về công an" (report to the police) and "báo hộ" (report for someone) read as "bảo vệ", "bảo hộ"
// (protect). Typed with diacritics they are told apart; typed without, "bao ve" before where a report is sent to (a
// body, a place: not "tính mạng", "xã hội") is reporting it.
const PROTECTION_VERBS = ['bảo', 'vệ', 'hộ'];
const REPORTED_TO =
  / bao ve (?=(cho )?(cong an|xa(?! hoi)|phuong|huyen|tinh(?! mang| than)|que|dia phuong|viet nam|trong nuoc|co quan|don vi|uy ban|ubnd|bien phong|don bien phong) )/g;

/** The text's folded words with "bao ve", "bao ho" only where they mean protecting (as `_ _` elsewhere). */
export function protectionWords(text: string): string {
  const folded = foldedAsMeant(text, PROTECTION_VERBS);
  // Typed with marks, "báo về" is already told apart: a marked "bảo vệ công an" is protection.
  return hasDiacritics(text) ? folded : folded.replace(REPORTED_TO, ' _ _ ');
}
// "Nạn nhân người nước ngoài chưa được giải cứu thì báo ngay cho đơn vị nào", "nhận tin về nạn nhân … thì phải chuyển
// cho ai": a case set out in the documents' terms (a victim rescued or not, information received) before what must be
// passed on asks the procedure they set for whoever receives it; someone speaking of their own people ("con tôi",
// "nhà mình") asks whom they should contact.
const PROCEDURE_SETTING =
  /\b(nhan (duoc )?(tin|thong tin|tin bao)|(chua|da) (duoc )?giai cuu|giai cuu (duoc )?nan nhan|nan nhan (la )?nguoi nuoc ngoai)\b.*\b(thi|phai|co trach nhiem)\b( \w+){0,4} (bao|thong bao|chuyen|ban giao|dua)( ngay)?\b/;
const FIRST_PERSON = /\b(toi|tui|minh|chung toi|nha em|con em|em gai|em trai)\b/;
// "Tôi là cán bộ xã, có người đến trình báo…, tôi phải báo cho cơ quan nào": the asker speaks for a body that received
// someone or something, so what that body must pass on is asked, as the documents set it.
const OFFICIAL_RECEIVING =
  /\b(toi|em|minh|chung toi|ben (toi|em|minh))( la| dang la| dang lam| lam)? (can bo|cong chuc|chu tich|pho chu tich|cong an|bien phong)\b.*\b(trinh bao|tiep nhan|nhan duoc|giai cuu|ban giao)\b/;
// "Cán bộ đầu mối có phải cung cấp số điện thoại không": giving or publishing a number is a duty the documents set.
const DUTY_TO_GIVE_NUMBER =
  /\b(phai|co trach nhiem|duoc giao)( \w+){0,3} (cung cap|cong khai|cong bo|niem yet)( \w+){0,2} (so dien thoai|sdt|so dt|so hotline)\b/;
// "Văn phòng UBND tỉnh tổng hợp xong thì báo cho ai", "Trung tâm … liên hệ ai khi thấy nạn nhân không an toàn": an
// agency opening the question is the one that reports or contacts, so what it must do is asked. "Công an tỉnh thì
// liên hệ phòng nào" names it as the topic and asks whom the asker contacts there: the directory answers that.
const AGENCY_OPENS =
  /^((ben|phia|may anh|may chi|cac) )?(ubnd|uy ban|cong an|ca (tinh|xa|huyen)|bo doi|bien phong|don bien phong|canh sat|so(?! (duong day|dien thoai|dt|tong dai|hotline|nong|may|nao|gi)\b)|phong|van phong|trung tam|co so|hoi|vien kiem sat|toa an|cuc|bo chi huy|can bo|co quan)\b(?! (nao|gi)\b)/;
// What the agency does before it turns to someone: a duty, a task done, a case it meets.
const AGENCY_ACTS =
  /\b(phai|can|nen|se|co trach nhiem|duoc giao|xong|roi|khi|(?<!nan )nhan|tiep nhan|phat hien|giai cuu|tong hop|thong ke|bao cao|xac minh|thay|gap|lam)\b/;
// Whom a body turns to: another body or person, not a place or a number.
const BODY_ASKED = /\b(ai|co quan nao|don vi nao|ben nao|to chuc nao|cap nao|phong nao)$/;

/** The agency opening the question is the subject of its contact verb: it reports to or contacts someone. */
function agencyContacts(q: string): boolean {
  const ask = CONTACT_VERB_WH.exec(q) ?? GO_WHERE.exec(q);
  const opening = ask && AGENCY_OPENS.exec(q.slice(0, ask.index));
  if (!ask || !opening || FIRST_PERSON.test(q)) return false;
  const between = q.slice(opening[0].length, ask.index);
  if (AGENCY_ACTS.test(between)) return true;
  return !/\bthi\b/.test(between) && BODY_ASKED.test(ask[0]);
}

// "từ khi nào", "ngày nào", "bao giờ" ask when, even next to a line noun ("tổng đài 111 nhận tố giác từ khi nào").
const WHEN = new RegExp(`\\b${WHEN_ASKED}\\b`);

/** True for a question asking whom to call or contact (general question form + contact words). */
export function isContactQuestion(question: string): boolean {
  const q = fold(question);
  if (q.length > 300) return false;
  if (DOCUMENT_NUMBER.test(q) || AGENCY_SUBJECT.test(q) || ASKS_RULE.test(q)) return false;
  if (PROCEDURE_SETTING.test(q) && !FIRST_PERSON.test(q)) return false;
  if (
    REQUESTS_PROTECTION.test(protectionWords(question)) &&
    !NUMBER_NOUN.test(q) &&
    !LINE_NOUN.test(q) &&
    !ASKS_NUMBER.test(stripInvisible(question).toLowerCase())
  )
    return false;
  if (OFFICIAL_RECEIVING.test(q) || DUTY_TO_GIVE_NUMBER.test(q)) return false;
  if (!NUMBER_NOUN.test(q) && !LINE_NOUN.test(q) && agencyContacts(q)) return false;
  if (CONTACT_VERB_WH.test(q) || GO_WHERE.test(q) || HOW_TO_REACH.test(q)) return true;
  // "số đường dây nóng của tỉnh …" asks for the number even without a question word.
  if (NUMBER_NOUN.test(q) || asksForPhone(q)) return true;
  if (LINE_EXISTS.test(q) || WHICH_OF_LINES.test(q) || (LINE_FIRST.test(q) && !ASKS_OF_LINE.test(q))) return true;
  // Written with diacritics, "số mấy" is a number (sở, sơ are not); typed without, only next to a line noun.
  const lower = stripInvisible(question).toLowerCase();
  if (ASKS_NUMBER.test(lower)) return true;
  // "đường dây nóng nào", "gọi tổng đài nào", "tổng đài … so may": a line noun with a request for which/where, not "tổng đài 111 làm gì".
  // "thế nào", "như nào" ask how, not which line.
  return LINE_NOUN.test(q) && !WHEN.test(q) && /\b((?<!\b(the|nhu) )nao|o dau|cho (toi|em|minh)? ?xin|goi|so may|so bao nhieu)\b/.test(q);
}

/** True when the question names a hotline or a phone number ("đường dây nóng", "tổng đài", "số điện thoại"). */
export function namesLine(question: string): boolean {
  const q = fold(question);
  return NUMBER_NOUN.test(q) || LINE_NOUN.test(q) || /\bdien thoai\b/.test(q);
}

// The services or roles the documents assign to named agencies (legal aid, medical care, shelter, vocational
// training, a plan's focal point…), each with the folded words that name it in a question or a passage:
// "liên hệ cơ quan nào" about one of these asks which agency the documents name for it.
const SERVICE_KINDS = {
  legal: '(tro giup|ho tro|tu van) phap (ly|luat)|luat su|tu van luat',
  medical: 'kham( chua)? benh|chua benh|cham soc (y te|suc khoe)|ho tro y te|bao hiem y te|dieu tri|kham suc khoe',
  shelter: 'cho (an )?o|an o|noi o|luu tru|tam tru',
  vocational: 'hoc nghe|day nghe|viec lam|huong nghiep',
  psychological: 'tam ly',
  loan: 'vay von',
  allowance: 'tro cap',
  schooling: 'hoc van hoa|(di|tiep tuc) hoc|hoc phi',
  interpreting: 'phien dich',
  focal: 'dau moi',
  papers: 'quoc tich|ho tich|giay to tuy than',
  essentials: 'nhu cau thiet yeu',
  travel: '(chi phi|tien) (di lai|tau xe)',
  safety: 'bao ve an toan',
} as const;
export type ServiceKind = keyof typeof SERVICE_KINDS;
const KIND_PATTERNS = Object.entries(SERVICE_KINDS).map(([kind, words]) => [kind as ServiceKind, new RegExp(`\\b(${words})\\b`)] as const);
const SERVICE = new RegExp(`\\b(${Object.values(SERVICE_KINDS).join('|')})\\b`);

/** The services a text names (folded words), in the order of the table. */
export function serviceKindsOf(text: string): ServiceKind[] {
  const f = foldedWords(text);
  return KIND_PATTERNS.filter(([, re]) => re.test(f)).map(([kind]) => kind);
}

/**
 * Where the text's first mention of this service (or of `more` words for it) starts, or -1. Folding keeps one
 * character per character of NFC text; punctuation becomes spaces, so "ăn, ở" reads as "an  o".
 */
export function serviceAt(text: string, kind: ServiceKind, more?: string): number {
  const folded = alignedFold(text)?.replace(/[^a-z0-9]/g, ' ');
  if (folded === undefined) return -1;
  const words = (more ? `${SERVICE_KINDS[kind]}|${more}` : SERVICE_KINDS[kind]).replace(/ /g, ' +');
  return new RegExp(`\\b(${words})\\b`).exec(folded)?.index ?? -1;
}

/** The text (a quote) speaks of one of the services the documents assign to agencies, whatever its punctuation. */
export function mentionsService(text: string): boolean {
  return SERVICE.test(foldedWords(text));
}

/** Where the text's last mention of a service starts, or -1: folding keeps one character per character of NFC text. */
export function lastServiceAt(text: string): number {
  const folded = alignedFold(text)?.replace(/[^a-z0-9]/g, ' ');
  if (folded === undefined) return -1;
  let at = -1;
  for (const m of folded.matchAll(new RegExp(SERVICE.source, 'g'))) at = m.index;
  return at;
}

/** Asks for a number or a line ("số mấy", "đường dây nóng", "điện thoại"), which only the directory gives. */
export function asksForNumber(question: string): boolean {
  return namesLine(question) || asksForPhone(fold(question)) || ASKS_NUMBER.test(stripInvisible(question).toLowerCase());
}

/**
 * A contact question about a named service ("trợ giúp pháp lý thì liên hệ cơ quan nào") rather than the phone
 * directory: the passage naming the agency that provides it answers better than the list of numbers.
 */
export function asksForService(question: string): boolean {
  return SERVICE.test(fold(question)) && !asksForNumber(question);
}

// "bên nào lo", "cơ quan nào phụ trách", "ai chịu trách nhiệm", "do đơn vị nào thực hiện": who does the work, asked
// without a word of contacting. "ai trả / chi trả" asks who pays, which the provider sentences do not say.
const WHO = '(ai|ben nao|co quan nao|don vi nao|to chuc nao|noi nao|cho nao|so nao|phong nao|trung tam nao|cap nao)';
const DOES = '(lo|phu trach|chiu trach nhiem|thuc hien|giai quyet|dam nhan|dam nhiem|dam bao|to chuc|cung cap)';
const WHO_DOES = new RegExp(`\\b${WHO}( (se|thi|duoc giao|co trach nhiem))? ${DOES}\\b|\\b${DOES} (la |boi )?${WHO}\\b`);

/**
 * "Ở Quảng Nam bên nào lo trợ giúp pháp lý cho nạn nhân?": which agency gives a service the documents assign, asked
 * without contact words; the documents' provider sentences answer it, not the phone directory.
 */
export function asksWhoGivesService(question: string): boolean {
  const q = fold(question);
  return WHO_DOES.test(q) && asksForService(question);
}

/**
 * A service question asked the way the documents state who provides a service ("… thì cơ quan nào thực hiện?"),
 * or undefined when it has no contact wording to restate. The words of asking for a contact ("liên hệ ở đâu",
 * "tìm ai") are in no passage that names a provider, and with them a sentence about contacting a family can
 * outrank the one that names who gives the service.
 */
export function providerQuestion(question: string): string | undefined {
  const q = fold(question);
  // Folding keeps one character per character of the NFC question, so a match's place is the same in both.
  const ask = q.length === question.length ? (CONTACT_VERB_WH.exec(q) ?? GO_WHERE.exec(q)) : null;
  if (!ask) return undefined;
  return `${question.slice(0, ask.index).trimEnd()} cơ quan nào thực hiện${question.slice(ask.index + ask[0].length)}`;
}

// "bị bán sang Trung Quốc", "đưa qua Campuchia": where a victim was taken, not the place whose contacts are asked.
const DESTINATION = /(?<![\p{L}])(sang|qua)\s+\p{L}+(\s+\p{L}+)?/giu;

// Abroad in the words people use: a place abroad (a country, "nước ngoài", "bên đó / bên kia / bên ấy"), being taken
// "sang / qua" somewhere, an embassy or a consulate.
const ABROAD = new RegExp(
  `\\b(${[ABROAD_PLACE, '(ban|lua|dua|du|dan|bat|cho|dem) (\\w+ ){0,2}(sang|qua) \\w+', 'dai su quan', 'lanh su'].join('|')})\\b`,
);

// "Người nước ngoài", "quốc tịch nước ngoài": a person's nationality (a foreign victim held here), not a place abroad.
const FOREIGN_NATIONAL = / (nguoi|quoc tich|cong dan) nuoc ngoai /g;

/** The text speaks of a place abroad: where a victim was taken, is held, or comes back from. */
export function mentionsAbroad(text: string): boolean {
  return ABROAD.test(foldedWords(text).replace(FOREIGN_NATIONAL, ' '));
}

/** The question without the places a victim was taken to, so that only the asker's place is read as whose contacts. */
export function withoutDestinations(question: string): string {
  return question.replace(DESTINATION, ' ');
}

/** A province named in the question (by its directory name, with or without diacritics). */
export function provinceInText(text: string, dir: ContactsDirectory | null): string | undefined {
  if (!dir) return undefined;
  const q = fold(text);
  return Object.entries(dir.provinces).find(([, p]) => q.includes(fold(p.name)))?.[0];
}

/** Where a running bot reads its knowledge folder now (after the latest reload); absent parts are not used. */
export interface LiveKnowledge {
  contacts?: () => ContactsDirectory | null;
  corpus?: () => Corpus;
}

export function contactSources(live: LiveKnowledge): ContactSources {
  return { directory: live.contacts?.() ?? null, corpus: live.corpus?.() };
}

/** Hotline lines for a reply (`• 113: Công an (khẩn cấp)`), the province's from the live directory. */
export function hotlinesText(live: LiveKnowledge, province: string | null | undefined): string {
  return formatHotlines(hotlinesFor(live.contacts?.() ?? null, province));
}

/**
 * What a waiting citizen can call at any hour: the lines the live directory marks 24/7; when it marks none, the
 * advice to call the emergency line, which states no hours the documents do not give.
 */
export function roundTheClockText(live: LiveKnowledge): string {
  const phones = roundTheClockPhones(live.contacts?.() ?? null);
  if (phones.length) return `Các số ${phones.join(', ')} nghe máy 24/7, cả ngoài giờ làm việc.`;
  return 'Kể cả ngoài giờ làm việc, khi nguy hiểm hãy gọi ngay 113; tin báo về mua bán người có thể gửi tổng đài 111.';
}

/** The section a directory entry points at (`V. Tổ chức thực hiện › 2. Công an tỉnh`), by label prefix. */
function findSection(corpus: Corpus, docId: string, section: string | undefined) {
  if (!section) return undefined;
  const parts = section.split(' › ').map((p) => p.trim());
  const matches = (label: string, part: string) =>
    label === part || label.startsWith(part.endsWith('.') || part.endsWith(')') ? part : `${part} `);
  return corpus.sections.find((s) => s.docId === docId && s.path.length >= parts.length && parts.every((p, i) => matches(s.path[i], p)));
}

/** The directory and the corpus of the same knowledge folder, so every citation points into that folder. */
export interface ContactSources {
  /** null when the folder has no readable contacts.yaml: only the fixed national lines are given. */
  directory: ContactsDirectory | null;
  /** Corpus to cite the directory's sections from; without one the reply carries no citations. */
  corpus?: Corpus;
}

/** The sections the directory cites for its national lines: a line of the whole country, whichever plan states it. */
export function nationalLineSections(sources: ContactSources): Set<string> {
  const { directory: dir, corpus } = sources;
  const ids = new Set<string>();
  for (const n of dir?.national ?? []) {
    const s = corpus && n.source ? findSection(corpus, n.source, n.section) : undefined;
    if (s) ids.add(s.id);
  }
  return ids;
}

/** Numbered citations of the directory's source sections, one per section however many entries point at it. */
function directoryCitations(corpus: Corpus | undefined) {
  const citations: Citation[] = [];
  const cite = (docId: string | undefined, section: string | undefined): string => {
    if (!docId || !corpus) return '';
    const s = findSection(corpus, docId, section);
    const doc = corpus.docs.find((d) => d.id === docId);
    if (!s || !doc) return '';
    let c = citations.find((x) => x.sectionId === s.id);
    if (!c) {
      c = { n: citations.length + 1, label: citationLabel(doc, s.path), sectionId: s.id, docId };
      citations.push(c);
    }
    return ` [${c.n}]`;
  };
  return { citations, cite };
}

/**
 * "Đường dây 1800 1581 nhận những tin gì", "số 111 dùng để làm gì": the directory's entries for the numbers a question
 * names, each with what its document says the line is for and that document cited; undefined when it names none.
 */
export function numberedLinesAnswer(question: string, sources: ContactSources): AnswerResult | undefined {
  const { directory: dir, corpus } = sources;
  const digits = ` ${question.replace(/(\d)[ .](?=\d)/g, '$1').replace(/\D+/g, ' ')} `;
  const names = (phone: string) => digits.includes(` ${phone.replace(/\D/g, '')} `);
  const entries = [
    ...(dir?.national ?? []).map((n) => ({ phone: n.phone, name: n.name, role: n.role, source: n.source, section: n.section })),
    ...Object.values(dir?.provinces ?? {}).flatMap((p) =>
      p.contacts.flatMap((c) =>
        c.phone ? [{ phone: c.phone, name: c.agency, role: c.role, source: c.source ?? p.source, section: c.section }] : [],
      ),
    ),
  ].filter((e) => names(e.phone));
  if (!entries.length) return undefined;
  const { citations, cite } = directoryCitations(corpus);
  const lines = entries.map((e) => `• ${e.phone}: ${e.name}. ${e.role}${cite(e.source, e.section)}`);
  return { kind: 'answer', text: `Theo các văn bản trong kho:\n${lines.join('\n')}`, citations };
}

/**
 * The directory as a reply: national lines, then the province's lines with numbers, then its agencies
 * (listed without a number when no document states one), each with its source section as a citation.
 */
export function contactDirectoryAnswer(province: string | null, sources: ContactSources): AnswerResult {
  const { directory: dir, corpus } = sources;
  const { citations, cite } = directoryCitations(corpus);

  const lines: string[] = ['Số điện thoại cần nhớ:'];
  for (const n of dir?.national ?? []) {
    const extra = [n.hours, n.free ? 'miễn phí' : ''].filter(Boolean).join(', ');
    lines.push(`• ${n.phone}: ${n.name}${extra ? ` (${extra})` : ''}. ${n.role}${cite(n.source, n.section)}`);
  }
  if (!dir) lines.push('• 113: Công an (khẩn cấp)', '• 111: Tổng đài quốc gia bảo vệ trẻ em (tiếp nhận cả tin báo về mua bán người)');

  const entry = province ? dir?.provinces[province] : undefined;
  if (entry) {
    const contacts = entry.contacts.map((c) => ({ ...c, source: c.source ?? entry.source }));
    const withPhone = contacts.filter((c) => c.phone);
    const without = contacts.filter((c) => !c.phone);
    if (withPhone.length) {
      lines.push('', `Tại tỉnh ${entry.name}:`);
      for (const c of withPhone) lines.push(`• ${c.phone}: ${c.agency}. ${c.role}${cite(c.source, c.section)}`);
    }
    if (without.length) {
      lines.push('', `Cơ quan phụ trách tại tỉnh ${entry.name} (văn bản không nêu số điện thoại):`);
      for (const c of without) lines.push(`• ${c.agency}: ${c.role}${cite(c.source, c.section)}`);
    }
  } else if (province) {
    lines.push('', 'Mình chưa có danh bạ cơ quan của tỉnh này; các số trên dùng được trên cả nước.');
  } else {
    lines.push('', 'Chọn tỉnh bằng /tinh để xem các cơ quan của tỉnh bạn.');
  }
  lines.push('', 'Nếu có người đang gặp nguy hiểm, hãy gọi ngay 113.');
  return { kind: 'answer', text: lines.join('\n'), citations };
}

/** Answers a contact question from the directory, or undefined when the question is not about contacts. */
export function contactAnswer(question: string, province: string | null, sources: ContactSources): AnswerResult | undefined {
  if (!isContactQuestion(question)) return undefined;
  return contactDirectoryAnswer(provinceInText(question, sources.directory) ?? province, sources);
}
