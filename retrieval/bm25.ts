// BM25F-style lexical ranker over several term families of each retrieval unit (accented/folded unigrams and
// bigrams of the passage, heading path, document title). Hand-written because it needs per-field weights,
// a coverage measure and diacritic-aware scoring that MiniSearch does not expose (see `npm run bench`).
import { PostingsBuilder, type Postings, type PostingsIndex } from './postings.js';
import type { Expansion } from './expand.js';
import { QUESTION_PHRASE_COUNT, QUESTION_PHRASES } from './chat-forms.js';
import { analyze, foldToken, isStopword, type Terms, terms, typedMostlyPlain } from './text.js';

export interface LexicalDoc {
  /** Passage text (heading path + body). */
  body: string;
  /** Heading path joined. */
  heading: string;
  /** Document short name, title and province name. */
  meta: string;
}

type FieldName = 'uni' | 'uniF' | 'bi' | 'biF' | 'head' | 'meta';

interface Field {
  lens: Float32Array;
  avgdl: number;
  postings: PostingsIndex;
}

export interface LexicalWeights {
  uni: number;
  uniF: number;
  bi: number;
  biF: number;
  head: number;
  meta: number;
  k1: number;
  b: number;
  /** Weight of the diacritics-restored query on the accented fields, for unaccented questions (0 = off). */
  restore: number;
  /** Weight of the expansion phrases (documents' terms for the question's everyday words) relative to its own (0 = off). */
  expansion: number;
}

export const DEFAULT_WEIGHTS: LexicalWeights = {
  uni: 1,
  uniF: 1,
  bi: 1.5,
  biF: 1.5,
  head: 0.6,
  meta: 0.6,
  k1: 1.2,
  b: 0.75,
  restore: 1,
  expansion: 0.6,
};

/** Unigrams present in more than this share of units are skipped when scoring (not for coverage). */
export const COMMON_SHARE = 0.5;

export interface LexicalResult {
  /** Unit ordinals, best first (at most `limit`). */
  ranked: number[];
  score(i: number): number;
  /** Idf-weighted share of the query's folded syllables and content bigrams found in unit i, its headings or its title: 0..1. */
  coverage(i: number): number;
  /** The same search with the expansion phrases weighted `expansion` (> 0) instead, without new lookups: another reading of the question. */
  withExpansionWeight(expansion: number, limit: number): LexicalResult;
  /** The same search with `added` terms scored on the passages' folded text as well, each scaled by its weight. */
  withTerms(added: readonly WeightedTerm[], limit: number): LexicalResult;
}

/** A part of a query whose words score on the passages with this share of the fields' weights. */
export interface WeightedText {
  text: string;
  weight: number;
}

/** A folded syllable or bigram ("ho tro") added to a query with its own weight. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface LexicalIndex {
  readonly size: number;
  /**
   * `expansions`: the documents' phrases for the query's everyday words, scored like its own terms scaled by
   * `weights.expansion`; for coverage, a passage with one of the phrases counts as having the words.
   * `scored`: the part of the query whose words score on the passages' own text and headings (default: all of
   * it), or parts each scored with its own share of the weights; the whole query still decides the title score and
   * the coverage.
   */
  search(
    query: string,
    limit: number,
    weights?: LexicalWeights,
    expansions?: readonly Expansion[],
    scored?: string | readonly WeightedText[],
  ): LexicalResult;
  /**
   * The share of `query` found in each unit as for LexicalResult.coverage, and in its heading path alone (what its
   * article or section title says it is about), for a query other than the one searched (e.g. its topic).
   */
  shares(query: string, weights?: LexicalWeights, expansions?: readonly Expansion[]): Shares;
  /** How often each syllable and bigram (accented, lowercase; function words only within bigrams) occurs in unit i's body. */
  unitTerms(i: number): ReadonlyMap<string, number>;
  /** Units whose body holds the folded syllable or bigram. */
  df(term: string): number;
  /** Idf of a term held by `df` units, as the ranker weighs it. */
  idf(df: number): number;
}

