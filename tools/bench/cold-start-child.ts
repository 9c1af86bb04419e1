// Child process of the cold-start measurement (cold-start.ts): `node --import tsx cold-start-child.ts <dataDir>`.
// Loads the bundled corpus, opens the knowledge index on <dataDir> (vectors persisted there by an
// earlier run, or built now), runs one search and prints one JSON line, then exits.
// Static imports are evaluated before the body, so `bootMs` covers node, tsx and module loading.
import { performance } from 'node:perf_hooks';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpusAsync } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

export interface ColdStartChildReport {
  /** ms from process start to the first line of this script (node + tsx + imports). */
  bootMs: number;
  loadCorpusMs: number;
  openMs: number;
  searchMs: number;
  /** false when the vectors were loaded from disk. */
  rebuilt: boolean;
  chunks: number;
  hits: number;
}

export const COLD_START_QUESTION = 'Nạn nhân bị mua bán được hỗ trợ những gì?';

async function main(): Promise<void> {
  const bootMs = performance.now();
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: cold-start-child.ts <dataDir>');
  const t0 = performance.now();
  const corpus = await loadCorpusAsync(BUNDLED_KNOWLEDGE_DIR);
  const t1 = performance.now();
  const index = await openKnowledgeIndex({ corpus, dataDir });
  const t2 = performance.now();
  const hits = await index.search(COLD_START_QUESTION, { k: 5 });
  const t3 = performance.now();
  const report: ColdStartChildReport = {
    bootMs: Math.round(bootMs),
    loadCorpusMs: Math.round(t1 - t0),
    openMs: Math.round(t2 - t1),
    searchMs: Math.round((t3 - t2) * 10) / 10,
    rebuilt: index.rebuilt,
    chunks: corpus.chunks.length,
    hits: hits.length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (process.argv[1]?.endsWith('cold-start-child.ts')) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
