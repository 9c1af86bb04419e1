// A plan gives most bodies a heading of their own under its "Tổ chức thực hiện" ("2. Công an tỉnh", "4. Đề nghị Hội
// liên hiệp Phụ nữ tỉnh", "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên …").
// Asked what such a body must do, that heading's section is the answer, quoted whole and cited to it: not another
// body's point that only names it as a partner ("Phối hợp Hội Liên hiệp Phụ nữ tỉnh theo dõi …"), nor the list of
// every body's heading. People name the body shorter than the heading does ("Hội Phụ nữ", "Viện kiểm sát tỉnh",
// "MTTQ tỉnh", "Đoàn TN"), so a heading's body is matched by its opening words, by its kind and its last words, or by
// enough of its words in a row.
import { citationLabel } from '../../knowledge/cite.js';
import type { Corpus, DocMeta, Section } from '../../knowledge/types.js';
import { foldedWords } from '../../knowledge/text.js';
import { headingBlock, type ListBlock } from '../../retrieval/list-block.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { contentSyllables } from '../../retrieval/text.js';
import type { SearchHit } from '../../retrieval/types.js';
import type { Unit } from '../../retrieval/units.js';
import { namesPlan } from './plan-section.js';

// What a body is asked to do as a whole: "có trách nhiệm gì", "nhiệm vụ nào", "phải làm gì", "được giao những việc gì",
// in chat "lo việc gì", "phụ trách những mảng nào", and how it takes part: "tham gia như thế nào", "tham gia hỗ trợ nạn
// nhân ra sao" (its heading lists how).
const ASKS_DUTIES =
  / (trach nhiem|nhiem vu|vai tro|(lam|lo|phu trach) (nhung |cac )?(viec |cong viec |mang )?gi|(lam|lo|phu trach) nhung (viec|mang) nao|duoc giao|duoc de nghi|duoc phan cong|phan cong|tham gia( [a-z]+)* (the nao|ra sao|gi)) /;
/** Whether a question (folded words, a space each side) asks what a body does as a whole. */
export const asksDuties = (folded: string) => ASKS_DUTIES.test(folded);
/** A heading's marker: "III.", "9.", "9.1.", "a)". */
const MARKER = /^([IVX]+|\d{1,2}(\.\d{1,2})*|[a-zđ])[.)]\s*/u;
// Words people leave out of a body's name.
const OF_THE_PEOPLE = 'nhan dan';
const PROVINCE = 'tinh';
/** Folded words that open a body's name: another one right before the words matched names another body. */
const BODY_KINDS = new Set(['so', 'phong', 'cuc', 'bo', 'vien', 'toa', 'hoi', 'doan', 'ban', 'uy', 'trung', 'chi', 'dai', 'bao']);
// A heading names a body when it opens with the body's kind as written, capitalised ("Sở", "Hội", "Bộ Chỉ huy"):
// folded, "Bảo vệ …", "phòng, chống …", "Chỉ đạo …" would read as "Báo", "Phòng", "Chi cục".
const NAMES_BODY =
  /^(Sở|Phòng(?! chống| ngừa)|Cục|Chi cục|Bộ|Viện|Tòa|Toà|Hội|Đoàn|Ban|Ủy ban|Uỷ ban|UBND|Công an|Trung tâm|Đài|Báo|Văn phòng)(?!\p{L})/u;
const REQUEST_WORDS = /^Đề nghị\s+/u;
// Words right before a body that make it the one worked with or helped, not the one asked about.
const PARTNERS = new Set(['voi', 'cho', 'giup']);
/** Words of a body's name in a row that name it, when they do not open it ("Mặt trận Tổ quốc" of "Ủy ban Mặt trận …"). */
const MIN_RUN = 4;
const OPENING = 3;

/** Folded content syllables without "nhân dân", which people may say or not ("UBND các huyện", "Viện kiểm sát tỉnh"). */
function withoutOfThePeople(text: string): string[] {
  const all = contentSyllables(text);
  const people = (i: number) => `${all[i]} ${all[i + 1]}` === OF_THE_PEOPLE;
  return all.filter((_, i) => !people(i) && !people(i - 1));
}

