// A question asking which facility of a kind, with a province in scope, is answered first by that province's plan
// naming its own facility of the kind.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { askedFacilityNames } from '../../retrieval/facility.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('the facility a question asks for by its kind', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('reads the kind asked and names of that kind', () => {
    expect(askedFacilityNames('nạn nhân về thì ở trung tâm nào')?.test('chỉ đạo Trung tâm Bảo trợ xã hội tỉnh')).toBe(true);
    expect(askedFacilityNames('nạn nhân về thì ở trung tâm nào')?.test('tại trung tâm của tỉnh')).toBe(false);
    expect(askedFacilityNames('nạn nhân được hỗ trợ những gì')).toBeUndefined();
  });

  it("ranks the province plan's passage naming its facility first when the province is known", async () => {
    const q = 'nạn nhân về thì ở trung tâm nào';
    const own = await index.search(q, { k: 5, province: 'soc-trang', todayFirst: true });
    expect(own[0].doc.id).toBe('plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md');
    expect(own[0].chunk.text).toContain('Trung tâm Bảo trợ xã hội tỉnh');
    const none = await index.search(q, { k: 5, province: null, todayFirst: true });
    expect(none[0].doc.kind).not.toBe('plan');
  });
});
