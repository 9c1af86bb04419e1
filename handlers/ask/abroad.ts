// A person still abroad (or their family for them) asking where over there to go or report, whom to find, how to get
// papers and come home, or who protects them there. The documents answer it: the sentences naming the Vietnamese
// representative mission abroad as the place a victim reports at, and as the one receiving them, issuing their travel
// papers and bringing them home; and those on the mission's protection of citizens, with the province's own part on it.
// They are quoted from the live corpus with their citations, and the hotlines follow. Nothing here names an agency itself.
import { foldedAsMeant, foldedWords } from '../../knowledge/text.js';
import type { Corpus } from '../../knowledge/types.js';
import { asksForNumber, isContactQuestion, mentionsAbroad, protectionWords } from '../contacts-answer.js';
import { asksWhereToReport, cameBack, planSentences, quotedAnswer, regulationSentences } from '../report-place.js';
import type { AskResult } from './types.js';

// The mission as the place a victim reports at, or as the one receiving them or issuing their papers (folded words).
const MISSION_HELPS = / (den trinh bao tai co quan dai dien|co quan dai dien viet nam o nuoc ngoai (khi )?(tiep nhan|cap giay)) /;
// Quoted whole, a longer sentence buries where to go and what the person gets under the list of who else may
// inform the mission; a shorter sentence of the same procedure says it.
const MAX_QUOTE_CHARS = 360;

// Wanting to come home, or papers to travel with ("muốn về nước", "giúp về", "làm giấy tờ", "không có hộ chiếu").
const HOMEWARD =
  / (ve (nuoc|viet nam|que|nha)|(muon|duoc|de|giup|dua|cho|lam sao|cach nao) (\w+ ){0,2}ve|giay thong hanh|ho chieu|(lam|cap|xin|mat|khong co) (\w+ )?giay to) /;
// The fare or the cost of the way home is what is asked ("không có tiền mua vé thì ai mua", "tiền tàu xe về ai trả"): the
// rules on what is paid and by whom answer it, not where to go. Typed with marks, "về" (home) is no "vé" (ticket); money
// sent home ("gửi tiền về") and a ransom ("ai trả tiền chuộc") are no fare.
const FARE_ASKED =
  / (mua ve|(?<!(gui|chuyen|nhan|goi) )tien ve|gia ve|ve (may bay|tau|xe)|tien (tau )?xe|chi phi di lai|(ai|ben nao) (tra|chi|lo) tien(?! chuoc)) /;
const asksFare = (text: string) => FARE_ASKED.test(foldedAsMeant(text, ['vé']));

// Telling Vietnam's side of it from over there: reporting, denouncing, asking for help ("báo cho cơ quan Việt Nam",
// "trình báo với phía Việt Nam", "liên hệ cơ quan nào của Việt Nam").
const REPORTS = / (bao|trinh bao|khai bao|to giac|bao tin|cau cuu|nho|lien he|lien lac|gap|tim) /;
// An agency named as Vietnam's ("cơ quan Việt Nam", "phía Việt Nam", "cơ quan nào của Việt Nam"): said by someone
// outside the country, for whom Vietnam's agencies are the other side.
const VIETNAM_SIDE = / (co quan|phia|ben|chinh quyen|nha nuoc|can bo) (\w+ ){0,2}viet nam /;
// The person asking, or the one they ask for, is over there now: "tôi đang ở Lào", "em ấy … bên đó", "ở nước sở tại"
// (the host country). A relative named first ("con tôi đang ở …") is someone the asker at home reports on, whom the
// directory serves.
const OVER_THERE = / (ben (do|ay|kia)|o do|(o|tai) nuoc so tai) /;
const SPEAKER_ABROAD =
  /(^| )(?<!(con|em|chi|anh|chau|vo|chong|me|bo|ban|gai|trai) )(toi|minh|tui|tao) (dang |hien |van |con |hien dang )*o (ben |tai )?(\w+ \w+|\w+)/;

// Someone taken over there ("bị dụ đưa qua bên kia bán") whom the asker reports on ("tôi phải báo cho cơ quan nào"):
// the asker is at home and tells the agencies at home; the mission abroad is where the person taken would go.
const TAKEN_OVER_THERE = / bi (\w+ ){0,4}(qua|sang) (ben (do|ay|kia)) /;

