// People often tell what happened before they ask ("Chị tôi bị lừa sang Trung Quốc, mới trốn về được, đang ở nhà
// tôi. Giờ dẫn chị ra đâu để khai báo?"). The story's words (countries, work, beatings, papers) outnumber the ask's
// and pull the ranking towards passages about the story. The story is still context (a debt or a divorce is not a
// victim's case), so it is weighed lower rather than dropped; the asking sentence, a sentence saying which office the
// writer works for, and the words saying whose case it is (a victim, a child, abroad, returned) keep their full weight.
import { foldDiacritics, foldedWords, markedWords } from '../knowledge/text.js';
import { CHINA_SHORT, COUNTRY, TRAFFICKING_COUNTRIES } from './countries.js';

// Words that make a stretch of a question ask something. "không / chưa" ask only at the end of a stretch
// ("có được không"); elsewhere they negate ("không hoạt động"). "đâu" asks after a verb of place ("ở đâu").
// A question typed with its accents is read with them ("không may" is not "không mấy").
const ASKS_SOMETHING =
  / (gì|nào|ai|bao lâu|bao nhiêu|bao giờ|mấy|sao|thế nào|(ở|đến|tới|lên|về|đi|từ|cho|nơi|gửi|nộp) đâu)( |$)| (không|chưa|ko|k) $/u;
const ASKS_SOMETHING_FOLDED =
  / (gi|nao|ai|bao lau|bao nhieu|bao gio|may|sao|the nao|(o|den|toi|len|ve|di|tu|cho|noi|gui|nop) dau)( |$)| (khong|chua|ko|k) $/;

/** True when a stretch of the question asks something (`accented`: read with its accents, as it was typed). */
export function asksSomething(text: string, accented = foldDiacritics(text) !== text): boolean {
  const t = text.replace(/\?+\s*$/, '');
  if (!accented) return ASKS_SOMETHING_FOLDED.test(foldedWords(t));
  return ASKS_SOMETHING.test(markedWords(t));
}

// A closing formula asks nothing of the documents, whatever question word it holds ("Mong được tư vấn giúp ạ",
// "Xin chỉ giúp", "Cảm ơn ạ"): the whole sentence is the formula, with at most a polite tail.
const COURTESY =
  /^ (xin |em |tôi |mình |cháu )?(xin )?(chân thành )?(cảm ơn|cám ơn|mong (được |nhận được )?(tư vấn|giúp đỡ|hướng dẫn|phản hồi|trả lời|chỉ giúp|giúp)|(xin )?(được )?(tư vấn|chỉ giúp|hướng dẫn|giúp đỡ)|nhờ (mọi người |anh chị |cán bộ )?(chỉ giúp|tư vấn|giúp)|giúp (em|tôi|mình|cháu) với)( (giúp|nhiều|rất nhiều|ạ|nhé|nha|với|anh chị|mọi người|cán bộ|ad|bạn|em|tôi|mình|cháu))* $/u;
const FOLDED_COURTESY = new RegExp(foldDiacritics(COURTESY.source));

// An official saying where they work ("Tôi là cán bộ Công an xã …", "Tôi làm ở Phòng …"): the body the answer is for.
const IDENTITY =
  /^ (tôi|em|mình|chúng tôi|tui) (là|đang là|hiện là|làm|đang làm|công tác|đang công tác|làm việc|đang làm việc)( (ở|tại|việc ở|việc tại|bên))? (cán bộ|công chức|viên chức|chủ tịch|phó chủ tịch|trưởng|phó|chỉ huy|nhân viên|giáo viên|hiệu trưởng|bí thư|điều tra viên|kiểm sát viên|thẩm phán|phòng|sở|bộ|ubnd|ủy ban|uỷ ban|công an|đồn|trạm|đội|ban|hội|trung tâm|cơ sở|tòa|toà|viện|mặt trận|xã|huyện|tỉnh)( |$)/u;
// Shorter, "Tôi ở Phòng Tư pháp", "Mình bên Hội Phụ nữ xã": being at an office (at a commune is where one lives). A
// sentence may open with the body speaking ("Công an xã chúng tôi …", "Xã tôi vừa tiếp nhận …").
const AT_OFFICE = '(phòng|sở|ubnd|ủy ban|uỷ ban|công an|đồn|trạm|hội|mặt trận|tòa|toà|viện)';
const BODY_SPEAKS =
  '(ubnd|ủy ban|uỷ ban|công an|đồn|trạm|phòng|sở|hội)( [^ ]+){0,4} (chúng tôi|chúng em|tôi|em|mình)|(xã|phường|thị trấn|huyện) (chúng tôi|chúng em|tôi (vừa |đã |mới |đang )?(tiếp nhận|nhận được|phát hiện|giải cứu|được báo))';
