// BM25F-style lexical ranker over several term families of each chunk (accented/folded unigrams and
// bigrams of the passage, heading path, document title). Hand-written because it is ~150 lines and
// needs per-field weights plus a coverage measure that MiniSearch does not expose.
import { analyze, bigrams, foldDiacritics, hasDiacritics, isStopword, splitSentences, terms } from './text.js';

export interface LexicalDoc {
  /** Passage text (heading path + body). */
  body: string;
  /** Heading path joined. */
  heading: string;
  /** Document short name, title and province name. */
  meta: string;
}

type FieldName = 'uni' | 'uniF' | 'bi' | 'biF' | 'head' | 'meta';

interface Postings {
  docs: Int32Array;
  tfs: Float32Array;
}

interface Field {
  lens: Float32Array;
  avgdl: number;
  postings: Map<string, Postings>;
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
  /** Weight of the best-sentence match in the rerank of the top `rerank` candidates (0 = off). */
  sentence: number;
  rerank: number;
  /** Weight of the diacritics-restored query on the accented fields, for unaccented questions (0 = off). */
  restore: number;
}

export const DEFAULT_WEIGHTS: LexicalWeights = { uni: 1, uniF: 1, bi: 1.5, biF: 1.5, head: 0.6, meta: 0.6, k1: 1.2, b: 0.75, sentence: 0, rerank: 40, restore: 1 };

export interface LexicalResult {
  /** Chunk ordinals, best first (at most `limit`). */
  ranked: number[];
  score(i: number): number;
  /** Share of the query's folded unigram weight (idf) present in chunk i: 0..1. */
  coverage(i: number): number;
}

export interface LexicalIndex {
  readonly size: number;
  search(query: string, limit: number, weights?: LexicalWeights): LexicalResult;
}

function fieldTerms(d: LexicalDoc): Record<FieldName, string[]> {
  const body = terms(d.body);
  const head = terms(d.heading);
  const meta = terms(d.meta);
  return {
    uni: body.uni,
    uniF: body.uniF,
    bi: body.bi,
    biF: body.biF,
    head: [...head.uniF, ...head.biF],
    meta: [...meta.uniF, ...meta.biF],
  };
}

const FIELDS: FieldName[] = ['uni', 'uniF', 'bi', 'biF', 'head', 'meta'];

