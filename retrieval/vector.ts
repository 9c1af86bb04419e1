// Approximate nearest neighbours over unit vectors with hnswlib-node (inner product = cosine).
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

export interface VectorIndex {
  readonly count: number;
  search(vec: Float32Array, k: number): { label: number; similarity: number }[];
  save(file: string): Promise<void>;
}

function wrap(index: InstanceType<typeof HierarchicalNSW>): VectorIndex {
  return {
    get count() {
      return index.getCurrentCount();
    },
    search(vec, k) {
      const n = Math.min(k, index.getCurrentCount());
      if (n <= 0) return [];
      const { neighbors, distances } = index.searchKnn(Array.from(vec), n);
      // 'ip' distance is 1 - dot product.
      return neighbors.map((label, i) => ({ label, similarity: 1 - distances[i] }));
    },
    async save(file) {
      await index.writeIndex(file);
    },
  };
}

export function buildVectorIndex(vectors: Float32Array[], dim: number): VectorIndex {
  const index = new HierarchicalNSW('ip', dim);
  index.initIndex({ maxElements: Math.max(1, vectors.length), m: 12, efConstruction: 32, randomSeed: 42 });
  vectors.forEach((v, i) => index.addPoint(Array.from(v), i));
  index.setEf(64);
  return wrap(index);
}

export async function loadVectorIndex(file: string, dim: number): Promise<VectorIndex> {
  const index = new HierarchicalNSW('ip', dim);
  await index.readIndex(file);
  index.setEf(64);
  return wrap(index);
}
