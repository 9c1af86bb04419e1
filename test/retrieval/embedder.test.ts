import { describe, expect, it } from 'vitest';
import { createHashEmbedder } from '../../retrieval/embedder.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('hash embedder', () => {
  it('is deterministic, unit length, and insensitive to diacritics', async () => {
    const e = createHashEmbedder(384);
    expect(e.id).toBe('hash-v1-384');
    const [a, b, c, d] = await e.embed(['hỗ trợ nạn nhân', 'ho tro nan nhan', 'thời tiết đẹp', 'hỗ trợ nạn nhân']);
    expect(dot(a, a)).toBeCloseTo(1, 5);
    expect(dot(a, b)).toBeCloseTo(1, 5);
    expect(dot(a, c)).toBeLessThan(0.3);
    expect(Array.from(a)).toEqual(Array.from(d));
  });
});
