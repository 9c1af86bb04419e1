import { describe, expect, it } from 'vitest';
import { createHashEmbedder, embedText, embedTextSlow } from '../../retrieval/embedder.js';

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

describe('hash-aggregated embedding', () => {
  it('equals the reference over feature strings, so persisted vectors keep their id', () => {
    for (const t of [
      'Nạn nhân được hỗ trợ học nghề theo Điều 23',
      'nan nhan duoc ho tro hoc nghe',
      'Sở LĐTBXH và UBND tỉnh phối hợp, phối hợp, phối hợp',
      '',
    ]) {
      expect(Array.from(embedText(t, 64))).toEqual(Array.from(embedTextSlow(t, 64)));
    }
  });
});