/**
 * A body's name as people say it: no "nhân dân", no closing "tỉnh", nor the closing name of the plan's province
 * (`province`: its slug, the name folded), which people say as "tỉnh" or leave out ("đài truyền hình của tỉnh" for
 * "Đài Phát thanh - Truyền hình Quảng Nam").
 */
function bodyWords(name: string, province: string | null): string[] {
  let words = withoutOfThePeople(name);
  const own = province?.split('-') ?? [];
  if (own.length && words.length > own.length && own.every((w, i) => words[words.length - own.length + i] === w)) {
    words = words.slice(0, -own.length);
  }
  return words.at(-1) === PROVINCE ? words.slice(0, -1) : words;
}

/** Where `run` stands in `words` in a row, or -1. */
function indexOfRun(words: string[], run: string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/**
 * Where the question names the body (its first word matched), or -1. `kinds`: the kinds opening the heading's bodies
 * ("Đài …, Báo …"), which may stand before it.
 */
function namedAt(question: string[], body: string[], kinds: Set<string>): number {
  if (body.length < 2) return -1;
  // "Bộ Công an" is not the "Công an tỉnh" of a heading: a body's opening words after another body's kind name that one.
  const opening = indexOfRun(question, body.slice(0, OPENING));
  if (opening >= 0) return BODY_KINDS.has(question[opening - 1]) && !kinds.has(question[opening - 1]) ? -1 : opening;
  // "Hội Phụ nữ": its kind, then its last words.
  const tail = body.length > OPENING ? indexOfRun(question, body.slice(-2)) : -1;
  if (tail > 0 && question[tail - 1] === body[0]) return tail - 1;
  // "Mặt trận Tổ quốc tỉnh": enough of its words in a row, not after another body's kind ("Phòng Lao động …").
  for (let from = 1; from + MIN_RUN <= body.length; from++) {
    const at = indexOfRun(question, body.slice(from, from + MIN_RUN));
    if (at >= 0) return afterAnotherKind(question, body, at, from) ? -1 : at;
  }
  return -1;
}

/** Whether the words of the body matched at `at` (from its word `from`) follow the kind of another body. */
function afterAnotherKind(question: string[], body: string[], at: number, from: number): boolean {
  let [q, b] = [at, from];
  while (q > 0 && b > 0 && question[q - 1] === body[b - 1]) [q, b] = [q - 1, b - 1];
  return q > 0 && b > 0 && BODY_KINDS.has(question[q - 1]);
}

/** Where the question names one of the bodies of a heading of a plan of `province` as the one asked about, or -1. */
function headingNamedAt(question: string[], heading: string, province: string | null): number {
  const names = heading
    .replace(MARKER, '')
    .split(/[,;]/u)
    .map((n) => n.trim().replace(REQUEST_WORDS, ''))
    .filter((n) => NAMES_BODY.test(n));
  const bodies = names.map((n) => bodyWords(n, province));
  const kinds = new Set(bodies.map((b) => b[0]));
  const found = bodies.map((b) => namedAt(question, b, kinds)).filter((at) => at >= 0 && !PARTNERS.has(question[at - 1]));
  return found.length ? Math.min(...found) : -1;
}

// Where one duty of a paragraph ends and the next begins: a ';', or a '.' before a new sentence.
const NEXT_DUTY = /(?<=;)\s+|(?<=\.)\s+(?=\p{Lu})/u;

/**
 * The heading's own paragraph as its list when it states several duties, one line per duty ("Tham gia giám sát …;
 * tham gia công tác tư vấn tâm lý, hỗ trợ cho vay vốn …; tăng cường …"), so each is quoted whole; a paragraph of one
 * duty is quoted as it stands.
 */
function paragraphBlock(sections: Section[], from: number, path: string[], minItems = 2): ListBlock | undefined {
  const items = sections[from].text
    .split('\n')
    .flatMap((l) => l.split(NEXT_DUTY))
    .map((l) => l.trim())
    .filter(Boolean);
  if (items.length < minItems) return undefined;
  return { path, start: from, split: false, intro: path.at(-1)!.replace(MARKER, '').replace(/:$/u, ''), items };
}

/** A plan's heading naming the body asked about: its first section, its path, and the list it heads if any. */
export interface BodyHeading {
  /** A usable hit of the plan. */
  hit: SearchHit;
  from: number;
  path: string[];
  block?: ListBlock;
}

/** A heading below a document's top level, with the first section under it. */
interface HeadingAt {
  path: string[];
  from: number;
}
interface Headings {
  /** Each document's headings in document order, by document id. */
  byDoc: Map<string, HeadingAt[]>;
  /** The first section under each heading, by document id and path. */
  firstUnder: Map<string, number>;
}
const headingsByCorpus = new WeakMap<Corpus, Headings>();
const headingKey = (docId: string, path: string[]) => [docId, ...path].join('\u0000');

/** The corpus' headings below each document's top level, read once per corpus. */
function headingsOf(corpus: Corpus): Headings {
  let headings = headingsByCorpus.get(corpus);
  if (headings) return headings;
  headings = { byDoc: new Map(), firstUnder: new Map() };
  for (const [i, s] of corpus.sections.entries()) {
    for (let depth = 1; depth < s.path.length; depth++) {
      const path = s.path.slice(0, depth + 1);
      const key = headingKey(s.docId, path);
      if (headings.firstUnder.has(key)) continue;
      headings.firstUnder.set(key, i);
      const list = headings.byDoc.get(s.docId) ?? [];
      list.push({ path, from: i });
      headings.byDoc.set(s.docId, list);
    }
  }
  headingsByCorpus.set(corpus, headings);
  return headings;
}

/** The heading of one plan naming the body the question asks about earliest. */
function bodyHeadingOf(
  corpus: Corpus,
  doc: DocMeta,
  question: string[],
  minDuties = 2,
): (Omit<BodyHeading, 'hit'> & { at: number }) | undefined {
  let best: (Omit<BodyHeading, 'hit'> & { at: number }) | undefined;
  for (const { path, from } of headingsOf(corpus).byDoc.get(doc.id) ?? []) {
    const at = headingNamedAt(question, path.at(-1)!, doc.province);
    if (at < 0 || (best && best.at <= at)) continue;
    const found = headingAnswer(corpus.sections, from, path, minDuties);
    if (found) best = { ...found, at };
  }
  return best;
}

/**
 * What answers for the heading `path` whose first section is `from`: the list it heads, or its own paragraph, as a list
 * when it states at least `minDuties` duties.
 */
function headingAnswer(sections: Section[], from: number, path: string[], minDuties = 2): Omit<BodyHeading, 'hit'> | undefined {
  // A heading over a paragraph of its own answers with it; one over other headings' sections and no list does not.
  const own = sections[from].path.length === path.length;
  const block = headingBlock(sections, from, path) ?? (own ? paragraphBlock(sections, from, path, minDuties) : undefined);
  return block || own ? { from, path, block } : undefined;
}

/**
 * The heading of a hit's body, when an answer (`text`) led with the list of headings it is one of and the question
 * names that body: the list is for asking which bodies take part, the body's own section for asking what it does
 * ("đài truyền hình tỉnh tuyên truyền những gì").
 */
export function bodyUnderList(question: string, usable: SearchHit[], corpus: Corpus, text: string): BodyHeading | undefined {
  const words = withoutOfThePeople(question);
  for (const hit of usable) {
    const path = hit.chunk.path;
    const depth = path.findIndex((_, d) => d > 0 && text.startsWith(`Theo ${citationLabel(hit.doc, path.slice(0, d))} [`));
    if (hit.doc.kind !== 'plan' || depth < 0 || headingNamedAt(words, path[depth], hit.doc.province) < 0) continue;
    const own = path.slice(0, depth + 1);
    const from = headingsOf(corpus).firstUnder.get(headingKey(hit.doc.id, own));
    // Quoted under its heading even for one duty: the heading's list around it would otherwise lead again.
    const found = from !== undefined ? headingAnswer(corpus.sections, from, own, 1) : undefined;
    if (found) return { hit, ...found };
  }
  return undefined;
}

/** A hit standing for a plan's section that the ranker did not return, scored as its best passage. */
function sectionHit(corpus: Corpus, doc: DocMeta, from: number, path: string[], best: SearchHit): SearchHit {
  const s = corpus.sections[from];
  const text = s.text.trim();
  const chunk: Unit = { id: `${s.id}~h`, docId: doc.id, sectionId: s.id, path, text, passage: text, start: from, count: 1 };
  return { chunk, doc, score: best.score, confidence: best.confidence, otherProvince: false };
}

/** The heading naming the body in the plan of the user's province, when the user picked one. */
function ownPlanHeading(
  corpus: Corpus,
  province: string | null,
  words: string[],
  usable: SearchHit[],
  minDuties = 2,
): BodyHeading | undefined {
  if (!province || !usable[0]) return undefined;
  for (const doc of corpus.docs) {
    if (doc.kind !== 'plan' || doc.province !== province) continue;
    const found = bodyHeadingOf(corpus, doc, words, minDuties);
    if (!found) continue;
    const hit = usable.find((h) => h.doc.id === doc.id) ?? sectionHit(corpus, doc, found.from, found.path, usable[0]);
    return { hit, from: found.from, path: found.path, block: found.block };
  }
  return undefined;
}

/** Whether the question asks what a body does as a whole, and nothing more precise. */
const asksBodyDuties = (question: string) =>
  asksDuties(foldedWords(question)) && answerTypes(question).every((t) => t === 'list' || t === 'agency');

// Folded content syllables a question asking only what a body does has besides the body's name: the asking ("lo",
// "phụ trách mảng", "nhiệm vụ", "vai trò", "được giao", "được đề nghị", "tham gia") and the plan and its place.
const DUTIES_ONLY = new Set(
  'lam lo viec phu trach mang nhiem vu vai tro giao de nghi phan cong tham gia nhung cac gi nao ke hoach an tinh'.split(' '),
);

/**
 * Whether the question asks only what a body of the user's province does, the body having a heading of its own in the
 * province's plan ("Sở Y tế lo việc gì"), and nothing else ("… trong phòng cháy chữa cháy" is another subject).
 */
export function asksOnlyOwnBodyDuties(question: string, corpus: Corpus, province: string | null): boolean {
  if (!province || !asksBodyDuties(question)) return false;
  const words = withoutOfThePeople(question);
  const asked = contentSyllables(question);
  return corpus.docs.some((doc) => {
    const found = doc.kind === 'plan' && doc.province === province ? bodyHeadingOf(corpus, doc, words) : undefined;
    if (!found) return false;
    const named = new Set([...contentSyllables(found.path.at(-1)!), ...province.split('-')]);
    return asked.every((w) => named.has(w) || DUTIES_ONLY.has(w));
  });
}

/**
 * The heading of the plan a question asks the duties of a body of, as that plan names the body: in the plan of the
 * user's province first, then in the plans of the usable hits (the best-ranked first); undefined when no plan gives
 * the body a heading of its own.
 */
export function bodyHeading(
  question: string,
  usable: SearchHit[],
  corpus: Corpus,
  province: string | null = null,
): BodyHeading | undefined {
  if (!asksBodyDuties(question)) return undefined;
  const words = withoutOfThePeople(question);
  // Asked for its duties as a list ("những việc nào"), a heading's one duty is quoted under it: the plan's list of
  // headings around it would otherwise lead.
  const minDuties = answerTypes(question).includes('list') ? 1 : 2;
  // The user who picked a province asks of its bodies: its plan says what they do there.
  const own = ownPlanHeading(corpus, province, words, usable, minDuties);
  if (own) return own;
  // A body asked of in general ("Mặt trận Tổ quốc làm gì …") is answered by the law's article on it, ranked first.
  if (!namesPlan(question) && usable[0]?.doc.kind !== 'plan') return undefined;
  const seen = new Set<string>();
  for (const hit of usable) {
    if (hit.doc.kind !== 'plan' || seen.has(hit.doc.id)) continue;
    seen.add(hit.doc.id);
    const found = bodyHeadingOf(corpus, hit.doc, words, minDuties);
    if (found) return { hit, from: found.from, path: found.path, block: found.block };
  }
  return undefined;
}