export interface Shares {
  coverage(i: number): number;
  heading(i: number): number;
}

// Heading paths and document titles repeat across units: analyse each distinct string once.
const termCache = new Map<string, string[]>();
function cachedTerms(s: string): string[] {
  let t = termCache.get(s);
  if (!t) {
    const x = terms(s);
    t = [...x.uniF, ...x.biF];
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(s, t);
  }
  return t;
}

function fieldTerms(d: LexicalDoc): Record<FieldName, string[]> & { seq: string[] } {
  const body = terms(d.body);
  return {
    seq: body.seq,
    uni: body.uni,
    uniF: body.uniF,
    bi: body.bi,
    biF: body.biF,
    head: cachedTerms(d.heading),
    meta: cachedTerms(d.meta),
  };
}

const FIELDS: FieldName[] = ['uni', 'uniF', 'bi', 'biF', 'head', 'meta'];

/** What the ranker knows of the indexed units; built once, read by every search. */
interface LexicalModel {
  n: number;
  fields: Map<FieldName, Field>;
  /** Most frequent accented form of each folded syllable and bigram, with its count. */
  bestForm: Map<string, { form: string; count: number }>;
  /** Distinct document title string of each unit (index into metaTf). */
  metaOf: Int32Array;
  metaTf: { counts: Map<string, number>; len: number }[];
  /** Unigrams in more units than this are skipped when scoring. */
  commonDf: number;
  idf(df: number): number;
  maxIdf: number;
  /** Per-field BM25 length normalisation for the current k1/b, computed once. */
  normCache: Map<string, Float32Array>;
  /** Per unit, its body's accented syllables and bigrams with their counts. */
  unitTerms: Map<string, number>[];
}

export function buildLexicalIndex(docs: LexicalDoc[]): LexicalIndex {
  const n = docs.length;
  const { fields, formCounts, unitTerms } = buildFields(docs);
  const { metaOf, metaTf } = buildMetaTable(docs);
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const model: LexicalModel = {
    n,
    fields,
    bestForm: pickBestForms(withQuestionPhrases(formCounts)),
    metaOf,
    metaTf,
    commonDf: n * COMMON_SHARE,
    idf,
    maxIdf: idf(0),
    normCache: new Map(),
    unitTerms,
  };
  return {
    size: n,
    search: (query, limit, weights = DEFAULT_WEIGHTS, expansions = [], scored = query) =>
      search(model, query, limit, weights, expansions, scored),
    shares: (query, weights = DEFAULT_WEIGHTS, expansions = []) => {
      const { q, restored } = queryTerms(model, query, weights);
      return {
        // Read for most of an overview's candidates: computed for every unit at once.
        coverage: queryCoverage(model, q, weights, expansions, restored, true),
        heading: headingCoverage(model, q, weights, expansions, restored, true),
      };
    },
    unitTerms: (i) => model.unitTerms[i],
    df: (term) => model.fields.get(term.includes(' ') ? 'biF' : 'uniF')!.postings.get(term)?.docs.length ?? 0,
    idf,
  };
}

/** Postings and lengths of every field, how often each accented syllable and bigram form occurs, and each unit's terms. */
function buildFields(docs: LexicalDoc[]): {
  fields: Map<FieldName, Field>;
  formCounts: Map<string, number>;
  unitTerms: Map<string, number>[];
} {
  const n = docs.length;
  const build = new Map<FieldName, { lens: Float32Array; post: PostingsBuilder }>();
  for (const f of FIELDS) build.set(f, { lens: new Float32Array(n), post: new PostingsBuilder() });
  const formCounts = new Map<string, number>();
  const countForm = (form: string) => formCounts.set(form, (formCounts.get(form) ?? 0) + 1);
  const unitTerms = docs.map(() => new Map<string, number>());
  docs.forEach((d, i) => {
    const ft = fieldTerms(d);
    for (const t of [...ft.uni, ...ft.bi]) unitTerms[i].set(t, (unitTerms[i].get(t) ?? 0) + 1);
    for (const t of ft.seq) countForm(t);
    for (const t of ft.bi) countForm(t);
    for (const f of FIELDS) {
      const b = build.get(f)!;
      b.lens[i] = b.post.add(ft[f]);
    }
  });
  const fields = new Map<FieldName, Field>();
  for (const f of FIELDS) {
    const b = build.get(f)!;
    let total = 0;
    for (const l of b.lens) total += l;
    fields.set(f, { lens: b.lens, avgdl: n ? total / n || 1 : 1, postings: b.post.build() });
  }
  return { fields, formCounts, unitTerms };
}

