// Whether a question lies within the documents, from general signals about the corpus itself (never
// from lists of questions): it names a document or a province the corpus does not hold, or none of its
// words is one of the documents' subject terms. The retrieval answer combines the last signal with how
// much of the question its best passage covers.
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import { familyOfName, familyOfNumber, kindOfName, sameKind, TEXT_KINDS } from '../../knowledge/text-kinds.js';
import type { Corpus } from '../../knowledge/types.js';
import {
  foldDiacritics,
  foldedAsMeant,
  foldedWords,
  markedWords,
  stripInvisible,
  withoutFoldedMatches,
  withoutToneMarks,
} from '../../knowledge/text.js';
import { analyze, bigrams, foldToken, hasDiacritics, isStopword, splitSentences, syllables } from '../../retrieval/text.js';
import { answerTypes, carries } from '../../retrieval/question-type.js';
import { thesaurusExpander } from '../../retrieval/expand.js';
import { THESAURUS } from '../../retrieval/thesaurus.js';
import { namesText } from '../../retrieval/named-text.js';
import { provinceInText } from '../contacts-answer.js';
import { PROVINCE_NAMES } from '../text/provinces.js';
import { asksSomething } from '../../retrieval/asking-sentence.js';

interface Vocabulary {
  /** Folded bigrams of every section text, heading and title. */
  bigrams: Set<string>;
  /** The same bigrams with their diacritics ("có mưa" is not "có mua"). */
  markedBigrams: Set<string>;
  /** Unigrams with their diacritics ("bão" is not "báo"). */
  markedUnigrams: Set<string>;
  /** Folded unigrams of the same. */
  unigrams: Set<string>;
  /** Subject terms: folded content bigrams found both in the plans' titles and in the national texts' titles. */
  subject: Set<string>;
  /** `number/year` of every document (`9/2013`) → the kind families of the documents so numbered. */
  docNumbers: NumberedTexts;
  /** The same of the texts the documents cite by number and date ("Kế hoạch số 4215/KH-UBND ngày 09/7/2021"). */
  citedNumbers: NumberedTexts;
  /** Folded province names of the corpus' plans (`quang nam`). */
  provinces: string[];
  /** Folded titles of the documents, as ` folded words `. */
  titles: string[];
}

const foldedSeq = (s: string) => analyze(s).seq.map(foldToken);
const isContent = (t: string) => !isStopword(t) && !/^\d+$/.test(t);

/** `09/2013/NĐ-CP` → `9/2013`. */
// "2021/2025" after a plan's kind is its period, not a number.
const YEAR = /^(19|20)\d\d$/;

function numberKey(n: string): string | undefined {
  const m = /(\d{1,4})\s*\/\s*(\d{4})/.exec(n);
  if (!m || (YEAR.test(m[1]) && YEAR.test(m[2]))) return undefined;
  return `${Number(m[1])}/${m[2]}`;
}

// A text is known by its kind as well as its number: "Quyết định số 53/QĐ-UBND năm 2024" is not Luật 53/2024. A kind
// the table does not hold ("bộ luật", "công ước") has no family, which no document of a known kind shares.
type NumberedTexts = Map<string, (string | undefined)[]>;

function addNumbered(texts: NumberedTexts, key: string, family: string | undefined): void {
  texts.set(key, [...(texts.get(key) ?? []), family]);
}

/** Whether a text of `family` numbered `key` is among `texts` (sameKind). */
const holds = (texts: NumberedTexts, family: string | undefined, key: string) =>
  texts.get(key)?.some((held) => sameKind(family, held)) ?? false;

const cache = new WeakMap<Corpus, Vocabulary>();
function vocabularyOf(corpus: Corpus): Vocabulary {
  let v = cache.get(corpus);
  if (v) return v;
  const bi = new Set<string>();
  const marked = new Set<string>();
  const markedUni = new Set<string>();
  const uni = new Set<string>();
  const add = (s: string) => {
    const seq = analyze(s).seq;
    const f = seq.map(foldToken);
    for (const t of f) uni.add(t);
    for (const t of seq) markedUni.add(t);
    for (const b of bigrams(f)) bi.add(b);
    for (const b of bigrams(seq)) marked.add(b);
  };
  for (const s of corpus.sections) {
    add(s.text);
    add(s.path.join('\n'));
  }
  // What the province plans and the national texts are both about is the subject; words only one kind of
  // title uses ("kế hoạch", "nghị định", "trên địa bàn") are about the form of the text.
  const titleTerms = { plan: new Set<string>(), regulation: new Set<string>() };
  for (const d of corpus.docs) {
    add(`${d.title}\n${d.shortName}`);
    for (const b of bigrams(foldedSeq(d.title))) if (b.split(' ').every(isContent)) titleTerms[d.kind].add(b);
  }
  const provinces = [...new Set(corpus.docs.map((d) => d.province).filter((p): p is string => Boolean(p)))].map((p) =>
    p.replace(/-/g, ' '),
  );
  const both = [...titleTerms.plan].filter((b) => titleTerms.regulation.has(b));
  // ...and that most titles share: "tiếp nhận", "phối hợp" name steps of the work, not what it is about.
  const titleShare = (b: string) => corpus.docs.filter((d) => bigrams(foldedSeq(d.title)).includes(b)).length / corpus.docs.length;
  const subject = new Set(
    (both.length ? both : [...titleTerms.plan, ...titleTerms.regulation]).filter((b) => !provinces.includes(b) && titleShare(b) >= 0.5),
  );
  const docNumbers: NumberedTexts = new Map();
  for (const d of corpus.docs) {
    const key = d.number ? numberKey(d.number) : undefined;
    if (key) addNumbered(docNumbers, key, familyOfNumber(d.number!) ?? kindOfName(d.title)?.family);
  }
  const titles = corpus.docs.map((d) => foldedWords(d.title));
  const citedNumbers: NumberedTexts = new Map();
  for (const s of corpus.sections)
    for (const n of datedNumbersIn(foldDiacritics(s.text.toLowerCase()))) addNumbered(citedNumbers, n.key, n.family);
  v = {
    bigrams: bi,
    markedBigrams: marked,
    markedUnigrams: markedUni,
    unigrams: uni,
    subject,
    docNumbers,
    citedNumbers,
    provinces,
    titles,
  };
  cache.set(corpus, v);
  return v;
}

// Kinds of texts a question may name, folded: the documents' kinds, and codes and treaties, which they hold none of.
const KINDS_ELSEWHERE = ['bo luat', 'nghi dinh thu', 'hiep dinh', 'cong uoc'];
const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
const DOC_KIND = new RegExp(
  `(?<![a-z0-9])(${longestFirst([...KINDS_ELSEWHERE, ...TEXT_KINDS.map((k) => foldDiacritics(k.name.toLowerCase()))])})(?![a-z0-9])(?: so(?![a-z0-9]))? ?(\\d{1,4}\\s*\\/\\s*\\d{4})?`,
  'g',
);
// An abbreviated kind before a number ("NĐ 09/2013", typed "ND 09/2013" too).
const ABBREVIATIONS = TEXT_KINDS.filter((k) => k.abbr !== k.name).flatMap((k) => [k.abbr, foldDiacritics(k.abbr)]);
const DOC_ABBREV = new RegExp(`(?<![\\p{L}\\p{N}])(${longestFirst(ABBREVIATIONS)})\\s*(?:số\\s*)?(\\d{1,4}\\s*\\/\\s*\\d{4})`, 'gu');

