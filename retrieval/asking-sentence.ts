// People often tell what happened before they ask ("Chị tôi bị lừa sang Trung Quốc, mới trốn về được, đang ở nhà
// tôi. Giờ dẫn chị ra đâu để khai báo?"). The story's words (countries, work, beatings, papers) outnumber the ask's
// and pull the ranking towards passages about the story. The story is still context (a debt or a divorce is not a
// victim's case), so it is weighed lower rather than dropped; the asking sentence, a sentence saying which office the
// writer works for, and the words saying whose case it is (a victim, a child, abroad, returned) keep their full weight.
import { foldDiacritics, foldedWords, markedWords } from '../knowledge/text.js';
import { TRAFFICKING_COUNTRIES } from './countries.js';

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
const FOLDED_IDENTITY = new RegExp(foldDiacritics(IDENTITY.source));

// Words of the story saying whose case it is: a victim, a child, abroad, back home, threatened.
const SUBJECT = [
  // Folded, "bị bán" reads like "bị bạn (trai) …": the friend is followed by whose friend it is.
  'bị (lừa |dụ |ép )?(bán|mua bán|buôn bán)(?! (trai|gái|bè|học|cùng|hàng))|(lừa|mua|buôn) bán',
  'nạn nhân',
  'trẻ em|trẻ con|con (gái|trai)|cháu (bé|gái|trai)|bé (gái|trai)|em bé|học sinh|chưa thành niên|[0-9]+ tuổi',
  `nước ngoài|${TRAFFICKING_COUNTRIES.join('|')}`,
  '(trốn|chạy|trở|tự|đưa|trả) về( nước)?|về nước|giải cứu',
  'trả thù|đe dọa|đe doạ|dọa giết|doạ giết',
].join('|');
const SUBJECT_WORDS = new RegExp(`(?<= )(${SUBJECT})(?= )`, 'gu');
const SUBJECT_WORDS_FOLDED = new RegExp(`(?<= )(${foldDiacritics(SUBJECT)})(?= )`, 'g');

/** The message's sentences: they end with a full stop, a question or exclamation mark, or a line. */
function messageSentences(message: string): string[] {
  return message
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

type Role = 'ask' | 'identity' | 'courtesy' | 'story';

/**
 * What each sentence of a message does. When the writer marks questions, the sentences with a question mark ask;
 * otherwise the ones with a question word do ("Bà không có giấy tờ gì." beside "Giấy tờ nào …?" tells).
 */
function sentenceRoles(sentences: string[], accented: boolean): Role[] {
  const words = sentences.map((s) => (accented ? markedWords(s) : foldedWords(s)));
  const courtesy = words.map((w) => (accented ? COURTESY : FOLDED_COURTESY).test(w));
  const marked = sentences.some((s, i) => !courtesy[i] && s.includes('?'));
  return sentences.map((s, i) => {
    if (courtesy[i]) return 'courtesy';
    if (marked ? s.includes('?') : asksSomething(s, accented)) return 'ask';
    return (accented ? IDENTITY : FOLDED_IDENTITY).test(words[i]) ? 'identity' : 'story';
  });
}

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
  return sentences
    .flatMap((s, i) => (roles[i] === 'ask' || roles[i] === 'identity' ? [s] : roles[i] === 'story' ? subjectWords(s, accented) : []))
    .join(' ');
}
