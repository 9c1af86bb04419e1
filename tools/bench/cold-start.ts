// Cold start with a persisted index: a fresh `node --import tsx` process loads the bundled corpus,
// opens the index on a data dir whose vectors an earlier process already wrote, and answers one
// search. Measured from spawn to the child's answer line, so node, tsx and module loading count.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ColdStartChildReport } from './cold-start-child.js';

export const COLD_START_TARGET_MS = 2000;

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./cold-start-child.ts', import.meta.url));
/** A child that has not answered by then is killed and the measurement fails. */
const CHILD_TIMEOUT_MS = 120_000;

export interface ColdStartRun extends ColdStartChildReport {
  /** ms from spawn() to the child's answer line on stdout. */
  spawnToAnswerMs: number;
}

export interface ColdStartResult {
  /** Median spawn-to-answer of the runs on the persisted index. */
  coldStartMs: number;
  /** Median in-process openKnowledgeIndex ms of those runs. */
  openMs: number;
  /** The first run, which built and saved the vectors. */
  firstRun: ColdStartRun;
  /** Runs that loaded the vectors from disk (rebuilt === false). */
  persistedRuns: ColdStartRun[];
}

/** Spawns the child on `dataDir` and resolves with its report and the time until its answer. */
function runChild(dataDir: string): Promise<ColdStartRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let answeredAt: number | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      if (answeredAt === undefined && out.includes('\n')) answeredAt = performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 || answeredAt === undefined) {
        reject(new Error(`cold-start child failed (code ${code}, signal ${signal}): ${err.slice(-1000)}`));
        return;
      }
      const report = JSON.parse(out.split('\n')[0]) as ColdStartChildReport;
      resolve({ ...report, spawnToAnswerMs: Math.round(answeredAt - started) });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** One building run, then `runs` runs on the persisted index, in a temp data dir removed afterwards. */
export async function measureColdStart(opts: { runs?: number } = {}): Promise<ColdStartResult> {
  const runs = Math.max(1, opts.runs ?? 3);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-cold-start-'));
  try {
    const firstRun = await runChild(dataDir);
    const persistedRuns: ColdStartRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runChild(dataDir);
      if (run.rebuilt) throw new Error('cold start: the second open rebuilt the vectors instead of loading them from disk');
      persistedRuns.push(run);
    }
    return {
      coldStartMs: median(persistedRuns.map((r) => r.spawnToAnswerMs)),
      openMs: median(persistedRuns.map((r) => r.openMs)),
      firstRun,
      persistedRuns,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function formatColdStart(r: ColdStartResult): string {
  const run = (x: ColdStartRun) =>
    `${x.spawnToAnswerMs} ms (boot+imports ${x.bootMs}, corpus ${x.loadCorpusMs}, open ${x.openMs}, search ${x.searchMs})`;
  return [
    `Cold start with persisted index: ${r.coldStartMs} ms spawn → first answer (target ≤ ${COLD_START_TARGET_MS}), open ${r.openMs} ms in process`,
    `  first run (builds vectors, rebuilt=${r.firstRun.rebuilt}): ${run(r.firstRun)}`,
    ...r.persistedRuns.map((x, i) => `  persisted run ${i + 1} (rebuilt=${x.rebuilt}): ${run(x)}`),
  ].join('\n');
}
