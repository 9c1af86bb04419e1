// `npx tsx tools/corpus-summary.ts [dir]`: what the loader made of a corpus, to check parsing quality.
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../knowledge/load.js';

const corpus = loadCorpus(process.argv[2] ?? BUNDLED_KNOWLEDGE_DIR);
const rows = corpus.docs.map((d) => {
  const sections = corpus.sections.filter((s) => s.docId === d.id);
  const chunks = corpus.chunks.filter((c) => c.docId === d.id);
  return {
    id: d.id,
    shortName: d.shortName,
    province: d.province ?? '-',
    status: d.status,
    sections: sections.length,
    chunks: chunks.length,
    longestSection: Math.max(0, ...sections.map((s) => s.text.length)),
    longestPassage: Math.max(0, ...chunks.map((c) => c.passage.length)),
  };
});
console.table(rows);
console.log(`hash ${corpus.hash.slice(0, 16)}… · ${corpus.sections.length} sections · ${corpus.chunks.length} chunks`);
for (const e of corpus.errors) console.log(`error ${e.file}: ${e.message}`);
