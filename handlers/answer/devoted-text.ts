// A regulation may be devoted to the measures of named forces ("Thông tư quy định biện pháp của Bộ đội Biên phòng và
// Cảnh sát biển trong phòng, chống mua bán người"): its first chapter says what it covers, its last how it takes
// effect, and every article between is one duty of those forces (prevention, detection, receipt, protection). Asked
// what such a force does, as a whole, the answer is those articles side by side, each with its opening points and
// cited to itself, not the one clause the ranker put first nor the article on the text's principles.
import { citationLabel, documentLabel, validitySuffix } from '../../knowledge/cite.js';
import type { Corpus, DocMeta } from '../../knowledge/types.js';
import { elidedQuote } from '../../knowledge/text.js';
import { withoutSetting } from '../../retrieval/actor-heading.js';
import { enumeratedItems } from '../../retrieval/overview.js';
import { analyze, foldToken, isStopword } from '../../retrieval/text.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import type { AnswerResult, Citation } from '../types.js';
import { asksDuties } from './agency-section.js';
import type { AgencyPoint, FurtherSource } from './agency-points.js';
import { citationOf } from './cite.js';

// Whose measures a text's title says it sets out: "… biện pháp của Bộ đội Biên phòng và Cảnh sát biển trong …".
const MEASURES_OF = /biện pháp của (.+?) trong /u;
const CHAPTER = /^Chương\s+[IVXLC\d]+/u;
/** An article's number before its title ("Điều 42. "). */
export const ARTICLE_NUMBER = /^Điều\s+\d+[a-z]?\.\s*/u;
// A duty asked as measures or help: "có những biện pháp gì", "giúp được gì".
const ASKS_MEASURES = / (?:bien phap (?:gi|nao)|giup (?:duoc )?gi) /;
// Words of a question asking what a force does against trafficking, beyond the force's name: they ask nothing narrower.
const GENERAL_WORDS = new Set(
  (
    'co lam viec cong tac de ve nhiem vu trach tham gia the nao ra sao gi nhung cac phai duoc giup bien phap ap dung nhu vao ' +
    'tai trong thuc hien phong chong ngua mua ban nguoi buon toi pham hoat dong linh don luc luong chu yeu chinh'
  ).split(' '),
);
/** Content syllables a question may add to its force and its duty ask ("tỉnh", "hiện nay") and still ask for all duties. */
const MAX_OTHER_SYLLABLES = 1;
/** Articles quoted at most: the text's duties, each one source. */
const MAX_ARTICLES = 8;
/** Points quoted in all, shared among the articles: every duty is named, each by fewer points when there are many. */
const POINTS_BUDGET = 12;
/** Points quoted per article at most. */
const MAX_POINTS = 3;
const MAX_POINT_CHARS = 160;

/** Folded syllables, abbreviations written out ("BĐBP" → `bo doi bien phong`). */
const syllables = (text: string) => analyze(text).seq.map(foldToken);

interface MeasureArticle {
  /** The article's path ("Chương II", "Điều 5. Biện pháp phòng ngừa xã hội") and its first section. */
  path: string[];
  from: number;
  /** Its numbered clauses, in order: each clause's section and those of its lettered points. */
  points: { at: number; items: number[] }[];
}

interface DevotedText {
  doc: DocMeta;
  /** The forces' names as folded syllables. */
  names: string[][];
  articles: MeasureArticle[];
}

/** The articles of a text's chapters between its first (scope, principles) and its last (entry into force). */
function measureArticles(corpus: Corpus, docId: string): MeasureArticle[] {
  const chapters = [...new Set(corpus.sections.filter((s) => s.docId === docId && CHAPTER.test(s.path[0] ?? '')).map((s) => s.path[0]))];
  const inner = new Set(chapters.slice(1, -1));
  const articles = new Map<string, MeasureArticle>();
  corpus.sections.forEach((s, i) => {
    if (s.docId !== docId || !inner.has(s.path[0]) || !ARTICLE_NUMBER.test(s.path[1] ?? '')) return;
    const key = `${s.path[0]}\u0000${s.path[1]}`;
    let a = articles.get(key);
    if (!a) articles.set(key, (a = { path: s.path.slice(0, 2), from: i, points: [] }));
    if (s.path.length === 3 && s.text.trim()) a.points.push({ at: i, items: [] });
    else if (s.path.length === 4 && a.points.length) a.points[a.points.length - 1].items.push(i);
  });
  return [...articles.values()].filter((a) => a.points.length > 0);
}

