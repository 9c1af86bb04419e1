// Questions about what changed since the documents were issued ("luật mới có hiệu lực từ ngày nào",
// "X bây giờ sáp nhập vào đâu", "Sở LĐTBXH giải thể thì ai lo…", "tổng đài 111…") are answered from the
// updates file's own entries, each fact with its source and, where the file says `medium`, less firmly.
// Questions about the content of texts the folder does not hold (only their names are known) get an
// honest "not in the documents".
import {
  familiesNumbered,
  familyWritten,
  kindNamesPattern,
  kindOfName,
  REGULATION_KINDS,
  sameKind,
  TEXT_KINDS,
} from '../../knowledge/text-kinds.js';
import { slugify, vnDate, withoutFoldedMatches } from '../../knowledge/text.js';
import type { Corpus } from '../../knowledge/types.js';
import {
  documentNumbers,
  unavailableTexts,
  type AgencyChange,
  type Confidence,
  type HotlineFact,
  type LawChange,
  type ProvinceChange,
  type UnavailableText,
  type Updates,
} from '../../knowledge/updates.js';
import { findName, firstAbolishedAgency, wordsAfterName, foldWords, provinceNames, withoutUnitWord, type AgencyMention } from './names.js';
import { nowWithUnsure, sourceText } from './notes.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { TEXT_WORD } from '../../retrieval/named-text.js';

// Folded cues: the question asks what became of something, or since when a text applies. "Ai lo …" asks who does a
// task, a change only with "bây giờ" after it: "Ở Sóc Trăng ai lo xe đưa nó về" asks the plan, not the merger.
const WHO = '(ai|so nao|co quan nao|don vi nao|noi nao)';
const CHANGE_CUE = new RegExp(
  String.raw`\b(sap nhap|hop nhat|nhap vao|nhap vo|nhap voi|nhap chung|gop (vao|vo|voi|chung)|giai the|khong con|dau con|bi bo|da bo|bo roi|xoa so|(bi|da) xoa|xoa roi|(bi|da) dep|dep (roi|bo)|(doi|chuyen|nhap) thanh (so|bo|phong|co quan|don vi|tinh|thanh pho)|thanh (so|bo|phong|co quan|don vi) (nao|gi)|bo cap huyen|bai bo|chuyen (ve|sang|cho|giao)|thay the|thay cho|doi ten|ten moi|tinh moi|thanh pho moi|sau sap xep|sap xep (lai )?(don vi hanh chinh|dia gioi|cac tinh|tinh)|thuoc (don vi hanh chinh )?(cap )?(tinh|thanh pho) nao|gom (nhung )?(tinh|dia phuong|don vi) nao|con (ton tai|hoat dong|khong|ko)|nhap tinh|sau (khi )?(sap nhap|nhap|hop nhat)|goi la (gi|tinh|thanh pho|tp)|ten (la )?gi|(thanh|la|ghi|thuoc|ve|vao|vo) (tinh|thanh pho|tp) (nao|gi)|thuoc ve (dau|tinh|thanh pho|tp)|trung tam hanh chinh|tinh ly|(bay gio|hien nay|gio|nay) (thuoc|la|do|ai|co quan nao|so nao)|giao cho ${WHO}|chuyen( \w+){1,6} (sang|ve|cho) (bo|so)|${WHO} (tiep quan|lam thay|thay)|${WHO} lo( \w+){0,8} (bay gio|hien nay|gio nay|nay))\b`,
);
// Whether a text still applies, or what replaced it: asked of a replaced text as much as of its successor.
const STILL_CUE =
  /\b(con hieu luc|het hieu luc|dang ap dung|ap dung (luat|van ban|nghi dinh) nao|hien hanh|duoc sua doi|(luat|nghi dinh|thong tu|van ban) nao (huong dan|quy dinh chi tiet|sua doi)|thay the|thay cho|thay bang|(bi|da) thay|thay (chua|roi)|con ap dung|con dung|moi nhat)\b/;
// Since when a text applies: the update file answers it for the texts of today; a replaced text's own dates
// (and any text's signing) are in its document.
const SINCE_CUE = /\b(hieu luc|ap dung tu|bat dau ap dung|tu ngay nao|tu khi nao|khi nao|ngay nao)\b/;
// Whether, or by what, a text was amended: "đã được sửa đổi chưa", "có bị sửa đổi không", "luật nào sửa đổi",
// "sửa đổi những điều nào". Not "Điều 27 sau sửa đổi quy định gì", which asks what the amended text says.
const AMEND_CUE =
  /\b(sua doi,? (bo sung )?(chua|khong|ko|gi|nhung gi|nhung dieu nao|dieu nao|noi dung gi|nao|lan nao)|sua (nhung |cac )?(dieu|khoan|noi dung) (nao|gi)|sua doi boi|(luat|van ban|nghi dinh|nghi quyet) (nao|gi|so may) (da )?sua( doi)?|co (bi |duoc )?sua (doi )?(khong|ko|chua))\b/;
const VALIDITY_CUE = new RegExp(`${STILL_CUE.source}|${SINCE_CUE.source}|${AMEND_CUE.source}`);
const SIGNED_CUE = /\b(ban hanh|ky|thong qua)\b/;
// "Nghị định hướng dẫn luật mới ban hành ngày nào": the text detailing today's law, which the file dates.
const DETAILING_TEXT_CUE = /\b(nghi dinh|nd|thong tu|van ban)( nao)? (huong dan|quy dinh chi tiet)( \w+){0,3} luat\b/;
// The question is about today ("bây giờ", "hiện nay", "nay … do ai làm"); a year from the changes on counts too (yearsSinceChanges).
const NOW_CUE = /\b(bay gio|hien nay|hien tai|hien gio|gio|nay|hom nay|luc nay|dao nay)\b/;
// Whom a task falls to, or what something was before: with NOW_CUE, asks who does an abolished agency's work today.
const WHO_NOW_CUE =
  /\b(ai|(co quan|don vi|so|bo|bo phan|phong|noi|ben|cap|to chuc|luc luong|chuc danh) nao|(lam|viec|nhiem vu) gi|truoc day|truoc kia|ngay truoc|hoi truoc)\b/;