// A text named by its number and the year it was issued apart ("Quyết định số 1234/QĐ-UBND năm 2022", "Kế hoạch số
// 56/KH-UBND ngày 12/3/2023", "Chỉ thị 12 năm 2022"), folded: the kind, its number with or without the issuer's code,
// then the year, after "năm" or closing the date of issue. A kind followed by a year alone ("kế hoạch năm 2024") names no
// number.
const KIND_WORDS_FOLDED = longestFirst(TEXT_KINDS.flatMap((k) => [k.name, k.abbr]).map((k) => foldDiacritics(k.toLowerCase())));
const DATED_NUMBER = new RegExp(
  `(?<![a-z0-9])(${KIND_WORDS_FOLDED})(?: so)? (\\d{1,5})(?:\\s*/\\s*[a-z0-9-]+){0,2},?(?: (?:nam |ngay \\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*|ngay \\d{1,2} thang \\d{1,2} nam )(\\d{4}))`,
  'g',
);

// A year opening a period ("2021-2025", "2021 đến 2025") dates no text.
const PERIOD_AFTER = /^ (\d{4}|den|toi)\b/;
// Before a bare "năm 2023", a small figure without "số" or an issuer's code is a span: "kế hoạch 5 năm 2021" is a
// five-year plan, "HĐ 2 năm" a two-year contract.
const NUMBERED = / so |\//;
const MAX_SPAN_YEARS = 10;

/** The texts a folded text names by number and year of issue, as kind family and `number/year` with where the name stands. */
function datedNumbersIn(folded: string): { family: string | undefined; key: string; at: number; length: number }[] {
  return [...folded.matchAll(DATED_NUMBER)].flatMap((m) => {
    const [, kind, number, year] = m;
    const span = !/ ngay /.test(m[0]) && !NUMBERED.test(m[0]) && Number(number) <= MAX_SPAN_YEARS;
    if (YEAR.test(number) || span || PERIOD_AFTER.test(folded.slice(m.index + m[0].length))) return [];
    return [{ family: familyOfName(kind), key: `${Number(number)}/${year}`, at: m.index, length: m[0].length }];
  });
}

// A law is named by its title: "Luật Trẻ em", "Bộ luật Lao động", "Luật Phòng, chống bạo lực gia đình" (a capitalised
// word, then lowercase ones up to the rest of the sentence: "quy định", "thì", "có"…).
const LAW_KIND = /^(bo luat|luat)$/;
const LAW_NAME = /^\s*(\p{Lu}\p{Ll}+)((?:,?\s+\p{Ll}+){0,8})/u;
const NAME_WORD = /,?\s+(\p{Ll}+)/gu;
const AFTER_NAME = new Set('thì quy có là của về được cấm năm nói đã cho theo mới này nêu hiện'.split(' '));

/** The folded names of the laws the corpus' titles hold (`phong chong mua ban nguoi`), once per corpus. */
const lawNamesCache = new WeakMap<Vocabulary, string[][]>();
function lawNamesOf(v: Vocabulary): string[][] {
  let names = lawNamesCache.get(v);
  if (!names) {
    names = v.titles.flatMap((t) =>
      t
        .split(' luat ')
        .slice(1)
        .map((rest) => rest.trim().split(' ')),
    );
    lawNamesCache.set(v, names);
  }
  return names;
}

/**
 * Words a law's name must share with the start of a title's to be that law: "Phòng, chống mua bán người sửa đổi" is the
 * corpus' law, "Phòng, chống bạo lực gia đình" is not (a shorter name must match whole: "Luật Phòng, chống").
 */
const SAME_LAW_WORDS = 3;
function namesSameLaw(title: string[], name: string[]): boolean {
  let shared = 0;
  while (shared < name.length && title[shared] === name[shared]) shared++;
  return shared >= Math.min(name.length, SAME_LAW_WORDS);
}

/** The name after "Luật"/"Bộ luật" when no document of the corpus has that title ("Luật Phòng, chống…" is one). */
function unknownLawName(kind: string, after: string, v: Vocabulary): string | undefined {
  const m = LAW_KIND.test(kind) ? LAW_NAME.exec(after) : null;
  if (!m) return undefined;
  let name = m[1];
  for (const w of m[2].matchAll(NAME_WORD)) {
    if (AFTER_NAME.has(w[1])) break;
    name += w[0];
  }
  // The whole name decides, not its first word: "Luật Phòng, chống bạo lực gia đình" is not the corpus' "Luật Phòng, chống mua bán người".
  const words = foldedWords(name).trim().split(' ');
  return lawNamesOf(v).some((title) => namesSameLaw(title, words)) ? undefined : name;
}

/** The document a question names that the corpus does not hold (by its number, or a kind of text it has none of). */
export function unknownDocumentIn(text: string, corpus: Corpus): string | undefined {
  const v = vocabularyOf(corpus);
  const raw = stripInvisible(text);
  for (const m of raw.matchAll(DOC_ABBREV)) {
    const key = numberKey(m[2]);
    if (key && !holds(v.docNumbers, familyOfName(m[1]), key)) return m[0];
  }
  // Folding keeps one character per character of NFC Vietnamese text, so a match slices back to the user's words.
  const folded = foldDiacritics(raw.toLowerCase());
  const aligned = folded.length === raw.length;
  for (const n of datedNumbersIn(folded)) {
    if (!holds(v.docNumbers, n.family, n.key) && !holds(v.citedNumbers, n.family, n.key))
      return aligned ? raw.slice(n.at, n.at + n.length).trim() : n.key;
  }
  for (const m of folded.matchAll(DOC_KIND)) {
    const named = (aligned ? raw.slice(m.index, m.index + m[0].length) : m[0]).trim();
    const key = m[2] ? numberKey(m[2]) : undefined;
    if (key && !holds(v.docNumbers, familyOfName(m[1]), key)) return named;
    const law = !m[2] && aligned ? unknownLawName(m[1], raw.slice(m.index + m[0].length), v) : undefined;
    if (law) return `${named} ${law}`;
    // A kind of text the documents never mention ("hiệp định", "công ước") cannot be answered from them.
    const kind = m[1].split(' ');
    const known = kind.length > 1 ? bigrams(kind).every((b) => v.bigrams.has(b)) : v.unigrams.has(kind[0]);
    if (!known) return named;
  }
  return undefined;
}

// Place words a province name follows: "tỉnh Nghệ An", "thành phố Cần Thơ", "TP. Huế".
const PLACE = /^(tinh|thanh pho|tp)$/;
// Written with its marks, a place word is exactly "tỉnh" / "thành phố": "tình huống", "tính đưa" are other words.
const MARKED_PLACE = /^(tỉnh|thành phố|tp)$/;
// Typed without marks, "tinh" is a place word only where a noun goes: first in its clause or after a word that
// introduces a place ("ở tinh", "cua tinh"); after a subject it is the verb "tính" ("dong nai tinh dua…").
const BEFORE_PLACE = /^(o|cua|tai|cho|ve|tu|den|va|voi|cac|nhung|trong|ngoai|thuoc|toan|moi|sang|len|xuong|ra|khap)$/;
// Words chat puts after a place word that no province name holds ("nhập tỉnh xong giờ…", "tỉnh mới rồi"):
// in a message typed without capitals they would otherwise read as a name. After a body's place word the chat verb
// of what it does may come ("biên phòng tỉnh lo vụ gì").
const CHAT_WORD = /^(xong|gio|bay|roi|moi|cu|nay|nao|day|kia|luon|thi|ma|van|dang|se|chua|sau|truoc|khac|nha|nhe|oi|goi|ten|lo)$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/** Whether the `n` syllables at i are a place word, as written (marks) or, typed without marks, where a noun goes. */
function isPlaceWord(raw: string[], lower: string[], i: number, n: 1 | 2): boolean {
  const folded = lower.slice(i, i + n).join(' ');
  if (i < 0 || i + n > lower.length || !PLACE.test(folded)) return false;
  const written = raw
    .slice(i, i + n)
    .join(' ')
    .toLowerCase();
  if (hasDiacritics(written)) return MARKED_PLACE.test(written);
  return n === 2 || written === 'tp' || i === 0 || BEFORE_PLACE.test(lower[i - 1]);
}

