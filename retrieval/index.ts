// Hybrid knowledge index: BM25F lexical ranker + hnswlib vectors, fused by reciprocal rank,
// scoped by province. Vectors persist under `${dataDir}/index/` and are rebuilt only when the corpus
// hash, the embedder (id, dimension) or the unit size changes; the lexical side is rebuilt in memory.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Corpus, DocMeta, Section } from '../knowledge/types.js';
import { foldedWords, slugify } from '../knowledge/text.js';
import { createDefinedTerms, type DefinedTerms } from './defined-term.js';
import { createDefiningClauses, type DefiningClauses } from './defining-clause.js';
import { askedFacilityNames } from './facility.js';
import { buildLexicalIndex, DEFAULT_WEIGHTS, type LexicalIndex, type LexicalResult, type LexicalWeights } from './bm25.js';
import { askedPart } from './asking-sentence.js';
import { createHashEmbedder } from './embedder.js';
import { type Expansion, thesaurusExpander, type QueryExpander } from './expand.js';
import { analyze, foldToken, lastRead, questionText, terms } from './text.js';
import type { Embedder, KnowledgeIndex, SearchHit, SearchOptions } from './types.js';
import { buildVectorIndex, loadVectorIndex, type VectorIndex } from './vector.js';
import { createTitleTopics, type TitleTopics } from './title-topic.js';
import { referredClauses } from './references.js';
import { buildUnits, DEFAULT_UNIT_CHARS, headingLine as unitHeading, type Unit } from './units.js';
import { validityWeight } from '../knowledge/validity.js';
import { overlap, pointTerms, sharedTerms, validityMultipliers, withoutCommonTerms } from './validity-rank.js';
import {
  answerTypes,
  askingClause,
  asksNegative,
  carries,
  countedThing,
  foldForCount,
  foldedSyllables,
  mentionsCase,
  openingCase,
  overviewFocus,
  asksManner,
  overviewTopic,
  statesCountOf,
  statesNegative,
  type AnswerType,
} from './question-type.js';
import { createOverviewPrior, DEFAULT_OVERVIEW, tierOf, type OverviewPrior, type OverviewWeights } from './overview.js';
import { createTodayLaw, replacements, type TodayLaw } from './today-law.js';
import { namedExcerpts, namedTexts } from './named-text.js';
import { createPartTopics } from './part-topic.js';
import { createHeadingActors, type HeadingActors } from './actor-heading.js';
import { type CasePolarities, createCasePolarities } from './case-polarity.js';
import { createSituationHeadings, type SituationHeadings } from './situation-heading.js';
import { createVictimSubjects, type VictimSubjects } from './victim-subject.js';
import { asksOfLocalAction, asksOfPlan, withoutTextTitle } from './plan-title.js';
import { createDetailedArticles } from './detailed-article.js';
import { listOpenings } from './list-opening.js';
import { headingCase, otherCaseOfAgency, type HeadingCase } from './case-heading.js';
import { createProhibitedActs, type ProhibitedActs } from './prohibited-acts.js';
import { createFeedback, type Feedback, type FeedbackOptions } from './feedback.js';
import { asksWhoActs, createSiblingFacets, type SiblingFacets } from './sibling-facet.js';

const MANIFEST_VERSION = 3;
/** Queries longer than this are cut: nobody asks a 50,000-character question, and latency must stay bounded. */
const MAX_QUERY_CHARS = 1000;

export interface FusionOptions {
  /** RRF constant: smaller trusts the top ranks more. */
  rrfK: number;
  lexicalWeight: number;
  vectorWeight: number;
  /** Candidates taken from each ranker before fusion. */
  depth: number;
  weights: LexicalWeights;
  /** Scale the lexical score by knowledge/validity.ts validityWeight(doc): expired or replaced texts stay findable but yield on equal evidence. */
  validity: boolean;
  /** Bigram overlap at which two passages are "on the same point" for validity ranking (1 = never). */
  samePoint: number;
  /**
   * …and the fewest content bigrams they must share: a short clause ("Giáo dục kỹ năng sống, hướng nghiệp cho nạn
   * nhân") is not on the point of a longer passage that happens to use most of its few words (a plan's school lessons
   * on life skills), so it keeps its rank.
   */
  samePointMinShared: number;
  /** How many of the best lexical candidates are compared for validity ranking. */
  validityDepth: number;
  /**
   * A text of lower validity also yields to one of higher validity that covers at least this share of what it
   * covers of the question (coverage(j) ≥ sameAnswer × coverage(i)), whatever else they say (0 = off). Off by
   * default: on a question the documents cover poorly ("đăng hình nạn nhân lên facebook") a low coverage is
   * easily matched, and the law's article on confidentiality yielded to one on reporting.
   */
  sameAnswer: number;
  /** …and whose lexical score is at least this share of its own: validity settles near ties, not every overlap. */
  sameAnswerScore: number;
  /**
   * Multiplier for a passage of a text of lower validity whose heading says it details an article among the first
   * `validityDepth` candidates ("… theo Điều 19 Nghị định số 09/2013/NĐ-CP"), unless it carries an asked answer type
   * that the article's passage does not (the rate a question asks for is in the old circular only) (1 = off).
   */
  detailedArticle: number;
  /** Multiplier for a unit whose text opens with a case the question does not mention (1 = off; see otherCaseWeight). */
  otherCase: number;
  /** …and for a point of a clause headed by a case naming an agency the question names without the case (case-heading.ts). */
  otherAgencyCase: number;
  /** Most units of one article / heading group among the top k (0 = no limit). */
  perGroup: number;
  /**
   * Multiplier for a unit about the negative case ("Các trường hợp không cấp Giấy phép") when the question asks the
   * positive ("được cấp khi nào"); its inverse when the question asks the negative too (1 = off).
   */
  otherPolarity: number;
  /**
   * Multiplier for a case stated the other way from the question ("chưa được giải cứu" asked, "đã được giải cứu" in the
   * heading; case-polarity.ts; 1 = off).
   */
  otherCasePolarity: number;
  /** Multiplier per answer type (question-type.ts) for passages carrying what the question asks for: an amount, a time limit... */
  answerTypeBoost: Partial<Record<AnswerType, number>>;
  /**
   * Multiplier per answer type for the passages carrying it, applied again to the fused order after the coverage
   * rerank. A date a question asks for ("báo cáo trước ngày nào") is the answer itself: a passage holding more of the
   * question's words but no date ("báo cáo định kỳ 6 tháng") cannot give it.
   */
  fusedTypeBoost: Partial<Record<AnswerType, number>>;
  /** Multiplier for passages stating a number of the thing a question counts ("mấy ảnh" → "06 (sáu) ảnh"). */
  countedThingBoost: number;
  /**
   * A question that sets out who acts or when before it asks ("người ra quyết định bảo vệ thì phải lưu hồ sơ trong bao lâu"): each candidate scaled by
   * 1 + askedClause × the share of the asking clause's words it holds, so that the clause stating what is asked wins
   * over those restating the setting (0 = off; askingClause).
   */
  askedClause: number;
  /**
   * How many of the first hits a question asking who acts looks for a clause of the best hit's article opening with
   * the duty in (dutyFirst; 0 = off).
   */
  siblingFacetDepth: number;
  /** The least share of the best hit's coverage of the question that clause must hold to take its place. */
  siblingFacetCoverage: number;
  /** Multiplier for the passages of a national text made for an actor the question names (title-topic.ts). */
  ownTextBoost: number;
  /** Multiplier for the passages of a text the question names ("theo Luật 2011", "nghị định 62", "luật mới"; named-text.ts). */
  namedTextBoost: number;
  /**
   * A question naming an excerpt ("theo luật 2024", "luật mới"; namedExcerpts): the excerpt's passages are scaled by
   * `boost` when one of them holds at least `share` of what the best candidate holds of the question (1 = off). The
   * excerpt holds a few articles: one on the point asked answers; when it holds none, its nearest is no answer.
   */
  namedExcerpt: { boost: number; share: number };
  /** Multiplier for the passages of the provinces' plans when the question asks what a plan says ("theo kế hoạch"; plan-title.ts). */
  planTextBoost: number;
  /** Multiplier for the clauses and plan sections headed by an agency the question names (actor-heading.ts). */
  headingActorBoost: number;
  /** Multiplier for the units whose headings name the situation a question sets out (situation-heading.ts). */
  situationHeadingBoost: number;
  /**
   * A question asking for a list whose best hit is an item deep in a list cut into one unit per item gets the unit
   * holding the list's beginning first, when that unit holds at least this share of what the best hit holds of the
   * question (coverage); a question naming one item holds much more of that item (0 = off).
   */
  listOpening: number;
  /** Multiplier for the clauses of a list of prohibited acts when the question asks whether an act is forbidden (prohibited-acts.ts). */
  prohibitedActBoost: number;
  /** Multiplier for a unit written for another kind of victim than the one a question names (victim-subject.ts; 1 = off). */
  otherVictim: number;
  /** Multiplier for the units defining the group whose members a question asks (defined-term.ts; 1 = off). */
  definedTermBoost: number;
  /** Multiplier for the clauses defining a term a question asks whether something counts as (defining-clause.ts; 1 = off). */
  definingClauseBoost: number;
  /** Text budget of a retrieval unit (see units.ts). */
  unitChars: number;
  /** Multiplier for the fused score of the documents of a province the question names ("ở Quảng Nam ..."). */
  namedProvinceBoost: number;
  /**
   * Multiplier for the fused score of a province's plan when no province is in scope and the question does not ask
   * what a plan says (asksOfPlan): the national texts state the rule for everyone, a plan how one province carries
   * it out, so a plan yields on near ties (1 = off). On an overview question it stacks with the overview prior's own
   * weight for plans (OverviewWeights.unscopedPlan).
   */
  unscopedPlan: number;
  /** Multiplier for the passages of the province in scope naming a facility of the kind a question asks for (facilityBoost). */
  facilityBoost: number;
  /** How an overview question ("nạn nhân được hỗ trợ những gì") reorders the fused candidates (overview.ts). */
  overview: OverviewWeights;
  /**
   * A question in everyday words is also ranked a second time with the documents' phrases for them (the thesaurus
   * expansions) weighted `expansion` instead of `weights.expansion`, and that order joins the fusion with `weight`
   * (0 = off). Fused by rank, a passage in the documents' wording gains a voice without the phrases outweighing
   * the question's own words in the main order.
   */
  documentsWording: { weight: number; expansion: number };
  /** The first `depth` candidates weighed by how much of the question they hold (weighByCoverage; `floor` 1 = off). */
  coverageRerank: { floor: number; depth: number };
  /**
   * With a province in scope and a national text first, the best passage of that province's plan among the first
   * `depth` candidates comes second when it holds at least `share` of what the first holds of the question, and first
   * when it holds at least `leadShare` of it (ownPlanSecond; `depth` 0 = off, `leadShare` above 1 = never by coverage).
   */
  ownPlanSecond: { depth: number; share: number; leadShare: number };
  /**
   * Pseudo-relevance feedback (feedback.ts): the first lexical passages' distinctive word pairs join a question whose
   * words the best passage holds less than `maxCoverage` of, and that reading replaces the lexical order (`docs` 0 = off).
   */
  feedback: FeedbackOptions & { maxCoverage: number };
  /**
   * The share of the field weights a message's story keeps beside its asking sentence (asking-sentence.ts): the
   * whole message is scored with this share and the asked part with the rest (1 = the message read whole).
   */
  storyWeight: number;
}