// Which law applies: "luật nào", "theo luật gì", "luật cũ hay luật mới".
// The question word must ask for the law, not for what it grants ("luật mới hỗ trợ những gì").
const WHICH_LAW_CUE = /\bluat\b( \w+){0,8}? (?<!(nhung|la|lam|cai|the|ra|bao|duoc|gi) )(nao|gi)\b|\bluat (cu|moi) hay (luat )?(cu|moi)\b/;
// "Theo luật hiện hành", "theo quy định mới", "theo luật 2024": the text of today qualifies a question about
// its content ("… nạn nhân được hưởng những chế độ gì"); that asks what the text says, not which text applies.
// Written for the user's own text (any spacing or punctuation between words); folded words match it too.
// As the subject of what the law forbids or lays down ("Pháp luật hiện nay cấm những hành vi nào") it qualifies the
// question the same way; elsewhere a law of today as the subject is what is asked about ("Luật mới có hiệu lực …").
// A law named by its year as the subject ("Luật … 2024 quy định … ở điều nào") is a text asked about.
const lawOfToday = (when: string) =>
  String.raw`(luat|quy dinh|phap luat|van ban)(\s+phong,?\s+chong\s+mua\s+ban\s+nguoi|\s+pcmbn)?(\s+(${when}))+(?![\p{L}\p{N}])`;
const NOW_WORDS = 'hien hanh|hien nay|hien tai|bay gio|moi nhat|moi';
const LAYS_DOWN = String.raw`(?=\s+(cam|nghiem cam|quy dinh|cho phep|bat buoc|yeu cau|xu ly|xu phat)(?![\p{L}\p{N}]))`;
const CURRENT_LAW_QUALIFIER = new RegExp(
  String.raw`[\s,]*(?<![\p{L}\p{N}])((theo|trong|o)\s+${lawOfToday(`${NOW_WORDS}|nam 2024|2024`)}|^\s*${lawOfToday(NOW_WORDS)}${LAYS_DOWN})`,
  'gu',
);

/**
 * The question without "theo luật hiện hành", "theo quy định mới": those words say which text should answer (the
 * excerpt of today leads where it holds the point), not what is asked; searched for, they find passages that
 * mention "pháp luật hiện hành" instead of the ones on the question's point.
 */
export function withoutCurrentLawQualifier(question: string): string {
  const cut = withoutFoldedMatches(question, CURRENT_LAW_QUALIFIER);
  if (cut === question) return question;
  return cut
    .replace(/^[\s,;:]+/u, '')
    .replace(/\s+(?=[?.!,])/gu, '')
    .trim();
}

// The question names the time before a change took effect ("trước 01/7/2025", "trước khi luật mới có hiệu lực").
// "Trước ngày nào" asks for a deadline instead.
const BEFORE_CUE = /\btruoc( (ngay|khi|thoi diem|thang|nam))?\b(?! nao\b)/;
// The transitional rule is about people already identified as victims (and the children with them).
const IDENTIFIED_CUE = /\b(nan nhan|xac dinh|duoc cong nhan|xac nhan (la )?(da )?bi (mua ban|lua ban|ban))\b/;
// …and what they are entitled to, or under which law: "tỉnh X năm 2024 tiếp nhận bao nhiêu nạn nhân" asks neither.
const ENTITLEMENT_CUE = /\b(che do|huong|ho tro|luat|quyen loi|tro cap|ap dung)\b/;
// The provinces as a whole ("các tỉnh mới", "những tỉnh sáp nhập"), not one of them.
const EVERY_PROVINCE_CUE =
  / (cac|nhung) (tinh|tinh thanh|dia phuong|don vi hanh chinh)( \w+)? (moi|sap nhap|hop nhat|sau sap xep|sau sap nhap|sau hop nhat) /;
// A place of one's own ("tỉnh tôi", "địa phương mình"): the province the user picked.
const OWN_PLACE_CUE = /\b(tinh|thanh pho|dia phuong|que|o) (toi|minh|em|nha minh|chung toi|cua (toi|minh|em))\b|\bo day\b/;

// How many provinces there are since the merger ("cả nước còn bao nhiêu tỉnh", "mấy tỉnh thành sau sáp nhập"), or by
// which act they were merged ("sáp nhập tỉnh theo nghị quyết nào", "căn cứ sáp nhập").
const MERGER_COUNT_CUE =
  / (bao nhieu|may) (tinh|tinh thanh|tinh thanh pho|don vi hanh chinh cap tinh|don vi cap tinh)( \w+){0,3} (sau|sap nhap|hop nhat|sap xep|hien nay|bay gio|gio|nay|con lai|con) | (con|gom|thanh|sau sap nhap|sau hop nhat|hien nay( co)?|bay gio( co)?|ca nuoc( co)?)( \w+){0,2} (bao nhieu|may) (tinh|tinh thanh|don vi hanh chinh cap tinh) | 34 tinh | 63 tinh /;
const MERGER_BASIS_CUE =
  / (sap nhap|hop nhat|sap xep)( \w+){0,5} (theo|can cu|boi|tai) (nghi quyet|van ban|quyet dinh)( \w+)? (nao|gi|so may|so bao nhieu) | (nghi quyet|van ban|quyet dinh) (nao|gi|so may|so bao nhieu)( \w+){0,4} (sap nhap|hop nhat|sap xep) | can cu( phap ly)?( \w+){0,3} (sap nhap|hop nhat) /;