/** The documents' form counts and the question phrases' (chat-forms.ts), to restore the diacritics of unaccented questions. */
function withQuestionPhrases(formCounts: Map<string, number>): Map<string, number> {
  const out = new Map(formCounts);
  const add = (form: string) => out.set(form, (out.get(form) ?? 0) + QUESTION_PHRASE_COUNT);
  for (const phrase of QUESTION_PHRASES) {
    const seq = analyze(phrase).seq;
    for (const t of seq) add(t);
    for (let i = 0; i + 1 < seq.length; i++) add(`${seq[i]} ${seq[i + 1]}`);
  }
  return out;
}

/** Folded syllable or bigram → its most frequent accented form, to restore diacritics of unaccented questions. */
function pickBestForms(formCounts: Map<string, number>): Map<string, { form: string; count: number }> {
  const bestForm = new Map<string, { form: string; count: number }>();
  for (const [form, count] of formCounts) {
    const key = form.split(' ').map(foldToken).join(' ');
    const cur = bestForm.get(key);
    if (!cur || count > cur.count) bestForm.set(key, { form, count });
  }
  return bestForm;
}

/** Titles repeat for every unit of a document: term counts once per distinct title, not per unit. */
function buildMetaTable(docs: LexicalDoc[]): Pick<LexicalModel, 'metaOf' | 'metaTf'> {
  const metaIndex = new Map<string, number>();
  const metaOf = Int32Array.from(docs, (d) => {
    let id = metaIndex.get(d.meta);
    if (id === undefined) metaIndex.set(d.meta, (id = metaIndex.size));
    return id;
  });
  const metaTf = [...metaIndex.keys()].map((m) => {
    const counts = new Map<string, number>();
    for (const t of cachedTerms(m)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return { counts, len: cachedTerms(m).length };
  });
  return { metaOf, metaTf };
}

/**
 * `ho tro nan nhan` → `hỗ trợ nạn nhân`, choosing each syllable's form from the likeliest bigram around it. A
 * syllable typed with its diacritics is kept as typed, and a bigram counts only if it reads that neighbour the same.
 */
function restoreDiacritics(bestForm: LexicalModel['bestForm'], query: string): string {
  const seq = analyze(query).seq;
  const folded = seq.map(foldToken);
  // The bigram's form when it reads the neighbour at `j` (its side `side`) as it was typed.
  const agreeing = (key: string, j: number, side: 0 | 1) => {
    const found = bestForm.get(key);
    return found && (folded[j] === seq[j] || found.form.split(' ')[side] === seq[j]) ? found : undefined;
  };
  return seq
    .map((t, i) => {
      if (folded[i] !== t) return t;
      let best = { form: t, score: 0 };
      const uni = bestForm.get(t);
      if (uni && !uni.form.includes(' ')) best = { form: uni.form, score: Math.min(uni.count * 0.01, 0.5) };
      const left = i > 0 ? agreeing(`${folded[i - 1]} ${t}`, i - 1, 0) : undefined;
      if (left && left.count > best.score) best = { form: left.form.split(' ')[1], score: left.count };
      const right = i + 1 < seq.length ? agreeing(`${t} ${folded[i + 1]}`, i + 1, 1) : undefined;
      if (right && right.count > best.score) best = { form: right.form.split(' ')[0], score: right.count };
      return best.form;
    })
    .join(' ');
}

/** One term of a coverage measure: where the unit may hold it, and its weight. */
interface CoverageTerm {
  ps: Postings[];
  alts: Postings[][];
  w: number;
}

/**
 * Coverage: idf share of `list` present in unit d within any of `within`. Lazy (binary search in postings) for the
 * few units a search reads; `dense`: for every unit at once from the postings, when most candidates will be read.
 * `alternatives(t)`: other ways to have t, each a set of terms that must all be in the unit's body.
 */
function coverageOf(
  model: LexicalModel,
  list: string[],
  within: Field[],
  alternatives: (t: string) => Postings[][] = () => [],
  dense = false,
) {
  const terms: CoverageTerm[] = list.map((t) => {
    const ps = within.map((f) => f.postings.get(t)).filter((p): p is Postings => Boolean(p));
    const df = Math.max(0, ...ps.map((p) => p.docs.length));
    return { ps, alts: alternatives(t), w: df ? model.idf(df) : model.maxIdf };
  });
  const total = terms.reduce((a, t) => a + t.w, 0);
  if (dense && total > 0) {
    const held = heldWeights(model.n, terms);
    return { total, share: (d: number) => Math.min(1, held[d] / total) };
  }
  const share = (d: number) => {
    if (total <= 0) return 0;
    let c = 0;
    for (const t of terms) if (holdsTerm(t.ps, t.alts, d)) c += t.w;
    return Math.min(1, c / total);
  };
  return { total, share };
}

/** Per unit, the summed weight of the terms it holds (added in the terms' order, as the lazy share adds them). */
function heldWeights(n: number, terms: CoverageTerm[]): Float64Array {
  const held = new Float64Array(n);
  const holds = new Uint8Array(n);
  const count = new Uint16Array(n);
  for (const t of terms) {
    holds.fill(0);
    for (const p of t.ps) for (const d of p.docs) holds[d] = 1;
    for (const all of t.alts) {
      // A unit holds the alternative when it is in every one of its postings (each lists a unit once).
      count.fill(0);
      for (const p of all) for (const d of p.docs) count[d]++;
      for (let d = 0; d < n; d++) if (count[d] === all.length) holds[d] = 1;
    }
    for (let d = 0; d < n; d++) if (holds[d]) held[d] += t.w;
  }
  return held;
}

/** Unit d holds the term in one of its postings, or every term of one of its alternatives (plain loops: read per candidate). */
function holdsTerm(ps: Postings[], alts: Postings[][], d: number): boolean {
  for (const p of ps) if (hasDoc(p.docs, d)) return true;
  for (const all of alts) {
    let every = true;
    for (const p of all) {
      if (!hasDoc(p.docs, d)) {
        every = false;
        break;
      }
    }
    if (every) return true;
  }
  return false;
}

/** For each folded syllable or bigram of the query's everyday words: the terms of their phrases in the body (or `within` one field). */
function phraseAlternatives(model: LexicalModel, expansions: readonly Expansion[], within?: FieldName): (t: string) => Postings[][] {
  if (!expansions.length) return () => [];
  const uniF = model.fields.get(within ?? 'uniF')!.postings;
  const biF = model.fields.get(within ?? 'biF')!.postings;
  const byWord = new Map<string, Postings[][]>();
  for (const e of expansions) {
    const alts = e.phrases.map((phrase) => {
      const t = terms(phrase);
      const list = t.seq.length > 1 ? t.biF.map((b) => biF.get(b)) : t.uniF.map((u) => uniF.get(u));
      return list.every(Boolean) && list.length ? (list as Postings[]) : undefined;
    });
    const usable = alts.filter((a): a is Postings[] => Boolean(a));
    const keys = [...e.words, ...e.words.slice(1).map((w, i) => `${e.words[i]} ${w}`)];
    for (const k of keys) byWord.set(k, [...(byWord.get(k) ?? []), ...usable]);
  }
  return (t) => byWord.get(t) ?? [];
}

function norms(model: LexicalModel, f: FieldName, k1: number, b: number): Float32Array {
  const key = `${f}|${k1}|${b}`;
  let a = model.normCache.get(key);
  if (!a) {
    const field = model.fields.get(f)!;
    a = Float32Array.from(field.lens, (len) => k1 * (1 - b + (b * len) / field.avgdl));
    model.normCache.set(key, a);
  }
  return a;
}

/** Scores of one search, accumulated field by field; `touched` lists the units with a non-zero score. */
interface Accumulator {
  model: LexicalModel;
  weights: LexicalWeights;
  scores: Float64Array;
  touched: number[];
}

/** Adds the BM25 contribution of `list` in field f, scaled by w, to every unit holding one of its terms. */
function addField(acc: Accumulator, f: FieldName, list: string[], w: number, unigram = false): void {
  if (w <= 0) return;
  const { model, weights, scores, touched } = acc;
  const field = model.fields.get(f)!;
  const norm = norms(model, f, weights.k1, weights.b);
  for (const t of new Set(list)) {
    const p = field.postings.get(t);
    // Syllables found in most units (nạn, nhân, hỗ, trợ...) barely move BM25 but cost the most: skip them.
    if (!p || (unigram && p.docs.length > model.commonDf)) continue;
    const wi = w * model.idf(p.docs.length) * (weights.k1 + 1);
    const { docs: ds, tfs } = p;
    for (let j = 0; j < ds.length; j++) {
      const d = ds[j];
      const tf = tfs[j];
      if (scores[d] === 0) touched.push(d);
      scores[d] += (wi * tf) / (tf + norm[d]);
    }
  }
}

/**
 * The question's own terms on the body and heading fields. Unaccented questions (`restored` set) are matched on
 * the folded fields and, with the diacritics restored from the corpus, on the accented ones.
 */
function addTerms(acc: Accumulator, q: Terms, accented: boolean, restored: Terms | undefined): void {
  const { weights } = acc;
  // Unaccented questions can only be matched on folded fields: give those the whole body weight.
  const boost = (a: number, f: number) => (accented ? 1 : (a * (1 - (restored ? weights.restore : 0)) + f) / Math.max(f, 1e-9));
  if (accented) {
    addField(acc, 'uni', q.uni, weights.uni, true);
    addField(acc, 'bi', q.bi, weights.bi);
  } else if (restored) {
    addField(acc, 'uni', restored.uni, weights.uni * weights.restore, true);
    addField(acc, 'bi', restored.bi, weights.bi * weights.restore);
  }
  addField(acc, 'uniF', q.uniF, weights.uniF * boost(weights.uni, weights.uniF), true);
  addField(acc, 'biF', q.biF, weights.biF * boost(weights.bi, weights.biF));
  addField(acc, 'head', [...q.uniF, ...q.biF], weights.head);
}

/** The documents' phrases for the question's everyday words, scored as the question's own words (the caller scales them). */
function addExpansionTerms(acc: Accumulator, expansions: readonly Expansion[]): void {
  const { weights } = acc;
  if (weights.expansion <= 0 || !expansions.length) return;
  // A phrase scores once, with the largest share of the expansions giving it.
  const shares = new Map<string, number>();
  for (const e of expansions) for (const p of e.phrases) shares.set(p, Math.max(shares.get(p) ?? 0, e.share ?? 1));
  for (const share of new Set(shares.values())) {
    // Each phrase is analysed on its own so that no bigram joins the end of one phrase to the next.
    const x = [...shares].filter(([, s]) => s === share).map(([p]) => terms(p));
    // A multi-syllable phrase counts through its bigrams: `kinh` or `phí` alone says little about `kinh phí`.
    const uniF = x.flatMap((t) => (t.seq.length > 1 ? [] : t.uniF));
    const biF = x.flatMap((t) => t.biF);
    addField(acc, 'uniF', uniF, weights.uniF * share, true);
    addField(acc, 'biF', biF, weights.biF * share);
    addField(acc, 'head', [...uniF, ...biF], weights.head * share);
  }
}

/** Document-title score, computed once per distinct title and added to the units already matched. */
function addMetaScores(acc: Accumulator, q: Terms): void {
  const { model, weights, scores, touched } = acc;
  if (weights.meta <= 0) return;
  const field = model.fields.get('meta')!;
  const qm = [...new Set([...q.uniF, ...q.biF])].map((t) => [t, model.idf(field.postings.get(t)?.docs.length ?? 0)] as const);
  const metaScore = model.metaTf.map(({ counts, len }) => {
    let v = 0;
    const nrm = weights.k1 * (1 - weights.b + (weights.b * len) / field.avgdl);
    for (const [t, w] of qm) {
      const tf = counts.get(t);
      if (tf) v += (weights.meta * w * (weights.k1 + 1) * tf) / (tf + nrm);
    }
    return v;
  });
  for (const d of touched) scores[d] += metaScore[model.metaOf[d]];
}

/** The query's folded syllables, and its content bigrams (function words told by their accented form, restored for unaccented questions). */
function coverageTerms(q: Terms, restored?: Terms): { uni: string[]; bi: string[] } {
  const contentBigrams = (restored ?? q).bi
    .filter((b) => b.split(' ').every((t) => !isStopword(t)))
    .map((b) => b.split(' ').map(foldToken).join(' '));
  return { uni: [...new Set(q.uniF)], bi: [...new Set(contentBigrams)] };
}

/** Half the syllables' share, half the bigrams' (all of it on the syllables when the query has no content bigram). */
function blendedCoverage(uni: ReturnType<typeof coverageOf>, bi: ReturnType<typeof coverageOf>): (i: number) => number {
  // Read for the same candidates by several reorderings of one search: each unit's share is computed once.
  const known = new Map<number, number>();
  return (i) => {
    let v = known.get(i);
    if (v === undefined) {
      const u = uni.share(i);
      v = bi.total > 0 ? 0.5 * u + 0.5 * bi.share(i) : u;
      known.set(i, v);
    }
    return v;
  };
}

/**
 * Coverage: idf share of distinct folded query syllables (and content bigrams) found in the passage,
 * its headings or the document title. Unknown terms weigh as the rarest term, so off-topic words count.
 */
function queryCoverage(
  model: LexicalModel,
  q: Terms,
  weights: LexicalWeights,
  expansions: readonly Expansion[],
  restored?: Terms,
  dense = false,
) {
  const { fields } = model;
  const { uni, bi } = coverageTerms(q, restored);
  const alternatives = weights.expansion > 0 ? phraseAlternatives(model, expansions) : undefined;
  return blendedCoverage(
    coverageOf(model, uni, [fields.get('uniF')!, fields.get('meta')!], alternatives, dense),
    coverageOf(model, bi, [fields.get('biF')!, fields.get('head')!, fields.get('meta')!], alternatives, dense),
  );
}

/** Coverage within the heading path only; an everyday wording counts when the heading has the documents' phrase for it. */
function headingCoverage(
  model: LexicalModel,
  q: Terms,
  weights: LexicalWeights,
  expansions: readonly Expansion[],
  restored?: Terms,
  dense = false,
) {
  const head = model.fields.get('head')!;
  const { uni, bi } = coverageTerms(q, restored);
  const alternatives = weights.expansion > 0 ? phraseAlternatives(model, expansions, 'head') : undefined;
  return blendedCoverage(coverageOf(model, uni, [head], alternatives, dense), coverageOf(model, bi, [head], alternatives, dense));
}

/** The query's terms; for an unaccented query, also its terms with the diacritics restored from the corpus. */
function queryTerms(model: LexicalModel, query: string, weights: LexicalWeights): { q: Terms; restored?: Terms } {
  const restored = !typedMostlyPlain(query) || weights.restore <= 0 ? undefined : terms(restoreDiacritics(model.bestForm, query));
  // Typed without diacritics, `thi`, `dau`, `co` may be function words (thì, đâu, có) or content (thi, đầu, cơ):
  // the restored form decides, as it does for accented questions.
  return { q: restored ? { ...terms(query), uniF: restored.uniF } : terms(query), restored };
}

function search(
  model: LexicalModel,
  query: string,
  limit: number,
  weights: LexicalWeights,
  expansions: readonly Expansion[],
  scored: string | readonly WeightedText[],
): LexicalResult {
  const accented = !typedMostlyPlain(query);
  const { q, restored } = queryTerms(model, query, weights);
  const acc: Accumulator = { model, weights, scores: new Float64Array(model.n), touched: [] };
  if (scored === query) addTerms(acc, q, accented, restored);
  else {
    for (const { text, weight } of typeof scored === 'string' ? [{ text: scored, weight: 1 }] : scored) {
      const part = queryTerms(model, text, weights);
      addTerms({ ...acc, weights: scaledFields(weights, weight) }, part.q, accented, part.restored);
    }
  }
  // The expansion phrases are scored apart, so that the same search can be read with them weighted otherwise.
  const exp: Accumulator = { model, weights, scores: new Float64Array(model.n), touched: [] };
  addExpansionTerms(exp, expansions);
  for (const d of exp.touched) if (acc.scores[d] === 0) acc.touched.push(d);
  addMetaScores(acc, q);
  const coverage = queryCoverage(model, q, weights, expansions, restored);
  const view = (expansion: number, lim: number): LexicalResult => {
    const scores = Float64Array.from(acc.scores);
    for (const d of exp.touched) scores[d] += expansion * exp.scores[d];
    const result = (s: Float64Array, touched: number[], l: number): LexicalResult => ({
      ranked: topK(touched, s, l),
      score: (i) => s[i] ?? 0,
      coverage,
      withExpansionWeight: view,
      withTerms: (added, l2) => {
        const more = withAddedTerms(model, weights, s, touched, added);
        return result(more.scores, more.touched, l2);
      },
    });
    return result(scores, acc.touched, lim);
  };
  return view(weights.expansion, limit);
}

/** The weights with every field's scaled by `share` (k1, b and the restored reading's share unchanged). */
function scaledFields(weights: LexicalWeights, share: number): LexicalWeights {
  if (share === 1) return weights;
  const { uni, uniF, bi, biF, head } = weights;
  return { ...weights, uni: uni * share, uniF: uniF * share, bi: bi * share, biF: biF * share, head: head * share };
}

/** `scores` with the BM25 of each added term on the folded body fields, scaled by its weight; the units touched by either. */
function withAddedTerms(
  model: LexicalModel,
  weights: LexicalWeights,
  scores: Float64Array,
  touched: number[],
  added: readonly WeightedTerm[],
): { scores: Float64Array; touched: number[] } {
  const acc: Accumulator = { model, weights, scores: Float64Array.from(scores), touched: [...touched] };
  for (const { term, weight } of added) {
    if (term.includes(' ')) addField(acc, 'biF', [term], weights.biF * weight);
    else addField(acc, 'uniF', [term], weights.uniF * weight, true);
  }
  // A unit touched before with a zero score (an expansion weighted 0) is pushed again when a term reaches it.
  return { scores: acc.scores, touched: acc.touched.length > touched.length ? [...new Set(acc.touched)] : acc.touched };
}

function hasDoc(docs: Int32Array, d: number): boolean {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] === d) return true;
    if (docs[mid] < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The `limit` best ids by score (ties by id), without sorting every matching unit. */
export function topK(ids: number[], scores: Float64Array, limit: number): number[] {
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  if (ids.length > limit * 4) {
    // Keep a bounded min-heap of the best ids seen so far.
    const heap: number[] = [];
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[m], heap[l])) m = l;
        if (r < heap.length && better(heap[m], heap[r])) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    };
    const up = (i: number) => {
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!better(heap[p], heap[i])) return;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    };
    for (const id of ids) {
      if (heap.length < limit) {
        heap.push(id);
        up(heap.length - 1);
      } else if (better(id, heap[0])) {
        heap[0] = id;
        down(0);
      }
    }
    ids = heap;
  }
  return [...ids].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, limit);
}