function devotedTextsOf(corpus: Corpus): DevotedText[] {
  return corpus.docs.flatMap((doc) => {
    const named = doc.kind === 'regulation' ? MEASURES_OF.exec(doc.title)?.[1] : undefined;
    if (!named) return [];
    const names = named.split(/,| và /u).map((n) => syllables(n.trim()));
    const articles = measureArticles(corpus, doc.id);
    return articles.length > 1 ? [{ doc, names, articles }] : [];
  });
}

const cache = new WeakMap<Corpus, DevotedText[]>();
const devotedTexts = (corpus: Corpus) => {
  let texts = cache.get(corpus);
  if (!texts) cache.set(corpus, (texts = devotedTextsOf(corpus)));
  return texts;
};

/** Where the question names the force, in full or by its last two words ("lính biên phòng"), as [start, end) or undefined. */
function namedAt(question: string[], name: string[]): [number, number] | undefined {
  for (const run of [name, name.slice(-2)]) {
    for (let i = 0; i + run.length <= question.length; i++) if (run.every((w, k) => question[i + k] === w)) return [i, i + run.length];
  }
  return undefined;
}

/**
 * The devoted text and the force a question asks the duties of as a whole, or undefined: read once per question and
 * handed to forceInOwnPlan, devotedOutline and devotedTextAnswer.
 */
export function askedForce(index: KnowledgeIndex, question: string): DevotedText | undefined {
  const corpus = index.corpus;
  const spelled = ` ${syllables(question).join(' ')} `;
  if (!asksDuties(spelled) && !ASKS_MEASURES.test(spelled)) return undefined;
  // A question set in a situation ("khi tiếp nhận nạn nhân … thì") asks one duty: the ranker finds its clause.
  if (withoutSetting(spelled) !== spelled) return undefined;
  const words = spelled.trim().split(' ');
  for (const text of devotedTexts(corpus)) {
    for (const name of text.names) {
      const at = namedAt(words, name);
      if (!at) continue;
      const other = words.filter((w, i) => (i < at[0] || i >= at[1]) && !name.includes(w) && !isStopword(w) && !GENERAL_WORDS.has(w));
      return other.length <= MAX_OTHER_SYLLABLES ? text : undefined;
    }
  }
  return undefined;
}

const shortened = (text: string) => elidedQuote(text, MAX_POINT_CHARS);

// A point where the force helps another ("Phối hợp với …") is not one of its own duties.
const SUPPORTING = /^(?:\d+\.\s*)?Phối hợp/u;
/** A clause with lettered points and at most this many content syllables is their heading ("3. Các biện pháp bảo vệ."). */
const INTRODUCING_SYLLABLES = 8;
/** How many of a point's opening syllables are read for whether it only restates its article's title. */
const OPENING_SYLLABLES = 12;

/** Folded content syllables. */
const contentSyllables = (text: string) => syllables(text).filter((w) => !isStopword(w));

/** Whether a point only restates the title ("1. Tiến hành các biện pháp phòng ngừa nghiệp vụ …" of "Biện pháp phòng ngừa nghiệp vụ"). */
function restates(title: string, point: string): boolean {
  const opening = new Set(contentSyllables(point).slice(0, OPENING_SYLLABLES));
  return contentSyllables(title).every((w) => opening.has(w));
}

/** Points quoted per article when `articles` are quoted: the budget shared, at least one each, at most MAX_POINTS. */
const pointsPerArticle = (articles: number) => Math.max(1, Math.min(MAX_POINTS, Math.floor(POINTS_BUDGET / articles)));

/**
 * How a clause is quoted: by its lettered points when it only introduces them ("… bao gồm:", "3. Các biện pháp bảo
 * vệ."), for they are the duty; else by its first line. Undefined for a clause that lists names ("Người thân thích
 * của nạn nhân bao gồm: Vợ, chồng, …"): it says who, not what the force does.
 */
function clauseQuote(corpus: Corpus, point: MeasureArticle['points'][number]): string | undefined {
  const text = corpus.sections[point.at].text.trim();
  const first = text.split('\n')[0];
  if (!point.items.length) return enumeratedItems(text) > 0 ? undefined : first;
  const introduces = first.endsWith(':') || contentSyllables(first).length <= INTRODUCING_SYLLABLES;
  return introduces ? point.items.map((i) => corpus.sections[i].text.trim().split('\n')[0]).join(' ') : first;
}

/** Syllables of a title that name its subject ("tiếp nhận, xác minh" of "Tiếp nhận, xác minh, xác định nạn nhân"). */
const SUBJECT_SYLLABLES = 4;

/** Whether a point opens with the subject of another article's title: that article holds the duty, quoted there. */
function opensWithOther(others: string[], point: string): boolean {
  const opening = ` ${syllables(point).slice(0, OPENING_SYLLABLES).join(' ')} `;
  return others.some((title) => opening.includes(` ${syllables(title).slice(0, SUBJECT_SYLLABLES).join(' ')} `));
}