/** The reform as a whole, when the question asks how many provinces there are now or by which act they were merged. */
function reformFacts(q: string, updates: Updates): string[] {
  const m = updates.merger;
  if (!m || !(MERGER_COUNT_CUE.test(q) || MERGER_BASIS_CUE.test(q))) return [];
  const when = updates.effective ? `; các đơn vị sau sáp nhập hoạt động từ ${vnDate(updates.effective)}` : '';
  const fact = `Theo ${m.basis}, cả nước từ ${m.units_before} đơn vị hành chính cấp tỉnh còn ${m.units_after}${when}.`;
  return [`${lead(m.confidence)}${fact}${sourceText(m.sources)}`];
}

/**
 * A text of the phrase (`Luật … số 53/2024/QH15`) is named in a folded question: by number, `luật (mới|2024)`,
 * `nghị định 162`. `isNew`: the phrase names what replaced something, whose first text is the one meant.
 */
function namesText(q: string, phrase: string, isNew: boolean): boolean {
  for (const { n, plain, year, words, isLaw, family } of numberKeys(phrase, isNew)) {
    // After a kind of text, the number names a text of that kind only ("quyết định 53/2024" is not the law 53/2024).
    const kinds = familiesNumbered(q, plain, year);
    if (kinds.length) {
      if (kinds.some((named) => sameKind(named, family))) return true;
      continue;
    }
    if (q.includes(` ${plain} ${year} `) || q.includes(` ${n} ${year} `)) return true;
    if (words.some((w) => q.includes(` ${w} ${plain} `) || q.includes(` ${w} so ${plain} `))) return true;
    if (isLaw && / luat /.test(q) && (q.includes(` ${year} `) || (isNew && / luat ((\w+ ){0,6}moi|nao|hien hanh) /.test(q)))) return true;
    // A decree or circular named by its type and year ("nghị định năm 2025"), or as the new one ("nghị định mới").
    if (!isLaw && words.some((w) => namedByTypeAndYear(q, w, year, isNew))) return true;
  }
  return false;
}

function namedByTypeAndYear(q: string, type: string, year: string, isNew: boolean): boolean {
  const at = q.indexOf(` ${type} `);
  if (at < 0) return false;
  const after = q.slice(at + type.length + 1);
  return new RegExp(`^ ((\\w+ ){0,3}?(nam )?${year}|${isNew ? 'moi' : '(?!)'}) `).test(after);
}

/** How a question may write one number of a phrase: `53 2024`, with its type's words (`luat`, `nd`) before it. */
interface NumberKey {
  n: string;
  /** The number without leading zeros (`9` for `09`). */
  plain: number;
  year: string;
  /** Folded words of the text's type and of its abbreviation; none when the phrase names no type. */
  words: string[];
  isLaw: boolean;
  family: string | undefined;
}

// The kind of regulation a number follows: the last one named before it, in its own clause.
const KIND_BEFORE_NUMBER = new RegExp(`(${kindNamesPattern(REGULATION_KINDS)})[^;]*$`, 'u');

/** How a question may name a text of a kind: the kind and the shorter kinds its name starts with ("Thông tư" for a joint circular). */
function namesOfKind(type: string): string[] {
  const family = kindOfName(type)?.family;
  return TEXT_KINDS.filter((k) => k.family === family && type.startsWith(k.name)).flatMap((k) => [k.name, k.abbr]);
}

// Phrases come from the updates file and are matched against every question: read each one once.
const keysOfPhrase = new Map<string, NumberKey[]>();
function numberKeys(phrase: string, isNew: boolean): NumberKey[] {
  const memo = `${isNew ? 'new' : 'old'}\u0000${phrase}`;
  let keys = keysOfPhrase.get(memo);
  if (keys) return keys;
  const numbers = documentNumbers(phrase);
  keys = (isNew ? numbers.slice(0, 1) : numbers).map((number) => {
    const [n, year] = number.split('/');
    const type = phrase.slice(0, phrase.indexOf(number)).match(KIND_BEFORE_NUMBER)?.[1];
    const names = type ? namesOfKind(type) : [];
    const words = names.map((t) => slugify(t).replace(/-/g, ' ')).filter(Boolean);
    return {
      n,
      plain: Number(n),
      year,
      words,
      isLaw: type === 'Luật',
      family: familyWritten(type, number),
    };
  });
  if (keysOfPhrase.size >= 1_000) keysOfPhrase.clear();
  keysOfPhrase.set(memo, keys);
  return keys;
}

function lead(confidence: Confidence): string {
  return confidence === 'medium' ? 'Theo nguồn hiện có (chưa thật chắc chắn): ' : '';
}

/** The part of a law's change a question asks about, which then leads its fact. */
type LawPart = 'transition' | 'amendment';

function lawFact(law: LawChange, updates: Updates, first?: LawPart): string {
  const iso = law.effective ?? updates.effective;
  const parts = [`${law.new} ${iso ? `áp dụng từ ${vnDate(iso)}, ` : ''}thay cho ${law.old}.`];
  if (law.amended_by) {
    // Asked whether or by what the law was amended, the amendment is the answer: it leads.
    if (first === 'amendment') parts.unshift(`${law.new} đã được sửa đổi: ${law.amended_by}.`);
    else parts.push(`Sửa đổi: ${law.amended_by}.`);
  }
  if (law.detailed_by) parts.push(`Quy định chi tiết: ${law.detailed_by}.`);
  // Asked about people identified before the change, the transitional rule is the answer: it leads.
  if (law.transitional) {
    const rule = `Chuyển tiếp: ${law.transitional}`;
    if (first === 'transition') parts.unshift(rule);
    else parts.push(rule);
  }
  // The note's first sentence says what the change means; what follows is advice to whoever edits the file.
  if (law.note) parts.push(law.note.split(/(?<=\.)\s/)[0]);
  return `${lead(law.confidence)}${parts.join(' ')}${sourceText(law.sources)}`;
}

