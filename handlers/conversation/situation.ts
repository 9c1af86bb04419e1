// Who is writing and what they face, read from general cues so the reply fits the person: the one in
// danger, a relative or witness, a family facing a ransom or money demand, a missing person, or a person who was
// trafficked and is back and safe now (themself or a relative). A follow-up
// inside an open case is read for what it asks (money, safety, what happens next).
// The triage's own cues (who is affected, missing, danger) are reused; the patterns below add what triage
// does not name. Everything runs on folded, abbreviation-expanded tokens, so "doi tien chuoc" = "đòi tiền chuộc".
import { analyse } from '../triage/features.js';

export type Situation = 'ransom' | 'self' | 'returned' | 'missing' | 'relative' | 'unknown';
export type FollowUpTopic = 'money' | 'safety' | 'next';

/** Words for "money" combined with a demand, a transfer or a ransom. */
const MONEY_DEMAND = [
  /\btien chuoc\b/,
  /\bchuoc (nguoi|ve|ra)\b/,
  /\bdoi (\w+ )?tien\b/,
  /\b(doi|bat|ep|yeu cau|bao) (\w+ ){0,3}(chuyen|gui|nop|dua|tra) (\w+ )?tien\b/,
  /\b(chuyen|gui|nop|dua) (\w+ ){0,2}(trieu|nghin|ngan|tram|ty)\b/,
  /\bneu khong (co )?tien\b/,
  /\bmoi (tha|cho ve)\b/,
];
/** The writer themself is held, forced or in danger ("tôi bị nhốt", "cứu em với"). */
const SELF_IN_DANGER = [
  /\b(toi|em|minh|con|chau) (dang )?(bi )?(nhot|giam|giu|bat giu|khoa cua|danh|ep|canh)\b/,
  /\bcuu (toi|em|minh|con|chau)\b/,
  /\b(toi|em|minh|con|chau) (dang )?(khong|ko) (the )?(ve|tron|ra ngoai|thoat)\b/,
  /\b(toi|em|minh) (dang )?o (trong )?(phong|nha|xuong|cong ty) (ma )?(bi|ho)\b/,
];
/** The person is back: escaped, released or come home ("đã trốn về", "được thả về nhà", "đã về nước an toàn"). */
const RETURNED = [
  /\b(tron|thoat|tha|giai cuu|chay) (duoc )?ve\b/,
  /\b(da|vua|moi) (duoc )?(\w+ )?(ve|tro ve) (nha|nuoc|que|duoc|an toan|roi|den|toi|viet nam|dia phuong)\b/,
  /\b(da|gio|nay) (da )?an toan\b/,
];
/**
 * Brought back by others ("được biên phòng trao trả về", "được công an giải cứu ra", "đã được giải cứu, về nhà được mấy
 * hôm"): the family writing is safe at home with the person; "bị đưa về" is being taken somewhere.
 */
const BROUGHT_BACK = [
  /\b(duoc|da duoc|vua duoc|moi duoc) (\w+ ){0,4}(trao tra|giai cuu|cuu|dua|tha|tra) (ve|ra)\b/,
  /\b(da|vua|moi) (duoc )?(\w+ ){0,2}giai cuu\b/,
  /\bve (nha|nuoc|que) duoc (may|vai|mot|hai|ba|\d+) (hom|ngay|tuan|thang)\b/,
];
/** Someone who cannot be reached or has not come back, beyond the triage's own "missing" cue. */
const MISSING = [
  /\bmat (lien lac|tich|tin)\b/,
  /\b(khong|chua) (lien lac|goi) (duoc|lai)\b/,
  /\b(khong|chua) (thay )?(ve|tro ve)\b/,
  /\bbiet tam\b/,
  /\bbat tin\b/,
];

// "tiền" only after a verb of paying or asking ("tiến triển" folds to the same letters), "sợ" only as a feeling
// ("số tài khoản" folds to "so" too).
const QUESTION_MONEY = [
  /\b(chuyen|gui|nop|dua|tra|doi|bat|mat|het|vay|gom) (\w+ ){0,2}tien\b/,
  /\btien chuoc\b/,
  /\bchuyen khoan\b/,
  /\btai khoan\b/,
  /\btrieu\b/,
  /\bchuoc\b/,
];
const QUESTION_SAFETY = [
  /\bso (lam|qua|that|hai|bi)\b/,
  /\b(toi|em|minh|chau|tui|con|ca nha) (rat |dang |van |cung )?so\b(?! (lieu|dien|tien|tai|nha|ho|dt|may))/,
  /\bnguy hiem\b/,
  /\ban toan\b/,
  /\bde doa\b/,
  /\bdoa (giet|danh)\b/,
  /\blo (lang|qua)\b/,
  /\bhoang\b/,
  /\bbi theo doi\b/,
  /\bco (bi )?(lam )?sao khong\b/,
];
const QUESTION_NEXT = [
  /\bbao (gio|lau)\b/,
  /\bkhi nao\b/,
  /\btiep theo\b/,
  /\bsau do\b/,
  /\bphai lam (gi|sao)\b/,
  /\blam gi (tiep|bay gio)\b/,
  /\bcho (den )?(bao|khi)\b/,
  /\bco ai\b/,
  /\bcan bo (nao|da|co)\b/,
  /\bda (nhan|doc|xem)\b/,
  /\bsao (chua|lau)\b/,
  /\b(gio|roi|tiep) (sao|lam sao|the nao)( nua| day)?\b/,
];

const matches = (text: string, cues: RegExp[]) => cues.some((re) => re.test(text));

/** The person is back: escaped, released or come home ("đã trốn về", "được thả về nhà", "đã về nước an toàn"). */
export function isBackHome(text: string): boolean {
  return matches(` ${analyse(text).tokens.join(' ')} `, RETURNED);
}

/**
 * The situation a report or emergency describes. The person in danger writing themself comes first (their
 * safety advice cannot wait); otherwise a money demand, because a transfer cannot be undone; then a person who is
 * back and safe (no danger now: what helps is where to report in person); then a missing person; then someone
 * reporting about another person.
 */
export function situationOf(text: string): Situation {
  // "Cứu em, em đang…" is one person; read twice, "em em" would look like "em của em" (a relative).
  const a = analyse(text.replace(/(?<![\p{L}])(\p{L}+)[\s,.]+\1(?![\p{L}])/giu, '$1'));
  const t = ` ${a.tokens.join(' ')} `;
  const aboutOther = a.cues.has('affected_other');
  const inDanger = matches(t, SELF_IN_DANGER);
  const returned = !inDanger && !a.cues.has('danger_now') && (matches(t, RETURNED) || matches(t, BROUGHT_BACK));
  if (!aboutOther && !returned && (inDanger || a.cues.has('self_victim') || a.cues.has('implicit_self'))) return 'self';
  if (matches(t, MONEY_DEMAND)) return 'ransom';
  if (returned) return 'returned';
  if (a.cues.has('missing') || matches(t, MISSING)) return 'missing';
  if (aboutOther) return 'relative';
  return 'unknown';
}

/**
 * What a follow-up in an open case asks about, most pressing first: money (a transfer cannot be undone),
 * then safety, then what happens next. Empty when it asks none of these (a detail for the officer).
 */
export function followUpTopics(text: string): FollowUpTopic[] {
  const t = ` ${analyse(text).tokens.join(' ')} `;
  const found: [FollowUpTopic, RegExp[]][] = [
    ['money', QUESTION_MONEY],
    ['safety', QUESTION_SAFETY],
    ['next', QUESTION_NEXT],
  ];
  return found.filter(([, cues]) => matches(t, cues)).map(([topic]) => topic);
}
