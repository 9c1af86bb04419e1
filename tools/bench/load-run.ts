// Channel throughput: runs the load harness (tools/load/load.ts: the whole bot as its own process,
// driven through the fake Telegram server on loopback) as a child and reads its figures from the
// last stdout line, a JSON object that is the harness' contract.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LoadResult {
  chats: number;
  updates: number;
  updatesPerSec: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  lost: number;
  duplicated: number;
  errors: number;
  rssMB: number;
  /** CPU time the bot process spent per update during the run (steadier than latency on a shared machine). */
  botCpuMsPerUpdate: number;
  /** The bot's own event-loop delay over the run: how long one piece of work held every other one back. */
  eventLoopP99ms: number;
  eventLoopMaxMs: number;
}

export interface LoadRun {
  result: LoadResult;
  /** The harness' human summary (its stderr line starting with "load:"). */
  summary: string;
  /** The harness exits 1 when replies were lost or duplicated. */
  exitCode: number | null;
}

export function runLoad(opts: { chats?: number; seconds?: number } = {}): Promise<LoadRun> {
  const args = ['tsx', 'tools/load/load.ts', '--chats', String(opts.chats ?? 1000), '--seconds', String(opts.seconds ?? 10)];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: REPO_ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
    child.once('error', reject);
    child.once('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      let result: LoadResult;
      try {
        result = JSON.parse(last) as LoadResult;
      } catch {
        reject(new Error(`load harness gave no JSON line (exit ${code}): ${(err || out).slice(-1000)}`));
        return;
      }
      const summary = err.split('\n').find((l) => l.startsWith('load:')) ?? '';
      resolve({ result, summary, exitCode: code });
    });
  });
}

export function formatLoad(run: LoadRun): string {
  const r = run.result;
  return [
    `Channel throughput (fake Telegram, ${r.chats} chats): ${r.updatesPerSec} updates/s · reply p50/p95/p99 ${r.p50ms}/${r.p95ms}/${r.p99ms} ms · ` +
      `lost ${r.lost} · duplicated ${r.duplicated} · errors ${r.errors} · bot peak RSS ${r.rssMB} MB · ` +
      `bot event loop delay p99 ${r.eventLoopP99ms} ms, max ${r.eventLoopMaxMs} ms · bot CPU ${r.botCpuMsPerUpdate} ms/update` +
      (run.exitCode === 0 ? '' : ` (harness exit code ${run.exitCode})`),
    ...(run.summary ? [`  ${run.summary}`] : []),
  ].join('\n');
}
