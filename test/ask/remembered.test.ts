import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { readUpdatesOf } from '../../knowledge/updates.js';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';
import { rememberingAsk } from '../../handlers/ask/remembered.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const directory = loadContacts();
const QUESTION = 'Phòng Lao động - Thương binh và Xã hội huyện phải làm gì khi tiếp nhận nạn nhân?';

/** A repeatable answer step (like the extractive one) that counts its calls, and how often the steps read the corpus. */
function countingDeps() {
  const counts = { answers: 0, corpusReads: 0 };
  let updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);
  const deps: AskDeps = {
    answer: async (q, ctx) => {
      counts.answers++;
      return {
        kind: 'answer',
        text: `Theo KH [1]: «Phòng Lao động - Thương binh và Xã hội cấp huyện tiếp nhận ${ctx.province ?? ''} ${q.length}»`,
        citations: [{ n: 1, label: 'KH › V. Tổ chức thực hiện', sectionId: 's', docId: 'd' }],
      };
    },
    corpus: () => (counts.corpusReads++, corpus),
    contacts: () => directory,
    updates: () => updates,
  };
  return { deps, counts, reloadUpdates: () => (updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR)) };
}

describe('remembered replies', () => {
  it('gives the pipeline’s own reply again without walking its steps, while the answer step still sees each ask', async () => {
    const { deps, counts } = countingDeps();
    const direct = await askQuestion(QUESTION, { province: 'quang-nam', intent: 'question' }, deps);
    const ask = rememberingAsk(deps);
    const first = await ask(QUESTION, { province: 'quang-nam', intent: 'question' });
    expect(first).toEqual(direct);
    const { answers, corpusReads } = counts;
    const again = await ask(QUESTION, { province: 'quang-nam', intent: 'question', history: ['câu trước'] });
    expect(again).toEqual(direct);
    expect(counts.answers - answers).toBe(1);
    expect(counts.corpusReads - corpusReads).toBeLessThanOrEqual(1); // only the check that the knowledge is the same
    expect(Object.isFrozen(again.citations)).toBe(true);
  });

  it('walks again for another province or intent, after the update file is reloaded, and when streamed', async () => {
    const { deps, counts, reloadUpdates } = countingDeps();
    const ask = rememberingAsk(deps);
    await ask(QUESTION, { province: 'quang-nam', intent: 'question' });
    const walked = async (opts: Parameters<typeof ask>[1]) => {
      const before = counts.corpusReads;
      const r = await ask(QUESTION, opts);
      expect(counts.corpusReads - before, JSON.stringify(opts)).toBeGreaterThan(1);
      return r;
    };
    const other = await walked({ province: 'dong-nai', intent: 'question' });
    expect(other).toEqual(await askQuestion(QUESTION, { province: 'dong-nai', intent: 'question' }, deps));
    await walked({ province: 'quang-nam', intent: 'smalltalk' });
    reloadUpdates();
    await walked({ province: 'quang-nam', intent: 'question' });
    await walked({ province: 'quang-nam', intent: 'question', onToken: () => undefined });
  });

  it('keeps at most the given number of replies', async () => {
    const { deps, counts } = countingDeps();
    const ask = rememberingAsk(deps, 1);
    await ask(QUESTION, { province: 'quang-nam' });
    await ask(`${QUESTION} Xin cảm ơn.`, { province: 'quang-nam' });
    const before = counts.corpusReads;
    await ask(QUESTION, { province: 'quang-nam' });
    expect(counts.corpusReads - before).toBeGreaterThan(1);
  });
});
