// `npm start` with stdout piped to a collector: every stdout line is a JSON log record, the address block is
// apart on stderr, and the generated console password appears nowhere (it is shown only on a terminal).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start with stdout not a terminal', () => {
  it('writes JSON log lines to stdout and the address block, without the password, to stderr', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += String(c)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        err += String(c);
        // The block is written at once, after the app is listening; its closing rule ends it.
        if (/\/console\n[\s\S]*─{64}\n/.test(err)) resolve();
      });
      void exited.then((code) => reject(new Error(`exited (${code}) before the block: ${err.slice(-1000)}`)));
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; url?: string });
    const url = records.find((r) => r.msg === 'ready')?.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(err).toContain(`web chat:          ${url}`);
    expect(err).toContain(`${url}/console`);
    expect(err).toContain('OFFICER_WEB_PASSWORD');
    expect(`${out}${err}`).not.toMatch(/password for this run/);
  }, 60_000);
});
