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

// Hashes of a folded syllable's own features (`u:` then its `c:` trigrams), and of bigram features,
// cached: the vocabulary is small while a large corpus repeats it millions of times.
const syllableHashes = new Map<string, Uint32Array>();
const bigramHashes = new Map<string, number>();
function hashesOf(t: string): Uint32Array {
  let h = syllableHashes.get(t);
  if (!h) {
    const padded = `#${t}#`;
    const out = [hash32(`u:${t}`)];
    for (let j = 0; j + 3 <= padded.length; j++) out.push(hash32(`c:${padded.slice(j, j + 3)}`));
    if (syllableHashes.size > 200_000) syllableHashes.clear();
    syllableHashes.set(t, (h = Uint32Array.from(out)));
  }
  return h;
}
function bigramHash(b: string): number {
  let h = bigramHashes.get(b);
  if (h === undefined) {
    if (bigramHashes.size > 500_000) bigramHashes.clear();
    bigramHashes.set(b, (h = hash32(`b:${b}`)));
  }
  return h;
}

/** Same vector as hashing `hashFeatures(text)`, with features aggregated by their hash. */
export function embedText(text: string, dim: number): Float32Array {
  const { seq, extra } = analyze(text);
  const feats = new Map<number, number>();
  const add = (h: number, w: number) => feats.set(h, (feats.get(h) ?? 0) + w);
  const folded = seq.map(foldToken);
  for (let i = 0; i < folded.length; i++) {
    const t = folded[i];
    if (!isStopword(seq[i])) {
      const hs = hashesOf(t);
      add(hs[0], 1);
      for (let j = 1; j < hs.length; j++) add(hs[j], 0.25);
    }
    if (i + 1 < folded.length && !(isStopword(seq[i]) && isStopword(seq[i + 1]))) add(bigramHash(`${t} ${folded[i + 1]}`), 1.5);
  }
  for (const e of extra) add(hashesOf(foldToken(e))[0], 1);
  return unitVector(feats, dim);
}

/** Reference implementation over feature strings (kept for tests: must equal embedText). */
export function embedTextSlow(text: string, dim: number): Float32Array {
  return unitVector(
    [...hashFeatures(text)].map(([f, w]) => [hash32(f), w] as [number, number]),
    dim,
  );
}

/** Signed feature hashing of (hash, weight) pairs into `dim` buckets, L2-normalised. */
function unitVector(feats: Iterable<[number, number]>, dim: number): Float32Array {
  const v = new Float32Array(dim);
  for (const [h, w] of feats) {
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
