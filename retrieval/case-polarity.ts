// "1. Trường hợp nạn nhân chưa được giải cứu" and "2. Trường hợp nạn nhân đã được giải cứu …" share every content word:
// "chưa" and "đã" are function words the ranker leaves out. A question saying which of the two it is ("chưa được giải
// cứu thì báo cho ai", "đã cấp giấy xác nhận rồi thì sao") is about that case, not the other one.
import { foldedAsMeant } from '../knowledge/text.js';
import { isStopword, spellOutChat } from './text.js';

export type Polarity = 'not' | 'done';

export interface CasePolarity {
  polarity: Polarity;
  /** The two syllables after "chưa / đã / không" (past "được", "có"), folded: `giai cuu`, `du can`, `cap giay`. */
  stem: string;
  /** The content syllable after the stem, folded, when one follows: the `xac` of "cấp Giấy xác nhận". */
  next?: string;
}

// A clause or point heading ("1. …", "a) …") or a text that opens a case: "Trường hợp … chưa được giải cứu".
const CASE =
  /^(?:\d{1,2} |[a-z] )?(?:truong hop|doi voi|neu) (?:[a-z]+ ){0,8}?(chua|da|khong) (?:duoc |co )?([a-z]+ [a-z]+)(?= )(?: ([a-z]+)(?= ))?/;
const NEGATIONS = new Set(['chua', 'khong']);
// Typed with marks, "đá", "da" (skin), "chùa", "chua" (sour) are other words.
const MEANT = ['chưa', 'đã', 'không'];

const polarityOf = (word: string): Polarity => (NEGATIONS.has(word) ? 'not' : 'done');
const folded = (text: string) => foldedAsMeant(spellOutChat(text), MEANT);

/** The case a unit's headings or opening line state with its polarity, or undefined. */
export function casePolarity(path: string[], text: string): CasePolarity | undefined {
  for (const line of [...path, text.split('\n')[0] ?? '']) {
    const m = CASE.exec(folded(line).trimStart());
    if (m) return { polarity: polarityOf(m[1]), stem: m[2], ...(m[3] && !isStopword(m[3]) ? { next: m[3] } : {}) };
  }
  return undefined;
}

/** The patterns a question states a stem with: "chưa được giải cứu" (either way), "giải cứu được rồi" (done). */
interface StemPatterns {
  stated: RegExp;
  done: RegExp;
}

const patternsOf = (stem: string): StemPatterns => ({
  stated: new RegExp(` (chua|da|khong) (?:duoc |co )?${stem} `),
  done: new RegExp(` ${stem}( [a-z]+){0,3} (roi|xong) `),
});

/** Which way a question, folded as `folded` does, states a stem; undefined when it does not. */
function statedPolarity(q: string, p: StemPatterns): Polarity | undefined {
  const said = p.stated.exec(q);
  if (said) return polarityOf(said[1]);
  return p.done.test(q) ? 'done' : undefined;
}

/** Which way the question states a case's stem ("chưa được giải cứu", "giải cứu được rồi"), or undefined when it does not. */
export function askedPolarity(question: string, stem: string): Polarity | undefined {
  return statedPolarity(folded(question), patternsOf(stem));
}

/** Multiplier per unit: `weight` for a case of the opposite polarity to the one the question states; undefined when it states none. */
export type CasePolarities = (question: string) => ((i: number) => number) | undefined;

/**
 * The words each case is named by: its stem, or its stem and the syllable after it where the corpus's cases go on
 * differently after the same stem ("chưa cấp Giấy phép" and "đã cấp Giấy xác nhận" are two papers, not two ways of
 * one case).
 */
export function caseNames(cases: (CasePolarity | undefined)[]): (string | undefined)[] {
  const nexts = new Map<string, Set<string>>();
  for (const c of cases) if (c?.next) nexts.set(c.stem, (nexts.get(c.stem) ?? new Set()).add(c.next));
  return cases.map((c) => c && (c.next && nexts.get(c.stem)!.size > 1 ? `${c.stem} ${c.next}` : c.stem));
}

export function createCasePolarities(units: { path: string[]; text: string }[], weight: number): CasePolarities {
  const cases = units.map((u) => casePolarity(u.path, u.text));
  const names = caseNames(cases);
  // The corpus's case names and their patterns, built once; a question is folded once and read against each.
  const stems = [...new Set(names.filter((n): n is string => n !== undefined))].map((stem) => ({ stem, patterns: patternsOf(stem) }));
  return (question) => {
    if (weight === 1 || !stems.length) return undefined;
    const q = folded(question);
    const asked = new Map<string, Polarity>();
    for (const { stem, patterns } of stems) {
      const p = statedPolarity(q, patterns);
      if (p) asked.set(stem, p);
    }
    if (!asked.size) return undefined;
    return (i) => {
      const c = cases[i];
      const p = c && asked.get(names[i]!);
      return p && p !== c.polarity ? weight : 1;
    };
  };
}
