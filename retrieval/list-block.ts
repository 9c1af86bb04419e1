// A list block: a heading whose content is a list of short items, the shape in which the documents state
// everything on one subject. Two shapes occur: an article whose clauses are one-line items ("Điều 11. Hồ sơ áp
// dụng biện pháp bảo vệ" → "1. Văn bản đề nghị bảo vệ." … "8."; "Điều 3. Các hành vi bị nghiêm cấm" → 1.–12.),
// or points a) … k) under a plan's heading ("1. Sở Lao động - Thương binh và Xã hội" → a) … k)); and a section
// whose own text enumerates dashes ("2. Công an tỉnh" → "- Phối hợp …", "- Tổ chức tập huấn …"). The parser cuts
// the first shape into one section per item, so a question on the subject finds one item; the block gives it the
// whole list back.
import type { Section } from '../knowledge/types.js';

export interface ListBlock {
  /** Heading path of the block (the article or the plan's heading). */
  path: string[];
  /** Index of the block's first section (its heading's own text, else its first item). */
  start: number;
  /** True when the parser cut the list into one section per item (not lines of one section's text). */
  split: boolean;
  /** The sentence that introduces the items ("Hồ sơ … bao gồm"), else the heading's title; no trailing colon. */
  intro: string;
  items: string[];
}

const MIN_ITEMS = 3;
/** An item longer than this is a clause of its own, not an entry of a list. */
const MAX_ITEM_CHARS = 420;
/** A heading that is only a marker: a numbered clause or a lettered point. */
const MARKER = /^(\d{1,2}(\.\d{1,2})*\.|[a-zđ]\))$/u;
/** A lettered point named by its heading ("a) Mục tiêu 01", "b) Chuyển giao hoặc tiếp nhận người để"): still one item. */
const NAMED_POINT = /^([a-zđ]\))\s+\S/u;
/** A heading that makes its section one item of its parent's list. */
const isItemHeading = (heading: string) => MARKER.test(heading) || NAMED_POINT.test(heading);
const TEXT_ITEM = /^([-–•+]|[a-zđ]\))\s+/u;
const TITLE_MARKER = /^(Điều\s+\d+[a-z]?|[IVX]+|\d{1,2}(\.\d{1,2})*|[a-zđ])[.):]?\s+/u;

/** A plan heading that names its subject after the number, unlike a bare clause number (and any clause of an article). */
const isNamedHeading = (heading: string) => /^\d{1,2}\.\s+\S/u.test(heading) && !MARKER.test(heading);
const ARTICLE = /^Điều\s+\d+/u;
/** A named heading's points are its tasks: two already make a list. */
const MIN_NAMED_ITEMS = 2;

const startsWith = (path: string[], prefix: string[]) => prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

/** The heading's title without its marker ("Điều 3. Các hành vi bị nghiêm cấm" → "Các hành vi bị nghiêm cấm"). */
function titleOf(heading: string): string {
  return heading
    .replace(TITLE_MARKER, '')
    .replace(/\s*\(trích[^)]*\)\s*$/u, '')
    .trim();
}

/** The introducing sentence of a body text: its last sentence when it ends with a colon. */
function introOf(text: string): string | undefined {
  const last = text.trim().split('\n').at(-1)?.trim() ?? '';
  return last.endsWith(':') ? last.replace(/:$/, '').trim() : undefined;
}

/** A plan's named heading ("4. Sở Tư pháp"), outside any article: what follows it are that heading's tasks. */
const namesTasks = (path: string[]) => isNamedHeading(path.at(-1) ?? '') && !path.some((p) => ARTICLE.test(p));

/** A section whose own text enumerates dashes or points: intro lines, then items. */
function textBlock(s: Section, start: number): ListBlock | undefined {
  const lines = s.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.findIndex((l) => TEXT_ITEM.test(l));
  if (first < 0) return undefined;
  const items = lines.slice(first).filter((l) => TEXT_ITEM.test(l));
  if (items.length < (namesTasks(s.path) ? MIN_NAMED_ITEMS : MIN_ITEMS)) return undefined;
  const before = lines.slice(0, first).join('\n');
  return { path: s.path, start, split: false, intro: introOf(before) ?? titleOf(s.path.at(-1) ?? ''), items };
}

