// Text normalisation for every layer (this is the lowest one): Unicode form, invisible and control
// characters, Vietnamese diacritic folding and slugs, plus small helpers for the document parser.

/** Zero-width characters, soft hyphen, bidi controls and other format characters that render as nothing. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
/** C0 and C1 control characters except tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Unicode's combining diacritical marks: every Vietnamese tone and vowel mark after NFD. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Without invisible or control characters, then NFC. Tabs and line breaks are kept. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '').replace(CONTROL, '').normalize('NFC');
}

/** `Hỗ trợ ĐƯỜNG dây` → `Ho tro DUONG day`: no diacritics, đ/Đ as d/D, case kept, NFC. Accepts NFC or NFD input. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

// The five tone marks (huyền, sắc, ngã, hỏi, nặng); the marks of a letter's shape (ă, â, ê, ô, ơ, ư) and đ stay.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * `Khánh Hoà` → `khanh hoa`, `năm định` → `năm đinh`: lowercase without tone marks, NFC. Two spellings of one name
 * (the tone written on either vowel, or left out) meet, while words that differ in a letter's shape stay apart.
 */
export function withoutToneMarks(s: string): string {
  return s.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
}

// "Uỷ ban" / "Ủy ban", "hoà nhập" / "hòa nhập", "sức khoẻ" / "sức khỏe": the tone of an open syllable ending in oa, oe
// or uy is written on either vowel, and the documents and their readers use both. One placement is kept (on the first
// vowel, as most of the documents write it) so that both spellings are one term. "quý": the u of "qu" is no vowel.
const SECOND_VOWEL_TONE = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])$/u;

/** A lowercase syllable with the tone of a final oa, oe or uy on its first vowel ("uỷ" → "ủy", "hoà" → "hòa"). */
export function uniformTone(syllable: string): string {
  const m = SECOND_VOWEL_TONE.exec(syllable);
  if (!m) return syllable;
  // a, e and y carry no mark of their shape: decomposed, each is its letter and its tone.
  const [letter, tone] = [...m[2].normalize('NFD')];
  return `${syllable.slice(0, m.index)}${`${m[1]}${tone}`.normalize('NFC')}${letter}`;
}

/**
 * The text lowercase without diacritics, one character per character of it, so that a match in the folded text
 * slices back to the user's own words; undefined when folding does not keep the length (NFC Vietnamese text does).
 */
export function alignedFold(text: string): string | undefined {
  const folded = foldDiacritics(text.toLowerCase());
  return folded.length === text.length ? folded : undefined;
}

/**
 * The text without the spans a global pattern matches in its folded form (lowercase, no diacritics), so a pattern
 * written over folded words cuts the user's own words; when folding does not keep the length, or nothing matches,
 * the text is returned unchanged.
 */
export function withoutFoldedMatches(text: string, pattern: RegExp): string {
  const folded = alignedFold(text);
  if (folded === undefined) return text;
  let out = '';
  let from = 0;
  for (const m of folded.matchAll(pattern)) {
    out += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return from ? `${out}${text.slice(from)}` : text;
}

/** `2025-07-01` → `01/07/2025`, the way Vietnamese texts write dates; anything not an ISO date is returned as it is. */
export function vnDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso;
}

/** `Quảng Nam` → `quang-nam` (lowercase, no diacritics, hyphens). */
export function slugify(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `Quảng Nam, bây giờ?` → ` quang nam bay gio `: folded lowercase words with a space on each side, for whole-word search. */
export function foldedWords(s: string): string {
  return ` ${slugify(s).replace(/-/g, ' ')} `;
}

/** The words of `s` as typed, with their diacritics, lowercased, space-separated and padded: ` có mưa không `. */
export function markedWords(s: string): string {
  return ` ${s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * `s` as foldedWords, but a word typed with diacritics that folds like one of the `meant` words without being it
 * stands as `_`: folded, "báo về" and "tới" would read as the "bảo vệ" and "tôi" a pattern over folded words means.
 * A word typed without diacritics may be either, and stays folded.
 */
export function foldedAsMeant(s: string, meant: readonly string[]): string {
  const folds = new Set(meant.map(slugify));
  const words = markedWords(s)
    .trim()
    .split(' ')
    .map((w) => {
      const f = slugify(w).replace(/-/g, ' ');
      return folds.has(f) && f !== w && !meant.includes(w) ? '_' : f;
    });
  return ` ${words.filter(Boolean).join(' ')} `;
}

/** Document text as the parser wants it: `stripInvisible`, LF line ends, tabs and non-breaking spaces as spaces. */
export function prepareSource(s: string): string {
  return stripInvisible(s)
    .replace(/\r\n?/g, '\n')
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

/** `MỤC ĐÍCH, YÊU CẦU` → `Mục đích, yêu cầu`; text with any lowercase letter is returned unchanged. */
export function sentenceCaseIfShouting(s: string): string {
  if (!/\p{Lu}.*\p{Lu}/u.test(s) || /\p{Ll}/u.test(s)) return s;
  const lower = s.toLocaleLowerCase('vi');
  return lower.replace(/\p{L}/u, (c) => c.toLocaleUpperCase('vi'));
}

/**
 * A quote longer than max cut at a word, the rest marked left out with a spaced ` …` the way a quote's elision is
 * written («… text …»); `truncateWords` shortens a label instead.
 */
export function elidedQuote(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/u, '')} …`;
}

/** Cuts at a word boundary and adds `…` when longer than max. */
export function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** The table's own entry for `key`: a word like "constructor" is no entry, whatever every object inherits. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