// The asker reports it themself ("tôi muốn trình báo", "gia đình tôi đi tố giác"). Folded, "tới" (to) is "toi": typed
// with diacritics it is told apart; typed without, "tới đâu", "tới cơ quan nào", "đi tới" are going somewhere.
const ASKER_REPORTS =
  / (?<!(di|den|chay) )(toi|tui|minh|chung toi|gia dinh)(?! (dau|cho|noi|co quan|don vi|ben|tan) )( \w+){0,3} (trinh bao|khai bao|to giac|bao) /;
// Typed with marks, "dì tôi" (my aunt) is the family, not "đi tới".
const ASKER = ['tôi', 'đi'];

/** The asker says they report it themself. */
const askerReports = (text: string): boolean => ASKER_REPORTS.test(foldedAsMeant(text, ASKER));

/** The person is over there and wants Vietnam's agencies told: where they go is the mission, not a phone list. */
function reportsFromAbroad(text: string, folded: string): boolean {
  if (!REPORTS.test(folded)) return false;
  if (VIETNAM_SIDE.test(folded)) return true;
  if (OVER_THERE.test(folded)) return !(TAKEN_OVER_THERE.test(folded) && askerReports(text));
  const place = SPEAKER_ABROAD.exec(folded)?.at(-1);
  return place !== undefined && mentionsAbroad(` ${place} `);
}

// An office's own work on such cases ("cơ quan nào thống kê số nạn nhân ở nước ngoài", "báo cáo chi phí về nước"): the
// province's division of tasks answers it, not where a person over there goes.
// People say "báo cáo với cơ quan nào" for reporting it: only a report of results or figures is an office's work.
const OFFICE_TASK = / (thong ke|tong hop|so lieu|bao cao (ket qua|so lieu|dinh ky|tinh hinh)) /;

// Who takes in a person handed back at a border gate, an airport or the border ("trả về qua cửa khẩu … thì bên nào
// nhận"): Vietnam's reception, which the documents assign at home, not the mission abroad.
const RECEIVED_AT_BORDER = / (cua khau|bien gioi|san bay)( \w+){0,6}? (nhan|tiep nhan|don|ra don)\b/;

// Which body to turn to or whom to find ("liên hệ cơ quan nào", "tìm ai").
const ASK_VERBS = 'tim|gap|hoi|nho|lien he|lien lac|bao';
const WHICH_BODY = `(co quan|ben|don vi|noi|cho|to chuc) nao|(${ASK_VERBS}) (\\w+ )?ai`;
// …or where to go there, or how to do it ("đến đâu", "làm sao").
const WHERE_OR_WHO = new RegExp(` (${WHICH_BODY}|(${ASK_VERBS}|den|di|toi) (\\w+ )?(ai|dau)|lam (sao|the nao|gi)) `);
const WHICH_BODY_ASKED = new RegExp(` (${WHICH_BODY}) `);

/** The question asks which body to turn to or whom to find ("liên hệ cơ quan nào", "tìm ai"). */
export const asksWhichBody = (text: string): boolean => WHICH_BODY_ASKED.test(foldedWords(text));

/**
 * The question asks where a person abroad gets help: the person is not back, and either somewhere abroad is named
 * and coming home or papers are what they want, or they are over there and want Vietnam's agencies told; and it
 * asks where, whom or how. A number asked for is the directory's; a fare asked for is the support rules'; an office's
 * statistics or reports on such cases are the plans'.
 */
export function asksHelpAbroad(text: string): boolean {
  const f = foldedWords(text);
  if (cameBack(text) || asksForNumber(text) || RECEIVED_AT_BORDER.test(f) || asksFare(text) || OFFICE_TASK.test(f)) return false;
  const wanted = (mentionsAbroad(text) && HOMEWARD.test(f)) || reportsFromAbroad(text, f) || reportsWhileAbroad(text, f);
  return wanted && (WHERE_OR_WHO.test(f) || isContactQuestion(text));
}

// Not back yet ("chưa về được", "vẫn chưa trở về", "chưa thể về nước").
const NOT_BACK_YET = / chua (the |duoc |kip )?(tro )?ve /;
// Still somewhere, stuck or held there ("vẫn còn ở bên Lào", "hiện đang ở nước ngoài", "còn kẹt bên đó", "mắc kẹt ở
// Campuchia", "bị giữ ở bên kia", "vẫn còn bên đó"): the place after it tells whether it is abroad.
const STAYS_AT = / (dang|con|van|hien|mac|bi)( (dang|con|van))?( (o|ket|giu)( lai)?( o| tai)?|(?= ben ))(?<place>( \w+){1,3})(?= )/g;

