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

/** The kinds' names as a regular expression alternative, longest first: `Thông tư liên tịch|Thông tư|…`. */
export function kindNamesPattern(kinds: readonly TextKind[] = TEXT_KINDS): string {
  return kinds
    .map((k) => k.name)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** The kinds whose texts are regulations (laws and the texts under them), as opposed to plans and letters. */
export const REGULATION_KINDS: readonly TextKind[] = TEXT_KINDS.filter((k) => ['luat', 'nd', 'tt', 'nq', 'qd'].includes(k.family));
