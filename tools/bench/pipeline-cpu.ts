// CPU per question of the question pipeline (handlers/ask/pipeline.ts), opened exactly as the bot opens it
// (bot/answering.ts, extractive answers), with the triage every citizen message goes through first. CPU time
// (process.cpuUsage) rather than wall-clock, so a busy shared machine moves the figure less; each stage's
// share comes from the pipeline's onStage hook (the loop's own work is spread over the stages). A digest of the replies shows whether a change altered an answer.
// The answer cache is off unless asked for: the figure is the work a question costs the first time.
// `npx tsx tools/bench/pipeline-cpu.ts [--rounds 30] [--repeats 5] [--file answers.jsonl] [--cached]` runs it alone.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openAnswering, type Answering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { createTriage } from '../../handlers/triage/index.js';
import type { Triage } from '../../handlers/types.js';
import { LOAD_QUESTIONS } from '../load/questions.js';

export interface PipelineCpu {
  /** Which questions: the load harness' mix, or an answer file's. */
  mix: string;
  questions: number;
  /** Median over the repeats of CPU ms per question, in total and per stage (triage, read, each step, notes). */
  totalMs: number;
  stagesMs: Record<string, number>;
  /** Lowest and highest total of the repeats, to show the spread. */
  minMs: number;
  maxMs: number;
  /** First 12 hex digits of a hash of every reply (kind, text, cited sections), in order. */
  replies: string;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One pass over the questions: its CPU µs, split by stage in proportion to each stage's share of the
 * pass' own time (reading the CPU clock costs microseconds, the monotonic clock a fraction of one), and the replies' hash.
 */
async function pass(
  questions: string[],
  answering: Answering,
  triage: Triage,
): Promise<{ cpu: number; stages: Map<string, number>; digest: string }> {
  const times = new Map<string, number>();
  const hash = createHash('sha256');
  let current = '';
  let since = 0;
  const enter = (stage: string) => {
    const t = performance.now();
    if (current) times.set(current, (times.get(current) ?? 0) + t - since);
    current = stage === 'done' ? '' : stage;
    since = t;
  };
  const cpu0 = cpuNow();
  for (const q of questions) {
    enter('triage');
    const intent = triage.classify(q).label;
    const r = await answering.ask(q, { province: null, intent, onStage: enter });
    enter('done');
    hash.update(`${r.kind}\n${r.text}\n${r.citations.map((c) => c.sectionId).join(',')}\n`);
  }
  const cpu = cpuNow() - cpu0;
  const timed = [...times.values()].reduce((a, b) => a + b, 0);
  const stages = new Map([...times].map(([s, t]) => [s, (cpu * t) / timed]));
  return { cpu, stages, digest: hash.digest('hex').slice(0, 12) };
}

export async function measurePipelineCpu(
  opts: {
    mix?: string;
    questions?: string[];
    rounds?: number;
    repeats?: number;
    warmupRounds?: number;
    /** With the answer cache the bot runs with (repeated questions cost a lookup); default off: the work per question. */
    cacheAnswers?: boolean;
  } = {},
): Promise<PipelineCpu> {
  const questions = opts.questions ?? LOAD_QUESTIONS;
  const rounds = opts.rounds ?? 30;
  const repeats = opts.repeats ?? 5;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-pipeline-'));
  const cacheAnswers = opts.cacheAnswers ?? false;
  const answering = await openAnswering(loadConfig({ DATA_DIR: dataDir }), createLogger({ level: 'warn' }), { cacheAnswers });
  const triage = createTriage();
  const batch = Array.from({ length: rounds }, () => questions).flat();
  try {
    for (let i = 0; i < (opts.warmupRounds ?? 3); i++) await pass(questions, answering, triage);
    const runs: { total: number; stages: Map<string, number> }[] = [];
    let digest = '';
    for (let i = 0; i < repeats; i++) {
      const r = await pass(batch, answering, triage);
      runs.push({ total: r.cpu, stages: r.stages });
      digest ||= (await pass(questions, answering, triage)).digest;
    }
    const perQuestion = (us: number) => round3(us / 1000 / batch.length);
    const names = [...new Set(runs.flatMap((r) => [...r.stages.keys()]))];
    const totals = runs.map((r) => r.total);
    return {
      mix: `${opts.mix ?? 'load questions'}${cacheAnswers ? ', answer cache on' : ''}`,
      questions: batch.length,
      totalMs: perQuestion(median(totals)),
      stagesMs: Object.fromEntries(names.map((n) => [n, perQuestion(median(runs.map((r) => r.stages.get(n) ?? 0)))])),
      minMs: perQuestion(Math.min(...totals)),
      maxMs: perQuestion(Math.max(...totals)),
      replies: digest,
    };
  } finally {
    answering.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatPipelineCpu(p: PipelineCpu): string {
  const stages = Object.entries(p.stagesMs)
    .map(([s, ms]) => `${s} ${ms}`)
    .join(', ');
  return (
    `Question pipeline CPU (${p.mix}, ${p.questions} questions, median of repeats): ${p.totalMs} ms/question ` +
    `(repeats ${p.minMs}–${p.maxMs}); by stage, ms: ${stages}; replies ${p.replies}`
  );
}

/** The questions of an answer eval file (JSON lines with a `question`). */
export function answerFileQuestions(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { question: unknown }).question));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string' }, repeats: { type: 'string' }, file: { type: 'string' }, cached: { type: 'boolean' } },
  });
  const rounds = values.rounds ? Number(values.rounds) : undefined;
  const repeats = values.repeats ? Number(values.repeats) : undefined;
  console.log(formatPipelineCpu(await measurePipelineCpu({ rounds, repeats })));
  if (values.cached) console.log(formatPipelineCpu(await measurePipelineCpu({ rounds, repeats, cacheAnswers: true })));
  if (values.file && existsSync(values.file)) {
    const questions = answerFileQuestions(values.file);
    console.log(
      formatPipelineCpu(
        await measurePipelineCpu({ mix: values.file.split('/').pop(), questions, rounds: Math.ceil((rounds ?? 30) / 5), repeats }),
      ),
    );
  }
}

if (process.argv[1]?.endsWith('pipeline-cpu.ts')) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