export function buildLexicalIndex(docs: LexicalDoc[]): LexicalIndex {
  const n = docs.length;
  const build = new Map<FieldName, { lens: Float32Array; post: Map<string, number[]> }>();
  for (const f of FIELDS) build.set(f, { lens: new Float32Array(n), post: new Map() });
  // Most frequent accented form of each folded syllable and bigram, to restore diacritics of unaccented questions.
  const formCounts = new Map<string, Map<string, number>>();
  const countForm = (form: string) => {
    const key = foldDiacritics(form);
    let m = formCounts.get(key);
    if (!m) formCounts.set(key, (m = new Map()));
    m.set(form, (m.get(form) ?? 0) + 1);
  };
  docs.forEach((d, i) => {
    const ft = fieldTerms(d);
    const seq = analyze(d.body).seq;
    for (const t of seq) countForm(t);
    for (let j = 0; j + 1 < seq.length; j++) countForm(`${seq[j]} ${seq[j + 1]}`);
    for (const f of FIELDS) {
      const b = build.get(f)!;
      const list = ft[f];
      b.lens[i] = list.length;
      const counts = new Map<string, number>();
      for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, c] of counts) {
        let p = b.post.get(t);
        if (!p) b.post.set(t, (p = []));
        p.push(i, c);
      }
    }
  });
  const fields = new Map<FieldName, Field>();
  for (const f of FIELDS) {
    const b = build.get(f)!;
    let total = 0;
    for (const l of b.lens) total += l;
    const postings = new Map<string, Postings>();
    for (const [t, arr] of b.post) {
      const docsArr = new Int32Array(arr.length / 2);
      const tfs = new Float32Array(arr.length / 2);
      for (let j = 0; j < docsArr.length; j++) {
        docsArr[j] = arr[2 * j];
        tfs[j] = arr[2 * j + 1];
      }
      postings.set(t, { docs: docsArr, tfs });
    }
    fields.set(f, { lens: b.lens, avgdl: n ? total / n || 1 : 1, postings });
  }
  const bestForm = new Map<string, { form: string; count: number }>();
  for (const [key, m] of formCounts) {
    let best = { form: key, count: 0 };
    for (const [form, count] of m) if (count > best.count) best = { form, count };
    bestForm.set(key, best);
  }
  formCounts.clear();

  /** `ho tro nan nhan` → `hỗ trợ nạn nhân`, choosing each syllable's form from the likeliest bigram around it. */
  function restoreDiacritics(query: string): string {
    const seq = analyze(query).seq;
    const out = seq
      .map((t, i) => {
        let best = { form: t, score: 0 };
        const uni = bestForm.get(t);
        if (uni && !uni.form.includes(' ')) best = { form: uni.form, score: Math.min(uni.count * 0.01, 0.5) };
        const left = i > 0 ? bestForm.get(`${seq[i - 1]} ${t}`) : undefined;
        if (left && left.count > best.score) best = { form: left.form.split(' ')[1], score: left.count };
        const right = i + 1 < seq.length ? bestForm.get(`${t} ${seq[i + 1]}`) : undefined;
        if (right && right.count > best.score) best = { form: right.form.split(' ')[0], score: right.count };
        return best.form;
      })
      .join(' ');
    return out;
  }

  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idf(0);

  // Folded syllable and bigram sets of each sentence of a unit, computed on first use.
  const sentenceCache = new Map<number, { uni: Set<string>; bi: Set<string> }[]>();
  const sentencesOf = (d: number) => {
    let list = sentenceCache.get(d);
    if (list) return list;
    const head = analyze(docs[d].heading).seq.map(foldDiacritics);
    list = splitSentences(docs[d].body).map((sentence) => {
      const seq = analyze(sentence).seq.map(foldDiacritics);
      return { uni: new Set([...seq, ...head]), bi: new Set([...bigrams(seq), ...bigrams(head)]) };
    });
    if (sentenceCache.size > 20_000) sentenceCache.clear();
    sentenceCache.set(d, list);
    return list;
  };

  /**
   * Questions usually target one sentence. Among the top candidates, a unit whose single best sentence
   * (with its heading) holds most of the query's weighted syllables and bigrams moves up.
   */
  function rerank(ranked: number[], scores: Float64Array, q: ReturnType<typeof terms>, w: LexicalWeights) {
    const depth = Math.min(ranked.length, w.rerank);
    const uniF = fields.get('uniF')!.postings;
    const biF = fields.get('biF')!.postings;
    const qu = [...new Set(q.uniF)].map((t) => [t, idf(uniF.get(t)?.docs.length ?? 0)] as const);
    const qb = [...new Set(q.biF)].map((t) => [t, idf(biF.get(t)?.docs.length ?? 0)] as const);
    const total = [...qu, ...qb].reduce((s, [, x]) => s + x, 0) || 1;
    const top = scores[ranked[0]] || 1;
    const head = ranked.slice(0, depth).map((d) => {
      let best = 0;
      for (const s of sentencesOf(d)) {
        let v = 0;
        for (const [t, x] of qu) if (s.uni.has(t)) v += x;
        for (const [t, x] of qb) if (s.bi.has(t)) v += x;
        if (v > best) best = v;
      }
      return { d, v: scores[d] / top + w.sentence * (best / total) };
    });
    head.sort((a, b) => b.v - a.v || a.d - b.d);
    head.forEach((h, i) => (ranked[i] = h.d));
  }

  function coverageOf(list: string[], within: Field[], markBase: number) {
    const cov = new Float64Array(n);
    const seen = new Int32Array(n);
    let total = 0;
    list.forEach((t, ti) => {
      const ps = within.map((f) => f.postings.get(t));
      const df = Math.max(0, ...ps.map((p) => p?.docs.length ?? 0));
      const w = df ? idf(df) : maxIdf;
      total += w;
      for (const p of ps) {
        if (!p) continue;
        for (const d of p.docs) {
          if (seen[d] === markBase + ti + 1) continue;
          seen[d] = markBase + ti + 1;
          cov[d] += w;
        }
      }
    });
    return { total, share: (i: number) => (total > 0 ? Math.min(1, (cov[i] ?? 0) / total) : 0) };
  }

  function search(query: string, limit: number, weights: LexicalWeights = DEFAULT_WEIGHTS): LexicalResult {
    const accented = hasDiacritics(query);
    // Unaccented questions are matched on the folded fields and, after restoring diacritics, on the accented ones.
    const restored = accented || weights.restore <= 0 ? undefined : terms(restoreDiacritics(query));
    const q = terms(query);
    const scores = new Float64Array(n);
    const touched: number[] = [];
    const K1 = weights.k1;
    const B = weights.b;
    const add = (f: FieldName, list: string[], w: number) => {
      if (w <= 0) return;
      const field = fields.get(f)!;
      for (const t of new Set(list)) {
        const p = field.postings.get(t);
        if (!p) continue;
        const wi = w * idf(p.docs.length);
        for (let j = 0; j < p.docs.length; j++) {
          const d = p.docs[j];
          const tf = p.tfs[j];
          if (scores[d] === 0) touched.push(d);
          scores[d] += (wi * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * field.lens[d]) / field.avgdl));
        }
      }
    };
    // Unaccented questions can only be matched on folded fields: give those the whole body weight.
    const boost = (a: number, f: number) => (accented ? 1 : (a * (1 - (restored ? weights.restore : 0)) + f) / Math.max(f, 1e-9));
    if (accented) {
      add('uni', q.uni, weights.uni);
      add('bi', q.bi, weights.bi);
    } else if (restored) {
      add('uni', restored.uni, weights.uni * weights.restore);
      add('bi', restored.bi, weights.bi * weights.restore);
    }
    add('uniF', q.uniF, weights.uniF * boost(weights.uni, weights.uniF));
    add('biF', q.biF, weights.biF * boost(weights.bi, weights.biF));
    add('head', [...q.uniF, ...q.biF], weights.head);
    add('meta', [...q.uniF, ...q.biF], weights.meta);

    // Coverage: idf share of distinct folded query syllables (and content bigrams) found in the passage,
    // its headings or the document title. Unknown terms weigh as the rarest term, so off-topic words count.
    const uniFields = [fields.get('uniF')!, fields.get('meta')!];
    const biFields = [fields.get('biF')!, fields.get('head')!, fields.get('meta')!];
    const contentBigrams = q.biF.filter((b) => b.split(' ').every((t) => !isStopword(t)));
    const covUni = coverageOf([...new Set(q.uniF)], uniFields, 0);
    const covBi = coverageOf([...new Set(contentBigrams)], biFields, 1 << 20);
    touched.sort((a, b) => scores[b] - scores[a] || a - b);
    if (weights.sentence > 0 && touched.length > 1) rerank(touched, scores, q, weights);
    return {
      ranked: touched.slice(0, limit),
      score: (i) => scores[i] ?? 0,
      coverage: (i) => {
        const u = covUni.share(i);
        return covBi.total > 0 ? 0.5 * u + 0.5 * covBi.share(i) : u;
      },
    };
  }

  return { size: n, search };
}

/** Folded lowercase form used to compare province names and slugs. */
export function slugify(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