/** The heading `path` as a block of leaf items (its direct children, each a marker with a short text), from section `from`. */
function childBlock(sections: Section[], from: number, path: string[]): ListBlock | undefined {
  const docId = sections[from].docId;
  // A plan's named heading ("10. Đề nghị Hội Liên hiệp Phụ nữ tỉnh") lists its tasks as points however long.
  const named = namesTasks(path);
  let start = from;
  while (start > 0 && sections[start - 1].docId === docId && startsWith(sections[start - 1].path, path)) start--;
  let intro: string | undefined;
  const items: string[] = [];
  for (let i = start; i < sections.length && sections[i].docId === docId && startsWith(sections[i].path, path); i++) {
    const s = sections[i];
    if (s.path.length === path.length) {
      intro = introOf(s.text) ?? intro;
      continue;
    }
    const leaf = s.path.length === path.length + 1 && isItemHeading(s.path.at(-1) ?? '');
    if (!leaf || (s.text.length > MAX_ITEM_CHARS && !named)) return undefined;
    items.push(itemText(s));
  }
  const min = named ? MIN_NAMED_ITEMS : MIN_ITEMS;
  return items.length >= min ? { path, start, split: true, intro: intro ?? titleOf(path.at(-1) ?? ''), items } : undefined;
}

/** The list block that section `i` heads or is an item of, or undefined. */
export function listBlockAt(sections: Section[], i: number): ListBlock | undefined {
  const s = sections[i];
  if (!s) return undefined;
  const own = textBlock(s, i) ?? (s.path.length > 0 ? childBlock(sections, i, s.path) : undefined);
  if (own) return own;
  return s.path.length > 1 && isItemHeading(s.path.at(-1) ?? '') ? childBlock(sections, i, s.path.slice(0, -1)) : undefined;
}

/**
 * The block of points section `i` is one of, when it also lists within itself ("4. Đề nghị Hội liên hiệp Phụ nữ tỉnh"
 * → a) … c), c) with its dashes): listBlockAt gives the point's own list, this one the heading's.
 */
export function parentBlockAt(sections: Section[], i: number): ListBlock | undefined {
  const path = sections[i]?.path ?? [];
  return path.length > 1 && isItemHeading(path.at(-1) ?? '') ? childBlock(sections, i, path.slice(0, -1)) : undefined;
}

/**
 * The text of a list item: the section's own text, after its heading when the heading names the point and the text
 * does not repeat it ("b) Chuyển giao hoặc tiếp nhận người để" over "- Ép buộc bán dâm; …").
 */
export function itemText(s: Section): string {
  const text = s.text.trim();
  const heading = s.path.at(-1) ?? '';
  const marker = NAMED_POINT.exec(heading)?.[1];
  return marker && !text.startsWith(marker) ? `${heading}:\n${text}` : text;
}

/** A numbered heading or clause ("1. Công tác chỉ đạo triển khai", "2."): one part of an outline. */
const NUMBERED = /^\d{1,2}\.(\s|$)/u;
/**
 * An outline part's line: its number and title, else its number and the first paragraph of its first section's text.
 * A plan's untitled part names its tasks one after another ("Mở rộng … dịch vụ xã hội …; tăng cường … tư vấn tâm lý
 * …; … hỗ trợ học nghề, … cho vay vốn …"): its first clause alone leaves out most of them. How much of the line is
 * shown is the reader's to decide (a short outline shows more of each line).
 */
function partLine(heading: string, firstText: string): string {
  const number = NUMBERED.exec(heading)?.[0].trim() ?? '';
  if (!MARKER.test(heading)) return `${number} ${titleOf(heading)}`;
  const text = firstText.trim().replace(TITLE_MARKER, '').split('\n')[0].trim();
  return `${number} ${text.replace(/[;:]$/, '.')}`;
}