export const DEFAULT_FUSION: FusionOptions = {
  rrfK: 10,
  lexicalWeight: 1,
  vectorWeight: 0.05,
  depth: 60,
  weights: DEFAULT_WEIGHTS,
  validity: true,
  samePoint: 0.5,
  samePointMinShared: 6,
  validityDepth: 20,
  sameAnswer: 0,
  sameAnswerScore: 0.75,
  detailedArticle: 0.7,
  otherCase: 0.85,
  otherAgencyCase: 0.7,
  otherPolarity: 0.8,
  otherCasePolarity: 0.6,
  perGroup: 2,
  answerTypeBoost: {
    amount: 1.35,
    time: 1.35,
    period: 1.35,
    date: 1.5,
    papers: 1.2,
    agency: 1.1,
    replaces: 1.5,
    place: 1.35,
    funding: 3,
    file: 1.5,
    target: 2,
  },
  fusedTypeBoost: { date: 1.5, period: 1.5, target: 1.5 },
  countedThingBoost: 1.5,
  askedClause: 0.5,
  siblingFacetDepth: 5,
  siblingFacetCoverage: 0.8,
  ownTextBoost: 1.5,
  namedTextBoost: 1.5,
  namedExcerpt: { boost: 3, share: 0.5 },
  planTextBoost: 1.5,
  headingActorBoost: 1.3,
  situationHeadingBoost: 2,
  prohibitedActBoost: 2,
  otherVictim: 0.6,
  definedTermBoost: 3,
  definingClauseBoost: 2,
  listOpening: 0.9,
  unitChars: DEFAULT_UNIT_CHARS,
  namedProvinceBoost: 1.8,
  unscopedPlan: 0.9,
  facilityBoost: 2,
  overview: DEFAULT_OVERVIEW,
  documentsWording: { weight: 0.5, expansion: 1.5 },
  coverageRerank: { floor: 0.5, depth: 8 },
  ownPlanSecond: { depth: 8, share: 0.6, leadShare: 0.8 },
  feedback: { docs: 5, terms: 5, weight: 0.15, maxShare: 0.05, cohesion: 0.15, maxCoverage: 0.6 },
  storyWeight: 0.5,
};

interface Manifest {
  version: number;
  corpusHash: string;
  embedderId: string;
  dim: number;
  unitChars: number;
  count: number;
}

export interface OpenIndexOptions {
  corpus: Corpus;
  dataDir?: string;
  embedder?: Embedder;
  logger?: Logger;
  fusion?: Partial<FusionOptions>;
}

export interface HybridIndex extends KnowledgeIndex {
  /** True when the vectors were (re)computed while opening, false when loaded from disk. */
  readonly rebuilt: boolean;
  readonly embedderId: string;
}

function metaText(doc: DocMeta): string {
  return [doc.shortName, doc.title, doc.province ? doc.province.replace(/-/g, ' ') : ''].join(' \n ');
}

async function embedAll(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  // Batches keep remote embedders within request limits.
  for (let i = 0; i < texts.length; i += 64) out.push(...(await embedder.embed(texts.slice(i, i + 64))));
  return out;
}

