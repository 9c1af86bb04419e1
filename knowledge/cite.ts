// Citation labels: `KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh`,
// `NĐ 09/2013/NĐ-CP › Điều 19. Chế độ hỗ trợ nhu cầu thiết yếu… › khoản 2 › điểm a (…)`.

import type { DocMeta } from './types.js';
import { truncateWords } from './text.js';
import { validityNote } from './validity.js';

const MAX_PART_CHARS = 90;

/** The suffix that tells a reader the text is no longer current, or '' when it is (or nobody knows). */
export function validitySuffix(doc: DocMeta): string {
  const note = validityNote(doc);
  return note ? ` (${note})` : '';
}

/** The label's validity note as a badge (kind and words), or undefined when the text is current. */
export function validityBadge(doc: DocMeta): { kind: 'replaced' | 'expired'; text: string } | undefined {
  const note = validityNote(doc);
  if (!note) return undefined;
  // A text in force that details a replaced law carries a note too: it reads as a replacement.
  return { kind: doc.status === 'expired' ? 'expired' : 'replaced', text: note };
}

/** The document's short name, marked `(trích)` when the file holds only some of its articles. */
export function documentLabel(doc: DocMeta): string {
  return isMarkedExcerpt(doc) ? `${doc.shortName} (trích)` : doc.shortName;
}

/** An excerpt whose short name does not already say so: its label (or badge) must. */
export function isMarkedExcerpt(doc: DocMeta): boolean {
  return Boolean(doc.excerpt) && !/trích/iu.test(doc.shortName);
}

/** The plain label every channel prints: document, path, and the validity note. */
export function citationLabel(doc: DocMeta, path: string[]): string {
  return [documentLabel(doc), ...citationPath(path)].join(' › ') + validitySuffix(doc);
}

/** The label without its notes (excerpt, validity), for channels that show the notes as badges. */
export function citationHeading(doc: DocMeta, path: string[]): string {
  return [doc.shortName, ...citationPath(path)].join(' › ');
}

function citationPath(path: string[]): string[] {
  const articleAt = path.findIndex((p) => /^Điều\s+\d+/.test(p));
  const parts: string[] = [];
  path.forEach((label, i) => {
    if (articleAt >= 0) {
      // Inside an article the legal way to cite is Điều › khoản › điểm; chapters and sections add nothing.
      if (i < articleAt) return;
      if (i === articleAt) {
        // The article's title tells a reader what it is about (e.g. that a dossier is only for schooling and training).
        parts.push(
          truncateWords(label.replace(/^(Điều\s+\d+[a-z]?)\s*[.:]?\s*/, (_, n: string) => `${n}. `).replace(/\.\s*$/, ''), MAX_PART_CHARS),
        );
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
  return parts;
}
