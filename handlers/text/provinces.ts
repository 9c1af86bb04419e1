import { foldDiacritics } from '../../knowledge/text.js';

// The names of Vietnam's provinces and centrally-run cities as the bundled documents were issued (before the
// 2025 mergers), the way people still write them. Used to tell a place the question names from other words; no
// fact is ever stated from this list.
// The centrally-run cities ("thành phố Đà Nẵng"), which "TP" or "thành phố" names.
const CITY_NAMES: readonly string[] = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'];
export const PROVINCE_NAMES: readonly string[] = [
  ...CITY_NAMES,
  'An Giang',
  'Bà Rịa Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/** Which provinces a short form may be read as: those the user chose (`own`) and those the documents hold (`held`), each by every name it goes by (its own, today's). */
export interface ShortFormContext {
  own: readonly string[];
  held: readonly string[];
}
const NO_CONTEXT: ShortFormContext = { own: [], held: [] };

// Initials are read only for the provinces of the bundled plans and as typed, in capitals with the Đ: "DN" (doanh
// nghiệp), "KH" (kế hoạch), "NĐ" (nghị định) or "CT" (chỉ thị) are other words.
const INITIALS = ['QN', 'BĐ', 'ST', 'ĐN'];
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const INITIALS_FORM = new RegExp(`${WORD_EDGE_BEFORE}(${INITIALS.join('|')})${WORD_EDGE_AFTER}`, 'gu');
// A qualifier just before the short form: "TP ĐN", "thành phố ĐN" name a city, "tỉnh ĐN" a province.
const CITY_BEFORE = /(thành phố|tp)\.?\s*$/iu;
// "tỉnh", "Tỉnh", "TỈNH", or typed without its mark: before a province's short form, "tinh" is no other word.
const PROVINCE_WORD = '(?:[tT][ỉi]nh|T[ỈI]NH)';
const PROVINCE_BEFORE = new RegExp(`${PROVINCE_WORD}\\s*$`, 'u');
// "tỉnh DN": after "tỉnh" no business is meant, so "DN" typed without the Đ is "ĐN". "BD" stays unread: it is the
// short form of Bình Dương, which the documents do not hold.
const UNMARKED_INITIALS: Record<string, string> = { DN: 'ĐN' };
const UNMARKED_AFTER_PROVINCE = new RegExp(
  `(?<=${WORD_EDGE_BEFORE}${PROVINCE_WORD}\\s+)(${Object.keys(UNMARKED_INITIALS).join('|')})${WORD_EDGE_AFTER}`,
  'gu',
);

const initialsOf = (name: string) =>
  name
    .split(' ')
    .map((w) => w[0])
    .join('');

/** The letters folded one for one (`Định` → `Dinh`), so that offsets in the folded text are offsets in the text. */
function foldLetters(text: string): string {
  return [...text]
    .map((c) => {
      const folded = foldDiacritics(c);
      return folded.length === c.length ? folded : c;
    })
    .join('');
}

/**
 * A name cut short by its first words' initials before its last word, with or without dots: "QNam", "Q.Nam",
 * "Q. Nam", "BĐịnh", "S.Trăng". Matched on folded letters and written as a name is, in capitals: "Nạn" is no "N. An".
 */
const CUT_FORMS = PROVINCE_NAMES.filter((name) => name.includes(' ')).map((name) => {
  const words = foldLetters(name).split(' ');
  const initials = words
    .slice(0, -1)
    .map((w) => `${w[0]}(?:\\.\\s?)?`)
    .join('');
  return { name, pattern: new RegExp(`${WORD_EDGE_BEFORE}${initials}${words.at(-1)}${WORD_EDGE_AFTER}`, 'gu') };
});

/**
 * The province a short form stands for, of the names it may stand for: after a qualifier ("TP", "tỉnh") only those
 * of that kind; of these the user's own, else the only one the documents hold, else the only one at all. A short form
 * that fits two provinces the documents hold ("ĐN": Đồng Nai, and Đà Nẵng, today's unit of Quảng Nam) is not guessed.
 */
function resolveShortForm(candidates: readonly string[], before: string, context: ShortFormContext): string | undefined {
  const city = CITY_BEFORE.test(before) ? true : PROVINCE_BEFORE.test(before) ? false : undefined;
  const fitting = city === undefined ? candidates : candidates.filter((c) => CITY_NAMES.includes(c) === city);
  for (const known of [context.own, context.held]) {
    const named = fitting.filter((c) => known.includes(c));
    if (named.length) return named.length === 1 ? named[0] : undefined;
  }
  return fitting.length === 1 ? fitting[0] : undefined;
}

const TWO_CAPITALS = /\p{Lu}(?:\.\s?)?\p{Lu}/u;

/** Where each short form of a province name stands in the text, and the names it may stand for. */
function shortForms(text: string): { at: number; length: number; candidates: string[] }[] {
  const found: { at: number; length: number; candidates: string[] }[] = [];
  // Every short form holds two capitals in a row, a dot or a space apart at most ("QN", "Q. Nam"): most questions hold
  // none, and are spared folding every letter and the sixty patterns.
  if (!TWO_CAPITALS.test(text)) return found;
  const initialsFound = (m: RegExpMatchArray, initials: string) =>
    found.push({ at: m.index ?? 0, length: m[0].length, candidates: PROVINCE_NAMES.filter((n) => initialsOf(n) === initials) });
  for (const m of text.matchAll(INITIALS_FORM)) initialsFound(m, m[0]);
  for (const m of text.matchAll(UNMARKED_AFTER_PROVINCE)) initialsFound(m, UNMARKED_INITIALS[m[0]]);
  const folded = foldLetters(text);
  for (const { name, pattern } of CUT_FORMS) {
    for (const m of folded.matchAll(pattern)) {
      const same = found.find((f) => f.at === m.index && f.length === m[0].length);
      if (same) same.candidates.push(name);
      else found.push({ at: m.index, length: m[0].length, candidates: [name] });
    }
  }
  return found.sort((a, b) => b.at - a.at);
}

/**
 * The text with a province's short form written as its name ("Đài PT-TH QN" → "Đài PT-TH Quảng Nam", "QNam:" →
 * "Quảng Nam:"), where it stands for one province (resolveShortForm); a whole name is left as written.
 */
export function withProvinceNames(text: string, context: ShortFormContext = NO_CONTEXT): string {
  let out = text;
  for (const f of shortForms(text)) {
    const name = resolveShortForm(f.candidates, text.slice(0, f.at), context);
    if (name && out.slice(f.at, f.at + f.length) !== name) out = out.slice(0, f.at) + name + out.slice(f.at + f.length);
  }
  return out;
}
