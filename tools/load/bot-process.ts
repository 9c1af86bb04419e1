// The bot as its own process (`bot/main.ts`, exactly as `npm start`) for the load harnesses, so the
// harness and the fake servers do not share its event loop or its core.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface BotProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Error and fatal log lines the bot wrote so far. */
  appErrors(): number;
  /** Highest resident set size seen (KiB), sampled every 250 ms. */
  peakRssKiB(): number;
  /** CPU time (user + system) the bot process used so far, in seconds (Linux /proc). */
  cpuSeconds(): number;
  /** SIGTERM, then resolves once the process exited. */
  stop(): Promise<void>;
}

/** Starts the bot with `env` (plus PATH, DATA_DIR, PORT, LOG_LEVEL=error) and resolves once it serves. */
export async function startBot(dataDir: string, env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  // LOAD_NODE_ARGS passes extra node flags to the bot, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const extraArgs = (process.env.LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extraArgs, '--import', 'tsx', 'bot/main.ts'], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let appErrors = 0;
  let childOut = '';
  await new Promise<void>((resolve, reject) => {
    // With stdout piped (JSON logs) the start-up block with the console address is printed on stderr.
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = String(chunk);
      appErrors += (text.match(/"level":(50|60)/g) ?? []).length;
      childOut += text;
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      childOut += String(chunk);
      if (childOut.includes('/console')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`bot exited (${code}): ${childOut.slice(-500)}`)));
  });
  let peak = 0;
  const rssTimer = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 250);
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    appErrors: () => appErrors,
    peakRssKiB: () => peak,
    cpuSeconds: () => cpuOf(child.pid!),
    async stop() {
      clearInterval(rssTimer);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The bot's own event-loop delay since it started (it reports it on /readyz): the text and its p99 and max in ms. */
export async function eventLoopDelay(baseUrl: string): Promise<{ text: string; p99ms: number; maxMs: number }> {
  const readyz = (await (await fetch(`${baseUrl}/readyz`)).json()) as { checks?: Record<string, string> };
  const text = readyz.checks?.eventLoop ?? 'n/a';
  const ms = (name: string) => Number(new RegExp(`${name} ([\\d.]+) ms`).exec(text)?.[1] ?? Number.NaN);
  return { text, p99ms: ms('p99'), maxMs: ms('max') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in KiB (Linux /proc). */
function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User + system CPU seconds of a process (Linux /proc; clock ticks are 100 a second there). */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