function provinceFact(p: ProvinceChange, updates: Updates): string {
  const when = updates.effective ? ` từ ${vnDate(updates.effective)}` : '';
  const partners = p.merged_with.length ? ` (cùng với ${p.merged_with.join(', ')})` : '';
  const seat = p.seat ? ` Trung tâm hành chính: ${p.seat}.` : '';
  return `${lead(p.confidence)}Tỉnh ${p.old_name} cũ nay thuộc ${p.now}${partners}${when}.${seat}${sourceText(p.sources, p.source)}`;
}

/** What the file says of a line, led by its confidence and followed by its sources. */
export function hotlineFact(h: HotlineFact): string {
  return `${lead(h.confidence)}${h.fact}${sourceText(h.sources)}`;
}

/** Hotlines whose number the question names (digits compared without the spaces between groups). */
export function namedHotlines(question: string, updates: Updates): HotlineFact[] {
  const digits = (s: string) => s.replace(/(\d)[ .](?=\d)/g, '$1');
  const q = digits(foldWords(question));
  return updates.hotlines.filter((h) => q.includes(` ${digits(h.number)} `));
}

/**
 * What the file says of the hotlines a question names. A question about a line is usually also answered by
 * the documents ("tổng đài 111 dùng để làm gì"), so these facts go with the pipeline's answer, not instead of it.
 */
export function hotlineFacts(question: string, updates: Updates): string[] {
  return namedHotlines(question, updates).map(hotlineFact);
}

/** What the file says of the lines with these numbers (a province's own lines, when a question asks about them). */
export function hotlineFactsFor(numbers: readonly string[], updates: Updates): string[] {
  const digits = (s: string) => s.replace(/\D/g, '');
  const wanted = new Set(numbers.map(digits));
  // Asked by the province, not by number: the number leads, since the file's sentence may not repeat it.
  const numbered = (h: HotlineFact) => (digits(h.fact).includes(digits(h.number)) ? h : { ...h, fact: `Số ${h.number}: ${h.fact}` });
  return updates.hotlines.filter((h) => wanted.has(digits(h.number))).map((h) => hotlineFact(numbered(h)));
}

/** The question asks since when (or whether still) a text applies. */
export function asksSinceWhen(question: string): boolean {
  return VALIDITY_CUE.test(foldWords(question));
}

/** What the question's reader is known by: the province the user picked, if any. */
export interface Asker {
  /** Slug of the user's province (a former province of the file's `provinces`), or null. */
  userProvince?: string | null;
}

// Chat words for a province merged ("Sóc Trăng giờ về chung với Cần Thơ hả", "nhập lại với Đà Nẵng rồi", "còn là tỉnh
// không"), folded: read as the merger only right after a province's name (its subject), with at most a word of time
// between and a word closing the merger after, since beside a name too they say other things ("Ở Bình Định nạn nhân
// nhập lại hộ khẩu", "cháu về chung với ông bà", "nhập thêm tên vào danh sách").
const TIME_WORDS = '( (gio|bay gio|hien nay|nay|da|duoc|cung|thi|roi))*';
const MERGE_SAID = new RegExp(
  `^${TIME_WORDS} (nhap them (tinh|thanh pho)|con (la )?(tinh|thanh pho)( rieng)? (khong|ko|nua|chua|hong|ha|a))\\b`,
);
// Words that merge only with what closes them: "với", "vào", "chưa", "rồi", "hả"…, or the name of the unit merged into.
const MERGE_OPENED = new RegExp(`^${TIME_WORDS} (nhap (lai|chung|roi)|ve chung|gop (lai|chung)|chung (tinh|thanh pho))(?= |$)`);
const MERGE_CLOSED = /^( (voi|vao|vo|chua|roi|ha|a|khong|ko|phai|nao|may|nhung)\b| *$)/;

/** The chat words of a merger follow the name of one of the province's units (see MERGE_SAID, MERGE_OPENED). */
function saysMergedOf(folded: string, p: ProvinceChange): boolean {
  const names = provinceNames(p);
  return names.some((name) => {
    const after = wordsAfterName(folded, name);
    if (after === undefined) return false;
    if (MERGE_SAID.test(after)) return true;
    const opened = MERGE_OPENED.exec(after);
    const rest = opened ? after.slice(opened[0].length) : undefined;
    return rest !== undefined && (MERGE_CLOSED.test(rest) || names.some((other) => findName(rest, other) === 0));
  });
}

/** The merged provinces a question about what changed names ("Bình Định bây giờ thuộc tỉnh nào"), as facts. */
export function mergerFacts(question: string, updates: Updates, asker: Asker = {}): string[] {
  const q = foldWords(question);
  const named = updates.provinces.filter((p) => provinceNames(p).some((n) => findName(q, n) >= 0));
  // "Gia Lai mới", "Đồng Nai mới": the unit of today named as new asks about the merger.
  const namedAsNew = named.some((p) => findName(q, `${withoutUnitWord(p.now)} mới`) >= 0);
  const mergeSaid = () => named.some((p) => saysMergedOf(q, p)) && !firstAbolishedAgency(question, updates);
  if (!CHANGE_CUE.test(q) && !namedAsNew && !mergeSaid()) return [];
  return (named.length ? named : ownProvinceChanges(question, updates, asker)).map((p) => provinceFact(p, updates));
}

/**
 * "Tỉnh tôi bây giờ sáp nhập vào đâu?" names no province: the user's picked province is meant, and without
 * one every merger the file knows is the honest answer. A question naming an abolished agency asks about it.
 */
