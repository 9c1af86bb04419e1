// A question naming a section of a plan ("những hình thức phối hợp nào", "nhiệm vụ và giải pháp trọng tâm của kế
// hoạch", "tổ chức thực hiện … như thế nào") asks for that section as a whole: its parts listed and cited to the
// section, not one sentence of one part nor the plan's preamble. Plans are written to one pattern whose sections are
// named by a few nouns (mục đích, yêu cầu, mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp, nội dung, hình thức, phân công,
// tổ chức thực hiện, kinh phí); the section is the heading that opens with such a noun the question uses.
import type { Corpus, DocMeta } from '../../knowledge/types.js';
import { foldedWords } from '../../knowledge/text.js';
import { headingBlock, type ListBlock } from '../../retrieval/list-block.js';
import { answerTypes } from '../../retrieval/question-type.js';
import { contentSyllables } from '../../retrieval/text.js';
import type { SearchHit } from '../../retrieval/types.js';

/** Folded nouns that name a section of a plan, as its heading opens. */
const SECTION_NOUNS = new Set([
  'muc dich',
  'yeu cau',
  'muc tieu',
  'chi tieu',
  'nhiem vu',
  'giai phap',
  'noi dung',
  'hinh thuc',
  'phan cong',
  'to chuc',
  'kinh phi',
]);
/** A question naming the plan ("của kế hoạch", "KH", "đề án") may name its section by the opening noun alone. */
const NAMES_PLAN = / (ke hoach|kh|de an|chuong trinh|quy che) /;
/** Whether the question names a plan ("kế hoạch", "KH", "đề án"). */
export const namesPlan = (question: string) => NAMES_PLAN.test(foldedWords(question));
/** A heading's marker: "III.", "9.", "9.1.", "a)". */
const MARKER = /^([IVX]+|\d{1,2}(\.\d{1,2})*|[a-zđ])[.)]\s*/u;
/** Words before a heading's noun that only say it is a selection ("Một số chỉ tiêu cụ thể"). */
const SELECTION = /^(một số|các|những)\s+/iu;
/** How many content syllables after the section noun the question may add, each of them the heading's or the plan's. */
const MODIFIER_SYLLABLES = 2;
/** Folded words that introduce what a section is about ("chỉ tiêu về hỗ trợ"): the words after them are the modifier. */
const TOPIC_PREPOSITIONS = new Set(['ve', 'cho']);
/** Folded words asking where the money of a funding section comes from ("kinh phí lấy từ nguồn nào"): no modifier. */
const SOURCE_ASKED = new Set(['lay', 'nguon', 'dau', 'ra', 'duoc', 'cap']);
/** Words right after the noun that only rank what the section holds ("nhiệm vụ chính", "chủ yếu", "cụ thể"). */
const RANKING = /^(chinh|chu yeu|cu the|trong tam)( |$)/;

/** The question's words after the section noun, without a ranking word before them. */
const withoutRanking = (words: string[]): string[] => {
  const m = RANKING.exec(words.join(' '));
  return m ? words.slice(m[1].split(' ').length) : words;
};

/** Folded content syllables in order (stopwords and the heading's marker left out). */
const headingSyllables = (text: string) => contentSyllables(text.replace(MARKER, '').replace(SELECTION, ''));

const startsWith = (path: string[], prefix: string[]) => prefix.length < path.length && prefix.every((p, i) => path[i] === p);

const pairsOf = (syl: string[]) => syl.slice(1).map((t, i) => `${syl[i]} ${t}`);

/** A plan's heading the question names, with the list it heads. */
export interface NamedSection {
  /** A usable hit of the plan: the section is cited as its document. */
  hit: SearchHit;
  block: ListBlock;
}

interface HeadingMatch {
  block: ListBlock;
  /** How many of the heading's syllable pairs the question holds. */
  matched: number;
}

