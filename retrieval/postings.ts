// Compact inverted lists for the lexical ranker. A JS array per term would hold ~800 MB on the heap for a
// 70,000-unit index and spend most of its time in garbage collection; here terms are interned to ids, each
// unit's (term, tf) pairs are appended to growable typed arrays, and the lists are laid out once at the end
// (CSR: offsets per term, then unit ids and term frequencies), outside the GC's reach.

export interface Postings {
  /** Unit ids, ascending. */
  docs: Int32Array;
  tfs: Uint16Array;
}

export interface PostingsIndex {
  get(term: string): Postings | undefined;
  readonly terms: number;
}

class Growable<T extends Int32Array | Uint16Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

export class PostingsBuilder {
  private readonly vocab = new Map<string, number>();
  private readonly tids = new Growable(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly tfs = new Growable(new Uint16Array(1024), (n) => new Uint16Array(n));
  /** Start of each unit's pairs in tids/tfs; units are added in order 0, 1, 2... */
  private readonly starts = new Growable(new Int32Array(1024), (n) => new Int32Array(n));
  /** Per-term count within the unit being added (indexed by term id), reset after each unit. */
  private scratch = new Uint16Array(1024);
  private readonly seen: number[] = [];

  /** Adds the next unit's terms (with repetitions); returns how many terms it has. */
  add(terms: string[]): number {
    const seen = this.seen;
    seen.length = 0;
    for (const t of terms) {
      let id = this.vocab.get(t);
      if (id === undefined) {
        this.vocab.set(t, (id = this.vocab.size));
        if (id >= this.scratch.length) {
          const next = new Uint16Array(this.scratch.length * 2);
          next.set(this.scratch);
          this.scratch = next;
        }
      }
      if (this.scratch[id] === 0) seen.push(id);
      if (this.scratch[id] < 0xffff) this.scratch[id]++;
    }
    this.starts.push(this.tids.length);
    for (const id of seen) {
      this.tids.push(id);
      this.tfs.push(this.scratch[id]);
      this.scratch[id] = 0;
    }
    return terms.length;
  }

  build(): PostingsIndex {
    const nTerms = this.vocab.size;
    const nUnits = this.starts.length;
    const tids = this.tids.data;
    const pairTfs = this.tfs.data;
    const total = this.tids.length;
    const offsets = new Int32Array(nTerms + 1);
    for (let j = 0; j < total; j++) offsets[tids[j] + 1]++;
    for (let t = 0; t < nTerms; t++) offsets[t + 1] += offsets[t];
    const docs = new Int32Array(total);
    const tfs = new Uint16Array(total);
    const fill = offsets.slice(0, nTerms);
    const starts = this.starts.data;
    for (let u = 0; u < nUnits; u++) {
      const end = u + 1 < nUnits ? starts[u + 1] : total;
      for (let j = starts[u]; j < end; j++) {
        const at = fill[tids[j]]++;
        docs[at] = u;
        tfs[at] = pairTfs[j];
      }
    }
    const vocab = this.vocab;
    return {
      terms: nTerms,
      get(term) {
        const id = vocab.get(term);
        if (id === undefined) return undefined;
        return { docs: docs.subarray(offsets[id], offsets[id + 1]), tfs: tfs.subarray(offsets[id], offsets[id + 1]) };
      },
    };
  }
}