/**
 * The person spoken of is abroad and not back: still there, stuck or held there, or not home yet ("bị bán sang
 * Lào, vẫn còn kẹt bên đó", "nạn nhân đang ở nước ngoài"). Where they report and who protects them is over there.
 */
export function staysAbroad(text: string): boolean {
  if (cameBack(text) || !mentionsAbroad(text)) return false;
  const f = foldedWords(text);
  return NOT_BACK_YET.test(f) || [...f.matchAll(STAYS_AT)].some((m) => mentionsAbroad(m.groups?.place ?? ''));
}

/**
 * Where a person still abroad reports ("nạn nhân đang ở nước ngoài thì trình báo ở đâu"): the mission over there.
 * The asker at home reporting them uses the places at home, unless the asker is the one over there.
 */
function reportsWhileAbroad(text: string, folded: string): boolean {
  if (!asksWhereToReport(text) || !staysAbroad(text)) return false;
  return !askerReports(text) || SPEAKER_ABROAD.test(folded);
}

// Who protects the person, or how ("ai lo bảo vệ cho nó", "cơ quan nào bảo hộ", "được bảo vệ như thế nào").
const PROTECTION_ASKED = / ((ai|(co quan|ben|don vi|noi) nao)( \w+){0,4} (bao ve|bao ho)|(bao ve|bao ho)( \w+){0,6} (the nao|ra sao)) /;

// The family or the asker is the one to protect ("ai bảo vệ gia đình tôi", "bảo vệ cho cả nhà"): that is done at home.
const PROTECTS_FAMILY = / (bao ve|bao ho) (cho )?(ca )?(gia dinh|nha|toi|chung toi|tui|nguoi than) /;

/** The question asks who protects the person spoken of (not the asker's family), or how they are protected. */
export function asksWhoProtects(text: string): boolean {
  const f = protectionWords(text);
  return PROTECTION_ASKED.test(f) && !PROTECTS_FAMILY.test(f);
}

/** The question asks who protects a person still abroad, or how they are protected over there. */
export function asksProtectionAbroad(text: string): boolean {
  return asksWhoProtects(text) && !asksForNumber(text) && staysAbroad(text);
}

// The mission's protection of a citizen trafficked abroad ("thực hiện các biện pháp bảo hộ công dân", "công tác bảo
// hộ đối với công dân Việt Nam là nạn nhân").
const MISSION_PROTECTS = / (bien phap|cong tac) bao ho (cong dan|doi voi cong dan) /;
// A province's part on protection naming the mission ("… chỉ đạo Cơ quan đại diện Việt Nam ở nước ngoài áp dụng các
// biện pháp bảo vệ nạn nhân …").
const PLAN_MISSION_PROTECTS = / co quan dai dien viet nam o nuoc ngoai (\w+ ){0,2}(ap dung|thuc hien) (cac )?bien phap bao (ve|ho) /;

/**
 * Who protects a victim still abroad: the regulations' sentences on the mission's protection of citizens, then the
 * province's own part naming the mission when the province is known; undefined when the documents say neither.
 */
export function protectionAbroadAnswer(corpus: Corpus, province: string | null, hotlines: string): AskResult | undefined {
  const national = regulationSentences(corpus, MISSION_PROTECTS);
  const plan = province ? planSentences(corpus, PLAN_MISSION_PROTECTS).filter((s) => s.doc.province === province) : [];
  const paragraphs = [national, plan].filter((sentences) => sentences.length).map((sentences) => ({ sentences }));
  return paragraphs.length ? quotedAnswer(paragraphs, hotlines) : undefined;
}

/** The documents' answer for a person abroad, who protects them or where they get help; undefined when not asked. */
export function abroadAnswer(text: string, province: string | null, corpus: Corpus, hotlines: string): AskResult | undefined {
  if (asksProtectionAbroad(text)) return protectionAbroadAnswer(corpus, province, hotlines);
  return asksHelpAbroad(text) ? helpAbroadAnswer(corpus, hotlines) : undefined;
}

/** The documents' sentences on the mission's help abroad, most current text first; undefined when none says it. */
export function helpAbroadAnswer(corpus: Corpus, hotlines: string): AskResult | undefined {
  const sentences = regulationSentences(corpus, MISSION_HELPS).filter((s) => s.quote.length <= MAX_QUOTE_CHARS);
  return sentences.length ? quotedAnswer([{ sentences }], hotlines) : undefined;
}
