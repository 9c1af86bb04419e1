// A chapter or section given only its number ("Chương IV", "Mục 2": the source kept no title) says nothing of what it
// is about, so a question on its subject finds none of its headings. Its articles' titles say it: "Tiếp nhận, xác
// minh, xác định nạn nhân; Trao trả nạn nhân" stand for the chapter's title in what a unit's headings are matched on.
import type { Section } from '../knowledge/types.js';

/** A part heading that is only its number. */
const UNTITLED_PART = /^(Phần|Chương|Mục)\s+[IVXLCĐ\d]+\.?$/u;
const ARTICLE_TITLE = /^Điều\s+\d+[a-zđ]?\.\s*(.+)$/u;

const key = (docId: string, path: string[]) => [docId, ...path].join('\u0000');

/**
 * For each untitled part, the titles of its articles; the function gives those of the innermost untitled part on
 * `path` (a chapter's sections say more of a unit than the whole chapter), or ''.
 */
export function createPartTopics(sections: Section[]): (docId: string, path: string[]) => string {
  const titles = new Map<string, Set<string>>();
  for (const s of sections) {
    const article = s.path.findIndex((h) => ARTICLE_TITLE.test(h));
    if (article < 0) continue;
    const title = ARTICLE_TITLE.exec(s.path[article])![1];
    s.path.slice(0, article).forEach((h, d) => {
      if (!UNTITLED_PART.test(h)) return;
      const k = key(s.docId, s.path.slice(0, d + 1));
      let set = titles.get(k);
      if (!set) titles.set(k, (set = new Set()));
      set.add(title);
    });
  }
  return (docId, path) => {
    const d = path.findLastIndex((h) => UNTITLED_PART.test(h));
    return d < 0 ? '' : [...(titles.get(key(docId, path.slice(0, d + 1))) ?? [])].join('; ');
  };
}
