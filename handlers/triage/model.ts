// Multinomial logistic regression over sparse binary features, trained by deterministic SGD
// (fixed example order, no randomness) so the same data always gives the same weights.

export interface Example<L extends string> {
  features: string[];
  label: L;
  weight?: number;
}

export interface LogReg<L extends string> {
  labels: readonly L[];
  predict(features: string[]): Record<L, number>;
  /** Weights as plain data (row-major per feature, one column per label), for shipping a trained model. */
  toJSON(): SerializedLogReg;
}

export interface SerializedLogReg {
  labels: string[];
  features: string[];
  weights: number[];
}

export function trainLogReg<L extends string>(
  labels: readonly L[],
  examples: Example<L>[],
  opts: { epochs?: number; lr?: number; l2?: number } = {},
): LogReg<L> {
  const epochs = opts.epochs ?? 12;
  const lr0 = opts.lr ?? 0.5;
  const l2 = opts.l2 ?? 1e-5;
  const K = labels.length;
  const index = new Map<string, number>();
  const encoded = examples.map((ex) => {
    const ids = new Int32Array(ex.features.length);
    ex.features.forEach((f, i) => {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
      }
      ids[i] = id;
    });
    return { ids, y: labels.indexOf(ex.label), w: ex.weight ?? 1 };
  });
  const W = new Float64Array(index.size * K);
  const z = new Float64Array(K);
  // Interleave examples deterministically (stride permutation) so SGD does not see one label in a block.
  const n = encoded.length;
  const stride = pickStride(n);
  for (let e = 0; e < epochs; e++) {
    const lr = lr0 / (1 + e * 0.5);
    for (let j = 0; j < n; j++) {
      const ex = encoded[(j * stride + e) % n];
      const scale = 1 / Math.sqrt(ex.ids.length);
      softmaxInto(W, ex.ids, K, scale, z);
      for (let k = 0; k < K; k++) {
        const g = (z[k] - (k === ex.y ? 1 : 0)) * ex.w * lr * scale;
        if (g === 0) continue;
        for (let i = 0; i < ex.ids.length; i++) {
          const p = ex.ids[i] * K + k;
          W[p] -= g + lr * l2 * W[p];
        }
      }
    }
  }
  return makeModel(labels, index, W);
}

/** Rebuilds a model from `toJSON()` output; labels must match in order. */
export function loadLogReg<L extends string>(labels: readonly L[], data: SerializedLogReg): LogReg<L> {
  if (data.labels.join() !== labels.join() || data.weights.length !== data.features.length * labels.length) {
    throw new Error('model weights do not match the labels');
  }
  const index = new Map<string, number>();
  data.features.forEach((f, i) => index.set(f, i));
  return makeModel(labels, index, Float64Array.from(data.weights));
}

function makeModel<L extends string>(labels: readonly L[], index: Map<string, number>, W: Float64Array): LogReg<L> {
  const K = labels.length;
  return {
    labels,
    predict(features: string[]): Record<L, number> {
      const ids: number[] = [];
      for (const f of features) {
        const id = index.get(f);
        if (id !== undefined) ids.push(id);
      }
      const out = new Float64Array(K);
      softmaxInto(W, ids, K, 1 / Math.sqrt(Math.max(1, features.length)), out);
      const rec = {} as Record<L, number>;
      labels.forEach((l, k) => (rec[l] = out[k]));
      return rec;
    },
    toJSON(): SerializedLogReg {
      // Drop features whose weights are all negligible and round the rest: smaller file, same decisions.
      const features: string[] = [];
      const weights: number[] = [];
      for (const [f, id] of index) {
        const row = Array.from(W.subarray(id * K, id * K + K));
        if (row.every((w) => Math.abs(w) < 1e-4)) continue;
        features.push(f);
        for (const w of row) weights.push(Math.round(w * 1e4) / 1e4);
      }
      return { labels: [...labels], features, weights };
    },
  };
}

function softmaxInto(W: Float64Array, ids: ArrayLike<number>, K: number, scale: number, out: Float64Array): void {
  for (let k = 0; k < K; k++) out[k] = 0;
  for (let i = 0; i < ids.length; i++) {
    const base = ids[i] * K;
    for (let k = 0; k < K; k++) out[k] += W[base + k] * scale;
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) max = Math.max(max, out[k]);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    out[k] = Math.exp(out[k] - max);
    sum += out[k];
  }
  for (let k = 0; k < K; k++) out[k] /= sum;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function pickStride(n: number): number {
  if (n < 3) return 1;
  let s = Math.floor(n * 0.618) | 1;
  while (gcd(s, n) !== 1) s++;
  return s;
}
