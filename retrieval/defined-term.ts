// The documents name the members of a group where they define it: "Người thân thích của nạn nhân, bao gồm: Vợ, chồng, …",
// "Chế độ hỗ trợ tâm lý cho nạn nhân gồm tư vấn, tham vấn tâm lý …", "Hồ sơ áp dụng biện pháp bảo vệ bao gồm: …". A
// question asking who or what a named group includes ("người thân thích gồm những ai", "chế độ trợ giúp pháp lý gồm
// những gì") is answered by the passage whose "… gồm" opens with that group, not by the passages that only use its name.
import { foldedWords } from '../knowledge/text.js';
import { isStopword } from './text.js';

// A question asking for a group's members (folded): "gồm những ai", "bao gồm những gì", "là những ai", "có những ai",
// "gồm những cơ quan nào".
const ASKS_MEMBERS = / (((bao )?gom|la) (nhung )?(ai|gi|nhung ai|nhung gi|khoan gi|nhung [a-z]+( [a-z]+)? (nao|gi))|co nhung ai) /;
// "những cơ quan nào có thẩm quyền …": the asked kind is part of the group's name; without it "có những nghĩa vụ gì"
// asks what the group must do, not who belongs to it.
const ASKS_KIND = / nhung (?!ai |gi )([a-z]+(?: [a-z]+)?) (?:nao|gi) /;
// The words before "gồm" in a passage's sentence: its own numbering ("2. ", "a) ") and the sentence's start excluded.
const DEFINED = /(?:^|[.;:\n])\s*(?:\d+\.\s+|[a-zđ]\)\s+)?([^.;:\n]{3,120}?),?\s+(?:bao\s+)?gồm(?:\s+có)?(?=[\s:])/giu;
// Words a question may leave out of a group's name: "chế độ hỗ trợ y tế" is asked as "hỗ trợ y tế".
const OPTIONAL = new Set(['che', 'do', 'cac']);
/** A group's name must hold this many content syllables to be matched: "Hồ sơ" alone names too many files. */
const MIN_WORDS = 3;

/** The content syllables of a text, folded; stopwords and optional words left out. */
function contentWords(text: string): string[] {
  return foldedWords(text)
    .trim()
    .split(' ')
    .filter((w) => w && !isStopword(w) && !OPTIONAL.has(w));
}

/** The groups a passage defines by their members, each as its content syllables (folded). */
export function definedGroups(text: string): string[][] {
  return [...text.matchAll(DEFINED)].map((m) => contentWords(m[1])).filter((words) => words.length >= MIN_WORDS);
}

/**
 * What a question asks the members of: its content syllables, and the kind it asks by ("những cơ quan nào" → `co quan`)
 * when no word links the kind to the group; undefined when it asks no group's members.
 */
export function askedMembersOf(question: string): { words: Set<string>; kind: string[] } | undefined {
  const folded = foldedWords(question);
  const kind = ASKS_MEMBERS.test(folded) ? [] : contentWords(ASKS_KIND.exec(folded)?.[1] ?? '');
  if (!kind.length && !ASKS_MEMBERS.test(folded)) return undefined;
  return { words: new Set(contentWords(question)), kind };
}

/**
 * Multiplier per unit for a question asking a group's members: `weight` for the units defining a group it names. Of a
 * question naming texts ("theo Luật 66/2011 …"), only those texts' definitions count: another text defining a group of
 * the same name is not what was asked.
 */
export type DefinedTerms = (question: string, namedTexts: ReadonlySet<string>) => ((i: number) => number) | undefined;

export function createDefinedTerms(units: { docId: string; text: string }[], weight: number): DefinedTerms {
  const groups = units.map((u) => definedGroups(u.text));
  return (question, namedTexts) => {
    const asked = weight === 1 ? undefined : askedMembersOf(question);
    if (!asked) return undefined;
    const names = (group: string[]) => group.every((w) => asked.words.has(w)) && asked.kind.every((w) => group.includes(w));
    const inScope = (i: number) => !namedTexts.size || namedTexts.has(units[i].docId);
    return (i) => (inScope(i) && groups[i].some(names) ? weight : 1);
  };
}
