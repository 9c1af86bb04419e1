// `npm run bench [-- --file <dev.jsonl>] [--answers <answers.jsonl>] [--scale 100] [--quick] [--no-load]`: this project's hybrid ranker vs
// MiniSearch (default options) on the same chunks and questions, for the bundled corpus and a synthetic
// corpus N× its size; the answer eval on the answer dev set; CPU per question of the question pipeline
// by stage (pipeline-cpu.ts); then cold start with a persisted index (cold-start.ts), the LLM path's overhead
// over the extractive answer (llm-overhead.ts) and channel throughput through the fake Telegram server
// (load-run.ts), then a backup of 10,000 cases (backup-run.ts). `--quick` skips the synthetic corpus and the
// load run and backs up 1,000 cases; `--no-load` skips the load run.
// The last stdout line is one JSON object with every figure. Targets are printed, never enforced.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import type { Chunk, Corpus, DocMeta, Section } from '../../knowledge/types.js';
import { evaluate, indexRanker, parseEvalFile, type EvalItem, type RankFn } from '../eval/retrieval-eval.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { formatColdStart, measureColdStart } from './cold-start.js';
import { measureAnswers } from '../eval/answers-eval.js';
import type { AnswerSummary } from '../eval/answer-score.js';
import { formatLlmOverhead, measureLlmOverhead } from './llm-overhead.js';
import { formatPipelineCpu, measurePipelineCpu } from './pipeline-cpu.js';
import { formatLoad, runLoad } from './load-run.js';
import { formatBackup, measureBackup } from './backup-run.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Deterministic PRNG so the synthetic corpus is the same on every run. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keeps the real corpus and adds (scale-1) copies whose sections mix sentences of two real sections. */
export function syntheticCorpus(base: Corpus, scale: number): Corpus {
  const rnd = mulberry32(7);
  const docs: DocMeta[] = [...base.docs];
  const sections: Section[] = [...base.sections];
  const chunks: Chunk[] = [...base.chunks];
  const sentencesOf = (t: string) => t.split(/(?<=[.;])\s+/);
  for (let c = 1; c < scale; c++) {
    for (const d of base.docs) docs.push({ ...d, id: `synthetic-${c}/${d.id}`, shortName: `${d.shortName} (bản tổng hợp ${c})` });
    for (const ch of base.chunks) {
      const other = base.chunks[Math.floor(rnd() * base.chunks.length)];
      const a = sentencesOf(ch.text);
      const b = sentencesOf(other.text);
      const text = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' ').slice(0, 1300);
      const docId = `synthetic-${c}/${ch.docId}`;
      const sectionId = `synthetic-${c}/${ch.sectionId}`;
      const path = [...ch.path];
      sections.push({ id: sectionId, docId, ordinal: sections.length, path, text });
      chunks.push({ id: `${sectionId}~0`, docId, sectionId, path, text, passage: `${path.join(' › ')}\n${text}`.slice(0, 1500) });
    }
  }
  return { docs, sections, chunks, hash: `${base.hash}-x${scale}`, errors: [] };
}

