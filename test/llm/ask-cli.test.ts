// `npm run ask` goes through the same answering path as the channels: with OPENAI_BASE_URL and
// LLM_MODEL set it prints the generated, cited answer; when the endpoint fails, the extractive one.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUESTION = 'Nạn nhân bị mua bán được hỗ trợ những gì?';
let llm: FakeOpenAI;
let failing = false;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ask-'));
  llm = await startFakeOpenAI({
    chat: () => (failing ? { status: 500 } : 'Nạn nhân được hỗ trợ nhu cầu thiết yếu, y tế và tư vấn tâm lý [1].'),
  });
});
afterAll(async () => {
  await llm.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bot/cli/ask.ts', QUESTION, '--province', 'quang-nam'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATA_DIR: dir, OPENAI_BASE_URL: llm.baseURL, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '5000' },
    timeout: 60_000,
  });
  return stdout;
}

describe('npm run ask with an OpenAI-compatible endpoint', () => {
  it('prints the generated answer with its numbered source', async () => {
    const out = await ask();
    expect(out).toContain('nhu cầu thiết yếu, y tế và tư vấn tâm lý [1]');
    expect(out).toMatch(/\[1\] [^\n]+ › /);
    expect(llm.calls('/v1/chat/completions').length).toBeGreaterThan(0);
  }, 90_000);

  it('falls back to the extractive answer when the endpoint fails', async () => {
    failing = true;
    const out = await ask();
    expect(out).not.toContain('tư vấn tâm lý [1].');
    expect(out).toMatch(/\[1\] [^\n]+ › /);
    expect(out).toContain('«');
  }, 90_000);
});
