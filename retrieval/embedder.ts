// Default offline embedder: signed feature hashing of folded syllables, syllable bigrams and character
// trigrams. No model, no network: it works on a fresh machine and is deterministic.
import type { Embedder } from './types.js';
import { analyze, foldToken, isStopword } from './text.js';

function hash32(s: string): number {
  // FNV-1a followed by a murmur3 finaliser so that low bits are well mixed.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Features with weights for one text. */
export function hashFeatures(text: string): Map<string, number> {
  const { seq, extra } = analyze(text);
  const feats = new Map<string, number>();
  const add = (f: string, w: number) => feats.set(f, (feats.get(f) ?? 0) + w);
  const folded = seq.map(foldToken);
  folded.forEach((t, i) => {
    if (!isStopword(seq[i])) {
      add(`u:${t}`, 1);
      const padded = `#${t}#`;
      for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.25);
    }
    if (i + 1 < folded.length && !(isStopword(seq[i]) && isStopword(seq[i + 1]))) add(`b:${t} ${folded[i + 1]}`, 1.5);
  });
  for (const e of extra) add(`u:${foldToken(e)}`, 1);
  return feats;
}

export function embedText(text: string, dim: number): Float32Array {
  const v = new Float32Array(dim);
  for (const [f, w] of hashFeatures(text)) {
    const h = hash32(f);
    // Sublinear term frequency so long passages are not dominated by repeated words.
    const tw = w > 0 ? 1 + Math.log(w) : 0;
    v[h % dim] += (h & 0x80000000 ? -1 : 1) * Math.max(tw, 0.1);
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < dim; i++) v[i] /= norm;
  return v;
}

export function createHashEmbedder(dim = 384): Embedder {
  return {
    id: `hash-v1-${dim}`,
    dim,
    embed: async (texts) => texts.map((t) => embedText(t, dim)),
  };
}
