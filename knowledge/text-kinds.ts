// Kinds of legal and administrative texts as the documents and their readers name them. Citations, the reading of a
// status line, the texts a passage cites and the texts a question names all read kinds from this one table.

import { foldDiacritics } from './text.js';

export interface TextKind {
  /** The kind as written in a title or a status line. */
  name: string;
  /** The abbreviation citations use and a number's sign carries (`09/2013/NĐ-CP`). */
  abbr: string;
  /**
   * Texts of one family share their numbers: "Thông tư 134" is how the joint circular "Thông tư liên tịch 134" is
   * usually named too.
   */
  family: string;
  /** Other ways to write the kind: a longer name, a sign (`QH` for a law). */
  aliases?: string[];
}

// Longer names first, so that "Thông tư liên tịch" is read before "Thông tư".
export const TEXT_KINDS: readonly TextKind[] = [
  { name: 'Thông tư liên tịch', abbr: 'TTLT', family: 'tt' },
  { name: 'Thông tư', abbr: 'TT', family: 'tt' },
  { name: 'Nghị định', abbr: 'NĐ', family: 'nd' },
  { name: 'Nghị quyết', abbr: 'NQ', family: 'nq' },
  { name: 'Quyết định', abbr: 'QĐ', family: 'qd' },
  { name: 'Chỉ thị', abbr: 'CT', family: 'ct' },
  { name: 'Luật', abbr: 'Luật', family: 'luat', aliases: ['QH'] },
  { name: 'Kế hoạch', abbr: 'KH', family: 'kh' },
  { name: 'Đề án', abbr: 'ĐA', family: 'da' },
  { name: 'Quy chế', abbr: 'QC', family: 'qc', aliases: ['Quy chế phối hợp', 'QCPH'] },
  { name: 'Hướng dẫn', abbr: 'HD', family: 'hd' },
  { name: 'Công văn', abbr: 'CV', family: 'cv' },
  { name: 'Tờ trình', abbr: 'TTr', family: 'ttr' },
];

const fold = (s: string) => foldDiacritics(s.toLowerCase());

/** The kind a title or type line starts with (`Thông tư liên tịch số …` → TTLT). */
export function kindOfName(name: string): TextKind | undefined {
  const f = fold(name.trim());
  return TEXT_KINDS.find((k) => f === fold(k.name) || f.startsWith(`${fold(k.name)} `));
}

/** Every folded way to write a kind (`thong tu lien tich`, `ttlt`, `qh`) → its family. */
export const FAMILY_OF_WORD: ReadonlyMap<string, string> = new Map(
  TEXT_KINDS.flatMap((k) => [k.name, k.abbr, ...(k.aliases ?? [])].map((w) => [fold(w), k.family] as const)),
);

/** The family of a text from its number's sign (`09/2013/NĐ-CP` → nd, `66/2011/QH12` → luat). */
export function familyOfNumber(number: string): string | undefined {
  const sign = fold(number).split('/').slice(2).join('/');
  const word = /^[a-z]+/.exec(sign)?.[0];
  return word ? FAMILY_OF_WORD.get(word) : undefined;
}

// Longest first, so that "thong tu lien tich" is read before "thong tu".
const KIND_WORDS_LONGEST_FIRST = [...FAMILY_OF_WORD.keys()].sort((a, b) => b.length - a.length);

/** The family of a text named by the kind or abbreviation it starts with (`QĐ 53/2024`, `Luật số 53/2024/QH15`). */
export function familyOfName(name: string): string | undefined {
  const f = fold(name.trim());
  const word = KIND_WORDS_LONGEST_FIRST.find((w) => f === w || f.startsWith(`${w} `));
  return word ? FAMILY_OF_WORD.get(word) : undefined;
}

// "Hướng dẫn" is also what people call any guiding text ("hướng dẫn 01/2014" for the joint circular): named so, a text
// is known by its number and year whatever its kind.
const EVERYDAY_KINDS = new Set(['hd']);

/**
 * Whether a text named as of family `named` may be a held text of family `held`: the same family, a kind everyday
 * speech uses for any text, or a held text whose kind its number's sign does not tell.
 */
export function sameKind(named: string | undefined, held: string | undefined): boolean {
  return held === undefined || named === held || (named !== undefined && EVERYDAY_KINDS.has(named));
}

/** The folded words of a family's kinds, as a regular expression alternative (`(nghi dinh|nd)`). */
export function kindWordsOf(family: string): string {
  return `(${KIND_WORDS_LONGEST_FIRST.filter((w) => FAMILY_OF_WORD.get(w) === family).join('|')})`;
}

const KIND_THEN_NUMBER = new RegExp(`(?<![a-z0-9])(${KIND_WORDS_LONGEST_FIRST.join('|')})(?: so)? 0*(\\d{1,4}) (\\d{4})(?![a-z0-9])`, 'g');

/**
 * The families of the kinds a folded text writes right before number `n` of `year` (`quyet dinh 53 2024` → qd): a
 * number after a kind names a text of that kind only ("Quyết định 53/2024" is not Luật 53/2024).
 */
export function familiesNumbered(folded: string, n: number, year: string): string[] {
  return [...folded.matchAll(KIND_THEN_NUMBER)].filter((m) => Number(m[2]) === n && m[3] === year).map((m) => FAMILY_OF_WORD.get(m[1])!);
}

/** The kinds' names as a regular expression alternative, longest first: `Thông tư liên tịch|Thông tư|…`. */
export function kindNamesPattern(kinds: readonly TextKind[] = TEXT_KINDS): string {
  return kinds
    .map((k) => k.name)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** The kinds whose texts are regulations (laws and the texts under them), as opposed to plans and letters. */
export const REGULATION_KINDS: readonly TextKind[] = TEXT_KINDS.filter((k) => ['luat', 'nd', 'tt', 'nq', 'qd'].includes(k.family));

// A số hiệu with its issuer's sign, and the kind that may be written right before it ("Nghị quyết 202/2025/QH15").
const KIND_THEN_SIGNED_NUMBER = new RegExp(
  `(?:(${kindNamesPattern()})\\s+(?:số\\s+)?)?(\\d{1,4}\\/\\d{4}\\/[\\p{Lu}\\d][\\p{Lu}\\p{Ll}\\d-]*)`,
  'giu',
);

/**
 * Each số hiệu of a text with its kind's family: the kind written right before it, else its sign's, which names the
 * issuer (`Nghị quyết 202/2025/QH15` is a resolution, `53/2024/QH15` alone a law).
 */
export function signedNumbersIn(text: string): { number: string; family: string | undefined }[] {
  return [...text.matchAll(KIND_THEN_SIGNED_NUMBER)].map((m) => ({ number: m[2], family: familyWritten(m[1], m[2]) }));
}

/** The family of a số hiệu: the kind written before it (`Nghị quyết`), else its sign's (`…/QH15` → luat). */
export function familyWritten(kind: string | undefined, number: string): string | undefined {
  return (kind ? kindOfName(kind)?.family : undefined) ?? familyOfNumber(number);
}
