// A national text written for one actor names it in its title ("biện pháp của Bộ đội Biên phòng và Cảnh sát biển").
// A question about that actor ("đồn biên phòng phải làm gì") is asked of that text: the general law and decree
// articles on the same point mention the actor too, but the text made for it is where its duties and steps are
// spelled out. Provincial plans are left out: the province a question names already scopes them.
import type { DocMeta } from '../knowledge/types.js';
import { foldedWords } from '../knowledge/text.js';
import type { Expansion } from './expand.js';
import { spelledOut } from './text.js';

// Head words of an agency's name; the name runs on to the next function word or punctuation.
// Besides agencies, the law gives duties to families, schools, individuals, the media and support facilities
// ("Điều 13. Gia đình tham gia phòng ngừa mua bán người"); a verb after the name ends it.
const ACTOR =
  /(?<!\p{L})(?:Bộ đội|Cảnh sát|Công an|Bộ [Cc]hỉ huy|Đồn|Cục|Sở|Ủy ban|Uỷ ban|Trung tâm|Hội|Mặt trận|Viện kiểm sát|Tòa án|Toà án|[Gg]ia đình|[Nn]hà trường|[Cc]á nhân|[Cc]ơ quan thông tin|[Cc]ơ sở (?:hỗ trợ|bảo trợ))(?:\s+(?!(?:và|trong|của|về|với|cho|tại|theo|tham|có|phải|được|là|khi|để)\s)\p{L}+){0,3}/gu;

const folded = (s: string) => foldedWords(s).trim();

/** Each agency a text names, folded (`cong an tinh`, `don bien phong`). */
export function actorNames(text: string): string[] {
  return [...text.matchAll(ACTOR)].map((m) => folded(m[0]));
}

/** The last two syllables of each agency named in a title, folded: what tells that agency from others (`bien phong`, `sat bien`). */
export function actorKeys(title: string): string[] {
  return actorNames(title).map((name) => name.split(' ').slice(-2).join(' '));
}

export interface TitleTopics {
  /**
   * The national texts (ids) made for an actor the question names, by name or abbreviation or in everyday words
   * that stand for agencies only (`expansions`: "lính gác biên giới", "mấy chú bộ đội" → "bộ đội biên phòng").
   */
  docsNamedBy(question: string, expansions?: Expansion[]): Set<string>;
}

/** True when every phrase is an agency's name and nothing more ("đồn biên phòng", "bộ đội biên phòng"). */
function onlyAgencyNames(phrases: string[]): boolean {
  return phrases.length > 0 && phrases.every((p) => actorNames(p.charAt(0).toUpperCase() + p.slice(1))[0] === folded(p));
}

/** The agencies a question names in everyday words: the phrases of the wordings that stand for agencies only. */
function agenciesInEverydayWords(expansions: Expansion[]): string[] {
  return expansions.flatMap((e) => (onlyAgencyNames(e.phrases) ? e.phrases : []));
}

/** Each national text's title actors that no other title of the corpus names. */
export function createTitleTopics(docs: DocMeta[]): TitleTopics {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(actorKeys(d.title))) df.set(k, (df.get(k) ?? 0) + 1);
  const owners = new Map<string, string>();
  for (const d of docs) if (!d.province) for (const k of actorKeys(d.title)) if (df.get(k) === 1) owners.set(k, d.id);
  return {
    docsNamedBy(question, expansions = []) {
      const named = new Set<string>();
      if (!owners.size) return named;
      // "BĐBP", "CSB": an actor named by its abbreviation is named all the same.
      const q = ` ${folded([spelledOut(question), ...agenciesInEverydayWords(expansions)].join(' \n '))} `;
      for (const [key, id] of owners) if (q.includes(` ${key} `)) named.add(id);
      return named;
    },
  };
}
