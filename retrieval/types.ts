import type { Chunk, Corpus, DocMeta } from '../knowledge/types.js';

/** Turns texts into unit-length vectors. The default runs offline; an OpenAI-compatible one is optional. */
export interface Embedder {
  /** Identifies model and settings; a different id means the vector index must be rebuilt. */
  readonly id: string;
  readonly dim: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export interface SearchOptions {
  /** How many hits to return (default 5). */
  k?: number;
  /** The user's province slug: its documents and national texts first, other provinces after. */
  province?: string | null;
  /**
   * Today's law first on its point (today-law.ts): what an answer leads with. Off, the order is the evidence's
   * alone, as passage retrieval is measured.
   */
  todayFirst?: boolean;
}

export interface SearchHit {
  chunk: Chunk;
  doc: DocMeta;
  /** Fused score, higher is better; comparable only within one result list. */
  score: number;
  /** Lexical relevance of the best match in [0, 1]-ish, used by the answerer to abstain. */
  confidence: number;
  /** True when the hit comes from a province other than the user's. */
  otherProvince: boolean;
}

export interface KnowledgeIndex {
  readonly corpus: Corpus;
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  /** Section text by id, for "xem toàn văn". */
  section(sectionId: string): { doc: DocMeta; path: string[]; text: string } | undefined;
}
