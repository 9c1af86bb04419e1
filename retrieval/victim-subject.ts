// Sibling articles and clauses are often written for one kind of victim each: a Vietnamese citizen back from abroad
// ("Điều 4. … nạn nhân đang ở nước ngoài", "Điều 26. … từ nước ngoài trở về"), one trafficked within the country
// ("… bị mua bán trong nước"), or a foreign national trafficked in Việt Nam ("Nạn nhân là người nước ngoài bị mua bán
// tại Việt Nam …"). They share most of their words (the same papers, photos, offices), so a question naming whose case
// it is ("nạn nhân là người nước ngoài", "công dân Việt Nam ở nước ngoài") is answered by the passage written for
// that victim, not by its sibling for the other.
import { foldedWords } from '../knowledge/text.js';
import { COUNTRY } from './countries.js';

type Subject = 'foreigner' | 'citizen';

// A foreign national, in the documents' and in chat words (folded), or a person of a country named ("quốc tịch
// Lào", "người Campuchia", "cô gái Trung Quốc bị bán sang đây", "cô gái nước ngoài"); not the buyer or the husband
// ("bán cho người Trung Quốc", "lấy chồng người Đài Loan") nor the trafficker ("bị người Trung Quốc lừa"), whose
// victim is Vietnamese.
const FOREIGNER = new RegExp(
  ` (nguoi nuoc ngoai|nguoi ngoai quoc|ngoai kieu|quoc tich nuoc ngoai|(nguoi )?dan nuoc khac|nguoi nuoc khac|quoc tich ${COUNTRY}|(?<! (cho|chong|vo|voi|lay|cua|boi|bi|tay|nha) )(nguoi|cong dan|co gai|phu nu|be gai|chau be|em be|tre em|thanh nien|dan ong|dan|co dau|nan nhan) (${COUNTRY}|nuoc ngoai|ngoai quoc)) `,
);
// A Vietnamese victim: a citizen, abroad, back from abroad, or trafficked within the country.
const CITIZEN = / (cong dan viet nam|nguoi viet nam|quoc tich viet nam|(o|tu|ra|sang|ben) nuoc ngoai|trong nuoc) /;
/** How much of a unit's text is read for the victim it opens with ("Nạn nhân là người nước ngoài bị mua bán …"). */
const OPENING_CHARS = 160;

/** Whether a folded, space-padded text names a foreign national as the victim (FOREIGNER). */
export const namesForeigner = (folded: string): boolean => FOREIGNER.test(folded);

/** Whose case a question is about, or undefined when it names neither or both. */
export function askedSubject(question: string): Subject | undefined {
  const q = foldedWords(question);
  const foreigner = namesForeigner(q);
  const citizen = CITIZEN.test(q.replace(FOREIGNER, ' '));
  if (foreigner === citizen) return undefined;
  return foreigner ? 'foreigner' : 'citizen';
}

/**
 * The victim a unit is written for: named by its headings, or by the opening of its text; undefined when it names
 * neither or both (a scope clause listing every kind of victim).
 */
export function unitSubject(path: string[], text: string): Subject | undefined {
  const headings = foldedWords(path.join(' '));
  const named = headings.trim() ? subjectOf(headings) : undefined;
  return named ?? subjectOf(foldedWords(text.slice(0, OPENING_CHARS)));
}

function subjectOf(folded: string): Subject | undefined {
  const foreigner = FOREIGNER.test(folded);
  const citizen = CITIZEN.test(folded.replace(FOREIGNER, ' '));
  if (foreigner === citizen) return undefined;
  return foreigner ? 'foreigner' : 'citizen';
}

/** Multiplier per unit for a question naming whose case it is: `weight` for units written for the other victim. */
export type VictimSubjects = (question: string) => ((i: number) => number) | undefined;

export function createVictimSubjects(units: { path: string[]; text: string }[], weight: number): VictimSubjects {
  const subjects = units.map((u) => unitSubject(u.path, u.text));
  return (question) => {
    if (weight === 1) return undefined;
    const asked = askedSubject(question);
    if (!asked) return undefined;
    return (i) => (subjects[i] && subjects[i] !== asked ? weight : 1);
  };
}