/**
 * How the question names the heading: undefined unless the heading opens with a section noun the question uses and
 * the words the question adds to that noun ("nội dung phối hợp", not "nội dung tuyên truyền") are the heading's or
 * the plan title's; else the number of the heading's pairs the question holds.
 */
function headingMatch(heading: string, question: string[], titleSyllables: Set<string>, namesPlan: boolean): number | undefined {
  const syl = headingSyllables(heading);
  const pairs = pairsOf(syl);
  const head = pairs[0];
  if (!head || !SECTION_NOUNS.has(head)) return undefined;
  const at = pairsOf(question).indexOf(head);
  if (at < 0) return undefined;
  const own = new Set(syl);
  const added = withoutRanking(question.slice(at + 2))
    .filter((t) => !TOPIC_PREPOSITIONS.has(t) && !(head === 'kinh phi' && SOURCE_ASKED.has(t)))
    .slice(0, MODIFIER_SYLLABLES);
  if (!added.every((t) => own.has(t) || titleSyllables.has(t))) return undefined;
  const asked = new Set(pairsOf(question));
  const matched = pairs.filter((p) => asked.has(p)).length;
  return namesPlan || matched >= 2 ? matched : undefined;
}

/** Share of the pairs of a heading (not the plan title's) the question holds for the heading to be named by it. */
const NAMED_SHARE = 0.5;

/**
 * True when the question names a heading that is no section noun's ("2. Công an tỉnh", "4. Sở Tài chính"): it asks
 * about that part of the plan ("Công an tỉnh có những nhiệm vụ gì trong kế hoạch"), not a section as a whole.
 */
function namesPart(heading: string, question: string[], titlePairs: Set<string>): boolean {
  const pairs = pairsOf(headingSyllables(heading));
  if (!pairs.length || SECTION_NOUNS.has(pairs[0])) return false;
  const own = pairs.filter((p) => !titlePairs.has(p));
  const asked = new Set(pairsOf(question));
  const matched = own.filter((p) => asked.has(p)).length;
  return matched >= 2 && matched >= own.length * NAMED_SHARE;
}

/** The best-named heading of one plan that heads a list, or undefined (also when the question names a part of it). */
function sectionOf(corpus: Corpus, doc: DocMeta, question: string[], namesPlan: boolean): HeadingMatch | undefined {
  const titleSyllables = new Set(headingSyllables(doc.title));
  const titlePairs = new Set(pairsOf(headingSyllables(doc.title)));
  const seen = new Set<string>();
  let best: HeadingMatch | undefined;
  let part = false;
  corpus.sections.forEach((s, i) => {
    if (s.docId !== doc.id) return;
    s.path.forEach((heading, depth) => {
      const path = s.path.slice(0, depth + 1);
      const key = path.join('\u0000');
      if (seen.has(key)) return;
      seen.add(key);
      part ||= namesPart(heading, question, titlePairs);
      const matched = headingMatch(heading, question, titleSyllables, namesPlan);
      // Of headings named as well, the deeper one is the narrower section ("1. Mục tiêu" under "II. Mục tiêu").
      const narrower = best && matched === best.matched && startsWith(path, best.block.path);
      if (matched === undefined || (best && matched <= best.matched && !narrower)) return;
      const block = headingBlock(corpus.sections, i, path);
      if (block) best = { block, matched };
    });
  });
  return part ? undefined : best;
}

/**
 * A plan without a heading of its own for its targets ("chỉ tiêu") states them under its goals ("II. Mục tiêu"):
 * asked for its targets, that section answers.
 */
function targetsUnderGoals(corpus: Corpus, doc: DocMeta, question: string[], namesPlan: boolean): HeadingMatch | undefined {
  const at = pairsOf(question).indexOf('chi tieu');
  if (at < 0) return undefined;
  return sectionOf(
    corpus,
    doc,
    question.map((t, i) => (i === at ? 'muc' : t)),
    namesPlan,
  );
}