function memory() {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

interface Row {
  system: string;
  corpus: string;
  chunks: number;
  buildMs: number;
  heap: string;
  rss: string;
  hit1: number;
  hit5: number;
  mrr: number;
  p50ms: number;
  p95ms: number;
  unaccentedHit5: number;
}

async function measure(system: string, label: string, corpus: Corpus, items: EvalItem[], build: () => Promise<RankFn>): Promise<Row> {
  const before = memory();
  const t0 = performance.now();
  const rank = await build();
  const buildMs = performance.now() - t0;
  const after = memory();
  // Same warm-up for both systems: corpus headings, never the eval questions.
  for (let i = 0; i < 40 && corpus.sections.length; i++) {
    const sct = corpus.sections[Math.floor((i * corpus.sections.length) / 40)];
    await rank({ id: 'warm', q: [...sct.path, sct.text.slice(0, 80)].join(' '), expect: [] }, 5);
  }
  const s = await evaluate(items, rank, 5);
  return {
    system,
    corpus: label,
    chunks: corpus.chunks.length,
    buildMs: Math.round(buildMs),
    heap: mb(after.heap - before.heap),
    rss: mb(after.rss - before.rss),
    hit1: s.hit1,
    hit5: s.hit5,
    mrr: s.mrr,
    p50ms: s.p50ms,
    p95ms: s.p95ms,
    unaccentedHit5: s.byVariant.unaccented?.hit5 ?? 0,
  };
}

function miniSearchRanker(corpus: Corpus): RankFn {
  const ms = new MiniSearch<{ id: number; passage: string }>({ fields: ['passage'] });
  ms.addAll(corpus.chunks.map((c, id) => ({ id, passage: c.passage })));
  return async (item, k) => ({
    passages: ms
      .search(item.q)
      .slice(0, k)
      .map((r) => corpus.chunks[r.id as number])
      .map((c) => ({ docId: c.docId, passage: c.passage })),
  });
}

function formatAnswers(a: AnswerSummary): string {
  const types = Object.entries(a.byType)
    .map(([t, v]) => `${t} ${v.pass}/${v.n}`)
    .join(', ');
  return (
    `Answers (answers-dev, extractive): pass ${a.pass}/${a.n} (${a.passRate}), answer items ${a.answerPass}/${a.answerN}, ` +
    `abstain items ${a.abstainPass}/${a.abstainN}, hedged ${a.hedged}; ${types}`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = argValue(args, '--file') ?? join(BUNDLED_KNOWLEDGE_DIR, '..', '..', 'shared', 'eval', 'retrieval-dev.jsonl');
  if (!existsSync(file)) throw new Error(`dev set not found: ${file} (use --file)`);
  const scale = Number(argValue(args, '--scale') ?? 100);
  const quick = args.includes('--quick');
  const withLoad = !quick && !args.includes('--no-load');
  const items = parseEvalFile(file);
  const base = loadCorpus(argValue(args, '--corpus') ?? BUNDLED_KNOWLEDGE_DIR);
  const rows: Row[] = [];
  const corpora: [string, Corpus][] = [['bundled', base]];
  if (!quick) corpora.push([`synthetic ${scale}×`, syntheticCorpus(base, scale)]);
  for (const [label, corpus] of corpora) {
    rows.push(await measure('hybrid (this project)', label, corpus, items, async () => indexRanker(await openKnowledgeIndex({ corpus }))));
    rows.push(await measure('MiniSearch (defaults)', label, corpus, items, async () => miniSearchRanker(corpus)));
    if (corpus === base) {
      // The same ranker on the parser's chunks exactly as MiniSearch sees them (no merged units).
      rows.push(
        await measure('hybrid on parser chunks', label, corpus, items, async () =>
          indexRanker(await openKnowledgeIndex({ corpus, fusion: { unitChars: 0 } })),
        ),
      );
    }
  }
  console.table(rows);
  console.log(JSON.stringify(rows));

  // Answers end to end (triage, contacts, scope, extractive answer) on the answer dev set beside the retrieval one.
  const answersFile = argValue(args, '--answers') ?? join(dirname(file), 'answers-dev.jsonl');
  const answers = existsSync(answersFile) ? await measureAnswers(answersFile, mkdtempSync(join(tmpdir(), 'bench-answers-'))) : undefined;
  console.log(answers ? `\n${formatAnswers(answers)}` : `\nAnswers: skipped (${answersFile} not found; use --answers)`);
  // CPU per question through the whole question pipeline, by stage (the load harness' questions).
  const pipelineCpu = await measurePipelineCpu({ rounds: quick ? 10 : 30 });
  const pipelineCpuCached = await measurePipelineCpu({ rounds: quick ? 10 : 30, cacheAnswers: true });
  console.log(`\n${formatPipelineCpu(pipelineCpu)}\n${formatPipelineCpu(pipelineCpuCached)}`);

  // Each one runs alone: cold start and load are child processes, so nothing else competes for the cores.
  const cold = await measureColdStart();
  console.log(`\n${formatColdStart(cold)}`);
  const llm = await measureLlmOverhead(base);
  console.log(`\n${formatLlmOverhead(llm)}`);
  const load = withLoad ? await runLoad({ chats: 1000, seconds: 10 }) : undefined;
  console.log(load ? `\n${formatLoad(load)}` : '\nChannel throughput: skipped (--quick / --no-load)');
  const backup = await measureBackup({ cases: quick ? 1_000 : 10_000 });
  console.log(`\n${formatBackup(backup)}`);

  console.log(
    JSON.stringify({
      retrieval: rows,
      answers: answers ?? null,
      pipelineCpu,
      pipelineCpuCached,
      coldStartMs: cold.coldStartMs,
      coldStartOpenMs: cold.openMs,
      llmOverheadMs: { ...llm.overheadMs, valid: llm.valid },
      load: load ? { ...load.result, exitCode: load.exitCode } : null,
      backup,
    }),
  );
}

if (process.argv[1]?.endsWith('bench.ts'))
  main().catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