/**
 * Where a place name may start at syllable i: past a place word, or (`anywhere`) at two syllables in title case
 * that no place word precedes ("Đường dây nóng Lào Cai"); then `loose`. A word like "Theo", "Tại" that opens a
 * sentence is in title case for the sentence's sake, so a loose name never starts with one.
 */
function placeNameAt(raw: string[], lower: string[], i: number, anywhere: boolean): { at: number; loose: boolean } | undefined {
  if (isPlaceWord(raw, lower, i, 1)) return { at: i + 1, loose: false };
  if (isPlaceWord(raw, lower, i, 2)) return { at: i + 2, loose: false };
  if (!anywhere || isPlaceWord(raw, lower, i - 1, 1) || isPlaceWord(raw, lower, i - 2, 2)) return undefined;
  if (isStopword(raw[i].toLowerCase())) return undefined;
  return TITLE_CASE.test(raw[i]) && TITLE_CASE.test(raw[i + 1] ?? '') ? { at: i, loose: true } : undefined;
}

// A body of a place asked for: "trung tâm nào", "có cơ sở nào", "bao nhiêu cơ sở", "cơ quan nào ở đó", "nhà tạm lánh".
const LOCAL_BODY =
  /(^| )((trung tam|co so|co quan|don vi|to chuc|nha tam lanh|mo hinh|so|phong|ban chi dao)( \w+){0,3}? nao|(co|bao nhieu|may) (trung tam|co so|nha tam lanh|mo hinh) )/;

/** True when the question asks which body of a place does something ("ở Hà Tĩnh có trung tâm nào…"). */
export function asksLocalBody(text: string): boolean {
  return LOCAL_BODY.test(foldedSeq(text).join(' '));
}

/** True when the question asks about a plan ("kế hoạch của Nghệ An", "đề án"): a place named in it is whose plan. */
export function namesPlan(text: string): boolean {
  return /(^| )(ke hoach|de an)( |$)/.test(foldedSeq(text).join(' '));
}

/**
 * A province or city named in the question that neither the contacts directory nor the documents know: after a place
 * word ("tỉnh Hà Giang"), or with `anywhere` (a question asking for a line or a number) any name in title case; with
 * `anywhere` or `byName` (a question asking for a body of a place), a province of the country named without a place word.
 */
export function unknownPlaceIn(
  text: string,
  corpus: Corpus,
  directory: ContactsDirectory | null,
  opts: { anywhere?: boolean; byName?: boolean } = {},
): string | undefined {
  const capitalised = syllables(text)
    .slice(1)
    .some((s) => /^\p{Lu}/u.test(s));
  for (const clause of text.split(CLAUSE_BREAK)) {
    const found = unknownPlaceInClause(clause, corpus, directory, { anywhere: opts.anywhere ?? false, capitalised });
    if (found) return found;
  }
  return opts.anywhere || opts.byName ? provinceNamedIn(text, corpus, directory, capitalised) : undefined;
}

// Names are compared without tone marks only: "năm định" and "Nam Định" differ in a letter's shape (ă), "diễn biến" and
// "Điện Biên" in đ, so a name written with marks must keep its letters' shape.
// Typed without any marks, a name is read as one only after a word that introduces a place: "o ha tinh", "tinh lao cai".
const INTRODUCES_PLACE = '(o|tai|cua|tinh|thanh pho|tp|ve|den|khu vuc|dia ban|vung)';

/**
 * A province of the country (not one of the documents' or the directory's) that the question names without a place
 * word: "ở hà tĩnh có trung tâm nào…", "Hotline Lạng Sơn". Names the documents write ("Đoàn Thanh niên Cộng sản Hồ Chí
 * Minh") are never read as places; with capitals in the message a name must be capitalised ("hòa bình" is peace).
 */
interface ForeignProvince {
  name: string;
  /** Typed without marks: after a word that introduces a place. */
  unmarked: RegExp;
  /** Its syllables without tone marks. */
  parts: string[];
}

// The provinces neither the documents nor the directory know depend only on the two: worked out once per pair.
const foreignCache = new WeakMap<Corpus, Map<ContactsDirectory | null, ForeignProvince[]>>();
function foreignProvinces(corpus: Corpus, directory: ContactsDirectory | null): ForeignProvince[] {
  let byDirectory = foreignCache.get(corpus);
  if (!byDirectory) foreignCache.set(corpus, (byDirectory = new Map()));
  let found = byDirectory.get(directory);
  if (found) return found;
  const v = vocabularyOf(corpus);
  found = PROVINCE_NAMES.flatMap((name) => {
    const words = foldedSeq(name);
    if (v.provinces.includes(words.join(' ')) || provinceInText(name, directory) || bigrams(words).some((b) => v.bigrams.has(b))) return [];
    return [{ name, unmarked: new RegExp(` ${INTRODUCES_PLACE} ${words.join(' ')} `), parts: syllables(name).map(withoutToneMarks) }];
  });
  // A directory replaced on reload is a new object; the old one's entry goes with the corpus it was read with.
  if (byDirectory.size > 4) byDirectory.clear();
  byDirectory.set(directory, found);
  return found;
}

function provinceNamedIn(text: string, corpus: Corpus, directory: ContactsDirectory | null, capitalised: boolean): string | undefined {
  const written = syllables(text);
  const marked = hasDiacritics(text);
  const toned = written.map(withoutToneMarks);
  const folded = ` ${foldedSeq(text).join(' ')} `;
  for (const { name, unmarked, parts } of foreignProvinces(corpus, directory)) {
    if (!marked) {
      if (unmarked.test(folded)) return name;
      continue;
    }
    const at = toned.findIndex((_, i) => parts.every((p, j) => toned[i + j] === p));
    if (at >= 0 && (!capitalised || /^\p{Lu}/u.test(written[at]))) return name;
  }
  return undefined;
}

