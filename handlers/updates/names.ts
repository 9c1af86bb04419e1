// Names from the updates file found in free text: provinces by their former or today's name, agencies
// by any name the documents use for them, law numbers. Matching is on folded text (no diacritics,
// punctuation as spaces) so `da nang`, `Đà Nẵng` and `TP. Đà Nẵng` are the same name.
import { foldedAsMeant, foldedWords, slugify } from '../../knowledge/text.js';
import type { Corpus } from '../../knowledge/types.js';
import type { AgencyChange, ProvinceChange, Updates } from '../../knowledge/updates.js';

/** Province slugs that have documents (once per loaded corpus: every question reads them). */
export function corpusProvinces(corpus: Corpus): readonly string[] {
  let slugs = provincesOf.get(corpus);
  if (!slugs) {
    slugs = [...new Set(corpus.docs.map((d) => d.province).filter((p): p is string => Boolean(p)))];
    provincesOf.set(corpus, slugs);
  }
  return slugs;
}
const provincesOf = new WeakMap<Corpus, readonly string[]>();

// Folded, "mỗi" (each) and "môi" read as the "mới" (new) the cues mean ("luật mới"): typed with marks they are told apart.
const MEANT = ['mới'];

/** ` quang nam bay gio ... `: folded words with a space on each side, for whole-word search (foldedAsMeant). */
export function foldWords(s: string): string {
  let folded = foldedTexts.get(s);
  if (folded === undefined) {
    folded = foldedAsMeant(s, MEANT);
    // Quoted passages recur across answers; a bounded memo keeps folding them off the hot path.
    if (foldedTexts.size >= 2_000) foldedTexts.clear();
    foldedTexts.set(s, folded);
  }
  return folded;
}
const foldedTexts = new Map<string, string>();

/** Position of name as whole words in folded text (ignoring `và`), or -1. */
export function findName(folded: string, name: string): number {
  // Callers look up many names in the same text in a row: strip the connective once for them.
  if (folded !== lastFolded) {
    lastFolded = folded;
    lastPlain = withoutAnd(folded);
  }
  return findInPlain(lastPlain, name);
}
let lastFolded = '';
let lastPlain = '';

/** The folded words after the first mention of `name` in `folded` (each word after a space), or undefined. */
export function wordsAfterName(folded: string, name: string): string | undefined {
  const plain = withoutAnd(folded);
  const at = findInPlain(plain, name);
  return at < 0 ? undefined : plain.slice(at + foldedName(name).trimEnd().length);
}

/** findName on text already passed through withoutAnd, for callers that look up many names in one text. */
function findInPlain(plain: string, name: string): number {
  const n = foldedName(name);
  return n.trim() ? plain.indexOf(n) : -1;
}

// Names come from the updates file (a few dozen) and are looked up for every answer: fold each once.
const foldedNames = new Map<string, string>();
function foldedName(name: string): string {
  let n = foldedNames.get(name);
  if (n === undefined) {
    n = withoutAnd(foldedWords(name));
    if (foldedNames.size > 10_000) foldedNames.clear();
    foldedNames.set(name, n);
  }
  return n;
}

/** `Lao động - Thương binh và Xã hội` is also written without `và`: the connective does not tell names apart. */
function withoutAnd(folded: string): string {
  return folded.replace(/ va(?= )/g, '');
}