// "Kế hoạch … tập trung vào những việc gì", "… đề ra những gì", "… gồm những nhóm việc nào", "… làm gì": the plan
// itself is asked what it sets out to do, which its tasks section ("Nhiệm vụ …", or a coordination plan's "Nội dung …
// phối hợp") says. Only when the plan is the one acting up to the end of the question, or what follows names no more
// than the plan's own subject (PLAN_SUBJECT, its title): "… cho trẻ em", "nếu …" ask one point of it.
const ASKS_PLAN_TASKS =
  / (?:ke hoach|kh|de an|chuong trinh)(?: \w+){0,12}? (?:tap trung|de ra|dat ra|huong toi|co|lam|gom|bao gom)(?: vao)?(?: lam)?(?: (?:nhung|cac))?(?: (?:viec|cong viec|hoat dong|nhom viec))? (?:gi|nao|chinh(?: nao| gi)?)((?: \w+)*?)(?: (?:vay|a|nhi|the|ha))* $/;
// What every plan here is against and for, with the words saying so ("… để chống mua bán người", "… cho nạn nhân bị
// mua bán", "… trong công tác hỗ trợ nạn nhân" with the title's words): a question ending so asks no narrower point.
// Each plan is one of support to the victims, so what it does for them is all it does; for whom else ("… cho gia đình
// họ") the words after "cho" tell, "cho" and "trong" being no content word.
const PLAN_SUBJECT = new Set(['de', 've', 'phong', 'chong', 'mua', 'ban', 'nguoi', 'toi', 'pham', 'nan', 'nhan', 'bi']);

/** Whether the question asks what the plan `doc` sets out to do (ASKS_PLAN_TASKS), its words after the ask its subject's. */
function asksPlanTasks(q: string, doc: DocMeta): boolean {
  const tail = ASKS_PLAN_TASKS.exec(q)?.[1];
  if (tail === undefined) return false;
  const title = new Set(headingSyllables(doc.title));
  return contentSyllables(tail).every((t) => PLAN_SUBJECT.has(t) || title.has(t));
}
// "Tỉnh mình hỗ trợ nạn nhân ra sao", "tỉnh làm gì để …": the province as a whole is asked what it does, which its
// plan's tasks section says as well (its bodies and its policies are asked by their own names). Done for someone
// ("… làm những việc gì cho nạn nhân") asks the tasks for them, which the sections on them state, not the list.
const ASKS_PROVINCE_TASKS =
  /^ (?:o |ben |tai )?tinh(?: minh| ta| nha)? (?:\w+ ){0,10}?(?:lam (?:nhung |cac )?(?:viec )?gi|ra sao|(?:nhu )?the nao) (?!cho )/;
// Folded, "tính (mức hỗ trợ) thế nào" reads as "tỉnh": the province is asked only as written, or in a question without accents.
const PROVINCE_WORD = /^\s*(?:(?:ở|bên|tại|o|ben|tai)\s+)?(?:tỉnh|tinh)(?!\p{L})/iu;
const CASE_CUE = / (?:neu|truong hop|khi|doi voi) /;
// "… yêu cầu gì khi nạn nhân là trẻ em", "… cho người chưa thành niên": one group of victims is asked about, which a
// point of the plan states; the section whose noun the question also uses ("Yêu cầu") speaks of everyone.
const SUB_GROUP_CASE =
  / (?:khi|neu|truong hop|doi voi|voi|cho|danh cho|la)(?: \w+){0,3}? (?:tre em|tre nho|chua thanh nien|duoi 18 tuoi|phu nu|be gai|em be) /;
/** Whether the question asks what a plan says of one group of victims: a point of it, not a list of its sections. */
export const asksPlanOnGroup = (question: string) => {
  return namesPlan(question) && SUB_GROUP_CASE.test(foldedWords(question));
};
/** The section nouns a plan's tasks are headed by, in the order tried. */
const TASK_NOUNS = [
  ['nhiem', 'vu'],
  ['noi', 'dung'],
];