function ownProvinceChanges(question: string, updates: Updates, asker: Asker): ProvinceChange[] {
  const q = foldWords(question);
  if (!/ (tinh|thanh pho|dia phuong) /.test(q) || firstAbolishedAgency(question, updates)) return [];
  // "Các tỉnh mới sau sáp nhập hoạt động từ ngày nào": every merger the file knows is asked about.
  if (EVERY_PROVINCE_CUE.test(q)) return updates.provinces;
  const own = updates.provinces.find((p) => p.old === asker.userProvince);
  if (own) return [own];
  return OWN_PLACE_CUE.test(q) && !asker.userProvince ? updates.provinces : [];
}

// A text's name carries a year (`luật 2024`, `Nghị định 162/2025`, `53/2024/QH15`) that dates the text, not the events asked about.
const TEXT_NAME_YEAR = / (luat|nghi dinh|nd|thong tu|tt|ttlt)( \w+){0,6}? (19|20)\d\d(?= )| \d+ (19|20)\d\d (qh\d+|nd|tt|ttlt)(?= )/g;

// A plan's or a report's period (`kế hoạch năm 2024`, `giai đoạn 2021-2025`, `báo cáo kết quả … năm 2024`), the
// year of a body's tasks (`nhiệm vụ gì trong hỗ trợ nạn nhân năm 2024`, `phân công các sở, ngành làm gì … năm 2024`)
// or of the work in an area (a plan's title: `… trên địa bàn tỉnh Quảng Nam năm 2024`), dates the work planned or
// reported, not when anyone was identified as a victim or which law applies.
// A year just before a plan's name or its targets (`năm 2024 có kế hoạch gì`, `năm 2024 tỉnh đặt chỉ tiêu gì`)
// dates that plan too.
const WORK_PERIOD_YEAR =
  / (ke hoach|kh|de an|chuong trinh|giai doan|bao cao|ket qua|so ket|tong ket|nhiem vu|cong tac|trach nhiem|tren dia ban|chi tieu|muc tieu)( \w+){0,10}? (19|20)\d\d( (19|20)\d\d)?(?= )| phan cong (cho )?(cac |nhung )?(so|nganh|ban nganh|co quan|don vi|luc luong)( \w+){0,20}? (19|20)\d\d(?= )| (19|20)\d\d( \w+){0,3}? (ke hoach|kh|de an|chuong trinh|chi tieu|muc tieu)(?= )/g;

/** A date a question names, as precisely as it names it: `[2025]`, `[2025, 5]` (tháng 5/2025), `[2025, 5, 15]`. */
type NamedDate = [year: number, month?: number, day?: number];

// Folded, "15/5/2025" is "15 5 2025" and "tháng 5 năm 2025" is "thang 5 nam 2025"; a month or a day stands before its year.
const DATE = / (?:(\d{1,2}) (?:thang )?)?(?:thang )?(?:(\d{1,2}) (?:nam )?)?((?:19|20)\d\d)(?= )/g;

/** The dates a folded question names, leaving out the years of texts' names and of plans' periods. */
function datesIn(q: string): NamedDate[] {
  const dated = q.replace(TEXT_NAME_YEAR, ' ').replace(WORK_PERIOD_YEAR, ' ');
  return [...dated.matchAll(DATE)].map(([, a, b, y]): NamedDate => {
    const [day, month] = b === undefined ? [undefined, a] : [a, b];
    const m = month === undefined ? undefined : Number(month);
    return m && m <= 12 ? [Number(y), m, day === undefined ? undefined : Number(day)] : [Number(y)];
  });
}

/** The date is before the changes took effect ("tháng 5/2025" is, "năm 2025" alone is not); none without a date. */
function isBeforeChange([year, month = 13, day = 32]: NamedDate, updates: Updates): boolean {
  if (!updates.effective) return false;
  const [y, m, d] = updates.effective.split('-').map(Number);
  return year !== y ? year < y : month !== m ? month < m : day < d;
}

/** The year the changes took effect; without a date, no year counts as after them. */
export const effectiveYear = (updates: Updates) => (updates.effective ? Number(updates.effective.slice(0, 4)) : Number.POSITIVE_INFINITY);

/** The question asks about today: a word for now (not the demonstrative "này"), or a year from the changes on. */
function asksAboutToday(question: string, updates: Updates): boolean {
  const q = foldWords(question.replace(/này/giu, ' '));
  return NOW_CUE.test(q) || datesIn(q).some((date) => date[0] >= effectiveYear(updates) && !isBeforeChange(date, updates));
}

/** "Công an huyện trước đây xác minh…, nay ai làm?": who does an abolished agency's work today. */
function asksWhoNow(question: string, updates: Updates): boolean {
  return WHO_NOW_CUE.test(foldWords(question)) && asksAboutToday(question, updates);
}

/** The question asks which law applies today ("từ 2025 … theo luật nào", "luật cũ hay luật mới"). */
function asksWhichLawNow(question: string, updates: Updates): boolean {
  const q = foldWords(question);
  if (!WHICH_LAW_CUE.test(q) || / bo luat /.test(q)) return false;
  return / luat (cu|moi) hay /.test(q) || / luat (\w+ ){0,6}moi /.test(q) || asksAboutToday(question, updates);
}

/** About people identified before the change took effect (a year before it, or "trước" the date or the law). */
function asksTransition(question: string, updates: Updates): boolean {
  const q = foldWords(question);
  if (!IDENTIFIED_CUE.test(q) || !ENTITLEMENT_CUE.test(q)) return false;
  const dates = datesIn(q);
  if (dates.some((date) => isBeforeChange(date, updates))) return true;
  return BEFORE_CUE.test(q) && (dates.length > 0 || / (luat|hieu luc|ap dung) /.test(q));
}

// "Theo văn bản nào", "quy định nào", "luật cũ hay mới": which text applies is asked, not what it grants.
const WHICH_TEXT_CUE = new RegExp(`\\b${TEXT_WORD}( \\w+){0,3}? (nao|gi)\\b|\\b(cu|moi) hay\\b`);

