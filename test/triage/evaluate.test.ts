import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runTriageEval } from '../../handlers/triage/evaluate.js';

const dir = mkdtempSync(join(tmpdir(), 'triage-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('triage evaluate', () => {
  it('prints the summary as the last stdout line and misses on stderr', async () => {
    const file = join(dir, 'small.jsonl');
    const lines = [
      { id: 'a', text: 'Cứu tôi với, tôi đang bị nhốt trong kho', label: 'emergency' },
      { id: 'b', text: 'Chào bạn', label: 'smalltalk' },
      { id: 'c', text: 'Thủ tục hỗ trợ nạn nhân gồm những gì?', label: 'question' },
      // Deliberately mislabelled so exactly this one is reported as a miss.
      { id: 'd', text: 'Xin cảm ơn nhiều', label: 'report' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const out: string[] = [];
    const err: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    try {
      await runTriageEval(['--file', file]);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    const summary = JSON.parse(out[out.length - 1]);
    expect(Object.keys(summary)).toEqual(['n', 'accuracy', 'escalateRecall', 'emergencyRecall', 'falseEscalateRate']);
    expect(summary).toEqual({ n: 4, accuracy: 0.75, escalateRecall: 0.5, emergencyRecall: 1, falseEscalateRate: 0 });
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('d');
    expect(err[0]).toContain('expected=report');
  });

  it('fails with a usage message without --file', async () => {
    const err: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    const prev = process.exitCode;
    try {
      await runTriageEval([]);
      expect(process.exitCode).toBe(2);
    } finally {
      error.mockRestore();
      process.exitCode = prev;
    }
    expect(err.join('\n')).toMatch(/--file/);
  });
});