async function readManifest(file: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

async function openVectors(
  corpus: Corpus,
  units: Unit[],
  unitChars: number,
  embedder: Embedder,
  dataDir: string | undefined,
  logger: Logger | undefined,
): Promise<{ vectors: VectorIndex; rebuilt: boolean }> {
  const passages = units.map((c) => c.passage);
  if (!dataDir) return { vectors: buildVectorIndex(await embedAll(embedder, passages), embedder.dim), rebuilt: true };
  const dir = join(dataDir, 'index');
  const manifestFile = join(dir, 'manifest.json');
  const vectorFile = join(dir, 'vectors.hnsw');
  const m = await readManifest(manifestFile);
  if (
    m &&
    m.version === MANIFEST_VERSION &&
    m.corpusHash === corpus.hash &&
    m.embedderId === embedder.id &&
    m.dim === embedder.dim &&
    m.unitChars === unitChars &&
    m.count === units.length
  ) {
    try {
      const vectors = await loadVectorIndex(vectorFile, embedder.dim);
      if (vectors.count === units.length) {
        logger?.info({ chunks: vectors.count, embedder: embedder.id }, 'knowledge index loaded from disk');
        return { vectors, rebuilt: false };
      }
    } catch (err) {
      logger?.warn({ err: (err as Error).message }, 'persisted vector index unreadable, rebuilding');
    }
  }
  const started = Date.now();
  const vectors = buildVectorIndex(await embedAll(embedder, passages), embedder.dim);
  await mkdir(dir, { recursive: true });
  // Write the vectors first, then the manifest atomically: a crash in between only causes a rebuild.
  await vectors.save(vectorFile);
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    corpusHash: corpus.hash,
    embedderId: embedder.id,
    dim: embedder.dim,
    unitChars,
    count: units.length,
  };
  await writeFile(`${manifestFile}.tmp`, JSON.stringify(manifest));
  await rename(`${manifestFile}.tmp`, manifestFile);
  logger?.info({ chunks: units.length, embedder: embedder.id, ms: Date.now() - started }, 'knowledge index built');
  return { vectors, rebuilt: true };
}

// A lettered point ("a)", "đ)").
const POINT = /^[a-zđ]\)/u;

/** A lead-in this short reads as a heading (the parser makes such a clause opening its heading). */
const MAX_HEADING_LEAD_CHARS = 200;
const titleLikeLeads = (u: Unit) => (u.leads ?? []).filter((l) => l.length <= MAX_HEADING_LEAD_CHARS);

/**
 * The lexical index of the units. A point naming what it is about only by a list of numbers ("… biện pháp bảo vệ quy
 * định tại các Khoản 1, 2 và 8 Điều 7 Nghị định này") is also found by the words of those clauses, in its low-weight
 * meta field. One clause referred to ("theo khoản 9 Điều 3") is a detail of the point, not what it is about.
 */
export function buildLexicalForUnits(corpus: Corpus, units: Unit[]): LexicalIndex {
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const partTopics = createPartTopics(corpus.sections);
  return buildLexicalIndex(
    units.map((c) => {
      const doc = docs.get(c.docId);
      const referred = POINT.test(c.path.at(-1) ?? '') ? referredClauses(corpus.sections, c.docId, c.path, c.text, 2) : '';
      return {
        // The lead-ins shown above a point are matched as headings, not as its text: the point does not say them.
        body: c.leads ? `${unitHeading(doc, c.path)}\n${c.text}` : c.passage,
        heading: [...c.path, ...titleLikeLeads(c)].join(' \n '),
        meta: [doc ? metaText(doc) : '', referred, partTopics(c.docId, c.path)].filter(Boolean).join(' \n '),
      };
    }),
  );
}

const ARTICLE = /^Điều\s+\d+/iu;
/** Units of the same article (legal texts) or, elsewhere, of the same parent heading. */
export function groupKey(u: { docId: string; path: string[] }): string {
  const a = u.path.findIndex((p) => ARTICLE.test(p));
  const path = a >= 0 ? u.path.slice(0, a + 1) : u.path.slice(0, Math.max(1, u.path.length - 1));
  return `${u.docId}\u0000${path.join('\u0000')}`;
}

/** Province slug named in the question (`quang nam`, `Quảng Nam`), among the corpus' provinces. */
export function mentionedProvince(query: string, provinces: string[]): string | null {
  const folded = ` ${slugify(query).replace(/-/g, ' ')} `;
  let found: string | null = null;
  for (const p of provinces) {
    if (!folded.includes(` ${p.replace(/-/g, ' ')} `)) continue;
    // Two different provinces named: no single scope.
    if (found) return null;
    found = p;
  }
  return found;
}

// "Tỉnh làm gì …", "trung tâm nào của tỉnh", "ở tỉnh mình": the province itself, not a body of its tier ("UBND cấp
// tỉnh", "các tỉnh") nor a name ending in it ("Công an tỉnh", "Trung tâm Bảo trợ xã hội tỉnh"). An official asking of
// "bên mình", "ở đây", "địa phương mình" means the place they work in, the province they chose.
const OWN_PROVINCE =
  /^ tinh (?!uy )|(?<!cap|cac|cua cac) (?:cua|o|tai|trong|tren dia ban|dia phuong) tinh(?: (?:minh|ta|nha|nay|toi|em))? |(?<!cap|cac) tinh (?:minh|ta|nha|nay) | ben minh | dia phuong minh | o day /;

/**
 * The user's province when the question speaks of "the province" itself (OWN_PROVINCE): it asks what that province
 * does, as if it named it.
 */
export function ownProvinceAsked(query: string, province: string | null | undefined): string | null {
  return province && OWN_PROVINCE.test(` ${foldedWords(query).trim()} `) ? province : null;
}

