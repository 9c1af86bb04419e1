// Which fund or budget pays is answered by the sentence naming the source, not by a sentence of the same article
// sharing more of the question's other words (what is paid for, for whom).
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

const leadOf = (text: string) => text.split('\n\nTrích dẫn:')[0];

describe('the source of money asked', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) });
  });

  it('leads with the fund named when asked which source a payment comes from, without a money word', async () => {
    const r = await answer('Khoản chi cho nạn nhân ốm đau lúc chờ về nước do cơ quan đại diện lo thì lấy từ nguồn nào?', { index });
    expect(leadOf(r.text)).toContain('Quỹ Bảo hộ công dân');
  });
});