/** An article with its clauses' points is quoted whole up to this many lines: a longer one clause by clause. */
const MAX_ARTICLE_LINES = 14;
/** A section one level under an article's clause, headed by a point's letter ("… › 2. … › a)"). */
const isClausePoint = (path: string[], k: number) => path.length === k + 2 && isItemHeading(path[k + 1]);

/**
 * The outline that section `i` is part of: the nearest heading above it whose parts are numbered ("III. Nhiệm vụ và
 * giải pháp" → "1. Tăng cường …", "2. Công tác …"; "Điều 10. Trình tự, thủ tục …" → its clauses), one line per part in
 * order. A plan's tasks or targets, or a procedure's steps, are answered by this list, not by one part of it. An
 * article whose clauses list points in their turn is answered by those lists (ListIntro), not by their openings.
 */
export function outlineBlockAt(sections: Section[], i: number): ListBlock | undefined {
  return outlineOf(sections, i, false);
}

/**
 * The whole article that section `i` is part of, when some of its clauses list points and some do not ("1. …",
 * "2. … :" a) … c), "3. …"): one item per clause, its points on lines under it. What an actor must do is the whole
 * article, not the one clause that happens to have points. Undefined for any other heading, and for an article
 * longer than MAX_ARTICLE_LINES lines.
 */
export function articleBlockAt(sections: Section[], i: number): ListBlock | undefined {
  return outlineOf(sections, i, true);
}

function outlineOf(sections: Section[], i: number, withPoints: boolean): ListBlock | undefined {
  const s = sections[i];
  const k = s ? s.path.findLastIndex((h) => NUMBERED.test(h)) : -1;
  if (k < 1) return undefined;
  const path = s.path.slice(0, k);
  const title = titleOf(path.at(-1) ?? '').toLowerCase();
  const article = path.some((h) => ARTICLE.test(h));
  if (withPoints && !article) return undefined;
  let start = i;
  while (start > 0 && sections[start - 1].docId === s.docId && startsWith(sections[start - 1].path, path)) start--;
  let intro: string | undefined;
  const items: string[] = [];
  let part = '';
  let points = 0;
  for (let j = start; j < sections.length && sections[j].docId === s.docId && startsWith(sections[j].path, path); j++) {
    const sj = sections[j];
    if (sj.path.length === k) {
      intro = introOf(sj.text) ?? intro;
      continue;
    }
    const point = withPoints && isClausePoint(sj.path, k);
    if (!NUMBERED.test(sj.path[k]) || (article && sj.path.length > k + 1 && !point)) return undefined;
    if (sj.path[k] !== part) {
      part = sj.path[k];
      // "II. Mục tiêu" over "1. Mục tiêu", "2. Các chỉ tiêu cụ thể": the part named like the whole holds its list.
      if (titleOf(part).toLowerCase() === title) return undefined;
      items.push(partLine(part, point ? '' : sj.path.length === k + 1 ? sj.text : (sj.path[k + 1] ?? '')));
      if (!point) continue;
    } else if (!point) continue;
    // The clause's line says that its points follow, as the clause itself does.
    const clause = items[items.length - 1];
    items[items.length - 1] = `${clause.includes('\n') ? clause : clause.replace(/[.;:]?$/u, ':')}\n${itemText(sj)}`;
    points++;
  }
  // Only an article mixing clauses with and without points: the lists of one made only of lists are quoted as such.
  if (withPoints && (!points || items.every((t) => t.includes('\n')) || items.length + points > MAX_ARTICLE_LINES)) return undefined;
  return items.length + points >= MIN_ITEMS ? { path, start, split: true, intro: intro ?? titleOf(path.at(-1) ?? ''), items } : undefined;
}

/**
 * The list the heading `path` heads, its first section being `from`: its own items (dashes, points, numbered clauses)
 * or the outline of its numbered parts; undefined when it heads neither.
 */
export function headingBlock(sections: Section[], from: number, path: string[]): ListBlock | undefined {
  const same = (b: ListBlock | undefined) => b && b.path.length === path.length && startsWith(b.path, path);
  const own = listBlockAt(sections, from);
  if (same(own)) return own;
  const outline = outlineBlockAt(sections, from);
  return same(outline) ? outline : undefined;
}