/** The query without the words of a province's name (`Quảng Nam`, `quang nam`), matched folded and whole. */
export function withoutProvinceName(query: string, province: string): string {
  const name = province.split('-');
  const words = query.split(/(\s+)/);
  const folded = words.map((w) => slugify(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // Words sit at even indices, the spaces between them at odd ones.
    const at = name.every((p, j) => folded[i + 2 * j] === p);
    if (i % 2 === 0 && at) {
      i += 2 * (name.length - 1);
      continue;
    }
    out.push(words[i]);
  }
  return out.join('');
}

/** Everything a search reads, fixed once the index is open. */
interface SearchContext {
  fusion: FusionOptions;
  embedder: Embedder;
  docs: Map<string, DocMeta>;
  units: Unit[];
  lexical: LexicalIndex;
  vectors: VectorIndex;
  expander: QueryExpander;
  /** Per-unit validity prior (1 in force/unknown, lower for ended plans and expired/replaced texts). */
  prior: Float32Array;
  anyPrior: boolean;
  samePoint: (i: number, j: number) => boolean;
  /** Unit i's headings say it details the article unit j lies in (detailed-article.ts). */
  detailsArticle: (i: number, j: number) => boolean;
  typeBoost: TypeBoost;
  /** The answer types weighed again after the coverage rerank (fusedTypeBoost). */
  fusedTypeBoost: TypeBoost;
  /** Per unit, the unit holding the beginning of the list it is an item of, or -1 (list-opening.ts). */
  listOpenings: Int32Array;
  /** Each unit's passage (a clause's lead-in is in its heading line) folded for statesCountOf(), computed once. */
  foldedTexts: string[];
  /** Each unit's opening case ("Trường hợp … thì"), folded content syllables, or undefined; computed once. */
  caseWords: (string[] | undefined)[];
  /** Each unit's case named by its clause headings with the agencies in it (case-heading.ts), or undefined. */
  headingCases: (HeadingCase | undefined)[];
  /** 1 for a unit about the negative case (statesNegative), computed once. */
  negative: Uint8Array;
  titleTopics: TitleTopics;
  overview: OverviewPrior;
  todayLaw: TodayLaw;
  headingActors: HeadingActors;
  situationHeadings: SituationHeadings;
  casePolarities: CasePolarities;
  victimSubjects: VictimSubjects;
  definedTerms: DefinedTerms;
  definingClauses: DefiningClauses;
  prohibitedActs: ProhibitedActs;
  /** Replaced text → the text in force that replaced it (today-law.ts replacements). */
  replacedBy: Map<string, string>;
  provinces: string[];
  /** The corpus' documents, as plan-title.ts reads their titles. */
  docList: readonly DocMeta[];
  /** Ids of the provinces' plans. */
  plans: Set<string>;
  feedback: Feedback;
  siblingFacets: SiblingFacets;
}

type ScopedHit = SearchHit & { inScope: boolean; unit: number };

export async function openKnowledgeIndex(opts: OpenIndexOptions): Promise<HybridIndex> {
  const { corpus } = opts;
  const embedder = opts.embedder ?? createHashEmbedder();
  const fusion: FusionOptions = { ...DEFAULT_FUSION, ...opts.fusion };
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const sections = new Map(corpus.sections.map((s) => [s.id, s]));
  const units = buildUnits(corpus, fusion.unitChars);
  const lexical = buildLexicalForUnits(corpus, units);
  const { vectors, rebuilt } = await openVectors(corpus, units, fusion.unitChars, embedder, opts.dataDir, opts.logger);
  const ctx = createSearchContext(corpus, { fusion, embedder, docs, units, lexical, vectors });
  return {
    corpus,
    rebuilt,
    embedderId: embedder.id,
    search: (query, o = {}) => search(ctx, query, o),
    section(sectionId) {
      const s = sections.get(sectionId);
      const doc = s && docs.get(s.docId);
      if (!s || !doc) return undefined;
      return { doc, path: s.path, text: s.text };
    },
  };
}

/** What a search reads that the corpus alone decides (each unit's prior, kinds and cases), computed when the index opens. */
function createSearchContext(
  corpus: Corpus,
  opened: Pick<SearchContext, 'fusion' | 'embedder' | 'docs' | 'units' | 'lexical' | 'vectors'>,
): SearchContext {
  const { fusion, docs, units, lexical } = opened;
  const expander = thesaurusExpander();
  const prior = Float32Array.from(units, (u) => {
    const doc = docs.get(u.docId);
    return fusion.validity && doc ? validityWeight(doc) : 1;
  });
  const provinces = [...new Set(corpus.docs.map((d) => d.province).filter((p): p is string => Boolean(p)))];
  const samePointOf = createSamePoint(units, fusion.samePoint);
  const todayPointOf = createSamePoint(units, fusion.samePoint, COMMON_POINT_SHARE);
  const samePoint = (i: number, j: number) => samePointOf(i, j, fusion.samePointMinShared);
  return {
    ...opened,
    expander,
    prior,
    anyPrior: prior.some((p) => p !== 1),
    samePoint,
    detailsArticle: createDetailedArticles(units, corpus.docs),
    typeBoost: createTypeBoost(units, corpus.sections, fusion.answerTypeBoost),
    fusedTypeBoost: createTypeBoost(units, corpus.sections, fusion.fusedTypeBoost),
    listOpenings: listOpenings(units, corpus.sections),
    foldedTexts: fusion.countedThingBoost !== 1 ? units.map((u) => foldForCount(u.passage)) : [],
    caseWords: units.map((u) => openingCase(u.text)),
    headingCases: units.map((u) => headingCase(u.path)),
    negative: Uint8Array.from(units, (u) => (statesNegative([...u.path, ...(u.leads ?? [])], u.text) ? 1 : 0)),
    titleTopics: createTitleTopics(fusion.ownTextBoost !== 1 ? corpus.docs : []),
    overview: createOverviewPrior(units, corpus.sections, docs, fusion.overview),
    // Today's law is matched to the text it replaces by article titles as well: a short clause of it may say the same,
    // in the terms that tell its point (a clause made of the corpus' subject words says the same as any other).
    todayLaw: createTodayLaw(units, docs, (i, j) => todayPointOf(i, j, 0)),
    replacedBy: replacements(docs),
    // Read twice per search (the priors, then whether the plan leads): the last question's reading is kept.
    headingActors: lastRead(createHeadingActors(units, fusion.headingActorBoost, expander)),
    situationHeadings: createSituationHeadings(units, expander, fusion.situationHeadingBoost),
    casePolarities: createCasePolarities(units, fusion.otherCasePolarity),
    victimSubjects: createVictimSubjects(units, fusion.otherVictim),
    definedTerms: createDefinedTerms(units, fusion.definedTermBoost),
    definingClauses: createDefiningClauses(units, expander, fusion.definingClauseBoost),
    prohibitedActs: createProhibitedActs(units, fusion.prohibitedActBoost),
    provinces,
    docList: corpus.docs,
    plans: new Set(corpus.docs.filter((d) => d.province).map((d) => d.id)),
    feedback: createFeedback(lexical, fusion.feedback),
    siblingFacets: createSiblingFacets(fusion.siblingFacetDepth > 1 ? units : []),
  };
}

/**
 * Whether two units say the same thing is a fixed property of the corpus: computed once per pair met
 * among the candidates (a bounded cache), from every unit's point terms computed when the index opens, so
 * the first questions after a start do not pay for them.
 */
/** A point term more than this share of the passages hold is the corpus' subject, not a point (withoutCommonTerms). */
const COMMON_POINT_SHARE = 0.1;

function createSamePoint(units: Unit[], threshold: number, commonShare = 1): (i: number, j: number, minShared: number) => boolean {
  const all = units.map((u) => pointTerms(u.text));
  const points = commonShare < 1 ? withoutCommonTerms(all, commonShare) : all;
  // Per pair: how many content bigrams the two share when they overlap enough, else -1.
  const sharedCache = new Map<number, number>();
  return (i, j, minShared) => {
    const key = i * units.length + j;
    let v = sharedCache.get(key);
    if (v === undefined) {
      if (sharedCache.size > 200_000) sharedCache.clear();
      sharedCache.set(key, (v = overlap(points[i], points[j]) >= threshold ? sharedTerms(points[i], points[j]) : -1));
    }
    return v >= 0 && v >= minShared;
  };
}

interface TypeBoost {
  /** Bit b set when the question asks for the b-th boosted answer type; 0 when it asks for none. */
  asked(q: string): number;
  /** Product of the boosts of the asked types that unit i carries. */
  multiplier(asked: number, i: number): number;
}

// A clause or point heading ("2. Giấy phép thành lập có thời hạn tối đa là 05 (năm) năm, gồm …", "a) Trong thời hạn …").
const CLAUSE_HEADING = /^(\d{1,2}\.|[a-zđ]\))\s/u;

/**
 * What a unit states: its text and, for the first unit after a clause's lead-in, that lead-in. A clause split into
 * units by its points leaves its lead-in in the heading path, and the lead-in is often where the value is ("Giấy
 * phép … có thời hạn tối đa là 05 (năm) năm, gồm các nội dung sau"); it is read with the points right after it
 * only, so that the clause's later points do not all claim its value.
 */
export function statedParts(u: Pick<Unit, 'docId' | 'path' | 'text' | 'start'>, sections: Section[]): string[] {
  const before = u.start > 0 && sections[u.start - 1].docId === u.docId ? sections[u.start - 1].path : [];
  // A lead-in is introduced by this unit when the section before it sits under another heading at that depth.
  const leads = u.path.filter((p, d) => CLAUSE_HEADING.test(p) && before[d] !== p);
  return [...leads, u.text];
}

