// "Hỗ trợ tâm lý gồm những gì", "trợ giúp pháp lý thì được làm những gì": what one named kind of support consists of.
// The law's list of support kinds only names it ("g) Hỗ trợ tâm lý;"), and that list shares every word of such a
// question, so the ranker puts it first; the article titled by the kind ("Điều 21. Hỗ trợ tâm lý") says what it gives.
// That article answers, the most detailed text first. Who is entitled to a kind, how much or how long it pays, and
// which papers it needs are other questions, left to the ranker.
import { foldedWords } from '../../knowledge/text.js';
import { answerTypes, type AnswerType } from '../../retrieval/question-type.js';
import type { Section } from '../../knowledge/types.js';
import type { KnowledgeIndex, SearchHit } from '../../retrieval/types.js';
import { clauseHit } from './basis.js';

// What a kind consists of or lets one do: "gồm (những) gì", "những khoản nào", "được làm gì", "cụ thể thế nào", "là gì".
const ASKS_CONTENT =
  / ((bao )?gom( nhung| cac)? (gi|(khoan|noi dung|hoat dong|viec) (gi|nao))|(nhung|cac) (gi|(khoan|noi dung|hoat dong|viec) (gi|nao))|(lam|giup|duoc) (nhung )?(gi|viec gi)|(cu the )?(nhu )?the nao|ra sao|la gi) /;
// Who receives it and on which condition, or a number, a deadline, papers, a procedure, its money: not what the kind
// consists of.
const ASKS_OTHER = / (ai|doi tuong|dieu kien|nguoi nao|truong hop nao|ho so|giay to|thu tuc|trinh tu|kinh phi|muc chi) /;
const OTHER_ASKS: AnswerType[] = ['amount', 'time', 'period', 'date', 'count', 'agency', 'papers', 'file', 'funding', 'place'];
// An article's title naming a kind of support: "Hỗ trợ y tế", "Trợ giúp pháp lý", "Chế độ hỗ trợ nhu cầu thiết yếu
// và chi phí đi lại" (folded, its "Điều N." taken off).
const ARTICLE_TITLE = /^ dieu \d+ (?:che do )?((?:ho tro|tro giup|tro cap) .+) $/;
// "Hỗ trợ nạn nhân" names support as a whole, not a kind of it.
const NO_KIND = /^(ho tro|tro giup|tro cap)( cho)? nan nhan$/;
/** Texts whose article on the kind is quoted at most. */
const MAX_ARTICLES = 2;

/** The kinds an article's heading names ("hỗ trợ học văn hóa", "học nghề", "trợ cấp khó khăn ban đầu"), folded. */
export function kindsOfTitle(heading: string): string[] {
  const title = ARTICLE_TITLE.exec(foldedWords(heading))?.[1];
  if (!title || NO_KIND.test(title)) return [];
  return title
    .split(/ va | (?=(?:ho tro|tro giup|tro cap) )/)
    .map((k) => k.trim())
    .filter((k) => k.split(' ').length >= 2);
}

/** True when the question asks what a support consists of, not who gets it, how much or by when. */
export function asksSupportContent(question: string): boolean {
  const q = foldedWords(question);
  if (!ASKS_CONTENT.test(q) || ASKS_OTHER.test(q)) return false;
  return !answerTypes(question).some((t) => OTHER_ASKS.includes(t));
}

// A clause saying what the kind gives: "2. Chế độ hỗ trợ tâm lý cho nạn nhân gồm …", "2. Chế độ hỗ trợ gồm" (its points).
const STATES_CONTENT = /^ \d{1,2} che do (?:[a-z]+ ){0,20}?(?:gom|bao gom) /;
// A clause heading that is only its number: its words are its text.
const BARE_CLAUSE = /^\d{1,2}\.$/u;
// A short point of a list naming kinds of support ("b) Hỗ trợ y tế;", "k) Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn.").
const LIST_POINT = /^ [a-z] (?:[a-z]+ ){1,12}$/;

// Words of any question on support, which tell no setting apart.
const GENERIC = new Set(['nan', 'nhan', 'ho', 'tro', 'che', 'do', 'cho', 'thi', 'duoc', 'la', 'cac', 'nhung', 'gi', 'gom', 'bao']);

/** The question's word pairs outside the kind it names, of words that say more than support in general. */
function settingPairs(q: string, kind: string): string[] {
  const words = q.replace(` ${kind} `, ' | ').trim().split(' ');
  return words.slice(1).flatMap((w, i) => {
    const prev = words[i];
    return prev === '|' || w === '|' || (GENERIC.has(prev) && GENERIC.has(w)) ? [] : [`${prev} ${w}`];
  });
}

/**
 * A passage outside the kinds' articles saying what a kind consists of for the setting the question names ("Bộ đội
 * Biên phòng … có trách nhiệm hỗ trợ nhu cầu thiết yếu … bao gồm: a) …" asked of the border guard): that passage
 * answers, not the article on the kind in general.
 */