const OWN_BODY = new RegExp(`^ ((tôi|em|mình|chúng tôi|tui) (ở|bên|thuộc) ${AT_OFFICE}|${BODY_SPEAKS})( |$)`, 'u');
const FOLDED_IDENTITY = new RegExp(foldDiacritics(IDENTITY.source));
const FOLDED_OWN_BODY = new RegExp(foldDiacritics(OWN_BODY.source));
/** True when a sentence's words say which office the writer works for. */
const saysOwnBody = (words: string, accented: boolean) =>
  accented ? IDENTITY.test(words) || OWN_BODY.test(words) : FOLDED_IDENTITY.test(words) || FOLDED_OWN_BODY.test(words);

// Words of the story saying whose case it is: a victim, a child, abroad, back home, threatened. Where the person is
// now weighs as much as where they were taken: "bán sang Trung Quốc, mới về" is a returned victim's case.
const subject = (abroad: string) =>
  [
    // Folded, "bị bán" reads like "bị bạn (trai) …": the friend is followed by whose friend it is.
    'bị (lừa |dụ |ép )?(bán|mua bán|buôn bán)(?! (trai|gái|bè|học|cùng|hàng))|(lừa|mua|buôn) bán',
    'nạn nhân',
    'trẻ em|trẻ con|con (gái|trai)|cháu (bé|gái|trai)|bé (gái|trai)|em bé|học sinh|chưa thành niên|[0-9]+ tuổi',
    abroad,
    '(trốn|chạy|trở|tự|đưa|trả) về( nước)?|(mới|đã|vừa) về( (nước|nhà|quê))?|về (nước|nhà|quê|rồi|được)|giải cứu',
    'trả thù|đe dọa|đe doạ|dọa giết|doạ giết',
  ].join('|');
// Folded, the countries are COUNTRY's: "lao" is Laos only when no "động" or "Cai" follows.
const SUBJECT_WORDS = new RegExp(`(?<= )(${subject(`nước ngoài|${TRAFFICKING_COUNTRIES.join('|')}|${CHINA_SHORT}`)})(?= )`, 'gu');
const SUBJECT_WORDS_FOLDED = new RegExp(`(?<= )(${foldDiacritics(subject(`nước ngoài|${CHINA_SHORT}`))}|${COUNTRY})(?= )`, 'g');

// A stop that ends no sentence: after an address's abbreviation ("TP. Đà Nẵng", "Q. 1") or a dotted one ("v.v. của"),
// or an ellipsis, or before a word in lowercase in a message whose writer capitalises.
const ABBREVIATION = /(^|[\s(])(TP|Tp|TX|Tx|TT|Q|P|H|X|KP|(\p{L}\.)+\p{L})\.$/u;
const ELLIPSIS = /(…|\.\.)$/u;
/** The fewest words a sentence has: a shorter piece ("Dạ.", "Cảm ơn.") belongs with its neighbour. */
const MIN_SENTENCE_WORDS = 3;

/** The message's sentences: they end with a full stop, a question or exclamation mark, or a line. */
function messageSentences(message: string): string[] {
  const capitalised = /^\P{L}*\p{Lu}/u.test(message);
  const pieces: string[] = [];
  for (const line of message.split(/\n+/u)) {
    for (const raw of line.split(/(?<=[.!?…])\s+/u)) {
      const piece = raw.trim();
      const last = pieces.length && pieces[pieces.length - 1];
      const runsOn = last && (ABBREVIATION.test(last) || ELLIPSIS.test(last) || (capitalised && /^\p{Ll}/u.test(piece)));
      if (runsOn) pieces[pieces.length - 1] = `${last} ${piece}`;
      else pieces.push(piece);
    }
  }
  return withShortPiecesJoined(pieces.filter((s) => /\p{L}/u.test(s)));
}

const wordCount = (s: string) => markedWords(s).trim().split(' ').filter(Boolean).length;

/** Pieces of fewer than MIN_SENTENCE_WORDS words joined to the sentence before them (the first one to the next). */
function withShortPiecesJoined(pieces: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const p of pieces) {
    if (wordCount(p) < MIN_SENTENCE_WORDS && out.length) out[out.length - 1] = `${out[out.length - 1]} ${p}`;
    else if (wordCount(p) < MIN_SENTENCE_WORDS) pending = `${pending}${p} `;
    else {
      out.push(`${pending}${p}`);
      pending = '';
    }
  }
  if (pending) out.push(pending.trim());
  return out;
}

type Role = 'ask' | 'identity' | 'courtesy' | 'story';

// In a message whose writer marks questions, a sentence without the mark asks when what must or can be done is the
// question ("Xã phải làm gì khi tiếp nhận nạn nhân.") or its question word ends it ("Hồ sơ gửi trong mấy ngày.");
// elsewhere the words tell of some ("mấy hôm trước", "đưa đi đâu ban đêm"), of all ("ai cũng bàn tán"), and after
// a negation of none ("Bà không có giấy tờ gì.", "đừng kể với ai").
const ASKS_UNMARKED =
  / (phải|cần|nên|sẽ|có thể)( [^ ]+){0,3} (gì|nào|ai|đâu|bao lâu|bao nhiêu|bao giờ|mấy|sao|thế nào)( |$)| (gì|nào|ai|đâu|bao lâu|bao nhiêu|bao giờ|sao|thế nào) $/u;