/** Which boosted answer types each unit carries is a fixed property of the corpus: one bit per type, computed once. */
function createTypeBoost(units: Unit[], sections: Section[], boosts: Partial<Record<AnswerType, number>>): TypeBoost {
  const boosted = (Object.entries(boosts) as [AnswerType, number][]).filter(([, b]) => b !== 1);
  const carriesType = (t: AnswerType, u: Unit) => statedParts(u, sections).some((part) => carries(t, part));
  const carried = Int32Array.from(units, (u) => boosted.reduce((m, [t], b) => (carriesType(t, u) ? m | (1 << b) : m), 0));
  return {
    asked(q) {
      const types = answerTypes(q);
      return boosted.reduce((m, [t], b) => (types.includes(t) ? m | (1 << b) : m), 0);
    },
    multiplier(asked, i) {
      const both = asked & carried[i];
      let m = 1;
      boosted.forEach(([, boost], b) => {
        if ((both >> b) & 1) m *= boost;
      });
      return m;
    },
  };
}

async function search(ctx: SearchContext, query: string, o: SearchOptions): Promise<SearchHit[]> {
  const { fusion, units, lexical } = ctx;
  const k = Math.max(1, o.k ?? 5);
  const q = questionText(query).slice(0, MAX_QUERY_CHARS);
  if (!q || units.length === 0) return [];
  const named = mentionedProvince(q, ctx.provinces) ?? ownProvinceAsked(q, o.province);
  const topic = overviewTopic(q);
  // An overview's article may use none of the question's rarer words: it is looked for deeper.
  const limit = topic ? fusion.depth * OVERVIEW_POOL : fusion.depth;
  const asked = fusion.storyWeight < 1 ? askedPart(q) : undefined;
  const askedExpansions = asked ? expansionsOf(ctx, asked) : [];
  const expansions = expansionsOf(ctx, q);
  // The named province is the scope (namedProvinceBoost): its name in a heading ("Báo Quảng Nam") says nothing of the
  // point asked; nor does the title of a plan the question names, which the plan's opening lines repeat.
  const scored = (text: string) => withoutTextTitle(named ? withoutProvinceName(text, named) : text, ctx.docList);
  const lex = lexical.search(
    q,
    limit,
    fusion.weights,
    asked ? storyShares(expansions, askedExpansions, fusion.storyWeight) : expansions,
    asked
      ? [
          { text: scored(q), weight: fusion.storyWeight },
          { text: scored(asked), weight: 1 - fusion.storyWeight },
        ]
      : scored(q),
  );
  const overview = topic ? overviewWeight(ctx, topic, Boolean(named ?? o.province), asksManner(q)) : undefined;
  const texts = namedTexts(q, ctx.docs, ctx.replacedBy);
  const excerpts = namedExcerpts(q, ctx.docs, ctx.replacedBy);
  const applyPriors = priorsOf(ctx, q, expansions, named, { texts, excerpts }, overview, named ?? o.province ?? null);
  applyPriors(lex);
  // A question in everyday words is ranked by the first passages' words for it as well (feedbackView).
  const reread = feedbackView(ctx, q, lex, limit);
  if (reread) applyPriors(reread);
  const fused = await fuseRanks(ctx, q, (reread ?? lex).ranked);
  if (expansions.length && fusion.documentsWording.weight > 0) {
    const view = lex.withExpansionWeight(fusion.documentsWording.expansion, limit);
    applyPriors(view);
    addRanks(fused, view.ranked, fusion.documentsWording.weight, fusion.rrfK);
  }
  // An overview's list article may hold few of the question's words (overview.ts weighs it in instead), and a question
  // naming a province or a text says itself whose passage it wants, on near ties too.
  if (!topic && !named && !texts.size && !excerpts.size) {
    const held = asked ? storyCoverage(ctx, lex.coverage, asked, askedExpansions) : lex.coverage;
    weighByCoverage(fused, held, fusion.coverageRerank);
  }
  weighAnswerTypes(fused, ctx.fusedTypeBoost, q);
  const scoped = scopedHits(ctx, named, o.province ?? null, fused, asksOfAPlan(q));
  const { hits, floor } = o.todayFirst ? ctx.todayLaw.reorder(q, scoped, lex.coverage) : { hits: scoped, floor: new Map<number, number>() };
  const coverage = (unit: number) => Math.max(lex.coverage(unit), floor.has(unit) ? lex.coverage(floor.get(unit)!) : 0);
  const types = answerTypes(q);
  const asksList = topic !== undefined || types.includes('list');
  const listed = asksList ? listOpeningFirst(ctx, q, hits, coverage, ctx.typeBoost.asked(q)) : hits;
  // An overview is answered by the list that covers its topic (overview.ts), unless the plan's task of a body it
  // names answers it ("bên giáo dục có giúp gì"): the province's own body's task leads then.
  const ordered = ownPlanSecond(
    listed,
    named ?? o.province ?? null,
    coverage,
    fusion.ownPlanSecond,
    planLeads(ctx, q, types, Boolean(topic)),
    Boolean(topic),
  );
  if (fusion.siblingFacetDepth > 1 && asksWhoActs(q, types.includes('agency'))) dutyFirst(ctx, ordered, coverage);
  return diverseTop(ordered, k, fusion.perGroup, coverage);
}

/**
 * A question asking who acts: the best hit yields its place to the first clause of its article among the first hits
 * that opens with a duty or a power to act when it does not (sibling-facet.ts), and that holds nearly as much of the
 * question.
 */
function dutyFirst(ctx: SearchContext, hits: ScopedHit[], coverage: (unit: number) => number): void {
  const [first] = hits;
  if (!first || ctx.siblingFacets.statesDuty(first.unit)) return;
  const group = groupKey(ctx.units[first.unit]);
  const least = ctx.fusion.siblingFacetCoverage * coverage(first.unit);
  const at = hits
    .slice(1, ctx.fusion.siblingFacetDepth)
    .findIndex((h) => groupKey(ctx.units[h.unit]) === group && coverage(h.unit) >= least && ctx.siblingFacets.statesDuty(h.unit));
  if (at >= 0) hits.unshift(...hits.splice(at + 1, 1));
}

/**
 * The lexical search read again with the first passages' distinctive word pairs added (feedback.ts), for a question
 * whose words the best passage holds less than `maxCoverage` of (one in everyday words); undefined otherwise, or
 * when there is nothing to add.
 */
function feedbackView(ctx: SearchContext, q: string, lex: LexicalResult, limit: number): LexicalResult | undefined {
  const [first] = lex.ranked;
  if (ctx.fusion.feedback.docs <= 0 || first === undefined || lex.coverage(first) >= ctx.fusion.feedback.maxCoverage) return undefined;
  // Feedback adds word pairs only: the question's own pairs are the ones it must not add again.
  const added = ctx.feedback(lex, new Set(terms(q).biF));
  return added.length ? lex.withTerms(added, limit) : undefined;
}

/**
 * A story told around an ask (askedPart): the documents' phrases for its everyday words score with `storyWeight` of
 * the expansion weight, unless the asked part's words call for them too.
 */
function storyShares(expansions: Expansion[], asked: Expansion[], storyWeight: number): Expansion[] {
  const askedPhrases = new Set(asked.flatMap((e) => e.phrases));
  return expansions.map((e) => (e.phrases.some((p) => askedPhrases.has(p)) ? e : { ...e, share: storyWeight }));
}

/**
 * How much of a story told around an ask a unit holds, its story's words weighing `storyWeight` of the asked part's:
 * what ranks a unit among near ties. How much of the whole message it holds stays its confidence.
 */
function storyCoverage(ctx: SearchContext, whole: (i: number) => number, asked: string, expansions: Expansion[]): (i: number) => number {
  const { storyWeight, weights } = ctx.fusion;
  const part = ctx.lexical.shares(asked, weights, expansions).coverage;
  return (i) => storyWeight * whole(i) + (1 - storyWeight) * part(i);
}

/** How many times the usual lexical depth an overview question's candidates are drawn from. */
const OVERVIEW_POOL = 3;

