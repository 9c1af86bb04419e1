// `npm run --silent eval -- retrieval --file <path.jsonl> [--k 5] [--corpus <dir>]`
// Last stdout line: {"n","hit1","hit5","mrr","p50ms","p95ms","meanChars","byVariant":{...}}; misses go to stderr.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex, type FusionOptions } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { foldDiacritics } from '../../knowledge/text.js';

export interface EvalItem {
  id: string;
  q: string;
  province?: string;
  variant?: string;
  kind?: string;
  expect: { doc: string; contains: string }[];
}

/** The eval contract's matching rule: NFC, drop `*` and `#`, collapse whitespace, lowercase. */
export function normalizeForMatch(s: string): string {
  return s.normalize('NFC').replace(/[*#]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function parseEvalFile(file: string): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvalItem);
}

export interface EvalSummary {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
  p50ms: number;
  p95ms: number;
  meanChars: number;
  byVariant: Record<string, { n: number; hit1: number; hit5: number; mrr: number }>;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** A passage is what the answerer quotes from; the rank of the first passage that matches, or 0. */
export type RankFn = (item: EvalItem, k: number) => Promise<{ passages: { docId: string; passage: string }[] }>;

export async function evaluate(
  items: EvalItem[],
  rank: RankFn,
  k: number,
  onMiss?: (item: EvalItem, got: { docId: string; passage: string }[]) => void,
): Promise<EvalSummary> {
  const times: number[] = [];
  let chars = 0;
  let passagesCount = 0;
  const agg = (m: Map<string, { n: number; h1: number; h5: number; rr: number }>, key: string) => {
    let v = m.get(key);
    if (!v) m.set(key, (v = { n: 0, h1: 0, h5: 0, rr: 0 }));
    return v;
  };
  const groups = new Map<string, { n: number; h1: number; h5: number; rr: number }>();
  for (const item of items) {
    const t0 = performance.now();
    const { passages } = await rank(item, k);
    times.push(performance.now() - t0);
    passagesCount += passages.length;
    for (const p of passages) chars += p.passage.length;
    const expects = item.expect.map((e) => ({ doc: e.doc, contains: normalizeForMatch(e.contains) }));
    const pos = passages.findIndex((p) => {
      const text = normalizeForMatch(p.passage);
      return expects.some((e) => e.doc === p.docId && text.includes(e.contains));
    });
    for (const key of ['*', item.variant ?? 'unknown']) {
      const g = agg(groups, key);
      g.n++;
      if (pos === 0) g.h1++;
      if (pos >= 0 && pos < k) g.h5++;
      if (pos >= 0) g.rr += 1 / (pos + 1);
    }
    if (pos !== 0 && onMiss) onMiss(item, passages);
  }
  times.sort((a, b) => a - b);
  const all = groups.get('*') ?? { n: 0, h1: 0, h5: 0, rr: 0 };
  const byVariant: EvalSummary['byVariant'] = {};
  for (const [key, g] of groups) {
    if (key === '*') continue;
    byVariant[key] = { n: g.n, hit1: round(g.h1 / g.n), hit5: round(g.h5 / g.n), mrr: round(g.rr / g.n) };
  }
  return {
    n: all.n,
    hit1: round(all.n ? all.h1 / all.n : 0),
    hit5: round(all.n ? all.h5 / all.n : 0),
    mrr: round(all.n ? all.rr / all.n : 0),
    p50ms: round(percentile(times, 50), 2),
    p95ms: round(percentile(times, 95), 2),
    meanChars: Math.round(passagesCount ? chars / passagesCount : 0),
    byVariant,
  };
}

export function indexRanker(index: KnowledgeIndex): RankFn {
  return async (item, k) => {
    const hits = await index.search(item.q, { k, province: item.province ?? null });
    return { passages: hits.map((h) => ({ docId: h.chunk.docId, passage: h.chunk.passage })) };
  };
}

/** Steady-state latency: exercise every code path (accented, unaccented, scoped) on headings of the corpus itself. */
export async function warmUp(index: KnowledgeIndex, rounds = 40): Promise<void> {
  const sections = index.corpus.sections;
  for (let i = 0; i < rounds && sections.length; i++) {
    const s = sections[Math.floor((i * sections.length) / rounds)];
    const q = [...s.path, s.text.slice(0, 80)].join(' ');
    await index.search(q, { k: 5 });
    await index.search(foldDiacritics(q), { k: 5, province: index.corpus.docs[i % index.corpus.docs.length]?.province ?? null });
  }
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function runRetrievalEval(args: string[], fusion?: Partial<FusionOptions>): Promise<void> {
  const file = argValue(args, '--file');
  if (!file) {
    console.error('Usage: npm run --silent eval -- retrieval --file <path.jsonl> [--k 5] [--corpus <dir>]');
    process.exitCode = 2;
    return;
  }
  const k = Number(argValue(args, '--k') ?? 5);
  const corpus = loadCorpus(argValue(args, '--corpus') ?? BUNDLED_KNOWLEDGE_DIR);
  for (const e of corpus.errors) console.error(`corpus: skipped ${e.file}: ${e.message}`);
  const index = await openKnowledgeIndex({ corpus, fusion });
  const items = parseEvalFile(file);
  await warmUp(index);
  const summary = await evaluate(items, indexRanker(index), k, (item, got) => {
    const top = got[0] ? `${got[0].docId} :: ${got[0].passage.slice(0, 80).replace(/\s+/g, ' ')}` : '(none)';
    const rank = got.findIndex((p) =>
      item.expect.some((e) => e.doc === p.docId && normalizeForMatch(p.passage).includes(normalizeForMatch(e.contains))),
    );
    console.error(`miss ${item.id} [${item.variant ?? '?'}] rank=${rank < 0 ? '-' : rank + 1} top=${top}`);
  });
  console.log(JSON.stringify(summary));
}
