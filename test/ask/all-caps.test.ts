// A question written all in capitals is read as its lower-case twin: every step reading the question sees the same words.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../handlers/answer.js';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

describe('a question in capitals', () => {
  let deps: AskDeps;
  beforeAll(async () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    const index = await openKnowledgeIndex({ corpus });
    const contacts = loadContacts();
    deps = { answer: (q, ctx) => answer(q, { index, province: ctx.province, contacts }), corpus: () => corpus, contacts: () => contacts };
  });

  it('gets the answer its lower-case twin gets', async () => {
    for (const q of ['Tỉnh đã làm những gì để giúp nạn nhân hòa nhập cộng đồng', 'Cho hoi noi dung tuyen truyen gom nhung gi']) {
      const lower = await askQuestion(q.toLowerCase(), { province: 'quang-nam' }, deps);
      const shouted = await askQuestion(q.toUpperCase(), { province: 'quang-nam' }, deps);
      expect(lower.kind).toBe('answer');
      expect(shouted.text).toBe(lower.text);
    }
  });
});