const expansionsOf = (ctx: SearchContext, q: string) => (ctx.fusion.weights.expansion > 0 ? ctx.expander.expansions(q) : []);

/**
 * An overview question's weight per unit (overview.ts): headings that name the topic, an enumeration, national
 * texts first when unscoped; scaled by how much of the topic the unit covers, so that a list on the topic does not
 * win over the clause that answers a narrower question ("người nước ngoài … được hỗ trợ những gì"), and by the
 * unit's validity: an overview asks what applies now, so texts in force come first whatever point they make.
 */
function overviewWeight(ctx: SearchContext, topic: string, scoped: boolean, manner: boolean): (i: number) => number {
  const shares = ctx.lexical.shares(topic, ctx.fusion.weights, expansionsOf(ctx, topic));
  const tier = tierOf(topic);
  const focus = overviewFocus(topic, ctx.overview.common);
  // Both readings of the question (applyPriors) weigh mostly the same candidates: each weight is computed once.
  const known = new Map<number, number>();
  return (i) => {
    let w = known.get(i);
    if (w === undefined) {
      w =
        ctx.prior[i] *
        shares.coverage(i) *
        ctx.overview.multiplier(i, shares.heading(i), scoped, tier) *
        (1 + ctx.fusion.overview.focus * ctx.overview.focusShare(i, focus)) *
        // How an act is done is answered by its measures' list, not by who applies them or to whom.
        (manner && ctx.overview.namesMeasures(i, focus) ? 1 + ctx.fusion.overview.focus : 1);
      known.set(i, w);
    }
    return w;
  };
}

/** applyPriors for one question: what it asks is read once, as both readings of a search are reordered by it. */
function priorsOf(
  ctx: SearchContext,
  q: string,
  expansions: Expansion[],
  named: string | null,
  { texts, excerpts }: { texts: Set<string>; excerpts: Set<string> },
  overview?: (i: number) => number,
  scope: string | null = null,
): (lex: LexicalResult) => void {
  const { anyPrior, typeBoost } = ctx;
  const asked = typeBoost.asked(q);
  const boosts = [
    countedBoost(ctx, q),
    // A province named with the actor ("Biên phòng Quảng Nam") asks for that province's plan, not the national text.
    named ? undefined : ownTextBoost(ctx, q),
    namedTextBoost(ctx, texts),
    planTextBoost(ctx, q),
    ctx.headingActors(q),
    ctx.situationHeadings(q),
    ctx.casePolarities(q),
    ctx.victimSubjects(q),
    ctx.definedTerms(q, texts),
    ctx.definingClauses(q),
    ctx.prohibitedActs(q),
    polarityBoost(ctx, q),
    // An overview's setting is its topic ("mở nhà tạm lánh thì cần những điều kiện gì"): its list answers.
    overview ? undefined : askedClauseBoost(ctx, q, expansions),
    facilityBoost(ctx, q, scope),
  ].filter((b): b is (i: number) => number => b !== undefined);
  const other = otherCaseWeight(ctx, q);
  const excerpt = namedExcerptBoost(ctx, excerpts);
  const any = anyPrior || asked || boosts.length || excerpt || ctx.fusion.otherCase !== 1 || ctx.fusion.otherAgencyCase !== 1;
  return (lex) =>
    applyPriors(ctx, lex, { asked, boosts: excerpt ? [...boosts, excerpt(lex)] : boosts, other, any: Boolean(any) }, overview);
}

/** The question's own priors (priorsOf): asked answer types, counted thing, own text, other case. */
interface QueryPriors {
  asked: number;
  /** Multipliers of the units the question points to: the counted thing, the actor's own text, a named text, a named agency's clauses. */
  boosts: ((i: number) => number)[];
  other: (i: number) => number;
  /** False when none of them nor the validity prior can move a candidate. */
  any: boolean;
}

/**
 * Reorders the lexical candidates (and keeps the usual depth of them): for an overview question the units that
 * list the answer first; texts in force first on the same point; a question asking how much, how long or which
 * papers prefers passages stating an amount, a time limit or the papers.
 */
function applyPriors(ctx: SearchContext, lex: LexicalResult, priors: QueryPriors, overview?: (i: number) => number): void {
  const { fusion, prior, anyPrior, typeBoost } = ctx;
  let base = lex.score;
  if (overview) {
    // Computed once per candidate: the sorts below compare each many times.
    const weighted = new Map(lex.ranked.map((i) => [i, lex.score(i) * overview(i)]));
    base = (i) => weighted.get(i) ?? 0;
    lex.ranked.sort((a, b) => base(b) - base(a));
    lex.ranked.length = Math.min(lex.ranked.length, fusion.depth);
  }
  const { asked, boosts, other } = priors;
  if (!priors.any) return;
  const twin = answersAlike(ctx, lex, base);
  const demoted = anyPrior ? validityMultipliers(lex.ranked.slice(0, fusion.validityDepth), (i) => prior[i], twin) : undefined;
  if (demoted) yieldToDetailedArticles(ctx, lex.ranked.slice(0, fusion.validityDepth), asked, demoted);
  // Computed once per candidate: the sort compares each many times.
  const w = new Map(
    lex.ranked.map((i) => [
      i,
      boosts.reduce((w, boost) => w * boost(i), base(i) * (demoted?.get(i) ?? 1) * typeBoost.multiplier(asked, i) * other(i)),
    ]),
  );
  lex.ranked.sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0));
}

/**
 * A passage of a text of lower validity that details an article among the candidates yields to it (detailedArticle),
 * unless it carries an asked answer type the article's passage does not.
 */
function yieldToDetailedArticles(ctx: SearchContext, head: number[], asked: number, demoted: Map<number, number>): void {
  const { prior, typeBoost, detailsArticle } = ctx;
  const weight = ctx.fusion.detailedArticle;
  if (weight === 1) return;
  const answersAsWell = (i: number, j: number) => typeBoost.multiplier(asked, j) >= typeBoost.multiplier(asked, i);
  for (const i of head) {
    if (head.some((j) => prior[j] > prior[i] && detailsArticle(i, j) && answersAsWell(i, j)))
      demoted.set(i, Math.min(weight, demoted.get(i) ?? 1));
  }
}

/**
 * Whether a candidate of lower validity (i) answers the question like one of higher validity (j), so that it yields:
 * they say the same thing, or j covers the question's words nearly as well (sameAnswer) on comparable evidence.
 * A text detailing a replaced law belongs to that law's time: the law does not yield to it on the question alone.
 */
function answersAlike(ctx: SearchContext, lex: LexicalResult, score: (i: number) => number): (i: number, j: number) => boolean {
  const { sameAnswer, sameAnswerScore } = ctx.fusion;
  const ofReplacedLaw = (j: number) => Boolean(ctx.docs.get(ctx.units[j].docId)?.basisNote);
  return (i, j) =>
    ctx.samePoint(i, j) ||
    (sameAnswer > 0 && !ofReplacedLaw(j) && lex.coverage(j) >= sameAnswer * lex.coverage(i) && score(j) >= sameAnswerScore * score(i));
}

/**
 * A unit opening with a case the question does not mention ("Đối với các vụ việc phức tạp … thì …") states an
 * exception: the general rule next to it answers first. So do the points of a clause headed by a case naming an
 * agency that the question names without the case (case-heading.ts); the question may name the case in its own
 * words ("từ bên kia biên giới về"), which the documents' terms for them (the thesaurus) tell.
 */
