// Small text helpers for the knowledge layer (kept local so the parser does not depend on retrieval/).

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** NFC, LF line ends, no zero-width/control characters, non-breaking spaces as spaces. */
export function prepareSource(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Removes markdown emphasis and heading marks from one line and collapses spaces. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s*/, '')
    .replace(/\*+/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** `Quảng Nam` → `quang-nam` (lowercase, no diacritics, hyphens). */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `MỤC ĐÍCH, YÊU CẦU` → `Mục đích, yêu cầu`; text with any lowercase letter is returned unchanged. */
export function sentenceCaseIfShouting(s: string): string {
  if (!/\p{Lu}.*\p{Lu}/u.test(s) || /\p{Ll}/u.test(s)) return s;
  const lower = s.toLocaleLowerCase('vi');
  return lower.replace(/\p{L}/u, (c) => c.toLocaleUpperCase('vi'));
}

/** Cuts at a word boundary and adds `…` when longer than max. */
export function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
