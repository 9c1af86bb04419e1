// "1. Trường hợp nạn nhân từ nước ngoài tự trở về, đến trình báo tại Đồn Biên phòng hoặc được Bộ đội Biên phòng, Cảnh
// sát biển phát hiện …" over "a) Đồn Biên phòng, Cảnh sát biển thực hiện: …": a clause whose lead-in names a case
// holds the steps of that case only. A case naming agencies (where a victim reports, who finds them) is told apart
// from those agencies' other work by its other words: a question naming the agency but none of them ("đồn biên phòng
// cứu được người thì cho họ ăn ở thế nào") is about that other work, which the agency's own text spells out.
import { foldedSyllables, mentionsCase } from './question-type.js';
import { isStopword } from './text.js';
import { actorNames } from './title-topic.js';

// A clause or point heading: "1. …", "a) …".
const CLAUSE_MARKER = /^\s*(?:\d{1,2}\.|[a-zđ]\))\s/u;
const HEADING_CASE = /^(?:truong hop|doi voi) (.{3,}?)(?: thi |$)/;
/** Syllables of an agency's name a question must repeat to name it ("don bien", "bo doi", "canh sat"). */
const NAME_SYLLABLES = 2;

export interface HeadingCase {
  /** The case's content syllables (folded, each once), the agencies' names left out. */
  words: string[];
  /** The agencies the case names, cut to NAME_SYLLABLES, folded. */
  agencies: string[];
}

/** The case a unit's clause headings open with when it names agencies, or undefined. */
export function headingCase(path: string[]): HeadingCase | undefined {
  for (const heading of path) {
    if (!CLAUSE_MARKER.test(heading)) continue;
    const m = HEADING_CASE.exec(`${foldedSyllables(heading).trim()} `);
    if (!m) continue;
    const names = actorNames(heading);
    if (!names.length) return undefined;
    const named = new Set(names.flatMap((name) => name.split(' ')));
    return {
      words: [...new Set(m[1].trim().split(' '))].filter((w) => w.length > 1 && !isStopword(w) && !named.has(w)),
      agencies: names.map((name) => name.split(' ').slice(0, NAME_SYLLABLES).join(' ')),
    };
  }
  return undefined;
}

/** True when the question (foldedSyllables, with the documents' terms for its words) names an agency of the case but not the case. */
export function otherCaseOfAgency(asked: string, c: HeadingCase): boolean {
  return c.agencies.some((a) => asked.includes(` ${a} `)) && !mentionsCase(asked, c.words);
}