/** `thành phố Đà Nẵng` → `Đà Nẵng`. */
export function withoutUnitWord(name: string): string {
  return name.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

/** Whether a merged province gave today's unit its own name ("tỉnh Đồng Nai" took in Bình Phước). */
export function keptItsName(p: ProvinceChange): boolean {
  return slugify(withoutUnitWord(p.now)) === slugify(p.old_name);
}

/**
 * How a former province joined today's unit, after "trước khi": "sáp nhập vào thành phố Đà Nẵng", or, for one that
 * kept its name and so did not merge "into" itself, "sáp nhập với Bình Phước thành tỉnh Đồng Nai hiện nay".
 */
export function mergerPhrase(p: ProvinceChange): string {
  return keptItsName(p) && p.merged_with.length
    ? `sáp nhập với ${p.merged_with.join(', ')} thành ${p.now} hiện nay`
    : `sáp nhập vào ${p.now}`;
}

/** Every name a user may give for the area of a former province: its own, today's unit's, its partners', its seat's. */
export function provinceNames(p: ProvinceChange): string[] {
  const seat = p.seat && seatName(p.seat);
  return [p.old_name, withoutUnitWord(p.now), ...p.merged_with, ...(seat ? [seat] : [])];
}

/**
 * `Quy Nhơn (tỉnh Bình Định cũ)` → `Quy Nhơn`, `phường Trấn Biên (Biên Hòa cũ)` → `Trấn Biên`: the place the file
 * gives as the seat of today's unit lies in the former province it is listed under, so a user there means it.
 */
function seatName(seat: string): string {
  return seat
    .replace(/\s*\(.*\)\s*$/u, '')
    .replace(/^(phường|xã|thị trấn|thành phố|thị xã|tp\.?)\s+/iu, '')
    .trim();
}

/** Label for a province choice: `Đà Nẵng (Quảng Nam cũ)`, or the plain name when it did not change. */
export function provinceLabel(p: ProvinceChange): string {
  const today = withoutUnitWord(p.now);
  return keptItsName(p) ? today : `${today} (${p.old_name} cũ)`;
}

/** Choices for a province selector: today's name first where a province was merged (`Đà Nẵng (Quảng Nam cũ)`). */
export function provinceChoicesOf(
  provinces: readonly { slug: string; name: string }[],
  updates: Updates,
): { slug: string; label: string }[] {
  return provinces.map((p) => {
    const change = updates.provinces.find((x) => x.old === p.slug);
    return { slug: p.slug, label: change ? provinceLabel(change) : p.name };
  });
}

/**
 * The province slug a user means by a typed choice (`/tinh Đà Nẵng`, `da-nang`, `quang nam`): a known slug
 * as is, else the former province whose area the named unit of today covers (its documents are that
 * province's). Undefined when the name is unknown or covers several former provinces with documents.
 */
export function resolveProvince(input: string, updates: Updates, known: readonly string[]): string | undefined {
  const slug = slugify(withoutUnitWord(input.trim()));
  if (!slug) return undefined;
  if (known.includes(slug)) return slug;
  const matches = updates.provinces.filter((p) => known.includes(p.old) && provinceNames(p).some((n) => slugify(n) === slug));
  return matches.length === 1 ? matches[0].old : undefined;
}

/** The former province a question names by today's or a former name; undefined when none or several. */
export function provinceInQuestion(question: string, updates: Updates, known: readonly string[]): string | undefined {
  const folded = foldWords(question);
  const found = new Set(
    updates.provinces.filter((p) => known.includes(p.old) && provinceNames(p).some((n) => findName(folded, n) >= 0)).map((p) => p.old),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** Replaces every whole-word occurrence of name in text (with or without diacritics) by replacement. */
export function replaceName(text: string, name: string, replacement: string): string {
  const want = slugify(name).split('-').filter(Boolean);
  if (!want.length) return text;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: slugify(m[0]), start: m.index!, end: m.index! + m[0].length }));
  let out = '';
  let last = 0;
  for (let i = 0; i + want.length <= tokens.length; i++) {
    if (!want.every((w, j) => tokens[i + j].word === w)) continue;
    out += text.slice(last, tokens[i].start) + replacement;
    last = tokens[i + want.length - 1].end;
    i += want.length - 1;
  }
  return out + text.slice(last);
}

/**
 * The question with today's names of merged provinces (`Đà Nẵng`, `Cần Thơ`) replaced by the former
 * province whose documents cover the area (`Quảng Nam`), so retrieval scopes it like a former name.
 * Only when the name means one former province with documents and the question does not name it already.
 */
export function withFormerProvince(question: string, updates: Updates, known: readonly string[]): string {
  const slug = provinceInQuestion(question, updates, known);
  const p = slug ? updates.provinces.find((x) => x.old === slug) : undefined;
  if (!p || findName(foldWords(question), p.old_name) >= 0) return question;
  let out = question;
  for (const name of provinceNames(p)) if (slugify(name) !== slugify(p.old_name)) out = replaceName(out, name, p.old_name);
  return out;
}

export interface AgencyMention {
  change: AgencyChange;
  /** The name as the updates file writes it. */
  name: string;
  at: number;
}

// What every abbreviation joinedAbbreviations rewrites contains: capitals on both sides of a separator.
const SEPARATED_CAPITALS = /\p{Lu} ?[-&] ?\p{Lu}/u;

/**
 * `LĐ-TB&XH`, `LĐ - TB & XH`, `LĐ-TB và XH`, `LĐ-TBXH` → `LĐTBXH`: an abbreviation written with separators is the same name.
 * `và` joins only after a hyphen, so `UBND và HĐND` stays two names.
 */