/** The plan's tasks section, when the question asks what the plan, or its province, sets out to do. */
function tasksSection(corpus: Corpus, doc: DocMeta, question: string, words: string[]): HeadingMatch | undefined {
  const q = foldedWords(question);
  const province = ASKS_PROVINCE_TASKS.test(q) && PROVINCE_WORD.test(question);
  if ((!asksPlanTasks(q, doc) && !province) || CASE_CUE.test(q)) return undefined;
  for (const noun of TASK_NOUNS) {
    const found = sectionOf(corpus, doc, [...words, ...noun], true);
    if (found) return found;
  }
  return undefined;
}

// "Những cơ quan nào cùng phối hợp thực hiện kế hoạch", "sở ngành nào được giao nhiệm vụ", "kế hoạch phân công cho
// đơn vị nào", "ai làm gì": the plan's bodies are asked, which the section assigning its work names ("Phân công trách
// nhiệm", else "Tổ chức thực hiện").
const BODY_ASKED = '(?:co quan|don vi|so|nganh|so nganh|ben|luc luong) nao';
const ASKS_PLAN_BODIES = new RegExp(
  ` (?:${BODY_ASKED} (?:\\w+ ){0,4}?(?:phoi hop|thuc hien|tham gia|trien khai|chiu trach nhiem|duoc giao|duoc phan cong|dam nhiem)|(?:(?<!ban )giao|phan cong)(?: nhiem vu| trach nhiem| viec)?(?: cho)?(?: (?:nhung|cac))? ${BODY_ASKED}|ai (?:lam|phu trach) (?:viec )?gi) `,
);
/** Whether the question asks which bodies carry out a plan it names. */
const asksPlanBodies = (q: string) => NAMES_PLAN.test(q) && ASKS_PLAN_BODIES.test(q) && !CASE_CUE.test(q);
// Named whole, so that another section noun of the question ("giao nhiệm vụ") names no other section.
const BODIES_SECTIONS = [
  ['phan', 'cong', 'trach', 'nhiem'],
  ['to', 'chuc', 'thuc', 'hien'],
];

/** The section assigning the plan's work to its bodies, when the question asks which bodies carry the plan out. */
function bodiesSection(corpus: Corpus, doc: DocMeta, question: string): HeadingMatch | undefined {
  if (!asksPlanBodies(foldedWords(question))) return undefined;
  for (const heading of BODIES_SECTIONS) {
    const found = sectionOf(corpus, doc, heading, true);
    if (found) return found;
  }
  return undefined;
}

/**
 * The plan section a question names (its heading opening with a section noun), in the plans of the usable hits, the
 * best-ranked plan first; undefined for a question asking one precise thing (an amount, a deadline, a number, papers).
 * Where a plan's money comes from is its funding section ("Kinh phí thực hiện") when the question names a plan; the
 * funding of a support a regulation grants ("kinh phí thực hiện chế độ hỗ trợ") is no plan's.
 */
export function namedPlanSection(question: string, usable: SearchHit[], corpus: Corpus): NamedSection | undefined {
  const namesPlan = NAMES_PLAN.test(foldedWords(question));
  if (!answerTypes(question).every((t) => t === 'list' || t === 'agency' || (t === 'funding' && namesPlan))) return undefined;
  if (SUB_GROUP_CASE.test(foldedWords(question))) return undefined;
  const words = headingSyllables(question);
  const seen = new Set<string>();
  for (const hit of usable) {
    if (hit.doc.kind !== 'plan' || seen.has(hit.doc.id)) continue;
    seen.add(hit.doc.id);
    // The bodies asked are named by the section assigning the work, whatever other section noun the question uses
    // ("… được giao nhiệm vụ").
    const found =
      bodiesSection(corpus, hit.doc, question) ??
      sectionOf(corpus, hit.doc, words, namesPlan) ??
      targetsUnderGoals(corpus, hit.doc, words, namesPlan) ??
      tasksSection(corpus, hit.doc, question, words);
    if (found) return { hit, block: found.block };
  }
  return undefined;
}
