// Who is writing and what they face, read from general cues so the reply fits the person: the one in
// danger, a relative or witness, a family facing a ransom or money demand, or a missing person. A follow-up
// inside an open case is read for what it asks (money, safety, what happens next).
// Cues work on folded, abbreviation-expanded tokens, so "doi tien chuoc" and "đòi tiền chuộc" read the same.
import { tokenize } from '../triage/text.js';

export type Situation = 'ransom' | 'self' | 'missing' | 'relative' | 'unknown';
export type FollowUpTopic = 'money' | 'safety' | 'next' | 'other';

/** Words for "money" combined with a demand, a transfer or a ransom. */
const MONEY_DEMAND = [
  /\btien chuoc\b/, /\bchuoc (nguoi|ve|ra)\b/, /\bdoi (\w+ )?tien\b/, /\b(doi|bat|ep|yeu cau|bao) (\w+ ){0,3}(chuyen|gui|nop|dua|tra) (\w+ )?tien\b/,
  /\b(chuyen|gui|nop|dua) (\w+ ){0,2}(trieu|nghin|ngan|tram|ty)\b/, /\bneu khong (co )?tien\b/, /\bmoi (tha|cho ve)\b/,
];
/** The writer themself is held, forced or in danger ("tôi bị nhốt", "cứu em với"). */
const SELF_IN_DANGER = [
  /\b(toi|em|minh|con|chau) (dang )?(bi )?(nhot|giam|giu|bat giu|khoa cua|danh|ep|canh)\b/, /\bcuu (toi|em|minh|con|chau)\b/,
  /\b(toi|em|minh|con|chau) (dang )?(khong|ko) (the )?(ve|tron|ra ngoai|thoat)\b/, /\b(toi|em|minh) (dang )?o (trong )?(phong|nha|xuong|cong ty) (ma )?(bi|ho)\b/,
];
/** Someone who cannot be reached or has not come back. */
const MISSING = [/\bmat (lien lac|tich|tin)\b/, /\b(khong|chua) (lien lac|goi) (duoc|lai)\b/, /\b(khong|chua) (thay )?(ve|tro ve)\b/, /\bbiet tam\b/, /\bbat tin\b/];
/** A relative, friend or neighbour is the one concerned ("em gái tôi", "con tôi", "bạn tôi"). */
const RELATIVE = [
  /\b(em|chi|anh|con|chau|me|bo|ba|vo|chong|ban|co|di|cau|chu|bac) (gai |trai |ho |ruot |than )?(cua )?(toi|minh|em|tui)\b/,
  /\b(nguoi nha|nguoi than|nguoi quen|hang xom|ban be|dong nghiep) (cua )?(toi|minh|em)?\b/, /\btoi (thay|biet|nghe noi) (co )?(mot )?(nguoi|be|co gai|dua tre)\b/,
];

const QUESTION_MONEY = [/\btien\b/, /\bchuyen khoan\b/, /\btai khoan\b/, /\btrieu\b/, /\bchuoc\b/];
const QUESTION_SAFETY = [/\bso\b/, /\bnguy hiem\b/, /\ban toan\b/, /\bde doa\b/, /\bdoa (giet|danh)\b/, /\blo (lang|qua)\b/, /\bhoang\b/, /\bbi theo doi\b/];
const QUESTION_NEXT = [
  /\bbao (gio|lau)\b/, /\bkhi nao\b/, /\btiep theo\b/, /\bsau do\b/, /\bphai lam (gi|sao)\b/, /\blam gi (tiep|bay gio)\b/,
  /\bcho (den )?(bao|khi)\b/, /\bco ai\b/, /\bcan bo (nao|da|co)\b/, /\bda (nhan|doc|xem)\b/, /\bsao (chua|lau)\b/,
];

const matches = (text: string, cues: RegExp[]) => cues.some((re) => re.test(text));
const folded = (text: string) => ` ${tokenize(text).join(' ')} `;

/** The situation a report or emergency describes; money demands win because their advice must come first. */
export function situationOf(text: string): Situation {
  const t = folded(text);
  if (matches(t, MONEY_DEMAND)) return 'ransom';
  if (matches(t, SELF_IN_DANGER)) return 'self';
  if (matches(t, MISSING)) return 'missing';
  if (matches(t, RELATIVE)) return 'relative';
  return 'unknown';
}

/** What a follow-up in an open case asks about; money first (a transfer cannot be undone), then safety, then next steps. */
export function followUpTopic(text: string): FollowUpTopic {
  const t = folded(text);
  if (matches(t, QUESTION_MONEY)) return 'money';
  if (matches(t, QUESTION_SAFETY)) return 'safety';
  if (matches(t, QUESTION_NEXT)) return 'next';
  return 'other';
}