function otherCaseWeight(ctx: SearchContext, q: string): (i: number) => number {
  const { otherCase: weight, otherAgencyCase } = ctx.fusion;
  if (weight === 1 && otherAgencyCase === 1) return () => 1;
  const asked = foldedSyllables(q);
  let inTerms: string | undefined;
  const askedInTerms = () => (inTerms ??= foldedSyllables([q, ...ctx.expander.expand(q)].join(' ')));
  return (i) => {
    const words = ctx.caseWords[i];
    if (words) return mentionsCase(asked, words) ? 1 : weight;
    const headed = ctx.headingCases[i];
    return headed && otherCaseOfAgency(askedInTerms(), headed) ? otherAgencyCase : 1;
  };
}

/**
 * A question asking the positive ("điều kiện để được cấp", "được cấp lại khi nào") is answered by the rule, not by the
 * cases it excludes, although these repeat its words; a question asking the negative is answered by them.
 */
function polarityBoost(ctx: SearchContext, q: string): ((i: number) => number) | undefined {
  const weight = ctx.fusion.otherPolarity;
  if (weight === 1) return undefined;
  const factor = asksNegative(q) ? 1 / weight : weight;
  return (i) => (ctx.negative[i] ? factor : 1);
}

/**
 * "mấy ảnh", "bao nhiêu ngày": the passage stating a number of that very thing answers, not one that only
 * mentions it. Undefined when the question counts nothing.
 */
function countedBoost(ctx: SearchContext, q: string): ((i: number) => number) | undefined {
  const thing = ctx.foldedTexts.length ? countedThing(q) : undefined;
  if (!thing) return undefined;
  const states = statesCountOf(thing);
  const boost = ctx.fusion.countedThingBoost;
  return (i) => (states(ctx.foldedTexts[i]) ? boost : 1);
}

/**
 * A question with a setting before its ask (askingClause): the candidates holding the asking clause's words first,
 * and the documents' words for them (the question's expansions whose words the clause holds).
 */
function askedClauseBoost(ctx: SearchContext, q: string, expansions: Expansion[]): ((i: number) => number) | undefined {
  const weight = ctx.fusion.askedClause;
  const ask = weight > 0 ? askingClause(q) : undefined;
  if (!ask) return undefined;
  const asked = new Set(analyze(ask).seq.map(foldToken));
  const own = expansions.filter((e) => e.words.length && e.words.every((w) => asked.has(w)));
  const shares = ctx.lexical.shares(ask, ctx.fusion.weights, own);
  return (i) => 1 + weight * shares.coverage(i);
}

/** The question names an actor a national text was made for: that text's passages first. Undefined otherwise. */
function ownTextBoost(ctx: SearchContext, q: string): ((i: number) => number) | undefined {
  return docsBoost(ctx, ctx.titleTopics.docsNamedBy(q, expansionsOf(ctx, q)), ctx.fusion.ownTextBoost);
}

/** The question names a text ("theo Luật 2011", "luật mới"): that text's passages first. Undefined otherwise. */
function namedTextBoost(ctx: SearchContext, texts: Set<string>): ((i: number) => number) | undefined {
  if (ctx.fusion.namedTextBoost === 1) return undefined;
  return docsBoost(ctx, texts, ctx.fusion.namedTextBoost);
}

/**
 * The question names an excerpt (the namedExcerpt option): per reading of the question, all its passages first when
 * one of them holds nearly as much of the question as the best candidate (the excerpt holds an article on the point
 * asked), so that its clauses keep their order among themselves. Undefined when it names none.
 */
function namedExcerptBoost(ctx: SearchContext, excerpts: Set<string>): ((lex: LexicalResult) => (i: number) => number) | undefined {
  const { boost, share } = ctx.fusion.namedExcerpt;
  if (boost === 1 || !excerpts.size) return undefined;
  const inExcerpt = (i: number) => excerpts.has(ctx.units[i].docId);
  return (lex) => {
    const most = (units: number[]) => Math.max(0, ...units.map((i) => lex.coverage(i)));
    const holdsPoint = most(lex.ranked.filter(inExcerpt)) >= share * most(lex.ranked);
    return (i) => (holdsPoint && inExcerpt(i) ? boost : 1);
  };
}

/** The question asks what a province's plan says ("kinh phí thực hiện kế hoạch") or what a province does locally. */
const asksOfAPlan = (q: string) => asksOfPlan(foldedWords(q)) || asksOfLocalAction(q);

/** The question asks what a province's plan says ("kinh phí thực hiện kế hoạch"): the plans' passages first. */
function planTextBoost(ctx: SearchContext, q: string): ((i: number) => number) | undefined {
  if (ctx.fusion.planTextBoost === 1 || !asksOfAPlan(q)) return undefined;
  return docsBoost(ctx, ctx.plans, ctx.fusion.planTextBoost);
}

/**
 * The question asks which facility of a kind ("trung tâm nào") with a province in scope: the passages of that
 * province's plan naming one of the kind ("Trung tâm Công tác xã hội Quảng Nam") first, as the plan names the
 * province's own; the national texts only speak of facilities in general.
 */
function facilityBoost(ctx: SearchContext, q: string, scope: string | null): ((i: number) => number) | undefined {
  const names = scope ? askedFacilityNames(q) : undefined;
  if (!names || ctx.fusion.facilityBoost === 1) return undefined;
  return (i) => {
    const u = ctx.units[i];
    return ctx.docs.get(u.docId)?.province === scope && names.test(u.text) ? ctx.fusion.facilityBoost : 1;
  };
}

/** `boost` for the units of the given texts, undefined when there are none. */
function docsBoost(ctx: SearchContext, texts: Set<string>, boost: number): ((i: number) => number) | undefined {
  if (!texts.size) return undefined;
  return (i) => (texts.has(ctx.units[i].docId) ? boost : 1);
}

/** Reciprocal rank fusion of the lexical order and the vector neighbours: unit → fused score. */
async function fuseRanks(ctx: SearchContext, q: string, lexRanked: number[]): Promise<Map<number, number>> {
  const { fusion } = ctx;
  const fused = new Map<number, number>();
  addRanks(fused, lexRanked, fusion.lexicalWeight, fusion.rrfK);
  if (fusion.vectorWeight > 0) {
    const [qv] = await ctx.embedder.embed([q]);
    const neighbours = ctx.vectors.search(qv, fusion.depth).filter(({ similarity }) => similarity > 0);
    addRanks(
      fused,
      neighbours.map((n) => n.label),
      fusion.vectorWeight,
      fusion.rrfK,
    );
  }
  return fused;
}

/** Adds one ranker's reciprocal-rank votes, scaled by `weight`, to the fused scores. */
function addRanks(fused: Map<number, number>, ranked: number[], weight: number, rrfK: number): void {
  ranked.forEach((i, r) => fused.set(i, (fused.get(i) ?? 0) + weight / (rrfK + r + 1)));
}

/**
 * Fused candidates as hits, the province in scope and national texts first, other provinces after them.
 * `named`: the province the question names ("ở Đồng Nai ..."): it is about that province, whoever asks it.
 */
function scopedHits(
  ctx: SearchContext,
  named: string | null,
  province: string | null,
  fused: Map<number, number>,
  ofPlan: boolean,
): ScopedHit[] {
  const scope = named ?? province;
  // With no province in scope, a plan's passage yields to the national rule on near ties, unless a plan is asked about.
  const planWeight = scope || ofPlan ? 1 : ctx.fusion.unscopedPlan;
  // Confidence (lexical coverage) is costly per candidate: it is filled in only for the hits returned.
  const hits: ScopedHit[] = [];
  for (const [i, score] of fused) {
    const chunk = ctx.units[i];
    const doc = ctx.docs.get(chunk.docId);
    if (!doc) continue;
    hits.push({
      chunk,
      doc,
      // Naming a province asks for its own plan first, before the national texts on the same point.
      score: score * (named && doc.province === named ? ctx.fusion.namedProvinceBoost : doc.province ? planWeight : 1),
      confidence: 0,
      otherProvince: Boolean(province && doc.province && doc.province !== province),
      inScope: !scope || !doc.province || doc.province === scope,
      unit: i,
    });
  }
  hits.sort((a, b) => Number(b.inScope) - Number(a.inScope) || b.score - a.score);
  return hits;
}

