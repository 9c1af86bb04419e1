import { mkdtempSync, mkdirSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reloadOnChange } from '../../knowledge/reload.js';
import type { Corpus } from '../../knowledge/types.js';

const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function kb(): string {
  const d = mkdtempSync(join(tmpdir(), 'reload-'));
  tmpDirs.push(d);
  mkdirSync(join(d, 'regulations'));
  writeFileSync(join(d, 'regulations', 'a.md'), 'Điều 1. A\n\nNội dung A.\n');
  return d;
}

describe('reloadOnChange', () => {
  it('builds from the new corpus and swaps; a failed build or an emptied folder keeps the previous one', async () => {
    const dir = kb();
    const swapped: string[][] = [];
    const errors: string[] = [];
    let fail = false;
    const r = reloadOnChange(dir, {
      intervalMs: 60_000,
      build: async (c: Corpus) => {
        if (fail) throw new Error('build failed');
        return c.docs.map((d) => d.id);
      },
      swap: (ids) => swapped.push(ids),
      onError: (e) => errors.push((e as Error).message),
    });
    writeFileSync(join(dir, 'regulations', 'b.md'), 'Điều 1. B\n\nNội dung B.\n');
    expect(await r.reload()).toBe(true);
    expect(swapped).toEqual([['regulations/a.md', 'regulations/b.md']]);
    fail = true;
    expect(await r.reload()).toBe(false);
    fail = false;
    unlinkSync(join(dir, 'regulations', 'a.md'));
    unlinkSync(join(dir, 'regulations', 'b.md'));
    expect(await r.reload()).toBe(false);
    expect(swapped).toHaveLength(1);
    expect(errors).toEqual(['build failed', expect.stringMatching(/không còn văn bản/)]);
    r.close();
  });

  it('runs overlapping reloads in order so the newest corpus is swapped in last', async () => {
    const dir = kb();
    const swapped: number[] = [];
    let release!: () => void;
    let first = true;
    const r = reloadOnChange(dir, {
      intervalMs: 60_000,
      build: async (c: Corpus) => {
        if (first) {
          first = false;
          await new Promise<void>((res) => (release = res));
        }
        return c.docs.length;
      },
      swap: (n) => swapped.push(n),
    });
    const one = r.reload();
    // The first reload has read the folder and is building when the second change arrives.
    while (!release) await new Promise((res) => setImmediate(res));
    writeFileSync(join(dir, 'regulations', 'b.md'), 'Điều 1. B\n\nNội dung B.\n');
    const two = r.reload();
    release();
    await Promise.all([one, two]);
    expect(swapped).toEqual([1, 2]);
    r.close();
  });
});