/**
 * About people identified before the change ("được xác định là nạn nhân năm 2024"), asking what they are entitled to
 * ("cháu đi học thì được hỗ trợ gì", "có được trợ cấp không") rather than which law applies: the transitional rule
 * says which law, and that law's article on the entitlement is the rest of the answer.
 */
export function asksEntitlementBeforeChange(question: string, updates: Updates): boolean {
  const q = foldWords(question).replace(CURRENT_LAW_QUALIFIER, ' ');
  return asksTransition(q, updates) && !WHICH_LAW_CUE.test(q) && !WHICH_TEXT_CUE.test(q);
}

/** The laws of the file whose successor is a law (not a decree or circular), asked about by their subject. */
function lawsOnSubject(q: string, updates: Updates, onSubject: boolean): LawChange[] {
  return updates.laws.filter((law) => numberKeys(law.new, true)[0]?.isLaw && (onSubject || sharesTitle(q, law.new)));
}

// "luật phòng, chống mua bán người hiện nay": the law of today on a subject, named by its title and a word for now.
const LAW_OF_TODAY = / luat( \w+){0,6}? (hien nay|hien tai|hien gio|bay gio) /;
// "luật mới số hiệu là gì": the new law asked for its number or date.
const NEW_LAW = / luat( \w+){0,6}? moi (nhat )?/;
// "luật … đang có hiệu lực là luật số mấy": the law in force named by its being in force, asked for its number or
// its date; without such a question ("luật … đang có hiệu lực quy định gì") it asks what the law says.
const LAW_IN_FORCE = / luat( \w+){0,6}? (dang (co |con )?hieu luc|dang (duoc )?ap dung|hien hanh) /;
const ASKS_NUMBER_OR_DATE =
  / (so (may|nao|bao nhieu)|so hieu|la luat nao|luat (nao|gi)|ngay nao|tu ngay nao|tu khi nao|khi nao|bao gio|nam nao) /;

/** The question names today's law of the change's subject ("nghị định nào hướng dẫn luật … hiện nay"). */
function namesLawOfToday(q: string, law: LawChange): boolean {
  const named = LAW_OF_TODAY.test(q) || ((LAW_IN_FORCE.test(q) || NEW_LAW.test(q)) && ASKS_NUMBER_OR_DATE.test(q));
  return Boolean(numberKeys(law.new, true)[0]?.isLaw) && named && sharesTitle(q, law.new);
}

/**
 * The question shares two running words with the text's title (`mua ban` of `Luật Phòng, chống mua bán người`), or
 * writes the title by its initials (`pcmbn`).
 */
function sharesTitle(q: string, phrase: string): boolean {
  const title = foldWords(phrase.split(/ số | \d/u)[0])
    .trim()
    .split(' ')
    .slice(1);
  for (let i = 0; i + 1 < title.length; i++) if (q.includes(` ${title[i]} ${title[i + 1]} `)) return true;
  return title.length > 2 && q.includes(` ${title.map((w) => w[0]).join('')} `);
}

/** The abolished agency a question asks about (what became of it, or who does its work now). */
export function agencyAsked(question: string, updates: Updates): AgencyMention | undefined {
  const q = foldWords(question);
  if (!CHANGE_CUE.test(q) && !asksWhoNow(question, updates)) return undefined;
  return firstAbolishedAgency(question, updates);
}

// The district tier is gone ("bỏ cấp huyện", "không còn cấp huyện", "chính quyền hai cấp"), asked without naming an agency.
const DISTRICT_TIER_GONE =
  /\b(bo cap huyen|cap huyen (da )?(bi )?(bo|giai the|khong con)|khong con cap huyen|chinh quyen (dia phuong )?(2|hai) cap|chinh quyen( dia phuong)?( \w+){0,3} (may|bao nhieu) cap)\b/;

/**
 * What became of each district-tier agency the file lists, the ones sharing most words with the question first: a
 * question on the district tier as a whole ("bỏ cấp huyện rồi thì ở xã ai tham mưu…") is answered by all of them.
 */
function districtTierFacts(q: string, updates: Updates): string[] {
  const district = updates.agencies.filter((a) => a.old.some((name) => / huyen /.test(foldWords(name))));
  const asked = new Set(q.trim().split(' '));
  const shared = (a: AgencyChange) =>
    foldWords(a.now)
      .trim()
      .split(' ')
      .filter((w) => asked.has(w)).length;
  return [...district].sort((a, b) => shared(b) - shared(a)).map((a) => agencyFact(a, a.old[0]));
}

// Words of a question that say nothing of the work asked about.
const NOT_WORK = new Set('ai lo lam nay gio bay hien tai o thi la cua cho va nao ben co quan don vi so bo phong cap'.split(' '));
/** Most agencies whose work today the file describes that a who-now question names no agency of. */
const MAX_WORK_NOW = 2;
/** Pairs of running words that name work ("ho tro", "nan nhan"), not the asking. */
function workPairs(q: string): Set<string> {
  const w = q.trim().split(' ');
  return new Set(w.slice(1).flatMap((x, i) => (NOT_WORK.has(w[i]) || NOT_WORK.has(x) ? [] : [`${w[i]} ${x}`])));
}

/**
 * "Ở Gia Lai bây giờ ai lo hỗ trợ nạn nhân?" names no abolished agency: the changes whose work today shares at least two
 * pairs of running words with the question ("hỗ trợ nạn nhân"), in the file's order.
 */
function workNowFacts(q: string, updates: Updates, tier?: string): string[] {
  const asked = workPairs(q);
  return updates.agencies
    .filter((a) => tier === undefined || a.old[0].startsWith(`${tier} `))
    .filter((a) => [...workPairs(foldWords(a.now))].filter((p) => asked.has(p)).length >= 2)
    .slice(0, MAX_WORK_NOW)
    .map((a) => agencyFact(a, a.old[0]));
}