function statesKindForSetting(q: string, hits: SearchHit[], kinds: string[], articles: { docId: string; title: string }[]): boolean {
  const inArticle = (h: SearchHit) => articles.some((a) => a.docId === h.doc.id && h.chunk.path.includes(a.title));
  return hits.some((h) => {
    if (inArticle(h)) return false;
    const text = foldedWords(h.chunk.text);
    return kinds.some((k) => {
      const at = new RegExp(` ${k} (?:[a-z0-9]+ ){0,40}?(?:bao )?gom `).exec(text)?.index;
      if (at === undefined || !q.includes(` ${k} `)) return false;
      const before = `${text.slice(0, at)} `;
      return settingPairs(q, k).some((pair) => before.includes(` ${pair} `));
    });
  });
}

/** Whether a passage is the article on one of `kinds` or a list naming one of them as an item. */
function namesKind(hit: SearchHit, kinds: string[]): boolean {
  const has = (text: string) => kinds.some((k) => text.includes(` ${k} `));
  if (hit.chunk.path.some((h) => kindsOfTitle(h).some((k) => kinds.includes(k)))) return true;
  return hit.chunk.text.split('\n').some((line) => {
    const folded = foldedWords(line);
    return LIST_POINT.test(folded) && has(folded);
  });
}

/** Where the sections under `path` from `from` end in its document (exclusive). */
function rangeOf(index: KnowledgeIndex, from: number, path: string[]): number {
  const sections = index.corpus.sections;
  let to = from;
  while (to < sections.length && sections[to].docId === sections[from].docId && path.every((p, k) => sections[to].path[k] === p)) to++;
  return to;
}

/**
 * The part of the article at `path` (its first section `from`) that says what the kind gives: the clause stating it
 * with its points, else the whole article.
 */
function contentHit(index: KnowledgeIndex, from: number, path: string[], confidence: number): { hit?: SearchHit; clause: boolean } {
  const sections = index.corpus.sections;
  for (let i = from; i < rangeOf(index, from, path); i++) {
    const clause = sections[i].path[path.length] ?? '';
    const text = sections[i].text.trim();
    // A clause's heading is often its own first words ("2. Chế độ trợ giúp pháp lý gồm"): said once.
    const own = BARE_CLAUSE.test(clause) || text.startsWith(clause);
    if (STATES_CONTENT.test(foldedWords(own ? text : clause))) {
      return { hit: clauseHit(index, i, sections[i].path.slice(0, path.length + 1), confidence, !own), clause: true };
    }
  }
  return { hit: clauseHit(index, from, path, confidence, false), clause: false };
}

/** Per section whose headings name a kind of support: its index and the kinds each of its headings names. */
export type KindTitled = { i: number; kinds: string[][] };
// Computed once per corpus: reading every heading of every section anew for each question cost more than the search.
const kindTitledByCorpus = new WeakMap<readonly Section[], KindTitled[]>();

/** The sections whose headings name a kind of support, in document order. */
export function kindTitledSections(sections: readonly Section[]): KindTitled[] {
  let titled = kindTitledByCorpus.get(sections);
  if (!titled) {
    titled = sections.flatMap((s, i) => {
      const kinds = s.path.map(kindsOfTitle);
      return kinds.some((k) => k.length) ? [{ i, kinds }] : [];
    });
    kindTitledByCorpus.set(sections, titled);
  }
  return titled;
}

/**
 * The articles of the regulations titled by the kind of support the question names, each by the part saying what
 * it gives, the most detailed article first; none unless the question asks what that support consists of and the
 * ranker's first passage is such an article or a list naming the kind.
 */
export function supportKindHits(
  index: KnowledgeIndex,
  question: string,
  ranked: SearchHit[],
  confidence: number,
): { hits: SearchHit[]; asked: string } {
  const none = { hits: [], asked: question };
  const first = ranked[0];
  if (!first || !asksSupportContent(question)) return none;
  const q = foldedWords(question).replace(/,/g, ' ');
  const { sections, docs } = index.corpus;
  const found: { hit: SearchHit; clause: boolean; clauses: number; kinds: string[]; docId: string; title: string }[] = [];
  const seen = new Set<string>();
  for (const { i, kinds: headingKinds } of kindTitledSections(sections)) {
    const s = sections[i];
    const depth = headingKinds.findIndex((ks) => ks.some((k) => q.includes(` ${k} `)));
    if (depth < 0 || seen.has(s.docId) || docs.find((d) => d.id === s.docId)?.kind !== 'regulation') continue;
    seen.add(s.docId);
    const path = s.path.slice(0, depth + 1);
    const { hit, clause } = contentHit(index, i, path, confidence);
    const title = path[depth];
    if (hit) found.push({ hit, clause, clauses: rangeOf(index, i, path) - i, kinds: kindsOfTitle(title), docId: s.docId, title });
  }
  const kinds = found.flatMap((f) => f.kinds);
  if (!namesKind(first, kinds) || statesKindForSetting(q, ranked, kinds, found)) return none;
  // The most detailed article first; of two as short, the one on this kind alone.
  const kept = found.sort((a, b) => b.clauses - a.clauses || a.kinds.length - b.kinds.length).slice(0, MAX_ARTICLES);
  const hits = kept.map((f) => f.hit);
  if (!kept[0].clause) return { hits, asked: question };
  // The clause saying what the kind gives is what is asked: it leads, with its points.
  const opening = hits[0].chunk.text
    .split('\n')[0]
    .replace(/^\d{1,2}\.\s*/u, '')
    .replace(/:$/, '');
  return { hits, asked: opening };
}