const ASKS_UNMARKED_FOLDED = new RegExp(foldDiacritics(ASKS_UNMARKED.source));
const TELLS_NONE = / (không|chẳng|chưa|đừng|ko|k)( [^ ]+){0,4} (gì|nào|ai|đâu)( |$)| (gì|ai|đâu|nào) cũng /u;
const TELLS_NONE_FOLDED = new RegExp(foldDiacritics(TELLS_NONE.source));
/** True when a sentence without a question mark asks, in a message whose writer marks questions. */
const asksUnmarked = (words: string, accented: boolean) =>
  (accented ? ASKS_UNMARKED : ASKS_UNMARKED_FOLDED).test(words) && !(accented ? TELLS_NONE : TELLS_NONE_FOLDED).test(words);

// A sentence announcing what the writer wants to ask ("Tôi muốn hỏi về hỗ trợ học nghề cho nạn nhân.") names the topic.
const ANNOUNCES_ASK = / (muốn|cho|xin) hỏi /u;
const ANNOUNCES_ASK_FOLDED = new RegExp(foldDiacritics(ANNOUNCES_ASK.source));

/**
 * An ask too short to name its topic ("Ai chi trả?", "Thủ tục thế nào?"): the sentence before does. One asking what
 * to do ("Xã phải làm gì?") has the story for its case, which the story's words for whose case it is keep.
 */
const BARE_ASK_WORDS = 4;
const isBareAsk = (sentence: string) => wordCount(sentence) <= BARE_ASK_WORDS && !/ (làm|lam) /u.test(markedWords(sentence));

/**
 * What each sentence of a message does. When the writer marks questions, the sentences with a question mark ask, and
 * those without that ask what must be done or end on a question word (asksUnmarked); otherwise the ones with a
 * question word do ("Bà không có giấy tờ gì." beside "Giấy tờ nào …?" tells). A sentence announcing the ask asks. A story sentence before an ask too short to name its topic is kept whole with it.
 */
function sentenceRoles(sentences: string[], accented: boolean): Role[] {
  const words = sentences.map((s) => (accented ? markedWords(s) : foldedWords(s)));
  const courtesy = words.map((w) => (accented ? COURTESY : FOLDED_COURTESY).test(w));
  const marked = sentences.some((s, i) => !courtesy[i] && s.includes('?'));
  const roles = sentences.map((s, i): Role => {
    if (courtesy[i]) return 'courtesy';
    if (marked ? s.includes('?') || asksUnmarked(words[i]!, accented) : asksSomething(s, accented)) return 'ask';
    if ((accented ? ANNOUNCES_ASK : ANNOUNCES_ASK_FOLDED).test(words[i])) return 'ask';
    return saysOwnBody(words[i]!, accented) ? 'identity' : 'story';
  });
  return roles.map((r, i) => (r === 'story' && roles[i + 1] === 'ask' && isBareAsk(sentences[i + 1]!) ? 'ask' : r));
}

// Words pointing back at what the story told ("việc này", "vùng đó", "trường hợp như vậy"); not "nó", most often the
// person told of, whose case the story's subject words keep.
const POINTS_BACK = / (việc|chuyện|trường hợp|vụ|vùng|nơi|chỗ) (này|đó|ấy|kia|như vậy|như thế) /u;
const POINTS_BACK_FOLDED = / (viec|chuyen|truong hop|vu|vung|noi|cho) (nay|do|ay|kia|nhu vay|nhu the) /;

/** The words of a story sentence that say whose case it is, as written. */
function subjectWords(sentence: string, accented: boolean): string[] {
  const words = accented ? markedWords(sentence) : foldedWords(sentence);
  return [...words.matchAll(accented ? SUBJECT_WORDS : SUBJECT_WORDS_FOLDED)].map((m) => m[0]);
}

/**
 * The part of a message told as a story before (or after) its ask that keeps its full weight: the asking sentences,
 * an official's identity, and the story's words for whose case it is. Undefined for a message of one sentence, one
 * that asks nothing, or one that tells no story: it is read whole.
 */
export function askedPart(message: string): string | undefined {
  const sentences = messageSentences(message);
  if (sentences.length < 2) return undefined;
  const accented = foldDiacritics(message) !== message;
  const roles = sentenceRoles(sentences, accented);
  if (!roles.includes('ask') || !roles.includes('story')) return undefined;
  // An ask pointing back at the story ("Luật có giao việc này cho xã không?") takes its topic from it: read whole.
  const backed = (s: string) => (accented ? POINTS_BACK : POINTS_BACK_FOLDED).test(accented ? markedWords(s) : foldedWords(s));
  if (sentences.some((s, i) => roles[i] === 'ask' && backed(s))) return undefined;
  return sentences
    .flatMap((s, i) => (roles[i] === 'ask' || roles[i] === 'identity' ? [s] : roles[i] === 'story' ? subjectWords(s, accented) : []))
    .join(' ');
}