// A ministry or a provincial department asked for by its tier ("bộ nào", "sở nào"), as written: without marks "so nao"
// is as often "số nào" (a phone number) and "bo nao" part of "cán bộ nào". Nor is "cán bộ nào" a ministry.
const TIER_ASKED = /(?<![\p{L}])(?<!cán\s+)(bộ|sở) nào(?![\p{L}])/iu;

/** The tier of agency a question asks for ("Bộ", "Sở"), or undefined. */
function tierAsked(question: string): string | undefined {
  const tier = TIER_ASKED.exec(question)?.[1].toLowerCase();
  return tier === undefined ? undefined : tier === 'sở' ? 'Sở' : 'Bộ';
}

function agencyFact(change: AgencyChange, name: string): string {
  const since = change.since ? ` (từ ${vnDate(change.since)})` : '';
  return `${lead(change.confidence)}${name} không còn như trước${since}. Nay: ${nowWithUnsure(change)}${sourceText(change.sources)}`;
}

/** Facts of the updates file that answer a question about what changed, or [] when it asks something else. */
export function changeFacts(question: string, updates: Updates, asker: Asker & { onSubject?: boolean } = {}): string[] {
  const q = foldWords(question);
  const facts: string[] = [];
  const merged = mergerFacts(question, updates, asker);
  facts.push(...reformFacts(q, updates), ...merged);
  const agency = agencyAsked(question, updates);
  const tier = tierAsked(question);
  if (agency) facts.push(agencyFact(agency.change, agency.name));
  else if (DISTRICT_TIER_GONE.test(q)) facts.push(...districtTierFacts(q, updates));
  // "Ai lo hỗ trợ nạn nhân ở Gia Lai bây giờ": who does the work in a merged province today. Asked without a merged
  // province, the documents' own article on it (the 2024 law) answers better than the file's list of changes.
  else if (merged.length && asksWhoNow(question, updates)) facts.push(...workNowFacts(q, updates));
  // "Giờ bộ nào lo hỗ trợ nạn nhân": the ministry (or department) of that work today, which the documents, naming the
  // abolished one, cannot say.
  else if (tier && asksWhoNow(question, updates)) facts.push(...workNowFacts(q, updates, tier));
  // Which law applies is read from what is left once the current law qualifying the question is set aside.
  const lawQ = q.replace(CURRENT_LAW_QUALIFIER, ' ');
  const transition = asksTransition(lawQ, updates);
  const first: LawPart | undefined = transition ? 'transition' : AMEND_CUE.test(lawQ) ? 'amendment' : undefined;
  if (transition || asksWhichLawNow(lawQ, updates)) {
    for (const law of lawsOnSubject(lawQ, updates, asker.onSubject ?? false)) facts.push(lawFact(law, updates, first));
  }
  for (const law of amendedLawsAsked(lawQ, updates)) facts.push(lawFact(law, updates, first));
  // "TTLT 01/2014 thay thế văn bản nào" asks what the text itself replaced: its own final article says; asked of a
  // text of today ("Thông tư 84/2019 thay cho thông tư nào"), the file says what it took the place of.
  const replaces = answerTypes(question).includes('replaces');
  const still = STILL_CUE.test(lawQ) && !replaces;
  const numberAsked = / (so hieu|so (may|nao|bao nhieu)) /.test(lawQ);
  if (still || replaces || numberAsked || DETAILING_TEXT_CUE.test(lawQ) || (SINCE_CUE.test(lawQ) && !SIGNED_CUE.test(lawQ))) {
    for (const law of updates.laws) {
      const current =
        namesText(lawQ, law.new, true) ||
        [law.detailed_by, law.amended_by].some((t) => t && namesText(lawQ, t, true)) ||
        namesLawOfToday(lawQ, law);
      if (current || (still && namesText(lawQ, law.old, false))) facts.push(lawFact(law, updates, first));
    }
  }
  return [...new Set(facts)];
}

/**
 * The laws of today a folded question asks whether (or by what) they were amended, when the file names their
 * amendment: by number, by the amending law's number, or by the law's title without naming the replaced one.
 */
function amendedLawsAsked(q: string, updates: Updates): LawChange[] {
  if (!AMEND_CUE.test(q)) return [];
  return updates.laws.filter(
    (law) =>
      law.amended_by &&
      (namesText(q, law.new, true) || namesText(q, law.amended_by, true) || (sharesTitle(q, law.new) && !namesText(q, law.old, false))),
  );
}

/** The laws whose amendment a question asks about (see amendedLawsAsked). */
export function amendmentsAsked(question: string, updates: Updates): LawChange[] {
  return amendedLawsAsked(foldWords(question).replace(CURRENT_LAW_QUALIFIER, ' '), updates);
}

/** Texts named in a question whose content is not in the folder (full text missing, or an article outside an excerpt). */
export function missingTextsAsked(question: string, updates: Updates, corpus: Corpus): UnavailableText[] {
  const q = foldWords(question);
  const { unavailable, heldArticles } = unavailableOf(updates, corpus);
  return unavailable.filter((u) => {
    if (!namesText(q, u.name, true)) return false;
    if (!u.excerpt) return true;
    // An excerpt answers what it holds: the whole text, or an article or a chapter it does not hold, is missing.
    if (WHOLE_TEXT_CUE.test(q)) return true;
    const held = heldArticles(u.number);
    const articles = [...q.matchAll(/ dieu (\d{1,3}) /g)].map((m) => Number(m[1]));
    const chapters = [...q.matchAll(/ chuong ([ivxl]+|\d{1,2}) /g)].map((m) => chapterNumber(m[1]));
    return articles.some((n) => !held.articles.has(n)) || chapters.some((n) => !held.chapters.has(n));
  });
}