function joinedAbbreviations(text: string): string {
  // Many answers hold no such abbreviation: the cheap test spares them the full pattern.
  if (!SEPARATED_CAPITALS.test(text)) return text;
  // The first capital is matched before looking behind it (no letter or digit there), so most positions fail at once.
  return text.replace(/\p{Lu}(?<![\p{L}\p{N}]\p{Lu})\p{Lu}{0,2}(?: ?[-&] ?\p{Lu}{1,4})+(?: (?:và|&) \p{Lu}{1,3})?(?![\p{L}\p{N}])/gu, (m) =>
    m.replace(/ ?(?:[-&]|và) ?/g, ''),
  );
}

/** The agency that no longer exists named first in text (one, so a note never stacks). */
export function firstAbolishedAgency(text: string, updates: Updates): AgencyMention | undefined {
  const names = agencyNamesOf(updates);
  if (!names) return undefined;
  const plain = withoutAnd(foldWords(joinedAbbreviations(text)));
  // One pass over the text finds where a name may start; the first place where one does is the answer.
  for (const m of plain.matchAll(names.firstWords)) {
    let best: AgencyMention | undefined;
    let bestLength = 0;
    for (const { change, name, folded } of names.byFirstWord.get(m[1]) ?? []) {
      // At the same place the longer name is the more precise one (`Chủ tịch UBND cấp huyện` over `UBND cấp huyện`).
      if (plain.startsWith(folded, m.index) && folded.length > bestLength) {
        best = { change, name, at: m.index };
        bestLength = folded.length;
      }
    }
    if (best) return best;
  }
  return undefined;
}

interface AgencyName {
  change: AgencyChange;
  name: string;
  /** The folded name or its short form (` so lao dong thuong binh xa hoi `, ` so lao dong `), as findName looks for it. */
  folded: string;
}

// A name ending in an abbreviation of word pairs ("Sở LĐTBXH": LĐ, TB, XH).
const ENDING_ABBREVIATION = /^(.+\s)(\p{Lu}{4,})$/u;

/**
 * The name and, for a title joining fields with a dash ("Sở Lao động - Thương binh và Xã hội"), the name cut at the
 * dash, which is how people call the body in chat ("Sở Lao động"). An abbreviation is cut the same way, a word pair at a
 * time ("Sở LĐTB", "Sở LĐ").
 */
function shortForms(name: string): string[] {
  const short = name.split(/\s+-\s+/u)[0];
  const forms = short !== name ? [name, short] : [name];
  const m = ENDING_ABBREVIATION.exec(name);
  if (!m) return forms;
  for (let end = m[2].length - 2; end >= 2; end -= 2) forms.push(`${m[1]}${m[2].slice(0, end)}`);
  return forms;
}

// A People's Committee is written "UBND", "Ủy ban nhân dân" or, in chat, "ủy ban" before its tier ("ủy ban huyện").
const COMMITTEE = / (ubnd|uy ban nhan dan|uy ban) (?=(cap )?(xa|huyen|tinh) )/;
const COMMITTEE_FORMS = ['ubnd', 'uy ban nhan dan', 'uy ban'];

/** A folded name with its People's Committee written each way people write it (the name itself when it names none). */
function committeeForms(folded: string): string[] {
  return COMMITTEE.test(folded) ? COMMITTEE_FORMS.map((form) => folded.replace(COMMITTEE, ` ${form} `)) : [folded];
}

/** Names of abolished agencies by their first folded word, in the file's order, and a pattern for those words. */
interface AgencyNames {
  firstWords: RegExp;
  byFirstWord: Map<string, AgencyName[]>;
}

// Every answer is searched for these names: indexed once per loaded updates file.
const agencyNamesCache = new WeakMap<Updates, AgencyNames | null>();
function agencyNamesOf(updates: Updates): AgencyNames | null {
  let names = agencyNamesCache.get(updates);
  if (names !== undefined) return names;
  const byFirstWord = new Map<string, AgencyName[]>();
  for (const change of updates.agencies) {
    for (const name of change.old) {
      // A short form is found as the name the file writes, which is the one a reply shows.
      for (const folded of [...new Set(shortForms(name).map(foldedName).flatMap(committeeForms))]) {
        const first = folded.trim().split(' ')[0];
        if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { change, name, folded }]);
      }
    }
  }
  names = byFirstWord.size ? { firstWords: new RegExp(` (${[...byFirstWord.keys()].join('|')})(?= )`, 'g'), byFirstWord } : null;
  agencyNamesCache.set(updates, names);
  return names;
}