// A name never runs across punctuation: "Sóc Trăng: Trung tâm Bảo trợ…" names Sóc Trăng, then a centre, not "Trăng Trung".
// Dots are left out so "TP. Huế" keeps its place word.
const CLAUSE_BREAK = /[,:;!?()"“”]|\s[-–—]\s/u;

/**
 * A one-syllable name after a written place word ("thành phố Huế mới", "TP. Huế thì"): one in title case followed by
 * the end of the clause, a function word or a chat word, so "tỉnh Quảng nam" still reads two syllables.
 */
function oneSyllableName(raw: string[], lower: string[], at: number, loose: boolean): boolean {
  if (loose || !TITLE_CASE.test(raw[at] ?? '') || !hasDiacritics(raw.slice(0, at).join(' '))) return false;
  const next = raw[at + 1];
  return next === undefined || isStopword(next.toLowerCase()) || CHAT_WORD.test(lower[at + 1]);
}

// Every province has a name of the country's list, while a city may be any town ("thành phố Vinh"): typed without
// capitals, the two words after "tỉnh" are its name only when a province's name begins with them ("tỉnh lấy tiền
// đâu ra" is the province paying, "tỉnh lào cai" a province).
let provinceStarts: Set<string> | undefined;
function beginsProvinceName(folded: string[]): boolean {
  provinceStarts ??= new Set(PROVINCE_NAMES.map((n) => foldedSeq(n).slice(0, 2).join(' ')));
  return provinceStarts.has(folded.join(' '));
}

/** Whether each of the folded words is part of an everyday wording of the text that the thesaurus knows. */
function inEverydayWordings(words: string[], text: string): boolean {
  const known = new Set(
    thesaurusExpander()
      .expansions(text)
      .flatMap((e) => e.words),
  );
  return words.every((w) => known.has(w));
}

function unknownPlaceInClause(
  text: string,
  corpus: Corpus,
  directory: ContactsDirectory | null,
  opts: { anywhere: boolean; capitalised: boolean },
): string | undefined {
  const v = vocabularyOf(corpus);
  const raw = syllables(text);
  const lower = raw.map((s) => foldToken(s.toLowerCase()));
  const { capitalised } = opts;
  for (let i = 0; i < lower.length; i++) {
    const start = placeNameAt(raw, lower, i, opts.anywhere);
    if (!start || start.at + 1 > lower.length) continue;
    const { at, loose } = start;
    const single = oneSyllableName(raw, lower, at, loose);
    const name = raw.slice(at, at + (single ? 1 : 2));
    // With capitals in the message a name is capitalised; all lowercase, a name is two syllables the documents never write.
    // A name read without a place word is two syllables in title case ("TT Bảo trợ", "Công an xã" are not places).
    const isName = loose
      ? name.length === 2
      : single
        ? true
        : capitalised
          ? name.every((s) => /^\p{Lu}/u.test(s))
          : name.length === 2 &&
            !name.some((s) => isStopword(s.toLowerCase()) || CHAT_WORD.test(foldToken(s.toLowerCase()))) &&
            (lower[i] !== 'tinh' || beginsProvinceName(lower.slice(at, at + 2)));
    if (!isName) continue;
    const words = name.join(' ');
    if (provinceInText(words, directory) || v.provinces.includes(foldedSeq(words).join(' '))) continue;
    const f = foldedSeq(words);
    // "tỉnh, thành phố", "các tỉnh thành" name no place; a name the documents write is one of theirs.
    if (PLACE.test(f.join(' ')) || name[0].toLowerCase() === 'thành' || ((loose || !capitalised) && v.bigrams.has(f.join(' ')))) continue;
    // In lowercase, two words whose second begins a pair the documents write ("tỉnh đạt chỉ tiêu") are no name, nor
    // two of the everyday wordings the thesaurus reads as the documents' terms ("thành phố lấy tiền ở đâu").
    if (!capitalised && at + 2 < lower.length && v.bigrams.has(`${lower[at + 1]} ${lower[at + 2]}`)) continue;
    if (!capitalised && !beginsProvinceName(f) && inEverydayWordings(f, text)) continue;
    // Read loosely, two words whose second begins a province known here ("Hotline Quảng Nam") are that province's.
    const next = raw.slice(at + 1, at + 3).join(' ');
    if (loose && (provinceInText(next, directory) || v.provinces.includes(foldedSeq(next).join(' ')))) continue;
    return words;
  }
  return undefined;
}

/**
 * True when the question uses one of the documents' subject terms (in its own or in everyday words), or names one of their provinces and
 * asks the rest in the documents' words (at least half of its other content bigrams occur in them):
 * "báo cáo định kỳ ở Đồng Nai" is about the plan, "giá lúa ở Bình Định" is not.
 */
export function mentionsSubject(text: string, corpus: Corpus): boolean {
  if (namesSubject(text, corpus)) return true;
  const v = vocabularyOf(corpus);
  const folded = ` ${foldedSeq(text).join(' ')} `;
  const named = v.provinces.filter((p) => folded.includes(` ${p} `));
  if (!named.length) return false;
  const { pairs, known } = contentPairs(withoutFoldedMatches(text, new RegExp(`(?<![a-z])(${named.join('|')})(?![a-z])`, 'g')), corpus);
  return pairs.length > 0 && pairs.filter((b) => known.has(b)).length / pairs.length >= 0.5;
}

/**
 * The question's pairs of content words and the documents' pairs to look them up in: typed with diacritics, both with
 * them (folded, "có mưa" would be the documents' "có mua"), else both folded.
 */
function contentPairs(text: string, corpus: Corpus): { pairs: string[]; known: Set<string> } {
  const v = vocabularyOf(corpus);
  if (!hasDiacritics(text)) return { pairs: bigrams(foldedSeq(text)).filter((b) => b.split(' ').every(isContent)), known: v.bigrams };
  const pairs = bigrams(analyze(text).seq).filter((b) => b.split(' ').every((t) => !isStopword(t) && isContent(foldToken(t))));
  return { pairs, known: v.markedBigrams };
}

/** Fewest word pairs of the documents a question must be made of to be read as asked of them. */
const MIN_DOCUMENT_PAIRS = 2;

/**
 * True when a short question is made only of the documents' own word pairs ("những hành vi nào bị nghiêm cấm"): in a
 * chat about them, it asks what they say, though it names neither the subject nor a province.
 */
export function asksInDocumentsWords(text: string, corpus: Corpus): boolean {
  if (!asksSomething(text) && !text.trim().endsWith('?')) return false;
  const { pairs, known } = contentPairs(text, corpus);
  return pairs.length >= MIN_DOCUMENT_PAIRS && pairs.every((b) => known.has(b));
}

// Words of chat that say when, how or thanks, not what ("vừa được giải cứu", "bây giờ", "xong", "luật cũ", "cảm ơn ạ",
// "chút xíu"): no text writes them.
const CHAT_WORDS = new Set(
  'vừa bây xong cũ luôn dám cảm cám ơn ạ nhé nha hen à ừ ờ chút xíu trời ơi tớ hông dạ vâng thui nhỉ hả'.split(' '),
);
// A name, not a word: an abbreviation in capitals ("QN", "BĐBP"), a run of capitalised syllables ("Ea Súp", "Tà Lùng"),
// or one after a title ("chị Thúy", "anh Tuấn"). A single capitalised word ("Tết") is still a word.
const CAPITALS = /^\p{Lu}{2,5}$/u;
const CAPITALISED = /^\p{Lu}/u;
const TITLES = new Set([
  'anh',
  'chị',
  'em',
  'cô',
  'chú',
  'bác',
  'bà',
  'ông',
  'cháu',
  'con',
  'bé',
  'thằng',
  'xã',
  'huyện',
  'thôn',
  'bản',
  'làng',
]);

/** Share of a question's syllables that must carry marks for it to count as typed with them. */
const MIN_MARKED_SHARE = 0.4;

/** Whether enough of a question's syllables carry marks for a word of it to be told from the words it folds onto. */
const typedWithMarks = (seq: string[]) => seq.filter(hasDiacritics).length >= MIN_MARKED_SHARE * seq.length;

/** The syllables of a text that are names (see CAPITALS), lower-cased. */
function namesIn(text: string): Set<string> {
  const raw = syllables(text);
  const isName = (s: string, i: number) =>
    CAPITALS.test(s) ||
    (CAPITALISED.test(s) && (CAPITALISED.test(raw[i - 1] ?? '') || CAPITALISED.test(raw[i + 1] ?? '') || TITLES.has(raw[i - 1] ?? '')));
  return new Set(raw.filter(isName).map((s) => s.toLowerCase()));
}

/** The syllables of the thesaurus' everyday wordings and the documents' terms for them, once. */
let thesaurusWords: Set<string> | undefined;
function wordsOfThesaurus(): Set<string> {
  thesaurusWords ??= new Set(THESAURUS.flatMap((e) => [...e.everyday, ...e.legal]).flatMap((p) => analyze(p).seq));
  return thesaurusWords;
}

/** The syllables of the country's province names ("Đà", "Nẵng"): a place, whatever the documents say of it. */
let provinceWords: Set<string> | undefined;
function wordsOfProvinces(): Set<string> {
  provinceWords ??= new Set(PROVINCE_NAMES.flatMap((n) => analyze(n).seq));
  return provinceWords;
}

/**
 * The content words of a question typed with marks that neither the documents nor the everyday wordings the thesaurus
 * reads as theirs ever use ("bão", "lũ", "Tết", "đuối"): a thing the documents cannot speak of, whatever else of the
 * question they share. Typed without marks, or with marks on a few syllables only, a word folds onto others ("bao" is
 * "báo", "bảo"), so none is read as foreign.
 */
export function foreignWords(text: string, corpus: Corpus): string[] {
  const seq = analyze(text).seq;
  if (!typedWithMarks(seq)) return [];
  const v = vocabularyOf(corpus);
  const names = namesIn(text);
  const known = (t: string) =>
    v.markedUnigrams.has(t) || wordsOfThesaurus().has(t) || wordsOfProvinces().has(t) || CHAT_WORDS.has(t) || names.has(t);
  return [...new Set(seq)].filter((t) => !isStopword(t) && !/\d/.test(t) && !known(t));
}

// Words for the bot itself, as someone chatting with it writes them ("bạn tên gì", "bot có biết hát không"). Typed
// without marks, "ban" is also "bán" and "bản" ("mua ban", "nhat ban"): only a message opening with it speaks to the bot.
const THE_BOT = / (bạn|cậu|bot|chatbot|ad|admin) /u;
const THE_BOT_FOLDED = / (bot|chatbot|ad|admin) |^ (ban|cau) /;
// A call to the bot before the message ("bạn ơi cho hỏi …") addresses it without asking about it.
const CALL_TO_THE_BOT = / (bạn|ban|cậu|cau|bot|ad|admin) (ơi|oi) /gu;
// Asking for information without a question word ("cho hỏi lịch tiếp dân", "xin hỏi thủ tục …").
const ASKS_FOR_INFORMATION = / (cho hoi|xin hoi|hoi ve|cho biet|cho minh biet|tra cuu|chi giup|huong dan) /;
// Or by naming the information alone, as a search box is typed ("lich cat nuoc tuan sau", "gia xang hom nay"): a
// schedule, a price, an address, opening hours, the weather; or an everyday service with the day it is wanted for.
// Chat about oneself names neither ("hôm nay mệt quá"); "lịch sự", "lịch sử" are no schedule.
const WORLD_INFORMATION =
  / (lich (?!su )\w+|(bang )?gia (ca|ve|xang|dau|dien|nuoc|vang|thue|phong|nha|dat|lua|gao|cuoc|xe|thuoc|dich vu)|dia chi|gio (lam viec|mo cua|dong cua|hanh chinh)|mo cua|thoi tiet|du bao|ket qua xo so) /;
const EVERYDAY_SERVICE = / ((cat|cup|mat|ngung cap) (dien|nuoc)|xe buyt|xe khach|chuyen bay|tau hoa|buu dien|benh vien|ngan hang) /;
const WHEN = / (hom nay|ngay mai|toi nay|sang mai|chieu mai|cuoi tuan|(tuan|thang) (nay|sau|toi)) /;

/** True when a message names information about the world without asking a question ("lich cup dien tuan nay"). */
function namesWorldInformation(folded: string): boolean {
  return WORLD_INFORMATION.test(folded) || (EVERYDAY_SERVICE.test(folded) && WHEN.test(folded));
}

/**
 * True when a message asks for information about the world ("phí đi xuất khẩu lao động bao nhiêu", "thời tiết thế
 * nào", "lịch cắt nước tuần sau") rather than about the bot or nothing at all: outside the documents, it gets their
 * honest "not covered" and where to ask, not the greeting.
 */
export function asksTheWorld(text: string): boolean {
  const lower = markedWords(text).replace(CALL_TO_THE_BOT, ' ');
  const folded = foldDiacritics(lower);
  if (hasDiacritics(text) ? THE_BOT.test(lower) : THE_BOT_FOLDED.test(folded)) return false;
  return asksSomething(text) || text.trim().endsWith('?') || ASKS_FOR_INFORMATION.test(folded) || namesWorldInformation(folded);
}

/**
 * True when the question names the documents' subject itself: one of its terms, in the documents' or everyday words,
 * or one of the national texts. Naming a province of the documents is not enough: "đăng ký kết hôn ở Quảng Nam" is
 * about marriage, whatever the province's plan says of trafficking.
 */
export function namesSubject(text: string, corpus: Corpus): boolean {
  const v = vocabularyOf(corpus);
  if (bigrams(foldedSeq(text)).some((b) => v.subject.has(b))) return true;
  // Chat wording for the subject ("bị lừa bán", "buôn người") counts through the documents' terms for it: a phrase
  // that names the subject itself, not one about something else that mentions victims ("bị mất" read as "bí mật"
  // expands to "bí mật thông tin về nạn nhân").
  if (
    thesaurusExpander()
      .expand(text)
      .some((phrase) => v.subject.has(bigrams(foldedSeq(phrase))[0] ?? ''))
  )
    return true;
  // A question that names one of the national texts ("theo luật 2011", "Nghị định 62") asks what that text says.
  return namesCorpusText(text, corpus);
}

function namesCorpusText(text: string, corpus: Corpus): boolean {
  const q = foldedWords(text);
  return corpus.docs.some((d) => !d.province && namesText(q, d));
}

/** The subject terms, for tests and for the reply that lists what the documents cover. */
export function subjectTerms(corpus: Corpus): string[] {
  return [...vocabularyOf(corpus).subject].sort();
}

// The question asks how much money: "bao nhiêu tiền", "mấy triệu", or a sum of money ("phí", "lương", "thưởng",
// "kinh phí") then, however far on in the question ("mức phạt … đối với hành vi … là bao nhiêu"), "bao nhiêu"
// that is not a number of days, times or people. "Mức chi của thông tư nào" asks for a text.
const MONEY = '(tien|phi|le phi|chi phi|kinh phi|luong|phu cap|tro cap|thu lao|thuong|phat|muc chi|muc ho tro|lai suat)';
// What "bao nhiêu" / "mấy" counts when it is no sum: days, times, people, sets of papers ("nộp bao nhiêu bộ").
const COUNTED = ['ngay', 'thang', 'nam', 'gio', 'tuan', 'lan', 'nguoi', 'tuoi', 'bo', 'ban', 'm2'];
const HOW_MUCH_MONEY = new RegExp(
  ` ((bao nhieu|may) (tien|dong|trieu|nghin|ngan)|${MONEY}( [a-z0-9]+){0,24} bao nhieu(?! (${COUNTED.join('|')})( |$)))( |$)`,
);
// A sentence that states how an amount is set rather than a figure: "mức hỗ trợ theo chi phí đào tạo nghề",
// "theo mức do Bộ Tài chính ... quy định", "mức vốn cho vay thực hiện theo quy định hiện hành", "theo giá phương tiện
// công cộng": the documents' answer to how much; so is a fee waived ("được miễn thu lệ phí").
const AMOUNT_RULE =
  /(?<!\p{L})mức(?!\p{L})[^.;:]{0,50}?\s(theo|bằng|do)\s|(?<!\p{L})theo (mức|giá)(?!\p{L})|(?<!\p{L})miễn (thu )?(lệ )?phí(?!\p{L})/iu;

// "Giá vé xe bao nhiêu", "giá vàng mấy triệu": the price of a thing. The documents state what is paid to or for the
// people they cover, never a price; a price asked of them comes with who gets it ("nạn nhân được hỗ trợ giá vé …").
// Folded, "gia" is also the "gia" of "gia đình", "tham gia", "quốc gia", "chuyên gia", "người già": a marked word other
// than "giá" reads as `_`.
const PRICE_ASKED =
  / (?<!(tham|quoc|chuyen|nguoi) )gia(?! (dinh|han|tang|nhap|tri|su|canh|cong))( [a-z0-9]+){0,12}? (bao nhieu|may)(?! (ngay|thang|nam|gio|tuan|lan|nguoi|tuoi)( |$)) /;
const PAID_TO_SOMEONE = / (duoc|ho tro|tro cap|chi tra|chi cho|cap cho|tra cho|muc chi|thanh toan cho) /;

/** Whether the question asks the price of a thing, not what is paid to or for someone. */
export function asksPrice(question: string): boolean {
  const folded = foldedAsMeant(question, ['giá']);
  return PRICE_ASKED.test(folded) && !PAID_TO_SOMEONE.test(folded);
}

/**
 * True when the question asks how much money and nothing else (not also how long, who or which papers); "tối đa
 * bao nhiêu", "bao nhiêu kinh phí" read as a count too; so does asking how much of a kind of money ("mức đóng bảo
 * hiểm … bao nhiêu").
 */
export function asksOnlyHowMuch(question: string): boolean {
  const types = answerTypes(question);
  return types.every((t) => t === 'amount' || t === 'count') && (HOW_MUCH_MONEY.test(foldedWords(question)) || !!amountKindAsked(question));
}

/** A sentence that states an amount of money or how one is set. */
const statesAmountIn = (sentence: string) => carries('amount', sentence) || AMOUNT_RULE.test(sentence);

/**
 * Whether a passage states an amount of money or how one is set. A question asking how much a fee, a fine or a
 * reward is, answered by passages that state none, is about a figure the documents do not give: its nearest
 * passages share its words ("môi giới", "kinh phí") but not the amount.
 */
export function statesAmount(text: string): boolean {
  return splitSentences(text).some(statesAmountIn);
}

// Kinds of money whose amount a question may ask, each with its words (folded) and how a passage names it: what someone
// pays in ("mức đóng bảo hiểm", "phải nộp"), what a thing costs ("giá một suất ăn"), what someone earns ("lương"), is
// fined ("phạt tiền") or rewarded with ("tiền thưởng").
// The documents' amounts are what is paid to or for the people they cover; a rate of support shares a question's words
// ("theo mức bằng mức quỹ bảo hiểm y tế chi trả") without being the contribution, the pay or the fine asked.
// In a question typed without marks, "dong" is a contribution only as one ("mức đóng", "phải đóng", "đóng bảo hiểm / quỹ
// / tiền"; not "cộng đồng", "lao động"), and "gia" a price only outside "gia đình", "tham gia", "quốc gia"…: `unmarked`
// says where.
interface AmountKind {
  words: RegExp;
  named: RegExp;
  unmarked?: RegExp;
}
const AMOUNT_KINDS: AmountKind[] = [
  {
    words: /^(muc )?(dong|nop)$/,
    named: /(?<!\p{L})(đóng|nộp)(?!\p{L})/iu,
    unmarked:
      / (muc|phai|can|se|duoc|da) dong | dong (bao hiem|bhyt|bhxh|quy|phi|hoc phi|tien|gop) | nop (tien|phi|le phi|quy|bao hiem|phat) /,
  },
  {
    words: /^(muc )?gia$/,
    named: /(?<!\p{L})giá(?!\p{L})/iu,
    unmarked: / (?<!(tham|quoc|chuyen|nguoi|ho) )gia(?! (dinh|han|tang|nhap|tri|su|canh|cong|mao|danh|vo) )/,
  },
  { words: /^((tien|muc) )?luong$/, named: /(?<!\p{L}|hưởng )lương(?!\p{L})/iu },
  { words: /^((tien|muc) )?phat( tien)?$/, named: /(?<!\p{L})phạt(?!\p{L})/iu },
  { words: /^(tien )?thuong$/, named: /(?<!\p{L})thưởng(?!\p{L})/iu },
];
// Typed with marks, a word folding like a kind's is another word ("đồng", "lao động", "lượng", "phát", "thương binh").
const KIND_WORDS = ['đóng', 'nộp', 'giá', 'lương', 'phạt', 'thưởng'];
// "Người không hưởng lương", "quỹ hỗ trợ nạn nhân": a kind of person, a body's name, whatever amount is asked of them.
const NAMES_NO_MONEY = /^((huong|an) luong|(quy|so|tam) ho)$/;
// Words of money of no such kind: support, allowances, costs ("hỗ trợ … bao nhiêu", "chi phí … bao nhiêu").
const ANY_MONEY = /^(tien|phi|chi phi|kinh phi|hoc phi|le phi|phu cap|tro cap|thu lao|ho tro|chi tra|muc chi|muc ho tro|boi duong)$/;
// "Bao nhiêu", else "mấy", asking a sum: not a number of days, times, people or sets of papers.
const COUNTED_NEXT = new RegExp(`^(${COUNTED.join('|')})$`);

/** Where the folded words ask how much: the first "bao nhiêu" asking a sum, else the first such "mấy"; -1 when none. */
function howMuchAt(w: string[]): number {
  const at = (word: string, size: number) =>
    w.findIndex((_, i) => w.slice(i, i + size).join(' ') === word && !COUNTED_NEXT.test(w[i + size] ?? ''));
  const much = at('bao nhieu', 2);
  return much >= 0 ? much : at('may', 1);
}

// "Cho hỏi", "xin hỏi" before what is asked.
const ASKING = /^ ((cho|xin)( toi| minh| em)? hoi|hoi|cho biet) /;

/**
 * The kind of money whose amount the question asks: the money word nearest before its "bao nhiêu" (a pair first:
 * "phạt tiền", "mức đóng"), or opening a question without one ("lương của giám đốc trung tâm", "mức đóng bảo hiểm y
 * tế năm nay"), when it is one of a kind; undefined when it asks none or asks support or a cost.
 */
function amountKindAsked(question: string): AmountKind | undefined {
  const folded = foldedAsMeant(question, KIND_WORDS);
  const w = folded.replace(ASKING, ' ').trim().split(' ');
  const asked = howMuchAt(w);
  // Without "bao nhiêu", only a sum opening the question names what it asks ("mức đóng …", "tiền phạt …"), as typed
  // with marks ("gia mao" may be "giả mạo"); a bare first word is a name or a verb ("Lương Văn Nam …", "Đóng cửa …").
  if (asked < 0 && (!hasDiacritics(question) || !/^(muc|tien)$/.test(w[0]))) return undefined;
  const places = asked < 0 ? [[`${w[0]} ${w[1]}`]] : wordsBefore(w, asked);
  for (const words of places.flat()) {
    const kind = AMOUNT_KINDS.find((k) => k.words.test(words));
    // A word folding like a kind's that the question writes as another ("gia" of "gia đình") names no money.
    if (kind && writesKind(question, folded, kind)) return kind;
    if (ANY_MONEY.test(words)) return undefined;
  }
  return undefined;
}

/**
 * The question writes the kind's word as itself: with its marks ("giá", not the "gia" of "gia đình"), or, typed without
 * any, where the kind's word goes.
 */
function writesKind(question: string, folded: string, kind: AmountKind): boolean {
  return hasDiacritics(question) ? kind.named.test(question) : !kind.unmarked || kind.unmarked.test(folded);
}

/** The pair ending at, then the word at, each place before `at`, nearest first, past words naming no money. */
function wordsBefore(w: string[], at: number): string[][] {
  const places: string[][] = [];
  for (let i = at - 1; i >= 0; i--) {
    // "quỹ hỗ trợ": the pair at "trợ" is "hỗ trợ", read past once "quỹ hỗ" names the fund.
    if (NAMES_NO_MONEY.test(`${w[i - 1]} ${w[i]}`) || NAMES_NO_MONEY.test(`${w[i - 2]} ${w[i - 1]}`)) continue;
    places.push([`${w[i - 1]} ${w[i]}`, w[i]]);
  }
  return places;
}

/** Whether a passage states an amount of the kind of money the question asks (any passage when it asks none). */
function statesKindAsked(question: string): (passage: string) => boolean {
  const kind = amountKindAsked(question);
  return kind ? (passage) => splitSentences(passage).some((s) => statesAmountIn(s) && kind.named.test(s)) : () => true;
}

// A money question names what is paid for right after its money word ("tiền thuê nhà", "chi phí phiên dịch", "trợ cấp
// nuôi con"), up to the first function word ("cho", "là", "bao nhiêu"). Words that only say how it is paid or counted
// do not name a thing.
const PAID_WORD = /^(tien|phi)$/;
const PAID_PAIR = /^(tro cap|phu cap)$/;
// "Lúc đầu", "khi mới về", "sau này" say when it is paid ("trợ cấp lúc đầu" is the documents' "trợ cấp khó khăn ban đầu").
const NOT_A_THING =
  /^(ho|tro|muc|toi|da|thieu|hang|moi|ngay|thang|nam|tuan|dong|trieu|nghin|ngan|nha|nuoc|ban|dau|chi|phi|tien|luc|khi|sau|truoc)$/;
const ITEM_WORDS = 3;
// "Nhà" is a thing once rented, repaired or built ("tiền thuê nhà"): without it, "thuê" alone is met by "thuê xe".
const HOME_TAKEN = /^(thue|sua|xay|lam|mua) nha$/;

/** Where the item after a head word at i starts (past the head), or -1 when none is at i; `seq` as typed, `w` folded. */
type HeadAt = (w: string[], i: number, seq: string[]) => number;

/**
 * The folded words naming the item after the first head word that is followed by one (`["thue", "nha"]`), or [].
 * `filler` words right after the head only say how the item is sought ("hồ sơ xin …", "thủ tục đề nghị …").
 */
function itemAfterHead(question: string, headAt: HeadAt, filler?: RegExp): string[] {
  // Function words are told by their accented form: folded, "vậy" is the "vay" of a loan and "để" the "đề" of a proposal.
  const seq = analyze(question).seq;
  const w = seq.map(foldToken);
  for (let i = 0; i < w.length; i++) {
    let j = headAt(w, i, seq);
    if (j < 0) continue;
    while (filler && j < w.length && filler.test(w[j])) j++;
    const item: string[] = [];
    for (; j < w.length && item.length < ITEM_WORDS && !isStopword(seq[j]); j++) item.push(w[j]);
    const named = item.filter((t, k) => isContent(t) && (!NOT_A_THING.test(t) || HOME_TAKEN.test(`${item[k - 1]} ${t}`)));
    if (named.length) return named;
  }
  return [];
}

const moneyHead: HeadAt = (w, i) => (PAID_WORD.test(w[i]) ? i + 1 : PAID_PAIR.test(`${w[i]} ${w[i + 1] ?? ''}`) ? i + 2 : -1);

/** The folded words naming what a money question pays for (`["thue", "nha"]`), or [] when it names nothing. */
export function paidForIn(question: string): string[] {
  return itemAfterHead(question, moneyHead);
}

/**
 * Whether the item's words the passage lacks are each in one of `meant` (everyday phrases whose documents' terms the
 * passage holds), the phrases used sharing no word: "tiền cơm" + "dọc đường" are two parts of the item, while "mua
 * sách" and "sách vở" are two readings of the same words, which cannot each stand for a part.
 */
function coveredByParts(missing: string[], meant: { words: string[] }[]): boolean {
  const used = new Set<string>();
  const left = new Set(missing);
  for (const e of [...meant].sort((a, b) => b.words.length - a.words.length)) {
    if (!e.words.some((t) => left.has(t)) || e.words.some((t) => used.has(t))) continue;
    for (const t of e.words) {
      used.add(t);
      left.delete(t);
    }
  }
  return left.size === 0;
}

/**
 * Whether a passage (heading and text) names the item, in the question's words or in the documents' terms for the
 * everyday phrases it is made of ("tiền cơm dọc đường": "tiền ăn … đi đường"): the food allowance is no answer to
 * how much rent is paid, though both are support stated in money. Read once per question, then asked of each passage.
 */
function namesItem(question: string, item: string[]): (passage: string) => boolean {
  if (!item.length) return () => true;
  const terms = thesaurusExpander()
    .expansions(question)
    // An expansion of none of the item's words cannot stand for it.
    .filter((e) => e.words.some((t) => item.includes(t)))
    .map((e) => ({ words: e.words, phrases: e.phrases.map((p) => ` ${foldedSeq(p).join(' ')} `) }));
  return (passage) => {
    const folded = foldedSeq(passage);
    const words = new Set(folded);
    const said = ` ${folded.join(' ')} `;
    const meant = terms.filter((e) => e.phrases.some((p) => said.includes(p)));
    return coveredByParts(
      item.filter((t) => !words.has(t)),
      meant,
    );
  };
}

/** Whether a passage names what the question pays for (see namesItem), and the kind of money asked (see amountKindAsked). */
export function namesPaidFor(question: string): (passage: string) => boolean {
  const names = namesItem(question, paidForIn(question));
  const ofKind = statesKindAsked(question);
  return (passage) => names(passage) && ofKind(passage);
}

// The papers or steps of something: "hồ sơ vay vốn", "thủ tục xin miễn giảm học phí", "giấy tờ để được cấp thẻ".
const PAPERS_HEAD = /^(ho so|thu tuc|giay to)$/;
const PAPERS_FILLER = /^(xin|de|nghi|dang|ky|lam|can|duoc|cap)$/;
const papersHead: HeadAt = (w, i) => (PAPERS_HEAD.test(`${w[i]} ${w[i + 1] ?? ''}`) ? i + 2 : -1);
// Or what they are for, said before them: "muốn được cấp thẻ … thì làm hồ sơ gì", "để vay vốn cần giấy tờ gì" ("để" as
// typed: folded it is also the "đề" of "đề nghị").
const purposeHead: HeadAt = (w, i, seq) => (w[i] === 'muon' || seq[i] === 'để' ? i + 1 : -1);
// …and what they are asked: "gồm những gì", "cần giấy tờ gì", "như thế nào".
const ASKS_PAPERS = / (ho so|thu tuc|giay to)( \w+){0,10}? (gom|gi|nao|can|nhu the nao|the nao|ra sao|lam sao)( |$)/;

/**
 * For a question asking the papers or the steps of a named thing ("hồ sơ vay gồm những giấy tờ gì"), whether a passage
 * gives papers or steps and names that thing; undefined for any other question. The support file of a victim is no
 * answer to what a bank asks for a loan, though both are "hồ sơ … giấy tờ".
 */
export function papersOfAsked(question: string): ((passage: string) => boolean) | undefined {
  if (!ASKS_PAPERS.test(foldedWords(question))) return undefined;
  const named = itemAfterHead(question, papersHead, PAPERS_FILLER);
  const item = named.length ? named : itemAfterHead(question, purposeHead, PAPERS_FILLER);
  if (!item.length) return undefined;
  const names = namesItem(question, item);
  return (passage) => carries('papers', passage) && names(passage);
}

// The asker's own relative: "con gái tôi", "em mình", "nhà tôi", "gia đình tôi".
const KIN = '(con( gai| trai)?|chau|em( gai| trai)?|anh( trai)?|chi( gai)?|me|bo|ba|cha|vo|chong|gia dinh|nha|nguoi nha)';
const OWN_RELATIVE = new RegExp(` ${KIN} (toi|minh) `);
const IS_KIN = new RegExp(`^${KIN}$`);

/**
 * True when the question speaks of the asker's own relative ("con gái tôi ở trung tâm…", "nhà tôi bị dọa…") and the
 * passage says what happens to them in the documents' terms: another of the question's everyday wordings ("ở trung
 * tâm", "bị dọa") has the documents' phrase for it in the passage. A family asking about a victim among them seldom
 * names the crime, so its words miss the subject terms although the passage is on them.
 */
export function asksAboutRelativeInPassage(question: string, passage: string): boolean {
  if (!OWN_RELATIVE.test(foldedWords(question))) return false;
  const held = ` ${foldedSeq(passage).join(' ')} `;
  return thesaurusExpander()
    .expansions(question)
    .some((e) => !IS_KIN.test(e.words.join(' ')) && e.phrases.some((p) => held.includes(` ${foldedSeq(p).join(' ')} `)));
}

// What a question asks for stands after its asking verb in its last clause: "có được phụ cấp không", "muốn nhập quốc
// tịch", "làm lại hộ chiếu", "xin phiếu lý lịch"; a second verb may come between ("được đăng ký mua nhà ở", "muốn gọi
// tổng đài", "muốn biết thời hạn"), and a number is asked by "số" before the thing it reaches ("xin số tổng đài").
// Asking words: verbs, and "thủ tục" (a procedure asked for), which precede the thing asked the same way.
const ASKING_WORD = /^(được|muốn|xin|đổi|gia hạn|đăng ký|làm lại|cấp lại|thủ tục|phải đi)$/u;
const BEFORE_THING = /^(đổi|gia hạn|nhờ|gọi|tìm|làm|mua|cấp|học|hưởng|đi|xin|nhận|đăng ký|số|biết|hiểu|tìm hiểu|hỏi|nắm)$/u;
const CLAUSE_END = /[,.;:!?()]/u;

interface AskedThing {
  /** The syllables before the asking verb: what the question says the thing is asked of. */
  before: string[];
  /** The thing's first two syllables. */
  head: [string, string];
  /** The syllable after them, if any. */
  next?: string;
}

/** The things the last clause of a question asks for after an asking verb, with what comes before each. */
function askedThings(text: string): AskedThing[] {
  const clauses = text.split(CLAUSE_END).map((c) => analyze(c).seq);
  const seq = clauses.filter((c) => c.length).at(-1) ?? [];
  const earlier = clauses.slice(0, clauses.lastIndexOf(seq)).flat();
  const phraseAt = (i: number, re: RegExp) => [`${seq[i]} ${seq[i + 1]}`, seq[i]].find((w) => w && re.test(w));
  const things: AskedThing[] = [];
  for (let i = 0; i < seq.length; i++) {
    const verb = phraseAt(i, ASKING_WORD);
    if (!verb) continue;
    let j = i + verb.split(' ').length;
    const between = phraseAt(j, BEFORE_THING);
    if (between) j += between.split(' ').length;
    if (j + 1 < seq.length) things.push({ before: [...earlier, ...seq.slice(0, i)], head: [seq[j], seq[j + 1]], next: seq[j + 2] });
  }
  return things;
}

/** The bigrams of the thesaurus' wordings, once: an everyday word the documents' terms stand for is no unknown word. */
let thesaurusPairs: Set<string> | undefined;
function pairsOfThesaurus(): Set<string> {
  thesaurusPairs ??= new Set(THESAURUS.flatMap((e) => [...e.everyday, ...e.legal]).flatMap((p) => bigrams(analyze(p).seq)));
  return thesaurusPairs;
}

/**
 * The things a question asks for that are words neither the documents nor the thesaurus' wordings write: the thing's
 * two first syllables, content words typed with marks, never stand side by side in them ("phụ cấp", "thẻ tạm", "thừa
 * kế"). Typed without marks, syllables fold onto others, so none is read as unknown.
 */
function unknownAskedThings(text: string, corpus: Corpus): AskedThing[] {
  const seq = analyze(text).seq;
  if (!typedWithMarks(seq)) return [];
  const v = vocabularyOf(corpus);
  // A capitalised syllable past the first is a name, of a body or a place ("Quốc hội"), not a thing asked.
  const named = new Set(
    syllables(text)
      .slice(1)
      .filter((s) => CAPITALISED.test(s))
      .map((s) => s.toLowerCase()),
  );
  const contentSyllable = (t: string) => hasDiacritics(t) && !isStopword(t) && !CHAT_WORDS.has(t) && !named.has(t);
  const known = (pair: string) => v.markedBigrams.has(pair) || pairsOfThesaurus().has(pair);
  // A verb and the first syllable of its object ("gặp luật sư", "kiện kẻ buôn người", "học miễn phí") are no word:
  // the object, which the documents write, is the thing asked.
  const objectKnown = (b: string, next: string | undefined) => next !== undefined && contentSyllable(next) && known(`${b} ${next}`);
  return askedThings(text).filter(
    ({ head: [a, b], next }) => contentSyllable(a) && contentSyllable(b) && !known(`${a} ${b}`) && !objectKnown(b, next),
  );
}

/** How far apart two syllables of a passage may stand and still be read as one thing it speaks of ("phụ ... cấp"). */
const NEAR_SYLLABLES = 3;

/** True when the passage holds both syllables within NEAR_SYLLABLES of each other, in either order. */
function holdsNear(seq: string[], [a, b]: [string, string]): boolean {
  const at = (t: string) => seq.flatMap((s, i) => (s === t ? [i] : []));
  const bs = at(b);
  return at(a).some((i) => bs.some((j) => j !== i && Math.abs(j - i) <= NEAR_SYLLABLES));
}

/**
 * True when a question asks for a thing the documents never name (see unknownAskedThings) and its best passage speaks
 * neither of it nor of what it is asked of beyond the subject's own terms (holds no word pair of that): "nạn nhân có
 * được đóng bảo hiểm xã hội không" is not answered by health insurance, while "yêu cầu bảo vệ bằng miệng có được chấp
 * nhận không" is answered by the clause on asking for protection by telephone.
 */
export function asksUnnamedThing(text: string, passage: string, corpus: Corpus): boolean {
  // Most questions ask nothing unnamed: the passage is only read when one does.
  const things = unknownAskedThings(text, corpus);
  if (!things.length) return false;
  const seq = analyze(passage).seq;
  const pairs = new Set(bigrams(seq));
  const subject = vocabularyOf(corpus).subject;
  // Pairs of the subject's terms, and pairs reaching into them ("bị mua bán trở về"), say nothing of what is asked.
  const shares = (before: string[]) => {
    const pairsBefore = bigrams(before);
    const ofSubject = pairsBefore.map((b) => subject.has(foldDiacritics(b)));
    const subjectWord = (i: number) => ofSubject[i - 1] || ofSubject[i];
    const pairBeyondSubject = (b: string, i: number) => !subjectWord(i) && !subjectWord(i + 1) && b.split(' ').every((t) => !isStopword(t));
    return pairsBefore.some((b, i) => pairs.has(b) && pairBeyondSubject(b, i));
  };
  return things.some((t) => !holdsNear(seq, t.head) && !shares(t.before));
}