/**
 * Excerpts a question names as the text it asks about (`Luật 53/2024`, `luật mới`): an answer from other texts
 * would not be theirs. "Luật nào quy định…" asks which text, and names none.
 */
export function excerptsNamed(question: string, updates: Updates, corpus: Corpus): UnavailableText[] {
  const q = foldWords(question).replace(/ luat nao /g, ' ');
  return unavailableOf(updates, corpus).unavailable.filter((u) => u.excerpt && namesText(q, u.name, true));
}

// Papers and steps: a form, a file of papers, a procedure.
const FORM_CUE =
  / (mau|bieu mau|to khai|bien ban|giay (xac nhan|chung nhan|to|de nghi)|don (de nghi|xin)|ho so|thu tuc|trinh tu|quy trinh|cac buoc) /;
// The rules of today are asked for: "theo quy định mới", "hiện hành", "hiện nay", "từ 2025", "sau 01/7/2025".
const CURRENT_RULES_CUE =
  / ((quy dinh|luat|van ban|phap luat|nghi dinh|thong tu|mau|bieu mau)( \w+){0,5}? (moi|moi nhat)|hien hanh|hien nay|bay gio|(tu|sau) (ngay )?(\d{1,2} \d{1,2} )?(nam )?2025|nam 2025) /;

/** A question asks for the rules of today ("theo luật mới", "hiện nay", "từ 2025"). */
export function asksRulesOfToday(question: string): boolean {
  return CURRENT_RULES_CUE.test(foldWords(question));
}

/** A question asks for a form, papers or a procedure under the rules of today ("mẫu tờ khai theo quy định mới"). */
export function asksFormsOfToday(question: string): boolean {
  return FORM_CUE.test(foldWords(question)) && asksRulesOfToday(question);
}

/**
 * The texts of today, whose content the folder lacks (an excerpt, or not bundled at all), that took the place of
 * the law a cited text belongs to: what a question about today's forms and procedures would need.
 */
export function missingSuccessors(changes: readonly LawChange[], updates: Updates, corpus: Corpus): UnavailableText[] {
  const numbers = new Set(changes.flatMap((c) => documentNumbers(`${c.new}; ${c.detailed_by ?? ''}`)));
  return unavailableOf(updates, corpus).unavailable.filter((u) => numbers.has(u.number));
}

/** Replaced laws a question names (`Luật 66/2011`, `luật năm 2011`): an answer to it says what replaced them. */
export function replacedLawsNamed(question: string, updates: Updates): LawChange[] {
  const q = foldWords(question);
  return updates.laws.filter((law) => namesText(q, law.old, false));
}

// Asking for the whole of a text, or how many articles it has: only its full text answers that.
const WHOLE_TEXT_CUE = / (toan van|toan bo (noi dung|cac dieu|luat)|tat ca cac (dieu|chuong)|bao nhieu (dieu|chuong)|may (dieu|chuong)) /;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
/** `iv` → 4, `12` → 12: chapters are numbered in Roman numerals, questions may use either. */
function chapterNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    n += v < (ROMAN[s[i + 1]] ?? 0) ? -v : v;
  }
  return n;
}

interface HeldParts {
  articles: Set<number>;
  chapters: Set<number>;
}

interface Unavailable {
  unavailable: UnavailableText[];
  /** Article and chapter numbers an excerpt holds, by the excerpt's document number. */
  heldArticles(number: string): HeldParts;
}

// What the folder lacks depends only on the updates file and the corpus: worked out once per loaded pair.
const unavailableCache = new WeakMap<Updates, WeakMap<Corpus, Unavailable>>();
function unavailableOf(updates: Updates, corpus: Corpus): Unavailable {
  let byCorpus = unavailableCache.get(updates);
  if (!byCorpus) unavailableCache.set(updates, (byCorpus = new WeakMap()));
  let found = byCorpus.get(corpus);
  if (found) return found;
  const excerpts = corpus.docs.filter((d) => d.excerpt && d.number);
  const held = new Map<string, HeldParts>();
  const articlesOf = (number: string): HeldParts => {
    const doc = excerpts.find((d) => d.number === number)!;
    const paths = corpus.sections.filter((s) => s.docId === doc.id).map((s) => s.path);
    const numbered = (heading: RegExp, parse: (n: string) => number) =>
      new Set(paths.map((p) => p.map((h) => heading.exec(h)?.[1]).find(Boolean)).flatMap((n) => (n ? [parse(n)] : [])));
    return {
      articles: numbered(/^Điều (\d+)/u, Number),
      chapters: numbered(/^Chương ([IVXL]+|\d+)/u, (n) => chapterNumber(n.toLowerCase())),
    };
  };
  found = {
    unavailable: unavailableTexts(
      updates,
      excerpts.map((d) => d.number!),
    ),
    heldArticles(number) {
      let articles = held.get(number);
      if (!articles) held.set(number, (articles = articlesOf(number)));
      return articles;
    },
  };
  byCorpus.set(corpus, found);
  return found;
}

/** The honest reply for a question about texts whose content the folder does not hold. */
export function missingTextsReply(missing: UnavailableText[], corpus: Corpus): string {
  const names = missing.map((m) => m.name).join(', ');
  const excerpt = missing.find((m) => m.excerpt);
  const held = excerpt ? corpus.docs.find((d) => d.number === excerpt.number)?.completeness : undefined;
  return (
    `Nội dung này không có trong các văn bản hiện có: ${excerpt ? `kho chỉ có bản trích của ${names}` : `toàn văn ${names} chưa có trong kho`}` +
    `${held ? ` (${held.replace(/\.$/, '')})` : ''}, nên tôi không trả lời được câu hỏi này.`
  );
}
