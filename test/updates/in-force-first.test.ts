import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

// Where the 2024 excerpt answers a question (who is entitled to which support: Điều 37), it comes before
// the replaced 2011 law's article on the same point.
let index: KnowledgeIndex;
const dataDir = mkdtempSync(join(tmpdir(), 'in-force-'));
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now: new Date('2026-12-01T00:00:00Z') }), dataDir });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const rankOf = (hits: Awaited<ReturnType<KnowledgeIndex['search']>>, docId: string, article: string) =>
  hits.findIndex((h) => h.doc.id === docId && h.chunk.path.some((p) => p.startsWith(article)));

describe('the law in force before the replaced one on the same point', () => {
  for (const q of [
    'nạn nhân được hưởng những chế độ hỗ trợ nào',
    'người dưới 18 tuổi đi cùng nạn nhân được hỗ trợ gì',
    'nạn nhân là người nước ngoài được hỗ trợ gì',
  ]) {
    it(q, async () => {
      const hits = await index.search(q, { k: 8 });
      expect(hits[0].doc.id).toBe('regulations/luat-53-2024-trich.md');
      const old = rankOf(hits, 'regulations/luat-66-2011.md', 'Điều 32.');
      if (old >= 0) expect(rankOf(hits, 'regulations/luat-53-2024-trich.md', 'Điều 37.')).toBeLessThan(old);
    });
  }
});