/**
 * An article's points that state a duty of the force's own, up to `max`: not one that restates the title, opens with
 * another article's subject (`others`: their titles), helps another body or lists names; its first point when none does.
 */
function ownPoints(corpus: Corpus, a: MeasureArticle, max: number, others: string[]): string[] {
  const title = a.path[1].replace(ARTICLE_NUMBER, '');
  const texts = a.points.map((p) => clauseQuote(corpus, p)).filter((t): t is string => t !== undefined);
  const own = texts.filter((t) => !t.endsWith(':') && !SUPPORTING.test(t) && !restates(title, t) && !opensWithOther(others, t));
  return (own.length ? own : texts).slice(0, max).map(shortened);
}

/** A line of a plan's section that states a duty: a dash, or a paragraph of a section without dashes. */
const DASH = /^[-–•+]\s+/u;

/** The plan's lines under headings naming the force: its dashes, or a section's paragraph when it has none. */
function forcePoints(corpus: Corpus, plan: DocMeta, text: DevotedText): AgencyPoint[] {
  const names = text.names.map((n) => ` ${n.join(' ')} `);
  const points: AgencyPoint[] = [];
  corpus.sections.forEach((s, i) => {
    const heading = s.path.at(-1);
    if (s.docId !== plan.id || !heading || !names.some((n) => ` ${syllables(heading).join(' ')} `.includes(n))) return;
    const lines = s.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const dashes = lines.filter((l) => DASH.test(l));
    for (const line of dashes.length ? dashes : lines) points.push({ section: i, text: line });
  });
  return points;
}

// Which lines a plan gives a force is a fixed property of the corpus: read once per plan and text.
const pointsCache = new WeakMap<Corpus, Map<string, AgencyPoint[]>>();

/**
 * The duties the plan of the user's province gives the force asked about as a whole, under a heading naming it ("3. Bộ
 * Chỉ huy Bộ đội Biên phòng tỉnh"): asked in a province, what the force does there comes before the national text.
 */
export function forceInOwnPlan(
  index: KnowledgeIndex,
  text: DevotedText | undefined,
  province: string | null,
): { doc: DocMeta; points: AgencyPoint[] } | undefined {
  const corpus = index.corpus;
  const doc = text && province ? corpus.docs.find((d) => d.kind === 'plan' && d.province === province) : undefined;
  if (!text || !doc) return undefined;
  let byPlan = pointsCache.get(corpus);
  if (!byPlan) pointsCache.set(corpus, (byPlan = new Map()));
  const key = `${doc.id}\u0000${text.doc.id}`;
  let points = byPlan.get(key);
  if (!points) byPlan.set(key, (points = forcePoints(corpus, doc, text)));
  return points.length ? { doc, points } : undefined;
}

/** The measure articles of the text devoted to the force the question asks about as a whole, by their titles; or undefined. */
export function devotedOutline(index: KnowledgeIndex, text: DevotedText | undefined): FurtherSource[] | undefined {
  const corpus = index.corpus;
  return text?.articles.slice(0, MAX_ARTICLES).map((a) => ({ doc: text.doc, path: a.path, sectionId: corpus.sections[a.from].id }));
}

/**
 * What a force a text is devoted to does, when the question asks that as a whole: the text's measure articles, each
 * titled, with its opening points, one citation each; undefined for any other question.
 */
export function devotedTextAnswer(index: KnowledgeIndex, text: DevotedText | undefined): AnswerResult | undefined {
  const corpus = index.corpus;
  if (!text) return undefined;
  const articles = text.articles.slice(0, MAX_ARTICLES);
  const max = pointsPerArticle(articles.length);
  const citations: Citation[] = articles.map((a, k) => citationOf(k + 1, text.doc, a.path, corpus.sections[a.from].id));
  const titles = articles.map((a) => a.path[1].replace(ARTICLE_NUMBER, ''));
  const lines = articles.map((a, k) => {
    const others = titles.filter((_, j) => j !== k);
    return [`- ${titles[k]} [${k + 1}]:`, ...ownPoints(corpus, a, max, others).map((p) => `  «${p}»`)].join('\n');
  });
  const lead = `Theo ${documentLabel(text.doc)}${validitySuffix(text.doc)}, các biện pháp chính:\n${lines.join('\n')}`;
  const blocks = articles.map((a, k) => `[${k + 1}] ${citationLabel(text.doc, a.path)}`);
  return { kind: 'answer', text: `${lead}\n\nTrích dẫn:\n${blocks.join('\n')}`, citations };
}