/**
 * For a question asking for a list: when the best hit is an item of a list cut into one unit per item, the unit
 * holding the list's beginning takes its place (listOpening). The item goes after the other candidates: the list's
 * beginning stands for it, and the next candidates (often other items) keep their ranks.
 */
function listOpeningFirst(
  ctx: SearchContext,
  q: string,
  hits: ScopedHit[],
  coverage: (unit: number) => number,
  asked: number,
): ScopedHit[] {
  const [top] = hits;
  const share = ctx.fusion.listOpening;
  const j = top && share > 0 ? ctx.listOpenings[top.unit] : -1;
  if (j < 0 || !top.inScope || coverage(j) < share * coverage(top.unit)) return hits;
  // The beginning stands for the item only when it states what the question asks as well: a plan's aims open the list
  // whose third item is the share a question on its targets asks for.
  if (ctx.typeBoost.multiplier(asked, j) < ctx.typeBoost.multiplier(asked, top.unit)) return hits;
  if (namesFocusAlone(ctx, q, top.unit, j)) return hits;
  const opening = hits.find((h) => h.unit === j) ?? { ...top, chunk: ctx.units[j], unit: j };
  const rest = hits.filter((h) => h.unit !== j && h.unit !== top.unit);
  return [{ ...opening, score: top.score, inScope: true }, ...rest, top];
}

/**
 * "dựa vào dấu hiệu gì": the words naming what the question asks a list of (overviewFocus) are in the item's passage
 * and nowhere in the list's beginning, headings included. The item is that list ("Có dấu hiệu bị bóc lột …"), one point
 * among the grounds the beginning opens.
 */
function namesFocusAlone(ctx: SearchContext, q: string, item: number, opening: number): boolean {
  const focus = overviewFocus(q, ctx.overview.common);
  if (!focus.length) return false;
  const phrase = ` ${focus.join(' ')} `;
  const holds = (i: number) => foldedSyllables(ctx.units[i].passage).includes(phrase);
  return holds(item) && !holds(opening);
}

/**
 * Whether the plan's passage leads the national rule it follows (ownPlanSecond): the question asks who does it (not
 * an overview: its list answers which bodies or places), or it has a body it names act ("bên giáo dục có giúp gì", "biên phòng có làm việc với xã không") and the passage is the
 * plan's task of that body (actor-heading.ts): the rule says what any such body does, the plan what the province's
 * own does.
 */
function planLeads(ctx: SearchContext, q: string, types: AnswerType[], overview: boolean): (unit: number) => boolean {
  if (types.includes('agency') && !overview) return () => true;
  const actors = ctx.headingActors(q);
  return (unit) => (actors?.(unit) ?? 1) > 1;
}

/**
 * A national rule first, with the user's province known: the province's plan says how the province carries it out
 * (which body, which centre, which programme), so its best passage on the act asked follows the rule, before other
 * national texts that say something close. It comes first when it names the province's own body for the one the
 * question asks about (`leads`, planLeads), or when it holds nearly as much of the question as the rule (`leadShare`):
 * the user works in that province, and its plan then speaks to the same point in the terms they act on.
 */
function ownPlanSecond(
  hits: ScopedHit[],
  scope: string | null,
  coverage: (unit: number) => number,
  o: FusionOptions['ownPlanSecond'],
  leads: (unit: number) => boolean,
  leadOnly = false,
): ScopedHit[] {
  const [top] = hits;
  if (!scope || !top || top.doc.province || o.depth < 2) return hits;
  const at = hits.slice(0, o.depth).findIndex((h) => h.doc.province === scope && coverage(h.unit) >= o.share * coverage(top.unit));
  if (at < 1) return hits;
  const first = leads(hits[at].unit) || coverage(hits[at].unit) >= o.leadShare * coverage(top.unit);
  if (!first && (at === 1 || leadOnly)) return hits;
  const rest = [...hits.slice(1, at), ...hits.slice(at + 1)];
  return first ? [hits[at], top, ...rest] : [top, hits[at], ...rest];
}

/** Each fused candidate scaled by the boosts of the asked answer types it carries (fusedTypeBoost). */
function weighAnswerTypes(fused: Map<number, number>, boost: TypeBoost, q: string): void {
  const asked = boost.asked(q);
  if (asked) for (const [unit, score] of fused) fused.set(unit, score * boost.multiplier(asked, unit));
}

/**
 * The first `depth` fused candidates weighed by how much of the question each holds (lexical coverage): the fused
 * score is scaled from `floor` (the candidate holding the least of the question's words among them) to 1 (the most).
 * The rankers vote by rank, so a passage that repeats two of the question's words many times can outrank the one
 * holding all of them ("xin bảo vệ, gấp thì gọi điện được không": the clause on asking by phone in urgent cases,
 * not the clause listing the measures). Scope and the named province's lead are applied after it.
 */
function weighByCoverage(fused: Map<number, number>, coverage: (unit: number) => number, o: FusionOptions['coverageRerank']): void {
  if (o.floor >= 1) return;
  const head = [...fused].sort((x, y) => y[1] - x[1]).slice(0, o.depth);
  const held = head.map(([unit]) => coverage(unit));
  const most = Math.max(Number.EPSILON, ...held);
  head.forEach(([unit, score], i) => fused.set(unit, score * (o.floor + (1 - o.floor) * (held[i] / most))));
}

/**
 * Whether two units quote the same text: one holds the other's sections. The parser's chunks of one long section hold
 * different parts of its text, and both may be asked for.
 */
function overlaps(a: Unit, b: Unit): boolean {
  if (a.start < 0 || b.start < 0) return false;
  if (a.count === 1 && b.count === 1 && a.start === b.start && a.id !== b.id) return false;
  return a.start < b.start + b.count && b.start < a.start + a.count;
}

/**
 * The k best hits without repeats. Overlapping units (a clause and the article holding it) would quote the
 * same text twice. A long article split into many units would fill every slot with near-duplicates of one
 * point: at most `perGroup` units of one article (or heading group) until the other candidates run out. A unit past
 * that limit holding more of the question than every unit of its group before it is no near-duplicate: it states
 * what they do not (the clause answering, among points repeating the article's words), and it keeps its place.
 */
function diverseTop(hits: ScopedHit[], k: number, perGroupLimit: number, coverage: (unit: number) => number): SearchHit[] {
  const out: SearchHit[] = [];
  const deferred: SearchHit[] = [];
  const taken: Unit[] = [];
  const perGroup = new Map<string, number>();
  // Per group, the most of the question a unit of it seen so far holds.
  const groupBest = new Map<string, number>();
  for (const { inScope: _, unit, ...h } of hits) {
    if (out.length >= k) break;
    h.confidence = coverage(unit);
    const u = h.chunk as Unit;
    if (taken.some((t) => overlaps(t, u))) continue;
    taken.push(u);
    const g = groupKey(u);
    const n = perGroup.get(g) ?? 0;
    const best = groupBest.get(g) ?? 0;
    groupBest.set(g, Math.max(best, h.confidence));
    if (perGroupLimit > 0 && n >= perGroupLimit && h.confidence <= best) {
      deferred.push(h);
      continue;
    }
    perGroup.set(g, n + 1);
    out.push(h);
  }
  for (const h of deferred) if (out.length < k) out.push(h);
  return out;
}
