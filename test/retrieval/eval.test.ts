import { describe, expect, it } from 'vitest';
import { evaluate, normalizeForMatch, type EvalItem } from '../../tools/eval/retrieval-eval.js';

describe('retrieval eval', () => {
  it('normalises like the shared matching rule', () => {
    expect(normalizeForMatch('**Tổng  đài**\n# 111'.normalize('NFD'))).toBe('tổng đài 111');
  });

  it('computes hit@1, hit@k, MRR and per-variant figures', async () => {
    const items: EvalItem[] = [
      { id: 'a', q: 'x', variant: 'accented', expect: [{ doc: 'd1', contains: 'Trước ngày 15/12' }] },
      { id: 'b', q: 'y', variant: 'unaccented', expect: [{ doc: 'd1', contains: 'không có' }] },
      { id: 'c', q: 'z', variant: 'accented', expect: [{ doc: 'd2', contains: 'đúng' }] },
    ];
    const passages: Record<string, { docId: string; passage: string }[]> = {
      x: [{ docId: 'd1', passage: '**Báo cáo** trước   ngày 15/12' }],
      y: [{ docId: 'd1', passage: 'khác' }],
      z: [
        { docId: 'd1', passage: 'đúng' },
        { docId: 'd2', passage: 'đúng' },
      ],
    };
    const misses: string[] = [];
    const s = await evaluate(
      items,
      async (it) => ({ passages: passages[it.q] }),
      5,
      (it) => misses.push(it.id),
    );
    expect(s).toMatchObject({ n: 3, hit1: 0.333, hit5: 0.667, mrr: 0.5 });
    expect(s.byVariant.accented).toMatchObject({ n: 2, hit1: 0.5, hit5: 1 });
    expect(s.byVariant.unaccented).toMatchObject({ n: 1, hit5: 0 });
    expect(misses).toEqual(['b', 'c']);
    expect(s.meanChars).toBeGreaterThan(0);
  });
});
