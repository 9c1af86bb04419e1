import { mkdtempSync, mkdirSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderFingerprint, watchKnowledge } from '../../knowledge/watch.js';

const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'watch-'));
  tmpDirs.push(d);
  mkdirSync(join(d, 'plans'));
  writeFileSync(join(d, 'plans', 'a.md'), 'Điều 1. A\n\nNội dung.\n');
  return d;
}
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('folderFingerprint', () => {
  it('changes when a document is added, edited or removed, or the manifest changes; ignores other files', () => {
    const dir = tmp();
    const a = folderFingerprint(dir);
    writeFileSync(join(dir, 'notes.log'), 'x');
    mkdirSync(join(dir, '.extracted'));
    writeFileSync(join(dir, '.extracted', 'x.txt'), 'x');
    expect(folderFingerprint(dir)).toBe(a);
    writeFileSync(join(dir, 'plans', 'b.pdf'), 'pdf');
    const b = folderFingerprint(dir);
    expect(b).not.toBe(a);
    writeFileSync(join(dir, 'manifest.yaml'), '{}\n');
    const c = folderFingerprint(dir);
    expect(c).not.toBe(b);
    unlinkSync(join(dir, 'plans', 'b.pdf'));
    expect(folderFingerprint(dir)).not.toBe(c);
    expect(folderFingerprint(join(dir, 'nope'))).toBe('missing');
  });
});

describe('watchKnowledge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls onChange once after a burst of changes settles, and not while nothing changes', async () => {
    const dir = tmp();
    const onChange = vi.fn();
    const w = watchKnowledge(dir, onChange, { intervalMs: 100, debounceMs: 250 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).not.toHaveBeenCalled();
    writeFileSync(join(dir, 'plans', 'b.md'), 'Điều 1. B\n');
    await vi.advanceTimersByTimeAsync(100);
    writeFileSync(join(dir, 'plans', 'c.md'), 'Điều 1. C\n');
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
    w.close();
  });

  it('never overlaps runs, survives a failing rebuild, and stops after close()', async () => {
    const dir = tmp();
    let release!: () => void;
    const errors: unknown[] = [];
    let calls = 0;
    const onChange = vi.fn(async () => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      if (calls === 2) throw new Error('rebuild failed');
    });
    const w = watchKnowledge(dir, onChange, { intervalMs: 50, debounceMs: 50, onError: (e) => errors.push(e) });
    writeFileSync(join(dir, 'plans', 'b.md'), 'Điều 1. B\n');
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    writeFileSync(join(dir, 'plans', 'c.md'), 'Điều 1. C\n');
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).toHaveBeenCalledTimes(1); // still running the first rebuild
    release();
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(1);
    w.close();
    writeFileSync(join(dir, 'plans', 'd.md'), 'Điều 1. D\n');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
