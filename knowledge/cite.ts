// Citation labels: `KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh`,
// `NĐ 09/2013/NĐ-CP › Điều 19 › khoản 2 › điểm a (…)`.

import type { DocMeta } from './types.js';
import { truncateWords } from './text.js';
import { validityNote } from './validity.js';

const MAX_PART_CHARS = 90;

/** The suffix that tells a reader the text is no longer current, or '' when it is (or nobody knows). */
export function validitySuffix(doc: DocMeta): string {
  const note = validityNote(doc);
  return note ? ` (${note})` : '';
}

/** The document's short name, marked `(trích)` when the file holds only some of its articles. */
export function documentLabel(doc: DocMeta): string {
  return doc.excerpt && !/trích/iu.test(doc.shortName) ? `${doc.shortName} (trích)` : doc.shortName;
}

export function citationLabel(doc: DocMeta, path: string[]): string {
  const articleAt = path.findIndex((p) => /^Điều\s+\d+/.test(p));
  const parts: string[] = [];
  path.forEach((label, i) => {
    if (articleAt >= 0) {
      // Inside an article the legal way to cite is Điều › khoản › điểm; chapters and sections add nothing.
      if (i < articleAt) return;
      if (i === articleAt) {
        parts.push(label.match(/^Điều\s+\d+[a-z]?/)![0]);
        return;
      }
      const clause = label.match(/^(\d{1,2}(?:\.\d{1,2})?)[.)](?:\s|$)/);
      if (clause) {
        parts.push(`khoản ${clause[1]}`);
        return;
      }
      const point = label.match(/^([a-zđ])\)(?:\s|$)/);
      if (point) {
        parts.push(`điểm ${point[1]}`);
        return;
      }
    }
    parts.push(truncateWords(label, MAX_PART_CHARS));
  });
  return [documentLabel(doc), ...parts].join(' › ') + validitySuffix(doc);
}
