// A question naming a plan or a law by its title ("Kinh phí thực hiện Kế hoạch thực hiện công tác hỗ trợ nạn nhân … năm
// 2024 lấy từ nguồn nào", "Theo Luật Phòng, chống mua bán người năm 2011, nạn nhân có quyền gì") asks something of that
// text: the title says which text, not what is asked. Scored with the title's words, the plan's opening and closing
// lines, or the law's articles titled "… phòng, chống mua bán người", outrank the section that answers (its funding,
// the victims' rights). The title still finds the text through the document's metadata.
import type { DocMeta } from '../knowledge/types.js';
import { foldedAsMeant, slugify } from '../knowledge/text.js';
import { isStopword } from './text.js';

/** How a plan or a law is named before its title: "Kế hoạch …", "Đề án …", "Luật …". */
const TEXT_WORDS = ['ke hoach', 'de an', 'luat'];
/** Syllables of a title the question repeats in a row, its naming word included, for the title to be named. */
const MIN_RUN = 6;
/** Content syllables the question must keep besides the title: else the title is what it asks about. */
const MIN_LEFT = 2;

interface Syllable {
  text: string;
  /** Index of the word of the question (in its split with spaces kept) the syllable belongs to. */
  word: number;
}

function syllablesOf(words: string[]): Syllable[] {
  const out: Syllable[] = [];
  words.forEach((w, word) => {
    if (word % 2 === 1) return;
    for (const text of slugify(w).split('-')) if (text) out.push({ text, word });
  });
  return out;
}

/** Whether a run of folded syllables holds a word naming a text ("ke hoach", "de an", "luat"). */
function holdsTextWord(run: string[]): boolean {
  const joined = ` ${run.join(' ')} `;
  return TEXT_WORDS.some((p) => joined.includes(` ${p} `));
}

/** The longest run of the question's syllables that the title repeats in a row and that holds a naming word. */
function titleRun(q: Syllable[], title: string[]): { from: number; to: number } | undefined {
  let best: { from: number; to: number } | undefined;
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < title.length; j++) {
      let n = 0;
      while (i + n < q.length && j + n < title.length && q[i + n].text === title[j + n]) n++;
      if (n < MIN_RUN || (best && n <= best.to - best.from)) continue;
      if (holdsTextWord(title.slice(j, j + n))) best = { from: i, to: i + n };
    }
  }
  return best;
}

const strippers = new WeakMap<readonly DocMeta[], (query: string) => string>();

/**
 * The question without the title of a provincial plan or a law among `docs` that it names, or unchanged when it names
 * none; what the search scores a passage's words on and what the answer's sentences are chosen by.
 */
export function withoutTextTitle(query: string, docs: readonly DocMeta[]): string {
  let strip = strippers.get(docs);
  if (!strip) strippers.set(docs, (strip = createTextTitles(docs)));
  return strip(query);
}

// What is asked of a law as a text (what is new in it, when it applies, how many articles): its title then says what is
// asked about, and stays.
const ABOUT_THE_TEXT =
  /^(\d+|co|gi|nao|bao|nhieu|may|khi|tu|ngay|thang|luat|van|nam|moi|cu|hieu|luc|thi|hanh|ap|dung|chuong|dieu|khoan|diem|thay|the|doi|sua|bo|sung|so|voi|khac|ban|noi|quy|dinh)$/;

function createTextTitles(docs: readonly DocMeta[]): (query: string) => string {
  const titles = docs.map((d) => ({ syllables: slugify(d.title).split('-'), law: !d.province })).filter((t) => holdsTextWord(t.syllables));
  return (query) => {
    const words = query.split(/(\s+)/);
    const q = syllablesOf(words);
    if (!holdsTextWord(q.map((s) => s.text))) return query;
    for (const title of titles) {
      const run = titleRun(q, title.syllables);
      if (!run) continue;
      // A word only partly in the run ("2016-2020" after the title's "2016") stays.
      const inRun = (k: number) => k >= run.from && k < run.to;
      const drop = new Set<number>();
      q.forEach((s, k) => inRun(k) && drop.add(s.word));
      q.forEach((s, k) => !inRun(k) && drop.delete(s.word));
      const left = q.filter((s) => !drop.has(s.word) && !isStopword(s.text));
      if (left.length < MIN_LEFT || (title.law && left.every((s) => ABOUT_THE_TEXT.test(s.text)))) return query;
      return words
        .filter((_, i) => !drop.has(i))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    }
    return query;
  };
}

// "theo kế hoạch", "kế hoạch của tỉnh", "kinh phí thực hiện kế hoạch", "trong đề án": the question asks what a
// province's plan says. Not "Sở Kế hoạch và Đầu tư" (an agency), nor a plan as a task ("thống nhất kế hoạch tiếp
// nhận", "đề án thành lập cơ sở"), which the national texts speak of too.
const ASKS_OF_PLAN =
  /(?<! so) (?:(?:theo|trong|cua|thuc hien|tham gia) (?:ban )?(?:ke hoach|de an)|(?:ke hoach|de an) (?:nay|cua|tinh|nam|giai doan|ho tro nan nhan|phoi hop))(?= )|^ (?:ke hoach|de an) (?!thanh lap)/;

/** True when the question (foldedWords) asks what a province's plan says rather than naming a plan as a task. */
export function asksOfPlan(foldedQuestion: string): boolean {
  return ASKS_OF_PLAN.test(foldedQuestion);
}

// "tỉnh có làm gì không", "ở huyện có kêu gọi … không", "… rồi thì tỉnh có lo …": whether the province or district
// itself does something is what its plan sets; a national text says what any province must do. The place opens its
// clause: "Sở Y tế tỉnh có …" asks of a body, which the texts setting its duties answer.
const LOCAL_ACTION =
  /^ (?:(?:o|tai|con|ma|nhung|va|ben|rieng|vay|the|[a-z ]*? thi) )?(?:tinh|huyen|dia phuong)(?: (?:minh|ta|nha|nay))? (?:co|da|co dang|hien co|dang) (?!(?:trach nhiem|nghia vu|quyen|phai|bat buoc|duoc)\b)/;
// Typed with marks, "tình cờ", "tính có" are not "tỉnh có".
const LOCAL_ACTION_WORDS = ['tỉnh', 'huyện', 'có', 'đã', 'đang'];

/** True when a clause of the question asks whether the province or district itself does something. */
export function asksOfLocalAction(question: string): boolean {
  return question.split(/[,;.:?!]/).some((clause) => LOCAL_ACTION.test(foldedAsMeant(clause, LOCAL_ACTION_WORDS)));
}
