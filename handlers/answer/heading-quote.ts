// A passage's clause heading ("1. Điều kiện thành lập cơ sở hỗ trợ nạn nhân") shares the question's words, so it is
// often chosen as a sentence to quote; alone it says nothing, the fact is in one of its points. Such a heading is
// quoted with the point that carries what is asked, or not at all when the answer's lead already says that point.
import { typeBoost, type AnswerType } from '../../retrieval/question-type.js';
import type { Group } from './groups.js';
import { termOverlap, type QueryProfile } from './sentences.js';

const MIN_SAID_CHARS = 20;
const MARKER = /^(?:\d{1,2}[.)]|[a-zđ]\))\s*/u;

/** A line as compared with another: without its marker and closing punctuation. */
const bare = (line: string) =>
  line
    .replace(MARKER, '')
    .replace(/[\s:;.,]+$/u, '')
    .trim();

/** The points of the list in the passage that `sentence` only heads, or undefined when it is not such a heading. */
export function headedItems(g: Group, sentence: string): string[] | undefined {
  const heading = bare(sentence);
  if (!heading) return undefined;
  return g.lists.find((list) => list.items.length > 0 && bare(list.heading) === heading)?.items;
}

/**
 * Of a heading's points, the one that best carries what is asked, unless the answer already says it (`said`: the
 * sentences its lead lines quote); undefined when no point shares a word of the question.
 */
export function askedItem(items: string[], said: string[], profile: QueryProfile, types: AnswerType[]): string | undefined {
  // A short piece of a sentence ("Có") could be found in any point.
  const spoken = said.map(bare).filter((s) => s.length >= MIN_SAID_CHARS);
  let best: { item: string; score: number } | undefined;
  for (const item of items) {
    const score = termOverlap(item, profile) * typeBoost(types, item);
    if (score > 0 && (!best || score > best.score)) best = { item, score };
  }
  if (!best) return undefined;
  const text = bare(best.item);
  return spoken.some((s) => s.includes(text) || text.includes(s)) ? undefined : best.item;
}

// A heading's list this short ("từ các nguồn sau: a) Ngân sách nhà nước; b) Tài trợ …; c) Các nguồn hợp pháp khác") is
// itself the answer to what the heading names: quoted whole, it costs a few lines and leaves no point out.
const SHORT_LIST_ITEMS = 4;
const SHORT_ITEM_CHARS = 120;

/** A list short enough to quote whole under its heading. */
export const isShortList = (items: string[]): boolean =>
  items.length <= SHORT_LIST_ITEMS && items.every((i) => i.length <= SHORT_ITEM_CHARS);

/** A heading quoted with its whole list. */
export function headingWithList(heading: string, items: string[]): string {
  return [`${heading.replace(/:?$/, ':')}`, ...items].join('\n');
}

/** A heading and the one point of its list quoted under it, "…" standing for the points left out before and after it. */
export function headingWithItem(heading: string, items: string[], item: string, quoted: string): string {
  const at = items.indexOf(item);
  return [`${heading.replace(/:?$/, ':')}`, ...(at > 0 ? ['…'] : []), quoted, ...(at < items.length - 1 ? ['…'] : [])].join('\n');
}
